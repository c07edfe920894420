import FeedModel
import FeedText

/// An entry's addresses without the session ids a server wrote into them (`SessionID`): a Java
/// site answering a client without its cookie (every cron run starts without one) writes a new
/// `;jsessionid=…` into every link at every request, so an item without a guid, whose link is
/// its id, was a new article at every fetch. Done as the store takes a document, not by the
/// parser: `parse` shows a document's ids and links as it gives them.
enum SessionFreeLinks {
    /// `articles` with their ids (an id that is a link), links, enclosures and comments pages
    /// without session ids.
    static func applied(to articles: [Article]) -> [Article] {
        articles.map { article in
            var article = article
            // Written back only when changed (nearly never): a write copies the arrays.
            func without(_ url: String?) -> String? {
                guard let url else { return nil }
                let without = SessionID.removed(from: url)
                return without == url ? nil : without
            }
            let link = without(article.link)
            if let id = article.id, let changed = id == article.link ? link : without(id) { article.id = changed }
            if let link { article.link = link }
            if let changed = without(article.comments) { article.comments = changed }
            for index in article.links.indices {
                if let changed = without(article.links[index].href) { article.links[index].href = changed }
            }
            for index in article.enclosures.indices {
                if let changed = without(article.enclosures[index].url) { article.enclosures[index].url = changed }
            }
            return article
        }
    }
}
