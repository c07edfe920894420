public import Foundation

/// The topics tagging found for one article.
public struct ArticleTopics: Sendable, Hashable {
    public var articleID: Int64
    /// The user's topics the article matches.
    public var topics: [String]

    public init(articleID: Int64, topics: [String]) {
        self.articleID = articleID
        self.topics = topics
    }
}

/// One story as the store summarizes it: enough to filter, order and limit outputs before any
/// article text is read.
public struct StoryDigest: Sendable, Hashable {
    public var key: String
    /// The earliest date any copy gives.
    public var date: Date
    /// When a copy last changed.
    public var updated: Date
    public var articleCount: Int
    /// The feeds that carried the story.
    public var feedIDs: [Int64]
    /// The topics any copy matches.
    public var topics: Set<String>
    public var languages: [String]

    public init(
        key: String, date: Date, updated: Date, articleCount: Int, feedIDs: [Int64], topics: Set<String>,
        languages: [String]
    ) {
        self.key = key
        self.date = date
        self.updated = updated
        self.articleCount = articleCount
        self.feedIDs = feedIDs
        self.topics = topics
        self.languages = languages
    }
}
