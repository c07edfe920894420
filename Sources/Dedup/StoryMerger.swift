public import FeedModel
import FeedText

/// Makes the published story out of the copies dedup put together.
public enum StoryMerger {
    /// The key a new story gets from the article that founds it: its canonical link when that is
    /// the article's own page (see `identities(of:site:)`), else the article itself, named by its
    /// feed and its entry id. Stable, so the story's id never changes as copies join, and the
    /// same in a fresh store (not the store's row number).
    public static func newKey(for article: SourcedArticle) -> String {
        newKey(for: article, identities: identities(of: article.article, site: article.feedSiteURL))
    }

    /// `newKey(for:)`, the article's identities already known (and some perhaps taken away: a
    /// link its feed gives to other entries too keys no story).
    public static func newKey(for article: SourcedArticle, identities: [String]) -> String {
        if let link = article.article.link, let canonical = CanonicalURL.make(link), identities.contains(canonical) {
            return canonical
        }
        return "entry:" + StableHash.hex(article.feedURL, article.article.id ?? String(article.storeID))
    }

    /// The keys that make two articles one page whatever their text: the canonical link, and the
    /// canonical guid when the guid is a URL (a permalink another feed may give as its link).
    /// A link to a site's home page, or to the page the feed names as its site (`site`), is no
    /// article's own: a feed that links every item there (a podcast's 123 episodes, all linking
    /// `taverncast.com`) would otherwise make them one story.
    public static func identities(of article: Article, site: String? = nil) -> [String] {
        var keys: [String] = []
        for url in [article.link, article.id] {
            guard let url, let key = CanonicalURL.make(url), !keys.contains(key), namesAnArticle(key, site: site)
            else { continue }
            keys.append(key)
        }
        return keys
    }

    /// Whether a canonical link can be an article's own page: not a site's root, nor the feed's
    /// own site page.
    static func namesAnArticle(_ key: String, site: String?) -> Bool {
        guard
            key.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") })
        else { return false }
        return site.flatMap(CanonicalURL.make) != key
    }

    /// The story made of `members` (all with `key`): the first (or highest-ranked) outlet as its
    /// source, the fullest cleaned text as its text, the others as related links.
    public static func story(key: String, members: [SourcedArticle]) -> Story {
        let sorted = members.sorted(by: precedes)
        var fullest = sorted[0]
        for member in sorted.dropFirst() where member.textLength > fullest.textLength { fullest = member }
        return Story(id: storyID(key: key), primary: sorted[0], also: Array(sorted.dropFirst()), textSource: fullest)
    }

    /// The public, stable id of the story with `key`.
    public static func storyID(key: String) -> String {
        "urn:feedmerge:story:" + StableHash.hex(key)
    }

    /// The copy that represents the story: the higher-ranked feed, then the first to publish,
    /// then the first seen (a copy of the same time that comes later does not take the story
    /// over, changing its link in readers), then, for copies seen in one fetch, the feed
    /// subscribed first (the list's order), not the copy stored first, which is whichever
    /// server answered first.
    static func precedes(_ a: SourcedArticle, _ b: SourcedArticle) -> Bool {
        if a.feedPriority != b.feedPriority { return a.feedPriority > b.feedPriority }
        if a.date != b.date { return a.date < b.date }
        if a.firstSeen != b.firstSeen { return a.firstSeen < b.firstSeen }
        if a.feedID != b.feedID { return a.feedID < b.feedID }
        return a.storeID < b.storeID
    }
}
