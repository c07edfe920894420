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

    public var description: String {
        if let title { return "\(title) <\(url)>: \(message)" }
        return "\(url): \(message)"
    }
}

/// What a fetch did.
public struct FetchReport: Sendable, Hashable {
    public var feeds = 0
    /// Feeds whose content was parsed and stored.
    public var updated = 0
    /// Feeds that had not changed (304, or the same body).
    public var unchanged = 0
    public var newArticles = 0
    public var changedArticles = 0
    public var bytes = 0
    public var failures: [FeedFailure] = []

    public init() {}
}

/// What a build did.
public struct BuildReport: Sendable, Hashable {
    public var articles = 0
    public var stories = 0
    /// Output paths rewritten, and left alone because they did not change.
    public var written: [String] = []
    public var unchanged: [String] = []

    public init() {}
}
