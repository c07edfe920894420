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
        var feeds: [String] = []
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
            if !feeds.contains(resolved) { feeds.append(resolved) }
        }
        return feeds
    }

    static func notAFeedError(_ html: String, documentURL: String?) -> FeedParseError {
        let feeds = advertisedFeeds(in: html, base: documentURL)
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
