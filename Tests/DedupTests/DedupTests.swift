import FeedModel
import FeedText
import Foundation
import Testing

@testable import Dedup

@Suite struct StoryMergerTests {
    private func copy(
        _ feed: String, _ link: String?, id: Int64, at seconds: Double, priority: Int = 0, length: Int = 0
    )
        -> SourcedArticle
    {
        let date = Date(timeIntervalSince1970: seconds)
        return SourcedArticle(
            storeID: id, feedURL: feed, feedTitle: feed, feedPriority: priority,
            article: Article(id: "\(id)", title: "\(id)", link: link, published: date), firstSeen: date,
            lastUpdated: date, textLength: length)
    }

    @Test func theFirstOutletIsTheSourceAndTheFullestTextIsPublished() {
        let story = StoryMerger.story(
            key: "k",
            members: [
                copy("late", "https://b.example/x", id: 2, at: 200, length: 300),
                copy("early", "https://a.example/x", id: 1, at: 100, length: 40),
            ])
        #expect(story.primary.feedURL == "early")
        #expect(story.also.map(\.feedURL) == ["late"])
        #expect(story.textSource.feedURL == "late")
        #expect(story.date == Date(timeIntervalSince1970: 100))
    }

    @Test func theHigherRankedFeedIsTheSource() {
        let story = StoryMerger.story(
            key: "k",
            members: [
                copy("early", "https://wire.example/x", id: 1, at: 100),
                copy("ranked", "https://wire.example/x", id: 2, at: 200, priority: 5),
            ])
        #expect(story.primary.feedURL == "ranked")
    }

    @Test func newKeysAreCanonicalLinks() {
        #expect(
            StoryMerger.newKey(for: copy("a", "https://www.wire.example/x/?utm_source=a", id: 1, at: 1))
                == "wire.example/x")
        #expect(StoryMerger.newKey(for: copy("a", nil, id: 7, at: 1)) == "entry:" + StableHash.hex("a", "7"))
        #expect(StoryMerger.storyID(key: "wire.example/x") == StoryMerger.storyID(key: "wire.example/x"))
    }

    @Test func aPermalinkGuidIsAnIdentity() {
        let article = Article(id: "https://wire.example/story/1", link: "https://mirror.example/copy?utm_medium=rss")
        #expect(StoryMerger.identities(of: article) == ["mirror.example/copy", "wire.example/story/1"])
        #expect(StoryMerger.identities(of: Article(id: "tag:example,2024:1")) == [])
    }

    /// A feed that links every item to its home page (Taverncast's 123 episodes all link
    /// `http://www.taverncast.com/`), or to the page it names as its site, gives no item a page
    /// of its own: that link is no identity, and no story's key.
    @Test func aHomePageIsNoArticlesOwnPage() {
        let episode = Article(id: "https://www.taverncast.com", link: "http://www.taverncast.com/")
        #expect(StoryMerger.identities(of: episode).isEmpty)
        let listed = Article(link: "https://gov.example/news/")
        #expect(StoryMerger.identities(of: listed, site: "https://gov.example/news") == [])
        #expect(StoryMerger.identities(of: listed, site: "https://gov.example/") == ["gov.example/news"])
        #expect(StoryMerger.identities(of: Article(link: "https://blog.example/#post-7")) == ["blog.example#post-7"])
        var sourced = copy("taverncast", "http://www.taverncast.com/", id: 9, at: 1)
        let ownKey = "entry:" + StableHash.hex("taverncast", "9")
        #expect(StoryMerger.newKey(for: sourced) == ownKey)
        sourced.feedSiteURL = "https://gov.example/news"
        sourced.article.link = "https://gov.example/news/?utm_source=rss"
        #expect(StoryMerger.newKey(for: sourced) == ownKey)
    }
}

@Suite struct FigureTests {
    @Test(
        arguments: [
            ("59,141", nil, 59141.0), ("3.5", nil, 3.5), ("3,5", nil, 3.5), ("1.897", nil, 1897.0),
            ("1,234,567", nil, 1_234_567.0), ("0.7", nil, 0.7), ("3.6m", nil, 3_600_000.0), ("220bn", nil, 220e9),
            ("9.9", "million", 9_900_000.0), ("10km", nil, 10.0), ("1,234.5", nil, 1234.5),
        ] as [(String, String?, Double)])
    func readsFiguresAsValues(written: String, next: String?, value: Double) {
        let text = FoldedText(written)
        let figure = Figure(text.slice(text.words[0]), nextWord: next.map { FoldedText($0).words[0].hash })
        #expect(figure?.value == value)
    }

    @Test func digitRunsTooLongForAFigureAreNotFigures() {
        for written in ["123456789012345678901234567890", "9999999999999999", "9999999999999.5tn"] {
            let text = FoldedText(written)
            #expect(Figure(text.slice(text.words[0]), nextWord: nil) == nil)
        }
        let fingerprint = Fingerprinter().fingerprint(
            Article(title: "Order 123456789012345678901234567890 of 5bn", summary: "Call 00381641234567890123 now."),
            date: Date())
        #expect(fingerprint.fingerprint.figures == [500_000_000_000])
    }

    @Test func smallWholeNumbersDoNotTellEventsApart() {
        let text = FoldedText("3 12 0.5")
        let telling = text.words.map { Figure(text.slice($0), nextWord: nil)?.isTelling }
        #expect(telling == [false, true, true])
    }

    /// A percentage is a measurement whatever its size: `falls 5%` and `falls 3%` are two days'
    /// market reports, not one story, while `3 dead` and `Game 3` stay no figures.
    @Test func aSmallPercentageIsAFigure() {
        func figures(_ title: String) -> [Int64] {
            Fingerprinter().fingerprint(Article(title: title), date: Date()).fingerprint.figures
        }
        #expect(figures("Bitcoin falls 5% as markets slide") == [500])
        #expect(figures("Unemployment at 4 percent, 3 per cent in Serbia") == [300, 400])
        #expect(figures("Inflacija 3 posto, 2 procenta") == [200, 300])
        #expect(figures("3 dead as storm hits the coast in game 3") == [])
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let scorer = DuplicateScorer()
        let monday = Fingerprinter().fingerprint(Article(title: "Bitcoin falls 5% as markets slide"), date: date)
        let tuesday = Fingerprinter().fingerprint(
            Article(title: "Bitcoin falls 3% as markets slide"), date: date.addingTimeInterval(86_400))
        #expect(scorer.compare(monday.fingerprint, tuesday.fingerprint, sameOutlet: true).verdict == .figuresDiffer)
        let again = Fingerprinter().fingerprint(
            Article(title: "Bitcoin falls 5% as markets slide"), date: date.addingTimeInterval(3600))
        #expect(scorer.compare(monday.fingerprint, again.fingerprint, sameOutlet: false).verdict == .sameTitle)
    }
}

@Suite struct NameKeyTests {
    @Test(arguments: [
        ("Rutte", "Rute"), ("Khashoggi", "Hashoggi"), ("Faisal", "Feisal"), ("Vučić", "Vucic"),
        ("Zelensky", "Zelenskyy"), ("Aleksandar", "Alexandar"), ("Philippe", "Filippe"), ("Riyadh", "Riyad"),
    ])
    func spellingsShareAKey(a: String, b: String) {
        let x = FoldedText(a)
        let y = FoldedText(b)
        #expect(NameKey.key(x.slice(x.words[0])) == NameKey.key(y.slice(y.words[0])))
    }

    @Test func differentNamesDiffer() {
        let x = FoldedText("Rutte Putin")
        #expect(NameKey.key(x.slice(x.words[0])) != NameKey.key(x.slice(x.words[1])))
    }
}

@Suite struct FingerprintTests {
    private func fingerprint(_ title: String, _ text: String, hours: Double = 0) -> ArticleFingerprint {
        Fingerprinter().fingerprint(
            Article(title: title, titleType: .text, summary: text, summaryType: .text),
            date: Date(timeIntervalSince1970: 1_700_000_000 + hours * 3600)
        ).fingerprint
    }

    private let report = """
        NATO Secretary General Mark Rutte said on Thursday in Brussels that allies will agree new capability \
        targets at the two-day meeting. Rutte told reporters that European allies are raising defence spending \
        to 3.5 percent, and that support for Ukraine will be discussed with the Ukrainian minister in the \
        NATO-Ukraine Council. The meeting ends on Friday with a statement on the Western Balkans.
        """

    @Test func survivesStorage() throws {
        let original = fingerprint("Rutte in Brussels", report)
        let decoded = try #require(ArticleFingerprint(encoded: original.encoded))
        #expect(decoded == original)
        #expect(ArticleFingerprint(encoded: Data([9, 9, 9])) == nil)
        // A part of a series keeps its place; a fingerprint stored before places were kept
        // (format 4, without the last array) is read as having none.
        let part = fingerprint("Rutte in Brussels, part 2", report)
        #expect(part.seriesNumbers == [2])
        #expect(ArticleFingerprint(encoded: part.encoded) == part)
        var older = Data(part.encoded.dropLast(8))
        older[older.startIndex] = 4
        let read = try #require(ArticleFingerprint(encoded: older))
        #expect(read.seriesNumbers.isEmpty && read.titleWords == part.titleWords)
    }

    @Test func aTruncationIsACopy() {
        let truncated = String(report.prefix(180)) + "…"
        let verdict = DuplicateScorer().compare(
            fingerprint("Rutte in Brussels", report), fingerprint("Other title", truncated)
        ).verdict
        #expect(verdict == .copy)
    }

    @Test func theSameTextWithOtherFiguresDaysApartIsAnotherEdition() {
        let monday =
            "The BSE Sensex closed 412 points higher at 59,141 on Monday, while the NSE Nifty ended at 17,604, as banks and IT stocks led the move. Foreign investors were net buyers."
        let tuesday =
            "The BSE Sensex closed 168 points lower at 58,973 on Tuesday, while the NSE Nifty ended at 17,553, as metal and auto stocks led the move. Foreign investors were net sellers."
        let comparison = DuplicateScorer().compare(
            fingerprint("Sensex", monday), fingerprint("Sensex", tuesday, hours: 24))
        #expect(comparison.verdict == .figuresDiffer)
        #expect(!comparison.verdict.isDuplicate)
    }

    @Test func aCorrectedFigureInAReissueIsTheSameStory() {
        let corrected = report.replacingOccurrences(of: "3.5 percent", with: "3.7 percent")
        let verdict = DuplicateScorer().compare(fingerprint("Rutte", report), fingerprint("Rutte", corrected, hours: 2))
            .verdict
        #expect(verdict == .correction)
    }

    @Test func nothingMatchesOutsideTheWindow() {
        let verdict = DuplicateScorer(window: 3600).compare(
            fingerprint("Rutte", report), fingerprint("Rutte", report, hours: 2)
        ).verdict
        #expect(verdict == .outsideWindow)
    }

    @Test func aRetellingWithRespelledNamesIsTheSameStory() {
        let retold = """
            Speaking in Brussels, the alliance's Secretary General Mark Rute said allies would agree new \
            capability targets during the two-day meeting. European allies are raising defence spending to 3.5 \
            percent, Rute told reporters, and Ukraine's support will be discussed with the Ukrainian minister in \
            the NATO-Ukraine Council. The Western Balkans will be in Friday's final statement.
            """
        let comparison = DuplicateScorer().compare(
            fingerprint("Rutte in Brussels", report), fingerprint("Allies to agree targets", retold, hours: 3))
        #expect(comparison.verdict == .retold)
    }

    /// Two outlets' headlines of one story, one with a letter that tells it is Russian
    /// (`прибыл`) and one without: both are read as Russian, as their texts are, and share
    /// their words. Read as Serbian, `Шойгу в Пхеньяне` shared none (`sojgu`, not `shoygu`).
    @Test func aShortCyrillicHeadlineIsReadAsItsTextIsWritten() {
        let comparison = DuplicateScorer().compare(
            fingerprint(
                "Шойгу прибыл в Пхеньян",
                "Министр обороны России Сергей Шойгу прибыл в Пхеньян с официальным визитом. "
                    + "Он проведет переговоры с руководством КНДР."),
            fingerprint(
                "Шойгу в Пхеньяне",
                "Сергей Шойгу прибыл в Пхеньян с визитом, сообщили в Минобороны. "
                    + "Он проведет переговоры с руководством КНДР.", hours: 2))
        #expect(comparison.title >= 0.75)
        #expect(comparison.verdict == .copy)
    }
}

@Suite struct StoryClustererTests {
    private func entry(_ id: Int64, _ text: String, hours: Double = 0, link: String? = nil) -> DedupEntry {
        let fingerprint = Fingerprinter().fingerprint(
            Article(title: "", titleType: .text, summary: text, summaryType: .text),
            date: Date(timeIntervalSince1970: 1_700_000_000 + hours * 3600)
        ).fingerprint
        return DedupEntry(id: id, feed: id, fingerprint: fingerprint, identities: link.map { [$0] } ?? [])
    }

    /// Twelve sentences with no words in common.
    private let sentences: [String] = {
        let words = [
            "harbour", "cranes", "Rijeka", "unloaded", "grain", "freighter", "overnight", "workers", "protested",
            "wages", "council", "approved", "budget", "tunnel", "railway", "opened", "tourists", "arrived", "ferry",
            "delayed", "storm", "coast", "guard", "rescued", "fishermen", "island", "hospital", "reported", "patients",
            "vaccine", "school", "teachers", "strike", "minister", "promised", "reform", "bridge", "repairs", "closed",
            "traffic", "diverted", "police", "arrested", "smugglers", "border", "customs", "seized", "cigarettes",
            "festival", "music", "crowds", "square", "mayor", "speech", "election", "ballots", "counted", "turnout",
            "record", "heat", "wildfire", "forest", "firefighters", "aircraft", "water", "shortage", "reservoir",
        ]
        return (0..<12).map { index in
            (0..<6).map { words[(index * 6 + $0) % words.count] }.joined(separator: " ") + "."
        }
    }()

    @Test func doesNotChainThroughPartialOverlaps() {
        // A holds sentences 0-5, B 2-7 (two thirds of A), C 4-9 (two thirds of B, a third of A).
        let clusterer = StoryClusterer()
        let a = clusterer.assign(entry(1, sentences[0..<6].joined(separator: " ")), newKey: "a")
        let b = clusterer.assign(entry(2, sentences[2..<8].joined(separator: " ")), newKey: "b")
        let c = clusterer.assign(entry(3, sentences[4..<10].joined(separator: " ")), newKey: "c")
        #expect(
            DuplicateScorer().compare(clusterer.fingerprintForTesting(2)!, clusterer.fingerprintForTesting(3)!).verdict
                == .copy)
        #expect(b.story == a.story)
        #expect(c.story != a.story)
    }

    @Test func aLaterCopyJoinsWithoutChangingTheStoryKey() {
        let clusterer = StoryClusterer()
        let text = sentences.joined(separator: " ")
        let first = clusterer.assign(entry(1, text), newKey: "founder")
        let second = clusterer.assign(entry(2, String(text.prefix(300)), hours: 5), newKey: "other")
        #expect(first.story == "founder")
        #expect(second.story == "founder")
        #expect(second.evidence.reason == .matched)
        #expect(second.evidence.verdict == .copy)
        #expect(second.evidence.matchedArticle == 1)
    }

    /// A blog's series: part 2 opens as part 1 did and shares its vocabulary, so its text reads
    /// as a copy; its headline gives it another place in the series. The same part re-issued,
    /// or told by another outlet, is still one story, and so is a retitled part without its
    /// number.
    @Test func partsOfASeriesAreNotOneStory() {
        let intro = sentences[0..<8].joined(separator: " ")
        func part(_ id: Int64, feed: Int64, _ title: String, _ more: String) -> DedupEntry {
            let article = Article(
                title: title, titleType: .text, summary: intro + " " + more, summaryType: .text)
            let fingerprint = Fingerprinter().fingerprint(article, date: Date(timeIntervalSince1970: 1_700_000_000))
                .fingerprint
            return DedupEntry(id: id, feed: feed, fingerprint: fingerprint, identities: [])
        }
        let clusterer = StoryClusterer()
        let first = clusterer.assign(part(1, feed: 7, "Writing a Swift parser, part 1", "The tokenizer."), newKey: "p1")
        let second = clusterer.assign(part(2, feed: 7, "Writing a Swift parser, part 2", "The parser."), newKey: "p2")
        #expect(second.story != first.story)
        let (a, b) = (clusterer.fingerprintForTesting(1)!, clusterer.fingerprintForTesting(2)!)
        #expect(a.seriesNumbers == [1] && b.seriesNumbers == [2])
        #expect(DuplicateScorer().compare(a, b, sameOutlet: true).verdict == .otherPart)
        #expect(DuplicateScorer().compare(a, b, sameOutlet: false).verdict == .otherPart)
        let elsewhere = clusterer.assign(
            part(3, feed: 8, "Writing a Swift parser (part 2)", "The parser."), newKey: "p3")
        #expect(elsewhere.story == second.story)
        let untitled = clusterer.assign(part(4, feed: 9, "Writing a Swift parser", "The tokenizer."), newKey: "p4")
        #expect(untitled.story == first.story || untitled.story == second.story)
        // "Episode 17", "Day 300 of the war", "2 of 3"; a figure that places nothing is none.
        for (title, numbers) in [
            ("Episode 17 - American Innocence", [17]), ("Russia-Ukraine war: day 300", [300]),
            ("Photos 2 of 3: the flood", [2]), ("3 dead as storm hits the coast", []),
        ] as [(String, [UInt32])] {
            #expect(Fingerprinter.seriesNumbers(FoldedText(title)) == numbers, "\(title)")
        }
    }

    /// A podcast whose feed repeats the same plug in every episode's description: each episode
    /// is its audio file.
    @Test func episodesOfOneFeedWithFilesOfTheirOwnAreNotOneStory() {
        let plug = sentences[0..<8].joined(separator: " ")
        func episode(_ id: Int64, feed: Int64, _ guest: String, file: String) -> DedupEntry {
            let article = Article(
                title: "Street Fight with \(guest)", titleType: .text, summary: "We have \(guest) on. " + plug,
                summaryType: .text, enclosures: [Enclosure(url: "https://cdn.example/\(file)", type: "audio/mpeg")])
            let fingerprint = Fingerprinter().fingerprint(article, date: Date(timeIntervalSince1970: 1_700_000_000))
                .fingerprint
            return DedupEntry(id: id, feed: feed, fingerprint: fingerprint, identities: [])
        }
        let clusterer = StoryClusterer()
        let first = clusterer.assign(episode(1, feed: 7, "Karen Geier", file: "e1.mp3"), newKey: "e1")
        let second = clusterer.assign(episode(2, feed: 7, "Adam Johnson", file: "e2.mp3"), newKey: "e2")
        #expect(second.story != first.story)
        let scorer = DuplicateScorer()
        let (a, b) = (clusterer.fingerprintForTesting(1)!, clusterer.fingerprintForTesting(2)!)
        #expect(scorer.compare(a, b, sameOutlet: true).verdict == .otherMedia)
        // Across outlets the files say nothing (each outlet hosts its own copy); the same file in
        // another of the feed's items is the same episode.
        #expect(scorer.compare(a, b, sameOutlet: false).verdict == .copy)
        let again = clusterer.assign(episode(3, feed: 7, "Karen Geier (repeat)", file: "e1.mp3"), newKey: "e3")
        #expect(again.story == first.story)
        // An image is not an episode: two items with pictures of their own stay one story.
        let pictured = Fingerprinter().fingerprint(
            Article(
                title: "x", titleType: .text, summary: plug, summaryType: .text,
                enclosures: [Enclosure(url: "https://cdn.example/a.jpg", type: "image/jpeg")]),
            date: Date(timeIntervalSince1970: 1_700_000_000)
        ).fingerprint
        #expect(pictured.media.isEmpty)
        // A torrent is an item's own file; a file of unknown type is not (feeds give photos so).
        let files = Fingerprinter.media(
            of: Article(enclosures: [
                Enclosure(url: "https://t.example/Show.S09E07.torrent", type: "application/x-bittorrent"),
                Enclosure(url: "https://i.example/img/media/abc?width=140"),
            ]))
        #expect(files.count == 1)
        #expect(ArticleFingerprint(encoded: a.encoded) == a)
    }

    /// An award series, a chart, an insider's trades: a feed that fills one template in for each
    /// item repeats most of its text under other headlines, and each item is a story of its own.
    /// The same outlet's re-issue of its text under a new headline is still one story, and so is
    /// a copy from another outlet.
    @Test func itemsOfOneFeedFillingInATemplateAreNotOneStory() {
        let template = sentences[0..<6].joined(separator: " ")
        func item(_ id: Int64, feed: Int64, _ title: String, _ text: String) -> DedupEntry {
            let article = Article(title: title, titleType: .text, summary: text, summaryType: .text)
            let fingerprint = Fingerprinter().fingerprint(article, date: Date(timeIntervalSince1970: 1_700_000_000))
                .fingerprint
            return DedupEntry(id: id, feed: feed, fingerprint: fingerprint, identities: [])
        }
        let clusterer = StoryClusterer()
        let earbuds = clusterer.assign(
            item(
                1, feed: 7, "Awards of 2020: earbuds of the year, the Oppo Enco X",
                "The jury names the Oppo Enco X its earbuds of the year. " + template), newKey: "earbuds")
        let drone = clusterer.assign(
            item(
                2, feed: 7, "Awards of 2020: drone of the year, the DJI Mavic Air",
                "The jury names the DJI Mavic Air its drone of the year. " + template), newKey: "drone")
        #expect(drone.story != earbuds.story)
        let scorer = DuplicateScorer()
        let (a, b) = (clusterer.fingerprintForTesting(1)!, clusterer.fingerprintForTesting(2)!)
        let sameFeed = scorer.compare(a, b, sameOutlet: true)
        #expect(sameFeed.verdict == .otherItem)
        #expect(!sameFeed.verdict.isDuplicate)
        #expect(sameFeed.phrases >= DuplicateScorer.copyPhrases)
        // Another outlet copying the text is a copy, and joins the story it copies.
        #expect(scorer.compare(a, b, sameOutlet: false).verdict == .copy)
        let copied = clusterer.assign(
            item(
                3, feed: 8, "Oppo's earbuds win the year's award",
                "The jury names the Oppo Enco X its earbuds of the year. " + template), newKey: "copied")
        #expect(copied.story == earbuds.story)
        // The feed's own re-issue of an item's text under a new headline is the same story.
        let reissued = clusterer.assign(
            item(
                4, feed: 7, "Oppo Enco X named the year's best earbuds",
                "The jury names the Oppo Enco X its earbuds of the year. " + template), newKey: "reissued")
        #expect(reissued.story == earbuds.story)
        // So is its update that rewrote sentences: it keeps the names and the words.
        let rewritten = [sentences[0]].map {
            $0.dropLast().split(separator: " ").reversed().joined(separator: " ") + "."
        }
        let update = item(
            5, feed: 7, "Update: the Oppo Enco X, the year's earbuds",
            "The year's earbuds: the jury names the Oppo Enco X. "
                + (rewritten + sentences[1..<6]).joined(separator: " "))
        let updated = scorer.compare(a, update.fingerprint, sameOutlet: true)
        #expect(updated.phrases < DuplicateScorer.sameOutletRetitled && updated.title < DuplicateScorer.sameTitle)
        #expect(updated.verdict == .copy)
        #expect(clusterer.assign(update, newKey: "update").story == earbuds.story)
    }

    /// A template whose headline differs only in its subject (a traffic feed's roads, an award's
    /// winners): the headlines share their words, so only what they name tells the items apart.
    /// An update that keeps what its headline named is still the story, and another outlet's
    /// alert on the same road a copy.
    @Test func itemsOfOneFeedWhoseHeadlinesNameOtherThingsAreNotOneStory() {
        func fingerprint(road: String, _ junction: Int, extra: String = "") -> Fingerprinter.Output {
            let article = Article(
                title: "\(road) closed between junctions \(junction) and \(junction + 1) after collision",
                titleType: .text,
                summary: "The \(road) is closed in both directions between junction \(junction) and junction "
                    + "\(junction + 1) following a collision. Expect delays of up to an hour. Diversions are in "
                    + "place and drivers are asked to avoid the area.\(extra)", summaryType: .text)
            return Fingerprinter().fingerprint(
                article, date: Date(timeIntervalSince1970: 1_700_000_000), keepVocabulary: true)
        }
        func alert(_ id: Int64, feed: Int64, road: String, _ junction: Int, extra: String = "") -> DedupEntry {
            DedupEntry(
                id: id, feed: feed, fingerprint: fingerprint(road: road, junction, extra: extra).fingerprint,
                identities: [])
        }
        let clusterer = StoryClusterer()
        let roads = ["A1", "M25", "M1", "M11"].enumerated().map { index, road in
            clusterer.assign(alert(Int64(index + 1), feed: 7, road: road, index + 1), newKey: road).story
        }
        #expect(Set(roads).count == 4)
        let scorer = DuplicateScorer()
        let (a, b) = (clusterer.fingerprintForTesting(1)!, clusterer.fingerprintForTesting(2)!)
        #expect(scorer.compare(a, b, sameOutlet: true).verdict == .otherItem)
        #expect(scorer.compare(a, b, sameOutlet: true).title >= DuplicateScorer.sameTitle)
        let detail = ComparisonDetail(
            fingerprint(road: "A1", 1), fingerprint(road: "M25", 2), sameOutlet: true, scorer: scorer)
        #expect(detail.summary.hasPrefix("another item of the same feed: its headline names A1, the other's M25,"))
        // The feed's update of the A1 alert names the A1 still, and more.
        let update = clusterer.assign(
            alert(5, feed: 7, road: "A1", 1, extra: " Highways England says the A1 should reopen by noon."),
            newKey: "update")
        #expect(update.story == roads[0])
        // Another outlet's report of the M25 alert is a copy of it.
        #expect(clusterer.assign(alert(6, feed: 8, road: "M25", 2), newKey: "copy").story == roads[1])
        #expect(ArticleFingerprint(encoded: a.encoded) == a)
    }

    @Test func theSameLinkJoinsWhateverTheText() {
        let clusterer = StoryClusterer()
        _ = clusterer.assign(entry(1, "One text entirely.", link: "wire.example/x"), newKey: "wire.example/x")
        let second = clusterer.assign(entry(2, "Nothing alike here at all.", link: "wire.example/x"), newKey: "k")
        #expect(second.story == "wire.example/x")
        #expect(second.evidence.reason == .sameLink)
        clusterer.addIdentity("old.example/y", story: "old-story", article: 99)
        let third = clusterer.assign(entry(3, "Other words again.", link: "old.example/y"), newKey: "k3")
        #expect(third.story == "old-story")
    }

    @Test func forgetsWhatLeftTheWindow() {
        let clusterer = StoryClusterer(scorer: DuplicateScorer(window: 3600))
        let text = sentences.joined(separator: " ")
        _ = clusterer.assign(entry(1, text), newKey: "first")
        clusterer.forget(before: Date(timeIntervalSince1970: 1_700_000_000 + 3 * 86400))
        #expect(clusterer.heldCount == 0)
        let later = clusterer.assign(entry(2, text, hours: 80), newKey: "later")
        #expect(later.story == "later")
    }
}

@Suite struct HashSortTests {
    @Test(arguments: [0, 1, 2, 17, 100, 1000])
    func sortsLikeTheStandardLibrary(count: Int) {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            var values = (0..<count).map { _ in UInt32.random(in: 0...50, using: &random) }
            let expected = values.sorted()
            HashSort.sort(&values)
            #expect(values == expected)
            var wide = (0..<count).map { _ in UInt32.random(in: 0...UInt32.max, using: &random) }
            let wideExpected = wide.sorted()
            HashSort.sort(&wide)
            #expect(wide == wideExpected)
            var figures = (0..<count).map { _ in Int64.random(in: -1000...1000, using: &random) }
            let figuresExpected = figures.sorted()
            HashSort.sort(generic: &figures)
            #expect(figures == figuresExpected)
        }
    }
}
