import Dedup
import FeedModel
import FeedText
import Foundation
import Testing

/// The labelled evaluation set (Evaluation/articles.jsonl, made by Benchmarks/dedup/make_eval.py)
/// and the pairwise metrics the dedup issue asks for.
struct EvaluationSet {
    struct Item: Decodable {
        var id: String
        var story: String
        var kind: String
        var outlet: String
        var title: String
        var text: String?
        var html: String?
        var published: String
        var link: String
        var event: String?
    }

    let items: [Item]

    init() throws {
        let url = try #require(
            Bundle.module.url(forResource: "articles", withExtension: "jsonl", subdirectory: "Evaluation"))
        let decoder = JSONDecoder()
        items = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            try decoder.decode(Item.self, from: Data(line.utf8))
        }
    }

    static func date(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd MMM yyyy HH:mm:ss Z", "yyyy-MM-dd'T'HH:mm:ssXXXXX"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return Date(timeIntervalSince1970: 0)
    }

    func article(_ item: Item) -> Article {
        Article(
            id: item.id, title: item.title, titleType: .text, link: item.link, summary: item.html ?? item.text,
            summaryType: item.html == nil ? .text : .html, published: EvaluationSet.date(item.published))
    }

    /// Runs dedup as the pipeline does (boilerplate learned per outlet first, then articles
    /// clustered in date order) and returns the story of each item, by id.
    func cluster(scorer: DuplicateScorer = DuplicateScorer()) -> [String: String] {
        let fingerprinter = Fingerprinter()
        var models: [String: BoilerplateModel] = [:]
        for item in items {
            let output = fingerprinter.fingerprint(article(item), date: EvaluationSet.date(item.published))
            models[item.outlet, default: BoilerplateModel()].observe(output.shapes)
        }
        let learned = models.mapValues(\.learned)
        var entries: [(item: Item, entry: DedupEntry)] = []
        let outlets = Dictionary(
            Set(items.map(\.outlet)).sorted().enumerated().map { ($1, Int64($0)) }, uniquingKeysWith: { a, _ in a })
        for (number, item) in items.enumerated() {
            let cleaner = TextCleaner(learned: learned[item.outlet] ?? [])
            let output = fingerprinter.fingerprint(
                article(item), date: EvaluationSet.date(item.published), cleaner: cleaner)
            let identities = CanonicalURL.make(item.link).map { [$0] } ?? []
            entries.append(
                (
                    item,
                    DedupEntry(
                        id: Int64(number), feed: outlets[item.outlet] ?? 0, fingerprint: output.fingerprint,
                        identities: identities)
                ))
        }
        entries.sort { a, b in
            a.entry.fingerprint.date != b.entry.fingerprint.date
                ? a.entry.fingerprint.date < b.entry.fingerprint.date : a.entry.id < b.entry.id
        }
        let clusterer = StoryClusterer(scorer: scorer)
        var stories: [String: String] = [:]
        for (item, entry) in entries {
            stories[item.id] = clusterer.assign(entry, newKey: "entry:\(entry.id)").story
        }
        return stories
    }

    struct Report {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var recallByKind: [String: (found: Int, total: Int)] = [:]
        var mistakes: [String] = []

        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { 2 * precision * recall / max(1e-9, precision + recall) }
    }

    /// Pairwise precision and recall of `stories` against the labels; pairs of two independent
    /// reports of one event (same `event`, different `story`) are left out.
    func score(_ stories: [String: String]) -> Report {
        var report = Report()
        // The event of a story is its original's: a variant is as much a report of it.
        var events: [String: String] = [:]
        for item in items { if let event = item.event { events[item.story] = event } }
        for i in items.indices {
            for j in items.indices where j > i {
                let a = items[i]
                let b = items[j]
                let isDuplicate = a.story == b.story
                if !isDuplicate, let event = events[a.story], event == events[b.story] { continue }
                let merged = stories[a.id] == stories[b.id]
                switch (isDuplicate, merged) {
                case (true, true): report.truePositives += 1
                case (false, true):
                    report.falsePositives += 1
                    report.mistakes.append("merged \(a.id) + \(b.id)")
                case (true, false):
                    report.falseNegatives += 1
                    report.mistakes.append("missed \(a.id) + \(b.id)")
                case (false, false): break
                }
                if isDuplicate {
                    for item in [a, b] where item.kind != "original" {
                        var entry = report.recallByKind[item.kind] ?? (0, 0)
                        entry.total += 1
                        if merged { entry.found += 1 }
                        report.recallByKind[item.kind] = entry
                    }
                }
            }
        }
        return report
    }
}
