import FeedModel
import FeedText
import Foundation

/// Atom 1.0 (RFC 4287), with the merge extensions: a category per tag, `atom:source` naming the
/// origin feed, and a `related` link per other outlet.
struct AtomDocument {
    let definition: OutputDefinition
    let stories: [StoryPresentation]
    let topicTitles: [String: String]
    let feedID: String
    let updated: Date

    func render() -> Data {
        // Room for everything at once: 50,000 entries are not copied at each doubling.
        var xml = OutputBuffer(capacity: StoryPresentation.estimatedSize(of: stories, escaping: true))
        xml += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <id>\(XMLEscaping.text(feedID))</id>\n"
        xml += "  <title type=\"text\">\(XMLEscaping.text(definition.title))</title>\n"
        xml += "  <updated>\(InternetDate.rfc3339(updated))</updated>\n"
        if let url = definition.url {
            xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(XMLEscaping.attribute(url))\"/>\n"
        }
        xml += "  <author><name>feedmerge</name></author>\n"
        xml += "  <generator>feedmerge</generator>\n"
        for story in stories { xml += entry(story) }
        xml += "</feed>\n"
        return xml.data
    }

    private func entry(_ item: StoryPresentation) -> String {
        let story = item.story
        let primary = story.primary
        var xml = "  <entry"
        if let language = item.article.language, Self.isLanguageTag(language) {
            xml += " xml:lang=\"\(XMLEscaping.attribute(language))\""
        }
        xml += ">\n"
        xml += "    <id>\(XMLEscaping.text(story.id))</id>\n"
        xml += "    <title type=\"text\">\(XMLEscaping.text(item.title))</title>\n"
        if let link = item.link {
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(XMLEscaping.attribute(link))\"/>\n"
        }
        for also in item.alsoLinks {
            guard let url = also.url else { continue }
            xml +=
                "    <link rel=\"related\" href=\"\(XMLEscaping.attribute(url))\" title=\"\(XMLEscaping.attribute(also.outlet))\"/>\n"
        }
        for enclosure in item.enclosures {
            xml += "    <link rel=\"enclosure\" type=\"\(XMLEscaping.attribute(enclosure.mediaType))\""
            if let length = enclosure.length { xml += " length=\"\(length)\"" }
            xml += " href=\"\(XMLEscaping.attribute(enclosure.url))\"/>\n"
        }
        xml += "    <published>\(InternetDate.rfc3339(item.published))</published>\n"
        xml += "    <updated>\(InternetDate.rfc3339(item.updated))</updated>\n"
        for author in item.authors {
            xml += "    <author><name>\(XMLEscaping.text(author))</name></author>\n"
        }
        for tag in story.tags {
            xml += "    <category term=\"\(XMLEscaping.attribute(tag))\""
            if let label = topicTitles[tag] { xml += " label=\"\(XMLEscaping.attribute(label))\"" }
            xml += "/>\n"
        }
        if let summary = item.summaryText {
            xml += "    <summary type=\"text\">\(XMLEscaping.text(summary))</summary>\n"
        }
        if let html = item.contentHTML {
            xml += "    <content type=\"html\">\(XMLEscaping.text(html))</content>\n"
        } else if item.link == nil {
            // An entry with no alternate link must have content (RFC 4287, 4.1.2): an item the
            // feed gave no link, or none a reader should follow, and only a summary.
            xml += "    <content type=\"text\">\(XMLEscaping.text(item.summaryText ?? item.title))</content>\n"
        }
        xml += "    <source>\n"
        // A feed read from a local file is named by its site, and has no address to link.
        if let id = primary.publicFeedURL ?? item.siteURL {
            xml += "      <id>\(XMLEscaping.text(id))</id>\n"
        }
        xml += "      <title type=\"text\">\(XMLEscaping.text(primary.outletName))</title>\n"
        if let feedURL = primary.publicFeedURL {
            xml += "      <link rel=\"self\" href=\"\(XMLEscaping.attribute(feedURL))\"/>\n"
        }
        if let site = item.siteURL {
            xml += "      <link rel=\"alternate\" href=\"\(XMLEscaping.attribute(site))\"/>\n"
        }
        if item.authors.isEmpty {
            xml += "      <author><name>\(XMLEscaping.text(primary.outletName))</name></author>\n"
        }
        xml += "    </source>\n"
        xml += "  </entry>\n"
        return xml
    }

    /// BCP 47-shaped, so that `xml:lang` stays valid.
    static func isLanguageTag(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 35 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    }
}
