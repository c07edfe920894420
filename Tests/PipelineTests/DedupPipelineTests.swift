import Dedup
import FeedModel
@_spi(Testing) import FeedStore
import FeedmergeConfig
import Foundation
import Pipeline
import TestSupport
import Testing

/// Deduplication through the whole pipeline: real HTTP feeds, a real store, real outputs.
@Suite struct DedupPipelineTests {
    let folder = TemporaryFolder()

    static let report = """
        NATO Secretary General Mark Rutte said on Thursday in Brussels that the Western Balkans is not \
        explicitly on the agenda of the meeting of foreign ministers, but that the region may be discussed. \
        Rutte said he had visited Sarajevo and Pristina in March and met the President of Serbia, Aleksandar \
        Vučić, in Brussels. NATO is very committed to ensuring that the Western Balkans remains stable and \
        secure, he told reporters on arrival at the alliance headquarters for the two-day meeting.
        """

    static func item(_ title: String, _ link: String, _ html: String, date: String = "Thu, 03 Apr 2025 09:00:00 GMT")
        -> String
    {
        "<item><title>\(title)</title><link>\(link)</link><guid>\(link)</guid><pubDate>\(date)</pubDate>"
            + "<description><![CDATA[\(html)]]></description></item>"
    }

    static func rss(_ name: String, _ items: [String]) -> String {
        "<rss version=\"2.0\"><channel><title>\(name)</title><link>https://\(name).example/</link>"
            + items.joined() + "</channel></rss>"
    }

    /// A wire's feed: the report, and a story no other outlet carries.
    static let wire = rss(
        "wire",
        [
            item("Rutte: Western Balkans not on the agenda", "https://wire.example/rutte", "<p>\(report)</p>"),
            item(
                "Harbour cranes idle in Rijeka", "https://wire.example/cranes",
                "<p>Dock workers in Rijeka stopped the harbour cranes for six hours over unpaid overtime.</p>"),
        ])

    /// A portal's feed carrying the wire's report whole, under its own headline, at `link`.
    static func portal(carrying link: String) -> String {
        rss(
            "portal",
            [
                item(
                    "NATO chief on the Balkans", link, "<p>\(report)</p>", date: "Thu, 03 Apr 2025 11:30:00 GMT")
            ])
    }

    /// Serves `feeds[path]` as RSS; feeds can be added while the server runs.
    final class Feeds: @unchecked Sendable {
        private let lock = NSLock()
        private var bodies: [String: String] = [:]
        subscript(path: String) -> String? {
            get { lock.withLock { bodies[path] } }
            set { lock.withLock { bodies[path] = newValue } }
        }

        /// A server on 127.0.0.1 for these feeds (404 for any other path).
        func serve() throws -> LoopbackHTTPServer {
            try LoopbackHTTPServer { [self] request in
                guard let body = self[request.path] else { return .init(status: 404) }
                return .init(contentType: "application/rss+xml", body: body)
            }
        }
    }

    private func opml(_ server: LoopbackHTTPServer, _ paths: [String]) {
        let outlines = paths.map { "<outline text=\"\($0)\" xmlUrl=\"\(server.url("/" + $0))\"/>" }.joined()
        folder.write("feeds.opml", "<opml version=\"2.0\"><body>\(outlines)</body></opml>")
    }

    /// A pipeline over `state.sqlite` that writes `out/all.json`, and what `more` adds to the
    /// configuration (further outputs, indented as list entries, then `topics:`).
    private func pipeline(_ more: String = "") throws -> Pipeline {
        let config = folder.write(
            "feedmerge.yaml", "database: state.sqlite\noutputs:\n  - path: out/all.json\n    format: json\n" + more)
        return Pipeline(configuration: try Configuration.load(path: config))
    }

    private func items() throws -> [[String: Any]] {
        let data = try #require(FileManager.default.contents(atPath: folder.file("out/all.json")))
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return feed["items"] as? [[String: Any]] ?? []
    }

    private static func also(_ item: [String: Any]) -> [String] {
        let object = item["_feedmerge"] as? [String: Any]
        return (object?["also"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }.sorted()
    }

    @Test func copiesAcrossOutletsAreOneStoryWhoseIDNeverChanges() async throws {
        let feeds = Feeds()
        feeds["/wire"] = Self.wire
        // Another outlet: retitled, cut short, with its furniture around it.
        feeds["/portal"] = Self.rss(
            "portal",
            [
                Self.item(
                    "NATO chief on the Balkans", "https://portal.example/nato-chief",
                    "<p>1897 views 0 comment(s)</p><p>Photo: REUTERS</p><p>\(Self.report.prefix(330))…</p>"
                        + "<p>Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.</p>",
                    date: "Thu, 03 Apr 2025 11:30:00 GMT")
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["wire", "portal"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        let first = try pipeline.build()
        #expect(first.deduplicated == 3)
        #expect(first.stories == 2)
        let merged = try #require(try items().first { ($0["title"] as? String)?.hasPrefix("Rutte") == true })
        #expect(Self.also(merged) == ["portal"])
        #expect(merged["url"] as? String == "https://wire.example/rutte")
        let storyID = try #require(merged["id"] as? String)

        // A third outlet retells it in other words, with the names spelled its way, a day later.
        feeds["/desk"] = Self.rss(
            "desk",
            [
                Self.item(
                    "Alliance chief: Balkans may come up in Brussels", "https://desk.example/balkans",
                    """
                    <p>Speaking on arrival in Brussels, NATO Secretary General Mark Rute said the Western Balkans \
                    were not formally on the foreign ministers' agenda but that the region may be discussed at the \
                    two-day meeting. He said he had been to Sarajevo and Pristina in March and had met Serbian \
                    President Aleksandar Vucic in Brussels, adding that the alliance is committed to keeping the \
                    Western Balkans stable and secure.</p>
                    """, date: "Fri, 04 Apr 2025 08:00:00 GMT")
            ])
        opml(server, ["wire", "portal", "desk"])
        _ = try await pipeline.fetch()
        let second = try pipeline.build()
        #expect(second.deduplicated == 1)
        let again = try #require(try items().first { $0["id"] as? String == storyID })
        #expect(Self.also(again) == ["desk", "portal"])
        #expect(try items().count == 2)

        // The CLI's views of the same store.
        let clusters = try pipeline.clusters(since: .distantPast)
        #expect(clusters.count == 1)
        #expect(clusters.first?.id == storyID)
        #expect(clusters.first?.members.map(\.evidence?.reason.rawValue) == ["founder", "matched", "matched"])
        let retold = try #require(try pipeline.explain(link: "https://desk.example/balkans?utm_source=x").first)
        #expect(retold.story?.id == storyID)
        #expect(retold.evidence?.verdict?.rawValue == "retold")
        #expect(retold.decidingComparison?.sharedNames.contains("Vucic") == true)
        let alone = try #require(try pipeline.explain(link: "https://wire.example/cranes").first)
        #expect(alone.story?.members.count == 1)
        #expect(alone.evidence?.reason.rawValue == "founder")
        // As copied from a browser's address bar, without its scheme.
        let bare = try #require(try pipeline.explain(link: "wire.example/cranes").first)
        #expect(bare.article.article.link == alone.article.article.link)
    }

    /// One outlet's feed carrying the report of the port of Bar's reopening, at the same hour as
    /// every other's.
    static func portOfBar(_ outlet: String) -> String {
        let text =
            "<p>The port of Bar reopened its container terminal on Thursday after a strike of eleven days, "
            + "the operator said, with two cranes back at work and a third due next week.</p>"
        return rss(outlet, [item("Port of Bar reopens after strike", "https://\(outlet).example/bar", text)])
    }

    /// Two outlets carry one story at the same hour. Which of them founds it (whose title and link
    /// the outputs give) follows the subscription list, not which server answered first: the
    /// first-listed feed here answers last, and still founds the story, at every run.
    @Test func theCopyThatFoundsAStoryDoesNotDependOnWhichServerAnsweredFirst() async throws {
        let server = try LoopbackHTTPServer { request in
            var response = LoopbackHTTPServer.Response(
                contentType: "application/rss+xml", body: Self.portOfBar(String(request.path.dropFirst())))
            // The first-listed feed answers after the other has been stored.
            if request.path == "/first" { response.delay = 0.5 }
            return response
        }
        defer { server.stop() }
        opml(server, ["first", "second"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        _ = try pipeline.build()
        let clusters = try pipeline.clusters(since: .distantPast)
        #expect(clusters.count == 1)
        let founder = try #require(clusters.first?.members.first { $0.evidence?.reason == .founder })
        #expect(founder.article.feedURL.hasSuffix("/first"))
        #expect(try items().first?["url"] as? String == "https://first.example/bar")
    }

    /// A copy of the same hour that comes at a later fetch (its feed was failing) joins the story
    /// without taking it over: the story keeps the link and title readers already have, even
    /// from a feed listed first.
    @Test func aCopyThatComesLaterDoesNotTakeOverTheStory() async throws {
        let feeds = Feeds()
        // The first-listed feed is not found at the first fetch.
        feeds["/second"] = Self.portOfBar("second")
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["first", "second"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        _ = try pipeline.build()
        let before = try #require(try items().first)
        #expect(before["url"] as? String == "https://second.example/bar")
        feeds["/first"] = Self.portOfBar("first")
        _ = try await pipeline.fetch(force: true)
        _ = try pipeline.build()
        let after = try items()
        #expect(after.count == 1)
        #expect(after.first?["id"] as? String == before["id"] as? String)
        #expect(after.first?["url"] as? String == "https://second.example/bar")
        #expect(after.first.map(Self.also) == ["first"])
    }

    /// A blog that posts each item as an anchor on the day's page (Scripting News), read through
    /// two of its feeds, and a portal that carries a wire's story with a link to the wire's page
    /// and a campaign fragment.
    @Test func postsOnOnePageAreStoriesOfTheirOwnAndAnOutletsOtherFeedsAreNotOtherOutlets() async throws {
        let day = "https://day.example/2017/06/26.html"
        let posts = [
            Self.item(
                "Bitcoin", day + "#a080605",
                "<p>I bought my first bitcoin today, and wrote down what it took to do it.</p>"),
            Self.item(
                "Podcasting", day + "#a030658",
                "<p>Twelve years after the first podcast, every app still asks for an email address.</p>"),
            Self.item("Outliners", day + "#a020604", "<p>An outliner is a text editor that knows about structure.</p>"),
        ]
        let feeds = Feeds()
        feeds["/day"] = Self.rss("day", posts)
        // The blog's other feed: another address, the same site.
        feeds["/day-mirror"] = Self.rss("day-mirror", [posts[0]])
            .replacingOccurrences(of: "https://day-mirror.example/", with: "https://www.day.example/")
        feeds["/wire"] = Self.wire
        feeds["/portal"] = Self.portal(carrying: "https://wire.example/rutte#xtor=RSS-3208")
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["day", "day-mirror", "wire", "portal"])
        let pipeline = try pipeline(
            """
              - path: out/wide.json
                format: json
                min_sources: 2

            """)
        _ = try await pipeline.fetch()
        let built = try pipeline.build()
        #expect(built.deduplicated == 7)
        #expect(built.stories == 5)
        let items = try items()
        #expect(
            Set(items.compactMap { $0["url"] as? String }).isSuperset(of: [
                day + "#a080605", day + "#a030658", day + "#a020604",
            ]))
        // The mirror's copy is the same page: one story, which ran in one outlet.
        let bitcoin = try #require(items.first { $0["title"] as? String == "Bitcoin" })
        #expect(Self.also(bitcoin).isEmpty)
        #expect((bitcoin["_feedmerge"] as? [String: Any])?["sources"] as? Int == 1)
        let clusters = try pipeline.clusters(since: .distantPast)
        let mirror = try #require(clusters.flatMap(\.members).first { $0.article.feedURL.hasSuffix("/day-mirror") })
        #expect(mirror.evidence?.reason == .sameLink)
        // The portal's link differs from the wire's by a campaign fragment only; it is another
        // outlet, and is named.
        let rutte = try #require(items.first { ($0["title"] as? String)?.hasPrefix("Rutte") == true })
        #expect(Self.also(rutte) == ["portal"])
        #expect((rutte["_feedmerge"] as? [String: Any])?["sources"] as? Int == 2)
        let wide = try #require(FileManager.default.contents(atPath: folder.file("out/wide.json")))
        let wideItems = try #require(try JSONSerialization.jsonObject(with: wide) as? [String: Any])["items"]
        #expect(
            (wideItems as? [[String: Any]])?.compactMap { $0["title"] as? String } == [
                try #require(rutte["title"] as? String)
            ])
        let portal = try #require(clusters.flatMap(\.members).first { $0.article.feedURL.hasSuffix("/portal") })
        #expect(portal.evidence?.reason == .sameLink)
    }

    /// An aggregator's copy of a report (Google News' item naming the wire as its `<source>`)
    /// ran in the wire, not in a second outlet: `min_sources` does not count it apart, and the
    /// outlet it names is what `source:` filters take.
    @Test func anAggregatorsCopyCountsAsTheOutletItNames() async throws {
        let feeds = Feeds()
        feeds["/wire"] = Self.wire
        feeds["/news"] = Self.rss(
            "news",
            [
                "<item><title>Rutte: Western Balkans not on the agenda - wire</title>"
                    + "<link>https://news.example/articles/CBMi1</link><guid>CBMi1</guid>"
                    + "<pubDate>Thu, 03 Apr 2025 09:30:00 GMT</pubDate>"
                    + "<description><![CDATA[<p>\(Self.report)</p>]]></description>"
                    + "<source url=\"https://wire.example\">wire</source></item>",
                "<item><title>Ferries stay in port in Split</title><link>https://news.example/articles/CBMi2</link>"
                    + "<guid>CBMi2</guid><pubDate>Thu, 03 Apr 2025 08:00:00 GMT</pubDate>"
                    + "<description>Ferry crews in Split kept the boats in port over a pay dispute.</description>"
                    + "<source url=\"https://www.other.example/\">Other</source></item>",
            ])
        // Another outlet's copy of the wire's other story.
        feeds["/portal"] = Self.rss(
            "portal",
            [
                Self.item(
                    "Harbour cranes idle in Rijeka", "https://portal.example/cranes",
                    "<p>Dock workers in Rijeka stopped the harbour cranes for six hours over unpaid overtime.</p>",
                    date: "Thu, 03 Apr 2025 10:00:00 GMT")
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["wire", "news", "portal"])
        let pipeline = try pipeline(
            """
              - path: out/wide.json
                format: json
                min_sources: 2
              - path: out/other.json
                format: json
                filter: source:other.example

            """)
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 3)
        func titles(_ path: String) throws -> [String] {
            let data = try #require(FileManager.default.contents(atPath: folder.file(path)))
            let items = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])["items"]
            return (items as? [[String: Any]])?.compactMap { $0["title"] as? String } ?? []
        }
        #expect(try titles("out/wide.json") == ["Harbour cranes idle in Rijeka"])
        // `source:` names the outlet an aggregator's item came from.
        #expect(try titles("out/other.json") == ["Ferries stay in port in Split"])
        let rutte = try #require(try items().first { ($0["title"] as? String)?.hasPrefix("Rutte") == true })
        #expect((rutte["_feedmerge"] as? [String: Any])?["sources"] as? Int == 1)
    }

    /// A new version whose matching or canonical links changed places every article again (as a
    /// changed `dedup.window` does); a story keeps the key it had, so its id in every output stays
    /// and readers do not get its articles again as new items. The keys an earlier version made
    /// that this one would not are emulated in the store.
    @Test func storiesKeepTheirIDsWhenEveryArticleIsPlacedAgain() async throws {
        let server = try await placedWithOlderKeys()
        defer { server.stop() }

        let replaced = try pipeline("dedup:\n  window: 96h\n").build()
        #expect(replaced.deduplicated == 3)
        #expect(replaced.stories == 2)
        #expect(
            try storyIDs() == [
                "https://wire.example/rutte": StoryMerger.storyID(key: "older:wire.example/rutte"),
                "https://wire.example/cranes": StoryMerger.storyID(key: "older:wire.example/cranes"),
            ])
        let merged = try #require(try items().first { $0["url"] as? String == "https://wire.example/rutte" })
        #expect(Self.also(merged) == ["portal"])
    }

    /// A feed added with a backlog (months of items, copies of stories the store has placed)
    /// has each item join its story, however far apart their dates: the stories around each
    /// item's date are within reach when it is placed, not only those of the last days of the
    /// backlog (placing them all at once once kept only the last two windows of the stories
    /// loaded, and the backlog's older copies founded stories of their own).
    @Test func aBacklogOfCopiesJoinsItsStoriesWhateverTheirDates() async throws {
        let words = (0..<400).map { "w\(String($0, radix: 7))x" }
        var seed: UInt64 = 0x9E37_79B9
        func text(_ story: Int) -> String {
            (0..<70).map { _ in
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return words[Int(seed >> 33) % words.count]
            }.joined(separator: " ") + " (report \(story))."
        }
        let texts = (0..<12).map(text)
        let day = 86_400.0
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        func date(_ story: Int, hours: Double) -> String {
            formatter.string(from: Date(timeIntervalSince1970: 1_740_000_000 + Double(story) * 10 * day + hours * 3600))
        }
        let feeds = Feeds()
        feeds["/wire"] = Self.rss(
            "wire",
            texts.indices.map {
                Self.item("Report \($0)", "https://wire.example/\($0)", "<p>\(texts[$0])</p>", date: date($0, hours: 0))
            })
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["wire"])
        _ = try await pipeline().fetch()
        #expect(try pipeline().build().stories == 12)

        feeds["/backlog"] = Self.rss(
            "backlog",
            texts.indices.map {
                Self.item(
                    "Copy \($0)", "https://backlog.example/\($0)", "<p>\(texts[$0])</p>", date: date($0, hours: 2))
            })
        opml(server, ["wire", "backlog"])
        _ = try await pipeline().fetch()
        let built = try pipeline().build()
        #expect(built.deduplicated == 12)
        #expect(built.stories == 12)
        let also = try items().map(Self.also)
        #expect(also.count == 12 && also.allSatisfy { $0.count == 1 }, "\(also)")
    }

    /// A story whose founder was pruned (it left its feed a retention period ago) while a copy
    /// stays keeps its id when every article is placed again: the earliest copy left founds it
    /// under its old key, and readers do not get it again as a new item.
    @Test func aStoryWhoseFounderWasPrunedKeepsItsIDWhenPlacedAgain() async throws {
        let server = try await placedWithOlderKeys()
        defer { server.stop() }
        try FeedStore(path: folder.file("state.sqlite")).execute(
            "DELETE FROM articles WHERE link = 'https://wire.example/rutte'")

        #expect(try pipeline("dedup:\n  window: 96h\n").build().deduplicated == 2)
        let kept = [
            "https://portal.example/nato-chief": StoryMerger.storyID(key: "older:wire.example/rutte"),
            "https://wire.example/cranes": StoryMerger.storyID(key: "older:wire.example/cranes"),
        ]
        #expect(try storyIDs() == kept)
        // Placed again once more, the copy is the story's founder now, and keeps it.
        #expect(try pipeline("dedup:\n  window: 72h\n").build().deduplicated == 2)
        #expect(try storyIDs() == kept)
    }

    /// The wire's two stories, the portal's copy of one, fetched and placed, with the keys in the
    /// store made other than this version makes them (`older:`), as an earlier version's would
    /// be; returns the server, for the caller to stop.
    private func placedWithOlderKeys() async throws -> LoopbackHTTPServer {
        let feeds = Feeds()
        feeds["/wire"] = Self.wire
        feeds["/portal"] = Self.portal(carrying: "https://portal.example/nato-chief")
        let server = try feeds.serve()
        do {
            opml(server, ["wire", "portal"])
            _ = try await pipeline().fetch()
            #expect(try pipeline().build().stories == 2)
            try FeedStore(path: folder.file("state.sqlite")).execute(
                "UPDATE article_placement SET story = 'older:' || story")
            return server
        } catch {
            server.stop()
            throw error
        }
    }

    /// The published id of each story of the output, by its link.
    private func storyIDs() throws -> [String: String] {
        try items().reduce(into: [String: String]()) { ids, item in
            ids[item["url"] as? String ?? ""] = item["id"] as? String
        }
    }

    /// A story whose founder has no page of its own (a podcast's episodes all link its home
    /// page) has an id made from its feed and its entry, not from the store's row number: a
    /// fresh store (a new machine, a damaged database deleted) publishes it under the same id,
    /// and readers do not get it again as a new item.
    @Test func anItemWithoutAPageOfItsOwnKeepsItsIDInAFreshStore() async throws {
        let feeds = Feeds()
        feeds["/wire"] = Self.wire
        feeds["/podcast"] = Self.rss(
            "podcast",
            (1...3).map { number in
                "<item><title>Episode \(number)</title><link>https://podcast.example/</link><guid>ep-\(number)</guid>"
                    + "<pubDate>Thu, 03 Apr 2025 0\(number):00:00 GMT</pubDate>"
                    + "<description>Talk number \(number) of the harbour series.</description></item>"
            })
        let server = try feeds.serve()
        defer { server.stop() }
        func podcastIDs() throws -> [String: String] {
            try items().reduce(into: [String: String]()) { ids, item in
                guard let title = item["title"] as? String, title.hasPrefix("Episode") else { return }
                ids[title] = item["id"] as? String
            }
        }
        opml(server, ["podcast"])
        _ = try await pipeline().fetch()
        _ = try pipeline().build()
        let first = try podcastIDs()
        #expect(first.count == 3)

        // A fresh store, which numbers its rows otherwise: the wire's articles come first.
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: folder.file("state.sqlite" + suffix))
        }
        opml(server, ["wire"])
        _ = try await pipeline().fetch()
        opml(server, ["wire", "podcast"])
        _ = try await pipeline().fetch()
        _ = try pipeline().build()
        #expect(try podcastIDs() == first)
    }

    /// A build that fails midway (the disk fills, the process is killed) leaves what dedup
    /// learned as it was: each article's paragraphs are counted towards its feed's boilerplate
    /// once, however many builds it takes to place it. Counted twice, a feed's own sentences
    /// would pass for boilerplate sooner and be cut from its texts.
    @Test func aBuildThatFailsMidwayCountsNothingTwice() async throws {
        let feeds = Feeds()
        feeds["/wire"] = Self.wire
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["wire"])
        _ = try await pipeline().fetch()
        let store = try FeedStore(path: folder.file("state.sqlite"))
        // Placing the articles fails as a full disk would make it, after their paragraphs were read.
        try store.execute(
            "CREATE TRIGGER fail BEFORE UPDATE OF story ON article_placement BEGIN SELECT RAISE(ABORT, 'no space'); END"
        )
        #expect(throws: PipelineError.self) { try pipeline().build() }
        try store.execute("DROP TRIGGER fail")
        #expect(try pipeline().build().deduplicated == 2)
        let shapes = try #require(
            try store.paragraphShapes(feedIDs: 1...9, minimumCount: 1).first { $0.value.articles > 0 })
        #expect(shapes.value.articles == 2)
        #expect(shapes.value.counts.values.allSatisfy { $0 == 1 })
    }

    /// An aggregator's feed (Google News, a planet) carries many outlets: two of its items that
    /// name different outlets as their `<source>` are those outlets' reports, and a retelling
    /// among them is the same story, not the feed's own follow-up. Two retellings in the feed of
    /// one outlet stay two stories.
    @Test func anAggregatorsItemsFromTwoOutletsAreRetellingsNotFollowUps() async throws {
        let retelling = """
            <p>Speaking on arrival in Brussels, NATO Secretary General Mark Rute said the Western Balkans \
            were not formally on the foreign ministers' agenda but that the region may be discussed at the \
            two-day meeting. He said he had been to Sarajevo and Pristina in March and had met Serbian \
            President Aleksandar Vucic in Brussels, adding that the alliance is committed to keeping the \
            Western Balkans stable and secure.</p>
            """
        func sourced(_ title: String, _ id: String, _ html: String, _ site: String?, _ time: String) -> String {
            "<item><title>\(title)</title><link>https://news.example/articles/\(id)</link><guid>\(id)</guid>"
                + "<pubDate>\(time) GMT</pubDate><description><![CDATA[\(html)]]></description>"
                + (site.map { "<source url=\"https://\($0)/\">\($0)</source>" } ?? "") + "</item>"
        }
        let feeds = Feeds()
        feeds["/news"] = Self.rss(
            "news",
            [
                sourced(
                    "Rutte: Western Balkans not on the agenda", "a1", "<p>\(Self.report)</p>", "wire.example",
                    "Thu, 03 Apr 2025 09:00:00"),
                sourced(
                    "Alliance chief: Balkans may come up in Brussels", "a2", retelling, "desk.example",
                    "Thu, 03 Apr 2025 10:00:00"),
            ])
        // One outlet's own feed with the same two texts a week later: its second report is a follow-up.
        feeds["/blog"] = Self.rss(
            "blog",
            [
                sourced("Rutte on the Balkans", "b1", "<p>\(Self.report)</p>", nil, "Thu, 10 Apr 2025 09:00:00"),
                sourced(
                    "Balkans may come up in Brussels, says alliance chief", "b2", retelling, nil,
                    "Thu, 10 Apr 2025 10:00:00"),
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["news", "blog"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 3)
        let merged = try #require(try items().first { $0["url"] as? String == "https://news.example/articles/a1" })
        #expect(Self.also(merged) == ["desk.example"])
        let retold = try #require(try pipeline.explain(link: "https://news.example/articles/a2").first)
        #expect(retold.evidence?.verdict?.rawValue == "retold")
        let followUp = try #require(try pipeline.explain(link: "https://news.example/articles/b2").first)
        #expect(followUp.story?.members.count == 1)
    }

    /// `explain` takes a link as the outputs publish it: without the campaign codes the feed's
    /// link carried (heise's `?wt_mc=rss.ho.beitrag.rdf`), with a space escaped.
    @Test func anArticleIsExplainedByItsLinkAsPublished() async throws {
        let feeds = Feeds()
        feeds["/ticker"] = Self.rss(
            "ticker",
            [
                Self.item(
                    "Patchday", "https://ticker.example/meldung/patchday.html?wt_mc=rss.ho.beitrag.rdf&amp;seite=2",
                    "<p>Microsoft closes 13 holes.</p>"),
                Self.item(
                    "Patchday notes", "https://ticker.example/meldung/patchday.html?seite=3",
                    "<p>What the patches change, one by one.</p>"),
                Self.item(
                    "Locks", "https://ticker.example/wiki/Locks port", "<p>A wiki's page with a space in its name.</p>"),
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["ticker"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        _ = try pipeline.build()
        let published = "https://ticker.example/meldung/patchday.html?seite=2"
        #expect(try items().contains { $0["url"] as? String == published })
        let found = try pipeline.explain(link: published)
        #expect(found.map { $0.article.article.title } == ["Patchday"])
        #expect(try pipeline.explain(link: "https://ticker.example/meldung/patchday.html").isEmpty)
        // A space in a link is published escaped, and asked about so.
        let escaped = "https://ticker.example/wiki/Locks%20port"
        #expect(try items().contains { $0["url"] as? String == escaped })
        #expect(try pipeline.explain(link: escaped).map { $0.article.article.title } == ["Locks"])
    }

    /// Google Alerts link each story through Google's click counter: an alert is the page it
    /// leads to (one story with the outlet's own copy), and the outputs link that page.
    @Test func anAlertIsThePageItLeadsTo() async throws {
        let feeds = Feeds()
        feeds["/wire"] = Self.wire
        func alert(_ title: String, _ target: String) -> String {
            Self.item(
                title, "https://www.google.com/url?rct=j&amp;sa=t&amp;url=\(target)&amp;ct=ga&amp;usg=AFQjCN",
                "<p>\(title): an alert's snippet.</p>", date: "Thu, 03 Apr 2025 12:00:00 GMT")
        }
        feeds["/alerts"] = Self.rss(
            "alerts",
            [
                alert("Rutte on the Balkans", "https://wire.example/rutte"),
                alert("Ferries", "https://port.example/ferries"),
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["wire", "alerts"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 3)
        let items = try items()
        let rutte = try #require(items.first { ($0["title"] as? String)?.hasPrefix("Rutte:") == true })
        #expect(Self.also(rutte) == ["alerts"])
        let also = (rutte["_feedmerge"] as? [String: Any])?["also"] as? [[String: Any]]
        #expect(also?.first?["url"] as? String == "https://wire.example/rutte")
        let ferries = try #require(items.first { $0["title"] as? String == "Ferries" })
        #expect(ferries["url"] as? String == "https://port.example/ferries")
        let joined = try #require(
            try pipeline.explain(link: "https://wire.example/rutte").first { $0.article.feedURL.hasSuffix("/alerts") })
        #expect(joined.evidence?.reason == .sameLink)
    }

    /// A podcast whose feed links every episode to its home page: each episode is a story.
    @Test func itemsThatAllLinkTheHomePageAreStoriesOfTheirOwn() async throws {
        let feeds = Feeds()
        // Each with a guid of its own, not a permalink.
        func episode(_ number: Int, _ link: String) -> String {
            Self.item("Episode \(number)", link, "<p>\(sentences(number - 1))</p>")
                .replacingOccurrences(
                    of: "<guid>\(link)</guid>", with: "<guid isPermaLink=\"false\">cast-\(number)</guid>")
        }
        feeds["/cast"] = Self.rss(
            "cast",
            [
                episode(1, "https://cast.example/"), episode(2, "https://www.cast.example"),
                episode(3, "https://cast.example/"),
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["cast"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        let built = try pipeline.build()
        #expect(built.stories == 3)
        #expect(try items().count == 3)
        #expect(try pipeline.clusters(since: .distantPast).isEmpty)
    }

    /// A feed that links every item to the page that lists them (not its home page): each item
    /// is a story, at the first fetch and when more come.
    @Test func itemsThatAllLinkTheListingPageAreStoriesOfTheirOwn() async throws {
        func notice(_ number: Int) -> String {
            Self.item("Notice \(number)", "https://gov.example/press/list.php", "<p>\(sentences(number % 3))</p>")
                .replacingOccurrences(
                    of: "<guid>https://gov.example/press/list.php</guid>",
                    with: "<guid isPermaLink=\"false\">n\(number)</guid>")
        }
        let feeds = Feeds()
        feeds["/gov"] = Self.rss("gov", [notice(0), notice(1)])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["gov"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 2)
        feeds["/gov"] = Self.rss("gov", [notice(0), notice(1), notice(2)])
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 3)
        #expect(try pipeline.clusters(since: .distantPast).isEmpty)
        // The link still finds the articles.
        #expect(try pipeline.explain(link: "https://gov.example/press/list.php").count == 3)
    }

    /// A feed that gives every item one guid (NixOS's news gives all 96 `https://nixos.org/news.html`)
    /// keeps every item, at the first fetch and when a new one comes first; the shared guid, though
    /// a URL, makes them no one story. An item the feed repeats whole stays one.
    @Test func itemsThatShareOneGuidAreEachKept() async throws {
        func news(_ number: Int) -> String {
            Self.item("News \(number)", "https://distro.example/news/\(number)", "<p>\(sentences(number % 3))</p>")
                .replacingOccurrences(
                    of: "<guid>https://distro.example/news/\(number)</guid>",
                    with: "<guid>https://distro.example/news.html</guid>")
        }
        let feeds = Feeds()
        feeds["/distro"] = Self.rss("distro", [news(1), news(0), news(0)])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["distro"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 2)
        feeds["/distro"] = Self.rss("distro", [news(2), news(1), news(0)])
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 3)
        #expect(try items().compactMap { $0["title"] as? String }.sorted() == ["News 0", "News 1", "News 2"])
        #expect(try pipeline.clusters(since: .distantPast).isEmpty)
        // Two reports of one title on one page, months apart, are two articles (one story, as a
        // planet's two copies of a post are).
        func report(_ date: String, _ text: String) -> String {
            Self.item("Progress report", "https://distro.example/news.html", "<p>\(text)</p>", date: date)
        }
        feeds["/distro"] = Self.rss(
            "distro",
            [
                report(
                    "Sat, 22 Sep 2007 09:00:00 GMT", "The installer now partitions disks and the desktop has games."),
                report(
                    "Wed, 02 May 2007 09:00:00 GMT", "KDE is the default desktop and upgrades roll back on failure."),
                news(2), news(1), news(0),
            ])
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 4)
        #expect(try pipeline.explain(link: "https://distro.example/news.html").count == 2)
    }

    /// A planet's feed that carries one post twice (from two of its sources) gives both copies
    /// the post's link and title: one story, though the texts are too short to compare.
    @Test func aPostAFeedCarriesTwiceIsOneStory() async throws {
        let post = Self.item("Venus", "https://blog.example/2", "<p>Short.</p>")
        let feeds = Feeds()
        feeds["/planet"] = Self.rss(
            "planet",
            [
                post.replacingOccurrences(
                    of: "<guid>https://blog.example/2</guid>", with: "<guid>tag:planet,2006:a/2</guid>"),
                post.replacingOccurrences(
                    of: "<guid>https://blog.example/2</guid>", with: "<guid>tag:planet,2006:b/2</guid>"),
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        opml(server, ["planet"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 1)
    }

    /// Three unrelated texts of a dozen words each.
    private func sentences(_ index: Int) -> String {
        [
            "Dock workers in Rijeka stopped the harbour cranes for six hours over unpaid overtime and night shifts.",
            "The new railway tunnel under the mountain opened to freight trains after nine years of digging.",
            "Engineers closed the old river bridge to lorries after inspectors found cracks in two of its piers.",
        ][index]
    }

    /// A story's tags are the topics any of its copies matches, with their parents, and the tags
    /// of every feed that carried it: one outlet's headline or its longer text is enough.
    @Test func aMergedStoryCarriesTheTopicsOfEveryCopyAndTheTagsOfEveryFeed() async throws {
        let feeds = Feeds()
        feeds["/wire"] = Self.wire
        // Only this copy's headline says "chief"; only the wire's full text says "headquarters".
        feeds["/portal"] = Self.rss(
            "portal",
            [
                Self.item(
                    "NATO chief on the Balkans", "https://portal.example/nato-chief",
                    "<p>\(Self.report.prefix(330))…</p>", date: "Thu, 03 Apr 2025 11:30:00 GMT")
            ])
        let server = try feeds.serve()
        defer { server.stop() }
        folder.write(
            "feeds.opml",
            "<opml version=\"2.0\"><body><outline text=\"Balkans\"><outline text=\"wire\" xmlUrl=\"\(server.url("/wire"))\"/>"
                + "</outline><outline text=\"portal\" category=\"Wires\" xmlUrl=\"\(server.url("/portal"))\"/></body></opml>"
        )
        let pipeline = try pipeline(
            """
            topics:
              leaders:
                match: [chief]
              alliance:
                match: [headquarters]
                within: [defence]
              defence:
                title: Defence
            """)
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 2)
        let merged = try #require(try items().first { Self.also($0) == ["portal"] })
        #expect(merged["tags"] as? [String] == ["alliance", "balkans", "defence", "leaders", "wires"])
        let alone = try #require(try items().first { ($0["title"] as? String)?.hasPrefix("Harbour") == true })
        #expect(alone["tags"] as? [String] == ["balkans"])
    }

    /// Four stories of a portal, each ending with the line `footer` gives it (told by its index):
    /// what the build learns as the portal's boilerplate.
    static func portal(footer: (Int) -> String) -> String {
        let texts = [
            "Dock workers in Rijeka stopped the harbour cranes for six hours over unpaid overtime.",
            "The tunnel under Učka reopened after repairs to its ventilation, the operator said.",
            "Firefighters near Split contained two wildfires that had threatened holiday homes.",
            "The morning ferry to Cres was cancelled because of strong bura wind on Kvarner.",
        ]
        let items = texts.enumerated().map { index, text in
            item("Story \(index)", "https://portal.example/\(index)", "<p>\(text)</p><p>\(footer(index))</p>")
        }
        return rss("portal", items)
    }

    @Test func aFeedsOwnBoilerplateIsLearnedAndLeftOutOfTheOutputs() async throws {
        let body = Self.portal { "Portal Rijeka is on Viber: join \(20 + $0),000 readers" }
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: body) }
        defer { server.stop() }
        opml(server, ["portal"])
        let pipeline = try pipeline()
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 4)
        let json = try #require(folder.read("out/all.json"))
        #expect(json.contains("Dock workers in Rijeka"))
        #expect(!json.contains("Viber"))
    }

    /// A line the build learns as the feed's boilerplate tags nothing; the reports that tag
    /// afresh (`tags --untagged`, `tags --topic`) must leave it out as the build does, or they
    /// contradict the stored tags.
    @Test func theTagReportsLeaveOutTheBoilerplateTheBuildLearned() async throws {
        let body = Self.portal { "Portal Rijeka covers NATO and the Adriatic, edition \(20 + $0)" }
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: body) }
        defer { server.stop() }
        opml(server, ["portal"])
        let pipeline = try pipeline(
            """
            topics:
              nato:
                match: [NATO]
              maritime:
                match: [harbour, ferry]
            """)
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().stories == 4)
        let since = Date(timeIntervalSince1970: 0)
        let stored = Dictionary(
            uniqueKeysWithValues: try pipeline.tagCounts(since: since).map { ($0.tag, $0.articles) })
        #expect(stored["nato"] == 0)
        #expect(stored["maritime"] == 2)
        let untagged = try pipeline.untagged(since: since, limit: 10)
        #expect(untagged.articles == 4)
        #expect(untagged.untagged == 2)
        let audit = try #require(try pipeline.audit(topic: "nato", since: since, examples: 2))
        #expect(audit.tagged == 0)
        #expect(audit.terms.isEmpty)
        #expect(audit.unused == ["NATO"])
    }
}
