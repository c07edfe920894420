import FeedModel
import FeedText
import Foundation

/// A static, self-contained "river of news" page: stories grouped by day, each with its source,
/// time, tags and the other outlets that carried it. No JavaScript; dark mode follows the reader's
/// system preference.
struct HTMLPage {
    let definition: OutputDefinition
    let stories: [StoryPresentation]
    let topicTitles: [String: String]
    /// Tag id → relative URL of an output that shows that tag.
    let tagPages: [String: String]
    let updated: Date
    /// The database's names for the page's zone's times, read once a page.
    private let zoneNames: ZoneAbbreviations?

    init(
        definition: OutputDefinition, stories: [StoryPresentation], topicTitles: [String: String],
        tagPages: [String: String], updated: Date
    ) {
        self.definition = definition
        self.stories = stories
        self.topicTitles = topicTitles
        self.tagPages = tagPages
        self.updated = updated
        zoneNames = definition.timeZone.flatMap { ZoneAbbreviations(identifier: $0.identifier) }
    }

    func render() -> Data {
        var html = OutputBuffer(capacity: 8192 + stories.count * 1200)
        html += """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="generator" content="feedmerge">
            <title>\(XMLEscaping.text(definition.title))</title>
            <style>\(HTMLPage.style)</style>
            </head>
            <body>
            <header>
            <h1>\(XMLEscaping.text(definition.title))</h1>
            <p class="lede">\(stories.count) \(stories.count == 1 ? "story" : "stories"), updated <time datetime="\(InternetDate.rfc3339(updated))">\(longDate(updated)) \(clock(updated))</time></p>
            </header>
            <main>

            """
        var currentDay: String?
        // Each tag's link from this page, worked out once a page (a river of a thousand stories
        // links the same few topic pages again and again).
        var tagLinks: [String: String] = [:]
        for story in stories {
            let day = InternetDate.day(local(story.published))
            if day != currentDay {
                if currentDay != nil { html += "</section>\n" }
                currentDay = day
                html +=
                    "<section aria-labelledby=\"day-\(day)\">\n<h2 id=\"day-\(day)\">\(longDate(story.published))</h2>\n"
            }
            html += article(story, tagLinks: &tagLinks)
        }
        if currentDay != nil { html += "</section>\n" }
        if stories.isEmpty { html += "<p class=\"empty\">No stories yet.</p>\n" }
        html += "</main>\n<footer><p>Merged by feedmerge.</p></footer>\n</body>\n</html>\n"
        return html.data
    }

    private func article(_ item: StoryPresentation, tagLinks: inout [String: String]) -> String {
        let story = item.story
        // The feed's language on its title and excerpt (not on the page's own words around them),
        // so that a screen reader reads a Ukrainian story with a Ukrainian voice.
        var lang = ""
        if let language = item.article.language, AtomDocument.isLanguageTag(language), language.lowercased() != "en" {
            lang = " lang=\"\(XMLEscaping.attribute(language))\""
        }
        // Titles, excerpts and outlets' names are the feeds' words, in any script: each takes its
        // direction from its own text (an Arabic title reads right to left) and none turns the
        // page's words around it (a name ending in Hebrew, or holding a stray U+202E, would
        // otherwise reverse the time after it).
        var html = "<article>\n<h3 dir=\"auto\"\(lang)>"
        if let link = item.link, HTMLSanitizer.isSafeURL(link) {
            html += "<a href=\"\(XMLEscaping.attribute(link))\">\(XMLEscaping.text(item.title))</a>"
        } else {
            html += XMLEscaping.text(item.title)
        }
        html +=
            "</h3>\n<p class=\"meta\"><span class=\"source\"><bdi>\(XMLEscaping.text(story.primary.outletName))</bdi></span>"
        html +=
            " · <time datetime=\"\(InternetDate.rfc3339(item.published))\">\(clock(item.published))</time></p>\n"
        if let excerpt = excerpt(item) {
            html += "<p class=\"excerpt\" dir=\"auto\"\(lang)>\(XMLEscaping.text(excerpt))</p>\n"
        }
        // A podcast's episode or a video, linked (not embedded: the page loads nothing from
        // the outlets).
        if let media = item.enclosures.first(where: \.isPlayable) {
            let verb = media.mediaType.hasPrefix("audio/") ? "Listen" : "Watch"
            html += "<p class=\"media\"><a href=\"\(XMLEscaping.attribute(media.url))\">\(verb)</a>"
            for detail in HTMLPage.details(media) { html += " · " + XMLEscaping.text(detail) }
            html += "</p>\n"
        }
        if !story.tags.isEmpty {
            html += "<ul class=\"tags\" aria-label=\"Tags\">"
            for tag in story.tags {
                let label = XMLEscaping.text(topicTitles[tag] ?? tag)
                if let page = tagPages[tag], page != definition.path {
                    let link =
                        tagLinks[tag]
                        ?? XMLEscaping.attribute(HTMLPage.relativePath(to: page, from: definition.path))
                    tagLinks[tag] = link
                    html += "<li><a href=\"\(link)\">\(label)</a></li>"
                } else {
                    html += "<li>\(label)</li>"
                }
            }
            html += "</ul>\n"
        }
        let also = item.alsoLinks
        if !also.isEmpty {
            html += "<p class=\"also\">Also reported by "
            html += also.map { entry in
                if let url = entry.url, HTMLSanitizer.isSafeURL(url) {
                    return "<a href=\"\(XMLEscaping.attribute(url))\"><bdi>\(XMLEscaping.text(entry.outlet))</bdi></a>"
                }
                return "<bdi>\(XMLEscaping.text(entry.outlet))</bdi>"
            }.joined(separator: ", ")
            html += "</p>\n"
        }
        return html + "</article>\n"
    }

    /// What a reader wants to know of a media file before fetching it: its format and size.
    static func details(_ enclosure: PublishedEnclosure) -> [String] {
        var details: [String] = []
        let fileExtension = Enclosure.fileExtension(enclosure.url)
        if !fileExtension.isEmpty, fileExtension.utf8.allSatisfy({ $0 < 0x80 }) {
            details.append(fileExtension.uppercased())
        }
        if let length = enclosure.length {
            let megabytes = Double(length) / 1_000_000
            details.append(
                megabytes >= 10
                    ? "\(Int(megabytes.rounded())) MB"
                    : megabytes >= 0.1 ? String(format: "%.1f MB", megabytes) : "\(max(1, length / 1000)) kB")
        }
        return details
    }

    /// The summary, else the start of the body: at most 60 words, on one line. None when it says
    /// no more than the title above it (a feed that gives each item's title as its description
    /// too, or the title's first words with an ellipsis): the page would say each thing twice.
    private func excerpt(_ item: StoryPresentation) -> String? {
        guard let text = item.summaryText ?? item.contentText, !text.isEmpty else { return nil }
        guard let excerpt = HTMLPage.firstWords(of: text) else { return nil }
        let said = HTMLPage.comparable(excerpt)
        return HTMLPage.comparable(item.title).hasPrefix(said) ? nil : excerpt
    }

    /// `text` as a title and its excerpt are compared: in lower case, without the punctuation
    /// and ellipsis at its ends.
    private static func comparable(_ text: String) -> String {
        text.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    }

    /// The first 60 words of `text`, on one line.
    private static func firstWords(of text: String) -> String? {
        var words = 0
        var output: [UInt8] = []
        var inWord = false
        for byte in text.utf8 {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                inWord = false
                continue
            }
            if !inWord {
                if words == 60 {
                    output.append(contentsOf: " …".utf8)
                    break
                }
                if words > 0 { output.append(0x20) }
                words += 1
                inWord = true
            }
            output.append(byte)
        }
        return output.isEmpty ? nil : String(decoding: output, as: UTF8.self)
    }

    /// The link from the page at `origin` to the file at `target`, both absolute paths.
    static func relativePath(to target: String, from origin: String) -> String {
        // Not NSString.deletingLastPathComponent: Foundation traps on a one-character path
        // such as "-" (standard output).
        let from = origin.split(separator: "/").dropLast()
        let to = target.split(separator: "/")
        var common = 0
        while common < from.count && common < to.count - 1 && from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }

    /// `date` moved by the page's time zone's offset at that moment, so that its UTC calendar
    /// fields are the local ones.
    private func local(_ date: Date) -> Date {
        guard let zone = definition.timeZone else { return date }
        return date.addingTimeInterval(TimeInterval(zone.secondsFromGMT(for: date)))
    }

    func longDate(_ date: Date) -> String {
        let parts = InternetDate.components(local(date))
        return "\(HTMLPage.weekdays[parts.weekday]), \(parts.day) \(HTMLPage.months[parts.month - 1]) \(parts.year)"
    }

    /// The time of day and the zone it is in (`14:05 CEST`; `14:05 UTC` without a zone).
    func clock(_ date: Date) -> String {
        let parts = InternetDate.components(local(date))
        return String(format: "%02d:%02d ", parts.hour, parts.minute) + zoneName(at: date)
    }

    private func zoneName(at date: Date) -> String {
        // Foundation reads `UTC` as the zone `GMT`.
        guard let zone = definition.timeZone, zone.identifier != "GMT" else { return "UTC" }
        // The database's name (`CEST`), else Foundation's, which on Linux is the offset (`GMT+2`).
        return zoneNames?.name(at: date, isDaylight: zone.isDaylightSavingTime(for: date))
            ?? zone.abbreviation(for: date) ?? zone.identifier
    }

    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    static let style = """
        :root{--bg:#fff;--fg:#1a1a1a;--muted:#555;--accent:#0b57d0;--rule:#ddd;--chip:#eef2f8}
        @media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e8e8e8;--muted:#b0b0b0;--accent:#8ab4f8;--rule:#333;--chip:#23272e}}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
        a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
        header,main,footer{max-width:46rem;margin:0 auto;padding:0 1rem}
        h1{font-size:1.7rem;margin:1.5rem 0 .25rem}
        .lede,.meta,footer{color:var(--muted);font-size:.9rem}
        h2{font-size:1.05rem;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid var(--rule)}
        article{padding:.75rem 0;border-bottom:1px solid var(--rule)}
        h3{font-size:1.15rem;margin:0 0 .2rem;line-height:1.3}
        a{color:var(--accent)}
        h3 a{color:var(--fg);text-decoration:none}
        h3 a:hover,h3 a:focus{text-decoration:underline}
        .meta{margin:0 0 .35rem}
        .source{font-weight:600}
        .excerpt{margin:.25rem 0}
        .tags{list-style:none;margin:.35rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem}
        .tags li{background:var(--chip);border-radius:1rem;padding:.05rem .6rem;font-size:.8rem}
        .tags a{text-decoration:none}
        .also{font-size:.85rem;color:var(--muted);margin:.35rem 0 0}
        .media{font-size:.9rem;margin:.25rem 0}
        footer{padding:2rem 1rem}
        """
}
