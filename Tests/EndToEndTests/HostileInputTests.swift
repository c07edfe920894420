import Foundation
import TestSupport
import Testing

/// Feeds are hostile input. The corpus's real feeds, damaged at random (bytes changed, cut out,
/// repeated; markup, entities, entity declarations, CDATA, broken UTF-8, bad dates and numbers,
/// scripts and `javascript:` links put in), go through `feedmerge run` as a user runs it.
/// Whatever a feed holds, the run ends, as a run with failed feeds does (exit 1, never a crash),
/// and writes outputs that are whole and safe: well-formed XML, valid JSON, and HTML that
/// `HTMLSafety` (written apart from the sanitizer) finds nothing unsafe in.
@Suite(.enabled(if: Corpus.isAvailable)) struct HostileInputTests {
    let folder = TemporaryFolder()
    var binary: String { PackagePaths.products + "/feedmerge" }

    /// What the damage puts in: the pieces of feeds that parsers trip over, and what a sanitizer
    /// must keep out, raw and escaped once (as HTML in an RSS description is).
    private static let pieces: [[UInt8]] =
        [
            "<", ">", "&", "&#", "&#x", "&amp;", "&#0;", "&#xD800;", "&#99999999999;", "<![CDATA[", "]]>", "<!--",
            "-->", "<?xml version=\"1.0\" encoding=\"utf-16\"?>",
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>", "&b;",
            "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">", "<!ENTITY e SYSTEM \"file:///etc/passwd\">", "&e;",
            "<title>", "</title>", "<item>", "</item>", "<entry>", "</entry>", "<link>", "<link href=\"",
            "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">", "<pubDate>",
            "Mon, 99 Foo 99999 99:99:99 +9999", "9999-99-99T99:99:99Z",
            "<enclosure url=\"x\" length=\"-1\" type=\"a\"/>",
            "length=\"99999999999999999999\"", " xml:base=\"../../../\"", " xml:base=\"http://[::1\"", "http://%zz",
            "\"items\":", "null", "1e999", "\\u0000", "\\ud800", "{", "}", "[", "]", "\"", "'", "=",
            "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<a href=\"javascript:alert(1)\">x</a>",
            "&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;", "<img src=x onerror=alert(1)>",
            "&lt;img src=x onerror=alert(1)&gt;", "&lt;iframe src=&quot;//evil.example&quot;&gt;&lt;/iframe&gt;",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "&lt;a href=&quot;JaVaScRiPt:alert(1)&quot;&gt;y&lt;/a&gt;",
            "&lt;svg onload=alert(1)&gt;", "&lt;style&gt;body{}&lt;/style&gt;",
        ].map { Array($0.utf8) } + [
            [0x00], [0xFF, 0xFE], [0xEF, 0xBB, 0xBF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98],
        ]

    /// `bytes` with one to ten pieces of damage.
    private static func damaged(_ bytes: [UInt8], _ random: inout SplitMix) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<[1, 1, 2, 3, 5, 10][random.below(6)] {
            guard !bytes.isEmpty else {
                bytes = pieces[random.below(pieces.count)]
                continue
            }
            let at = random.below(bytes.count)
            switch random.below(7) {
            case 0: bytes[at] = UInt8(random.below(256))
            case 1: bytes.insert(contentsOf: pieces[random.below(pieces.count)], at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(64)))
            case 3: bytes.removeSubrange(at...)
            case 4:
                let from = random.below(bytes.count)
                bytes.insert(contentsOf: bytes[from..<min(bytes.count, from + 1 + random.below(200))], at: at)
            case 5:
                let piece = pieces[random.below(pieces.count)]
                bytes.insert(contentsOf: Array(repeating: piece, count: 1 + random.below(50)).joined(), at: at)
            default:
                let from = random.below(bytes.count)
                let run = bytes[from..<min(bytes.count, from + 1 + random.below(2000))]
                bytes.insert(contentsOf: Array(repeating: run, count: 1 + random.below(4)).joined(), at: at)
            }
        }
        return bytes
    }

    @Test(.timeLimit(.minutes(5))) func damagedFeedsNeitherStopTheRunNorReachTheOutputsUnsafe() async throws {
        let corpus = try #require(Corpus.folder) + "/feeds"
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().filter {
            let size = (try? FileManager.default.attributesOfItem(atPath: corpus + "/" + $0)[.size] as? Int) ?? 0
            return size < 150_000
        }
        var random = SplitMix(seed: 20_261_129)
        var outlines = ""
        for index in 0..<150 {
            let name = names[random.below(names.count)]
            let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: corpus + "/" + name)))
            let file = String(format: "feeds/%03d-", index) + name
            folder.write(file, bytes: Self.damaged(original, &random))
            outlines += "<outline text=\"\(index)\" xmlUrl=\"\(file)\"/>\n"
        }
        folder.write("feeds.opml", "<opml version=\"2.0\"><body>\n\(outlines)</body></opml>")
        let config = folder.write(
            "feedmerge.yaml",
            """
            outputs:
              - {path: out/all.xml, format: atom}
              - {path: out/all.rss, format: rss}
              - {path: out/all.json, format: json}
              - {path: out/index.html, format: html}
            topics:
              tech: {match: [software, Apple, Linux], match_case: [AI], fuzzy: true}
              news: {match: [government, "prime minister", elect*], min_hits: 2}

            """)
        let result = try await ProcessRunner.run(binary, ["run", "--config", config], timeout: 240)
        #expect([0, 1].contains(result.status), "\(result.stderr.suffix(2000))")

        let atom = try #require(folder.read("out/all.xml"))
        let rss = try #require(folder.read("out/all.rss"))
        #expect(atom.components(separatedBy: "<entry>").count > 100)
        #expect(try await XMLCheck.isWellFormed(atom))
        #expect(try await XMLCheck.isWellFormed(rss))
        let json = try #require(folder.read("out/all.json"))
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count > 100)
        for item in items {
            let html = item["content_html"] as? String ?? ""
            #expect(HTMLSafety.problems(in: html).isEmpty, "\(HTMLSafety.problems(in: html)): \(html.prefix(300))")
        }
        // Atom and RSS carry the HTML as text, escaped once.
        for (name, text, element) in [("all.xml", atom, "content"), ("all.rss", rss, "description")] {
            for html in XMLCheck.elementTexts(element, in: text) {
                #expect(HTMLSafety.problems(in: html).isEmpty, "\(name): \(HTMLSafety.problems(in: html))")
            }
        }
        let page = try #require(folder.read("out/index.html"))
        let problems = HTMLSafety.problems(in: page, allowingPageFurniture: true)
        #expect(problems.isEmpty, "index.html: \(problems.prefix(5))")
    }
}

/// A small seeded generator (SplitMix64): the same damage at every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var value = state
        value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
        value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
