import FeedModel
import FeedParser
import Foundation
import TestSupport
import Testing

/// The parser against the real-world corpus, where it is present (see `Corpus`).
@Suite(.enabled(if: Corpus.isAvailable)) struct CorpusTests {
    struct ManifestRow {
        var file: String
        var expected: Int
    }

    static func manifest() throws -> [ManifestRow] {
        let folder = try #require(Corpus.folder)
        let text = try String(contentsOfFile: folder + "/MANIFEST.tsv", encoding: .utf8)
        var rows: [ManifestRow] = []
        var columns: [String] = []
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns.isEmpty {
                columns = fields
                continue
            }
            guard let file = columns.firstIndex(of: "file"), let expected = columns.firstIndex(of: "entries_ref") else {
                continue
            }
            rows.append(ManifestRow(file: fields[file], expected: Int(fields[expected]) ?? 0))
        }
        return rows
    }

    @Test func entryCountsMatchTheReference() throws {
        let folder = try #require(Corpus.folder)
        let rows = try Self.manifest()
        #expect(rows.count > 300)
        var equal = 0
        var misses: [String] = []
        for row in rows {
            let count: Int
            do {
                count = try FeedParser().parse(fileAt: folder + "/feeds/" + row.file).articles.count
            } catch {
                count = 0
            }
            if count == row.expected {
                equal += 1
            } else {
                misses.append("\(row.file): \(count) entries, reference \(row.expected)")
            }
            // No file may fall short of the reference by more than one entry.
            #expect(count >= row.expected - 1, "\(row.file): \(count) entries, reference \(row.expected)")
        }
        let share = Double(equal) / Double(rows.count)
        #expect(share >= 0.98, "\(equal) of \(rows.count) match; misses: \(misses)")
    }

    /// A document said to end early loses its validators (the next fetch asks for it whole), so
    /// a whole one must never be: of the corpus's documents, only the one saved cut off is.
    @Test func onlyADocumentCutOffIsSaidToEndEarly() throws {
        let folder = try #require(Corpus.folder) + "/feeds"
        var early: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            guard let parsed = try? FeedParser().parse(fileAt: folder + "/" + file) else { continue }
            if let truncation = parsed.truncation { early.append("\(file): \(truncation)") }
        }
        #expect(early == ["nnw__allthis-partial.json: the JSON is cut off after 12389 bytes"])
    }
}

/// The synthetic large files, where they have been built.
@Suite(.enabled(if: Corpus.hasLargeFiles)) struct LargeFileTests {
    @Test(arguments: [("rss2-20k.xml", 20_000), ("atom-20mb.xml", 2_311), ("rss1-5k.xml", 5_000)])
    func largeFilesGiveEveryEntry(name: String, expected: Int) throws {
        let folder = try #require(Corpus.largeFolder)
        var count = 0
        let parsed = try FeedParser().parse(fileAt: folder + "/" + name) { _ in count += 1 }
        #expect(count == expected)
        // Nothing is wrong but what the real items they repeat carry: Reddit's posts, whose
        // HTML is escaped twice, and a WordPress blog's, whose UTF-8 was read as windows-1252.
        #expect(
            parsed.problems.allSatisfy {
                $0.message.contains("HTML is escaped twice") || $0.message.contains("UTF-8 read as windows-1252")
            }, "\(parsed.problems)")
    }
}
