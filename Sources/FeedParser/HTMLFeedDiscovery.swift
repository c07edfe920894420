import FeedModel
import FeedText
import Foundation

/// Finds the feeds an HTML page advertises (`<link rel="alternate" type="application/rss+xml">`),
/// so that a page given in place of a feed yields an error that says where the feed is.
public enum HTMLFeedDiscovery {
    private static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/rdf+xml", "application/x.atom+xml", "application/x-atom+xml", "text/xml", "application/xml",
    ]

    /// The absolute URLs of the feeds `html` advertises, in page order.
    public static func advertisedFeeds(in html: String, base: String?) -> [String] {
        advertisedLinks(in: html, base: base).map(\.url)
    }

    /// The feeds `html` advertises, the one most likely meant by a page at `page` first: a
    /// section's own feed (its address under the page's path) before the site's, and comment
    /// feeds last. WordPress lists the site's feed and its comments first on every page, the
    /// category's (`/category/serbia/feed/`) or the post's comments after them: in page order,
    /// a subscription given as a section's page would be one to the whole site.
    public static func rankedFeeds(in html: String, page: String?) -> [String] {
        let links = advertisedLinks(in: html, base: page)
        let pagePath = page.map(pathSegments) ?? []
        let pageHost = page.flatMap { URLComponents(string: $0)?.host?.lowercased() }
        let ranked = links.enumerated().map { index, link in
            let isComments = isCommentsFeed(link)
            let shared =
                URLComponents(string: link.url)?.host?.lowercased() == pageHost
                ? zip(pagePath, pathSegments(link.url)).prefix { $0 == $1 }.count : 0
            return (link.url, isComments, shared, index)
        }
        return ranked.sorted { a, b in
            if a.1 != b.1 { return !a.1 }
            if a.2 != b.2 { return a.2 > b.2 }
            return a.3 < b.3
        }.map(\.0)
    }

    /// The path of `url`, in segments (`/category/serbia/` is `category`, `serbia`).
    private static func pathSegments(_ url: String) -> [Substring] {
        guard let path = URLComponents(string: url)?.percentEncodedPath else { return [] }
        return path.split(separator: "/")
    }

    /// Whether an advertised feed holds comments: its address or title says so, in the
    /// languages of the sites readers follow (`Comments Feed`, `Коментари`, `Kommentare`…).
    private static func isCommentsFeed(_ link: (url: String, title: String?)) -> Bool {
        if link.url.lowercased().contains("comments") { return true }
        guard let title = link.title else { return false }
        let folded = FoldedText(title)
        return folded.words.contains { word in
            let text = folded.string(word)
            return commentWords.contains { text.hasPrefix($0) }
        }
    }

    /// The folded openings of "comments" in English, the South Slavic languages, Russian,
    /// Ukrainian, German, the Romance languages, Albanian and Turkish. Not English "comment"
    /// alone: an opinion section's name (the Guardian's "Comment is free").
    private static let commentWords = ["comments", "commentaire", "commenti", "koment", "komment", "comentar", "yorum"]

    private static func advertisedLinks(in html: String, base: String?) -> [(url: String, title: String?)] {
        var feeds: [(url: String, title: String?)] = []
        // A `base` element sets the base for the links after it.
        var base = base
        for tag in HTMLTagScanner.startTags(in: html, named: ["link", "base"]) {
            if tag.name == "base", let href = tag.attributes["href"] {
                base = URLResolver.resolve(href, against: base)
                continue
            }
            let rel = (tag.attributes["rel"] ?? "").lowercased().split(separator: " ")
            let type = (tag.attributes["type"] ?? "").lowercased().trimmingWhitespace()
            guard rel.contains("alternate"), feedTypes.contains(type), let href = tag.attributes["href"], !href.isEmpty
            else { continue }
            let resolved = URLResolver.resolve(href, against: base)
            if !feeds.contains(where: { $0.url == resolved }) { feeds.append((resolved, tag.attributes["title"])) }
        }
        return feeds
    }

    static func notAFeedError(_ html: String, documentURL: String?) -> FeedParseError {
        let feeds = rankedFeeds(in: html, page: documentURL)
        var message = "this is an HTML page, not a feed"
        if let first = feeds.first {
            message += "; the page advertises a feed at \(first)"
            if feeds.count > 1 { message += " (and \(feeds.count - 1) more)" }
        } else {
            message += ", and it advertises no feed"
        }
        return FeedParseError(.htmlPage, message, advertisedFeeds: feeds)
    }
}
