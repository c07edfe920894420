public import FeedModel

/// Groups the copies of one story that several outlets (or one outlet twice) published.
///
/// This stage merges articles whose links are the same page once canonicalized; stories
/// retold in other words are the near-duplicate stage's work.
public struct StoryMerger: Sendable {
    public init() {}

    /// The stories among `articles`, each with a stable id, in no particular order.
    public func merge(_ articles: [SourcedArticle]) -> [Story] {
        var groups: [String: [SourcedArticle]] = [:]
        var order: [String] = []
        for article in articles {
            let key = StoryMerger.identityKey(article)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(article)
        }
        return order.map { key in
            let members = groups[key]!.sorted(by: StoryMerger.precedes)
            return Story(
                id: "urn:feedmerge:story:" + StableHash.hex(key), primary: members[0], also: Array(members.dropFirst()))
        }
    }

    /// What two copies of the same story share: the canonical link, else the feed and entry id.
    static func identityKey(_ article: SourcedArticle) -> String {
        if let link = article.article.link, let canonical = CanonicalURL.make(link) { return canonical }
        return article.feedURL + "\u{1F}" + (article.article.id ?? String(article.storeID))
    }

    /// The copy that represents the story: the higher-ranked feed, then the first to publish.
    static func precedes(_ a: SourcedArticle, _ b: SourcedArticle) -> Bool {
        if a.feedPriority != b.feedPriority { return a.feedPriority > b.feedPriority }
        if a.date != b.date { return a.date < b.date }
        return a.storeID < b.storeID
    }
}
