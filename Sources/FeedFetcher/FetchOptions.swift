/// How politely and how fast to fetch.
public struct FetchOptions: Sendable, Hashable {
    /// Transfers running at once, over all hosts.
    public var concurrency: Int
    /// Transfers running at once to one host.
    public var perHost: Int
    /// The most seconds one transfer may take in all.
    public var timeout: Double
    /// The most seconds to wait for a connection.
    public var connectTimeout: Double
    /// A transfer slower than `lowSpeedBytes` per second for `lowSpeedSeconds` is dropped.
    public var lowSpeedBytes: Int
    public var lowSpeedSeconds: Int
    /// The largest body accepted, counted after decompression.
    public var maxBytes: Int
    public var userAgent: String

    public init(
        concurrency: Int = 32, perHost: Int = 4, timeout: Double = 30, connectTimeout: Double = 10,
        lowSpeedBytes: Int = 100, lowSpeedSeconds: Int = 15, maxBytes: Int = 20 << 20,
        userAgent: String = FetchOptions.defaultUserAgent
    ) {
        self.concurrency = concurrency
        self.perHost = perHost
        self.timeout = timeout
        self.connectTimeout = connectTimeout
        self.lowSpeedBytes = lowSpeedBytes
        self.lowSpeedSeconds = lowSpeedSeconds
        self.maxBytes = maxBytes
        self.userAgent = userAgent
    }

    /// Says what is asking and where to read about it, as polite crawlers do.
    public static let defaultUserAgent = "feedmerge/0.1 (feed aggregator; +https://github.com/feedmerge/feedmerge)"
}
