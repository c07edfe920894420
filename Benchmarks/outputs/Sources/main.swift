import BenchmarkSupport
import FeedModel
import FeedParser
import FeedWriter
import Foundation

// write-bench: rendering 50,000 merged stories in each output format, from the corpus's real
// entries (their HTML bodies, titles, links, languages), each story with 0–3 other outlets and
// 0–4 tags. Medians of ROUNDS rounds; one JSON line per format at the end.
//
//   write-bench [--corpus PATH] [--items N] [--rounds N]

var arguments = BenchmarkArguments()
let corpus = arguments.corpus()
let count = Int(arguments.option("--items", "50000")) ?? 50_000
let rounds = max(1, Int(arguments.option("--rounds", "5")) ?? 5)
let onlyFormat = OutputFormat(rawValue: arguments.option("--format", ""))  // one format, for profiling

let folder = corpus + "/feeds"
guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder).sorted() else {
    FileHandle.standardError.write(Data("write-bench: the feed corpus is absent at \(corpus)\n".utf8))
    exit(1)
}
var entries: [Article] = []
for file in files {
    guard let feed = try? FeedParser().parse(fileAt: folder + "/" + file) else { continue }
    entries += feed.articles.filter { $0.title != nil && ($0.content ?? $0.summary) != nil }
}
let tagPool = ["nato", "eu", "ukraine", "russia", "western-balkans", "serbia", "kosovo", "defence", "sports", "energy"]
var stories: [Story] = []
stories.reserveCapacity(count)
let base = Date(timeIntervalSince1970: 1_743_600_000)
for index in 0..<count {
    let article = entries[index % entries.count]
    let date = base.addingTimeInterval(Double(index) * 60)
    var primaryArticle = article
    primaryArticle.published = date
    primaryArticle.link = (article.link ?? "https://outlet.example/") + "#\(index)"
    let primary = SourcedArticle(
        storeID: Int64(index), feedURL: "https://outlet\(index % 200).example/feed",
        feedTitle: "Outlet \(index % 200)", feedSiteURL: "https://outlet\(index % 200).example/",
        article: primaryArticle, firstSeen: date, lastUpdated: date)
    let also = (0..<(index % 4)).map { copy in
        SourcedArticle(
            storeID: Int64(count + index * 4 + copy), feedURL: "https://copy\(copy).example/feed",
            feedTitle: "Copy \(copy)",
            article: Article(
                id: "c\(index)-\(copy)", title: article.title, link: "https://copy\(copy).example/\(index)",
                published: date),
            firstSeen: date, lastUpdated: date)
    }
    let tags = (0..<(index % 5)).map { tagPool[(index + $0 * 3) % tagPool.count] }
    stories.append(Story(id: "urn:feedmerge:story:\(index)", primary: primary, also: also, tags: Set(tags).sorted()))
}

func makeWriter() -> FeedWriter {
    FeedWriter(
        topicTitles: Dictionary(uniqueKeysWithValues: tagPool.map { ($0, $0.capitalized) }),
        tagPages: ["nato": "nato.html"])
}
print("\(stories.count) stories from \(entries.count) corpus entries; medians of \(rounds) rounds")
print("cold: a new writer, every story's HTML sanitized and text read; warm: the same writer's next")
print("output (what the rest of a build's outputs cost)")
print("| format | cold s | warm s | MB | items/s warm |")
print("|---|---:|---:|---:|---:|")
var lines: [String] = []
for format in [OutputFormat.atom, .rss, .json, .html] where onlyFormat == nil || onlyFormat == format {
    let output = OutputDefinition(path: "/tmp/out", format: format, title: "All", url: "https://feeds.example/all")
    var cold: [Double] = []
    var warm: [Double] = []
    var bytes = 0
    for _ in 0..<rounds {
        let writer = makeWriter()
        var start = Measure.now()
        let data = writer.render(stories, as: output)
        cold.append(Measure.now() - start)
        start = Measure.now()
        _ = writer.render(stories, as: output)
        warm.append(Measure.now() - start)
        bytes = data.count
    }
    let coldSeconds = Measure.median(cold)
    let warmSeconds = Measure.median(warm)
    print(
        "| \(format.rawValue) | \(String(format: "%.3f", coldSeconds)) | \(String(format: "%.3f", warmSeconds)) | "
            + "\(String(format: "%.1f", Double(bytes) / 1e6)) | \(Int(Double(stories.count) / warmSeconds)) |")
    lines.append(
        "{\"format\":\"\(format.rawValue)\",\"items\":\(stories.count),\"cold_seconds\":\(String(format: "%.4f", coldSeconds)),"
            + "\"warm_seconds\":\(String(format: "%.4f", warmSeconds)),\"bytes\":\(bytes)}")
}
for line in lines { print(line) }
