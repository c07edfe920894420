public import FeedStore
public import FeedmergeConfig
import Foundation
public import Logging

/// The whole job: fetch every subscribed feed into the store, then build every output from it.
public struct Pipeline: Sendable {
    public let configuration: Configuration
    let logger: Logger

    public init(configuration: Configuration, logger: Logger = Logger(label: "feedmerge")) {
        self.configuration = configuration
        self.logger = logger
    }

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

    /// The feeds in the store with their state, for `feedmerge status`.
    public func status() throws(PipelineError) -> [FeedRecord] {
        let store = try openStore()
        return try storeCall { () throws(StoreError) in try store.feeds() }
    }

    /// Brings feeds marked dead (410 Gone) back into the fetch; all of them when `urls` is empty.
    public func revive(urls: [String]) throws(PipelineError) -> Int {
        let store = try openStore()
        return try storeCall { () throws(StoreError) in try store.revive(urls: urls) }
    }
}
