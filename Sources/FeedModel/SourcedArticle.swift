public import Foundation

/// An article together with the feed that published it, as the store hands it to the later stages.
public struct SourcedArticle: Sendable, Hashable {
    /// The store's row id.
    public var storeID: Int64
    public var feedURL: String
    /// The OPML's title for the feed, else the feed's own.
    public var feedTitle: String?
    public var feedSiteURL: String?
    /// Tags every article of the feed carries (OPML folders and `category`).
    public var feedTags: [String]
    /// The feed's rank among outlets carrying the same story (higher wins).
    public var feedPriority: Int
    public var article: Article
    public var firstSeen: Date
    public var lastUpdated: Date
    /// The store's id of the feed.
    public var feedID: Int64
    /// How many words the article's text has once cleaned of boilerplate (0 until dedup has
    /// read it): what "the fullest copy" of a story is chosen by.
    public var textLength: Int

    public init(
        storeID: Int64, feedURL: String, feedTitle: String? = nil, feedSiteURL: String? = nil, feedTags: [String] = [],
        feedPriority: Int = 0, article: Article, firstSeen: Date, lastUpdated: Date, feedID: Int64 = 0,
        textLength: Int = 0
    ) {
        self.storeID = storeID
        self.feedURL = feedURL
        self.feedTitle = feedTitle
        self.feedSiteURL = feedSiteURL
        self.feedTags = feedTags
        self.feedPriority = feedPriority
        self.article = article
        self.firstSeen = firstSeen
        self.lastUpdated = lastUpdated
        self.feedID = feedID
        self.textLength = textLength
    }

    /// The date to sort by: the article's own, else when it was first seen.
    public var date: Date { article.date ?? firstSeen }

    /// The outlet's name for display: the outlet the item says it came from (an aggregator's
    /// item, see `originName`), else the feed's title, its site, its public URL; for an untitled
    /// feed read from a local file without a site, the file's name (not its path on this machine).
    public var outletName: String {
        if let name = originName ?? feedTitle ?? feedSiteURL ?? publicFeedURL { return name }
        return feedURL.split(separator: "/").last.map(String.init) ?? feedURL
    }

    /// The outlet the article belongs to (see `Outlet`): copies with the same key ran in one
    /// outlet. An aggregator's item belongs to the outlet it came from (`originSite`): Google
    /// News' copy of a Reuters report and Reuters' own feed are one outlet, not two.
    public var outletKey: String {
        if let site = originSite { return Outlet.key(feedURL: site, siteURL: site) }
        return Outlet.key(feedURL: feedURL, siteURL: feedSiteURL)
    }

    /// The site of the outlet the article belongs to (see `outletKey`), for outputs to link.
    public var outletSiteURL: String? { originSite ?? feedSiteURL }

    /// The name of the outlet an item says it came from (RSS `<source url="…">Reuters</source>`,
    /// Atom `<source><title>`): what Google News, Bing News, planets and feed mixers give each
    /// item, whose feed is only the way it came.
    public var originName: String? {
        guard let title = article.source?.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty
        else { return nil }
        return title
    }

    /// The web address of the outlet an item says it came from (`ArticleSource.site`).
    private var originSite: String? { article.source?.site }

    /// The feed's address as outputs may publish it: without the user name and password a
    /// private feed's URL may carry (`https://user:secret@host/feed`); nil for a feed read from
    /// a local file (its `file:` URL is a path on this machine, which readers cannot open and a
    /// published feed should not show), and for one whose query carries a credential
    /// (`?token=…`, `?feed_token=…`, `?api_key=…`: GitHub's and GitLab's private feeds).
    public var publicFeedURL: String? {
        guard !isLocalFile, !URLCredentials.inQuery(feedURL) else { return nil }
        return URLCredentials.withoutUserInfo(feedURL)
    }

    private var isLocalFile: Bool { feedURL.utf8.count >= 5 && feedURL.prefix(5).lowercased() == "file:" }
}
