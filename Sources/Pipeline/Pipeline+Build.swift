import Dedup
import FeedModel
import FeedStore
import FeedText
public import FeedWriter
import FeedmergeConfig
public import Foundation
import Logging
import Tagger

extension Pipeline {
    /// Deduplicates, tags and writes every configured output from the store. When neither the
    /// store nor the configuration changed since the last build (and every output exists),
    /// nothing is done: a quiet cron run costs almost nothing.
    public func build(now: Date = Date()) throws(PipelineError) -> BuildReport {
        let store = try openStore()
        let key = try buildKey(store: store, now: now)
        let outputsExist = configuration.outputs.allSatisfy {
            $0.path == "-" || FileManager.default.fileExists(atPath: $0.path)
        }
        var report = BuildReport()
        if outputsExist, try storeCall({ () throws(StoreError) in try store.meta("last_build") }) == key {
            report.skipped = true
            report.unchanged = configuration.outputs.map(\.path)
            logger.info("nothing changed since the last build")
            return report
        }
        let stories = try stories(store: store)
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
        try storeCall { () throws(StoreError) in try store.setMeta("last_build", key) }
        return report
    }

    /// Renders one ad hoc view (not written to disk).
    public func render(_ output: OutputDefinition, now: Date = Date()) throws(PipelineError) -> Data {
        let store = try openStore()
        let stories = try stories(store: store)
        let writer = makeWriter()
        return writer.render(writer.select(stories, for: output, now: now), as: output)
    }

    /// What the outputs are made from: the store's revision and the configuration (and the
    /// hour, when an output keeps only recent stories and so changes with time alone).
    private func buildKey(store: FeedStore, now: Date) throws(PipelineError) -> String {
        let revision = try storeCall { () throws(StoreError) in try store.revision }
        var parts = [
            "\(revision)", "\(configuration.outputs)", "\(configuration.topics)", "\(configuration.retention)",
        ]
        if configuration.outputs.contains(where: { $0.since != nil }) {
            parts.append(String(Int(now.timeIntervalSince1970 / 3600)))
        }
        var hash = StableHash()
        for part in parts { hash.combine(part) }
        return hash.hex
    }

    private func stories(store: FeedStore) throws(PipelineError) -> [Story] {
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
}
