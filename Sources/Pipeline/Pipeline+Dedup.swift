import Dedup
import FeedModel
import FeedStore
import FeedText
import FeedmergeConfig
import Foundation
import Tagger

extension Pipeline {
    /// Articles are placed in batches of this many, oldest first.
    static let dedupBatch = 5000

    /// What placements depend on: the matching method and the window. A change re-places all.
    var dedupVersion: String {
        StableHash.hex(StoryClusterer.method, String(configuration.dedup.window))
    }

    /// Runs dedup alone over the store (what `build` does first); returns how many articles it
    /// placed. For benchmarks and tools: `build` is the command users run.
    public func deduplicateStore() throws(PipelineError) -> Int {
        try deduplicate(store: try openStore())
    }

    /// Places every article dedup has not placed yet (new, changed, or placed by another method)
    /// into a story, and tags it from the same folded text; returns how many.
    ///
    /// The work follows the new articles: per batch, the store hands over the fingerprints of the
    /// articles within the window of the batch's dates and the stories of any older article with
    /// the same link, never the whole store.
    func deduplicate(store: FeedStore) throws(PipelineError) -> Int {
        var run = DedupRun(
            version: dedupVersion, tags: tagVersion, scorer: DuplicateScorer(window: configuration.dedup.window),
            tagger: Tagger(topics: configuration.topics))
        // A store that has tagged nothing yet needs no pass over it under these topics.
        try storeCall { () throws(StoreError) in try store.startTagging(version: run.tags) }
        var total = 0
        let pending = try storeCall { () throws(StoreError) in try store.articlesToCluster(version: run.version) }
        var next = 0
        while next < pending.count {
            let ids = Array(pending[next..<min(next + Pipeline.dedupBatch, pending.count)])
            next += ids.count
            let batch = try storeCall { () throws(StoreError) in try store.articlesToCluster(ids: ids) }
            let founded = try storeCall { () throws(StoreError) in try store.storiesToFoundAgain(ids: ids) }
            guard !batch.isEmpty else { continue }

            // Learn each feed's boilerplate from the shapes of its paragraphs, new ones included.
            let prepared = batch.map { run.fingerprinter.prepare($0.article.article) }
            var newShapes: [(feedID: Int64, shapes: [UInt64])] = []
            for ((sourced, counted), text) in zip(batch, prepared) where !counted {
                newShapes.append((sourced.feedID, text.shapes))
            }
            // The counts and the placements that mark them counted land together: a build that
            // fails midway (a full disk, a kill) counts no article twice at the next.
            try store.atomically(
                { () throws(PipelineError) in
                    try place(
                        batch, prepared: prepared, newShapes: newShapes, founded: founded, store: store, run: &run)
                }, storeError: { PipelineError(.store, $0.description) })
            total += batch.count
        }
        return total
    }

    /// What placing one batch leaves to the next: batches come oldest first, so one clusterer
    /// serves the whole run, and each batch loads only the part of its window the earlier ones
    /// did not.
    private struct DedupRun {
        let version: String
        let tags: String
        let scorer: DuplicateScorer
        let fingerprinter = Fingerprinter()
        let tagger: Tagger
        var clusterer: StoryClusterer
        /// The placed articles the clusterer holds, and how far its window is loaded.
        var held = Set<Int64>()
        var loadedUpTo: Date?

        init(version: String, tags: String, scorer: DuplicateScorer, tagger: Tagger) {
            self.version = version
            self.tags = tags
            self.scorer = scorer
            self.tagger = tagger
            clusterer = StoryClusterer(scorer: scorer)
        }
    }

    /// Places one batch and tags it, within the transaction its caller opens: counts its new
    /// paragraph shapes, loads the placed articles within its window, and stores each article's
    /// story and topics.
    private func place(
        _ batch: [(article: SourcedArticle, shapesCounted: Bool)], prepared: [Fingerprinter.Prepared],
        newShapes: [(feedID: Int64, shapes: [UInt64])], founded: [Int64: String], store: FeedStore,
        run: inout DedupRun
    ) throws(PipelineError) {
        guard let first = batch.first, let last = batch.last else { return }
        try storeCall { () throws(StoreError) in try store.countShapes(newShapes) }
        let learned = try learnedBoilerplate(store: store, feedIDs: batch.map(\.article.feedID))

        var entries: [PlacedEntry] = []
        var topics: [ArticleTopics] = []
        for ((sourced, _), text) in zip(batch, prepared) {
            let feedLearned = learned[sourced.feedID] ?? []
            let output = run.fingerprinter.fingerprint(text, date: sourced.date, learned: feedLearned)
            // Tagging reads the text dedup just folded and cleaned, not the HTML again.
            let tagText = ArticleText(
                sourced.article, title: text.title, text: text.text(learned: feedLearned),
                cleaner: TextCleaner(learned: feedLearned))
            topics.append(
                ArticleTopics(
                    articleID: sourced.storeID, topics: run.tagger.topicIDs(for: sourced.article, text: tagText)
                ))
            let identities = StoryMerger.identities(of: sourced.article, site: sourced.feedSiteURL)
            entries.append(
                PlacedEntry(
                    sourced: sourced,
                    entry: DedupEntry(
                        id: sourced.storeID, feed: sourced.feedID, originSite: sourced.article.source?.site,
                        fingerprint: output.fingerprint, identities: identities),
                    linkKey: sourced.article.link.flatMap(CanonicalURL.make),
                    length: Int(output.fingerprint.length)))
        }
        // A link one feed gives to entries of different titles (the page listing them) is none
        // of theirs: they are compared by their texts, and found no story under it.
        let shared = try linksSharedWithinFeeds(
            entries.map { ($0.sourced.article.title, $0.entry, $0.linkKey) }, store: store)
        for index in entries.indices where !shared.isEmpty {
            let entry = entries[index].entry
            entries[index].entry.identities.removeAll {
                shared.contains(LinkOfFeed(feed: entry.feed, key: $0))
            }
        }

        let range = neighbourRange(from: first.article.date, to: last.article.date, run: run)
        // The clusterer's index keeps the last two windows of what it was given. Articles placed
        // before and dated more than a day after the batch's first (a feed added with months of
        // items, copies of stories placed before) would push the stories around the batch's
        // older items out of it before those are placed: such a batch is placed a day at a time,
        // each day with the stories within its window (and the whole span is never loaded).
        let latest = try storeCall { () throws(StoreError) in try store.latestClusteredDate(in: range) }
        if let latest, latest > first.article.date.addingTimeInterval(86_400) {
            try placeDayByDay(entries, founded: founded, store: store, run: &run)
            run.clusterer = StoryClusterer(scorer: run.scorer)
            run.held = []
            run.loadedUpTo = nil
        } else {
            try placeInWindow(
                entries, from: first.article.date, to: last.article.date, batch: Set(batch.map(\.article.storeID)),
                founded: founded, store: store, run: &run)
        }
        try storeCall { () throws(StoreError) in try store.setTopics(topics, version: run.tags) }
    }

    /// An article of a batch, read for dedup.
    private struct PlacedEntry {
        var sourced: SourcedArticle
        var entry: DedupEntry
        var linkKey: String?
        var length: Int
    }

    /// Places `entries` (in date order) a day at a time, with one clusterer that moves over the
    /// days: before each day's are placed, it is given the placed articles up to a window after
    /// them, and forgets those more than a window before. Its index reaches twice the window and
    /// a day, so that it holds both sides of each day's window at once; the days' placements
    /// are stored as they are made.
    private func placeDayByDay(
        _ entries: [PlacedEntry], founded: [Int64: String], store: FeedStore, run: inout DedupRun
    ) throws(PipelineError) {
        run.clusterer = StoryClusterer(scorer: run.scorer, reach: 2 * run.scorer.window + 86_400)
        run.held = []
        run.loadedUpTo = nil
        let batchIDs = Set(entries.map(\.sourced.storeID))
        func day(_ index: Int) -> Double { (entries[index].sourced.date.timeIntervalSince1970 / 86_400).rounded(.down) }
        var start = 0
        while start < entries.count {
            var end = start + 1
            while end < entries.count, day(end) == day(start) { end += 1 }
            let chunk = Array(entries[start..<end])
            // A day's entries are not in order of the time of day (the store orders them by the
            // date it keeps, which may be another of their dates).
            let dates = chunk.map(\.sourced.date)
            guard let oldest = dates.min(), let newest = dates.max() else { break }
            try placeInWindow(
                chunk, from: oldest, to: newest, batch: batchIDs, founded: founded, store: store, run: &run)
            start = end
        }
    }

    /// The placed articles that entries dated `oldest`…`newest` are compared with (those within a
    /// window of them), less those the run's clusterer has already been given.
    private func neighbourRange(from oldest: Date, to newest: Date, run: DedupRun) -> ClosedRange<Date> {
        let lower = oldest.addingTimeInterval(-run.scorer.window)
        let upper = max(newest.addingTimeInterval(run.scorer.window), run.loadedUpTo ?? lower)
        return max(lower, run.loadedUpTo ?? lower)...upper
    }

    /// Places `entries`, dated `oldest`…`newest`, with the run's clusterer: it forgets what lies
    /// more than a window before them, is given the placed articles within a window of them that
    /// it does not hold (the `batch`'s own excepted), and what it assigns is stored.
    private func placeInWindow(
        _ entries: [PlacedEntry], from oldest: Date, to newest: Date, batch: Set<Int64>, founded: [Int64: String],
        store: FeedStore, run: inout DedupRun
    ) throws(PipelineError) {
        let range = neighbourRange(from: oldest, to: newest, run: run)
        run.clusterer.forget(before: oldest.addingTimeInterval(-run.scorer.window - 86_400))
        run.loadedUpTo = range.upperBound
        for neighbour in try storeCall({ () throws(StoreError) in try store.clusteredArticles(in: range) })
        where !batch.contains(neighbour.storeID) && !run.held.contains(neighbour.storeID) {
            run.held.insert(neighbour.storeID)
            add(neighbour, to: run.clusterer)
        }
        let records = try assign(entries, founded: founded, store: store, run: &run)
        try storeCall { () throws(StoreError) in try store.setClusters(records, version: run.version) }
    }

    /// Gives the clusterer an article placed before.
    private func add(_ neighbour: ClusteredArticle, to clusterer: StoryClusterer) {
        guard let fingerprint = ArticleFingerprint(encoded: neighbour.fingerprint) else { return }
        let identities = [neighbour.linkKey, neighbour.guidKey].compactMap { $0 }
        clusterer.addExisting(
            DedupEntry(
                id: neighbour.storeID, feed: neighbour.feedID, originSite: neighbour.originSite,
                fingerprint: fingerprint, identities: identities),
            story: neighbour.story)
    }

    /// Assigns each of `entries` a story with the run's clusterer; returns what to store.
    private func assign(
        _ entries: [PlacedEntry], founded: [Int64: String], store: FeedStore, run: inout DedupRun
    ) throws(PipelineError) -> [ClusterRecord] {
        let keys = entries.flatMap(\.entry.identities)
        // Copies of the same page published outside the window still belong together.
        let known = try storeCall { () throws(StoreError) in try store.stories(withKeys: keys) }
        for (key, story) in known { run.clusterer.addIdentity(key, story: story.story, article: story.article) }

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var records: [ClusterRecord] = []
        for placed in entries {
            let (sourced, entry) = (placed.sourced, placed.entry)
            // Nor does such a link key a story. A story founded before keeps its key (and
            // its published id) when its founder founds it again, or, its founder gone,
            // when the earliest of its copies does.
            let assignment = run.clusterer.assign(
                entry,
                newKey: founded[sourced.storeID]
                    ?? StoryMerger.newKey(for: sourced, identities: entry.identities))
            run.held.insert(sourced.storeID)
            let match =
                (try? encoder.encode(assignment.evidence)).map { String(decoding: $0, as: UTF8.self) }
                ?? "{}"
            records.append(
                ClusterRecord(
                    storeID: sourced.storeID, story: assignment.story,
                    fingerprint: entry.fingerprint.encoded,
                    // Kept whether or not it is the article's identity: the next build tells a link
                    // its feed shares among entries by it (and `explain URL` finds the article).
                    linkKey: placed.linkKey,
                    guidKey: sourced.article.id.flatMap(CanonicalURL.make).flatMap {
                        entry.identities.contains($0) ? $0 : nil
                    }, match: match, textLength: placed.length))
        }
        return records
    }

    /// A feed's link, as a canonical key.
    struct LinkOfFeed: Hashable {
        var feed: Int64
        var key: String
    }

    /// The canonical links that one feed gives to entries of different titles, among `entries`
    /// and the placed articles of the store: such a link is the page that lists them (a
    /// planet's feed that carries one post twice gives it one title).
    func linksSharedWithinFeeds(_ entries: [(title: String?, entry: DedupEntry, linkKey: String?)], store: FeedStore)
        throws(PipelineError) -> Set<LinkOfFeed>
    {
        var titlesByLink: [LinkOfFeed: Set<[UInt64]>] = [:]
        var linkKeys: [String] = []
        for (title, entry, linkKey) in entries {
            guard let key = linkKey, entry.identities.contains(key) else { continue }
            titlesByLink[LinkOfFeed(feed: entry.feed, key: key), default: []].insert(Pipeline.titleKey(title))
            linkKeys.append(key)
        }
        guard !linkKeys.isEmpty else { return [] }
        let placed = try storeCall { () throws(StoreError) in try store.titles(withLinkKeys: linkKeys) }
        for (key, articles) in placed {
            for (feed, title) in articles {
                titlesByLink[LinkOfFeed(feed: feed, key: key)]?.insert(Pipeline.titleKey(title))
            }
        }
        return Set(titlesByLink.filter { $0.value.count > 1 }.keys)
    }

    /// A title as compared to tell entries apart: its words, folded.
    private static func titleKey(_ title: String?) -> [UInt64] {
        FoldedText(HTMLText.plainText(fromHTML: title ?? "")).words.map(\.hash)
    }

    /// The learned boilerplate shapes of each feed.
    func learnedBoilerplate(store: FeedStore, feedIDs: some Sequence<Int64>) throws(PipelineError) -> [Int64: Set<
        UInt64
    >] {
        let stored = try storeCall { () throws(StoreError) in
            try store.paragraphShapes(feedIDs: feedIDs, minimumCount: BoilerplateModel.minimumArticles)
        }
        return stored.mapValues { BoilerplateModel(counts: $0.counts, articles: $0.articles).learned }
    }
}
