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
    /// Hash of the last body parsed, to skip parsing an unchanged body; for a body that ended
    /// early, `cutBodyPrefix` and its hash, which no body has.
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
    /// The URL before a permanent redirect or feed discovery moved the feed.
    public var movedFrom: String?
    public var movedAt: Date?
    /// The publisher's update hint (ttl, sy:updatePeriod), in seconds.
    public var updateInterval: Double?
    /// When a 410 Gone marked the feed dead.
    public var deadSince: Date?
    /// Fetches, failed fetches and bytes received, over the feed's life.
    public var fetchCount: Int
    public var failureCount: Int
    public var bytesTotal: Int64
    /// When the feed last sent its whole body (any answer but a 304 Not Modified).
    public var lastWholeFetch: Date?
    /// The date of the feed's newest stored article, and when the feed last brought an article
    /// not stored before (read with the article count): a feed that answers every fetch but has
    /// brought nothing new for months was abandoned by its site.
    public var newestArticle: Date?
    public var lastNewArticle: Date?
    /// The title the feed itself gave when last read (`title` prefers the OPML's).
    public var feedTitle: String?

    public init(
        id: Int64, url: String, subscribedURL: String, title: String? = nil, siteURL: String? = nil,
        tags: [String] = [],
        priority: Int = 0, etag: String? = nil, lastModified: String? = nil, contentHash: String? = nil,
        lastStatus: Int? = nil, lastError: String? = nil, lastFetched: Date? = nil, lastSuccess: Date? = nil,
        consecutiveFailures: Int = 0, nextDue: Date? = nil, isDead: Bool = false, isSubscribed: Bool = true,
        articleCount: Int = 0, movedFrom: String? = nil, movedAt: Date? = nil, updateInterval: Double? = nil,
        deadSince: Date? = nil, fetchCount: Int = 0, failureCount: Int = 0, bytesTotal: Int64 = 0,
        lastWholeFetch: Date? = nil, newestArticle: Date? = nil, lastNewArticle: Date? = nil, feedTitle: String? = nil
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
        self.movedFrom = movedFrom
        self.movedAt = movedAt
        self.updateInterval = updateInterval
        self.deadSince = deadSince
        self.fetchCount = fetchCount
        self.failureCount = failureCount
        self.bytesTotal = bytesTotal
        self.lastWholeFetch = lastWholeFetch
        self.newestArticle = newestArticle
        self.lastNewArticle = lastNewArticle
        self.feedTitle = feedTitle
    }

    /// What a hash kept for a body that ended early (a transfer cut short) begins with: it
    /// matches no body, so the next one is read, whatever it is.
    public static let cutBodyPrefix = "cut:"

    /// Whether the last body read ended early (its entries after the cut were missing).
    public var lastBodyEndedEarly: Bool { contentHash?.hasPrefix(FeedRecord.cutBodyPrefix) == true }
}
