import FeedModel
@_spi(Testing) import FeedStore
import Foundation
import TestSupport
import Testing

@Suite struct FeedStoreTests {
    let folder = TemporaryFolder()
    var path: String { folder.file("state.sqlite") }

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

    @Test func articlesAreInsertedUpdatedInPlaceAndNeverDuplicated() throws {
        let store = try FeedStore(path: path)
        try store.syncSubscriptions([Subscription(url: "https://a.example/rss")])
        let feedID = try #require(try store.feeds().first?.id)
        let now = Date(timeIntervalSince1970: 1_743_673_260)
        var first = Article(id: "1", title: "One", link: "https://a.example/1", published: now)
        let second = Article(id: "2", title: "Two", link: "https://a.example/2", published: now)
        var summary = try store.saveFetch(
            feedID: feedID, status: 200, etag: "\"e\"", lastModified: nil, contentHash: "h1",
            feed: Feed(title: "Feed A"), articles: [first, second, first], at: now)
        #expect(summary == SaveSummary(inserted: 2, updated: 0, unchanged: 0))

        first.title = "One, corrected"
        summary = try store.saveFetch(
            feedID: feedID, status: 200, etag: "\"f\"", lastModified: nil, contentHash: "h2",
            feed: Feed(title: "Feed A"),
            articles: [first, second], at: now.addingTimeInterval(60))
        #expect(summary == SaveSummary(inserted: 0, updated: 1, unchanged: 1))

        let stored = try store.articles()
        #expect(stored.count == 2)
        #expect(stored.map(\.article.title).sorted { ($0 ?? "") < ($1 ?? "") } == ["One, corrected", "Two"])
        #expect(stored.allSatisfy { $0.feedTitle == "Feed A" })
        let feed = try #require(try store.feeds().first)
        #expect(feed.etag == "\"f\"")
        #expect(feed.contentHash == "h2")
        #expect(feed.articleCount == 2)
    }

    @Test func stateSurvivesReopening() throws {
        do {
            let store = try FeedStore(path: path)
            try store.syncSubscriptions([Subscription(url: "https://a.example/rss")])
            let id = try #require(try store.feeds().first?.id)
            try store.recordFailure(feedID: id, status: 500, message: "boom", at: Date())
        }
        let reopened = try FeedStore(path: path)
        let feed = try #require(try reopened.feeds().first)
        #expect(feed.lastStatus == 500)
        #expect(feed.lastError == "boom")
        #expect(feed.consecutiveFailures == 1)
    }

    @Test func aNewerSchemaIsRefusedWithAClearMessage() throws {
        do {
            let store = try FeedStore(path: path)
            _ = try store.feeds()
        }
        // As if a future feedmerge had written the database.
        try FeedStoreTests.bumpSchema(at: path, to: FeedStore.schemaVersion + 1)
        #expect {
            _ = try FeedStore(path: path)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.code == .newerSchema && error.description.contains(path)
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefused() throws {
        FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x41, count: 4096))
        #expect(throws: StoreError.self) { _ = try FeedStore(path: path) }
    }

    static func bumpSchema(at path: String, to version: Int) throws {
        let store = try FeedStore(path: path)
        try store.execute("INSERT INTO schema_version (version) VALUES (\(version))")
    }
}
