/// One feed the user subscribes to, as the OPML lists it.
public struct Subscription: Sendable, Codable, Hashable {
    /// An absolute `http(s):` or `file:` URL.
    public var url: String
    /// The outline's `title` or `text`.
    public var title: String?
    /// The site's home page (`htmlUrl`).
    public var siteURL: String?
    /// Tags every article of this feed gets: the slugified folders above the outline and its
    /// `category` attribute.
    public var tags: [String]
    /// A ranking among outlets carrying the same story (OPML `priority`; higher wins).
    public var priority: Int

    public init(url: String, title: String? = nil, siteURL: String? = nil, tags: [String] = [], priority: Int = 0) {
        self.url = url
        self.title = title
        self.siteURL = siteURL
        self.tags = tags
        self.priority = priority
    }

    /// The same feed listed again elsewhere in the OPML: its tags join these, the higher priority
    /// counts, and a title or site the first listing lacks is taken from it.
    public mutating func merge(_ other: Subscription) {
        for tag in other.tags where !tags.contains(tag) { tags.append(tag) }
        priority = max(priority, other.priority)
        title = title ?? other.title
        siteURL = siteURL ?? other.siteURL
    }
}
