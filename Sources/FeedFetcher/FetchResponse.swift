public import Foundation

/// What a server (or the file system) answered.
public struct FetchResponse: Sendable {
    /// The URL asked for.
    public var requestedURL: String
    /// The URL the body came from, after redirects.
    public var finalURL: String
    /// The HTTP status of the final response (200 for a file that was read).
    public var status: Int
    /// The final response's headers, names lower-cased; a repeated header keeps its last value.
    public var headers: [String: String]
    /// The decoded body (empty for a 304, or once dropped with `withoutBody`).
    public var body: Data
    /// The body's size as received, kept when the body itself is dropped.
    public var bodySize: Int
    /// The statuses of the redirect responses that led here, in order (`[301, 302]`).
    public var redirectStatuses: [Int]
    /// The protocol version: "1.1", "2", …
    public var httpVersion: String
    /// Seconds from start to the end of the body.
    public var elapsed: Double
    /// What was wrong but read anyway (a body the server called compressed that was not).
    public var notes: [String] = []
    /// When the answer was whole: made when the transfer ends, so that what is done with it later
    /// (parsing, storing, on a busy machine) does not count as the server's time.
    public var receivedAt = Date()

    public init(
        requestedURL: String, finalURL: String, status: Int, headers: [String: String] = [:], body: Data = Data(),
        redirectStatuses: [Int] = [], httpVersion: String = "1.1", elapsed: Double = 0
    ) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.headers = headers
        self.body = body
        self.bodySize = body.count
        self.redirectStatuses = redirectStatuses
        self.httpVersion = httpVersion
        self.elapsed = elapsed
    }

    /// The same response without its body, once it has been parsed: bodies are the bulk of a
    /// fetch's memory.
    public var withoutBody: FetchResponse {
        var copy = self
        copy.body = Data()
        return copy
    }

    /// True for a 304: the copy from the last fetch is still current.
    public var isNotModified: Bool { status == 304 }

    /// The server's time when it answered, by its `Date` header, plus the `Age` a cache on the
    /// way says the answer waited there.
    public var serverDate: Date? {
        guard let date = headers["date"].flatMap(HTTPDate.date) else { return nil }
        let age = headers["age"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 0
        return date.addingTimeInterval(TimeInterval(max(0, age)))
    }
    public var contentType: String? { headers["content-type"] }
    public var etag: String? { headers["etag"] }
    public var lastModified: String? { headers["last-modified"] }
}
