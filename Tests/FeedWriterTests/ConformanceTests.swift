import FeedModel
import FeedText
import FeedWriter
import Foundation
import TestSupport
import Testing

/// The outputs as readers and validators see them: Atom against RFC 4287's RELAX NG schema (with
/// xmllint), RSS against the RSS Advisory Board's profile, JSON Feed against a JSON schema of
/// version 1.1 (with Python's jsonschema), and every format against a corpus of XSS vectors.
@Suite struct ConformanceTests {
    let folder = TemporaryFolder()

    static let schemas = Bundle.module.url(forResource: "Schemas", withExtension: nil)!
    static let vectors: [String] = {
        let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(
            "xss-vectors.txt")
        return (try? String(contentsOf: url, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    }()

    // MARK: Stories with everything a feed can throw at a writer

    static func date(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_743_600_000 + seconds) }

    static func sourced(
        _ id: Int64, feed: String, title: String?, titleType: TextType? = .text, link: String?, content: String?,
        summary: String? = nil, language: String? = nil, authors: [Author] = [], enclosures: [Enclosure] = [],
        at seconds: Double
    ) -> SourcedArticle {
        SourcedArticle(
            storeID: id, feedURL: feed, feedTitle: "Outlet \(id % 3) & Sons <News>",
            feedSiteURL: "https://outlet\(id % 3).example/",
            article: Article(
                id: "entry-\(id)", title: title, titleType: titleType, link: link, summary: summary,
                summaryType: .html, content: content, contentType: .html, published: date(seconds),
                language: language, authors: authors, enclosures: enclosures),
            firstSeen: date(seconds), lastUpdated: date(seconds))
    }

    static var richStories: [Story] {
        var stories: [Story] = []
        stories.append(
            Story(
                id: "urn:feedmerge:story:rich",
                primary: sourced(
                    1, feed: "https://a.example/feed?x=1&y=2", title: "<b>Bold</b> &amp; brave: “quotes” — Вучић",
                    titleType: .html, link: "https://a.example/story?id=1&ref=rss",
                    content: "<p>Body <a href=\"/rel\">relative</a> <img src=\"pic.jpg\" alt=\"A picture\"></p>",
                    summary: "<p>Summary with <em>markup</em> &amp; entities</p>", language: "sr-Latn",
                    authors: [Author(name: "Ana Anić", email: "ana@a.example")],
                    enclosures: [
                        Enclosure(url: "https://a.example/audio.mp3?x=1&y=2", type: "audio/mpeg", length: 1_234_567),
                        Enclosure(url: "https://a.example/photo", type: "not a type"),
                    ], at: 100),
                also: [
                    sourced(
                        2, feed: "https://b.example/rss", title: "Retold", link: "https://b.example/2", content: nil,
                        at: 50),
                    sourced(5, feed: "https://c.example/rss", title: "No link", link: nil, content: "<p>x</p>", at: 60),
                ], tags: ["nato", "western-balkans"]))
        stories.append(
            Story(
                id: "urn:feedmerge:story:bare",
                primary: sourced(3, feed: "file:///feeds/local.xml", title: nil, link: nil, content: nil, at: 10),
                also: [], tags: []))
        stories.append(
            Story(
                id: "urn:feedmerge:story:odd",
                primary: sourced(
                    4, feed: "https://d.example/rss", title: "Control\u{1}chars\u{FFFE} and ]]> too",
                    link: "https://d.example/a b", content: "<p>text\u{0}with NUL</p>", language: "not a language!",
                    at: 20),
                also: [], tags: ["odd tag", "ünïcödé"]))
        for (index, vector) in vectors.enumerated() {
            stories.append(
                Story(
                    id: "urn:feedmerge:story:xss-\(index)",
                    primary: sourced(
                        Int64(100 + index), feed: "https://x.example/rss", title: vector, titleType: .html,
                        link: "https://x.example/\(index)", content: "<p>Vector \(index)</p>" + vector,
                        summary: vector, at: Double(-index)),
                    also: [], tags: ["xss"]))
        }
        return stories
    }

    static func render(_ format: OutputFormat, url: String? = "https://feeds.example/out") -> String {
        let writer = FeedWriter(topicTitles: ["nato": "NATO & Co <b>"], tagPages: ["nato": "nato.html"])
        let output = OutputDefinition(path: "-", format: format, title: "All <stories> & more", url: url)
        return String(decoding: writer.render(writer.select(richStories, for: output), as: output), as: UTF8.self)
    }

    // MARK: Atom

    @Test func atomIsValidAgainstTheRFCsRelaxNGSchema() async throws {
        let xmllint = try #require(XMLCheck.xmllint, "xmllint is not installed (apt-get install libxml2-utils)")
        for url in ["https://feeds.example/out", nil] as [String?] {
            let path = folder.write("atom.xml", Self.render(.atom, url: url))
            let result = try await ProcessRunner.run(
                xmllint, ["--noout", "--relaxng", Self.schemas.appendingPathComponent("atom.rng").path, path])
            #expect(result.status == 0, "\(result.stderr.prefix(2000))")
        }
    }

    @Test func atomEntriesCarrySourceCategoriesRelatedLinksAndLanguage() throws {
        let atom = Self.render(.atom)
        let rich = try #require(atom.range(of: "<id>urn:feedmerge:story:rich</id>").map { atom[$0.lowerBound...] })
        let entry = String(rich[..<rich.range(of: "</entry>")!.upperBound])
        #expect(atom.contains(#"<entry xml:lang="sr-Latn">"#))
        #expect(entry.contains(#"<category term="nato" label="NATO &amp; Co &lt;b&gt;"/>"#))
        #expect(entry.contains(#"<link rel="related" href="https://b.example/2""#))
        #expect(entry.contains("<source>") && entry.contains("<id>https://a.example/feed?x=1&amp;y=2</id>"))
        #expect(entry.contains(#"<title type="text">Bold &amp; brave: “quotes” — Вучић</title>"#))
        #expect(!atom.contains("xml:lang=\"not a language!\""))
    }

    // MARK: RSS

    @Test func rssFollowsTheAdvisoryBoardsProfile() async throws {
        let rss = Self.render(.rss)
        #expect(try await XMLCheck.isWellFormed(rss))
        #expect(rss.contains(#"<atom:link rel="self" type="application/rss+xml" href="https://feeds.example/out"/>"#))
        let items = rss.components(separatedBy: "<item>").dropFirst()
        #expect(items.count == Self.richStories.count)
        let rfc822 = try Regex(
            #"<pubDate>(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})</pubDate>"#
        )
        for item in items {
            #expect(item.contains(#"<guid isPermaLink="false">urn:feedmerge:story:"#))
            #expect(item.contains(rfc822), "\(item.prefix(300))")
            #expect(item.contains("<source url=\""))
        }
        #expect(rss.contains("<category>western-balkans</category>"))
        #expect(rss.contains("<title>Bold &amp; brave: “quotes” — Вучић</title>"))
    }

    // MARK: JSON Feed

    @Test func jsonFeedIsValidAgainstTheVersionOneOneSchema() async throws {
        let json = Self.render(.json)
        let path = folder.write("feed.json", json)
        let python = try #require(
            await PythonCheck.interpreter(importing: "jsonschema"),
            "no Python with jsonschema (apt-get install python3-jsonschema)")
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1]))
            errors = list(Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors[:10]: print(list(error.path), error.message)
            sys.exit(1 if errors else 0)
            """
        let result = try await ProcessRunner.run(
            python, ["-c", script, Self.schemas.appendingPathComponent("jsonfeed-1.1.schema.json").path, path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        // Formats the schema names but jsonschema checks only with optional packages.
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        let dates = ISO8601DateFormatter()
        for item in items {
            for key in ["date_published", "date_modified"] {
                #expect(dates.date(from: item[key] as? String ?? "") != nil, "\(key): \(item[key] ?? "none")")
            }
            if let url = item["url"] as? String { #expect(URL(string: url) != nil, "\(url)") }
        }
        let rich = try #require(items.first { $0["id"] as? String == "urn:feedmerge:story:rich" })
        #expect(rich["title"] as? String == "Bold & brave: “quotes” — Вучић")
        #expect(rich["tags"] as? [String] == ["nato", "western-balkans"])
    }

    // MARK: Safety

    @Test func theVectorCorpusIsLoaded() {
        #expect(Self.vectors.count >= 90)
    }

    /// The check reads tags by code point, as a browser's tokenizer does: a combining mark after
    /// a `>` (found by fuzzing the sanitizer) does not make the tag run on into the text. And it
    /// keeps the images the sanitizer keeps (fuzzing found `image/jpg` flagged).
    @Test func theSafetyCheckReadsTagsAsABrowserDoes() {
        #expect(HTMLSafety.problems(in: "<p>Charging</p>\u{0339} and you'll catch on in no time</p>").isEmpty)
        #expect(
            HTMLSafety.problems(in: "<p>x</p>\u{0339}<img src=x onerror=alert(1)>") == [
                "event handler onerror on <img>"
            ])
        // Inline raster images are kept (`image/jpg` too, as the sanitizer keeps them); others are not.
        #expect(HTMLSafety.problems(in: "<img src=\"data:image/jpg;base64,/9j/4AAQ\">").isEmpty)
        #expect(HTMLSafety.problems(in: "<img src=\"data:image/svg+xml;base64,PHN2Zz4\">") == ["src=data: on <img>"])
    }

    @Test func theSanitizerLetsNoVectorThrough() {
        for vector in Self.vectors {
            let clean = HTMLSanitizer.sanitize(vector, base: "https://x.example/a/")
            #expect(HTMLSafety.problems(in: clean).isEmpty, "\(vector) → \(clean): \(HTMLSafety.problems(in: clean))")
        }
    }

    @Test func noFormatCarriesAVectorThrough() throws {
        // JSON Feed: the HTML is a JSON string.
        let feed = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.render(.json).utf8)) as? [String: Any])
        for item in try #require(feed["items"] as? [[String: Any]]) {
            let html = item["content_html"] as? String ?? ""
            #expect(HTMLSafety.problems(in: html).isEmpty, "\(item["id"] ?? "?"): \(html)")
            let title = item["title"] as? String ?? ""
            #expect(title.firstMatch(of: /<[A-Za-z][^<>]*>/) == nil, "a title keeps markup: \(title)")
        }
        // Atom and RSS: the HTML is escaped text inside an element.
        for (format, element) in [(OutputFormat.atom, "content"), (.rss, "description")] {
            let xml = Self.render(format)
            for html in XMLCheck.elementTexts(element, in: xml) {
                #expect(HTMLSafety.problems(in: html).isEmpty, "\(format): \(html)")
            }
        }
        // HTML: the whole page (its own style sheet aside).
        let page = Self.render(.html)
        #expect(
            HTMLSafety.problems(in: page, allowingPageFurniture: true).isEmpty,
            "\(HTMLSafety.problems(in: page, allowingPageFurniture: true))")
    }

    @Test func thePageMarksTheLanguageOfEachStorysText() {
        // The story's title and excerpt in the feed's language (screen readers switch voices);
        // the page's own words around them stay English, and a malformed language is left out.
        let page = Self.render(.html)
        #expect(
            page.contains(#"<h3 dir="auto" lang="sr-Latn"><a href="https://a.example/story?id=1&amp;ref=rss">Bold"#))
        #expect(page.contains(#"<p class="excerpt" dir="auto" lang="sr-Latn">Summary with markup &amp; entities</p>"#))
        #expect(page.contains("<article>\n<h3 dir=\"auto\" lang=") && !page.contains("<article lang="))
        #expect(!page.contains("not a language"))
    }

    @Test func titlesArePlainTextWithoutStrayMarkupOrDoubleEscapes() throws {
        // The title of the rich story was "<b>Bold</b> &amp; brave…" as HTML: readers must show
        // "Bold & brave…", so each format holds it escaped exactly once for its own syntax.
        let atom = Self.render(.atom)
        #expect(atom.contains("<title type=\"text\">Bold &amp; brave: “quotes” — Вучић</title>"))
        let rss = Self.render(.rss)
        #expect(rss.contains("<title>Bold &amp; brave: “quotes” — Вучић</title>"))
        let page = Self.render(.html)
        #expect(page.contains(">Bold &amp; brave: “quotes” — Вучић<"))
        for (format, text) in [(OutputFormat.atom, atom), (.rss, rss), (.html, page)] {
            // A page's headings link to the story: the only markup they may hold is that link.
            let headings = XMLCheck.elementTexts("h3", in: text).map {
                $0.replacing(/<a href="[^"<>]*">|<\/a>/, with: "")
            }
            for title in XMLCheck.elementTexts("title", in: text) + headings {
                #expect(!title.contains("&amp;") && !title.contains("&lt;"), "\(format) escapes twice: \(title)")
                #expect(title.firstMatch(of: /<(b|i|em|strong|span|a)\b[^<>]*>/) == nil, "\(format): \(title)")
            }
        }
    }
}

@Suite struct DeterminismTests {
    @Test func theSameStoriesInAnyOrderGiveTheSameBytes() {
        let stories = ConformanceTests.richStories
        // Two stories at the same moment: ties go by id.
        var tied = stories
        tied.append(
            Story(
                id: "urn:feedmerge:story:aaa-tie", primary: stories[0].primary, also: [], tags: ["nato"]))
        for format in [OutputFormat.atom, .rss, .json, .html] {
            let output = OutputDefinition(path: "-", format: format, title: "All", url: "https://feeds.example/all")
            let writer = FeedWriter()
            let forward = writer.render(writer.select(tied, for: output), as: output)
            let shuffled = FeedWriter()
            let backward = shuffled.render(shuffled.select(tied.reversed(), for: output), as: output)
            #expect(forward == backward, "\(format)")
            let ids = writer.select(tied, for: output).map(\.id)
            #expect(
                ids.firstIndex(of: "urn:feedmerge:story:aaa-tie")! < ids.firstIndex(of: "urn:feedmerge:story:rich")!)
        }
    }
}
