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
    /// Deduplicates, tags and writes every configured output from the store.
    ///
    /// Work follows what changed: only articles that are new or changed (or every article,
    /// after the topics change) are run through dedup and tagging, whose conclusions the store
    /// keeps; outputs are chosen from one summary line per story, and only the stories an
    /// output shows are read in full. When neither the store nor the configuration changed
    /// since the last build (and every output exists), nothing is done at all.
    public func build(now: Date = Date()) throws(PipelineError) -> BuildReport {
        if configuration.outputs.isEmpty {
            // A run from cron would otherwise fetch for good and publish nothing, saying nothing.
            logger.warning(
                "\(configuration.path) names no outputs, so nothing is written: add `outputs:`, each with a path and a format (atom, rss, json or html)"
            )
        }
        let store = try openStore()
        // Read once, for the per-tag outputs and for the filters' tags.
        let feedTags =
            configuration.outputs.contains { $0.isPerTag || $0.filter != nil } ? try feedTags(store: store) : nil
        let outputs = outputs(feedTags: feedTags)
        let key = try buildKey(store: store, outputs: outputs, now: now)
        let outputsExist = outputs.allSatisfy { FileManager.default.fileExists(atPath: $0.path) }
        var report = BuildReport()
        report.outputs = outputs
        if outputsExist, try storeCall({ () throws(StoreError) in try store.meta("last_build") }) == key {
            report.skipped = true
            report.unchanged = outputs.map(\.path)
            removeLeftoverTemporaries(outputs)
            logger.info("nothing changed since the last build")
            return report
        }
        report.deduplicated = try deduplicate(store: store)
        report.tagged = try tag(store: store)
        report.indexed = max(report.deduplicated, report.tagged)
        if report.indexed > 0 { logger.info("indexed \(report.indexed) new or changed articles") }
        let tagger = Tagger(topics: configuration.topics)
        for vetoed in tagger.vetoedTerms {
            logger.warning(
                "topic \(vetoed.topic): its exclude term '\(vetoed.exclude)' matches wherever its term '\(vetoed.term)' does (an exclude term ignores case and accents), so '\(vetoed.term)' never tags an article"
            )
        }
        let library = try StoryLibrary(store: store, tagger: tagger)
        report.stories = library.digests.count
        report.articles = library.digests.reduce(0) { $0 + $1.articleCount }
        warnOfUnknownFilterTags(feedTags?.tags ?? [], outputs: configuration.outputs)
        let writer = makeWriter(outputs: outputs, tagNames: feedTags?.names ?? tagNames())
        // An output that cannot be written (its folder gone or not writable, its disk full)
        // does not keep the others from being written, as a broken feed does not stop the others.
        var failed = 0
        let ownFiles = configuration.ownFiles
        for output in outputs {
            // The configuration refuses such a path; one a per-tag output names is met here.
            if let role = ownFiles.role(of: output.path) {
                failed += 1
                logger.error(
                    "cannot write the output \(output.path): it is \(role), which an output would replace whole; give the output a path of its own"
                )
                continue
            }
            let stories = try library.stories(for: output, now: now)
            warnIfUnbounded(output, stories: stories.count)
            do {
                if try writer.write(selected: stories, to: output) {
                    report.written.append(output.path)
                } else {
                    report.unchanged.append(output.path)
                }
            } catch {
                failed += 1
                logger.error("cannot write the output \(error.description)")
            }
        }
        report.removed = try removeRetiredTopicOutputs(store: store, outputs: outputs)
        removeLeftoverTemporaries(outputs)
        guard failed == 0 else {
            // The build is not recorded as done, so the next one writes every output again.
            throw PipelineError(
                .output,
                "\(failed) of \(outputs.count) outputs could not be written (named above); the others were written, and the next build tries again"
            )
        }
        try storeCall { () throws(StoreError) in try store.setMeta("last_build", key) }
        return report
    }

    /// How long a temporary output file stays untouched before a build takes it for a leftover.
    static let leftoverAge: TimeInterval = 600

    /// Removes the temporary files of `outputs` that a build which died before renaming them
    /// left. Builds of this store take turns (the run lock) and write in seconds, so one
    /// untouched for `leftoverAge` is no other build's.
    private func removeLeftoverTemporaries(_ outputs: [OutputDefinition]) {
        let leftovers = FeedWriter.removeLeftoverTemporaries(
            of: outputs.map(\.path), untouchedSince: Date().addingTimeInterval(-Pipeline.leftoverAge))
        for path in leftovers {
            logger.notice(
                "removed \(path), a temporary file that a build which did not finish left (killed, or stopped)")
        }
    }

    /// Above this many stories, an output with neither `limit` nor `since` is warned of.
    static let unboundedWarning = 1000

    /// Warns of an output that holds every stored story because it has neither `limit` nor
    /// `since`: with a month's retention over many feeds that is tens of thousands of items and
    /// hundreds of megabytes, rewritten at every build and fetched whole at every reader's poll.
    private func warnIfUnbounded(_ output: OutputDefinition, stories: Int) {
        guard output.limit == nil, output.since == nil, stories > Pipeline.unboundedWarning else { return }
        logger.warning(
            "\(output.path) holds all \(stories) stored stories, since it has neither limit nor since: readers fetch it whole at every poll; give it a limit (limit: 200) or a since (since: 7d)"
        )
    }

    /// Removes the files earlier builds wrote for per-topic and per-tag outputs (of a `path`
    /// holding `{topic}` or `{tag}`) that no output writes any more: the topic or the folder
    /// went, or the path changed. Returns
    /// their paths. feedmerge named those files, and a topic page or feed left behind would go
    /// stale without a sign. What it removes is only what the store says builds of this same
    /// configuration file wrote: never a file it did not name, nor one written for a copy of the
    /// store used elsewhere. A file it cannot remove is reported and tried again at the next build.
    private func removeRetiredTopicOutputs(store: FeedStore, outputs: [OutputDefinition]) throws(PipelineError)
        -> [String]
    {
        let key = "topic_outputs"
        let stored = try storeCall { () throws(StoreError) in try store.meta(key) }
        let record = stored.flatMap { try? JSONDecoder().decode(TopicOutputRecord.self, from: Data($0.utf8)) }
        // The configuration file's whole path: a copy of the folder run as `--config feedmerge.yaml`
        // is another configuration.
        let configurationFile = URL(fileURLWithPath: configuration.path).standardizedFileURL.resolvingSymlinksInPath()
            .path
        let earlier = record?.configuration == configurationFile ? record?.paths ?? [] : []
        let written = Set(outputs.map(\.path))
        // Never feedmerge's own files, which no output writes (an earlier version's may have).
        let ownFiles = configuration.ownFiles
        var remembered = Set(outputs.filter { $0.topic != nil && ownFiles.role(of: $0.path) == nil }.map(\.path))
        var removed: [String] = []
        for path in earlier.sorted() where !written.contains(path) && ownFiles.role(of: path) == nil {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            do {
                try FileManager.default.removeItem(atPath: path)
                removed.append(path)
                logger.notice(
                    "removed \(path): a per-topic or per-tag output wrote it, and none does now (its topic or folder went, or the path changed)"
                )
            } catch {
                remembered.insert(path)
                logger.warning(
                    "cannot remove \(path), which a per-topic or per-tag output wrote and none does now: \(error)")
            }
        }
        let now = TopicOutputRecord(configuration: configurationFile, paths: remembered.sorted())
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let list = String(decoding: (try? encoder.encode(now)) ?? Data(), as: UTF8.self)
        if list != stored { try storeCall { () throws(StoreError) in try store.setMeta(key, list) } }
        return removed
    }

    /// The files per-topic outputs wrote, and the configuration file whose outputs they were.
    private struct TopicOutputRecord: Codable {
        var configuration: String
        var paths: [String]
    }

    /// Renders one ad hoc view (not written to disk).
    public func render(_ output: OutputDefinition, now: Date = Date()) throws(PipelineError) -> Data {
        let store = try openStore()
        _ = try deduplicate(store: store)
        _ = try tag(store: store)
        // The OPML is read once: for the filter's tags when there is a filter, and for the tags' names.
        let feedTags = output.filter != nil ? try feedTags(store: store) : nil
        if let feedTags { warnOfUnknownFilterTags(feedTags.tags, outputs: [output]) }
        let library = try StoryLibrary(store: store, tagger: Tagger(topics: configuration.topics))
        return makeWriter(tagNames: feedTags?.names ?? tagNames()).render(
            try library.stories(for: output, now: now), as: output)
    }

    /// Warns of each tag an output's filter names that no topic and no subscribed feed gives
    /// (`not sprots` for `not sports`): nothing says so otherwise, and the output is quietly
    /// empty, or unfiltered.
    private func warnOfUnknownFilterTags(_ feedTags: Set<String>, outputs: [OutputDefinition]) {
        guard outputs.contains(where: { $0.filter != nil }) else { return }
        let unknown = configuration.unknownFilterTags(feedTags: feedTags, outputs: outputs)
        for tag in unknown {
            let suggestion = tag.suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            logger.warning(
                "the filter of \(tag.output) names the tag '\(tag.tag)', which no topic and no feed's folder or category gives\(suggestion): no story carries it"
            )
        }
    }

    /// Tags the articles not yet tagged under the current topics; returns how many.
    /// Dedup tags what it places (from the text it folded); this pass takes the rest: every
    /// article, after the topics change.
    private func tag(store: FeedStore) throws(PipelineError) -> Int {
        let version = tagVersion
        let tagger = Tagger(topics: configuration.topics)
        var total = 0
        while true {
            let batch = try storeCall { () throws(StoreError) in try store.articlesToTag(version: version, limit: 2000)
            }
            if batch.articles.isEmpty { break }
            let learned = try learnedBoilerplate(store: store, feedIDs: batch.articles.map(\.feedID))
            let entries = Pipeline.topics(of: batch.articles, tagger: tagger, learned: learned)
            try storeCall { () throws(StoreError) in
                try store.setTopics(entries, version: version, passThrough: batch.passThrough)
            }
            total += batch.articles.count
        }
        return total
    }

    /// The topics of each of `articles`, read without their feeds' `learned` boilerplate. A
    /// batch of a pass over the store (after the topics change) is read and tagged on every core:
    /// each article's text and tags are its own, and each thread fills its own part.
    static func topics(of articles: [SourcedArticle], tagger: Tagger, learned: [Int64: Set<UInt64>])
        -> [ArticleTopics]
    {
        @Sendable func topics(_ article: SourcedArticle) -> ArticleTopics {
            let cleaner = TextCleaner(learned: learned[article.feedID] ?? [])
            return ArticleTopics(
                articleID: article.storeID,
                topics: tagger.topicIDs(for: article.article, text: ArticleText(article.article, cleaner: cleaner)))
        }
        return articles.mapOnEveryCore(minimumPart: 250, topics)
    }

    /// What tagging depends on: the topics (every key of them) and the tagger's own rules. A
    /// change re-tags every stored article at the next build.
    var tagVersion: String {
        StableHash.hex("topics-66", "\(configuration.topics)")
    }

    /// What the outputs are made from: the store's revision, the configuration and the program
    /// (and the hour, when an output keeps only recent stories and so changes with time alone).
    private func buildKey(store: FeedStore, outputs: [OutputDefinition], now: Date) throws(PipelineError) -> String {
        let revision = try storeCall { () throws(StoreError) in try store.revision }
        var parts = [
            "\(revision)", "\(outputs)", tagVersion, dedupVersion, "\(configuration.retention)", program,
        ]
        if outputs.contains(where: { $0.since != nil }) {
            parts.append(String(Int(now.timeIntervalSince1970 / 3600)))
        }
        var hash = StableHash()
        for part in parts { hash.combine(part) }
        return hash.hex
    }

    /// A writer whose tags read as their topic's title or their folder's name as the OPML writes
    /// it (`Balkans`, not `balkans`).
    private func makeWriter(outputs: [OutputDefinition]? = nil, tagNames: [String: String]) -> FeedWriter {
        var titles = tagNames
        for topic in configuration.topics { titles[topic.id] = topic.title ?? topic.id }
        var pages: [String: String] = [:]
        for output in outputs ?? configuration.outputs where output.format == .html {
            if case .tag(let id)? = output.filter, pages[id] == nil { pages[id] = output.path }
        }
        return FeedWriter(topicTitles: titles, tagPages: pages)
    }
}
