public import Foundation

/// Where an article says it originally came from (Atom `source`, RSS `<source url>`).
public struct ArticleSource: Sendable, Codable, Hashable {
    public var title: String?
    public var link: String?
    public var id: String?
    /// The RSS `<source url="…">` attribute: the origin feed's URL.
    public var url: String?
    public var updated: Date?

    public init(
        title: String? = nil, link: String? = nil, id: String? = nil, url: String? = nil, updated: Date? = nil
    ) {
        self.title = title
        self.link = link
        self.id = id
        self.url = url
        self.updated = updated
    }

    public var isEmpty: Bool { title == nil && link == nil && id == nil && url == nil && updated == nil }

    /// The web address of the outlet the item came from: Atom's `source` link, else the RSS
    /// `source` URL (the channel's address by the specification; Google News gives the site).
    public var site: String? {
        [link, url].compactMap { $0 }.first { url in
            let lower = url.lowercased()
            return lower.hasPrefix("http://") || lower.hasPrefix("https://")
        }
    }
}
