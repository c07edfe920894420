public import FeedModel
public import FeedText

/// An article's words by where they stand, since a term in the title or the summary says more
/// about what an article is about than one in the body.
///
/// The text is cleaned as for dedup and the outputs (what outlets add to every article, such as
/// "Get our free news app" or "Photo: …", and lines learned per feed, go). The text is the
/// fuller of the content and the summary, as dedup reads it; when the feed gives a summary
/// apart from it, that is the summary. Otherwise (most full-text RSS, or a summary that is
/// really the first paragraphs of the text) the lead stands for the summary: the first
/// paragraph, taken on to at least `leadMinimum` words and cut at `leadMaximum`. The rest is
/// body.
public struct ArticleText: Sendable {
    var title = FoldedText()
    var summary = FoldedText()
    var body = FoldedText()

    /// How many words the title, summary and body hold together.
    public var wordCount: Int { title.words.count + summary.words.count + body.words.count }

    static let leadMinimum = 8
    static let leadMaximum = 60

    /// Folds and cleans `article`.
    public init(_ article: Article, cleaner: TextCleaner = TextCleaner()) {
        var title = FoldedText()
        if let text = article.title {
            // A title without a type is text, as dedup reads it.
            ArticleText.fold(text, article.titleType ?? .text, into: &title)
        }
        var text = FoldedText()
        if let (fuller, type) = ArticleText.fuller(article) { ArticleText.fold(fuller, type, into: &text) }
        self.init(article, title: title, text: cleaner.clean(folded: text).text, cleaner: cleaner)
    }

    /// An article whose title and text (the fuller of its content and summary) are already folded
    /// and cleaned, by dedup (`Fingerprinter.Prepared`): only a separate summary is read here.
    public init(_ article: Article, title: FoldedText, text: FoldedText, cleaner: TextCleaner = TextCleaner()) {
        self.title = title
        if let (fuller, _) = ArticleText.fuller(article), let summaryText = article.summary, !summaryText.isEmpty,
            fuller != summaryText
        {
            var summary = FoldedText()
            ArticleText.fold(summaryText, article.summaryType, into: &summary)
            self.summary = cleaner.clean(folded: summary).text
            body = text
            return
        }
        var lead = text
        let length = ArticleText.leadLength(lead)
        if length < lead.words.count {
            body.append(contentsOf: lead, words: length..<lead.words.count)
            lead.truncate(toWordCount: length)
        }
        summary = lead
    }

    /// The fuller of the content and the summary (the content on a tie), as dedup chooses.
    static func fuller(_ article: Article) -> (String, TextType)? {
        let content = article.content.flatMap { $0.isEmpty ? nil : ($0, article.contentType ?? .html) }
        let summary = article.summary.flatMap { $0.isEmpty ? nil : ($0, article.summaryType ?? .html) }
        switch (content, summary) {
        case (let content?, let summary?): return content.0.utf8.count >= summary.0.utf8.count ? content : summary
        case (let content?, nil): return content
        case (nil, let summary?): return summary
        case (nil, nil): return nil
        }
    }

    /// Whether a headline is in title case: nearly every longer word capitalized.
    static func isTitleCase(_ title: FoldedText) -> Bool {
        var long = 0
        var capitalized = 0
        for word in title.words where word.end - word.start >= 4 && !word.flags.contains(.numeric) {
            long += 1
            if word.flags.contains(.capitalized) && !word.flags.contains(.allCapitals) { capitalized += 1 }
        }
        return long >= 3 && capitalized * 5 >= long * 4
    }

    /// How many words of `text` make its lead.
    static func leadLength(_ text: FoldedText) -> Int {
        let words = text.words
        guard words.count > leadMaximum else { return words.count }
        var index = leadMinimum
        while index < leadMaximum {
            if words[index].flags.contains(.paragraphStart) { return index }
            index += 1
        }
        return leadMaximum
    }

    private static func fold(_ text: String, _ type: TextType?, into folded: inout FoldedText) {
        if type == .text { folded.append(text) } else { folded.append(html: text) }
    }
}
