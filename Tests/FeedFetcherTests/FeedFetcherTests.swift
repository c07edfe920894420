import FeedFetcher
import Foundation
import TestSupport
import Testing

@Suite struct FeedFetcherTests {
    static let feed = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>"

    @Test func fetchesOverHTTPFromALoopbackServer() async throws {
        let server = try LoopbackHTTPServer { request in
            .init(contentType: "application/rss+xml; charset=utf-8", body: Self.feed, headers: [("ETag", "\"v1\"")])
        }
        defer { server.stop() }
        let result = await FeedFetcher().fetch(FetchRequest(url: server.url("/feed.xml")))
        let response = try result.get()
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == Self.feed)
        #expect(response.contentType == "application/rss+xml; charset=utf-8")
        #expect(response.etag == "\"v1\"")
        let request = try #require(server.requests.first)
        #expect(request.headers["user-agent"]?.hasPrefix("feedmerge/") == true)
        #expect(request.headers["accept"]?.contains("application/rss+xml") == true)
    }

    @Test func sendsConditionalHeadersAndReportsNotModified() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
            return .init(contentType: "application/rss+xml", body: Self.feed)
        }
        defer { server.stop() }
        let response = try await FeedFetcher().fetch(
            FetchRequest(url: server.url("/f"), etag: "\"v1\"", lastModified: "Thu, 03 Apr 2025 09:00:00 GMT")
        ).get()
        #expect(response.isNotModified)
        #expect(response.body.isEmpty)
        #expect(server.requests.first?.headers["if-modified-since"] == "Thu, 03 Apr 2025 09:00:00 GMT")
    }

    @Test func anErrorStatusIsAnErrorNamingTheURL() async throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 404, contentType: "text/plain", body: "no") }
        defer { server.stop() }
        let result = await FeedFetcher().fetch(FetchRequest(url: server.url("/missing")))
        #expect(throws: FetchError.self) { try result.get() }
        if case .failure(let error) = result {
            #expect(error.code == .httpStatus)
            #expect(error.status == 404)
            #expect(error.description.contains(server.url("/missing")))
        }
    }

    @Test func readsFileURLs() async throws {
        let folder = TemporaryFolder()
        let path = folder.write("feed.xml", Self.feed)
        let response = try await FeedFetcher().fetch(FetchRequest(url: URL(fileURLWithPath: path).absoluteString)).get()
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == Self.feed)
    }

    @Test func aMissingFileAndAnUnreachableHostFailWithoutStoppingTheRest() async throws {
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.feed) }
        defer { server.stop() }
        let requests = [
            FetchRequest(url: "file:///nonexistent/feed.xml"),
            FetchRequest(url: "http://127.0.0.1:1/feed.xml"),
            FetchRequest(url: server.url("/ok")),
        ]
        var outcomes: [String: Result<FetchResponse, FetchError>] = [:]
        for await outcome in FeedFetcher().fetch(requests) { outcomes[outcome.request.url] = outcome.result }
        #expect(outcomes.count == 3)
        #expect(throws: FetchError.self) { try outcomes["file:///nonexistent/feed.xml"]!.get() }
        #expect(throws: FetchError.self) { try outcomes["http://127.0.0.1:1/feed.xml"]!.get() }
        #expect(try outcomes[server.url("/ok")]!.get().status == 200)
    }

    @Test func aHostThatCannotBeReachedIsNotTriedAgainForItsOtherFeeds() async throws {
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.feed) }
        defer { server.stop() }
        // Six section feeds of one host that refuses connections, two tried at once.
        let down = (0..<6).map { FetchRequest(url: "http://127.0.0.1:1/section\($0).xml") }
        var outcomes: [String: Result<FetchResponse, FetchError>] = [:]
        for await outcome in FeedFetcher(options: FetchOptions(perHost: 2)).fetch(
            down + [FetchRequest(url: server.url("/ok"))])
        {
            outcomes[outcome.request.url] = outcome.result
        }
        #expect(outcomes.count == 7)
        let messages = down.compactMap { request -> String? in
            guard case .failure(let error) = outcomes[request.url] else { return nil }
            #expect(error.code == .unreachable)
            return error.message
        }
        #expect(messages.count == 6)
        #expect(messages.filter { $0.hasPrefix("cannot reach the server") }.count == 2)
        #expect(messages.filter { $0.hasPrefix("not tried: 127.0.0.1:1 could not be reached") }.count == 4)
        #expect(try outcomes[server.url("/ok")]!.get().status == 200)
    }

    /// A host that takes the connection but never finishes the TLS handshake (an overloaded
    /// server, a port that does not speak TLS and waits) is as unreachable as one that refuses
    /// it: its other feeds are not tried, where each would have waited out the connect timeout
    /// in turn (thirty section feeds, minutes of a cron run).
    @Test func aHostThatNeverFinishesTheHandshakeIsNotTriedAgainForItsOtherFeeds() async throws {
        let silent = try SilentListener()
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.feed) }
        defer { server.stop() }
        let stalled = (0..<4).map { FetchRequest(url: "https://127.0.0.1:\(silent.port)/section\($0).xml") }
        var outcomes: [String: Result<FetchResponse, FetchError>] = [:]
        let options = FetchOptions(perHost: 1, timeout: 10, connectTimeout: 1)
        for await outcome in FeedFetcher(options: options).fetch(stalled + [FetchRequest(url: server.url("/ok"))]) {
            outcomes[outcome.request.url] = outcome.result
        }
        let messages = stalled.compactMap { request -> String? in
            guard case .failure(let error) = outcomes[request.url] else { return nil }
            return error.message
        }
        #expect(messages.count == 4)
        #expect(
            messages.filter { $0.hasPrefix("not tried: 127.0.0.1:\(silent.port) could not be reached") }.count == 3,
            "\(messages)")
        #expect(try outcomes[server.url("/ok")]!.get().status == 200)
    }

    @Test func bodiesOverTheLimitAreRefused() async throws {
        let big = String(repeating: "x", count: 200_000)
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/xml", body: big) }
        defer { server.stop() }
        let result = await FeedFetcher(options: FetchOptions(maxBytes: 50_000)).fetch(
            FetchRequest(url: server.url("/big")))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.code == .tooLarge)
    }

    @Test func manyFeedsRunConcurrentlyWithinTheLimits() async throws {
        let active = Counter()
        let server = try LoopbackHTTPServer { _ in
            active.enter()
            Thread.sleep(forTimeInterval: 0.2)
            active.leave()
            return .init(contentType: "application/rss+xml", body: Self.feed)
        }
        defer { server.stop() }
        let requests = (0..<16).map { FetchRequest(url: server.url("/feed/\($0)")) }
        var count = 0
        for await outcome in FeedFetcher(options: FetchOptions(concurrency: 4, perHost: 8)).fetch(requests) {
            #expect(throws: Never.self) { try outcome.result.get() }
            count += 1
        }
        #expect(count == 16)
        // The answers overlapped (one loop, many transfers), and never more than the limit.
        #expect(active.maximum > 1)
        #expect(active.maximum <= 4)
    }
}
