import Dedup
import FeedModel
import FeedParser
import FeedText
import FeedWriter
import Foundation
import Safety
import Tagger

// libFuzzer calls `fuzzOne` with each input it makes. `FUZZ_MODE` picks what the input is:
//
// - `feed` (default): a fetched document. It is parsed, read for dedup and tagging (with a few
//   topics that use every kind of term), and published in every format; the HTML page must pass
//   the tests' safety check.
// - `html`: an item's HTML. It is sanitized (the result must pass the safety check), folded, and
//   made plain text.
// - `opml`: a subscription list (one exported from another reader, say).
// - `expr`: an output's tag expression.
//
// A crash, a trap, an ASan report or an unsafe result stops the run and leaves the input in
// `Fuzz/.build/crashes`.

let tagger = Tagger(topics: [
    Topic(id: "ukraine", match: ["Ukraine", "Kyiv", "Zelensky*", "Київ*", "Херсон"], minHits: 2),
    Topic(id: "balkans", match: ["Vučić", "Kovachevski", "Srbij*", "Western Balkans"], fuzzy: true),
    Topic(id: "us", match: ["White House"], matchCase: ["US", "U.S."], minHits: 3, categories: ["Politics"]),
])
let fingerprinter = Fingerprinter()
let writer = FeedWriter()
let mode = ProcessInfo.processInfo.environment["FUZZ_MODE"] ?? "feed"
let seen = Date(timeIntervalSince1970: 1_700_000_000)

func stopIfUnsafe(_ html: String, page: Bool) {
    let problems = HTMLSafety.problems(in: html, allowingPageFurniture: page)
    guard !problems.isEmpty else { return }
    FileHandle.standardError.write(Data("unsafe HTML published: \(problems)\n".utf8))
    abort()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    switch mode {
    case "html":
        let html = String(decoding: bytes, as: UTF8.self)
        stopIfUnsafe(HTMLSanitizer.sanitize(html, base: "https://example.com/a/b"), page: false)
        // Cut short, as an output cuts a long body: still safe, still balanced.
        let limit = 1 + Int(bytes.first ?? 0) * 4
        stopIfUnsafe(HTMLSanitizer.sanitize(html, base: "https://example.com/a/b", limit: limit).html, page: false)
        _ = FoldedText(html: html)
        _ = HTMLText.plainText(fromHTML: html)
    case "opml":
        guard let listed = try? OPMLReader.read(bytes, path: "feeds.opml", folder: "/srv/feedmerge"),
            let text = String(data: bytes, encoding: .utf8)
        else { return 0 }
        // `feedmerge add`: any list that reads gets a feed added by `OPMLEditor`, which must not
        // crash. A damaged list may read otherwise with it (the editor reads tags as written,
        // libxml2 and the repair as they recover them); `feedmerge add` reads the new list back
        // and refuses it then, so that is no failure here. An early run that stopped at the
        // first such list found lists read short (`OPMLReader`'s content past the root's end).
        let entry = OPMLEditor.Entry(url: "https://added.example/feed?a=1&b=<2>", title: "A & \"B\"", siteURL: nil)
        for folder in [nil, "Fuzz folder", listed.first?.tags.first] as [String?] {
            guard let added = try? OPMLEditor.adding(entry, toFolder: folder, in: text, path: "feeds.opml") else {
                continue
            }
            _ = try? OPMLReader.read(Data(added.utf8), path: "feeds.opml", folder: "/srv/feedmerge")
        }
        // `feedmerge remove`: the first feed's outlines taken out again.
        if let first = listed.first {
            let (taken, _, _) = OPMLEditor.removing(
                { OPMLReader.feedURL($0, listFolder: "/srv/feedmerge") == first.url }, in: text)
            _ = try? OPMLReader.read(Data(taken.utf8), path: "feeds.opml", folder: "/srv/feedmerge")
        }
    case "expr":
        _ = try? TagExpression.parse(String(decoding: bytes, as: UTF8.self))
    default:
        guard let parsed = try? FeedParser().parse(bytes, documentURL: "https://example.com/feed") else { return 0 }
        var stories: [Story] = []
        for (index, article) in parsed.articles.prefix(50).enumerated() {
            let prepared = fingerprinter.prepare(article)
            _ = fingerprinter.fingerprint(prepared, date: seen)
            let text = ArticleText(article, title: prepared.title, text: prepared.text(learned: []))
            let tags = tagger.topicIDs(for: article, text: text)
            _ = tagger.explain(article)
            let copy = SourcedArticle(
                storeID: Int64(index), feedURL: "https://example.com/feed", feedTitle: parsed.feed.title,
                article: article, firstSeen: seen, lastUpdated: seen)
            stories.append(Story(id: "s\(index)", primary: copy, tags: tags))
        }
        for format in OutputFormat.allCases {
            let output = writer.render(stories, as: OutputDefinition(path: "-", format: format, title: "Fuzz"))
            if format == .html { stopIfUnsafe(String(decoding: output, as: UTF8.self), page: true) }
        }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable target's entry point as `<module>_main`; libFuzzer's driver runs
/// from it.
@_cdecl("FuzzFeed_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments) { data, size in fuzzOne(data, size) }
}
