import FeedWriter
import FeedmergeConfig
import Foundation
import Tagger
import TestSupport
import Testing

@Suite struct ConfigurationTests {
    let folder = TemporaryFolder()

    private func load(_ yaml: String) throws -> Configuration {
        try Configuration.load(path: folder.write("feedmerge.yaml", yaml))
    }

    private func error(_ yaml: String) -> ConfigError? {
        do {
            _ = try load(yaml)
            return nil
        } catch {
            return error as? ConfigError
        }
    }

    @Test func readsTheContractExample() throws {
        let configuration = try load(
            """
            feeds: feeds.opml            # OPML 1.0/2.0
            database: feedmerge.sqlite
            fetch:
              concurrency: 32
              per_host: 4
              timeout: 30s
              max_bytes: 20MB
            outputs:
              - path: public/all.xml
                format: atom
                title: All stories
                limit: 200
              - path: public/balkans.json
                format: json
                filter: "western-balkans and not sports"
            topics:
              nato:
                title: NATO
                match: ["North Atlantic Treaty Organization", "Rutte", "Rute"]
                match_case: ["NATO", "KFOR"]
                exclude: ["NATO Tiger Meet"]
              serbia:
                title: Serbia
                match: ["Serbia", "Serbian", "Belgrade", "Vučić"]
                within: [western-balkans]
              western-balkans:
                title: Western Balkans
                match: ["Western Balkans", "Balkans"]
            """)
        #expect(configuration.feedsPath == folder.file("feeds.opml"))
        #expect(configuration.databasePath == folder.file("feedmerge.sqlite"))
        #expect(configuration.fetch == FetchSettings(concurrency: 32, perHost: 4, timeout: 30, maxBytes: 20 << 20))
        #expect(configuration.outputs.count == 2)
        #expect(configuration.outputs[0].path == folder.file("public/all.xml"))
        #expect(configuration.outputs[0].format == .atom)
        #expect(configuration.outputs[0].limit == 200)
        #expect(configuration.outputs[1].filter == (try TagExpression.parse("western-balkans and not sports")))
        #expect(configuration.topics.map(\.id) == ["nato", "serbia", "western-balkans"])
        #expect(configuration.topics[0].matchCase == ["NATO", "KFOR"])
        #expect(configuration.topics[1].within == ["western-balkans"])
    }

    @Test func anUnknownKeyNamesTheLineAndKey() throws {
        let found = try #require(error("feeds: f.opml\noutputs:\n  - path: a.xml\n    format: atom\n    titel: x\n"))
        #expect(found.line == 5)
        #expect(found.key == "outputs[0].titel")
        #expect(found.description.contains("feedmerge.yaml:5:5: outputs[0].titel: unknown key (did you mean 'title'?)"))
    }

    /// A key or an id written in another case is named as the one meant: `Match` is `match`,
    /// `NATO` is `nato` (four edits away, were case an edit).
    @Test func aNameInAnotherCaseIsSuggested() throws {
        let found = try #require(error("feeds: f.opml\ntopics:\n  nato:\n    Match: [NATO]\n"))
        #expect(found.description.contains("topics.nato.Match: unknown key (did you mean 'match'?)"))
        let configuration = try load(
            "feeds: f.opml\ntopics:\n  nato:\n    match: [NATO]\n  serbia:\n    match: [Serbia]\n")
        #expect(configuration.noTopicMessage("NATO").hasPrefix("no topic has the id 'NATO' (did you mean 'nato'?)"))
        #expect(configuration.noTopicMessage("Kosovo") == "no topic has the id 'Kosovo'; the topics are: nato, serbia")
    }

    /// `-` is standard output for a view; as an output's path it made a file named `-` in the
    /// folder cron ran in.
    @Test func anOutputPathOfADashIsAnError() throws {
        let found = try #require(error("feeds: f.opml\noutputs:\n  - path: \"-\"\n    format: atom\n"))
        #expect(found.key == "outputs[0].path")
        #expect(
            found.description.contains(
                "'-' (standard output) is for a view, `feedmerge build --filter EXPR --output -`"))
    }

    @Test func anHTMLOutputTellsTimesInTheZoneItNames() throws {
        let configuration = try load(
            "outputs:\n  - path: a.html\n    format: html\n    timezone: Europe/Belgrade\n  - path: b.html\n    format: html\n"
        )
        #expect(configuration.outputs.map { $0.timeZone?.identifier } == ["Europe/Belgrade", nil])
        let unknown = try #require(
            error("outputs:\n  - path: a.html\n    format: html\n    timezone: Europe/Belgrad\n"))
        #expect(unknown.line == 4 && unknown.key == "outputs[0].timezone")
        #expect(unknown.message.contains("unknown time zone 'Europe/Belgrad' (did you mean 'Europe/Belgrade'?)"))
        let lowerCase = try #require(
            error("outputs:\n  - path: a.html\n    format: html\n    timezone: europe/london\n"))
        #expect(lowerCase.message.contains("unknown time zone 'europe/london' (did you mean 'Europe/London'?)"))
        let notAPage = try #require(error("outputs:\n  - path: a.xml\n    format: atom\n    timezone: UTC\n"))
        #expect(notAPage.key == "outputs[0].timezone" && notAPage.message.contains("only an html output"))
    }

    @Test func aBadDurationNamesTheLineAndKey() throws {
        let found = try #require(error("fetch:\n  timeout: thirty\n"))
        #expect(found.line == 2)
        #expect(found.key == "fetch.timeout")
        #expect(found.message.contains("'thirty' is not a duration"))
    }

    /// The README's configuration block is what users copy: it loads as written, with the
    /// defaults it gives (`min_interval: 0s` among them) read as those defaults.
    @Test func readsTheREADMEsConfigurationAsWritten() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.range(of: "## Configuration: `feedmerge.yaml`"))
        let rest = readme[section.upperBound...]
        let open = try #require(rest.range(of: "```yaml\n"))
        let close = try #require(rest[open.upperBound...].range(of: "\n```"))
        let configuration = try load(String(rest[open.upperBound..<close.lowerBound]))
        #expect(configuration.fetch.minInterval == 0)
        #expect(configuration.fetch.maxInterval == 12 * 3600)
        #expect(configuration.fetch.maxBackoff == 24 * 3600)
        #expect(configuration.topics.count >= 3)
    }

    /// Zero is a floor's natural value, and no other duration's: a timeout, a retention or a
    /// window of nothing is a slip, not a setting.
    @Test func onlyTheFloorOnUpdateHintsMayBeZero() throws {
        #expect(try load("fetch:\n  min_interval: 0\n").fetch.minInterval == 0)
        #expect(try load("fetch:\n  min_interval: 0s\n").fetch.minInterval == 0)
        for key in ["fetch:\n  timeout", "fetch:\n  max_interval", "fetch:\n  max_backoff", "retention"] {
            let found = try #require(error("\(key): 0s\n"))
            #expect(found.message.contains("is not a duration"), "\(key)")
        }
    }

    /// A User-Agent is sent as a header line: a line break in it would send headers of its
    /// text's making (`X-Evil: 1`), so it is a configuration error.
    @Test func aUserAgentIsOneLine() throws {
        #expect(
            try load("fetch:\n  user_agent: \"feedmerge (+https://example.org/bot)\"\n").fetch.userAgent
                == "feedmerge (+https://example.org/bot)")
        let found = try #require(error("fetch:\n  user_agent: \"feedmerge\\r\\nX-Evil: 1\"\n"))
        #expect(found.line == 2 && found.key == "fetch.user_agent")
        #expect(found.message.contains("one line of text"))
    }

    @Test func aBadFilterPointsAtTheColumn() throws {
        let found = try #require(
            error("outputs:\n  - path: a.json\n    format: json\n    filter: \"nato and (serbia\"\n"))
        #expect(found.line == 4)
        #expect(found.key == "outputs[0].filter")
        #expect(found.message.contains("expected ')'"))
        // The quote is at column 13, so the expression starts at 14; the error is at its end,
        // column 17 of the expression.
        #expect(found.column == 14 + 17 - 1)
    }

    @Test func aMissingFileIsNamed() throws {
        do {
            _ = try Configuration.load(path: folder.file("nope.yaml"))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("nope.yaml"))
            #expect(error.message.contains("does not exist"))
        }
    }

    @Test(arguments: [
        ("outputs:\n  - path: a.xml\n    format: atm\n", "outputs[0].format", "unknown format 'atm'"),
        ("fetch:\n  concurrency: 0\n", "fetch.concurrency", "from 1 to 1000"),
        ("fetch:\n  report_after: 0\n", "fetch.report_after", "from 1 to 100"),
        ("fetch:\n  max_bytes: lots\n", "fetch.max_bytes", "not a size"),
        ("topics:\n  a:\n    within: [b]\n  b:\n    within: [a]\n", "topics.a.within", "cycle: a → b → a"),
        ("topics:\n  a:\n    within: [zzz]\n", "topics.a.within", "unknown topic 'zzz'"),
        ("outputs:\n  - format: atom\n", "outputs[0]", "needs a 'path'"),
        ("topics:\n  a:\n    match: [x]\n    min_hits: 0\n", "topics.a.min_hits", "from 1 to 1000"),
        ("topics:\n  a:\n    match: [x]\n    fuzzy: maybe\n", "topics.a.fuzzy", "not true or false"),
        ("topics:\n  a:\n    match: [x]\n    min_hits_per_words: -5\n", "topics.a.min_hits_per_words", "from 0 to"),
        ("topics:\n  a:\n    match: [\"—\"]\n", "topics.a", "has no letters or digits to match"),
        ("topics:\n  a:\n    match: [\"Ukr*ine\"]\n", "topics.a", "has a '*' inside it"),
        ("topics:\n  a:\n    exclude: [\"Kos**\"]\n", "topics.a", "has a '*' inside it"),
        ("topics:\n  a:\n    match: [\"Western B*\"]\n", "topics.a", "one letter before its '*'"),
        ("feeds: [a, b]\n", "feeds", "single value"),
        ("feeds: a\n  bad: indentation\n", nil, "not valid YAML"),
        ("outputs:\n\t- path: a.xml\n", nil, "a tab indents line 2; YAML indents with spaces only"),
        ("outputs:\n  - path: a.xml\n  \t format: atom\n", nil, "a tab indents line 3"),
        ("outputs:\n  - path: a.xml\n    format: atom\n    format: rss\n", nil, "'format' is given twice"),
        ("outputs:\n  - path: t/{topic}.xml\n    format: atom\n", "outputs[0].path", "no topics are configured"),
        (
            "outputs:\n  - path: a.xml\n    format: atom\n  - path: ./a.xml\n    format: rss\n", "outputs[1].path",
            "as outputs[0] does"
        ),
        (
            "topics:\n  nato:\n    match: [NATO]\noutputs:\n  - path: nato.xml\n    format: atom\n"
                + "  - path: \"{topic}.xml\"\n    format: atom\n", "outputs[1].path", "as outputs[0] does"
        ),
        (
            "topics:\n  ..:\n    match: [x]\noutputs:\n  - path: \"{topic}/a.xml\"\n    format: atom\n",
            "outputs[0].path",
            "cannot name a file"
        ),
        // An address for a path: it was read as the file `https:/example.org/list.opml`.
        ("feeds: https://example.org/list.opml\n", "feeds", "is an address; feeds names a file on this machine"),
        ("database: sqlite://state.db\n", "database", "is an address; database names a file on this machine"),
        // One file in two roles: a run said the list was not OPML ("read as windows-1252"),
        // far from the slip.
        (
            "feeds: state.db\ndatabase: state.db\n", "feeds",
            "the subscription list (feeds:) and the database (database:) are one file"
        ),
        (
            "database: feeds.opml\n", "database",
            "the subscription list (feeds:) and the database (database:) are one file"
        ),
        ("feeds: feedmerge.yaml\n", "feeds", "this configuration file and the subscription list (feeds:) are one file"),
        ("feeds: state.db-wal\ndatabase: state.db\n", "feeds", "the database's write-ahead log are one file"),
        // A path that names no file (it failed at every build, as a folder).
        ("outputs:\n  - path: \"\"\n    format: atom\n", "outputs[0].path", "'' names no file"),
        ("outputs:\n  - path: public/\n    format: atom\n", "outputs[0].path", "'public/' names no file"),
    ])
    func badValuesAreErrorsThatNameTheKey(yaml: String, key: String?, message: String) throws {
        let found = try #require(error(yaml))
        #expect(found.key == key)
        #expect(found.message.contains(message), "\(found)")
        #expect(found.line != nil)
    }

    /// An output replaces its file whole: one whose path is the subscription list, the database
    /// (or a file SQLite or the run lock keeps beside it) or this file would destroy it.
    @Test func anOutputMayNotReplaceFeedmergesOwnFiles() throws {
        let cases: [(path: String, role: String)] = [
            ("feeds.opml", "the subscription list (feeds:)"),
            ("./lists/../feeds.opml", "the subscription list (feeds:)"),
            ("state/feedmerge.sqlite", "the database (database:)"),
            ("state/feedmerge.sqlite-wal", "the database's write-ahead log"),
            ("state/feedmerge.sqlite.lock", "the run lock"),
            ("feedmerge.yaml", "this configuration file"),
            ("linked.opml", "the subscription list (feeds:)"),
            ("{topic}.opml", "the subscription list (feeds:)"),
        ]
        _ = folder.write("feeds.opml", "<opml version=\"2.0\"><body/></opml>")
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("linked.opml"), withDestinationPath: folder.file("feeds.opml"))
        for (path, role) in cases {
            let found = try #require(
                error(
                    """
                    feeds: feeds.opml
                    database: state/feedmerge.sqlite
                    topics:
                      feeds:
                        match: [x]
                    outputs:
                      - path: all.xml
                        format: atom
                      - path: "\(path)"
                        format: rss
                    """), "\(path)")
            #expect(found.key == "outputs[1].path")
            #expect(found.line == 9)
            #expect(found.message.contains("which is \(role): an output replaces its file whole"), "\(found)")
        }
        // Beside them, under names of their own, outputs are fine.
        #expect(
            throws: Never.self,
            performing: {
                try load("feeds: feeds.opml\noutputs:\n  - path: feeds.opml.xml\n    format: rss\n")
            })
    }

    @Test func aPathWithTopicMakesAnOutputForEachTopic() throws {
        let configuration = try load(
            """
            topics:
              nato:
                title: NATO
                match: [NATO]
              serbia:
                match: [Serbia]
            outputs:
              - path: all.xml
                format: atom
              - path: "topics/{topic}.html"
                format: html
                filter: "not sports"
                title: "feedmerge: {topic}"
                url: "https://example.org/topics/{topic}.html"
              - path: "topics/{topic}.json"
                format: json
            """)
        let outputs = configuration.outputs
        #expect(outputs.count == 5)
        let pages = outputs.filter { $0.format == .html }
        #expect(pages.map { ($0.path as NSString).lastPathComponent } == ["nato.html", "serbia.html"])
        #expect(pages.allSatisfy { $0.path.hasPrefix(folder.path + "/topics/") })
        #expect(pages.map(\.title) == ["feedmerge: NATO", "feedmerge: serbia"])
        #expect(pages[0].url == "https://example.org/topics/nato.html")
        #expect(pages[0].filter == .and(.tag("nato"), .not(.tag("sports"))))
        let feeds = outputs.filter { $0.format == .json }
        #expect(feeds.map(\.filter) == [.tag("nato"), .tag("serbia")])
        // Without a title, each is the topic's own.
        #expect(feeds.map(\.title) == ["NATO", "serbia"])
    }

    /// `{tag}` stands for every tag, folders' too, which only a build knows: the configuration
    /// keeps one template; `{tag}` with `{topic}` is an error.
    @Test func aPathWithTagIsATemplateForEachTag() throws {
        let configuration = try load(
            """
            topics:
              nato:
                match: [NATO]
            outputs:
              - path: "tags/{tag}.xml"
                format: atom
                title: "Tag: {tag}"
            """)
        #expect(configuration.outputs.count == 1)
        let template = try #require(configuration.outputs.first)
        #expect(template.isPerTag)
        #expect(template.path == folder.path + "/tags/{tag}.xml")
        #expect(template.title == "Tag: {tag}")
        #expect(throws: ConfigError.self) {
            try load(
                """
                outputs:
                  - path: "out/{topic}-{tag}.xml"
                    format: atom
                """)
        }
    }

    @Test func filterTagsNoTopicOrFeedGivesAreFound() throws {
        let configuration = try load(
            """
            topics:
              sports:
                match: [football]
              western-balkans:
                match: [Kosovo]
            outputs:
              - path: a.json
                format: json
                filter: "western-balkan and not sprots and (world or balkans)"
              - path: "t/{topic}.xml"
                format: atom
                filter: "not sprots"
            """)
        let unknown = configuration.unknownFilterTags(feedTags: ["world"])
        #expect(unknown.map(\.tag) == ["balkans", "sprots", "western-balkan"])
        #expect(unknown.map(\.suggestion) == [nil, "sports", "western-balkans"])
        #expect(unknown.allSatisfy { $0.output.hasSuffix("/a.json") })
        #expect(configuration.unknownFilterTags(feedTags: ["world", "balkans", "sprots", "western-balkan"]).isEmpty)
    }

    @Test func topicKeysForHitsFuzzinessAndCategories() throws {
        let configuration = try load(
            "topics:\n  t:\n    match: [Turkey]\n    min_hits: 2\n    min_hits_per_words: 400\n    fuzzy: true\n"
                + "    categories: [\" Türkiye \", World]\n"
        )
        let topic = try #require(configuration.topics.first)
        #expect(topic.minHits == 2)
        #expect(topic.minHitsPerWords == 400)
        #expect(topic.fuzzy)
        #expect(topic.categories == ["Türkiye", "World"])
        let plain = try #require(try load("topics:\n  t:\n    match: [x]\n").topics.first)
        #expect(plain.minHits == 1)
        #expect(plain.minHitsPerWords == Topic.defaultMinHitsPerWords)
        #expect(!plain.fuzzy)
    }

    @Test func durationsAndSizes() throws {
        let configuration = try load("retention: 7d\nfetch:\n  timeout: 2m\n  max_bytes: 512KB\n")
        #expect(configuration.retention == 7 * 86_400)
        #expect(configuration.fetch.timeout == 120)
        #expect(configuration.fetch.maxBytes == 512 * 1024)
    }
}
