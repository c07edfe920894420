public import FeedModel

/// Groups the copies of one story that several outlets (or one outlet twice) published.
///
/// This stage merges articles whose links are the same page once canonicalized; stories
/// retold in other words are the near-duplicate stage's work. Keys are computed once per
/// article (when it is new or changed) and stored, so that grouping is a lookup.
public struct StoryMerger: Sendable {
    /// Bumped whenever keys would come out differently, so stored keys are recomputed.
    public static let version = "link-1"

    public init() {}

    /// The stories among `articles`, each with a stable id, in no particular order.
    public func merge(_ articles: [SourcedArticle]) -> [Story] {
        var groups: [String: [SourcedArticle]] = [:]
        var order: [String] = []
        for article in articles {
            let key = StoryMerger.storyKey(for: article)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(article)
        }
        return order.map { StoryMerger.story(key: $0, members: groups[$0]!) }
    }

    /// What two copies of the same story share: the canonical link, else the article itself.
    public static func storyKey(for article: SourcedArticle) -> String {
        if let link = article.article.link, let canonical = CanonicalURL.make(link) { return canonical }
        return "entry:" + String(article.storeID)
    }

    /// The story made of `members` (all with `key`): the representative copy first.
    public static func story(key: String, members: [SourcedArticle]) -> Story {
        let sorted = members.sorted(by: precedes)
        return Story(id: storyID(key: key), primary: sorted[0], also: Array(sorted.dropFirst()))
    }

    /// The public, stable id of the story with `key`.
    public static func storyID(key: String) -> String {
        "urn:feedmerge:story:" + StableHash.hex(key)
    }

    /// The copy that represents the story: the higher-ranked feed, then the first to publish.
    static func precedes(_ a: SourcedArticle, _ b: SourcedArticle) -> Bool {
        if a.feedPriority != b.feedPriority { return a.feedPriority > b.feedPriority }
        if a.date != b.date { return a.date < b.date }
        return a.storeID < b.storeID
    }
}
