/// The syndication format a document turned out to be, detected from its content.
public enum FeedFormat: String, Sendable, Codable, Hashable, CaseIterable {
    /// An `<rss>` document whose version is missing or unknown.
    case rss = "rss"
    case rss090 = "rss0.90"
    case rss091 = "rss0.91"
    case rss092 = "rss0.92"
    case rss093 = "rss0.93"
    case rss094 = "rss0.94"
    case rss20 = "rss2.0"
    /// RSS 1.0, the RDF flavour.
    case rss10 = "rss1.0"
    case atom03 = "atom0.3"
    case atom10 = "atom1.0"
    case jsonFeed10 = "jsonfeed1.0"
    case jsonFeed11 = "jsonfeed1.1"

    /// True for the Atom family.
    public var isAtom: Bool { self == .atom03 || self == .atom10 }
    /// True for JSON Feed.
    public var isJSON: Bool { self == .jsonFeed10 || self == .jsonFeed11 }
}
