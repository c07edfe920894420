import FeedFetcher
import Foundation
import TestSupport
import Testing

/// A server whose certificate is not trusted: the error says what that most likely means, for
/// the one who reads what cron mails. The certificates are test-only, made for 127.0.0.1.
@Suite struct CertificateTests {
    let folder = TemporaryFolder()

    /// Serves a feed over TLS with the fixture certificate `name` for `seconds` at most, and
    /// returns its address once it listens, and the server to stop.
    private func server(_ name: String, python: String, seconds: Int = 20) async throws -> (String, RunningProcess) {
        let fixtures = try #require(Bundle.module.url(forResource: "tls", withExtension: nil, subdirectory: "Fixtures"))
        let portFile = folder.file("\(name).port")
        let process = try ProcessRunner.start(
            python,
            [
                fixtures.appendingPathComponent("serve.py").path, fixtures.appendingPathComponent("\(name).pem").path,
                portFile, String(seconds),
            ])
        // Python starts in well under a second; a loaded machine gets ten.
        for _ in 0..<200 {
            if let port = folder.read("\(name).port") { return ("https://127.0.0.1:\(port)/feed", process) }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.killHard()
        throw ServerError("the TLS server for \(name) did not start")
    }

    @Test func anUntrustedCertificateSaysWhatItMostLikelyMeans() async throws {
        let python = try #require(await PythonCheck.interpreter(importing: "ssl"))
        let cases = [
            ("unknown-issuer", "leaves out the intermediate certificate"),
            ("self-signed", "it is self-signed"),
        ]
        for (name, explanation) in cases {
            let (url, process) = try await server(name, python: python)
            defer { process.killHard() }
            guard case .failure(let error) = await FeedFetcher().fetch(FetchRequest(url: url)) else {
                Issue.record("\(name): fetched over an untrusted certificate")
                continue
            }
            #expect(error.code == .unreachable)
            #expect(error.message.hasPrefix("the server's certificate is not trusted"), "\(error.message)")
            #expect(error.message.contains(explanation), "\(name): \(error.message)")
        }
    }
}
