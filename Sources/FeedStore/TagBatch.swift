public import FeedModel

/// Articles to tag, as `FeedStore.articlesToTag(version:limit:)` hands them over.
public struct TagBatch: Sendable {
    public var articles: [SourcedArticle]
    /// For a batch of a pass over every article (after the topics changed), the last article id
    /// it goes to: given back to `setTopics(_:version:passThrough:)` with the batch's tags, so
    /// that the pass goes on from there; nil for new or changed articles.
    public var passThrough: Int64?

    public init(articles: [SourcedArticle], passThrough: Int64?) {
        self.articles = articles
        self.passThrough = passThrough
    }
}
