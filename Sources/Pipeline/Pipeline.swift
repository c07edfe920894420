public import FeedStore
public import FeedmergeConfig
public import Foundation
public import Logging

/// The whole job: fetch every subscribed feed into the store, then build every output from it.
public struct Pipeline: Sendable {
    public let configuration: Configuration
    let logger: Logger
    /// Which program builds the outputs and reads the feeds (`Pipeline.runningProgram`): a build
    /// by another one writes them again, and its first fetch reads every feed whole again, so an
    /// upgrade's fixes show at once, not at the next change in the store or in a feed.
    let program: String

    public init(
        configuration: Configuration, logger: Logger = Logger(label: "feedmerge"),
        program: String = Pipeline.runningProgram
    ) {
        self.configuration = configuration
        self.logger = logger
        self.program = program
    }

    /// The running executable as a file (its path, size and modification time): a new build or
    /// an upgrade is another program. Empty where the system does not say.
    public static let runningProgram: String = {
        let link = "/proc/self/exe"
        guard let path = try? FileManager.default.destinationOfSymbolicLink(atPath: link),
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        else { return "" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(modified)"
    }()

    /// The fetch schedule the configuration asks for.
    var schedule: FetchSchedule {
        FetchSchedule(
            minInterval: configuration.fetch.minInterval, maxInterval: configuration.fetch.maxInterval,
            maxBackoff: configuration.fetch.maxBackoff)
    }

    func openStore() throws(PipelineError) -> FeedStore {
        let folder = (configuration.databasePath as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try storeCall { () throws(StoreError) in try FeedStore(path: configuration.databasePath) }
    }

    func storeCall<T>(_ body: () throws(StoreError) -> T) throws(PipelineError) -> T {
        do {
            return try body()
        } catch {
            throw PipelineError(.store, error.description)
        }
    }

    /// The feeds in the store with their state, for `feedmerge status`; `nextDue` is when the
    /// next fetch takes each, under the settings now (`FetchSchedule.due`).
    public func status(now: Date = Date()) throws(PipelineError) -> [FeedRecord] {
        let store = try openStore()
        let schedule = schedule
        return try storeCall { () throws(StoreError) in try store.feeds() }.map { feed in
            var feed = feed
            feed.nextDue = schedule.due(
                stored: feed.nextDue, lastFetched: feed.lastFetched, failing: feed.consecutiveFailures > 0, now: now)
            return feed
        }
    }

    /// Brings feeds marked dead (410 Gone) back into the fetch; all of them when `urls` is empty.
    public func revive(urls: [String]) throws(PipelineError) -> Int {
        let store = try openStore()
        return try storeCall { () throws(StoreError) in try store.revive(urls: urls) }
    }
}
