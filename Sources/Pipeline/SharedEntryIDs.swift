import FeedModel
import FeedText

/// Entries of one document that share an id but are not the same item: a CMS that gives every
/// item the site's address, `0` or its own template's guid. The id says "one article, updated
/// in place", so the store would keep the first and drop the rest, at every fetch. Such entries
/// are told apart by what differs between them, and their shared id no longer names them (it is
/// not a permalink either: dedup must not make them one story by it).
enum SharedEntryIDs {
    /// `articles` with each shared id replaced by one made from it, the entry's link, title and
    /// date, and how many entries got one. The new ids are stable from fetch to fetch, wherever
    /// the entry stands in the document and whatever else it carries (an edited title makes
    /// another article, which its link or its text makes the same story). NixOS's three "NixOS
    /// progress report" items, one link and one title in three months, are three articles (whose
    /// link and title then make them one story, as a planet's two copies of one post). Entries that
    /// repeat one item (the same link, title and date) get the same id, and the store keeps the
    /// first.
    static func distinct(_ articles: [Article]) -> (articles: [Article], renamed: Int) {
        var byID: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() {
            if let id = article.id { byID[id, default: []].append(index) }
        }
        var result = articles
        var renamed = 0
        for (id, indices) in byID where indices.count > 1 {
            let items = indices.map { ItemKey(articles[$0]) }
            guard Set(items).count > 1 else { continue }
            for (index, item) in zip(indices, items) {
                result[index].id =
                    "urn:feedmerge:entry:" + StableHash.hex(id, item.link ?? "", item.title ?? "", item.date)
                renamed += 1
            }
        }
        return (result, renamed)
    }

    /// What tells an entry from another that shares its id.
    private struct ItemKey: Hashable {
        var link: String?
        var title: String?
        var date: String

        init(_ article: Article) {
            link = article.link
            title = article.title
            date = article.published.map(InternetDate.rfc3339) ?? article.publishedRaw ?? ""
        }
    }
}
