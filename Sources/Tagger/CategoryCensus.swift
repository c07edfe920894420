public import FeedModel
import Foundation

/// The source categories a period's untagged articles carry that no topic's `categories:`
/// names, with the topics the tagged articles carrying them have: what to map through
/// `categories:`.
///
/// A feed's own categories often say what its terms cannot: Macworld files a review of a smart lock
/// under "Home Tech", the Guardian a hurricane under "Extreme weather". `categories:` takes exact
/// strings, so the user needs the strings the feeds write; and a category that the tagged articles
/// carrying it mostly have one topic for ("Consumer Electronics": technology, 5 of 5 over the
/// corpus) is the one to add to that topic, where one spread over many topics ("News",
/// "Uncategorized") is no use.
public struct CategoryCensus: Sendable {
    /// A category, with how many untagged and tagged articles carry it.
    public struct Entry: Sendable, Hashable {
        /// As the feeds most often write it (its label when it has one: the term of some is a URL).
        public var category: String
        public var untaggedArticles: Int
        /// How many feeds the untagged articles that carry it come from.
        public var feeds: Int
        public var taggedArticles: Int
        /// The topics of the tagged articles that carry it, the most frequent first (at most three).
        public var topics: [TopicCount]
    }

    /// A topic and how many of a category's tagged articles have it.
    public struct TopicCount: Sendable, Hashable {
        public var topic: String
        public var articles: Int
    }

    private struct Tally {
        var untagged = 0
        var feeds: Set<String> = []
        var tagged = 0
        var topics: [String: Int] = [:]
        var spellings: [String: Int] = [:]
    }

    private let tagger: Tagger
    private var tallies: [String: Tally] = [:]

    /// A census that leaves out the categories `tagger`'s topics name.
    public init(tagger: Tagger) {
        self.tagger = tagger
    }

    /// Counts the categories of an article from `feed`, tagged with `topics` (none: untagged).
    public mutating func add(_ categories: [FeedModel.Category], topics: [String], feed: String) {
        var seen: Set<String> = []
        for category in categories {
            let label = category.label?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let written = label.isEmpty ? category.term.trimmingCharacters(in: .whitespacesAndNewlines) : label
            let key = Tagger.categoryKey(written)
            // A URL (YouTube's category terms are scheme URIs) is nothing a user would write.
            guard !key.isEmpty, !key.contains("://"), !tagger.namesCategory(category),
                seen.insert(key).inserted
            else { continue }
            var tally = tallies[key] ?? Tally()
            tally.spellings[written, default: 0] += 1
            if topics.isEmpty {
                tally.untagged += 1
                tally.feeds.insert(feed)
            } else {
                tally.tagged += 1
                for topic in topics { tally.topics[topic, default: 0] += 1 }
            }
            tallies[key] = tally
        }
    }

    /// The categories carried by at least `minimumArticles` untagged articles, at most `limit`:
    /// those in the most untagged articles first, then those from the most feeds.
    public func categories(minimumArticles: Int = 2, limit: Int) -> [Entry] {
        let entries = tallies.values.filter { $0.untagged >= minimumArticles }.map { tally in
            Entry(
                category: tally.spellings.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }!.key,
                untaggedArticles: tally.untagged, feeds: tally.feeds.count, taggedArticles: tally.tagged,
                topics: tally.topics.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }
                    .prefix(3).map { TopicCount(topic: $0.key, articles: $0.value) })
        }
        return Array(
            entries.sorted { a, b in
                if a.untaggedArticles != b.untaggedArticles { return a.untaggedArticles > b.untaggedArticles }
                if a.feeds != b.feeds { return a.feeds > b.feeds }
                return a.category < b.category
            }
            .prefix(limit))
    }
}
