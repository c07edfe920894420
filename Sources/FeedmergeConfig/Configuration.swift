public import FeedWriter
public import Foundation
public import Tagger

/// Everything `feedmerge.yaml` says, validated, with paths made absolute.
public struct Configuration: Sendable {
    /// The configuration file itself.
    public var path: String
    /// The OPML subscription list.
    public var feedsPath: String
    /// The SQLite state store.
    public var databasePath: String
    public var fetch: FetchSettings
    public var outputs: [OutputDefinition]
    public var topics: [Topic]
    /// How long articles are kept after they were last seen in their feed.
    public var retention: TimeInterval

    public init(
        path: String, feedsPath: String, databasePath: String, fetch: FetchSettings = FetchSettings(),
        outputs: [OutputDefinition] = [], topics: [Topic] = [], retention: TimeInterval = 30 * 86_400
    ) {
        self.path = path
        self.feedsPath = feedsPath
        self.databasePath = databasePath
        self.fetch = fetch
        self.outputs = outputs
        self.topics = topics
        self.retention = retention
    }

    /// Reads and validates the configuration file at `path`.
    public static func load(path: String) throws(ConfigError) -> Configuration {
        try ConfigurationReader(path: path).read()
    }
}

/// The `fetch:` section.
public struct FetchSettings: Sendable, Hashable {
    public var concurrency: Int
    public var perHost: Int
    /// Seconds one transfer may take.
    public var timeout: TimeInterval
    public var maxBytes: Int
    public var userAgent: String?

    public init(
        concurrency: Int = 32, perHost: Int = 4, timeout: TimeInterval = 30, maxBytes: Int = 20 << 20,
        userAgent: String? = nil
    ) {
        self.concurrency = concurrency
        self.perHost = perHost
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.userAgent = userAgent
    }
}
