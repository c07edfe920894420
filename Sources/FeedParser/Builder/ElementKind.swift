/// What a feed element means, decided once per distinct name in a document.
enum ElementKind: UInt8 {
    // Structure
    case rssRoot, rdfRoot, atomFeed, htmlRoot
    case channel, item, entry, image, textInput, author, contributor, source, mediaGroup
    // RSS and RDF
    case title, link, description, guid, pubDate, rssAuthor, category, comments, enclosure, ttl, language
    case copyright, managingEditor, lastBuildDate, generator, url, rssSourceTitle
    // Atom
    case id, subtitle, atomLink, summary, content, published, updated, issued, modified, name, email, uri
    case atomCategory, rights, icon, logo
    // Other vocabularies
    case contentEncoded, dcCreator, dcDate, dcSubject, dcLanguage, dcRights, dcTitle, dcDescription, dcContributor
    case dctermsIssued, dctermsModified, itunesAuthor, itunesSummary, itunesSubtitle, itunesTitle, itunesImage
    case itunesCategory, googlePlayDescription, xhtmlBody
    case mediaContent, mediaThumbnail, mediaDescription, mediaTitle, commentRSS, origLink
    case updatePeriod, updateFrequency
    case unknown

    /// The meaning of `localName` in `vocabulary`.
    /// `atomByDefault` reads namespace-less names as Atom, for Atom documents that forgot their namespace.
    static func of(_ vocabulary: Vocabulary, _ localName: String, atomByDefault: Bool) -> ElementKind {
        switch vocabulary {
        case .plain where atomByDefault:
            return atom[localName] ?? plain[localName] ?? .unknown
        case .plain, .rss10, .rss090:
            return plain[localName] ?? (vocabulary == .plain ? atom[localName] : nil) ?? .unknown
        case .atom10, .atom03: return atom[localName] ?? .unknown
        case .rdf: return localName == "RDF" ? .rdfRoot : .unknown
        case .content: return localName == "encoded" ? .contentEncoded : .unknown
        case .dc: return dc[localName] ?? .unknown
        case .dcterms:
            switch localName {
            case "issued", "created": return .dctermsIssued
            case "modified": return .dctermsModified
            default: return dc[localName] ?? .unknown
            }
        case .itunes: return itunes[localName] ?? .unknown
        case .media: return media[localName] ?? .unknown
        case .wfw: return localName == "commentRss" || localName == "commentRSS" ? .commentRSS : .unknown
        case .feedburner: return localName == "origLink" ? .origLink : .unknown
        case .syndication:
            return localName == "updatePeriod"
                ? .updatePeriod : localName == "updateFrequency" ? .updateFrequency : .unknown
        case .googlePlay: return localName == "description" ? .googlePlayDescription : .unknown
        case .xhtml: return localName == "html" ? .htmlRoot : localName == "body" ? .xhtmlBody : .unknown
        case .slash, .xml, .other: return .unknown
        }
    }

    private static let plain: [String: ElementKind] = [
        "rss": .rssRoot, "channel": .channel, "item": .item, "image": .image, "textinput": .textInput,
        "textInput": .textInput, "title": .title, "link": .link, "description": .description, "guid": .guid,
        "pubDate": .pubDate, "pubdate": .pubDate, "author": .rssAuthor, "category": .category,
        "comments": .comments, "enclosure": .enclosure, "ttl": .ttl, "language": .language,
        "copyright": .copyright, "managingEditor": .managingEditor, "lastBuildDate": .lastBuildDate,
        "generator": .generator, "url": .url, "source": .source, "html": .htmlRoot, "HTML": .htmlRoot,
    ]

    private static let atom: [String: ElementKind] = [
        "feed": .atomFeed, "entry": .entry, "id": .id, "title": .title, "subtitle": .subtitle,
        "tagline": .subtitle, "link": .atomLink, "summary": .summary, "content": .content,
        "published": .published, "updated": .updated, "issued": .issued, "modified": .modified,
        "created": .issued, "author": .author, "contributor": .contributor, "name": .name, "email": .email,
        "uri": .uri, "url": .uri, "category": .atomCategory, "rights": .rights, "copyright": .rights,
        "generator": .generator, "icon": .icon, "logo": .logo, "source": .source, "info": .unknown,
        // RSS's enclosure written into an Atom entry, as WordPress 2's Atom 0.3 did.
        "enclosure": .enclosure,
    ]

    private static let dc: [String: ElementKind] = [
        "creator": .dcCreator, "date": .dcDate, "subject": .dcSubject, "language": .dcLanguage, "rights": .dcRights,
        "title": .dcTitle, "description": .dcDescription, "contributor": .dcContributor,
    ]

    private static let itunes: [String: ElementKind] = [
        "author": .itunesAuthor, "summary": .itunesSummary, "subtitle": .itunesSubtitle, "title": .itunesTitle,
        "image": .itunesImage, "category": .itunesCategory,
    ]

    private static let media: [String: ElementKind] = [
        "content": .mediaContent, "thumbnail": .mediaThumbnail, "description": .mediaDescription,
        "title": .mediaTitle, "group": .mediaGroup,
    ]
}
