import FeedModel

/// A feed that could not be fetched or read in this run.
public struct FeedFailure: Sendable, Hashable, CustomStringConvertible {
    public var url: String
    public var title: String?
    public var message: String

    public init(url: String, title: String?, message: String) {
        self.url = url
        self.title = title
        self.message = message
    }

    /// The failure as feedmerge prints it, a private feed's secrets masked (cron mails it).
    public var description: String {
        let message = URLCredentials.masking(url, in: message)
        let url = URLCredentials.masked(url)
        if let title { return "\(title) <\(url)>: \(message)" }
        return "\(url): \(message)"
    }
}

/// What a fetch did.
public struct FetchReport: Sendable, Hashable {
    /// Feeds subscribed, and those fetched in this run (the rest were not due or are dead).
    public var feeds = 0
    public var fetched = 0
    /// Feeds whose content was parsed and stored.
    public var updated = 0
    /// Feeds that had not changed (304, or the same body).
    public var unchanged = 0
    public var newArticles = 0
    public var changedArticles = 0
    public var prunedArticles = 0
    public var bytes = 0
    public var failures: [FeedFailure] = []
    /// Feeds that moved for good (permanent redirect or discovery): old URL → new URL.
    public var moved: [String: String] = [:]
    /// Feeds that answered 410 Gone in this run.
    public var died: [String] = []

    public init() {}
}

/// What a build did.
public struct BuildReport: Sendable, Hashable {
    public var articles = 0
    public var stories = 0
    /// Articles run through dedup and tagging in this build (new, changed, or all after the
    /// topics changed).
    public var indexed = 0
    /// Of those, the articles dedup placed in a story, and the articles tagging looked at.
    public var deduplicated = 0
    public var tagged = 0
    /// Output paths rewritten, and left alone because they did not change.
    public var written: [String] = []
    public var unchanged: [String] = []
    /// Files earlier builds wrote for per-topic outputs that no output writes now, removed.
    public var removed: [String] = []
    /// True when nothing had changed since the last build, so nothing was done.
    public var skipped = false

    public init() {}
}

/// Progress of a fetch, for a progress bar.
public struct FetchProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    public var errors: Int
}
