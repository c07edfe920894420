import FeedModel
import FeedParser
import Foundation
import TestSupport
import Testing

@Suite struct SafetyTests {
    @Test func externalEntitiesAreNotLoaded() throws {
        let folder = TemporaryFolder()
        let secret = folder.write("secret.txt", "TOP-SECRET-CONTENT")
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <rss version="2.0"><channel><item><title>a&xxe;b</title><description>&xxe;</description></item></channel></rss>
            """
        let parsed = try parse(xml)
        #expect(parsed.articles.count == 1)
        let title = parsed.articles[0].title ?? ""
        #expect(!title.contains("TOP-SECRET"))
        #expect(!(parsed.articles[0].summary ?? "").contains("TOP-SECRET"))
    }

    @Test func networkDTDsAndEntitiesAreNeverRequested() async throws {
        let server = try LoopbackHTTPServer { _ in
            .init(contentType: "application/xml-dtd", body: "<!ENTITY x \"LEAK\">")
        }
        defer { server.stop() }
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "\(server.url("/evil.dtd"))" [<!ENTITY remote SYSTEM "\(server.url("/entity"))">]>
            <rss version="2.0"><channel><item><title>a&remote;&x;</title></item></channel></rss>
            """
        let parsed = try parse(xml)
        #expect(parsed.articles.count == 1)
        #expect(!(parsed.articles[0].title ?? "").contains("LEAK"))
        try await Task.sleep(for: .milliseconds(200))
        #expect(server.requests.isEmpty)
    }

    /// Control characters a feed sends as references (`&#x1b;`, which XML forbids and the
    /// repair reads as text to decode) or as JSON escapes (`\u001b`) are not text: written to a
    /// terminal by `status` or `parse` they would be commands (`ESC ]0;…BEL` retitles the window).
    /// They are left out of titles, texts, names and categories; tabs and line breaks stay.
    @Test func controlCharactersAreNotText() throws {
        let rss = try parse(
            """
            <rss version="2.0"><channel><title>Evil &#x1b;]0;pwned&#7; feed</title>
            <item><title>Item &#x1b;[2J clear</title><link>https://evil.example/1</link>
            <author>N&#x1b;ame</author></item>
            </channel></rss>
            """)
        #expect(rss.feed.title == "Evil ]0;pwned feed")
        #expect(rss.articles.first?.title == "Item [2J clear")
        #expect(rss.articles.first?.authors.map(\.name) == ["Name"])
        let json = try parse(
            #"""
            {"version": "https://jsonfeed.org/version/1.1", "title": "J\u001b[31mSON\u0007",
             "items": [{"id": "1", "url": "https://j.example/1", "title": "T\u001b]0;x\u0007itle",
                        "content_text": "a\u0000b\u001bc\nd", "tags": ["x\u001by"],
                        "authors": [{"name": "N\u001bame"}]}]}
            """#)
        #expect(json.feed.title == "J[31mSON")
        let item = try #require(json.articles.first)
        #expect(item.title == "T]0;xitle")
        #expect(item.content == "abc\nd")
        #expect(item.authors.map(\.name) == ["Name"])
        #expect(item.categories.map(\.term) == ["xy"])
    }

    /// A document's own entities (`<!ENTITY company "Acme">`) read as their text, wherever they
    /// are referred to and whether or not the rest of the document needs repair; libxml2 without
    /// entity substitution had read each reference as nothing, or the repair as a bare `&`.
    @Test func entitiesTheDocumentDeclaresReadAsTheirText() throws {
        let declarations = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY company "Acme &amp; Sons">
              <!ENTITY site.url 'https://acme.example'>
              <!ENTITY signature "&company;&#8217;s desk&mdash;&unknown;">
              <!ENTITY nbsp "&#160;">
              <!ENTITY % parameter "ignored">
              <!ENTITY outside SYSTEM "outside.txt">
            ]>
            """
        for brokenElsewhere in [false, true] {
            let xml =
                declarations + """
                    <rss version="2.0"><channel><title>News of &company;</title>
                    <item><title>A&nbsp;report by &signature;\(brokenElsewhere ? " & more" : "")</title>
                    <link>&site.url;/1</link><description>From &company;:\(brokenElsewhere ? " &outside;" : "") ok</description></item>
                    </channel></rss>
                    """
            let parsed = try parse(xml)
            #expect(parsed.feed.title == "News of Acme & Sons")
            let article = try #require(parsed.articles.first)
            #expect(
                article.title == "A\u{A0}report by Acme & Sons’s desk—&unknown;" + (brokenElsewhere ? " & more" : ""),
                "repair elsewhere: \(brokenElsewhere)")
            #expect(article.link == "https://acme.example/1")
            // An external entity is not read: its reference stays as written.
            #expect(article.summary == "From Acme & Sons:" + (brokenElsewhere ? " &outside;" : "") + " ok")
            #expect(parsed.problems.contains { $0.message.contains("unescaped '&'") } == brokenElsewhere)
        }
        // In attribute values, too, beside HTML's names and escaped references.
        let atom = try parse(
            declarations.replacingOccurrences(of: "DOCTYPE rss", with: "DOCTYPE feed")
                + #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1</id><title>T</title>"#
                + #"<link href="&site.url;/caf&eacute;/1"/><category term="&company; &amp;company; &#38;nbsp;"/>"#
                + "</entry></feed>")
        #expect(atom.articles.first?.link == "https://acme.example/café/1")
        #expect(atom.articles.first?.categories.map(\.term) == ["Acme & Sons &company; &nbsp;"])
    }

    /// Expanding the document's own entities stays bounded: one in a cycle or nested past eight
    /// levels reads as nothing, and all of them together add at most 1 MB of text. Each is said,
    /// and the rest of the document is read.
    @Test(.timeLimit(.minutes(1))) func entitiesTheDocumentDeclaresAreBounded() throws {
        var nest = "<!ENTITY n0 \"nested\">"
        for level in 1...9 { nest += "<!ENTITY n\(level) \"&n\(level - 1);\">" }
        let cases: [(declarations: String, reference: String, expected: String, problem: String)] = [
            ("<!ENTITY me \"a &me; b\">", "&me;", "a  b", "the entity 'me' refers to itself"),
            ("<!ENTITY x \"&y;\"><!ENTITY y \"<&x;>\">", "&x;", "<>", "refers to itself"),
            (nest, "&n7;", "nested", ""),
            (nest, "&n9;", "", "entities nested deeper than 8 read as nothing"),
            (
                "<!ENTITY k \"" + String(repeating: "k", count: 1000) + "\">",
                String(repeating: "&k;", count: 2000), String(repeating: "k", count: 1047 * 1000),
                "the document's own entities add more than 1024 KB of text"
            ),
        ]
        for (declarations, reference, expected, problem) in cases {
            let xml = """
                <?xml version="1.0"?><!DOCTYPE rss [\(declarations)]>
                <rss version="2.0"><channel><item><title>t</title><description>\(reference)</description></item>
                <item><title>after</title></item></channel></rss>
                """
            let parsed = try parse(xml)
            #expect(parsed.articles.map(\.title) == ["t", "after"], "\(reference.prefix(10))")
            #expect(parsed.articles.first?.summary == (expected.isEmpty ? nil : expected), "\(reference.prefix(10))")
            let messages = parsed.problems.map(\.message)
            #expect(
                problem.isEmpty ? messages.isEmpty : messages.contains { $0.contains(problem) },
                "\(reference.prefix(10)): \(messages)")
        }
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsIsRefusedQuickly() throws {
        var declarations = "<!ENTITY lol \"lol\">"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            declarations += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let xml =
            "<?xml version=\"1.0\"?><!DOCTYPE rss [\(declarations)]><rss version=\"2.0\"><channel><item><title>&lol9;</title></item></channel></rss>"
        let started = Date()
        let parsed = try parse(xml)
        #expect(Date().timeIntervalSince(started) < 2)
        #expect((parsed.articles.first?.title ?? "").count < 1000)
    }

    @Test(.timeLimit(.minutes(1))) func quadraticBlowupIsRefusedQuickly() throws {
        let big = String(repeating: "x", count: 50_000)
        let references = String(repeating: "&big;", count: 50_000)
        let xml =
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"\(big)\">]><rss version=\"2.0\"><channel><item><title>\(references)</title></item></channel></rss>"
        let started = Date()
        let parsed = try parse(xml)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect((parsed.articles.first?.title ?? "").utf8.count < 1_000_000)
    }

    @Test func deepNestingIsBounded() throws {
        let depth = 10_000
        let xml =
            "<rss version=\"2.0\"><channel><item><title>ok</title>" + String(repeating: "<x>", count: depth)
            + String(repeating: "</x>", count: depth) + "</item></channel></rss>"
        let parsed = try parse(xml)
        #expect(parsed.articles.first?.title == "ok")
    }

    @Test func oversizedDocumentsAreRefused() {
        let parser = FeedParser(limits: ParserLimits(maxDocumentBytes: 1000))
        #expect {
            _ = try parser.parse(Data(repeating: 0x20, count: 2000))
        } throws: { error in
            (error as? FeedParseError)?.code == .tooLarge
        }
    }

    @Test func oneHugeFieldIsCutNotKept() throws {
        let parser = FeedParser(limits: ParserLimits(maxFieldBytes: 10_000))
        let xml =
            "<rss version=\"2.0\"><channel><item><title>" + String(repeating: "x", count: 1_000_000)
            + "</title><link>http://x.example/1</link></item></channel></rss>"
        let parsed = try parser.parse(Data(xml.utf8))
        #expect((parsed.articles.first?.title?.utf8.count ?? 0) <= 10_000)
        #expect(parsed.articles.first?.link == "http://x.example/1")
        #expect(parsed.problems.contains { $0.message.contains("was cut") })
    }

    @Test func entriesBeyondTheLimitAreDroppedAndSaidSo() throws {
        let parser = FeedParser(limits: ParserLimits(maxEntries: 3))
        let items = (0..<10).map { "<item><title>\($0)</title></item>" }.joined()
        let parsed = try parser.parse(Data(("<rss version=\"2.0\"><channel>" + items + "</channel></rss>").utf8))
        #expect(parsed.articles.count == 3)
        #expect(parsed.problems.contains { $0.message.contains("7 entries beyond the limit") })
    }
}
