import FeedModel
import FeedParser
@_spi(Testing) import FeedStore
import Foundation
import TestSupport
import Testing

/// An article's row is written and read by hand (`ArticleJSON`), in the bytes Foundation's
/// `JSONEncoder` wrote before: a row's hash is how a changed article is told from an unchanged
/// one, so a row written in other bytes would make every stored article look changed.
@Suite struct ArticleRowTests {
    let folder = TemporaryFolder()

    /// The coders rows were always written and read with.
    static func foundationRow(_ article: Article) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return try encoder.encode(article)
    }

    static func foundationArticle(_ row: Data) throws -> Article {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(Article.self, from: row)
    }

    /// Every character that JSON escapes or that a writer might: the control characters, quote,
    /// backslash and slash, DEL, the line and paragraph separators, non-ASCII, an emoji, U+FFFD.
    static let awkward =
        String((0..<0x20).map { Character(Unicode.Scalar($0)!) })
        + "\u{7F}\"\\/ é Вучић \u{2028}\u{2029} 😀 \u{FFFD} <a href=\"https://x.example/a/b?c=1&d=2\">x</a> '"

    static let full = Article(
        id: "urn:uuid:1/" + awkward, title: "Title " + awkward, titleType: .html, link: "https://a.example/1",
        links: [
            Link(
                href: "https://a.example/1", rel: "alternate", type: "text/html", title: "T", hreflang: "en", length: 12
            ),
            Link(href: "https://a.example/2.mp3", rel: "enclosure", length: Int64.max),
        ],
        summary: "<p>" + awkward + "</p>", summaryType: .xhtml, content: String(repeating: awkward, count: 20),
        contentType: .text, published: Date(timeIntervalSince1970: 1_700_000_000.123),
        publishedRaw: "Mon, 14 Nov 2023", updated: Date(timeIntervalSince1970: 0.1), updatedRaw: "later",
        language: "sr-Latn", rights: "© " + awkward, rightsType: .text,
        authors: [Author(name: "N " + awkward, email: "a@b.example", uri: "https://b.example"), Author()],
        contributors: [Author(name: "C")],
        categories: [
            Category(term: "Politics/" + awkward, scheme: "https://c.example/tax", label: "P"), Category(term: ""),
        ],
        enclosures: [Enclosure(url: "https://a.example/e.mp4", type: "video/mp4", length: -1), Enclosure(url: "u")],
        comments: "https://a.example/1#comments",
        source: ArticleSource(
            title: "S", link: "https://s.example", id: "s", url: "https://s.example/feed",
            updated: Date(timeIntervalSince1970: -1.5)))

    @Test func aRowIsWrittenInTheBytesJSONEncoderWroteAndReadAsJSONDecoderReadsIt() throws {
        var articles = [Self.full, Article()]
        // Dates as they come: whole seconds, fractions, before 1970, far ahead, tiny, a round 1e16.
        for seconds in [
            0, 1_700_000_000, 1_700_000_000.5, 1e-7, -86_400 * 365.25 * 80, 4_102_444_800, 1e16, 123.456789,
        ] {
            var article = Article(id: "\(seconds)", published: Date(timeIntervalSince1970: seconds))
            article.updated = Date(timeIntervalSinceReferenceDate: seconds)
            articles.append(article)
        }
        for article in articles {
            let row = try #require(FeedStore.handWrittenRow(article))
            let expected = try Self.foundationRow(article)
            #expect(
                row == expected,
                "\(String(decoding: row, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
            let read = try #require(FeedStore.handReadArticle(row))
            #expect(read == (try Self.foundationArticle(row)))
        }
        // Whole seconds and these fractions come back as they went (others, through seconds since
        // 1970, by a last bit, as they did through JSONDecoder).
        for article in articles.prefix(4) {
            #expect(FeedStore.handWrittenRow(article).flatMap(FeedStore.handReadArticle) == article)
        }
        #expect(FeedStore.handReadArticle(try Self.foundationRow(Self.full)) == Self.full)
    }

    /// What the hand reader does not take (white space, keys it does not know, a list left
    /// out, an escape it does not read) it leaves to `JSONDecoder`, and the store still reads
    /// the row: an article stored by another writer is not lost.
    @Test func aRowInAnotherFormIsReadByJSONDecoder() throws {
        let store = try FeedStore(path: folder.file("state.sqlite"))
        try store.syncSubscriptions([Subscription(url: "https://a.example/rss", title: "A")])
        let feedID = try #require(try store.feeds().first?.id)
        let article = Article(id: "1", title: "One", link: "https://a.example/1")
        try store.saveFetch(
            feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: [article]),
            at: Date(timeIntervalSince1970: 1_743_673_260))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        var other = String(decoding: try encoder.encode(article), as: UTF8.self)
        other = other.replacingOccurrences(of: "\"title\"", with: "\"later\" : 1, \"title\"")
        #expect(FeedStore.handReadArticle(Data(other.utf8)) == nil)
        try store.execute("UPDATE articles SET data = '\(other.replacingOccurrences(of: "'", with: "''"))'")
        #expect(try store.articles().map(\.article) == [article])
        for text in [#"{"id":"1"}"#, #"{"id":"\x","links":[]}"#, #"{"id":"1",}"#, "{} "] {
            #expect(FeedStore.handReadArticle(Data(text.utf8)) == nil, "\(text)")
        }
    }

    /// Every article of the corpus, as the parser reads it.
    @Test(.enabled(if: Corpus.folder != nil)) func everyArticleOfTheCorpusIsWrittenAndReadAsFoundationDoes() throws {
        let feeds = try #require(Corpus.folder) + "/feeds"
        var count = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: feeds).sorted() {
            guard let parsed = try? FeedParser().parse(fileAt: feeds + "/" + file) else { continue }
            for article in parsed.articles {
                let expected = try Self.foundationRow(article)
                let row = try #require(FeedStore.handWrittenRow(article))
                #expect(row == expected, "\(file): \(article.id ?? "")")
                #expect(
                    FeedStore.handReadArticle(row) == (try Self.foundationArticle(row)), "\(file): \(article.id ?? "")")
                count += 1
            }
        }
        #expect(count > 7_000)
    }
}
