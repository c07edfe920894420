import FeedFetcher
import FeedModel
import FeedParser
import FeedStore
import FeedText
import FeedmergeConfig
public import Foundation
import Logging

extension Pipeline {
    /// Fetches every subscribed feed that is due (all of them with `force`) and stores what is
    /// new. Downloads run on libcurl's thread; documents are parsed in parallel with them; the
    /// store is written from this task only, one transaction per feed. A feed that fails is
    /// recorded and reported; it never stops the others.
    public func fetch(force: Bool = false, now: Date = Date(), progress: (@Sendable (FetchProgress) -> Void)? = nil)
        async throws(PipelineError) -> FetchReport
    {
        let subscriptions: [Subscription]
        do {
            subscriptions = try OPMLReader.read(fileAt: configuration.feedsPath)
        } catch {
            throw PipelineError(.subscriptions, error.description)
        }
        let store = try openStore()
        if subscriptions.isEmpty {
            // A list emptied by a sync or an editor (`<body/>`) would stall every output while
            // each run succeeds, saying nothing; the feeds it listed age out of the outputs.
            let listed = try storeCall { () throws(StoreError) in try store.feeds(countingArticles: false) }
                .filter(\.isSubscribed).count
            var message =
                "\(configuration.feedsPath) lists no feeds, so nothing is fetched: add them (`feedmerge add URL`, "
                + "or an outline with an xmlUrl)"
            if listed == 1 {
                message +=
                    "; the feed it listed before is no longer fetched, and its stories leave the outputs as they age"
            } else if listed > 1 {
                message +=
                    "; the \(listed) feeds it listed before are no longer fetched, and their stories leave the outputs "
                    + "as they age"
            }
            logger.warning("\(message)")
        }
        try storeCall { () throws(StoreError) in try store.syncSubscriptions(subscriptions) }
        let reread = try storeCall { () throws(StoreError) in try store.forgetValidators(unlessReadBy: program) }
        if reread > 0 {
            logger.info(
                "another feedmerge read these feeds before: each is fetched whole once, so that what this one reads differently reaches the stored articles (\(reread) feeds)"
            )
        }
        let subscribed = try storeCall { () throws(StoreError) in try store.feeds(countingArticles: false) }
            .filter(\.isSubscribed)
        let schedule = schedule
        let due = subscribed.filter { feed in
            !feed.isDead
                && (force
                    || (schedule.due(
                        stored: feed.nextDue, lastFetched: feed.lastFetched, failing: feed.consecutiveFailures > 0,
                        now: now) ?? .distantPast)
                        <= now)
        }
        var report = FetchReport()
        report.feeds = subscribed.count
        report.fetched = due.count
        logger.info("fetching \(due.count) of \(subscribed.count) feeds (the rest are not due or dead)")

        let fetcher = FeedFetcher(options: fetchOptions)
        // A feed saved to a file by another tool is read as the feed it says it is.
        let parser = FeedParser(
            limits: ParserLimits(maxDocumentBytes: configuration.fetch.maxBytes), resolvesAgainstPublishedAddress: true,
            readsMangledText: true)
        let byURL = Dictionary(due.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        let requests = due.map { ConditionalRequest.request(for: $0, now: now) }
        let parallelism = max(1, ProcessInfo.processInfo.activeProcessorCount)

        do {
            try await fetchAll(
                requests: requests, byURL: byURL, store: store, fetcher: fetcher, parser: parser,
                parallelism: parallelism, now: now, report: &report, progress: progress, total: due.count)
        } catch let error as PipelineError {
            throw error
        } catch {
            throw PipelineError(.store, "the fetch stopped: \(error)")
        }

        if let warning = report.clockWarning { logger.warning("\(warning)") }
        try warnOfFeedsListedTwice(store: store)
        // A server that asked to be asked less often is not asked for any feed until then, also
        // for feeds that were not due in this run.
        for (server, until) in report.serverWaits {
            for feed in subscribed where !feed.isDead && FetchRequest(url: feed.url).server == server {
                try storeCall { () throws(StoreError) in try store.postpone(feedID: feed.id, until: until) }
            }
        }

        let cutoff = now.addingTimeInterval(-configuration.retention)
        report.prunedArticles = try storeCall { () throws(StoreError) in try store.prune(notSeenSince: cutoff) }
        if report.prunedArticles > 0 {
            logger.info("pruned \(report.prunedArticles) articles not seen for the retention period")
        }
        return report
    }

    /// Warns of subscriptions whose last documents are the same bytes: one feed listed under two
    /// addresses (`http` and `https`, a campaign code, an alias host). It is fetched twice, and
    /// where the feed names no site each address counts as an outlet of its own, so its stories
    /// count twice towards `min_sources`. Said at each run until the list lists it once.
    private func warnOfFeedsListedTwice(store: FeedStore) throws(PipelineError) {
        let feeds = try storeCall { () throws(StoreError) in try store.feeds(countingArticles: false) }
            .filter { $0.isSubscribed && !$0.isDead && $0.contentHash != nil }
        let groups = Dictionary(grouping: feeds, by: { $0.contentHash ?? "" }).values.filter { $0.count > 1 }
        for group in groups.sorted(by: { $0[0].id < $1[0].id }) {
            let addresses = group.sorted { $0.id < $1.id }.map { URLCredentials.masked($0.subscribedURL) }
            logger.warning(
                "\(addresses.joined(separator: ", ")) give the same document, byte for byte: one feed listed \(group.count == 2 ? "twice" : "\(group.count) times")? It is fetched each time, and its stories can count as more than one outlet's; keep one address in \((configuration.feedsPath as NSString).lastPathComponent) (`feedmerge remove URL` takes one out)"
            )
        }
    }

    /// Downloads, parses and stores every request, as described on `fetch`.
    private func fetchAll(
        requests: [FetchRequest], byURL: [String: FeedRecord], store: FeedStore, fetcher: FeedFetcher,
        parser: FeedParser, parallelism: Int, now: Date, report: inout FetchReport,
        progress: (@Sendable (FetchProgress) -> Void)?, total: Int
    ) async throws {
        var done = 0
        var collected = report
        defer { report = collected }
        // Feeds whose server was not reached wait for the end of the run: when no server was,
        // the machine is offline, and they did not fail.
        var offline = OfflineCheck()
        // Answers are written together, one transaction for up to `writeBatch` of them or
        // `writeBatchBytes` of documents read: a commit for each wrote again to the WAL the pages
        // that every feed's write touches (its row, the leaves of the indexes it adds to): 5 MB
        // for an all-304 run of 1,000 feeds, every few minutes, and more for a run in which many
        // feeds bring an article or two. A crash loses the batch, validators and all: those feeds
        // are asked again at the next run. (Failures are written at once: they are few and small.)
        var pending: [Processed] = []
        var pendingBytes = 0
        func writePending() throws(PipelineError) {
            guard !pending.isEmpty else { return }
            let batch = pending
            pending = []
            pendingBytes = 0
            try store.atomically(
                { () throws(PipelineError) in
                    for processed in batch { try record(processed, store: store, now: now, report: &collected) }
                }, storeError: { PipelineError(.store, $0.description) })
        }
        try await withThrowingTaskGroup(of: Processed.self) { group in
            var inFlight = 0
            func settle(_ processed: Processed?) throws(PipelineError) {
                if let processed {
                    switch processed {
                    case .unchanged:
                        pending.append(processed)
                    case .parsed(let feed, let response, let parsed, let hash, let discoveredFrom):
                        // What was read waits for the batch; the document it was read from need not.
                        pending.append(
                            .parsed(feed, response.withoutBody, parsed, hash: hash, discoveredFrom: discoveredFrom))
                        pendingBytes += response.bodySize
                    case .failed, .unreadable:
                        try record(processed, store: store, now: now, report: &collected)
                    }
                    if pending.count >= Pipeline.writeBatch || pendingBytes >= Pipeline.writeBatchBytes {
                        try writePending()
                    }
                }
                done += 1
                progress?(
                    FetchProgress(
                        done: done, total: total, bytes: collected.bytes,
                        errors: collected.failures.count + offline.feeds.count))
            }
            for await outcome in fetcher.fetch(requests) {
                guard let feed = byURL[outcome.request.url] else { continue }
                if offline.hold(feed, outcome) {
                    try settle(nil)
                    continue
                }
                switch outcome.result {
                case .failure(let error):
                    try settle(.failed(feed, error))
                case .success(let response) where response.isNotModified:
                    try settle(.unchanged(feed, response))
                case .success(let response):
                    let hash = response.body.withUnsafeBytes { StableHash.hex(ofBytes: $0) }
                    if hash == feed.contentHash {
                        try settle(.unchanged(feed, response))
                        continue
                    }
                    // The same body that ended early, byte for byte, again: the feed as its
                    // generator writes it (one that never closes the document), not a transfer
                    // that died. Not read again; still asked for whole, its validators left out.
                    if FeedRecord.cutBodyPrefix + hash == feed.contentHash {
                        logger.debug(
                            "\(URLCredentials.masked(feed.url)): the same document that ended early came again, byte for byte; kept as read"
                        )
                        try settle(.unchanged(feed, response.withoutValidators))
                        continue
                    }
                    // Parse off the network thread, alongside the downloads still running.
                    group.addTask { [fetcher] in
                        await Pipeline.parse(response, of: feed, hash: hash, parser: parser, fetcher: fetcher)
                    }
                    inFlight += 1
                    while inFlight >= parallelism, let processed = try await group.next() {
                        inFlight -= 1
                        try settle(processed)
                    }
                }
            }
            while let processed = try await group.next() {
                try settle(processed)
            }
        }
        try writePending()
        if offline.isOffline {
            collected.notReached = offline.feeds.count
            collected.offlineNotice = offline.notice
            for (feed, error) in offline.feeds {
                logger.info(
                    "\(URLCredentials.masked(feed.url)): not counted as a failure, since no server was reached: \(URLCredentials.masking(feed.url, in: error.message))"
                )
            }
        } else {
            for (feed, error) in offline.feeds {
                try record(.failed(feed, error), store: store, now: now, report: &collected)
            }
        }
    }

    /// How many answers are written in one transaction, at most.
    static let writeBatch = 250
    /// How many bytes of documents (decoded) are read for one transaction, at most: what they
    /// were read into stays in memory until it is written.
    static let writeBatchBytes = 4 << 20

    var fetchOptions: FetchOptions {
        let settings = configuration.fetch
        var options = FetchOptions(
            concurrency: settings.concurrency, perHost: settings.perHost, timeout: settings.timeout,
            maxBytes: settings.maxBytes)
        if let agent = settings.userAgent { options.userAgent = agent }
        return options
    }

    /// What became of one feed in this run.
    enum Processed: Sendable {
        case failed(FeedRecord, FetchError)
        case unchanged(FeedRecord, FetchResponse)
        case parsed(FeedRecord, FetchResponse, ParsedFeed, hash: String, discoveredFrom: String?)
        /// The document is no feed to read: what was wrong, as the user is told it.
        case unreadable(FeedRecord, FetchResponse, String)
    }

    /// Parses a downloaded document; an HTML page that advertises feeds is followed to the one
    /// it stands for (and the subscription moves there).
    ///
    /// A feed that was read before is followed, through a redirect or a page, only to a feed
    /// that is not known to be another (`isAnotherFeed`): a site that retires a section's feed
    /// sends its address to the site's main feed, or to the home page that advertises it, and
    /// following it would turn a subscription to the section into one to the whole site, for
    /// good (a permanent redirect moves it). A subscription given as a site's page, and a feed
    /// that moved under its own title, are followed.
    static func parse(
        _ response: FetchResponse, of feed: FeedRecord, hash: String, parser: FeedParser, fetcher: FeedFetcher
    ) async -> Processed {
        do {
            let parsed = try parser.parse(
                response.body, documentURL: response.finalURL, contentType: response.contentType)
            if !response.redirectStatuses.isEmpty, response.finalURL != feed.url, isAnotherFeed(parsed.feed, than: feed)
            {
                return .unreadable(feed, response, "it " + anotherFeed(parsed.feed, than: feed))
            }
            return .parsed(feed, response, parsed, hash: hash, discoveredFrom: nil)
        } catch let error where error.code == .htmlPage && !error.advertisedFeeds.isEmpty {
            let targets = followable(error.advertisedFeeds, from: response.finalURL)
            guard !targets.isEmpty else {
                return .unreadable(
                    feed, response,
                    error.description
                        + "; a page fetched over HTTP leads only to http(s) addresses, so it is not followed")
            }
            // Best first (`HTMLFeedDiscovery.rankedFeeds`); past one that fails or is another
            // feed (a section's page advertises the site's feed too), to a few at most.
            var firstFailure: Processed?
            for target in targets.prefix(Pipeline.advertisedFeedsTried) {
                switch await fetcher.fetch(FetchRequest(url: target)) {
                case .failure(let fetchError):
                    firstFailure =
                        firstFailure
                        ?? .unreadable(
                            feed, response, error.description + "; fetching it failed: \(fetchError.message)")
                case .success(let discovered):
                    do {
                        let parsed = try parser.parse(
                            discovered.body, documentURL: discovered.finalURL, contentType: discovered.contentType)
                        if isAnotherFeed(parsed.feed, than: feed) {
                            firstFailure =
                                firstFailure
                                ?? .unreadable(
                                    feed, response,
                                    error.description + ", which " + anotherFeed(parsed.feed, than: feed))
                            continue
                        }
                        let discoveredHash = discovered.body.withUnsafeBytes { StableHash.hex(ofBytes: $0) }
                        return .parsed(
                            feed, discovered.withoutBody, parsed, hash: discoveredHash,
                            discoveredFrom: response.finalURL)
                    } catch {
                        firstFailure = firstFailure ?? .unreadable(feed, discovered, error.description)
                    }
                }
            }
            return firstFailure ?? .unreadable(feed, response, error.description)
        } catch {
            return .unreadable(feed, response, error.description)
        }
    }

    /// Whether `parsed` is known to be another feed than the one `feed` was read as before: its
    /// own title names another (`namesAnotherFeed`), or, when either has none, its site differs.
    /// A feed never read, or one with nothing to tell it by, is not.
    static func isAnotherFeed(_ parsed: Feed, than feed: FeedRecord) -> Bool {
        guard feed.lastSuccess != nil else { return false }
        if let before = feed.feedTitle, let title = titledForDisplay(parsed).title {
            return namesAnotherFeed(title, than: before)
        }
        if let before = feed.siteURL.flatMap(CanonicalURL.make), let site = parsed.link.flatMap(CanonicalURL.make) {
            return site != before
        }
        return false
    }

    /// Whether the feed title `title` names another feed than `before`: other words, not the
    /// same ones in another order, case, script or punctuation, nor with words that only say it
    /// is a feed (`RSS`, `Feed`, `Archives`). A site that moves its feeds to a new system often
    /// rewrites their titles so (`Balkan Insight » Serbia` becomes `Serbia Archives – Balkan
    /// Insight`), while the site's own feed (`Balkan Insight`) lacks the section's name.
    static func namesAnotherFeed(_ title: String, than before: String) -> Bool {
        func words(_ title: String) -> Set<String> {
            let folded = FoldedText(title)
            let all = Set(folded.words.map { folded.string($0) })
            let named = all.subtracting(feedWords)
            return named.isEmpty ? all : named
        }
        return words(title) != words(before)
    }

    /// Words a feed's title may carry that name no subject, only what it is.
    private static let feedWords: Set<String> = ["rss", "feed", "feeds", "atom", "rdf", "xml", "archive", "archives"]

    /// The end of the failure for a feed that leads to another (`isAnotherFeed`).
    private static func anotherFeed(_ parsed: Feed, than feed: FeedRecord) -> String {
        let found =
            titledForDisplay(parsed).title.map { "“\($0)”" } ?? "an untitled feed of \(parsed.link ?? "no site")"
        let before = feed.feedTitle.map { "“\($0)”" } ?? "a feed of \(feed.siteURL ?? "no site")"
        return
            "leads to another feed, \(found), where this address gave \(before) before: not followed, since a site that retires a feed may send its address to another (a section's to the whole site's); if the feed moved there, put its address in feeds.opml"
    }

    /// How many of the feeds a page advertises are fetched, at most, to find the one to follow.
    static let advertisedFeedsTried = 3

    /// The feeds a page advertises that the fetch may follow, in the order given. A page fetched
    /// over HTTP leads only to HTTP addresses, as redirects do: a `file:` feed there (or a link
    /// relative to a `file:` `base`) would have a remote page read a file of this machine into
    /// the outputs. A page read from a local file is the user's own, and may lead anywhere.
    static func followable(_ advertised: [String], from page: String) -> [String] {
        URLResolver.isHTTP(page) ? advertised.filter(URLResolver.isHTTP) : advertised
    }

    /// Until when a server that asked to be asked less often (`FetchError.asksToWait`) is left
    /// alone: as long as it asked, or the first backoff, within the longest wait of a feed that
    /// has not failed (which is what its other feeds are, to `FetchSchedule.due`).
    private func serverWait(after error: FetchError, now: Date) -> Date {
        let asked = schedule.nextDue(afterFailure: now, consecutiveFailures: 1, retryAfter: error.retryAfter)
        return min(asked, now.addingTimeInterval(schedule.longestWait(failing: false)))
    }

    /// Stores one feed's outcome (one transaction) and adds it to the report.
    private func record(_ processed: Processed, store: FeedStore, now: Date, report: inout FetchReport)
        throws(PipelineError)
    {
        switch processed {
        case .failed(let feed, let error) where error.code == .deferred:
            let until = serverWait(after: error, now: now)
            try storeCall { () throws(StoreError) in try store.postpone(feedID: feed.id, until: until) }
            report.deferred += 1
            report.waitFor(FetchRequest(url: feed.url).server, until: until)
            logger.info("\(feed.url): \(error.message)")
        case .failed(let feed, let error):
            // The whole server asked to wait: its feeds not due in this run wait too.
            if error.asksToWait {
                report.waitFor(FetchRequest(url: feed.url).server, until: serverWait(after: error, now: now))
            }
            if error.status == 410 {
                try storeCall { () throws(StoreError) in
                    try store.markDead(feedID: feed.id, status: 410, message: error.message, at: now)
                }
                report.died.append(feed.url)
                fail(
                    feed, "the feed is gone (HTTP 410); it will not be fetched again until revived (feedmerge revive)",
                    at: now, nextTry: nil, &report)
                return
            }
            let nextDue = schedule.nextDue(
                afterFailure: now, consecutiveFailures: feed.consecutiveFailures + 1, retryAfter: error.retryAfter)
            try storeCall { () throws(StoreError) in
                try store.recordFailure(
                    feedID: feed.id, status: error.status, message: error.message, at: now, nextDue: nextDue)
            }
            fail(feed, error.message, at: now, nextTry: nextDue, &report)
        case .unchanged(let feed, let response):
            report.clock.add(response, server: FetchRequest(url: feed.url).server)
            report.bytes += response.body.count
            let nextDue = schedule.nextDue(
                after: now,
                hints: [feed.updateInterval, FetchSchedule.maxAge(cacheControl: response.headers["cache-control"])])
            // A feed moved permanently whose new address answers with what the store holds (a
            // 304 to its validators, the same body) has moved as much as one that changed. A 304
            // from another server that does not give back the feed's ETag says less: a parked
            // domain's page, older than the feed's Last-Modified, answers one too. That move
            // waits for a body (the next change, or the whole answer asked for within a day).
            let confirmed =
                !response.isNotModified || (response.etag != nil && response.etag == feed.etag)
                || FetchRequest(url: response.finalURL).server == FetchRequest(url: feed.url).server
            let movedTo = confirmed ? Self.permanentMove(of: feed, response) : nil
            let moved = try storeCall { () throws(StoreError) -> Bool in
                try store.recordUnchanged(
                    feedID: feed.id, status: response.status, at: now, nextDue: nextDue, etag: response.etag,
                    lastModified: response.lastModified, bytes: response.body.count, movedTo: movedTo)
            }
            reportMove(of: feed, to: movedTo, moved: moved, discovered: false, &report)
            report.unchanged += 1
        case .unreadable(let feed, let response, let problem):
            report.clock.add(response, server: FetchRequest(url: feed.url).server)
            report.bytes += response.body.count
            let nextDue = schedule.nextDue(
                afterFailure: now, consecutiveFailures: feed.consecutiveFailures + 1, retryAfter: nil)
            // A feed's address that now redirects elsewhere (a retired feed sent to the home
            // page) says where: that is what the user needs to see.
            var message = problem
            if !response.redirectStatuses.isEmpty, response.finalURL != feed.url {
                message +=
                    " (the feed's address redirects, HTTP \(response.redirectStatuses.map(String.init).joined(separator: ", ")), to \(URLCredentials.masked(response.finalURL)))"
            }
            try storeCall { () throws(StoreError) in
                try store.recordFailure(
                    feedID: feed.id, status: response.status, message: message, at: now, nextDue: nextDue,
                    bytes: response.body.count)
            }
            fail(feed, message, at: now, nextTry: nextDue, &report)
        case .parsed(let feed, let response, let parsed, let hash, let discoveredFrom):
            report.clock.add(response, server: FetchRequest(url: feed.url).server)
            report.bytes += response.bodySize
            for note in response.notes { logger.debug("\(feed.url): \(note)") }
            if parsed.bozo {
                logger.debug(
                    "\(feed.url): recovered from: \(parsed.problems.prefix(3).map(\.description).joined(separator: "; "))"
                )
            }
            let movedTo = discoveredFrom != nil ? response.finalURL : Self.permanentMove(of: feed, response)
            let hints = [
                Double(parsed.feed.ttl ?? 0) * 60, parsed.feed.updateInterval,
                FetchSchedule.maxAge(cacheControl: response.headers["cache-control"]),
            ]
            let (articles, renamed) = SharedEntryIDs.distinct(SessionFreeLinks.applied(to: parsed.articles))
            if renamed > 0 {
                logger.debug(
                    "\(feed.url): \(renamed) entries share ids with other entries; told apart by their links and titles"
                )
            }
            // A body cut short keeps no validators, and a hash no body has: a 304 to them (or the
            // same cut body taken as unchanged, its validators then kept) would leave the feed's
            // missing entries out until it changed. A hash it still has, not none: a feed whose
            // last body is forgotten is read anew, dates and all (see `FeedStore.saveFetch`).
            let whole = parsed.truncation == nil
            if let truncation = parsed.truncation {
                report.truncated[feed.url] = truncation
                let kept =
                    switch articles.count {
                    case 0: "no entry came before the cut"
                    case 1: "the entry before the cut is kept"
                    default: "the \(articles.count) entries before the cut are kept"
                    }
                // A passing trouble that the next fetch mends: told with --verbose, not mailed by cron.
                logger.info(
                    "\(URLCredentials.masked(feed.url)): the document ends early, \(truncation): \(kept), and the whole document is asked for at the next fetch"
                )
            }
            let content = FetchedContent(
                status: response.status, etag: whole ? response.etag : nil,
                lastModified: whole ? response.lastModified : nil,
                contentHash: whole ? hash : FeedRecord.cutBodyPrefix + hash,
                feed: Pipeline.titledForDisplay(parsed.feed), articles: articles,
                nextDue: schedule.nextDue(after: now, hints: hints),
                movedTo: movedTo, bytes: response.bodySize)
            let summary = try storeCall { () throws(StoreError) -> SaveSummary in
                try store.saveFetch(feedID: feed.id, content, at: now)
            }
            if summary.redated > 0 {
                logger.debug(
                    "\(feed.url): \(summary.redated) entries came with a later date and nothing else changed (the feed dates its items at each request); kept as they were"
                )
            }
            if summary.reidentified > 0 {
                logger.debug(
                    "\(feed.url): \(summary.reidentified) entries came under new ids (the feed makes them up at each request); kept as the articles they were"
                )
            }
            reportMove(of: feed, to: movedTo, moved: summary.moved, discovered: discoveredFrom != nil, &report)
            report.updated += 1
            report.newArticles += summary.inserted
            report.changedArticles += summary.updated
        }
    }

    /// Where the feed's address now leads, when every redirect on the way was permanent
    /// (301, 308): a temporary one (302, 307) says nothing about where the feed lives.
    private static func permanentMove(of feed: FeedRecord, _ response: FetchResponse) -> String? {
        guard !response.redirectStatuses.isEmpty, response.redirectStatuses.allSatisfy({ $0 == 301 || $0 == 308 }),
            response.finalURL != feed.url
        else { return nil }
        return response.finalURL
    }

    private func reportMove(
        of feed: FeedRecord, to movedTo: String?, moved: Bool, discovered: Bool, _ report: inout FetchReport
    ) {
        guard let movedTo else { return }
        guard moved else {
            logger.info(
                "\(feed.url) leads to \(movedTo), which another subscription fetches already; it keeps its own URL")
            return
        }
        report.moved[feed.url] = movedTo
        logger.notice(
            discovered
                ? "\(feed.url) is an HTML page; using the feed it advertises: \(movedTo)"
                : "\(feed.url) moved permanently to \(movedTo); the stored feed URL is updated")
    }

    private func fail(_ feed: FeedRecord, _ message: String, at now: Date, nextTry: Date?, _ report: inout FetchReport)
    {
        report.failures.append(
            FeedFailure(
                url: feed.url, title: feed.title, message: message, consecutiveFailures: feed.consecutiveFailures + 1,
                lastSuccess: feed.lastSuccess, nextTry: nextTry, at: now))
        logger.debug("\(feed.url): \(message)")
    }

    /// `feed` with its title as the outputs name an outlet by it (when the OPML gives no name):
    /// one line of plain text, not `Sarah's\nScribbles` or an HTML title's markup.
    static func titledForDisplay(_ feed: Feed) -> Feed {
        guard feed.title != nil else { return feed }
        var feed = feed
        feed.title = HTMLText.shownLine(feed.title, isHTML: feed.titleType?.isMarkup == true)
        feed.titleType = feed.title == nil ? nil : .text
        return feed
    }
}

extension FetchResponse {
    /// The response with its ETag and Last-Modified taken out, as a body cut short is stored.
    fileprivate var withoutValidators: FetchResponse {
        var response = self
        response.headers["etag"] = nil
        response.headers["last-modified"] = nil
        return response
    }
}
