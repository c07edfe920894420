import FeedModel
import FeedParser
import FeedText
import Foundation
import TestSupport
import Testing

/// `FoldedText(html:)` reads HTML directly for speed; on every entry of the real-world corpus it
/// must give the words (and paragraph starts) that folding `HTMLText`'s plain text gives.
@Suite(.enabled(if: Corpus.isAvailable)) struct FoldedHTMLCorpusTests {
    @Test func readingHTMLDirectlyGivesTheWordsOfItsPlainText() async throws {
        let folder = try #require(Corpus.folder) + "/feeds"
        let (compared, differences) = try await OffPool.run { try Self.compare(folder) }
        #expect(compared > 5000)
        #expect(differences.isEmpty, "\(differences.count) differ, e.g. \(differences.prefix(5))")
    }

    private static func compare(_ folder: String) throws -> (Int, [String]) {
        var compared = 0
        var differences: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            guard let parsed = try? FeedParser().parse(fileAt: folder + "/" + file) else { continue }
            for article in parsed.articles {
                for html in [article.content, article.summary].compactMap({ $0 }) {
                    let direct = FoldedText(html: html)
                    let viaText = FoldedText(HTMLText.plainText(fromHTML: html))
                    compared += 1
                    let directWords = direct.words.map { direct.string($0) }
                    let textWords = viaText.words.map { viaText.string($0) }
                    let directParagraphs = direct.words.map { $0.flags.contains(.paragraphStart) }
                    let textParagraphs = viaText.words.map { $0.flags.contains(.paragraphStart) }
                    if directWords != textWords || directParagraphs != textParagraphs {
                        let at =
                            directWords.indices.first { $0 >= textWords.count || directWords[$0] != textWords[$0] }
                            ?? directWords.count
                        differences.append(
                            "\(file): \(directWords[max(0, at - 3)..<min(directWords.count, at + 3)]) vs "
                                + "\(textWords[min(textWords.count, max(0, at - 3))..<min(textWords.count, at + 3)])")
                    }
                }
            }
        }
        return (compared, differences)
    }
}
