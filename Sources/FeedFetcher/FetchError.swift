/// Why a feed could not be downloaded.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure; codes can grow without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// DNS, connection refused, TLS: the server could not be reached.
        public static let unreachable = Code("unreachable")
        /// A connect, total or low-speed timeout.
        public static let timedOut = Code("timed out")
        /// The body exceeded the size limit (after decompression).
        public static let tooLarge = Code("too large")
        /// The server answered with an error status.
        public static let httpStatus = Code("http status")
        /// Too many redirects, or a redirect loop.
        public static let tooManyRedirects = Code("too many redirects")
        /// The URL is malformed or its scheme is not allowed.
        public static let badURL = Code("bad url")
        /// The transfer broke off (connection closed mid-body, bad encoding of the body).
        public static let transfer = Code("transfer")
        /// A local file could not be read.
        public static let file = Code("file")
        /// The fetch was cancelled.
        public static let cancelled = Code("cancelled")
        /// Not asked for: its server answered another feed with 429 Too Many Requests (or 503
        /// with a `Retry-After`) a moment before, and it is asked again once the wait is over.
        public static let deferred = Code("deferred")

        public var description: String { name }
    }

    public var code: Code
    /// The feed's URL.
    public var url: String
    /// What happened, for a user to act on.
    public var message: String
    /// The HTTP status, for `httpStatus` errors.
    public var status: Int?
    /// Seconds the server asked to wait (`Retry-After` on a 429 or 503).
    public var retryAfter: Double?
    /// Whether no connection to the server was made (its name did not resolve; the connection
    /// was refused or timed out), so that it never saw the request: what every feed gets on a
    /// machine whose network, DNS or proxy is down.
    public var madeNoConnection = false
    /// Seconds from the start of the transfer to the failure, as the fetcher's own thread saw
    /// them: what its time and size limits bound, whatever else the process was busy with.
    public var elapsed: Double = 0

    public init(_ code: Code, url: String, _ message: String, status: Int? = nil) {
        self.code = code
        self.url = url
        self.message = message
        self.status = status
    }

    public var description: String { "\(url): \(message)" }

    /// Whether the server asked to be asked less often, for all its feeds: 429 Too Many
    /// Requests, or 503 with a `Retry-After` (a 503 alone may be one broken page).
    public var asksToWait: Bool { status == 429 || (status == 503 && retryAfter != nil) }
}
