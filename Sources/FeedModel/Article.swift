public import Foundation

/// One entry of a feed, normalized across RSS, Atom and JSON Feed.
///
/// Fields the feed left out stay `nil` (or empty), so that writers and the `parse --json`
/// contract can omit them rather than invent values.
public struct Article: Sendable, Codable, Hashable {
    /// The entry's own identity (guid, atom:id, rdf:about, JSON Feed id), verbatim.
    public var id: String?
    public var title: String?
    public var titleType: TextType?
    /// The first alternate link.
    public var link: String?
    public var links: [Link]
    public var summary: String?
    public var summaryType: TextType?
    /// The fullest body the feed gave.
    public var content: String?
    public var contentType: TextType?
    public var published: Date?
    /// A publication date as given when it could not be read.
    public var publishedRaw: String?
    public var updated: Date?
    public var updatedRaw: String?
    /// The `xml:lang` (or feed language) in effect for the entry.
    public var language: String?
    public var rights: String?
    public var rightsType: TextType?
    public var authors: [Author]
    public var contributors: [Author]
    public var categories: [Category]
    public var enclosures: [Enclosure]
    /// The URL of the entry's comments page.
    public var comments: String?
    public var source: ArticleSource?

    public init(
        id: String? = nil, title: String? = nil, titleType: TextType? = nil, link: String? = nil,
        links: [Link] = [], summary: String? = nil, summaryType: TextType? = nil, content: String? = nil,
        contentType: TextType? = nil, published: Date? = nil, publishedRaw: String? = nil, updated: Date? = nil,
        updatedRaw: String? = nil, language: String? = nil, rights: String? = nil, rightsType: TextType? = nil,
        authors: [Author] = [], contributors: [Author] = [], categories: [Category] = [],
        enclosures: [Enclosure] = [], comments: String? = nil, source: ArticleSource? = nil
    ) {
        self.id = id
        self.title = title
        self.titleType = titleType
        self.link = link
        self.links = links
        self.summary = summary
        self.summaryType = summaryType
        self.content = content
        self.contentType = contentType
        self.published = published
        self.publishedRaw = publishedRaw
        self.updated = updated
        self.updatedRaw = updatedRaw
        self.language = language
        self.rights = rights
        self.rightsType = rightsType
        self.authors = authors
        self.contributors = contributors
        self.categories = categories
        self.enclosures = enclosures
        self.comments = comments
        self.source = source
    }

    /// The date readers sort by: publication, else last update.
    public var date: Date? { published ?? updated }
}
