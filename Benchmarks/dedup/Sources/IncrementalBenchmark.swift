import BenchmarkSupport
import FeedModel
import FeedStore
import FeedmergeConfig
import Foundation
import Pipeline

/// The incremental case: a store of `storeSize` synthetic articles, already deduplicated, gets
/// `newCount` more (the next hours' news) and dedup runs again through the pipeline. The store is
/// built once per size and copied for each round.
struct IncrementalBenchmark {
    let corpus: String
    let storeSize: Int
    let newCount: Int
    let perDay: Double
    let folder: String

    func run() throws -> String {
        let template = "\(folder)/dedup-store-\(storeSize).sqlite"
        var news = try SyntheticNews(corpus: corpus, perDay: perDay, seed: 7)
        var buildSeconds = -1.0
        if !FileManager.default.fileExists(atPath: template) {
            try? FileManager.default.removeItem(atPath: template + ".tmp")
            let store = try FeedStore(path: template + ".tmp")
            try store.syncSubscriptions((0..<news.feeds).map { Subscription(url: "https://outlet\($0).example/feed") })
            var done = 0
            while done < storeSize {
                try save(news.next(min(20_000, storeSize - done)), into: store)
                done += min(20_000, storeSize - done)
            }
            let started = Date()
            _ = try pipeline(path: template + ".tmp").deduplicateStore()
            buildSeconds = Date().timeIntervalSince(started)
            try FileManager.default.moveItem(atPath: template + ".tmp", toPath: template)
        } else {
            // A store placed by an earlier dedup method is placed again, once: otherwise the
            // first round would re-place the whole store and time that.
            let started = Date()
            if try pipeline(path: template).deduplicateStore() > 0 {
                buildSeconds = Date().timeIntervalSince(started)
            }
            // Skip past the stored articles so that the new ones are the next news.
            var skipped = 0
            while skipped < storeSize {
                skipped += news.next(min(20_000, storeSize - skipped)).count
            }
        }
        let path = "\(folder)/dedup-round.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.copyItem(atPath: template, toPath: path)
        let store = try FeedStore(path: path)
        try save(news.next(newCount), into: store)
        let started = Date()
        let placed = try pipeline(path: path).deduplicateStore()
        let seconds = Date().timeIntervalSince(started)
        return String(
            format:
                "{\"kind\":\"incremental\",\"store\":%d,\"new\":%d,\"placed\":%d,\"seconds\":%.3f,\"peak_mb\":%.0f,"
                + "\"full_build_seconds\":%.1f}",
            storeSize, newCount, placed, seconds, Measure.peakMemoryMB(), buildSeconds)
    }

    private func pipeline(path: String) -> Pipeline {
        Pipeline(configuration: Configuration(path: folder + "/feedmerge.yaml", feedsPath: "", databasePath: path))
    }

    private func save(_ items: [SyntheticNews.Item], into store: FeedStore) throws {
        let feeds = Dictionary(
            try store.feeds(countingArticles: false).map { ($0.url, $0.id) }, uniquingKeysWith: { a, _ in a })
        var byFeed: [Int: [Article]] = [:]
        for item in items { byFeed[item.feed, default: []].append(item.article) }
        for (feed, articles) in byFeed {
            guard let id = feeds["https://outlet\(feed).example/feed"] else { continue }
            try store.saveFetch(
                feedID: id, FetchedContent(status: 200, feed: Feed(title: "Outlet \(feed)"), articles: articles),
                at: articles.last?.published ?? Date())
        }
    }
}
