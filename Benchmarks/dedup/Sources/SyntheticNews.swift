import BenchmarkSupport
import FeedModel
import FeedParser
import FeedText
import Foundation

/// News made from the corpus's real text: each original takes a real entry's shape (length,
/// sentence structure, word frequencies) with half its words, all its names and all its figures
/// replaced, so that no two originals are the same story; some originals are then carried by other
/// outlets as the dedup issue describes (truncated, retitled, with boilerplate, re-edited, as HTML).
struct SyntheticNews {
    struct Item {
        var article: Article
        var feed: Int
        var date: Date
        /// The original this is a copy of (its own number for an original).
        var story: Int
    }

    private let bases: [(title: [String], body: [String])]
    private let words: [String]
    private let names: [String]
    private var random: SeededRandom
    let start = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01
    let perDay: Double
    let feeds = 200
    private var pending: [Item] = []
    private var originals = 0

    /// Reads the corpus (`corpus/feeds`) for entries of at least 30 words.
    init(corpus: String, perDay: Double, seed: UInt64) throws {
        let folder = corpus + "/feeds"
        var bases: [(title: [String], body: [String])] = []
        var words: [String] = []
        var names: [String] = []
        let parser = FeedParser()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            guard let parsed = try? parser.parse(fileAt: folder + "/" + file) else { continue }
            for article in parsed.articles {
                let html = article.content ?? article.summary ?? ""
                let body = HTMLText.plainText(fromHTML: html).split(whereSeparator: { $0 == " " || $0 == "\n" }).map(
                    String.init)
                let title = HTMLText.plainText(fromHTML: article.title ?? "").split(separator: " ").map(String.init)
                guard body.count >= 30, !title.isEmpty else { continue }
                bases.append((title, Array(body.prefix(600))))
                for word in body {
                    if word.first?.isUppercase == true {
                        names.append(word)
                    } else if word.first?.isLetter == true {
                        words.append(word)
                    }
                }
            }
        }
        self.bases = bases
        self.words = words
        self.names = names
        self.perDay = perDay
        self.random = SeededRandom(seed: seed)
    }

    var baseCount: Int { bases.count }

    /// The next `count` items, in about date order (copies come up to half a day after their original).
    mutating func next(_ count: Int) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(count)
        while items.count < count {
            if let copy = pending.first, copy.date <= date(of: originals) {
                items.append(pending.removeFirst())
                continue
            }
            let original = makeOriginal()
            items.append(original)
            if random.chance(0.3) {
                for _ in 0..<(1 + Int(random.next() % 3)) { pending.append(makeCopy(of: original)) }
                pending.sort { $0.date < $1.date }
            }
        }
        return items
    }

    private func date(of index: Int) -> Date {
        start.addingTimeInterval(Double(index) / perDay * 86_400)
    }

    private mutating func pick<T>(_ array: [T]) -> T {
        array[Int(random.next() % UInt64(array.count))]
    }

    private mutating func makeOriginal() -> Item {
        let number = originals
        originals += 1
        let base = pick(bases)
        var renamed: [String: String] = [:]
        func rewrite(_ tokens: [String], _ random: inout SeededRandom) -> String {
            var output: [String] = []
            output.reserveCapacity(tokens.count)
            for token in tokens {
                let trailing = token.last.map { ".,;:!?”\"'".contains($0) } == true ? String(token.last!) : ""
                let core = trailing.isEmpty ? token : String(token.dropLast())
                if core.first?.isNumber == true {
                    output.append(String(random.next() % 100_000) + trailing)
                } else if core.first?.isUppercase == true {
                    if renamed[core] == nil { renamed[core] = names[Int(random.next() % UInt64(names.count))] }
                    output.append(renamed[core]! + trailing)
                } else if random.chance(0.5) {
                    output.append(words[Int(random.next() % UInt64(words.count))] + trailing)
                } else {
                    output.append(token)
                }
            }
            return output.joined(separator: " ")
        }
        let title = rewrite(base.title, &random)
        let bodyWords = rewrite(base.body, &random).split(separator: " ")
        let feed = Int(random.next() % UInt64(feeds))
        let date = self.date(of: number).addingTimeInterval(Double(random.next() % 600))
        let link = "https://outlet\(feed).example/\(number)"
        var paragraphs = stride(from: 0, to: bodyWords.count, by: 40).map {
            bodyWords[$0..<min($0 + 40, bodyWords.count)].joined(separator: " ")
        }
        if feed % 2 == 0 { paragraphs.append("Follow Outlet \(feed) on Viber: \(random.next() % 90_000) readers") }
        return Item(
            article: Article(
                id: link, title: title, titleType: .text, link: link, summary: Self.html(paragraphs),
                summaryType: .html, published: date),
            feed: feed, date: date, story: number)
    }

    /// Paragraphs as feeds write them: HTML, escaped, with a link and typographic apostrophes.
    static func html(_ paragraphs: [String]) -> String {
        paragraphs.enumerated().map { index, paragraph in
            var escaped = XMLEscaping.text(paragraph).replacingOccurrences(of: "'", with: "&#8217;")
            if index == 0, let space = escaped.firstIndex(of: " ") {
                escaped = "<a href=\"https://example.org/topic\">" + escaped[..<space] + "</a>" + escaped[space...]
            }
            return "<p>" + escaped + "</p>"
        }.joined(separator: "\n")
    }

    private mutating func makeCopy(of original: Item) -> Item {
        var article = original.article
        let paragraphs = HTMLText.plainText(fromHTML: article.summary ?? "").split(separator: "\n").map(String.init)
        let feed = (original.feed + 1 + Int(random.next() % UInt64(feeds - 1))) % feeds
        let date = original.date.addingTimeInterval(Double(random.next() % 43_200))
        let link = "https://outlet\(feed).example/copy/\(original.story)-\(random.next() % 1000)"
        switch random.next() % 5 {
        case 0:  // truncated
            let words = paragraphs.joined(separator: " ").split(separator: " ")
            article.summary = Self.html([words.prefix(max(20, words.count / 2)).joined(separator: " ") + " …"])
        case 1:  // with the outlet's furniture
            article.summary = Self.html(
                ["\(random.next() % 5000) views 0 comment(s)", "Photo: REUTERS"] + paragraphs + [
                    "Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate."
                ])
        case 2:  // retitled
            article.title = "Update: " + (article.title ?? "").split(separator: " ").reversed().joined(separator: " ")
        case 3:  // re-edited: a dateline, the first sentence gone
            let text = paragraphs.joined(separator: "\n")
            let sentences = text.split(separator: ".", maxSplits: 1)
            article.summary = Self.html(["LONDON (Wire) — " + (sentences.count > 1 ? String(sentences[1]) : text)])
        default:  // as plain text
            article.summary = paragraphs.joined(separator: "\n")
            article.summaryType = .text
        }
        article.id = link
        article.link = link
        article.published = date
        return Item(article: article, feed: feed, date: date, story: original.story)
    }
}
