/// The XML vocabularies feeds mix, recognized by namespace URI, with the spelling variants
/// real feeds use (http/https, missing or extra trailing `/` or `#`, upper case).
enum Vocabulary: UInt8 {
    /// No namespace: RSS 0.9x/2.0 elements (and Atom without its namespace).
    case plain
    case atom10, atom03, rdf, rss10, rss090, content, dc, dcterms, itunes, media, slash, wfw, xhtml, xml
    case feedburner, syndication, googlePlay, other

    init(uri: String?, prefix: String?) {
        guard let uri, !uri.isEmpty else {
            // An undeclared prefix arrives without a URI: trust the conventional prefix.
            self = prefix.flatMap { Vocabulary.byPrefix[$0.lowercased()] } ?? (prefix == nil ? .plain : .other)
            return
        }
        var key = uri.lowercased()
        if key.hasPrefix("https://") { key = "http://" + key.dropFirst(8) }
        while key.hasSuffix("/") || key.hasSuffix("#") { key.removeLast() }
        self = Vocabulary.byURI[key] ?? .other
    }

    private static let byURI: [String: Vocabulary] = [
        "http://www.w3.org/2005/atom": .atom10,
        "http://purl.org/atom/ns": .atom03,
        "http://www.w3.org/1999/02/22-rdf-syntax-ns": .rdf,
        "http://purl.org/rss/1.0": .rss10,
        "http://my.netscape.com/rdf/simple/0.9": .rss090,
        "http://purl.org/rss/1.0/modules/content": .content,
        "http://purl.org/dc/elements/1.1": .dc,
        "http://purl.org/dc/elements/1.0": .dc,
        "http://purl.org/dc/terms": .dcterms,
        "http://www.itunes.com/dtds/podcast-1.0.dtd": .itunes,
        "http://www.itunes.com/dtds/podcast-1.0.dtd/": .itunes,
        "http://search.yahoo.com/mrss": .media,
        "http://search.yahoo.com/rss": .media,
        "http://tools.search.yahoo.com/mrss": .media,
        "http://video.search.yahoo.com/mrss": .media,
        "http://purl.org/rss/1.0/modules/slash": .slash,
        "http://wellformedweb.org/commentapi": .wfw,
        "http://www.w3.org/1999/xhtml": .xhtml,
        "http://www.w3.org/xml/1998/namespace": .xml,
        "http://rssnamespace.org/feedburner/ext/1.0": .feedburner,
        "http://purl.org/rss/1.0/modules/syndication": .syndication,
        "http://www.google.com/schemas/play-podcasts/1.0": .googlePlay,
        "http://backend.userland.com/rss2": .plain,
        "http://backend.userland.com/rss": .plain,
        "http://blogs.law.harvard.edu/tech/rss": .plain,
        "http://purl.org/net/rss1.1": .rss10,
    ]

    private static let byPrefix: [String: Vocabulary] = [
        "atom": .atom10, "rdf": .rdf, "content": .content, "dc": .dc, "dcterms": .dcterms, "itunes": .itunes,
        "media": .media, "slash": .slash, "wfw": .wfw, "xhtml": .xhtml, "feedburner": .feedburner,
        "sy": .syndication, "googleplay": .googlePlay,
    ]
}
