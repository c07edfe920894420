import Dedup
import FeedModel
import FeedParser
import FeedText
import Foundation
import Tagger
import TestSupport
import Testing

/// A build tags the text dedup folded (`Fingerprinter.Prepared`) instead of reading the HTML
/// again; on every entry of the real-world corpus that must give the tags reading it afresh gives.
@Suite(.enabled(if: Corpus.isAvailable)) struct SharedTaggingTextTests {
    @Test func taggingDedupsTextGivesTheTagsOfReadingItAfresh() async throws {
        let folder = try #require(Corpus.folder) + "/feeds"
        let (compared, tagged, differences) = try await OffPool.run { try Self.compare(folder) }
        #expect(compared > 5000)
        #expect(tagged > 500)
        #expect(differences.isEmpty, "\(differences.count) differ, e.g. \(differences.prefix(5))")
    }

    private static func compare(_ folder: String) throws -> (Int, Int, [String]) {
        // Topics that match often in the corpus: common words, phrases, prefixes, case.
        let tagger = Tagger(topics: [
            Topic(id: "a", match: ["the new", "release*"], minHits: 2),
            Topic(id: "b", match: ["Linux", "Apple"], matchCase: ["US", "EU"]),
            Topic(id: "c", match: ["update", "version"], minHits: 3, fuzzy: true),
            Topic(id: "d", match: ["photo", "video"], exclude: ["podcast"]),
        ])
        let fingerprinter = Fingerprinter()
        var compared = 0
        var tagged = 0
        var differences: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            guard let parsed = try? FeedParser().parse(fileAt: folder + "/" + file) else { continue }
            for article in parsed.articles {
                let prepared = fingerprinter.prepare(article)
                let shared = tagger.topicIDs(
                    for: article, text: ArticleText(article, title: prepared.title, text: prepared.text(learned: [])))
                let afresh = tagger.topicIDs(for: article)
                compared += 1
                if !afresh.isEmpty { tagged += 1 }
                if shared != afresh { differences.append("\(file): \(article.title ?? "?"): \(shared) vs \(afresh)") }
            }
        }
        return (compared, tagged, differences)
    }
}
