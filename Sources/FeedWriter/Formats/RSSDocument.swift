import FeedModel
import FeedText
import Foundation

/// RSS 2.0 following the RSS Advisory Board's profile, with `category` per tag and `source`
/// naming the origin feed.
struct RSSDocument {
    let definition: OutputDefinition
    let stories: [StoryPresentation]
    let updated: Date
    let homePage: String

    func render() -> Data {
        var xml = OutputBuffer(capacity: StoryPresentation.estimatedSize(of: stories, escaping: true))
        xml += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        xml +=
            "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        xml += "  <channel>\n"
        xml += "    <title>\(XMLEscaping.text(definition.title))</title>\n"
        xml += "    <link>\(XMLEscaping.text(homePage))</link>\n"
        xml += "    <description>\(XMLEscaping.text(definition.title)), merged by feedmerge</description>\n"
        if let url = definition.url {
            xml += "    <atom:link rel=\"self\" type=\"application/rss+xml\" href=\"\(XMLEscaping.attribute(url))\"/>\n"
        }
        xml += "    <lastBuildDate>\(InternetDate.rfc822(updated))</lastBuildDate>\n"
        xml += "    <generator>feedmerge</generator>\n"
        for story in stories { xml += item(story) }
        xml += "  </channel>\n</rss>\n"
        return xml.data
    }

    private func item(_ item: StoryPresentation) -> String {
        let story = item.story
        var xml = "    <item>\n"
        xml += "      <title>\(XMLEscaping.text(item.title))</title>\n"
        if let link = item.link { xml += "      <link>\(XMLEscaping.text(link))</link>\n" }
        if let html = item.contentHTML ?? item.summaryText.map({ "<p>" + XMLEscaping.text($0) + "</p>" }) {
            xml += "      <description>\(XMLEscaping.text(html + alsoHTML(item)))</description>\n"
        }
        // One enclosure: the RSS Advisory Board's profile advises no more, as readers differ on
        // whether an item may have several. The audio or video before an image (a podcast app
        // wants the episode, whatever the feed listed first); a length the feed did not give is
        // 0, as the profile advises.
        if let enclosure = item.enclosures.first(where: \.isPlayable) ?? item.enclosures.first {
            xml +=
                "      <enclosure url=\"\(XMLEscaping.attribute(enclosure.url))\" length=\"\(enclosure.length ?? 0)\""
            xml += " type=\"\(XMLEscaping.attribute(enclosure.mediaType))\"/>\n"
        }
        xml += "      <guid isPermaLink=\"false\">\(XMLEscaping.text(story.id))</guid>\n"
        xml += "      <pubDate>\(InternetDate.rfc822(item.published))</pubDate>\n"
        for author in item.authors {
            xml += "      <dc:creator>\(XMLEscaping.text(author))</dc:creator>\n"
        }
        for tag in story.tags {
            xml += "      <category>\(XMLEscaping.text(tag))</category>\n"
        }
        // `url` is required: a feed read from a local file gives its site's, or no `source`.
        if let url = story.primary.publicFeedURL ?? item.siteURL {
            xml += "      <source url=\"\(XMLEscaping.attribute(url))\">"
            xml += "\(XMLEscaping.text(story.primary.outletName))</source>\n"
        }
        xml += "    </item>\n"
        return xml
    }

    /// RSS has no element for related links: list the other outlets at the end of the text.
    private func alsoHTML(_ item: StoryPresentation) -> String {
        let links = item.alsoLinks.compactMap { also -> String? in
            guard let url = also.url else { return nil }
            return "<a href=\"\(XMLEscaping.attribute(url))\">\(XMLEscaping.text(also.outlet))</a>"
        }
        guard !links.isEmpty else { return "" }
        return "<p>Also reported by " + links.joined(separator: ", ") + ".</p>"
    }
}
