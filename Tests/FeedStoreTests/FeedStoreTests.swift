import FeedModel
@_spi(Testing) import FeedStore
import Foundation
import TestSupport
import Testing

@Suite struct FeedStoreTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("state.sqlite") }
    let now = Date(timeIntervalSince1970: 1_743_673_260)

    /// Articles whose rows fill most of a page each (3.4 KB of text), as real articles' rows do.
    private func pageSizedArticles(_ count: Int) -> [Article] {
        let paragraph = "A paragraph of the article's text, long enough that its row fills most of a page. "
        return (0..<count).map { index in
            Article(
                id: "\(index)", title: "Article \(index)",
                content: "\(index) " + String(repeating: paragraph, count: 40),
                published: now)
        }
    }

    /// What `change` writes to the store's WAL, from a WAL emptied just before.
    private func walBytes(_ store: FeedStore, _ change: () throws -> Void) throws -> Int {
        try store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try change()
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "-wal")
        return (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    private func storeWithFeed(_ url: String = "https://a.example/rss") throws -> (FeedStore, Int64) {
        let store = try FeedStore(path: path)
        try store.syncSubscriptions([Subscription(url: url, title: "A")])
        return (store, try #require(try store.feeds().first?.id))
    }

    /// `atomically` makes the store's own transactions parts of one: all of it lands or none of
    /// it, and a step within it that fails and is passed over undoes only its own writes.
    @Test func workDoneAtomicallyLandsWholeOrNotAtAll() throws {
        let (store, feedID) = try storeWithFeed()
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try store.atomically(
                { () throws(Stop) in
                    try? store.setMeta("first", "1")
                    try? store.countShapes([(feedID, [1, 2])])
                    throw Stop()
                }, storeError: { _ in Stop() })
        }
        #expect(try store.meta("first") == nil)
        #expect(try store.paragraphShapes(feedIDs: [feedID], minimumCount: 1)[feedID]?.articles == 0)

        try store.execute(
            "CREATE TRIGGER full BEFORE INSERT ON paragraph_shapes BEGIN SELECT RAISE(ABORT, 'no space'); END")
        try store.atomically(
            { () throws(StoreError) in
                try store.setMeta("second", "2")
                #expect(throws: StoreError.self) { try store.countShapes([(feedID, [3])]) }
                try store.setMeta("third", "3")
            }, storeError: { $0 })
        #expect(try store.meta("second") == "2")
        #expect(try store.meta("third") == "3")
        // The failed count left nothing behind, not even its count of articles.
        #expect(try store.paragraphShapes(feedIDs: [feedID], minimumCount: 1)[feedID]?.articles == 0)
    }

    @Test func subscriptionsFollowTheOPML() throws {
        let store = try FeedStore(path: path)
        try store.syncSubscriptions([
            Subscription(url: "https://a.example/rss", title: "A", tags: ["balkans"], priority: 2),
            Subscription(url: "https://b.example/rss", title: "B"),
        ])
        var feeds = try store.feeds()
        #expect(feeds.map(\.url) == ["https://a.example/rss", "https://b.example/rss"])
        #expect(feeds[0].tags == ["balkans"])
        #expect(feeds[0].priority == 2)
        try store.syncSubscriptions([Subscription(url: "https://b.example/rss", title: "B2")])
        feeds = try store.feeds()
        #expect(feeds.first { $0.url == "https://a.example/rss" }?.isSubscribed == false)
        #expect(feeds.first { $0.url == "https://b.example/rss" }?.title == "B2")
    }

    /// The subscriptions are synced at every run: a list that did not change writes nothing (it
    /// rewrote every feed's row, marking each unsubscribed and subscribed again), and a change
    /// writes only its rows; a feed taken out and listed again is subscribed again.
    @Test func syncingTheSameSubscriptionsWritesNothing() throws {
        let store = try FeedStore(path: path)
        var list = (0..<1000).map {
            Subscription(url: "https://f\($0).example/rss", title: "Feed \($0)", tags: ["t\($0 % 7)"], priority: $0 % 3)
        }
        try store.syncSubscriptions(list)
        let unchanged = try walBytes(store) { try store.syncSubscriptions(list) }
        #expect(unchanged == 0)
        let removed = list.removeLast()
        list[0].title = "Renamed"
        let changed = try walBytes(store) { try store.syncSubscriptions(list) }
        #expect(changed > 0 && changed < 40_000, "\(changed) bytes")
        var feeds = Dictionary(uniqueKeysWithValues: try store.feeds(countingArticles: false).map { ($0.url, $0) })
        #expect(feeds[removed.url]?.isSubscribed == false)
        #expect(feeds[list[0].url]?.title == "Renamed")
        #expect(feeds.values.filter(\.isSubscribed).count == 999)
        try store.syncSubscriptions(list + [removed])
        feeds = Dictionary(uniqueKeysWithValues: try store.feeds(countingArticles: false).map { ($0.url, $0) })
        #expect(feeds.values.allSatisfy { $0.isSubscribed })
        #expect(feeds[removed.url]?.tags == removed.tags && feeds[removed.url]?.priority == removed.priority)
    }

    /// A feed that dates an article in the future (a wrong clock, `2100-01-01`) does not keep it
    /// at the top of every output until that day: it is dated when it was stored, in the date
    /// column that orders the store and in the article read back; a correction is dated as
    /// corrected.
    @Test func articlesAreDatedNeitherAfterTheyWereStoredNorAtTheEpoch() throws {
        let (store, feedID) = try storeWithFeed()
        let future = Date(timeIntervalSince1970: 4_102_444_800)  // 2100-01-01
        var article = Article(id: "1", title: "Ahead", link: "https://a.example/1", published: future, updated: future)
        let dated = Article(
            id: "2", title: "Dated", link: "https://a.example/2", published: now.addingTimeInterval(-60))
        // Go's zero time, which Hugo writes for a post without a date, and the Unix epoch.
        let zero = Article(
            id: "3", title: "Zero", link: "https://a.example/3", published: Date(timeIntervalSince1970: -62_135_596_800)
        )
        let epoch = Article(
            id: "4", title: "Epoch", link: "https://a.example/4", published: Date(timeIntervalSince1970: 18_000))
        try store.saveFetch(
            feedID: feedID,
            FetchedContent(
                status: 200, contentHash: "h1", feed: Feed(title: "A"), articles: [article, dated, zero, epoch]),
            at: now)
        #expect(
            try store.column("SELECT coalesce(published, first_seen) - first_seen FROM articles ORDER BY entry_id")
                == ["0.0", "-60.0", "0.0", "0.0"])
        var read = try store.articles().sorted { $0.article.id ?? "" < $1.article.id ?? "" }
        #expect(read.map(\.date) == [now, now.addingTimeInterval(-60), now, now])
        #expect(read.first?.article.updated == now)

        article.published = now.addingTimeInterval(-3_600)
        try store.saveFetch(
            feedID: feedID,
            FetchedContent(status: 200, contentHash: "h2", feed: Feed(title: "A"), articles: [article, dated]),
            at: now.addingTimeInterval(600))
        read = try store.articles().sorted { $0.article.id ?? "" < $1.article.id ?? "" }
        #expect(read.first?.date == now.addingTimeInterval(-3_600))
        #expect(read.first?.article.updated == now.addingTimeInterval(600))
    }

    @Test func articlesAreInsertedUpdatedInPlaceAndNeverDuplicated() throws {
        let (store, feedID) = try storeWithFeed()
        var first = Article(id: "1", title: "One", link: "https://a.example/1", published: now, language: "en")
        let second = Article(id: "2", title: "Two", link: "https://a.example/2", published: now, language: "en")
        let revisionBefore = try store.revision
        var summary = try store.saveFetch(
            feedID: feedID,
            FetchedContent(
                status: 200, etag: "\"e\"", contentHash: "h1", feed: Feed(title: "Feed A"),
                articles: [first, second, first]),
            at: now)
        #expect(summary == SaveSummary(inserted: 2, updated: 0, unchanged: 0))
        #expect(try store.revision > revisionBefore)

        first.title = "One, corrected"
        summary = try store.saveFetch(
            feedID: feedID,
            FetchedContent(
                status: 200, etag: "\"f\"", contentHash: "h2", feed: Feed(title: "Feed A"), articles: [first, second]),
            at: now.addingTimeInterval(60))
        #expect(summary == SaveSummary(inserted: 0, updated: 1, unchanged: 1))

        let unchangedRevision = try store.revision
        summary = try store.saveFetch(
            feedID: feedID,
            FetchedContent(status: 200, contentHash: "h2", feed: Feed(title: "Feed A"), articles: [first, second]),
            at: now.addingTimeInterval(120))
        #expect(summary == SaveSummary(inserted: 0, updated: 0, unchanged: 2))
        #expect(try store.revision == unchangedRevision)

        let stored = try store.articles()
        #expect(stored.count == 2)
        // The language the feed gave (what `lang:` filters read) stays through the update.
        #expect(try store.column("SELECT language FROM articles ORDER BY entry_id") == ["en", "en"])
        #expect(stored.map(\.article.title).sorted { ($0 ?? "") < ($1 ?? "") } == ["One, corrected", "Two"])
        let feed = try #require(try store.feeds().first)
        #expect(feed.contentHash == "h2")
        #expect(feed.articleCount == 2)
        #expect(feed.fetchCount == 3)
    }

    /// A feed that makes up a new guid at every request (a random one, a session's) gives the
    /// same items again: each keeps its row, and one unchanged but for its id is no change.
    /// Two items of one link and title on different days (a daily briefing's page) are two.
    @Test func anItemGivenANewIDAtEveryFetchIsStoredOnce() throws {
        let (store, feedID) = try storeWithFeed()
        let yesterday = now.addingTimeInterval(-86_400)
        func items(_ round: Int, bText: String) -> [Article] {
            [
                Article(id: "a-\(round)", title: "Cranes", link: "https://a.example/cranes", published: yesterday),
                Article(
                    id: "b-\(round)", title: "Strike", link: "https://a.example/strike", summary: bText,
                    published: yesterday),
                Article(id: "c-\(round)", title: "Briefing", link: "https://a.example/briefing", published: yesterday),
            ]
        }
        func save(_ articles: [Article], _ round: Int) throws -> SaveSummary {
            try store.saveFetch(
                feedID: feedID,
                FetchedContent(status: 200, contentHash: "h\(round)", feed: Feed(title: "A"), articles: articles),
                at: now.addingTimeInterval(Double(round) * 600))
        }
        #expect(try save(items(1, bText: "The port is shut."), 1).inserted == 3)
        let rows = try store.column("SELECT id FROM articles ORDER BY id")

        let revision = try store.revision
        let again = try save(items(2, bText: "The port is shut."), 2)
        #expect(again.inserted == 0 && again.updated == 0 && again.unchanged == 3 && again.reidentified == 3)
        #expect(try store.revision == revision)

        // The strike's text changed too: an update in place. Today's briefing, on the same page
        // under the same title, is another article.
        var third = items(3, bText: "The port opens again.")
        third[2].published = now
        let changed = try save(third + [items(2, bText: "").last!], 3)
        #expect(changed.inserted == 1 && changed.updated == 1 && changed.unchanged == 2 && changed.reidentified == 1)
        #expect(try store.column("SELECT id FROM articles ORDER BY id").prefix(3) == rows[...])
        #expect(
            try store.column("SELECT entry_id FROM articles ORDER BY entry_id") == ["a-3", "b-3", "c-2", "c-3"])
        #expect(try store.articles().first { $0.article.id == "b-3" }?.article.summary == "The port opens again.")
    }

    /// A site that moves to https (or takes `www.` on, or drops it) moves its feed's links, and
    /// the ids that are its links: each item keeps its row and takes the new link (it was stored
    /// again, and the old link stayed in the outputs beside the new).
    @Test func aSiteMovingToHTTPSKeepsItsItemsRows() throws {
        let (store, feedID) = try storeWithFeed()
        func items(_ scheme: String) -> [Article] {
            ["cranes", "strike"].map { name in
                let link = scheme.contains("://") ? "\(scheme).a.example/\(name)" : "\(scheme)://a.example/\(name)"
                return Article(id: link, title: name, link: link, summary: "On \(name).", published: now)
            }
        }
        func save(_ articles: [Article], _ round: Int) throws -> SaveSummary {
            try store.saveFetch(
                feedID: feedID,
                FetchedContent(status: 200, contentHash: "h\(round)", feed: Feed(title: "A"), articles: articles),
                at: now.addingTimeInterval(Double(round) * 600))
        }
        #expect(try save(items("http"), 1).inserted == 2)
        let rows = try store.column("SELECT id FROM articles ORDER BY id")
        let moved = try save(items("https"), 2)
        #expect(moved.inserted == 0 && moved.updated == 2)
        #expect(try store.column("SELECT id FROM articles ORDER BY id") == rows)
        #expect(
            try store.column("SELECT link FROM articles ORDER BY id") == [
                "https://a.example/cranes", "https://a.example/strike",
            ])
        #expect(
            try store.column("SELECT entry_id FROM articles ORDER BY id")
                == store.column("SELECT link FROM articles ORDER BY id"))
        // Then it takes `www.` on, and drops it again with http: the same rows each time.
        let withWWW = try save(items("https://www"), 3)
        #expect(withWWW.inserted == 0 && withWWW.updated == 2)
        let back = try save(items("http"), 4)
        #expect(back.inserted == 0 && back.updated == 2)
        #expect(try store.column("SELECT id FROM articles ORDER BY id") == rows)
        // Another scheme is no such move.
        #expect(try save(items("ftp"), 5).inserted == 2)
    }

    /// A feed that gives every item a new id and the time of the request as its date, at every
    /// request: each is the stored article of its link, title and text, kept with its first date,
    /// not a row an item a fetch. A feed whose one item is a daily briefing under a new id, on
    /// yesterday's page and title, gives too little to tell: the new one is another article.
    @Test func itemsWhoseIDsAndDatesMoveAtEveryFetchAreStoredOnce() throws {
        let (store, feedID) = try storeWithFeed()
        func items(_ round: Int, count: Int = 3) -> [Article] {
            (0..<count).map {
                Article(
                    id: "\(round)-\($0)", title: "Story \($0)", link: "https://a.example/\($0)", summary: "Text \($0).",
                    published: now.addingTimeInterval(Double(round) * 600))
            }
        }
        func save(_ articles: [Article], _ round: Int) throws -> SaveSummary {
            try store.saveFetch(
                feedID: feedID,
                FetchedContent(status: 200, contentHash: "h\(round)", feed: Feed(title: "A"), articles: articles),
                at: now.addingTimeInterval(Double(round) * 600))
        }
        #expect(try save(items(0), 0).inserted == 3)
        for round in 1...3 {
            let again = try save(items(round), round)
            #expect(again.inserted == 0 && again.updated == 0 && again.unchanged == 3)
            #expect(again.reidentified == 3 && again.redated == 3)
        }
        #expect(try store.articles().count == 3)
        #expect(try store.articles().allSatisfy { $0.article.published == now })

        let (briefings, briefingFeed) = try storeWithFeed("https://b.example/rss")
        for day in 0..<2 {
            var briefing = items(day, count: 1)[0]
            briefing.published = now.addingTimeInterval(Double(day) * 86_400)
            _ = try briefings.saveFetch(
                feedID: briefingFeed,
                FetchedContent(status: 200, contentHash: "b\(day)", feed: Feed(title: "B"), articles: [briefing]),
                at: now.addingTimeInterval(Double(day) * 86_400))
        }
        #expect(try briefings.articles().filter { $0.feedID == briefingFeed }.count == 2)
    }

    /// A feed that numbers its items by position (the newest is `1` at every fetch), or a site
    /// whose new system numbers them again from 1: an id the feed gave another item before is
    /// not that item's update. Each item keeps its own row, title and date, and one the feed
    /// dropped stays until retention; an edit under the same id (a new headline at the same
    /// page, or a headline and page changed at the same time) is still an update.
    @Test func anIDTheFeedGaveAnotherItemBeforeLeavesThatItemAlone() throws {
        let (store, feedID) = try storeWithFeed()
        let hours = ["Alpha": 1.0, "Bravo": 2, "Charlie": 3, "Delta": 4, "Echo": 5]
        func items(_ names: [String]) -> [Article] {
            names.enumerated().map { position, name in
                Article(
                    id: "\(position + 1)", title: "\(name) story", link: "https://a.example/\(name.lowercased())?utm=x",
                    summary: "\(name) text.", published: now.addingTimeInterval(-86_400 + hours[name]! * 3600))
            }
        }
        func save(_ articles: [Article], _ round: Int) throws -> SaveSummary {
            try store.saveFetch(
                feedID: feedID,
                FetchedContent(status: 200, contentHash: "h\(round)", feed: Feed(title: "A"), articles: articles),
                at: now.addingTimeInterval(Double(round) * 600))
        }
        #expect(try save(items(["Charlie", "Bravo", "Alpha"]), 1).inserted == 3)
        let second = try save(items(["Delta", "Charlie", "Bravo"]), 2)
        #expect(second.inserted == 1 && second.updated == 0 && second.unchanged == 2 && second.reidentified == 2)
        let third = try save(items(["Echo", "Delta", "Charlie"]), 3)
        #expect(third.inserted == 1 && third.updated == 0 && third.unchanged == 2)
        let stored = try store.articles().map(\.article)
        #expect(
            Set(stored.compactMap(\.title)) == [
                "Alpha story", "Bravo story", "Charlie story", "Delta story", "Echo story",
            ])
        for article in stored {
            let name = String(article.title!.prefix { $0 != " " })
            #expect(article.link == "https://a.example/\(name.lowercased())?utm=x")
            #expect(article.summary == "\(name) text.")
            #expect(article.published == now.addingTimeInterval(-86_400 + hours[name]! * 3600))
        }
        #expect(try save(items(["Echo", "Delta", "Charlie"]), 4).unchanged == 3)

        // Edits under one id: a new headline on the same page (its campaign code changed), and a
        // new headline at a new page at the same time.
        var edited = items(["Echo", "Delta", "Charlie"])
        edited[0].title = "Echo story, updated"
        edited[0].link = "https://A.example/echo?utm=y"
        edited[1].title = "Delta story, renamed"
        edited[1].link = "https://a.example/delta-renamed"
        let edits = try save(edited, 5)
        #expect(edits.inserted == 0 && edits.updated == 2)
        #expect(try store.articles().count == 5)
    }

    /// A feed that dates its items at each request (or moves an item's date when it touches it)
    /// does not bring them back as news: an item keeps the date it first ran under, and one whose
    /// date alone moved on is no change. A date moved back is a correction, and taken; so are the
    /// dates of a feed read anew after an upgrade (the same text may read differently now).
    @Test func anItemRedatedByItsFeedKeepsTheDateItFirstRanUnder() throws {
        let (store, feedID) = try storeWithFeed()
        // As the parser gives them: a date that reads keeps no raw text. This test gave one
        // before, which the store compared; no real feed's item had any, so a date a feed moved
        // on was always taken.
        func item(_ date: Date, text: String = "The port is shut.") -> Article {
            Article(id: "strike", title: "Strike", link: "https://a.example/strike", summary: text, published: date)
        }
        func save(_ article: Article, _ round: Int) throws -> SaveSummary {
            try store.saveFetch(
                feedID: feedID,
                FetchedContent(status: 200, contentHash: "h\(round)", feed: Feed(title: "A"), articles: [article]),
                at: now.addingTimeInterval(Double(round) * 600))
        }
        func stored() throws -> Article { try #require(try store.articles().first?.article) }
        let first = now.addingTimeInterval(-3600)
        _ = try save(item(first), 0)
        let revision = try store.revision
        let redated = try save(item(now.addingTimeInterval(600)), 1)
        #expect(redated.unchanged == 1 && redated.redated == 1 && redated.updated == 0)
        #expect(try store.revision == revision)
        #expect(try stored().published == first)

        let edited = try save(item(now.addingTimeInterval(1200), text: "The port opens."), 2)
        #expect(edited.updated == 1)
        #expect(try stored().summary == "The port opens.")
        #expect(try stored().published == first)

        let corrected = try save(item(first.addingTimeInterval(-600), text: "The port opens."), 3)
        #expect(corrected.updated == 1)
        #expect(try stored().published == first.addingTimeInterval(-600))

        // Moved on again: kept. Read anew after an upgrade (another feedmerge read the feed
        // before), whose reading of the same text may differ: taken.
        #expect(try save(item(first, text: "The port opens."), 4).redated == 1)
        #expect(try stored().published == first.addingTimeInterval(-600))
        #expect(try store.forgetValidators(unlessReadBy: "an earlier feedmerge") == 1)
        let readAnew = try save(item(first, text: "The port opens."), 5)
        #expect(readAnew.updated == 1 && readAnew.redated == 0)
        #expect(try stored().published == first)
    }

    @Test func retentionKeepsArticlesTheFeedStillCarriesEvenThrough304s() throws {
        let (store, feedID) = try storeWithFeed()
        let old = Article(id: "old", title: "Old", published: now)
        let kept = Article(id: "kept", title: "Kept", published: now)
        try store.saveFetch(feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: [old, kept]), at: now)
        // Ten days later the feed drops "old"; twenty days later it only answers 304s.
        try store.saveFetch(
            feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: [kept]), at: now + 10 * 86_400)
        try store.recordUnchanged(feedID: feedID, status: 304, at: now + 20 * 86_400, nextDue: nil)
        // A 15-day retention, applied on day 26: "old" was last seen on day 0, "kept" on day 20.
        let removed = try store.prune(notSeenSince: now + 11 * 86_400)
        #expect(removed == 1)
        #expect(try store.articles().map(\.article.id) == ["kept"])
    }

    /// The articles a feed still carries keep no seen mark of their own (they count as seen
    /// when the feed last confirmed its content): a change of the feed marks only those that
    /// leave it, where every article carried had its mark moved (in two indexes). One that comes
    /// back is carried again; retention reads it all as before.
    @Test func aFeedsCarriedArticlesKeepNoMarkOfTheirOwn() throws {
        let store = try FeedStore(path: path)
        try store.syncSubscriptions((0..<20).map { Subscription(url: "https://f\($0).example/rss") })
        let feeds = try store.feeds().map(\.id)
        func articles(_ feed: Int64, _ range: ClosedRange<Int>) -> [Article] {
            range.map { Article(id: "\(feed)-\($0)", title: "Story \($0) of \(feed)", published: now) }
        }
        for feed in feeds {
            try store.saveFetch(
                feedID: feed, FetchedContent(status: 200, feed: Feed(), articles: articles(feed, 1...100)), at: now)
        }
        // Day 5: each feed brings article 101 and drops article 1.
        for feed in feeds {
            try store.saveFetch(
                feedID: feed, FetchedContent(status: 200, feed: Feed(), articles: articles(feed, 2...101)),
                at: now + 5 * 86_400)
        }
        #expect(try store.column("SELECT count(*) FROM article_seen WHERE last_seen IS NOT NULL") == ["20"])
        // Day 10: article 1 comes back to the first feed; day 40, retention of 20 days.
        try store.saveFetch(
            feedID: feeds[0], FetchedContent(status: 200, feed: Feed(), articles: articles(feeds[0], 1...101)),
            at: now + 10 * 86_400)
        for feed in feeds {
            try store.recordUnchanged(feedID: feed, status: 304, at: now + 39 * 86_400, nextDue: nil)
        }
        // The 19 articles dropped on day 5 go; the one that came back stays with its feed's.
        #expect(try store.prune(notSeenSince: now + 20 * 86_400) == 19)
        let left = Set(try store.articles().map(\.article.id))
        #expect(left.count == 19 * 100 + 101 && left.contains("\(feeds[0])-1"))
        // A feed not heard from since day 39 has its articles go with the retention from then.
        #expect(try store.prune(notSeenSince: now + 40 * 86_400) == 2001)
    }

    /// An article a feed carried through weeks of 304s counts as seen until the change that
    /// dropped it, not since the last time the feed's content changed before that.
    @Test func anArticleDroppedAfterWeeksOf304sIsKeptForTheRetentionFromThen() throws {
        let (store, feedID) = try storeWithFeed()
        let dropped = Article(id: "dropped", title: "Dropped", published: now)
        let kept = Article(id: "kept", title: "Kept", published: now)
        try store.saveFetch(
            feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: [dropped, kept]), at: now)
        for day in stride(from: 5, through: 40, by: 5) {
            try store.recordUnchanged(feedID: feedID, status: 304, at: now + Double(day) * 86_400, nextDue: nil)
        }
        // Day 41: the feed changes and no longer carries "dropped", last seen on day 40.
        try store.saveFetch(
            feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: [kept]), at: now + 41 * 86_400)
        // A 30-day retention on day 45 keeps it; on day 71 it drops it.
        #expect(try store.prune(notSeenSince: now + 15 * 86_400) == 0)
        #expect(try store.prune(notSeenSince: now + 40.5 * 86_400) == 1)
        #expect(try store.articles().map(\.article.id) == ["kept"])
    }

    /// A cron run every few minutes mostly hears "nothing new". Marking a feed's articles as
    /// seen must not rewrite their rows: a row holds the article's text, and SQLite writes a row
    /// whole (a 304 from a feed of 200 articles wrote about a megabyte, every run).
    @Test func markingArticlesAsSeenRewritesNoArticleRow() throws {
        let (store, feedID) = try storeWithFeed()
        let articles = pageSizedArticles(200)
        try store.saveFetch(feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: articles), at: now)
        let unchanged = try walBytes(store) {
            try store.recordUnchanged(feedID: feedID, status: 304, at: now + 300, nextDue: nil)
        }
        let refetched = try walBytes(store) {
            try store.saveFetch(
                feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: articles), at: now + 600)
        }
        // Rewriting the 200 rows writes some 200 pages of 4 KB; a 304 writes the feed's row, a
        // page, and a refetch of the same articles their marks.
        #expect(unchanged < 16 * 1024, "a 304 wrote \(unchanged) bytes")
        #expect(refetched < 64 * 1024, "an unchanged body wrote \(refetched) bytes")
        // They count as seen all the same: retention keeps what the feed still carries.
        #expect(try store.prune(notSeenSince: now + 500) == 0)
        #expect(try store.prune(notSeenSince: now + 700) == 200)
    }

    @Test func aPermanentMoveKeepsTheHistoryAndTheOPMLCanFollow() throws {
        let (store, feedID) = try storeWithFeed("http://old.example/rss")
        try store.saveFetch(
            feedID: feedID,
            FetchedContent(status: 200, feed: Feed(), articles: [Article(id: "1")], movedTo: "https://new.example/rss"),
            at: now)
        var feed = try #require(try store.feeds().first)
        #expect(feed.url == "https://new.example/rss")
        #expect(feed.subscribedURL == "http://old.example/rss")
        #expect(feed.movedFrom == "http://old.example/rss")
        // Still listed under the old URL: same row. Listed under the new one: same row too.
        try store.syncSubscriptions([Subscription(url: "https://new.example/rss", title: "New")])
        let feeds = try store.feeds()
        #expect(feeds.count == 1)
        feed = try #require(feeds.first)
        #expect(feed.isSubscribed)
        #expect(feed.articleCount == 1)
    }

    @Test func deadFeedsCanBeRevived() throws {
        let (store, feedID) = try storeWithFeed()
        try store.markDead(feedID: feedID, status: 410, message: "gone", at: now)
        #expect(try store.feeds().first?.isDead == true)
        #expect(try store.revive(urls: []) == 1)
        #expect(try store.feeds().first?.isDead == false)
    }

    @Test func failuresCountAndScheduleTheNextTry() throws {
        let (store, feedID) = try storeWithFeed()
        try store.recordFailure(feedID: feedID, status: 500, message: "boom", at: now, nextDue: now + 300)
        try store.recordFailure(feedID: feedID, status: 500, message: "boom", at: now, nextDue: now + 600)
        let feed = try #require(try FeedStore(path: path).feeds().first)
        #expect(feed.lastStatus == 500)
        #expect(feed.lastError == "boom")
        #expect(feed.consecutiveFailures == 2)
        #expect(feed.nextDue == now + 600)
        try store.recordUnchanged(feedID: feedID, status: 304, at: now, nextDue: nil)
        #expect(try store.feeds().first?.consecutiveFailures == 0)
    }

    @Test func anOlderDatabaseIsUpgradedInPlace() throws {
        do {
            let old = try FeedStore(path: path, upTo: 1)
            try old.execute(
                "INSERT INTO feeds (url, subscribed_url, title, last_success) VALUES ('https://a.example/rss', 'https://a.example/rss', 'A', 1000)"
            )
            try old.execute(
                "INSERT INTO articles (feed_id, entry_id, first_seen, last_seen, last_updated, content_hash, data) VALUES (1, 'x', 1, 1, 1, 'h', '{\"links\":[],\"authors\":[],\"contributors\":[],\"categories\":[],\"enclosures\":[]}')"
            )
        }
        let store = try FeedStore(path: path)
        let feed = try #require(try store.feeds().first)
        #expect(feed.title == "A")
        #expect(feed.articleCount == 1)
        // Counted from 0 (version 2), moved on once by version 12 so that outputs are written again.
        #expect(try store.revision == 1)
        #expect(try store.isConsistent())
    }

    /// After the topics change, a pass over every article re-tags the store in batches of ids:
    /// a pass cut short goes on where its last recorded batch ended, and the article rows are
    /// not written (their mark from the first tagging stays).
    @Test func aPassAfterTheTopicsChangeGoesOnWhereItStopped() throws {
        do {
            let (store, feedID) = try storeWithFeed()
            let articles = (1...5).map { Article(id: "\($0)", title: "Story \($0)", published: now) }
            try store.saveFetch(
                feedID: feedID, FetchedContent(status: 200, feed: Feed(title: "A"), articles: articles), at: now)
            try store.startTagging(version: "v1")
            let new = try store.articlesToTag(version: "v1", limit: 10)
            #expect(new.articles.count == 5 && new.passThrough == nil)
            try store.setTopics(
                new.articles.map { ArticleTopics(articleID: $0.storeID, topics: ["old"]) }, version: "v1")
            #expect(try store.articlesToTag(version: "v1", limit: 10).articles.isEmpty)
            // The topics change: the first batch of the pass is recorded, the second is not.
            let first = try store.articlesToTag(version: "v2", limit: 2)
            #expect(first.articles.map(\.storeID) == [1, 2] && first.passThrough == 2)
            try store.setTopics(
                first.articles.map { ArticleTopics(articleID: $0.storeID, topics: ["new"]) }, version: "v2",
                passThrough: first.passThrough)
            #expect(try store.articlesToTag(version: "v2", limit: 2).articles.map(\.storeID) == [3, 4])
        }
        let store = try FeedStore(path: path)
        var batch = try store.articlesToTag(version: "v2", limit: 2)
        #expect(batch.articles.map(\.storeID) == [3, 4])
        while !batch.articles.isEmpty {
            try store.setTopics(
                batch.articles.map { ArticleTopics(articleID: $0.storeID, topics: $0.storeID == 5 ? [] : ["new"]) },
                version: "v2", passThrough: batch.passThrough)
            batch = try store.articlesToTag(version: "v2", limit: 2)
        }
        #expect(try store.meta("tag_version") == "v2")
        #expect(try store.articlesToTag(version: "v2", limit: 2).articles.isEmpty)
        let rows = try store.topicRows(since: now.addingTimeInterval(-60))
        #expect(rows.map(\.topics).sorted { $0.count > $1.count } == [["new"], ["new"], ["new"], ["new"], []])
        // Nothing is left to look at (that tagging writes no article row is
        // `taggingWritesNoArticleRow`).
        #expect(try store.column("SELECT count(*) FROM article_untagged") == ["0"])
    }

    /// Tagging records tags and what it has looked at apart from the article rows, which hold
    /// the articles' text: marking each article in its row rewrote the row whole, nearly half of
    /// what a first build wrote. A changed article is looked at again.
    @Test func taggingWritesNoArticleRow() throws {
        let (store, feedID) = try storeWithFeed()
        var articles = pageSizedArticles(200)
        try store.saveFetch(feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: articles), at: now)
        try store.startTagging(version: "v1")
        let batch = try store.articlesToTag(version: "v1", limit: 500)
        #expect(batch.articles.count == 200)
        let written = try walBytes(store) {
            try store.setTopics(
                batch.articles.map {
                    ArticleTopics(articleID: $0.storeID, topics: $0.storeID % 2 == 0 ? ["even"] : [])
                },
                version: "v1")
        }
        // The 200 rows rewritten would be some 200 pages of 4 KB.
        #expect(written < 64 * 1024, "tagging wrote \(written) bytes")
        #expect(try store.articlesToTag(version: "v1", limit: 500).articles.isEmpty)
        articles[7].title = "Article 7, corrected"
        try store.saveFetch(feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: articles), at: now + 60)
        #expect(try store.articlesToTag(version: "v1", limit: 500).articles.map(\.article.id) == ["7"])
    }

    /// Where dedup placed an article is recorded apart from its row, which holds its text:
    /// placing each article rewrote the row whole (a first build of 18,747 articles wrote 370 MB
    /// for a store of 128 MB). A changed article is placed again, in the story it was in until then.
    @Test func placingWritesNoArticleRow() throws {
        let (store, feedID) = try storeWithFeed()
        var articles = pageSizedArticles(200)
        try store.saveFetch(feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: articles), at: now)
        let ids = try store.articlesToCluster(version: "d1")
        #expect(ids.count == 200)
        // A fingerprint as large as dedup's (some 750 bytes).
        let fingerprint = Data(repeating: 7, count: 750)
        let written = try walBytes(store) {
            try store.setClusters(
                ids.map {
                    ClusterRecord(
                        storeID: $0, story: "story-\($0 % 50)", fingerprint: fingerprint, linkKey: "a.example/\($0)",
                        guidKey: nil, match: #"{"reason":"founder"}"#, textLength: 600)
                }, version: "d1")
        }
        let text = articles.reduce(0) { $0 + ($1.content?.utf8.count ?? 0) }
        #expect(written < text / 2, "placing wrote \(written) bytes; the articles' text is \(text)")
        #expect(try store.articlesToCluster(version: "d1").isEmpty)
        #expect(try store.storyDigests().count == 50)
        #expect(try store.fingerprint(of: ids[3]) == fingerprint)
        #expect(
            try store.stories(withKeys: ["a.example/\(ids[3])"])["a.example/\(ids[3])"]?.story == "story-\(ids[3] % 50)"
        )
        articles[7].title = "Article 7, corrected"
        try store.saveFetch(feedID: feedID, FetchedContent(status: 200, feed: Feed(), articles: articles), at: now + 60)
        let again = try store.articlesToCluster(version: "d1")
        #expect(try store.articles(ids: again).map(\.article.id) == ["7"])
        #expect(try store.storiesToFoundAgain(ids: again).values.first == "story-\(again[0] % 50)")
        // A new method places every article again.
        #expect(try store.articlesToCluster(version: "d2").count == 200)
    }

    /// A store from before placements had a table of their own keeps where dedup placed each
    /// article; an article it had not placed is the one left to place.
    @Test func placementsRecordedBeforeTheirTableAreCarriedOver() throws {
        do {
            let old = try FeedStore(path: path, upTo: 13)
            try old.execute(
                "INSERT INTO feeds (url, subscribed_url, title) VALUES ('https://a.example/rss', 'https://a.example/rss', 'A')"
            )
            let data = "{\"links\":[],\"authors\":[],\"contributors\":[],\"categories\":[],\"enclosures\":[]}"
            for (id, story, placed) in [(1, "'s1'", "'d1'"), (2, "'s1'", "'d1'"), (3, "NULL", "NULL")] {
                try old.execute(
                    """
                    INSERT INTO articles (id, feed_id, entry_id, first_seen, last_seen, last_updated, content_hash, data,
                        story, fingerprint, link_key, match, text_length, clustered_by)
                    VALUES (\(id), 1, '\(id)', 100, 100, 100, 'h', '\(data)', \(story), x'0102', 'a.example/\(id)',
                        '{"reason":"founder"}', 42, \(placed))
                    """)
            }
            try old.execute("INSERT INTO meta (key, value) VALUES ('dedup_version', 'd1')")
        }
        let store = try FeedStore(path: path)
        #expect(try store.isConsistent())
        #expect(try store.articlesToCluster(version: "d1") == [3])
        #expect(try store.storyDigests().map(\.articleCount) == [2])
        #expect(try store.fingerprint(of: 2) == Data([1, 2]))
        #expect(try store.articles(ids: [1]).first?.textLength == 42)
        #expect(try store.stories(withKeys: ["a.example/2"])["a.example/2"]?.article == 2)
    }

    /// A store from before tags had a table of their own keeps the tags recorded under the topics
    /// of the time; an article not yet tagged is tagged by the next build.
    @Test func tagsRecordedBeforeTheirTableAreCarriedOver() throws {
        do {
            let old = try FeedStore(path: path, upTo: 4)
            try old.execute(
                "INSERT INTO feeds (url, subscribed_url, title) VALUES ('https://a.example/rss', 'https://a.example/rss', 'A')"
            )
            let data = "{\"links\":[],\"authors\":[],\"contributors\":[],\"categories\":[],\"enclosures\":[]}"
            for (id, topics, indexed) in [(1, "nato serbia", "'v1'"), (2, "", "'v1'"), (3, "stale", "NULL")] {
                try old.execute(
                    """
                    INSERT INTO articles (id, feed_id, entry_id, first_seen, last_seen, last_updated, content_hash, data,
                        topics, indexed_by)
                    VALUES (\(id), 1, '\(id)', 100, 100, 100, 'h', '\(data)', '\(topics)', \(indexed))
                    """)
            }
            try old.execute("INSERT INTO meta (key, value) VALUES ('tag_version', 'v1')")
        }
        let store = try FeedStore(path: path)
        #expect(try store.isConsistent())
        let rows = try store.topicRows(since: Date(timeIntervalSince1970: 0))
        #expect(rows.map(\.topics) == [["nato", "serbia"], [], []])
        // The article the old build had not tagged is the one left to tag.
        let left = try store.articlesToTag(version: "v1", limit: 10)
        #expect(left.articles.map(\.storeID) == [3] && left.passThrough == nil)
    }

    /// Builds before schema 6 lost the language column of an article updated in place (`lang:`
    /// filters read it); opening the store gives it back from the article's text.
    @Test func anUpdatedArticleGetsItsLanguageBack() throws {
        do {
            let old = try FeedStore(path: path, upTo: 5)
            try old.execute(
                "INSERT INTO feeds (url, subscribed_url, title) VALUES ('https://a.example/rss', 'https://a.example/rss', 'A')"
            )
            let data = { (language: String) in
                "{\"links\":[],\"authors\":[],\"contributors\":[],\"categories\":[],\"enclosures\":[]\(language)}"
            }
            // Updated and stripped; updated and kept; never updated, with none given.
            for (id, updated, language, stored) in [
                (1, 200, ",\"language\":\"sr\"", "NULL"), (2, 200, ",\"language\":\"en\"", "'en'"),
                (3, 100, "", "NULL"),
            ] {
                try old.execute(
                    """
                    INSERT INTO articles (id, feed_id, entry_id, first_seen, last_seen, last_updated, content_hash, data,
                        language)
                    VALUES (\(id), 1, '\(id)', 100, \(updated), \(updated), 'h', '\(data(language))', \(stored))
                    """)
            }
        }
        let store = try FeedStore(path: path)
        #expect(try store.column("SELECT language FROM articles ORDER BY id") == ["sr", "en", nil])
    }

    /// Feeds read from local files resolved their relative links against the file: a store from
    /// before that was mended forgets what such a feed's file was, so that the next fetch reads
    /// it again and its articles get their links; feeds fetched over HTTP keep their state.
    @Test func feedsReadFromFilesAreReadAgainAfterTheirLinksWereMended() throws {
        do {
            let old = try FeedStore(path: path, upTo: 9)
            for url in ["file:///srv/feeds/a.xml", "https://b.example/rss"] {
                try old.execute(
                    """
                    INSERT INTO feeds (url, subscribed_url, etag, last_modified, content_hash)
                    VALUES ('\(url)', '\(url)', 'e', 'Mon, 01 Jan 2024 00:00:00 GMT', 'h')
                    """)
            }
        }
        let store = try FeedStore(path: path)
        #expect(try store.column("SELECT content_hash FROM feeds ORDER BY id") == [nil, "h"])
        #expect(try store.column("SELECT etag FROM feeds ORDER BY id") == [nil, "e"])
        #expect(
            try store.column("SELECT last_modified FROM feeds ORDER BY id") == [nil, "Mon, 01 Jan 2024 00:00:00 GMT"])
    }

    /// A store from before articles were dated plausibly: the date column of those dated in the
    /// future is set to when they were stored, and of those dated at the Unix epoch or before
    /// (Go's zero time) emptied, so that the store orders them by when it first saw them.
    @Test func implausibleDatesAreMendedOnUpgrade() throws {
        do {
            let old = try FeedStore(path: path, upTo: 10)
            try old.execute(
                "INSERT INTO feeds (url, subscribed_url) VALUES ('https://a.example/rss', 'https://a.example/rss')")
            let data = "{\"links\":[],\"authors\":[],\"contributors\":[],\"categories\":[],\"enclosures\":[]}"
            for (id, published) in [(1, "4102444800"), (2, "90000"), (3, "NULL"), (4, "-62135596800"), (5, "0")] {
                try old.execute(
                    """
                    INSERT INTO articles (id, feed_id, entry_id, published, first_seen, last_seen, last_updated,
                        content_hash, data)
                    VALUES (\(id), 1, '\(id)', \(published), 100000, 100000, 100000, 'h', '\(data)')
                    """)
            }
        }
        let store = try FeedStore(path: path)
        #expect(
            try store.column("SELECT published FROM articles ORDER BY id") == ["100000.0", "90000.0", nil, nil, nil])
    }

    /// A store from before the site an aggregator's item names as its source was kept apart:
    /// the upgrade reads it from each article's text (the source's link, else its URL, when
    /// either is a web address), and the store lists it as what carried the copy.
    @Test func aggregatorsSourcesAreKeptApartOnUpgrade() throws {
        do {
            let old = try FeedStore(path: path, upTo: 11)
            try old.execute(
                "INSERT INTO feeds (url, subscribed_url) VALUES ('https://news.example/rss', 'https://news.example/rss')"
            )
            let sources = [
                #","source":{"title":"Wire","link":"https:\/\/wire.example\/"}"#,
                #","source":{"link":"tag:wire,2025","url":"http:\/\/a,b.example\/rss"}"#,
                #","source":{"title":"Nameless"}"#, "",
            ]
            for (index, source) in sources.enumerated() {
                let data =
                    "{\"links\":[],\"authors\":[],\"contributors\":[],\"categories\":[],\"enclosures\":[]\(source)}"
                try old.execute(
                    """
                    INSERT INTO articles (id, feed_id, entry_id, first_seen, last_seen, last_updated, content_hash, data,
                        story)
                    VALUES (\(index + 1), 1, '\(index)', 100, 100, 100, 'h', '\(data)', '\(source.isEmpty ? "t" : "s")')
                    """)
            }
        }
        let store = try FeedStore(path: path)
        #expect(try store.revision == 1)
        #expect(
            try store.column("SELECT origin_site FROM articles ORDER BY id") == [
                "https://wire.example/", "http://a,b.example/rss", nil, nil,
            ])
        let origins = try store.storyOrigins()
        #expect(origins.keys.sorted() == ["s"])
        #expect(Set(origins["s"]?.sites ?? []) == ["https://wire.example/", "http://a,b.example/rss"])
        #expect(origins["s"]?.feeds == [1])
    }

    /// A store from before the seen marks had their own table keeps when each article was last
    /// seen: retention reads the carried-over marks, and a 304 moves them on.
    @Test func lastSeenTimesAreCarriedOverToTheirTable() throws {
        do {
            let old = try FeedStore(path: path, upTo: 6)
            try old.execute(
                """
                INSERT INTO feeds (url, subscribed_url, title, content_seen_at)
                VALUES ('https://a.example/rss', 'https://a.example/rss', 'A', 500)
                """)
            let data = "{\"links\":[],\"authors\":[],\"contributors\":[],\"categories\":[],\"enclosures\":[]}"
            for (id, seen) in [(1, 100), (2, 500), (3, 500)] {
                try old.execute(
                    """
                    INSERT INTO articles (id, feed_id, entry_id, first_seen, last_seen, last_updated, content_hash, data)
                    VALUES (\(id), 1, '\(id)', 100, \(seen), 100, 'h', '\(data)')
                    """)
            }
        }
        let store = try FeedStore(path: path)
        #expect(try store.isConsistent())
        // The feed still carries 2 and 3 (seen at its last content); a 304 on day 1000 says so.
        try store.recordUnchanged(feedID: 1, status: 304, at: Date(timeIntervalSince1970: 1000), nextDue: nil)
        #expect(try store.prune(notSeenSince: Date(timeIntervalSince1970: 300)) == 1)
        #expect(try store.prune(notSeenSince: Date(timeIntervalSince1970: 900)) == 0)
        #expect(try store.articles().map(\.storeID).sorted() == [2, 3])
    }

    /// Articles are decoded on every core when they are many; one that cannot be read is an
    /// error naming it and what is wrong, not a gap in the list.
    @Test func manyArticlesAreReadAndABrokenOneIsNamed() throws {
        let (store, feedID) = try storeWithFeed()
        let articles = (1...600).map { Article(id: "\($0)", title: "Story \($0)", published: now) }
        try store.saveFetch(
            feedID: feedID, FetchedContent(status: 200, feed: Feed(title: "A"), articles: articles), at: now)
        let read = try store.articles()
        #expect(read.count == 600)
        #expect(
            Set(read.map { "\($0.storeID) \($0.article.title ?? "")" }) == Set((1...600).map { "\($0) Story \($0)" }))
        try store.execute("UPDATE articles SET data = '{\"links\": 3}' WHERE id = 321")
        #expect {
            _ = try store.articles()
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .corrupt && error.message.contains("article 321 cannot be read: ")
        }
    }

    @Test func aNewerSchemaIsRefusedWithAClearMessage() throws {
        do {
            let store = try FeedStore(path: path)
            try store.execute("INSERT INTO schema_version (version) VALUES (\(FeedStore.schemaVersion + 1))")
        }
        #expect {
            _ = try FeedStore(path: path)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .newerSchema && error.description.contains(path)
                && error.message.contains("upgrade feedmerge")
        }
    }

    /// Most often `database:` names another file: it is refused, asked about, and left as it was.
    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        let contents = Data(repeating: 0x41, count: 4096)
        _ = FileManager.default.createFile(atPath: path, contents: contents)
        #expect {
            _ = try FeedStore(path: path)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .corrupt && error.message.hasPrefix("not a database")
                && error.message.contains("is `database:` the right file?")
        }
        #expect(FileManager.default.contents(atPath: path) == contents)
    }

    /// A database a disk damaged (here the root page of the articles' table overwritten) is an
    /// error that says what to do, not SQLite's words alone.
    @Test func aDamagedDatabaseSaysWhatToDo() throws {
        do {
            let (store, feedID) = try storeWithFeed()
            try store.saveFetch(
                feedID: feedID, FetchedContent(status: 200, feed: Feed(title: "A"), articles: pageSizedArticles(50)),
                at: now)
            let root = try #require(
                try store.column("SELECT rootpage FROM sqlite_master WHERE name = 'articles'").first)
            let page = try #require(root.flatMap { Int($0) })
            try store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            let file = try #require(FileHandle(forWritingAtPath: path))
            try file.seek(toOffset: UInt64((page - 1) * 4096))
            try file.write(contentsOf: Data(repeating: 0xA5, count: 4096))
            try file.close()
        }
        #expect {
            _ = try FeedStore(path: path).articles()
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .corrupt && error.message.hasPrefix("the database is damaged (")
                && error.message.contains("mv state.sqlite state.sqlite.damaged")
                && error.message.contains("fetches every feed again")
        }
    }
}
