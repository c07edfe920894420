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
    public var dedup: DedupSettings

    public init(
        path: String, feedsPath: String, databasePath: String, fetch: FetchSettings = FetchSettings(),
        outputs: [OutputDefinition] = [], topics: [Topic] = [], retention: TimeInterval = 30 * 86_400,
        dedup: DedupSettings = DedupSettings()
    ) {
        self.path = path
        self.feedsPath = feedsPath
        self.databasePath = databasePath
        self.fetch = fetch
        self.outputs = outputs
        self.topics = topics
        self.retention = retention
        self.dedup = dedup
    }

    /// The files this configuration keeps for itself, which no output may replace.
    public var ownFiles: OwnFiles { OwnFiles(configuration: path, feeds: feedsPath, database: databasePath) }

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
    /// The floor and ceiling put on a feed's own update hints (ttl, sy:updatePeriod,
    /// Cache-Control max-age): never fetched more often than the floor when it gives a hint,
    /// never less often than the ceiling.
    public var minInterval: TimeInterval
    public var maxInterval: TimeInterval
    /// The longest a failing feed waits before the next try (backoff doubles up to it).
    public var maxBackoff: TimeInterval
    /// How many fetches in a row a feed fails before the failure is printed (and cron mails it):
    /// 1, every failure; 3 leaves out a site's passing trouble. The run's exit status counts every
    /// failure either way, and a feed that died (410 Gone) is always told.
    public var reportAfter: Int

    public init(
        concurrency: Int = 32, perHost: Int = 4, timeout: TimeInterval = 30, maxBytes: Int = 20 << 20,
        userAgent: String? = nil, minInterval: TimeInterval = 0, maxInterval: TimeInterval = 12 * 3600,
        maxBackoff: TimeInterval = 24 * 3600, reportAfter: Int = 1
    ) {
        self.concurrency = concurrency
        self.perHost = perHost
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.userAgent = userAgent
        self.minInterval = minInterval
        self.maxInterval = maxInterval
        self.maxBackoff = maxBackoff
        self.reportAfter = reportAfter
    }
}

/// The `dedup:` section.
public struct DedupSettings: Sendable, Hashable {
    /// Copies of one story published further apart than this are not merged: a story that
    /// comes back a week later is news again.
    public var window: TimeInterval

    public init(window: TimeInterval = 72 * 3600) {
        self.window = window
    }
}
