import FeedModel
import FeedText

/// An article's words by where they stand, since a term in the title or the summary says more
/// about what an article is about than one in the body.
///
/// When a feed gives no summary apart from the text (most full-text RSS), the first
/// `leadWords` words of the text stand for it.
struct ArticleText {
    var title = FoldedText()
    var summary = FoldedText()
    var body = FoldedText()

    static let leadWords = 60

    init(_ article: Article) {
        if let text = article.title { ArticleText.fold(text, article.titleType, into: &title) }
        let summaryText = article.summary.flatMap { $0.isEmpty ? nil : $0 }
        let contentText = article.content.flatMap { $0.isEmpty || $0 == summaryText ? nil : $0 }
        if let summaryText {
            ArticleText.fold(summaryText, article.summaryType, into: &summary)
            if let contentText {
                ArticleText.fold(contentText, article.contentType, into: &body)
                return
            }
        } else if let contentText {
            ArticleText.fold(contentText, article.contentType, into: &summary)
        }
        if summary.words.count > ArticleText.leadWords {
            body.append(contentsOf: summary, words: ArticleText.leadWords..<summary.words.count)
            summary.truncate(toWordCount: ArticleText.leadWords)
        }
    }

    private static func fold(_ text: String, _ type: TextType?, into folded: inout FoldedText) {
        if type == .text { folded.append(text) } else { folded.append(html: text) }
    }
}
