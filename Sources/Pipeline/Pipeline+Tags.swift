import FeedStore
import FeedmergeConfig
public import Foundation
import Tagger

/// How many articles and stories of a period carry one tag, for `feedmerge tags`.
public struct TagCount: Sendable, Hashable {
    public var tag: String
    /// The topic's title, or nil for a tag that only feeds give.
    public var title: String?
    /// Whether the tag is one of the configured topics (else a feed's OPML folder or category).
    public var isTopic: Bool
    public var articles: Int
    public var stories: Int
}

extension Pipeline {
    /// Every configured topic (even those nothing matched) and every feed tag, with the
    /// articles and stories dated at or after `since` that carry it; most articles first.
    ///
    /// Counts are of what the last build concluded: run `feedmerge build` first after changing
    /// the topics.
    public func tagCounts(since: Date) throws(PipelineError) -> [TagCount] {
        let store = try openStore()
        let tagger = Tagger(topics: configuration.topics)
        let feeds = try storeCall { () throws(StoreError) in try store.feeds(countingArticles: false) }
        var feedTags: [Int64: Set<String>] = [:]
        for feed in feeds where !feed.tags.isEmpty { feedTags[feed.id] = tagger.withParents(Set(feed.tags)) }
        let rows = try storeCall { () throws(StoreError) in try store.topicRows(since: since) }
        var articles: [String: Int] = [:]
        var stories: [String: Set<String>] = [:]
        for row in rows {
            var tags = Set(row.topics)
            tags.formUnion(feedTags[row.feedID] ?? [])
            for tag in tags {
                articles[tag, default: 0] += 1
                if let story = row.story { stories[tag, default: []].insert(story) }
            }
        }
        var counts: [String: TagCount] = [:]
        for topic in configuration.topics {
            counts[topic.id] = TagCount(tag: topic.id, title: topic.title, isTopic: true, articles: 0, stories: 0)
        }
        for tags in feedTags.values {
            for tag in tags where counts[tag] == nil {
                counts[tag] = TagCount(tag: tag, title: nil, isTopic: false, articles: 0, stories: 0)
            }
        }
        for (tag, count) in articles {
            counts[tag, default: TagCount(tag: tag, title: nil, isTopic: false, articles: 0, stories: 0)].articles =
                count
            counts[tag]?.stories = stories[tag]?.count ?? 0
        }
        return counts.values.sorted { a, b in a.articles != b.articles ? a.articles > b.articles : a.tag < b.tag }
    }

    /// The date of the newest stored article, or nil when the store holds none: what `feedmerge
    /// tags` tells when nothing is dated within its period.
    public func newestArticleDate() throws(PipelineError) -> Date? {
        let store = try openStore()
        return try storeCall { () throws(StoreError) in try store.newestArticleDate() }
    }
}
