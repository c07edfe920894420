import FeedModel
import FeedText
import Foundation

/// How the reports of `feedmerge tags` name an article: its day, outlet and title on a line, or
/// those and its link as a JSON object.
enum ArticleReference {
    static func line(_ article: SourcedArticle) -> String {
        let day = article.article.date.map { String(InternetDate.rfc3339($0).prefix(10)) } ?? "undated   "
        return "\(day)  \(article.outletName): \(ClustersCommand.title(article))"
    }

    /// The article's title as a reader sees it, on one line: a title written as HTML read as
    /// HTML, a text title as it is (`Use <b> for bold`).
    static func title(_ article: SourcedArticle) -> String? {
        HTMLText.shownLine(article.article.title, isHTML: article.article.titleType?.isMarkup == true)
    }

    static func json(_ article: SourcedArticle) -> String {
        var object = JSONObjectBuilder()
        object.add("title", title(article))
        object.add("link", article.article.link)
        object.add("feed", article.outletName)
        object.add("date", article.article.date.map(InternetDate.rfc3339))
        return object.json
    }
}
