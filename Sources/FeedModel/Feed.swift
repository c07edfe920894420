public import Foundation

/// The channel-level metadata of a feed.
public struct Feed: Sendable, Codable, Hashable {
    public var title: String?
    public var titleType: TextType?
    public var subtitle: String?
    public var subtitleType: TextType?
    /// The first alternate link: the site's home page.
    public var link: String?
    public var links: [Link]
    public var id: String?
    public var language: String?
    public var rights: String?
    public var rightsType: TextType?
    /// The generator's name only (no version or URI).
    public var generator: String?
    /// A small square image (Atom `icon`, JSON Feed `favicon`).
    public var icon: String?
    /// A logo (RSS `image/url`, Atom `logo`, JSON Feed `icon`).
    public var image: String?
    public var updated: Date?
    public var updatedRaw: String?
    public var published: Date?
    public var publishedRaw: String?
    public var authors: [Author]
    public var contributors: [Author]
    public var categories: [Category]
    /// RSS `ttl`: minutes the publisher asks readers to cache the feed.
    public var ttl: Int?
    /// How often the publisher says the feed changes, in seconds (`sy:updatePeriod` divided by
    /// `sy:updateFrequency`).
    public var updateInterval: Double?

    public init(
        title: String? = nil, titleType: TextType? = nil, subtitle: String? = nil, subtitleType: TextType? = nil,
        link: String? = nil, links: [Link] = [], id: String? = nil, language: String? = nil, rights: String? = nil,
        rightsType: TextType? = nil, generator: String? = nil, icon: String? = nil, image: String? = nil,
        updated: Date? = nil, updatedRaw: String? = nil, published: Date? = nil, publishedRaw: String? = nil,
        authors: [Author] = [], contributors: [Author] = [], categories: [Category] = [], ttl: Int? = nil
    ) {
        self.title = title
        self.titleType = titleType
        self.subtitle = subtitle
        self.subtitleType = subtitleType
        self.link = link
        self.links = links
        self.id = id
        self.language = language
        self.rights = rights
        self.rightsType = rightsType
        self.generator = generator
        self.icon = icon
        self.image = image
        self.updated = updated
        self.updatedRaw = updatedRaw
        self.published = published
        self.publishedRaw = publishedRaw
        self.authors = authors
        self.contributors = contributors
        self.categories = categories
        self.ttl = ttl
    }
}
