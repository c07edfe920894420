import FeedModel
import FeedText
import Foundation

/// A story's fields in the forms the output formats want: plain-text title, sanitized HTML, dates.
///
/// A class so that the costly forms are made only when a format asks for them, and once: the
/// HTML page shows an excerpt and never needs the sanitized body.
final class StoryPresentation {
    let story: Story
    let article: Article
    private(set) lazy var title: String = StoryPresentation.shortened(wholeTitle)
    /// The title as the feed gave it, however long.
    private lazy var wholeTitle: String =
        StoryPresentation.line(article.title, article.titleType).map {
            StoryPresentation.withoutOutletName($0, story.primary.originName)
        } ?? StoryPresentation.untitled(article)
    /// A title cut short, when the story has no text of its own: the title's whole text stands
    /// for it, so that nothing the feed gave is lost.
    private var titleAsText: String? {
        textArticle.content == nil && title != wholeTitle ? wholeTitle : nil
    }
    /// The story's link, when it is one a reader may follow: a feed's `javascript:` or `data:`
    /// link is left out of every format, as it is out of republished HTML.
    let link: String?
    /// The source feed's site, on the same terms.
    let siteURL: String?
    /// Sanitized HTML of the fullest body.
    private(set) lazy var contentHTML: String? =
        textArticle.content.map {
            StoryPresentation.html($0, textArticle.contentType, base: textBase, continuedAt: link)
        } ?? titleAsText.map { "<p>" + XMLEscaping.text($0) + "</p>" }
    /// The fullest body as plain text, for excerpts (read from the source, not the sanitized HTML).
    private(set) lazy var contentText: String? =
        textArticle.content.flatMap {
            StoryPresentation.plain(StoryPresentation.opening($0), textArticle.contentType ?? .html)
        } ?? titleAsText
    private let textArticle: Article
    private let textBase: String?
    /// Plain-text summary, when the feed gave one distinct from the body.
    private(set) lazy var summaryText: String? = {
        guard let summary = textArticle.summary, summary != textArticle.content else { return nil }
        return StoryPresentation.plain(summary, textArticle.summaryType).map { text in
            let head = StoryPresentation.cut(text)
            return head.utf8.count < text.utf8.count ? head + " […]" : text
        }
    }()
    let published: Date
    let updated: Date
    let authors: [String]
    /// The media files the story republishes (audio, video, images).
    let enclosures: [PublishedEnclosure]

    init(_ story: Story) {
        self.story = story
        let primary = story.primary
        article = primary.article
        link = article.link.flatMap(StoryPresentation.followable)
        siteURL = primary.outletSiteURL.flatMap(StoryPresentation.followable)
        // The text is the fullest copy's (cleaned of its outlet's boilerplate), which need not
        // be the source's; relative links in it resolve against that copy's page.
        let text = story.textSource.article
        textArticle = text
        textBase =
            text.link.flatMap(StoryPresentation.followable) ?? story.textSource.publicFeedURL
            ?? story.textSource.feedSiteURL.flatMap(StoryPresentation.followable)
        published = story.date
        updated = max(article.updated ?? story.date, story.date)
        authors = article.authors.compactMap { $0.name ?? $0.email }
        enclosures = PublishedEnclosure.of(story)
    }

    /// Makes the costly forms a format needs (sanitized HTML, or the body's text) for many
    /// stories at once, on every core: each story's forms are its own, so threads never share
    /// one. Small outputs are left to make them as they go.
    static func prepare(_ items: [StoryPresentation], for format: OutputFormat) {
        guard items.count >= 1000 else { return }
        // Each index is one thread's, and each presentation appears once (a list could name a
        // story twice): no presentation is touched by two threads at once.
        var seen = Set<ObjectIdentifier>()
        nonisolated(unsafe) let shared = items.filter { seen.insert(ObjectIdentifier($0)).inserted }
        DispatchQueue.concurrentPerform(iterations: shared.count) { index in
            let item = shared[index]
            _ = item.title
            _ = item.summaryText
            _ = item.alsoLinks
            switch format {
            case .html: _ = item.contentText
            case .atom, .rss, .json: _ = item.contentHTML
            }
        }
    }

    /// About how many bytes an output of `stories` takes, to reserve them at once.
    static func estimatedSize(of stories: [StoryPresentation], escaping: Bool) -> Int {
        stories.reduce(4096) { total, item in
            let text = (item.textArticle.content?.utf8.count ?? 0) + (item.summaryText?.utf8.count ?? 0)
            return total + 1024 + (escaping ? text * 5 / 4 : text)
        }
    }

    /// The first few thousand bytes of a body, cut before a tag: enough for an excerpt of 60
    /// words without reading a long article to its end.
    static func opening(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > 4096 else { return text }
        let limit = utf8.index(utf8.startIndex, offsetBy: 4096)
        guard let cut = utf8[limit...].firstIndex(of: 0x3C) else { return text }
        return String(text[..<cut])
    }

    static func plain(_ value: String?, _ type: TextType?) -> String? {
        guard let value else { return nil }
        let text = type == .text || type == nil ? value : HTMLText.plainText(fromHTML: value)
        let collapsed = HTMLText.collapseWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// `plain` on one line, as a title is shown: a feed's title wrapped across lines, or an
    /// untitled item's opening words taken from paragraphs, would show its breaks in a reader's
    /// list of items.
    static func line(_ value: String?, _ type: TextType?) -> String? {
        HTMLText.shownLine(value, isHTML: type?.isMarkup == true)
    }

    static func html(_ value: String, _ type: TextType?, base: String?, continuedAt link: String? = nil) -> String {
        switch type {
        case .text?, nil:
            var html = ""
            for line in value.split(separator: "\n", omittingEmptySubsequences: true) {
                let paragraph = XMLEscaping.text(String(line))
                let room = longestBody - html.utf8.count - 7
                guard paragraph.utf8.count <= room else {
                    if room > 0 { html += "<p>" + StoryPresentation.cut(paragraph, to: room) + "</p>" }
                    return html + continuation(link)
                }
                html += "<p>" + paragraph + "</p>"
            }
            return html
        case .html?, .xhtml?:
            let (html, isCut) = HTMLSanitizer.sanitize(value, base: base, limit: longestBody)
            return isCut ? html + continuation(link) : html
        }
    }

    /// The most bytes of a story's body an output republishes. A long read is 100–200 KB of
    /// HTML; a feed may give megabytes in one item (a whole book, a data dump, a hostile one),
    /// and every output that holds the story would carry it, to every reader at every poll.
    static let longestBody = 512 << 10

    /// `text` up to its last white space within `limit` bytes (a character's end, where it has
    /// none near it), or whole when shorter; an escaped character (`&amp;`) is not cut in two.
    static func cut(_ text: String, to limit: Int = longestBody) -> String {
        guard text.utf8.count > limit else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: max(0, limit))
        while end > text.startIndex, text.utf8[end] & 0xC0 == 0x80 {
            end = text.utf8.index(before: end)
        }
        var head = text[..<end]
        if let space = head.lastIndex(where: \.isWhitespace), head.utf8.distance(from: space, to: head.endIndex) < 64 {
            head = head[..<space]
        }
        if let ampersand = head.suffix(12).lastIndex(of: "&"), !head[ampersand...].contains(";") {
            head = head[..<ampersand]
        }
        return String(head)
    }

    /// What follows a body cut at `longestBody`: where the rest is.
    private static func continuation(_ link: String?) -> String {
        guard let link else { return "<p>[…] The rest is left out here: it is too long to republish.</p>" }
        return "<p>[…] <a href=\"\(XMLEscaping.attribute(link))\">The rest is at the source.</a></p>"
    }

    /// Titles longer than this many characters are cut: some feeds give a post's whole text as
    /// its title (a chat channel's or a social network's bridge, a forum), and a reader's list of
    /// items, or the page's heading, would hold all of it. A headline is far shorter; a post of a
    /// social network's 280 characters stays whole.
    static let longestTitle = 300

    /// `title`, cut after its last whole word within `longestTitle` characters and marked so.
    static func shortened(_ title: String) -> String {
        guard title.utf8.count > longestTitle, title.count > longestTitle else { return title }
        let head = title.prefix(longestTitle)
        let words = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return words.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
    }

    private static func untitled(_ article: Article) -> String {
        if let summary = line(article.summary ?? article.content, article.summaryType ?? article.contentType) {
            let words = summary.split(separator: " ").prefix(12).joined(separator: " ")
            return words + (summary.count > words.count ? "…" : "")
        }
        return article.link ?? "Untitled"
    }

    /// The other outlets that carried the story, each once with its copy's link (when a reader
    /// may follow it). The story's own outlet's other feeds (its other sections, its Atom and
    /// its RSS feed) are not other outlets, and are left out.
    private(set) lazy var alsoLinks: [(url: String?, title: String?, outlet: String)] = {
        guard !story.also.isEmpty else { return [] }
        var outlets: Set<String> = [story.primary.outletKey]
        return story.also.compactMap { member in
            guard outlets.insert(member.outletKey).inserted else { return nil }
            return (
                member.article.link.flatMap(StoryPresentation.followable),
                StoryPresentation.line(member.article.title, member.article.titleType).map {
                    StoryPresentation.shortened(StoryPresentation.withoutOutletName($0, member.originName))
                }, member.outletName
            )
        }
    }()

    /// `title` without the outlet's name an aggregator appends to it (Google News' `Kosovo police
    /// close … - Reuters`), when the item names that outlet as its source: the outputs name the
    /// outlet apart.
    static func withoutOutletName(_ title: String, _ outlet: String?) -> String {
        guard let outlet, title.count > outlet.count + 3 else { return title }
        for separator in [" - ", " – ", " — ", " | "] where title.hasSuffix(separator + outlet) {
            return String(title.dropLast(separator.count + outlet.count)).trimmingCharacters(in: .whitespaces)
        }
        return title
    }

    /// `url` when a reader may follow it (http, https, mailto, or relative), else nil; without
    /// the outlet's tracking parameters, and not through a click-counting redirect.
    static func followable(_ url: String) -> String? {
        // A click-counting redirect (Google Alerts' `google.com/url?…&url=…`) leads to its target.
        let url = TrackingRedirect.target(of: url) ?? url
        return HTMLSanitizer.isSafeURL(url) ? PublishedURL.escaped(TrackingParameters.removed(from: url)) : nil
    }
}
