import FeedModel
import FeedText
import Foundation

/// A story's fields in the forms the output formats want: plain-text title, sanitized HTML, dates.
struct StoryPresentation {
    let story: Story
    let article: Article
    let title: String
    let link: String?
    /// Sanitized HTML of the fullest body.
    let contentHTML: String?
    /// Plain-text summary, when the feed gave one distinct from the body.
    let summaryText: String?
    let published: Date
    let updated: Date
    let authors: [String]

    init(_ story: Story) {
        self.story = story
        let primary = story.primary
        article = primary.article
        link = article.link
        title = StoryPresentation.plain(article.title, article.titleType) ?? StoryPresentation.untitled(article)
        // The text is the fullest copy's (cleaned of its outlet's boilerplate), which need not
        // be the source's; relative links in it resolve against that copy's page.
        let text = story.textSource.article
        let base = text.link ?? story.textSource.feedURL
        if let content = text.content {
            contentHTML = StoryPresentation.html(content, text.contentType, base: base)
        } else {
            contentHTML = nil
        }
        if let summary = text.summary, summary != text.content {
            summaryText = StoryPresentation.plain(summary, text.summaryType)
        } else {
            summaryText = nil
        }
        published = story.date
        updated = max(article.updated ?? story.date, story.date)
        authors = article.authors.compactMap { $0.name ?? $0.email }
    }

    static func plain(_ value: String?, _ type: TextType?) -> String? {
        guard let value else { return nil }
        let text = type == .text || type == nil ? value : HTMLText.plainText(fromHTML: value)
        let collapsed = HTMLText.collapseWhitespace(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    static func html(_ value: String, _ type: TextType?, base: String?) -> String {
        switch type {
        case .text?, nil:
            return value.split(separator: "\n", omittingEmptySubsequences: true)
                .map { "<p>" + XMLEscaping.text(String($0)) + "</p>" }.joined()
        case .html?, .xhtml?:
            return HTMLSanitizer.sanitize(value, base: base)
        }
    }

    private static func untitled(_ article: Article) -> String {
        if let summary = plain(article.summary ?? article.content, article.summaryType ?? article.contentType) {
            let words = summary.split(separator: " ").prefix(12).joined(separator: " ")
            return words + (summary.count > words.count ? "…" : "")
        }
        return article.link ?? "Untitled"
    }

    /// Every outlet name of the story's other copies, with their links.
    var alsoLinks: [(url: String?, title: String?, outlet: String)] {
        story.also.map { member in
            (
                member.article.link, StoryPresentation.plain(member.article.title, member.article.titleType),
                member.outletName
            )
        }
    }
}
