public import FeedModel
import FeedText
import Foundation

/// The JSON shape of `feedmerge parse --json` (docs/parse-json.md): one object per input.
public enum ParseReport {
    /// The report line for an input that parsed (possibly with recovered problems).
    public static func json(source: String, parsed: ParsedFeed) -> String {
        var object = JSONObjectBuilder()
        object.add("source", source)
        object.add("format", parsed.format.rawValue)
        object.add("bozo", parsed.bozo)
        if parsed.bozo { object.add("error", parsed.problems.map(\.description).joined(separator: "; ")) }
        object.add("encoding", parsed.encoding)
        object.add("feed", json: json(parsed.feed))
        object.add("entries", json: "[" + parsed.articles.map(json).joined(separator: ",") + "]")
        return object.json
    }

    /// The report line for an input that could not be read as a feed.
    public static func json(source: String, error: FeedParseError) -> String {
        var object = JSONObjectBuilder()
        object.add("source", source)
        object.add("bozo", true)
        object.add("error", error.description)
        if !error.advertisedFeeds.isEmpty { object.add("advertised_feeds", strings: error.advertisedFeeds) }
        return object.json
    }

    /// The `--stats` line for an input that parsed, with its entry count.
    public static func statsJSON(source: String, parsed: ParsedFeed, entries: Int) -> String {
        var object = JSONObjectBuilder()
        object.add("source", source)
        object.add("format", parsed.format.rawValue)
        object.add("bozo", parsed.bozo)
        object.add("entries", entries)
        return object.json
    }

    /// The `--stats` line for an input that could not be read.
    public static func statsJSON(source: String, error: FeedParseError) -> String {
        var object = JSONObjectBuilder()
        object.add("source", source)
        object.add("bozo", true)
        object.add("error", error.description)
        object.add("entries", 0)
        return object.json
    }

    static func json(_ feed: Feed) -> String {
        var object = JSONObjectBuilder()
        object.add("title", feed.title)
        object.add("title_type", feed.title == nil ? nil : feed.titleType?.rawValue)
        object.add("subtitle", feed.subtitle)
        object.add("subtitle_type", feed.subtitle == nil ? nil : feed.subtitleType?.rawValue)
        object.add("link", feed.link)
        object.add("links", jsonArray: feed.links.map(json))
        object.add("id", feed.id)
        object.add("language", feed.language)
        object.add("rights", feed.rights)
        object.add("rights_type", feed.rights == nil ? nil : feed.rightsType?.rawValue)
        object.add("generator", feed.generator)
        object.add("icon", feed.icon)
        object.add("image", feed.image)
        object.add("updated", feed.updated.map(InternetDate.rfc3339))
        object.add("updated_raw", feed.updatedRaw)
        object.add("published", feed.published.map(InternetDate.rfc3339))
        object.add("published_raw", feed.publishedRaw)
        object.add("authors", jsonArray: feed.authors.map(json))
        object.add("contributors", jsonArray: feed.contributors.map(json))
        object.add("categories", strings: feed.categories.map(\.term))
        object.add("tags", jsonArray: feed.categories.map(json))
        object.add("ttl", feed.ttl)
        return object.json
    }

    static func json(_ article: Article) -> String {
        var object = JSONObjectBuilder()
        object.add("id", article.id)
        object.add("title", article.title)
        object.add("title_type", article.title == nil ? nil : article.titleType?.rawValue)
        object.add("link", article.link)
        object.add("links", jsonArray: article.links.map(json))
        object.add("summary", article.summary)
        object.add("summary_type", article.summary == nil ? nil : article.summaryType?.rawValue)
        object.add("content", article.content)
        object.add("content_type", article.content == nil ? nil : article.contentType?.rawValue)
        object.add("published", article.published.map(InternetDate.rfc3339))
        object.add("published_raw", article.publishedRaw)
        object.add("updated", article.updated.map(InternetDate.rfc3339))
        object.add("updated_raw", article.updatedRaw)
        object.add("language", article.language)
        object.add("rights", article.rights)
        object.add("rights_type", article.rights == nil ? nil : article.rightsType?.rawValue)
        object.add("authors", jsonArray: article.authors.map(json))
        object.add("contributors", jsonArray: article.contributors.map(json))
        object.add("categories", strings: article.categories.map(\.term))
        object.add("tags", jsonArray: article.categories.map(json))
        object.add("enclosures", jsonArray: article.enclosures.map(json))
        object.add("comments", article.comments)
        if let source = article.source, !source.isEmpty {
            var origin = JSONObjectBuilder()
            origin.add("title", source.title)
            origin.add("link", source.link)
            origin.add("id", source.id)
            origin.add("url", source.url)
            origin.add("updated", source.updated.map(InternetDate.rfc3339))
            object.add("source", json: origin.json)
        }
        return object.json
    }

    static func json(_ link: Link) -> String {
        var object = JSONObjectBuilder()
        object.add("href", link.href)
        object.add("rel", link.rel)
        object.add("type", link.type)
        object.add("title", link.title)
        object.add("hreflang", link.hreflang)
        object.add("length", link.length)
        return object.json
    }

    static func json(_ author: Author) -> String {
        var object = JSONObjectBuilder()
        object.add("name", author.name)
        object.add("email", author.email)
        object.add("uri", author.uri)
        return object.json
    }

    static func json(_ category: Category) -> String {
        var object = JSONObjectBuilder()
        object.add("term", category.term)
        object.add("scheme", category.scheme)
        object.add("label", category.label)
        return object.json
    }

    static func json(_ enclosure: Enclosure) -> String {
        var object = JSONObjectBuilder()
        object.add("url", enclosure.url)
        object.add("type", enclosure.type)
        object.add("length", enclosure.length)
        return object.json
    }
}
