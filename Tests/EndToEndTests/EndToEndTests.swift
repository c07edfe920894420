import Foundation
import TestSupport
import Testing

/// Runs the built `feedmerge` binary as a user would.
@Suite struct EndToEndTests {
    let folder = TemporaryFolder()
    var binary: String { PackagePaths.products + "/feedmerge" }

    /// A copy of the bundled offline demo in a fresh folder.
    private func demo() throws -> String {
        let target = folder.file("demo")
        try FileManager.default.copyItem(atPath: PackagePaths.root + "/Examples/demo", toPath: target)
        for leftover in ["public", "feedmerge.sqlite", "feedmerge.sqlite-wal", "feedmerge.sqlite-shm"] {
            try? FileManager.default.removeItem(atPath: target + "/" + leftover)
        }
        return target
    }

    /// The Atom feed at `path`, having checked that it has entries and that each carries the
    /// category `tag`.
    private func everyEntry(of path: String, carries tag: String) throws -> String {
        let feed = try String(contentsOfFile: path, encoding: .utf8)
        let entries = feed.components(separatedBy: "<entry").count - 1
        #expect(entries > 0, "\(path)")
        #expect(feed.components(separatedBy: "<category term=\"\(tag)\"").count - 1 == entries, "\(path)")
        return feed
    }

    /// The demo with `outputs` (YAML list items) first among its outputs; returns its folder.
    private func demo(addingOutputs outputs: String) throws -> String {
        let target = try demo()
        let config = target + "/feedmerge.yaml"
        try String(contentsOfFile: config, encoding: .utf8).replacingOccurrences(
            of: "outputs:\n", with: "outputs:\n" + outputs
        ).write(toFile: config, atomically: true, encoding: .utf8)
        return target
    }

    @Test func buildWritesAnAdHocViewToStandardOutputOrAFile() async throws {
        let demo = try demo()
        let config = demo + "/feedmerge.yaml"
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let view = try await ProcessRunner.run(
            binary,
            ["build", "--config", config, "--filter", "nato and not sports", "--format", "json", "--output", "-"])
        #expect(view.status == 0, "stderr: \(view.stderr)")
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(view.stdout.utf8)) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        #expect(items.allSatisfy { ($0["tags"] as? [String])?.contains("nato") == true })
        // Known tags (topics, and the OPML folder `balkans`) pass without a word.
        #expect(!view.stderr.contains("names the tag"), "\(view.stderr)")
        // A tag no topic or feed gives is most likely misspelt: the view says so, and what it
        // most likely means.
        let misspelt = try await ProcessRunner.run(
            binary, ["build", "--config", config, "--filter", "nato or balkan or zzz", "--output", "-"])
        #expect(misspelt.status == 0, "stderr: \(misspelt.stderr)")
        #expect(misspelt.stderr.contains("names the tag 'balkan'"), "\(misspelt.stderr)")
        #expect(misspelt.stderr.contains("(did you mean 'balkans'?)"), "\(misspelt.stderr)")
        #expect(
            misspelt.stderr.contains("names the tag 'zzz', which no topic and no feed's folder or category gives: "))
        // The configured outputs are not touched by a view.
        let atom = try #require(folder.read("demo/public/all.xml"))

        let file = demo + "/views/kosovo.html"
        let written = try await ProcessRunner.run(
            binary,
            ["build", "--config", config, "--filter", "kosovo", "--format", "html", "--output", file, "--limit", "1"])
        #expect(written.status == 0, "stderr: \(written.stderr)")
        let page = try #require(folder.read("demo/views/kosovo.html"))
        #expect(page.contains("<html") && page.components(separatedBy: "<article").count == 2)
        #expect(folder.read("demo/public/all.xml") == atom)

        let bad = try await ProcessRunner.run(binary, ["build", "--config", config, "--filter", "nato and (kosovo"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("column 17: expected ')'"), "\(bad.stderr)")
        let badFormat = try await ProcessRunner.run(binary, ["build", "--config", config, "--format", "pdf"])
        #expect(badFormat.status == 2)
    }

    /// An output with neither `limit` nor `since` holds every stored story: past a thousand, the
    /// build says so, and how to bound it.
    @Test func anOutputWithoutBoundsIsWarnedOfOnceItHoldsThousands() async throws {
        var generator = SystemRandomNumberGenerator()
        func word() -> String {
            String((0..<7).map { _ in Character(UnicodeScalar(UInt8.random(in: 97...122, using: &generator))) })
        }
        var items = ""
        for index in 0..<1001 {
            let text = (0..<30).map { _ in word() }.joined(separator: " ")
            items +=
                "<item><title>\(word()) \(word()) \(word())</title><link>https://many.example/\(index)</link>"
                + "<description>\(text)</description><pubDate>Thu, 03 Apr 2025 09:00:00 GMT</pubDate></item>"
        }
        folder.write("many/feed.xml", "<rss version=\"2.0\"><channel><title>Many</title>\(items)</channel></rss>")
        folder.write("many/feeds.opml", "<opml version=\"2.0\"><body><outline xmlUrl=\"feed.xml\"/></body></opml>")
        let config = folder.write(
            "many/feedmerge.yaml",
            """
            outputs:
              - path: out/all.json
                format: json
              - path: out/top.json
                format: json
                limit: 10

            """)
        let run = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(
            run.stderr.contains("out/all.json holds all 1001 stored stories, since it has neither limit nor since"),
            "\(run.stderr)")
        #expect(!run.stderr.contains("top.json holds"))
    }

    /// A configuration that names no outputs publishes nothing: a run says so (from cron, in its
    /// mail) rather than fetching for good in silence. A view asks for no outputs, and is quiet.
    @Test func aConfigurationWithoutOutputsIsWarnedOf() async throws {
        let demo = try demo()
        let config = folder.write("bare/feedmerge.yaml", "feeds: \(demo)/feeds.opml\n")
        let run = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(
            run.stderr.contains("feedmerge.yaml names no outputs, so nothing is written: add `outputs:`"),
            "\(run.stderr)")
        let view = try await ProcessRunner.run(
            binary, ["build", "--config", config, "--filter", "balkans", "--output", "-"])
        #expect(view.status == 0 && view.stdout.contains("<feed"), "stderr: \(view.stderr)")
        #expect(!view.stderr.contains("names no outputs"), "\(view.stderr)")
    }

    /// A list that names no feeds (a sync or an editor left `<body/>`) is warned of at every
    /// run, with how many feeds it named before: the outputs would stall while each run succeeds.
    @Test func aListOfNoFeedsIsWarnedOf() async throws {
        let demo = try demo()
        let config = demo + "/feedmerge.yaml"
        let first = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(first.status == 0 && !first.stderr.contains("lists no feeds"), "stderr: \(first.stderr)")
        folder.write("demo/feeds.opml", "<opml version=\"2.0\"><head/><body/></opml>\n")
        let emptied = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(emptied.status == 0, "stderr: \(emptied.stderr)")
        #expect(
            emptied.stderr.contains(
                "feeds.opml lists no feeds, so nothing is fetched: add them (`feedmerge add URL`, or an outline with an "
                    + "xmlUrl); the 6 feeds it listed before are no longer fetched"), "\(emptied.stderr)")
    }

    /// One feed listed under two addresses (here two files of the same bytes) is fetched twice
    /// and may count as two outlets: each run says so until the list lists it once.
    @Test func aFeedListedTwiceIsWarnedOf() async throws {
        let demo = try demo()
        let config = demo + "/feedmerge.yaml"
        try FileManager.default.copyItem(atPath: demo + "/feeds/defence-wire.xml", toPath: demo + "/feeds/copy.xml")
        let opml = demo + "/feeds.opml"
        let list = try String(contentsOfFile: opml, encoding: .utf8)
        try list.replacingOccurrences(
            of: "</body>", with: "<outline text=\"Copy\" xmlUrl=\"feeds/copy.xml\"/>\n</body>"
        ).write(toFile: opml, atomically: true, encoding: .utf8)
        let warning = "feeds/copy.xml give the same document, byte for byte: one feed listed twice?"
        for _ in 0..<2 {
            let run = try await ProcessRunner.run(binary, ["run", "--config", config])
            #expect(run.status == 0, "stderr: \(run.stderr)")
            #expect(run.stderr.contains("feeds/defence-wire.xml, "), "\(run.stderr)")
            #expect(run.stderr.contains(warning), "\(run.stderr)")
            #expect(run.stderr.contains("keep one address in feeds.opml"), "\(run.stderr)")
        }
        try list.write(toFile: opml, atomically: true, encoding: .utf8)
        let fixed = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(fixed.status == 0 && !fixed.stderr.contains("same document"), "stderr: \(fixed.stderr)")
    }

    @Test func aBuildBeforeAnyFetchKnowsTheFoldersOfTheOPML() async throws {
        let demo = try demo()
        let config = demo + "/feedmerge.yaml"
        // A fresh store has no feeds yet; the OPML's folder `balkans` is a tag all the same.
        let view = try await ProcessRunner.run(
            binary, ["build", "--config", config, "--filter", "balkans or zzz", "--output", "-"])
        #expect(view.status == 0, "stderr: \(view.stderr)")
        #expect(!view.stderr.contains("names the tag 'balkans'"), "\(view.stderr)")
        #expect(view.stderr.contains("names the tag 'zzz'"), "\(view.stderr)")
    }

    @Test func theDemoRunWritesEveryOutput() async throws {
        let demo = try demo()
        let result = try await ProcessRunner.run(binary, ["run", "--config", demo + "/feedmerge.yaml", "--verbose"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let atom = try #require(FileManager.default.contents(atPath: demo + "/public/all.xml"))
        #expect(try await XMLCheck.isWellFormed(String(decoding: atom, as: UTF8.self)))

        let json = try #require(FileManager.default.contents(atPath: demo + "/public/balkans.json"))
        let feed = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        for item in items {
            let tags = item["tags"] as? [String] ?? []
            #expect(tags.contains("western-balkans") && !tags.contains("sports"), "\(item["title"] ?? "")")
        }
        // The wire story two outlets carry under the same link appears once, naming the other outlet.
        let wire = items.filter { ($0["title"] as? String)?.hasPrefix("KFOR to boost") == true }
        #expect(wire.count == 1)
        let also = (wire.first?["_feedmerge"] as? [String: Any])?["also"] as? [[String: Any]]
        #expect(also?.count == 1)
        #expect(FileManager.default.fileExists(atPath: demo + "/public/index.html"))

        // The demo's feeds are files: no output shows a path on this machine, and the Balkan
        // Security Monitor's relative links resolve against the address the feed gives for itself.
        for name in ["all.xml", "balkans.json", "index.html"] {
            let text = String(
                decoding: FileManager.default.contents(atPath: demo + "/public/" + name) ?? Data(), as: UTF8.self)
            #expect(!text.isEmpty && !text.contains("file:"), "\(name) shows a local path")
        }
        let atomText = String(decoding: atom, as: UTF8.self)
        #expect(atomText.contains("https://balkan-monitor.example/2025/04/03/nato-chief-western-balkans-agenda"))
        // A feed without a self link is named by its site in `atom:source`.
        #expect(atomText.contains("<id>https://podgorica-daily.example/en/</id>"))
        // A folder's tag reads as the OPML names the folder.
        #expect(atomText.contains(#"<category term="balkans" label="Balkans"/>"#))
        let page = String(
            decoding: FileManager.default.contents(atPath: demo + "/public/index.html") ?? Data(), as: UTF8.self)
        #expect(page.contains("<li>Balkans</li>") && !page.contains("<li>balkans</li>"))
    }

    @Test func clustersAndExplainShowWhatWasMergedAndWhy() async throws {
        let demo = try demo()
        let config = demo + "/feedmerge.yaml"
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)

        // The NATO story three outlets told in their own words is one cluster of three.
        let clusters = try await ProcessRunner.run(
            binary, ["clusters", "--config", config, "--since", "100000d", "--json"])
        #expect(clusters.status == 0, "stderr: \(clusters.stderr)")
        let objects = clusters.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let nato = try #require(objects.first { ($0["title"] as? String)?.contains("NATO") == true })
        let members = try #require(nato["members"] as? [[String: Any]])
        #expect(members.count == 3)
        #expect(members.compactMap { $0["reason"] as? String }.sorted() == ["founder", "matched", "matched"])
        #expect(members.allSatisfy { ($0["verdict"] as? String).map { $0 == "retold" } ?? true })
        #expect((nato["id"] as? String)?.hasPrefix("urn:feedmerge:story:") == true)

        let link = "https://defence-wire.example/2025/04/03/rutte-balkans-foreign-ministers"
        let explained = try await ProcessRunner.run(binary, ["explain", "--config", config, link])
        #expect(explained.status == 0, "stderr: \(explained.stderr)")
        #expect(explained.stdout.contains("the same report in other words"))
        #expect(explained.stdout.contains("3 copies from 3 outlets"))
        #expect(explained.stdout.contains("Rute"))

        // Each tag with the terms that matched and where; "Rute" is one letter off "Rutte".
        #expect(explained.stdout.contains("Tags: "))
        let podgorica = "https://podgorica-daily.example/en/politics/750112/rute-on-nato-ministerial-meeting"
        let tagJSON = try await ProcessRunner.run(binary, ["explain", "--config", config, "--json", podgorica])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(tagJSON.stdout.split(separator: "\n")[0].utf8))
                as? [String: Any])
        let tags = try #require(object["tags"] as? [[String: Any]])
        let natoTag = try #require(tags.first { $0["topic"] as? String == "nato" })
        #expect(natoTag["verdict"] as? String == "tagged")
        // The body's length, and the body matches it would need without the title match.
        #expect((natoTag["body_words"] as? Int ?? 0) > 0)
        #expect((natoTag["needed_hits"] as? Int ?? 0) >= (natoTag["min_hits"] as? Int ?? .max))
        let matches = try #require(natoTag["matches"] as? [[String: Any]])
        #expect(
            matches.contains {
                $0["term"] as? String == "Rutte" && $0["where"] as? String == "title" && $0["fuzzy"] as? Bool == true
            })
        #expect(tags.first { $0["topic"] as? String == "western-balkans" }?["verdict"] as? String == "tagged")
        #expect(object["feed_tags"] as? [String] == ["balkans"])

        let counts = try await ProcessRunner.run(binary, ["tags", "--config", config, "--since", "100000d", "--json"])
        #expect(counts.status == 0, "stderr: \(counts.stderr)")
        let rows = counts.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let natoRow = try #require(rows.first { $0["tag"] as? String == "nato" })
        #expect(natoRow["source"] as? String == "topic")
        #expect((natoRow["articles"] as? Int ?? 0) >= 3)
        #expect((natoRow["stories"] as? Int ?? 0) >= 1)
        #expect((natoRow["stories"] as? Int ?? 0) < (natoRow["articles"] as? Int ?? 0))
        #expect(rows.contains { $0["tag"] as? String == "balkans" && $0["source"] as? String == "feed" })
        #expect(rows.contains { $0["tag"] as? String == "montenegro" })
        // The demo's articles are older than the default week: the table of zeros comes with the
        // date of the newest article and a period that reaches it.
        let lastWeek = try await ProcessRunner.run(binary, ["tags", "--config", config])
        #expect(lastWeek.status == 0, "stderr: \(lastWeek.stderr)")
        #expect(lastWeek.stdout.contains("nato"))
        #expect(lastWeek.stderr.contains("no article is dated within the last 7d; the newest is dated 2025-04-03"))
        #expect(lastWeek.stderr.contains("--since"))
        let reaching = try await ProcessRunner.run(binary, ["tags", "--config", config, "--since", "100000d"])
        #expect(reaching.stderr.isEmpty, "stderr: \(reaching.stderr)")

        let missing = try await ProcessRunner.run(binary, ["explain", "--config", config, "https://nowhere.example/x"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no stored article has the link https://nowhere.example/x"))
        // So does clusters, whose default day holds none of the demo's stories.
        let lastDay = try await ProcessRunner.run(binary, ["clusters", "--config", config])
        #expect(lastDay.status == 0, "stderr: \(lastDay.stderr)")
        #expect(lastDay.stdout.contains("no merged stories since 24h ago"))
        #expect(lastDay.stderr.contains("no article is dated within the last 24h; the newest is dated 2025-04-03"))
        let lastDayJSON = try await ProcessRunner.run(binary, ["clusters", "--config", config, "--json"])
        #expect(lastDayJSON.stdout.isEmpty, "stdout: \(lastDayJSON.stdout)")
        #expect(lastDayJSON.stderr.contains("--since"))
        let badSince = try await ProcessRunner.run(binary, ["clusters", "--config", config, "--since", "soon"])
        #expect(badSince.status == 2)
    }

    /// An output whose path holds `{topic}` is a feed (here, a page and an Atom feed) for every
    /// topic, and the river page links each tag to its topic's page.
    @Test func aTopicPathWritesAFeedForEachTopic() async throws {
        let demo = try demo(
            addingOutputs: "  - path: \"public/topics/{topic}.html\"\n    format: html\n"
                + "  - path: \"public/topics/{topic}.xml\"\n    format: atom\n    title: \"Stories: {topic}\"\n")
        let config = demo + "/feedmerge.yaml"
        // Run from the folder, as cron runs it.
        let run = try await ProcessRunner.run(binary, ["run", "--config", "feedmerge.yaml"], in: demo)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let topics = ["nato", "serbia", "kosovo", "montenegro", "bosnia", "western-balkans", "ukraine", "russia"]
        for topic in topics + ["defence", "sports"] {
            #expect(FileManager.default.fileExists(atPath: demo + "/public/topics/\(topic).html"), "\(topic)")
        }
        // Only stories tagged nato: each entry carries the category.
        let nato = try everyEntry(of: demo + "/public/topics/nato.xml", carries: "nato")
        #expect(nato.contains(">Stories: NATO</title>"))
        let index = try String(contentsOfFile: demo + "/public/index.html", encoding: .utf8)
        #expect(index.contains("href=\"topics/nato.html\""))

        // A topic removed: the files written for it go at the next build; a file feedmerge did
        // not write stays, though its name fits the path.
        let notes = demo + "/public/topics/notes.html"
        try "my notes".write(toFile: notes, atomically: true, encoding: .utf8)
        let edited = try String(contentsOfFile: config, encoding: .utf8)
        let montenegro =
            "  montenegro:\n    title: Montenegro\n    match: [\"Montenegro\", \"Montenegrin\", \"Podgorica\"]\n"
            + "    within: [western-balkans]\n"
        #expect(edited.contains(montenegro))
        // A copy of the whole folder, store included, built with the topic removed: the store
        // recorded the files the original's outputs wrote, and they are not the copy's to remove.
        let copy = folder.path + "/copy"
        try FileManager.default.copyItem(atPath: demo, toPath: copy)
        try edited.replacingOccurrences(of: montenegro, with: "").write(
            toFile: copy + "/feedmerge.yaml", atomically: true, encoding: .utf8)
        let copied = try await ProcessRunner.run(
            binary, ["build", "--verbose", "--config", "feedmerge.yaml"], in: copy)
        #expect(copied.status == 0, "stderr: \(copied.stderr)")
        #expect(!copied.stdout.contains("removed"), "\(copied.stdout)")
        #expect(FileManager.default.fileExists(atPath: demo + "/public/topics/montenegro.html"))
        try edited.replacingOccurrences(of: montenegro, with: "").write(
            toFile: config, atomically: true, encoding: .utf8)
        let rebuilt = try await ProcessRunner.run(binary, ["build", "--verbose", "--config", config])
        #expect(rebuilt.status == 0, "stderr: \(rebuilt.stderr)")
        #expect(
            rebuilt.stdout.contains(
                "topics/montenegro.html (removed: written for a topic or a tag, and no output writes it now)"))
        #expect(!FileManager.default.fileExists(atPath: demo + "/public/topics/montenegro.html"))
        #expect(!FileManager.default.fileExists(atPath: demo + "/public/topics/montenegro.xml"))
        #expect(FileManager.default.fileExists(atPath: demo + "/public/topics/nato.xml"))
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes")
        // Once only: the next build has nothing to remove.
        let again = try await ProcessRunner.run(binary, ["build", "--verbose", "--config", config])
        #expect(!again.stdout.contains("removed"), "\(again.stdout)")
    }

    /// `{tag}`: a feed and a page for every topic and every folder or `category` tag of the
    /// OPML, named as the OPML writes the folder; a folder taken out of the OPML takes its files.
    @Test func aTagPathWritesAFeedForEachTopicAndFolder() async throws {
        let demo = try demo(
            addingOutputs: "  - path: \"public/tags/{tag}.html\"\n    format: html\n    limit: 50\n"
                + "  - path: \"public/tags/{tag}.xml\"\n    format: atom\n    title: \"Tag: {tag}\"\n    limit: 50\n")
        let config = demo + "/feedmerge.yaml"
        let run = try await ProcessRunner.run(binary, ["run", "--verbose", "--config", "feedmerge.yaml"], in: demo)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let topics = ["nato", "serbia", "kosovo", "montenegro", "bosnia", "western-balkans", "ukraine", "russia"]
        for tag in topics + ["defence", "sports", "balkans", "world", "security"] {
            #expect(FileManager.default.fileExists(atPath: demo + "/public/tags/\(tag).xml"), "\(tag)")
            #expect(FileManager.default.fileExists(atPath: demo + "/public/tags/\(tag).html"), "\(tag)")
        }
        #expect(run.stdout.contains("public/tags/world.xml (atom, written)"), "\(run.stdout)")
        // A folder's feed: its name as the OPML writes it, and only its feeds' stories.
        let balkans = try everyEntry(of: demo + "/public/tags/balkans.xml", carries: "balkans")
        #expect(balkans.contains(">Tag: Balkans</title>"))
        let world = try String(contentsOfFile: demo + "/public/tags/world.xml", encoding: .utf8)
        #expect(!world.contains("Podgorica Daily"))
        let index = try String(contentsOfFile: demo + "/public/index.html", encoding: .utf8)
        #expect(index.contains("href=\"tags/balkans.html\""))

        // The World folder taken out of the OPML (its feeds kept at the top): its files go.
        let opml = demo + "/feeds.opml"
        let list = try String(contentsOfFile: opml, encoding: .utf8)
        let unfoldered = list.replacingOccurrences(of: "<outline text=\"World\">", with: "")
            .replacingOccurrences(
                of: "htmlUrl=\"https://www.heise.de/\"/>\n    </outline>", with: "htmlUrl=\"https://www.heise.de/\"/>")
        #expect(unfoldered != list)
        try unfoldered.write(toFile: opml, atomically: true, encoding: .utf8)
        // The next run reads the OPML again, and its feeds carry the tags it gives them now.
        let rerun = try await ProcessRunner.run(binary, ["run", "--verbose", "--config", config])
        #expect(rerun.status == 0, "stderr: \(rerun.stderr)")
        #expect(rerun.stdout.contains("tags/world.xml (removed: written for a topic or a tag"), "\(rerun.stdout)")
        #expect(!FileManager.default.fileExists(atPath: demo + "/public/tags/world.xml"))
        #expect(!FileManager.default.fileExists(atPath: demo + "/public/tags/world.html"))
        #expect(FileManager.default.fileExists(atPath: demo + "/public/tags/balkans.xml"))
    }

    /// A per-tag output's path that comes out as the subscription list (a folder named Feeds and
    /// `path: "{tag}.opml"`), and an ad hoc view written over it or the database, are refused:
    /// the list and the store stay whole, and the other outputs are written.
    @Test func noOutputReplacesTheListOrTheDatabase() async throws {
        let demo = try demo(addingOutputs: "  - path: \"{tag}.opml\"\n    format: rss\n")
        let opml = demo + "/feeds.opml"
        let list = try String(contentsOfFile: opml, encoding: .utf8)
            .replacingOccurrences(of: "<outline text=\"World\">", with: "<outline text=\"Feeds\">")
        try list.write(toFile: opml, atomically: true, encoding: .utf8)
        let run = try await ProcessRunner.run(binary, ["run", "--config", "feedmerge.yaml"], in: demo)
        #expect(run.status == 1, "stderr: \(run.stderr)")
        #expect(
            run.stderr.contains(
                "cannot write the output \(demo)/feeds.opml: it is the subscription list (feeds:), which an output would replace whole"
            ), "\(run.stderr)")
        #expect(try String(contentsOfFile: opml, encoding: .utf8) == list)
        #expect(FileManager.default.fileExists(atPath: demo + "/balkans.opml"))
        #expect(FileManager.default.fileExists(atPath: demo + "/public/all.xml"))

        let database = try #require(FileManager.default.contents(atPath: demo + "/feedmerge.sqlite"))
        for (path, role) in [("feeds.opml", "the subscription list"), ("./feedmerge.sqlite", "the database")] {
            let view = try await ProcessRunner.run(
                binary, ["build", "--config", "feedmerge.yaml", "--filter", "nato", "--output", path], in: demo)
            #expect(view.status == 2)
            #expect(view.stderr.contains("--output \(path) is \(role)"), "\(view.stderr)")
        }
        #expect(try String(contentsOfFile: opml, encoding: .utf8) == list)
        #expect(FileManager.default.contents(atPath: demo + "/feedmerge.sqlite") == database)
    }

    /// A feed of weather reports (`items`, RSS `<item>` elements) in feeds.opml and a
    /// configuration with `topics` (YAML under `topics:`, indented); returns the configuration's path.
    private func weatherDesk(items: String, topics: String) -> String {
        let feed = folder.write(
            "weather.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Weather desk</title><link>https://weather.example/</link>
            \(items)
            </channel></rss>
            """)
        _ = folder.write(
            "feeds.opml",
            "<opml version=\"2.0\"><body><outline text=\"Weather desk\" xmlUrl=\"\(feed)\"/></body></opml>")
        return folder.write(
            "feedmerge.yaml",
            "feeds: feeds.opml\ndatabase: feedmerge.sqlite\ntopics:\n\(topics)\n")
    }

    /// `explain` and `tags --topic` show a title by its type, as `parse` does (and `clusters`, by
    /// the same function): one escaped twice (HTML) without its markup and references, a text
    /// title with its `<` and `>` as written.
    @Test func listingsShowTitlesByTheirType() async throws {
        let config = weatherDesk(
            items: """
                <item><title>Snow &amp;amp; ice: &lt;b&gt;roads&lt;/b&gt; closed &amp;#8211; again</title>
                  <link>https://weather.example/1</link><description>Snow closed the roads.</description></item>
                <item><title>Snow ratio &lt;1:10&gt; in the Alps</title><link>https://weather.example/2</link>
                  <description>Snow fell on the passes.</description></item>
                """,
            topics: "  snow:\n    match: [snow]")
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let html = try await ProcessRunner.run(binary, ["explain", "--config", config, "https://weather.example/1"])
        #expect(html.stdout.hasPrefix("Snow & ice: roads closed – again\n"), "\(html.stdout)")
        let text = try await ProcessRunner.run(binary, ["explain", "--config", config, "https://weather.example/2"])
        #expect(text.stdout.hasPrefix("Snow ratio <1:10> in the Alps\n"), "\(text.stdout)")
        let topic = try await ProcessRunner.run(
            binary, ["tags", "--config", config, "--since", "100000d", "--topic", "snow", "--examples", "2"])
        #expect(topic.stdout.contains("Weather desk: Snow & ice: roads closed – again\n"), "\(topic.stdout)")
        #expect(topic.stdout.contains("Weather desk: Snow ratio <1:10> in the Alps\n"), "\(topic.stdout)")
    }

    /// `explain` says what the article wrote (folded, as the fuzzy matches are shown) where a
    /// term matched another spelling of itself (a prefix's word, an umlaut written `ue`, a Slavic
    /// name's other ending, a Cyrillic reading), and nothing more where it matched as written.
    @Test func explainShowsTheSpellingAnArticleWrote() async throws {
        let config = weatherDesk(
            items: """
                <item><title>Zelenskyy visits snowbound Zuerich</title><link>https://weather.example/1</link></item>
                <item><title>Snijeg na Kosovu</title><link>https://weather.example/2</link></item>
                <item><title>Zelensky visits Zurich</title><link>https://weather.example/3</link></item>
                """,
            topics: "  people:\n    match: [Zelensky, Zürich]\n  kosovo:\n    match: [\"Kosov*\"]")
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let variants = try await ProcessRunner.run(
            binary, ["explain", "--config", config, "https://weather.example/1"])
        #expect(variants.stdout.contains("\"Zelensky\" in the title (as \"zelenskyy\")"), "\(variants.stdout)")
        #expect(variants.stdout.contains("\"Zürich\" in the title (as \"zuerich\")"), "\(variants.stdout)")
        let prefix = try await ProcessRunner.run(binary, ["explain", "--config", config, "https://weather.example/2"])
        #expect(prefix.stdout.contains("\"Kosov*\" in the title (as \"kosovu\")"), "\(prefix.stdout)")
        let asWritten = try await ProcessRunner.run(
            binary, ["explain", "--config", config, "https://weather.example/3"])
        #expect(asWritten.stdout.contains("\"Zelensky\" in the title"), "\(asWritten.stdout)")
        #expect(!asWritten.stdout.contains("(as "), "\(asWritten.stdout)")
    }

    /// `tags --topic` lists the longer words that begin with a whole-word term and that no term
    /// matches: the plurals and inflected forms a user meant and did not list; `explain --topic`
    /// shows, for one article, those and the other near matches (another case, one letter off).
    @Test func tagsTopicListsTheLongerFormsNoTermMatches() async throws {
        let config = weatherDesk(
            items: """
                <item><title>Blizzards and whiteouts close the passes</title><link>https://weather.example/1</link>
                  <description>Heavy snowfalls are forecast. Blizzards are rare this early.</description></item>
                <item><title>Two blizzards in a week</title><link>https://weather.example/2</link>
                  <description>Ski resorts in the Alps opened on Saturday.</description></item>
                <item><title>Snow apps compared</title><link>https://weather.example/3</link>
                  <description>Which app to apply for avalanche warnings, and the apps that appear to work.</description></item>
                <item><title>Nato chief Stoltenburg visits the ski resorts</title><link>https://weather.example/4</link>
                  <description>The alliance's head toured the valleys on Monday, between two summits.</description></item>
                <item><title>Сніг у Києві</title><link>https://weather.example/5</link>
                  <description>Заметіль закрила дороги.</description></item>
                <item><title>Новини Харкова</title><link>https://weather.example/6</link></item>
                """,
            topics: """
                  weather:
                    match: [blizzard, snowfall, snowfalls, whiteout, "avalanche*", app]
                  alliance:
                    match: [Stoltenberg, summit]
                    match_case: [NATO]
                  kyiv:
                    match: [Київ, Харків]
                """)
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let json = try await ProcessRunner.run(
            binary, ["tags", "--topic", "weather", "--since", "100000d", "--json", "--config", config])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let audit = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let forms = try #require(audit["longer_forms"] as? [[String: Any]])
        let listed = forms.map { "\($0["term"] ?? "") \($0["word"] ?? "") \($0["articles"] ?? "")" }
        // `blizzards` in two articles; `snowfalls` is a term of its own; after the short `app`
        // only its plural counts (`apply`, `appear` are other words); a prefix term has none.
        #expect(listed == ["blizzard blizzards 2", "app apps 1", "whiteout whiteouts 1"], "\(listed)")
        let text = try await ProcessRunner.run(
            binary, ["tags", "--topic", "weather", "--since", "100000d", "--config", config])
        #expect(text.stdout.contains("longer words that begin with a term, which no term matches"), "\(text.stdout)")
        #expect(text.stdout.contains("  blizzard: blizzards (2)"), "\(text.stdout)")

        // `explain URL --topic ID`: why an article lacks a tag its reader expected.
        let explained = try await ProcessRunner.run(
            binary, ["explain", "https://weather.example/2", "--topic", "weather", "--config", config])
        #expect(explained.status == 0, "stderr: \(explained.stderr)")
        #expect(
            explained.stdout.contains(
                "\"blizzards\" in the title: longer than the term \"blizzard\" (a term matches whole words"),
            "\(explained.stdout)")
        let near = try await ProcessRunner.run(
            binary, ["explain", "https://weather.example/4", "--topic", "alliance", "--json", "--config", config])
        #expect(near.status == 0, "stderr: \(near.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(near.stdout.utf8)) as? [String: Any])
        let nearMatches = try #require(object["near_matches"] as? [String: Any])
        #expect(nearMatches["topic"] as? String == "alliance")
        let found = (nearMatches["matches"] as? [[String: Any]] ?? []).map {
            "\($0["kind"] ?? "") \($0["term"] ?? "") \($0["text"] ?? "") \($0["where"] ?? "")"
        }
        #expect(
            Set(found) == [
                "other-case NATO nato title", "one-edit Stoltenberg stoltenburg title", "longer summit summits summary",
            ], "\(found)")
        let none = try await ProcessRunner.run(
            binary, ["explain", "https://weather.example/3", "--topic", "alliance", "--config", config])
        #expect(none.stdout.contains("Near matches of alliance: none"), "\(none.stdout)")
        let unknown = try await ProcessRunner.run(
            binary, ["explain", "https://weather.example/3", "--topic", "nope", "--config", config])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no topic has the id 'nope'; the topics are: weather, alliance, kyiv"))

        // A whole-word Ukrainian name matches its forms in an article told Ukrainian (`Києві`, by
        // its `є`); one whose headline has none of Ukrainian's own letters is read as Serbian and
        // misses them, since they do not begin with the name: they are listed as other forms.
        let ukrainian = try await ProcessRunner.run(
            binary, ["tags", "--topic", "kyiv", "--since", "100000d", "--json", "--config", config])
        let kyiv = try #require(try JSONSerialization.jsonObject(with: Data(ukrainian.stdout.utf8)) as? [String: Any])
        let otherForms = (kyiv["other_forms"] as? [[String: Any]] ?? []).map {
            "\($0["term"] ?? "") \($0["word"] ?? "") \($0["articles"] ?? "")"
        }
        #expect(Set(otherForms) == ["Харків harkova 1"], "\(otherForms)")
        #expect(kyiv["longer_forms"] == nil)
        let otherForm = try await ProcessRunner.run(
            binary, ["explain", "https://weather.example/6", "--topic", "kyiv", "--config", config])
        #expect(
            otherForm.stdout.contains("\"harkova\" in the title: another form of the term \"Харків\""),
            "\(otherForm.stdout)")
        let declined = try await ProcessRunner.run(
            binary, ["explain", "https://weather.example/5", "--config", config])
        #expect(declined.stdout.contains("\"Київ\" in the title (as \"kyievi\")"), "\(declined.stdout)")
    }

    /// `tags --topic`: each term with the articles it tagged (alone or with others) and came near,
    /// the exclude terms that vetoed the topic, and the terms that matched nothing.
    @Test func tagsTopicAuditsATopicTermByTerm() async throws {
        let config = weatherDesk(
            items: """
                <item><title>Blizzard buries the Alps</title><link>https://weather.example/1</link>
                  <description>Roads across three valleys were closed overnight by the storm.</description></item>
                <item><title>Blizzard sorry for guild goof</title><link>https://weather.example/2</link>
                  <description>The game company apologised to players of World of Warcraft on Tuesday.</description></item>
                <item><title>Snowfall expected in the north</title><link>https://weather.example/3</link>
                  <description>Forecasters expect heavy snow across the north this week. A blizzard warning is out.</description></item>
                <item><title>Ski resorts open</title><link>https://weather.example/4</link>
                  <description>Resorts in the Alps opened on Saturday to large crowds of skiers. Some expect snowfall later.</description></item>
                """,
            topics: """
                  weather:
                    title: Weather
                    match: [blizzard, snowfall, whiteout]
                    exclude: ["World of Warcraft"]
                    min_hits: 2
                """)
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let json = try await ProcessRunner.run(
            binary, ["tags", "--topic", "weather", "--since", "100000d", "--json", "--config", config])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let audit = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(audit["articles"] as? Int == 4)
        #expect(audit["tagged"] as? Int == 2)
        #expect(audit["excluded"] as? Int == 1)
        #expect(audit["below_min_hits"] as? Int == 1)
        let terms = try #require(audit["terms"] as? [[String: Any]])
        #expect(terms.compactMap { $0["term"] as? String } == ["blizzard", "snowfall"])
        // Blizzard tagged the first report alone and the third with snowfall, and matched in the
        // vetoed one; snowfall tagged the third and came near in the fourth.
        #expect(terms[0]["tagged"] as? Int == 2 && terms[0]["alone"] as? Int == 1)
        #expect(terms[0]["near_misses"] as? Int == 1)
        #expect(terms[1]["tagged"] as? Int == 1 && terms[1]["alone"] as? Int == 0)
        #expect(terms[1]["near_misses"] as? Int == 1)
        let examples = try #require(terms[0]["examples"] as? [[String: Any]])
        #expect(examples.first?["link"] as? String == "https://weather.example/1")
        let vetoes = try #require(audit["exclusions"] as? [[String: Any]])
        #expect(vetoes.first?["term"] as? String == "World of Warcraft" && vetoes.first?["near_misses"] as? Int == 1)
        #expect(audit["unused"] as? [String] == ["whiteout"])

        let text = try await ProcessRunner.run(
            binary, ["tags", "--topic", "weather", "--since", "100000d", "--config", config])
        #expect(text.stdout.contains("of 4 articles, 2 tagged by its terms"))
        #expect(text.stdout.contains("alone  "))
        #expect(text.stdout.contains("terms that matched nothing since 100000d ago: whiteout"))
        let unknown = try await ProcessRunner.run(binary, ["tags", "--topic", "nope", "--config", config])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no topic has the id 'nope'; the topics are: weather"))
        let misspelt = try await ProcessRunner.run(binary, ["tags", "--topic", "wether", "--config", config])
        #expect(misspelt.status == 2)
        #expect(
            misspelt.stderr.contains("no topic has the id 'wether' (did you mean 'weather'?); the topics are: weather"),
            "\(misspelt.stderr)")
    }

    /// `tags --untagged`: the demo's topics are about the Balkans, NATO, Ukraine and Russia, so
    /// most of the Guardian's world news of 2022 carries none, and its names (Iran, Mahsa Amini,
    /// hurricane Fiona) are what the topics lack.
    @Test func tagsUntaggedNamesTheFeedsAndTheNamesNoTopicCovers() async throws {
        let demo = try demo()
        let config = demo + "/feedmerge.yaml"
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let text = try await ProcessRunner.run(
            binary, ["tags", "--untagged", "--since", "100000d", "--config", config])
        #expect(text.status == 0, "stderr: \(text.stderr)")
        #expect(text.stdout.contains("carry no topic"))
        #expect(text.stdout.contains("The Guardian: World news"))
        #expect(text.stdout.contains("names in untagged articles that no topic names"))
        #expect(text.stdout.contains("source categories of untagged articles that no topic's categories: names"))

        let json = try await ProcessRunner.run(
            binary, ["tags", "--untagged", "--since", "100000d", "--json", "--limit", "30", "--config", config])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let articles = try #require(report["articles"] as? Int)
        let untagged = try #require(report["untagged"] as? Int)
        #expect(untagged > 0 && untagged < articles)
        let feeds = try #require(report["feeds"] as? [[String: Any]])
        #expect(feeds.reduce(0) { $0 + ($1["untagged"] as? Int ?? 0) } == untagged)
        // Every article of the Balkan feeds carries a topic, through its folder if not its words.
        #expect(!feeds.contains { ($0["feed"] as? String) == "Podgorica Daily" })
        let guardian = try #require(feeds.first { ($0["feed"] as? String) == "The Guardian: World news" })
        #expect((guardian["untagged"] as? Int ?? 0) > (guardian["articles"] as? Int ?? 0) / 2)
        let names = try #require(report["names"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names.contains("Iran") && names.contains("Fiona"), "\(names)")
        // A person by both names; the surname is not listed apart.
        #expect(names.contains("Mahsa Amini") && !names.contains("Amini"), "\(names)")
        // Names a topic's terms cover are not listed, nor common words.
        #expect(!names.contains("Russia") && !names.contains("Ukraine") && !names.contains("The"), "\(names)")
        // The Guardian's own categories: "Extreme weather" on untagged articles only, "World news"
        // on tagged ones too, whose topics say where it would go.
        let categories = try #require(report["categories"] as? [[String: Any]])
        let weather = try #require(categories.first { ($0["category"] as? String) == "Extreme weather" })
        #expect((weather["untagged_articles"] as? Int ?? 0) >= 2 && (weather["tagged_articles"] as? Int) == 0)
        let world = try #require(categories.first { ($0["category"] as? String) == "World news" })
        let worldTopics = (world["topics"] as? [[String: Any]] ?? []).compactMap { $0["topic"] as? String }
        #expect(worldTopics.contains("russia"), "\(world)")
        let newest = try #require(report["newest"] as? [[String: Any]])
        #expect(newest.count == min(30, untagged))
        #expect(newest.allSatisfy { $0["link"] is String && $0["feed"] is String })

        // The demo's articles are older than the default week: both reports say which --since
        // reaches them, as the tag counts do.
        for report in ["--untagged", "--topic=nato"] {
            let lastWeek = try await ProcessRunner.run(binary, ["tags", report, "--config", config])
            #expect(lastWeek.status == 0, "stderr: \(lastWeek.stderr)")
            #expect(lastWeek.stderr.contains("the newest is dated 2025-04-03"), "\(report): \(lastWeek.stderr)")
        }

        // The text lists at most --limit feeds, and says what the others hold.
        let short = try await ProcessRunner.run(
            binary, ["tags", "--untagged", "--since", "100000d", "--limit", "1", "--config", config])
        let lines = short.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("feed ") })
        #expect(lines[header + 1].hasPrefix("The Guardian: World news"))
        let others = feeds.count - 1
        let rest = untagged - (guardian["untagged"] as? Int ?? 0)
        #expect(
            lines[header + 2]
                == "… and \(others) more feeds with \(rest) untagged articles (--limit shows more, --json all)",
            "\(short.stdout)")

        let badLimit = try await ProcessRunner.run(binary, ["tags", "--untagged", "--limit", "0", "--config", config])
        #expect(badLimit.status == 2)
        let both = try await ProcessRunner.run(binary, ["tags", "--untagged", "--topic", "nato", "--config", config])
        #expect(both.status == 2)
    }

    @Test func aRunWhereOneOfThreeFeedsIsBrokenWritesTheOthersAndExitsOne() async throws {
        folder.write(
            "feeds/a.xml",
            "<rss version=\"2.0\"><channel><title>a</title><item><title>First good</title><link>https://a.example/1</link></item></channel></rss>"
        )
        folder.write("feeds/b.xml", "<html><head><title>Not a feed</title></head><body>oops</body></html>")
        folder.write(
            "feeds/c.xml",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>c</title><entry><id>c1</id><title>Second good</title><link href=\"https://c.example/1\"/><updated>2025-04-03T10:00:00Z</updated></entry></feed>"
        )
        folder.write(
            "feeds.opml",
            """
            <opml version="2.0"><body><outline text="Broken News" xmlUrl="feeds/b.xml"/>
            <outline text="A" xmlUrl="feeds/a.xml"/><outline text="C" xmlUrl="feeds/c.xml"/></body></opml>
            """)
        let config = folder.write("feedmerge.yaml", "outputs:\n  - path: out/all.xml\n    format: atom\n")
        let result = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Broken News"))
        #expect(result.stderr.contains("b.xml"))
        #expect(result.stderr.contains("HTML page"))
        let atom = try #require(folder.read("out/all.xml"))
        #expect(atom.contains("First good"))
        #expect(atom.contains("Second good"))
        #expect(try await XMLCheck.isWellFormed(atom))
    }

    @Test func theShippedConfigurationIsValid() async throws {
        for name in ["feedmerge.yaml", "feeds.opml"] {
            try FileManager.default.copyItem(atPath: PackagePaths.root + "/" + name, toPath: folder.file(name))
        }
        // Nothing is fetched, so the build writes empty outputs; the point is that the shipped
        // configuration and subscription list load.
        let result = try await ProcessRunner.run(binary, ["build", "--config", folder.file("feedmerge.yaml")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("public/western-balkans.xml")))
    }

    @Test func aConfigurationErrorExitsTwoAndNamesThePlace() async throws {
        let config = folder.write("feedmerge.yaml", "feeds: f.opml\nfetch:\n  timeout: soon\n")
        let result = try await ProcessRunner.run(binary, ["build", "--config", config])
        #expect(result.status == 2)
        #expect(result.stderr.contains("feedmerge.yaml:3:12: fetch.timeout:"))
    }

    @Test func usageErrorsExitTwo() async throws {
        #expect(try await ProcessRunner.run(binary, ["frobnicate"]).status == 2)
        #expect(try await ProcessRunner.run(binary, ["run", "--no-such-flag"]).status == 2)
    }

    @Test func parseJSONFollowsTheContract() async throws {
        let feed = folder.write(
            "f.xml",
            "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://x.example/a</link></item></channel></rss>"
        )
        let broken = folder.write("b.xml", "<html><body>hi</body></html>")
        let result = try await ProcessRunner.run(binary, ["parse", "--json", feed, broken])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["source"] as? String == feed)
        #expect(first["format"] as? String == "rss2.0")
        #expect((first["entries"] as? [[String: Any]])?.first?["title"] as? String == "A")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["bozo"] as? Bool == true)
        #expect((second["error"] as? String)?.contains("HTML page") == true)
        #expect(second["entries"] == nil)
    }

    /// The listing without `--json` shows titles as a reader sees them: one written as HTML is
    /// read as HTML (Hacker News's `94 &amp;#8211; …`), a text title is left as it is.
    /// `parse example.com/feed` is a web address without its scheme, not a missing file: the
    /// error says how to write it. A missing file named like one (`feed.xml`) is a missing file.
    @Test func parseOfAWebAddressWithoutItsSchemeSaysHowToWriteIt() async throws {
        let address = try await ProcessRunner.run(binary, ["parse", "example.com/feed"], in: folder.path)
        #expect(address.status == 1)
        #expect(
            address.stderr.contains(
                "example.com/feed: no such file; for a web address, write its scheme: "
                    + "https://example.com/feed"), "\(address.stderr)")
        let file = try await ProcessRunner.run(binary, ["parse", "feed.xml"], in: folder.path)
        #expect(file.status == 1)
        #expect(file.stderr.contains("cannot read feed.xml: No such file or directory"), "\(file.stderr)")
    }

    @Test func parseListingShowsHTMLTitlesAsText() async throws {
        let feed = folder.write(
            "a.xml",
            """
            <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Hacker &lt;b&gt;News&lt;/b&gt;</title>
            <entry><title type="html">94 &amp;#8211; How to find
            hidden cameras</title><link href="https://x.example/1"/></entry>
            <entry><title type="text">Use &lt;b&gt; for bold &amp; R&amp;D</title><link href="https://x.example/2"/></entry>
            </feed>
            """)
        let result = try await ProcessRunner.run(binary, ["parse", feed])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("— Hacker News\n"), "\(result.stdout)")
        #expect(result.stdout.contains("  - 94 – How to find hidden cameras <https://x.example/1>"), "\(result.stdout)")
        #expect(result.stdout.contains("  - Use <b> for bold & R&D <https://x.example/2>"), "\(result.stdout)")
        // The JSON gives the title as the feed did.
        let json = try await ProcessRunner.run(binary, ["parse", "--json", feed])
        #expect(json.stdout.contains(#"94 &#8211; How to find"#), "\(json.stdout)")
    }

    /// `parse --json URL` (docs/parse-json.md): the document is fetched with the project's
    /// fetcher, the HTTP charset of a `text/*` type overrides the XML declaration, relative links
    /// resolve against `Content-Location`, a redirect's final URL stands for the document, and
    /// an address that answers with an error is a line with `bozo` and the error.
    @Test func parseJSONReadsAURLWithItsHeaders() async throws {
        // "Вучић" in windows-1251, under a declaration that says UTF-8.
        let cyrillic: [UInt8] = [0xC2, 0xF3, 0xF7, 0xE8, 0x9E]
        let document =
            Array(
                #"<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>S</title><item><title>"#.utf8
            )
            + cyrillic + Array("</title><link>/vesti/1</link></item></channel></rss>".utf8)
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/feed":
                return .init(
                    headers: [
                        ("Content-Type", "text/xml; charset=windows-1251"),
                        ("Content-Location", "https://sr.example/rss/"),
                    ], body: Data(document))
            case "/old": return .init(status: 301, headers: [("Location", "/plain")])
            case "/plain":
                return .init(
                    contentType: "application/rss+xml",
                    body:
                        "<rss version=\"2.0\"><channel><title>P</title><item><title>A</title><link>b/c</link></item></channel></rss>"
                )
            default: return .init(status: 404)
            }
        }
        defer { server.stop() }
        let result = try await ProcessRunner.run(
            binary, ["parse", "--json", server.url("/feed"), server.url("/old"), server.url("/missing")])
        #expect(result.status == 1)
        let lines = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        try #require(lines.count == 3)
        #expect(lines[0]["encoding"] as? String == "windows-1251")
        let entry = try #require((lines[0]["entries"] as? [[String: Any]])?.first)
        #expect(entry["title"] as? String == "Вучић")
        #expect(entry["link"] as? String == "https://sr.example/vesti/1")
        #expect((lines[1]["entries"] as? [[String: Any]])?.first?["link"] as? String == server.url("/b/c"))
        #expect(lines[2]["source"] as? String == server.url("/missing"))
        #expect(lines[2]["bozo"] as? Bool == true)
        #expect((lines[2]["error"] as? String)?.contains("404") == true)
    }

    /// A private feed's secrets never reach what feedmerge prints, cron's mail or `--verbose`:
    /// not in the failures, the moved feeds or any line the fetch logs (a feed moved for good,
    /// a server that asked to wait).
    @Test func whatARunPrintsMasksPrivateFeedsSecrets() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path.prefix(while: { $0 != "?" }) {
            case "/old": return .init(status: 301, headers: [("Location", "/new?token=s3cr3t-new")])
            case "/new", "/copy":
                return .init(
                    contentType: "application/rss+xml",
                    body:
                        "<rss version=\"2.0\"><channel><title>P</title><item><title>A</title><link>https://p.example/a</link></item></channel></rss>"
                )
            case "/busy": return .init(status: 429, headers: [("Retry-After", "120")])
            default: return .init(status: 500)
            }
        }
        defer { server.stop() }
        let withPassword = server.url("/old").replacingOccurrences(of: "http://", with: "http://me:s3cr3t-pass@")
        folder.write(
            "feeds.opml",
            """
            <opml version="2.0"><body><outline text="Old" xmlUrl="\(withPassword.replacingOccurrences(of: "&", with: "&amp;"))"/>
            <outline text="Busy" xmlUrl="\(server.url("/busy?api_key=s3cr3t-busy"))"/>
            <outline text="Broken" xmlUrl="\(server.url("/broken?feed_token=s3cr3t-broken"))"/>
            <outline text="Copy" xmlUrl="\(server.url("/copy?key=s3cr3t-copy"))"/></body></opml>
            """)
        let config = folder.write(
            "feedmerge.yaml",
            "feeds: feeds.opml\ndatabase: state.sqlite\noutputs:\n  - {path: out/all.json, format: json}\n")
        for arguments in [["run", "--config", config], ["run", "--config", config, "--force", "--verbose"]] {
            let run = try await ProcessRunner.run(binary, arguments)
            #expect(!run.stderr.isEmpty)
            #expect(!(run.stdout + run.stderr).contains("s3cr3t"), "\(arguments): \(run.stdout)\(run.stderr)")
            #expect((run.stdout + run.stderr).contains("***"), "\(arguments): \(run.stdout)\(run.stderr)")
        }
        // The listings a user pastes into a question: the story the two feeds share, the articles
        // no topic tags, the feeds' table.
        for arguments in [
            ["clusters", "--json", "--since", "100000w"], ["tags", "--untagged", "--json", "--since", "100000w"],
            ["status"],
        ] {
            let listing = try await ProcessRunner.run(binary, arguments + ["--config", config])
            #expect(listing.status == 0, "\(arguments): \(listing.stderr)")
            #expect(!(listing.stdout + listing.stderr).contains("s3cr3t"), "\(arguments): \(listing.stdout)")
            #expect(listing.stdout.contains("***"), "\(arguments): \(listing.stdout)")
        }
    }
}
