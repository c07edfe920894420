public import Foundation

/// What the store knows about one subscribed feed.
public struct FeedRecord: Sendable, Hashable {
    public var id: Int64
    /// The URL fetched (updated when a permanent redirect moves the feed).
    public var url: String
    /// The URL as the OPML lists it.
    public var subscribedURL: String
    /// The title the OPML gives, else the feed's own.
    public var title: String?
    public var siteURL: String?
    /// Tags from the OPML (folders, `category`).
    public var tags: [String]
    public var priority: Int
    public var etag: String?
    public var lastModified: String?
    /// Hash of the last body parsed, to skip parsing an unchanged body.
    public var contentHash: String?
    public var lastStatus: Int?
    public var lastError: String?
    public var lastFetched: Date?
    public var lastSuccess: Date?
    public var consecutiveFailures: Int
    /// Not fetched before this time (backoff, Retry-After, update hints).
    public var nextDue: Date?
    /// Answered 410 Gone: not fetched until revived.
    public var isDead: Bool
    /// Still listed in the OPML.
    public var isSubscribed: Bool
    public var articleCount: Int

    public init(
        id: Int64, url: String, subscribedURL: String, title: String? = nil, siteURL: String? = nil,
        tags: [String] = [],
        priority: Int = 0, etag: String? = nil, lastModified: String? = nil, contentHash: String? = nil,
        lastStatus: Int? = nil, lastError: String? = nil, lastFetched: Date? = nil, lastSuccess: Date? = nil,
        consecutiveFailures: Int = 0, nextDue: Date? = nil, isDead: Bool = false, isSubscribed: Bool = true,
        articleCount: Int = 0
    ) {
        self.id = id
        self.url = url
        self.subscribedURL = subscribedURL
        self.title = title
        self.siteURL = siteURL
        self.tags = tags
        self.priority = priority
        self.etag = etag
        self.lastModified = lastModified
        self.contentHash = contentHash
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.lastFetched = lastFetched
        self.lastSuccess = lastSuccess
        self.consecutiveFailures = consecutiveFailures
        self.nextDue = nextDue
        self.isDead = isDead
        self.isSubscribed = isSubscribed
        self.articleCount = articleCount
    }
}
