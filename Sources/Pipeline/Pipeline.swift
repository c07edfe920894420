import Dedup
import FeedFetcher
import FeedModel
import FeedParser
import FeedStore
import FeedText
public import FeedWriter
public import FeedmergeConfig
public import Foundation
import Tagger

/// The whole job: fetch every subscribed feed into the store, then build every output from it.
public struct Pipeline: Sendable {
    public let configuration: Configuration
    /// Where progress and problems are told (one line per call).
    private let log: @Sendable (String) -> Void

    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.configuration = configuration
        self.log = log
    }

    // MARK: Fetch

    /// Fetches every subscribed feed and stores what is new. A feed that fails is recorded and
    /// reported; it never stops the others.
    public func fetch() async throws(PipelineError) -> FetchReport {
        let subscriptions: [Subscription]
        do {
            subscriptions = try OPMLReader.read(fileAt: configuration.feedsPath)
        } catch {
            throw PipelineError(.subscriptions, error.description)
        }
        let store = try openStore()
        try storeCall { () throws(StoreError) in try store.syncSubscriptions(subscriptions) }
        let feeds = try storeCall { () throws(StoreError) in try store.feeds() }.filter {
            $0.isSubscribed && !$0.isDead
        }
        let byURL = Dictionary(feeds.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })

        let settings = configuration.fetch
        var options = FetchOptions(
            concurrency: settings.concurrency, perHost: settings.perHost, timeout: settings.timeout,
            maxBytes: settings.maxBytes)
        if let agent = settings.userAgent { options.userAgent = agent }
        let fetcher = FeedFetcher(options: options)
        let parser = FeedParser(limits: ParserLimits(maxDocumentBytes: settings.maxBytes))

        var report = FetchReport()
        report.feeds = feeds.count
        let requests = feeds.map { FetchRequest(url: $0.url, etag: $0.etag, lastModified: $0.lastModified) }
        for await outcome in fetcher.fetch(requests) {
            guard let feed = byURL[outcome.request.url] else { continue }
            let now = Date()
            switch outcome.result {
            case .failure(let error):
                fail(feed, status: error.status, message: error.message, store: store, at: now, report: &report)
            case .success(let response):
                report.bytes += response.body.count
                if response.isNotModified {
                    try storeCall { () throws(StoreError) in
                        try store.recordUnchanged(feedID: feed.id, status: 304, at: now)
                    }
                    report.unchanged += 1
                    continue
                }
                let hash = StableHash.hex(String(decoding: response.body, as: UTF8.self))
                if hash == feed.contentHash {
                    try storeCall { () throws(StoreError) in
                        try store.recordUnchanged(feedID: feed.id, status: response.status, at: now)
                    }
                    report.unchanged += 1
                    continue
                }
                let parsed: ParsedFeed
                do {
                    parsed = try parser.parse(
                        response.body, documentURL: response.finalURL, contentType: response.contentType)
                } catch {
                    fail(
                        feed, status: response.status, message: error.description, store: store, at: now,
                        report: &report)
                    continue
                }
                if parsed.bozo {
                    log(
                        "note: \(feed.url): recovered from: \(parsed.problems.prefix(3).map(\.description).joined(separator: "; "))"
                    )
                }
                let summary = try storeCall { () throws(StoreError) -> SaveSummary in
                    try store.saveFetch(
                        feedID: feed.id, status: response.status, etag: response.etag,
                        lastModified: response.lastModified,
                        contentHash: hash, feed: parsed.feed, articles: parsed.articles, at: now)
                }
                report.updated += 1
                report.newArticles += summary.inserted
                report.changedArticles += summary.updated
            }
        }
        return report
    }

    private func fail(
        _ feed: FeedRecord, status: Int?, message: String, store: FeedStore, at time: Date, report: inout FetchReport
    ) {
        report.failures.append(FeedFailure(url: feed.url, title: feed.title, message: message))
        do {
            try store.recordFailure(feedID: feed.id, status: status, message: message, at: time)
        } catch {
            log("warning: cannot record the failure of \(feed.url): \(error)")
        }
    }

    // MARK: Build

    /// Deduplicates, tags and writes every configured output from the store.
    public func build(now: Date = Date()) throws(PipelineError) -> BuildReport {
        let store = try openStore()
        let stories = try stories(store: store, now: now)
        var report = BuildReport()
        report.articles = stories.reduce(0) { $0 + $1.members.count }
        report.stories = stories.count
        let writer = makeWriter()
        for output in configuration.outputs {
            do {
                if try writer.write(stories, to: output, now: now) {
                    report.written.append(output.path)
                } else {
                    report.unchanged.append(output.path)
                }
            } catch {
                throw PipelineError(.output, "cannot write the output \(error.description)")
            }
        }
        return report
    }

    /// Renders one ad hoc view (not written to disk).
    public func render(_ output: OutputDefinition, now: Date = Date()) throws(PipelineError) -> Data {
        let store = try openStore()
        let stories = try stories(store: store, now: now)
        let writer = makeWriter()
        return writer.render(writer.select(stories, for: output, now: now), as: output)
    }

    private func stories(store: FeedStore, now: Date) throws(PipelineError) -> [Story] {
        // Retention prunes the store; every article still in it takes part.
        let articles = try storeCall { () throws(StoreError) in try store.articles() }
        let merged = StoryMerger().merge(articles)
        return Tagger(topics: configuration.topics).tag(merged)
    }

    private func makeWriter() -> FeedWriter {
        var titles: [String: String] = [:]
        for topic in configuration.topics { titles[topic.id] = topic.title ?? topic.id }
        var pages: [String: String] = [:]
        for output in configuration.outputs where output.format == .html {
            if case .tag(let id)? = output.filter, pages[id] == nil { pages[id] = output.path }
        }
        return FeedWriter(topicTitles: titles, tagPages: pages)
    }

    // MARK: Store

    private func openStore() throws(PipelineError) -> FeedStore {
        let folder = (configuration.databasePath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try storeCall { () throws(StoreError) in try FeedStore(path: configuration.databasePath) }
    }

    private func storeCall<T>(_ body: () throws(StoreError) -> T) throws(PipelineError) -> T {
        do {
            return try body()
        } catch {
            throw PipelineError(.store, error.description)
        }
    }
}
