public import FeedModel
import FeedStore
import FeedText
import FeedmergeConfig
public import Foundation
public import Tagger

/// What a period's articles that no topic tags have in common, for `feedmerge tags --untagged`:
/// the feeds they come from and the names they carry that no topic names.
public struct UntaggedReport: Sendable {
    /// A feed, with how many of the period's articles it gave and how many of them no topic tags.
    public struct FeedShare: Sendable, Hashable {
        public var feed: String
        public var url: String
        public var untagged: Int
        public var articles: Int
    }

    /// The period's articles.
    public var articles = 0
    /// Those no topic tags.
    public var untagged = 0
    /// Feeds with untagged articles, most first.
    public var feeds: [FeedShare] = []
    /// Names in untagged articles that no topic names (see `NameCensus`).
    public var names: [NameCensus.Name] = []
    /// Source categories of untagged articles that no topic's `categories:` names, with the
    /// topics of the tagged articles that carry them (see `CategoryCensus`).
    public var categories: [CategoryCensus.Entry] = []
    /// The newest untagged articles.
    public var newest: [SourcedArticle] = []
}

extension Pipeline {
    /// The articles dated at or after `since` that no topic tags, with the topics as they are
    /// configured now (no build needed after editing them): an article is tagged when its terms
    /// or categories name a topic, or a feed tag (an OPML folder or `category`) is a topic or
    /// `within` one; a feed tag that names no topic does not count. At most `limit` names and
    /// articles.
    public func untagged(since: Date, limit: Int) throws(PipelineError) -> UntaggedReport {
        let store = try openStore()
        let tagger = Tagger(topics: configuration.topics)
        let topicIDs = Set(configuration.topics.map(\.id))
        let articles = try storeCall { () throws(StoreError) in try store.articles(since: since) }
        // Read as a build reads them: without the lines learned as each feed's boilerplate.
        let learned = try learnedBoilerplate(store: store, feedIDs: Set(articles.map(\.feedID)))
        var census = NameCensus(tagger: tagger)
        var categories = CategoryCensus(tagger: tagger)
        var report = UntaggedReport()
        var feeds: [Int64: UntaggedReport.FeedShare] = [:]
        // The topics each feed's tags give (with their parents), worked out once per feed.
        var feedTopics: [Int64: Set<String>] = [:]
        for sourced in articles {
            let fromFeed =
                feedTopics[sourced.feedID] ?? tagger.withParents(Set(sourced.feedTags)).intersection(topicIDs)
            feedTopics[sourced.feedID] = fromFeed
            // Folded once, for tagging and for the names.
            let text = ArticleText(sourced.article, cleaner: TextCleaner(learned: learned[sourced.feedID] ?? []))
            var topics = tagger.topicIDs(for: sourced.article, text: text)
            if !fromFeed.isEmpty { topics = Array(fromFeed.union(topics)) }
            let isTagged = !topics.isEmpty
            census.add(text, isTagged: isTagged, feed: sourced.feedURL)
            categories.add(sourced.article.categories, topics: topics, feed: sourced.feedURL)
            var share =
                feeds[sourced.feedID]
                ?? UntaggedReport.FeedShare(feed: sourced.outletName, url: sourced.feedURL, untagged: 0, articles: 0)
            share.articles += 1
            if !isTagged { share.untagged += 1 }
            feeds[sourced.feedID] = share
            report.articles += 1
            guard !isTagged else { continue }
            report.untagged += 1
            if report.newest.count < limit { report.newest.append(sourced) }
        }
        report.feeds = feeds.values.filter { $0.untagged > 0 }.sorted { a, b in
            a.untagged != b.untagged ? a.untagged > b.untagged : a.feed < b.feed
        }
        report.names = census.names(limit: limit)
        report.categories = categories.categories(limit: limit)
        return report
    }
}
