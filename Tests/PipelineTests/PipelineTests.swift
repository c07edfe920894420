import FeedModel
import FeedParser
import FeedmergeConfig
import Foundation
import Pipeline
import TestSupport
import Testing

@Suite struct PipelineTests {
    let folder = TemporaryFolder()

    static func rss(_ title: String, items: [(String, String)]) -> String {
        var xml =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>\(title)</title><link>https://\(title).example/</link>"
        for (itemTitle, link) in items {
            xml +=
                "<item><title>\(itemTitle)</title><link>\(link)</link><pubDate>Thu, 03 Apr 2025 09:00:00 GMT</pubDate></item>"
        }
        return xml + "</channel></rss>"
    }

    private func configure(opml: String, outputs: String = "") throws -> Configuration {
        folder.write("feeds.opml", opml)
        let yaml = """
            feeds: feeds.opml
            database: state/feedmerge.sqlite
            outputs:
              - path: public/all.json
                format: json
                title: All
              - path: public/nato.xml
                format: atom
                filter: nato
            \(outputs)
            topics:
              nato:
                match_case: [NATO]
            """
        return try Configuration.load(path: folder.write("feedmerge.yaml", yaml))
    }

    @Test func oneBrokenFeedDoesNotStopTheOthers() async throws {
        folder.write("a.xml", Self.rss("a", items: [("NATO meets", "https://a.example/1")]))
        folder.write("b.xml", "<html><body>not a feed</body></html>")
        folder.write("c.xml", Self.rss("c", items: [("Weather", "https://c.example/1")]))
        let configuration = try configure(
            opml: """
                <opml version="2.0"><body>
                <outline text="A" xmlUrl="a.xml"/><outline text="B" xmlUrl="b.xml"/><outline text="C" xmlUrl="c.xml"/>
                </body></opml>
                """)
        let pipeline = Pipeline(configuration: configuration)
        let fetched = try await pipeline.fetch()
        #expect(fetched.feeds == 3)
        #expect(fetched.failures.count == 1)
        #expect(fetched.failures.first?.title == "B")
        #expect(fetched.failures.first?.message.contains("HTML page") == true)
        _ = try pipeline.build()

        let data = try #require(FileManager.default.contents(atPath: folder.file("public/all.json")))
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let titles = (feed["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }.sorted()
        #expect(titles == ["NATO meets", "Weather"])
        let atom = try #require(folder.read("public/nato.xml"))
        #expect(atom.contains("NATO meets"))
        #expect(!atom.contains("Weather"))
    }

    /// A build killed between creating an output's temporary file and renaming it (cron's
    /// `timeout`, the OOM killer, a reboot) leaves `.all.json.Xy12Ab` beside the output; a later
    /// build removes such files once they have been untouched for ten minutes, and nothing else.
    @Test func temporaryFilesADeadBuildLeftAreRemoved() async throws {
        folder.write("a.xml", Self.rss("a", items: [("NATO meets", "https://a.example/1")]))
        let configuration = try configure(
            opml: "<opml version=\"2.0\"><body><outline text=\"A\" xmlUrl=\"a.xml\"/></body></opml>")
        let pipeline = Pipeline(configuration: configuration)
        _ = try await pipeline.fetch()
        let hourAgo = Date().addingTimeInterval(-3600)
        func leave(_ name: String, modified: Date = hourAgo) {
            folder.write("public/" + name, "{\"half\": ")
            try? FileManager.default.setAttributes(
                [.modificationDate: modified], ofItemAtPath: folder.file("public/" + name))
        }
        leave(".all.json.Ab12Cd")
        leave(".nato.xml.x9Y8z7")
        leave(".all.json.Qw3rTy", modified: Date())  // perhaps another build's, still being written
        leave(".all.json.bak")  // not a name feedmerge makes
        leave(".all.json.Ab12Cd.old")
        leave(".notes.json.Ab12Cd")  // no output of this configuration
        leave("all.json.Ab12Cd")
        try FileManager.default.createDirectory(
            atPath: folder.file("public/.all.json.Dir123"), withIntermediateDirectories: true)
        _ = try pipeline.build()
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.file("public")).sorted()
        #expect(
            left == [
                ".all.json.Ab12Cd.old", ".all.json.Dir123", ".all.json.Qw3rTy", ".all.json.bak",
                ".notes.json.Ab12Cd", "all.json", "all.json.Ab12Cd", "nato.xml",
            ])

        // A build with nothing to do removes them too.
        leave(".all.json.Zz0011")
        #expect(try pipeline.build().skipped)
        #expect(!FileManager.default.fileExists(atPath: folder.file("public/.all.json.Zz0011")))
    }

    @Test func fetchesFromARealServerAndSkipsUnchangedFeeds() async throws {
        let body = Self.rss("srv", items: [("NATO from HTTP", "https://srv.example/1")])
        let server = try LoopbackHTTPServer { request in
            if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
            return .init(contentType: "application/rss+xml", body: body, headers: [("ETag", "\"v1\"")])
        }
        defer { server.stop() }
        let configuration = try configure(
            opml: "<opml version=\"1.0\"><body><outline text=\"S\" xmlUrl=\"\(server.url("/feed"))\"/></body></opml>")
        let pipeline = Pipeline(configuration: configuration)
        let first = try await pipeline.fetch()
        #expect(first.updated == 1)
        #expect(first.newArticles == 1)
        let second = try await pipeline.fetch()
        #expect(second.unchanged == 1)
        #expect(second.newArticles == 0)
        #expect(server.requests.count == 2)
        #expect(server.requests.last?.headers["if-none-match"] == "\"v1\"")
        let report = try pipeline.build()
        #expect(report.stories == 1)
        #expect(folder.read("public/nato.xml")?.contains("NATO from HTTP") == true)
    }

    /// `feedmerge add`: a feed given as its address or as a page that advertises it is read
    /// first, then listed in its folder with one line of the OPML changed; a feed already listed,
    /// one that cannot be read, and a list that does not read change nothing. `feedmerge remove`
    /// takes the line out again.
    @Test func addingAndRemovingAFeedEditOneLineOfTheList() async throws {
        let feed = Self.rss(
            "Balkan Insight", items: [("Story", "https://bi.example/1"), ("Other", "https://bi.example/2")])
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/feed": return .init(contentType: "application/rss+xml", body: feed)
            case "/":
                return .init(
                    contentType: "text/html",
                    body:
                        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed\"></head></html>"
                )
            default: return .init(status: 404)
            }
        }
        defer { server.stop() }
        let opml = """
            <?xml version="1.0"?>
            <opml version="2.0"><body>
              <!-- the desk's list -->
              <outline text="Western Balkans">
                <outline text="N1" xmlUrl="https://n1.example/rss"/>
              </outline>
            </body></opml>

            """
        let pipeline = Pipeline(configuration: try configure(opml: opml))
        let added = try await pipeline.subscribe(to: server.url("/"), folder: "western balkans", title: nil)
        #expect(added.isNew && added.url == server.url("/feed") && added.title == "Balkan Insight")
        #expect(added.entries == 2 && added.foundOn == server.url("/") && added.folder == "Western Balkans")
        let line =
            "    <outline type=\"rss\" text=\"Balkan Insight\" title=\"Balkan Insight\" xmlUrl=\"\(server.url("/feed"))\" "
            + "htmlUrl=\"https://Balkan Insight.example/\"/>\n"
        let expected = opml.replacingOccurrences(of: "rss\"/>\n", with: "rss\"/>\n" + line)
        #expect(folder.read("feeds.opml") == expected)

        // Listed already (by its address, or through the page, or as typed without its scheme:
        // `127.0.0.1:PORT/feed` was refused as no http(s) address): nothing is written.
        for address in [server.url("/feed"), server.url("/"), String(server.url("/feed").dropFirst("http://".count))] {
            let again = try await pipeline.subscribe(to: address, folder: nil, title: nil)
            #expect(!again.isNew)
        }
        #expect(folder.read("feeds.opml") == expected)
        await #expect(throws: PipelineError.self) {
            try await pipeline.subscribe(to: server.url("/gone"), folder: nil, title: nil)
        }
        #expect(folder.read("feeds.opml") == expected)

        // A list cut off (a sync halfway through writing it) is not added to.
        let cut = String(expected.prefix(60))
        folder.write("feeds.opml", cut)
        await #expect(throws: PipelineError.self) {
            try await pipeline.subscribe(to: server.url("/feed"), folder: nil, title: "Mine")
        }
        #expect(folder.read("feeds.opml") == cut)

        // No list yet: one is made.
        try FileManager.default.removeItem(atPath: folder.file("feeds.opml"))
        let first = try await pipeline.subscribe(to: server.url("/feed"), folder: nil, title: "Mine")
        #expect(first.isNew && first.title == "Mine")
        let subscriptions = try OPMLReader.read(fileAt: folder.file("feeds.opml"))
        #expect(subscriptions.map(\.url) == [server.url("/feed")])
        #expect(subscriptions.map(\.title) == ["Mine"])
        // And the run reads it.
        let fetched = try await pipeline.fetch()
        #expect(fetched.newArticles == 2)

        // `feedmerge remove`, by its title or any spelling of its address; one not listed is named.
        folder.write("feeds.opml", expected)
        let byTitle = try pipeline.unsubscribe(from: "balkan insight")
        #expect(byTitle.subscription.url == server.url("/feed"))
        #expect(folder.read("feeds.opml") == opml)
        #expect(throws: PipelineError.self) { try pipeline.unsubscribe(from: server.url("/feed")) }
        folder.write("feeds.opml", expected)
        _ = try pipeline.unsubscribe(from: server.url("/feed").replacingOccurrences(of: "http://", with: "https://"))
        #expect(folder.read("feeds.opml") == opml)
    }

    /// Reddit's posts, their own text escaped twice: the outputs show the text, not its tags.
    @Test func htmlEscapedTwiceIsPublishedAsItsText() async throws {
        folder.write(
            "reddit.xml",
            """
            <?xml version="1.0"?><rss version="2.0"><channel><title>r</title><link>https://r.example/</link>
            <item><title>A joke</title><link>https://r.example/1</link>
            <description>&amp;lt;!-- SC_OFF --&amp;gt;&amp;lt;div class=&amp;quot;md&amp;quot;&amp;gt;&amp;lt;p&amp;gt;A \
            threesome&amp;lt;/p&amp;gt;&amp;lt;/div&amp;gt;&amp;lt;!-- SC_ON --&amp;gt; submitted by \
            &lt;a href="https://r.example/u/x"&gt;x&lt;/a&gt;</description></item></channel></rss>
            """)
        let pipeline = Pipeline(
            configuration: try configure(
                opml: "<opml version=\"2.0\"><body><outline xmlUrl=\"reddit.xml\"/></body></opml>"))
        _ = try await pipeline.fetch()
        _ = try pipeline.build()
        let json = try #require(folder.read("public/all.json"))
        #expect(json.contains("<p>A threesome</p>"), "\(json)")
        #expect(!json.contains("SC_OFF") && !json.contains("&lt;div"))
    }

    @Test func aMissingOPMLIsAnErrorNamingIt() async throws {
        let configuration = try Configuration.load(path: folder.write("feedmerge.yaml", "feeds: missing.opml\n"))
        do {
            _ = try await Pipeline(configuration: configuration).fetch()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .subscriptions)
            #expect(error.message.contains("missing.opml"))
        }
    }

    /// An output that cannot be written (here its folder is a file; as well a folder gone, a
    /// disk full) does not keep the others from being written; the build fails naming it, and
    /// the next build writes every output again.
    @Test func anOutputThatCannotBeWrittenDoesNotStopTheOthers() async throws {
        folder.write("a.xml", Self.rss("a", items: [("NATO meets", "https://a.example/1")]))
        folder.write("blocked", "a file where the output's folder should be")
        folder.write("feeds.opml", "<opml version=\"2.0\"><body><outline text=\"A\" xmlUrl=\"a.xml\"/></body></opml>")
        let yaml = """
            database: state/feedmerge.sqlite
            outputs:
              - path: blocked/all.xml
                format: atom
              - path: public/all.json
                format: json
              - path: public/nato.xml
                format: atom
                filter: nato
            topics:
              nato:
                match_case: [NATO]
            """
        let pipeline = Pipeline(configuration: try Configuration.load(path: folder.write("feedmerge.yaml", yaml)))
        _ = try await pipeline.fetch()
        do {
            _ = try pipeline.build()
            Issue.record("expected an error")
        } catch {
            #expect(error.code == .output)
            #expect(error.message.hasPrefix("1 of 3 outputs could not be written"))
        }
        #expect(folder.read("public/all.json")?.contains("NATO meets") == true)
        #expect(folder.read("public/nato.xml")?.contains("NATO meets") == true)

        try FileManager.default.removeItem(atPath: folder.file("blocked"))
        let again = try pipeline.build()
        #expect(!again.skipped)
        #expect(folder.read("blocked/all.xml")?.contains("NATO meets") == true)
    }
}
