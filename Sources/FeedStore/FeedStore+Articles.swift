public import FeedModel
public import Foundation

/// What a successful fetch brought, to be stored in one transaction.
public struct FetchedContent: Sendable {
    public var status: Int
    public var etag: String?
    public var lastModified: String?
    /// Hash of the body, to skip parsing it next time if it has not changed.
    public var contentHash: String?
    public var feed: Feed
    public var articles: [Article]
    /// When to fetch next.
    public var nextDue: Date?
    /// The URL the feed now lives at, when a permanent redirect or discovery moved it.
    public var movedTo: String?
    public var bytes: Int

    public init(
        status: Int, etag: String? = nil, lastModified: String? = nil, contentHash: String? = nil, feed: Feed,
        articles: [Article], nextDue: Date? = nil, movedTo: String? = nil, bytes: Int = 0
    ) {
        self.status = status
        self.etag = etag
        self.lastModified = lastModified
        self.contentHash = contentHash
        self.feed = feed
        self.articles = articles
        self.nextDue = nextDue
        self.movedTo = movedTo
        self.bytes = bytes
    }
}

extension FeedStore {
    /// Stores a successful fetch and its articles in one transaction: new articles are added,
    /// changed ones updated in place (never duplicated), unchanged ones only marked as seen.
    @discardableResult
    public func saveFetch(feedID: Int64, _ content: FetchedContent, at time: Date) throws(StoreError) -> SaveSummary {
        let lookup = try connection.cached("SELECT id, content_hash FROM articles WHERE feed_id = ?1 AND entry_id = ?2")
        let insert = try connection.cached(
            """
            INSERT INTO articles (feed_id, entry_id, link, published, first_seen, last_seen, last_updated,
                content_hash, data, revision, language, origin_site)
            VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5, ?6, ?7, ?8, ?9, ?10)
            """)
        let update = try connection.cached(
            """
            UPDATE articles SET link = ?2, published = ?3, last_updated = ?4, content_hash = ?5,
                data = ?6, revision = ?7, language = ?8, origin_site = ?9
            WHERE id = ?1
            """)
        // For dedup to place (schema 14): a new article, or a changed one again, keeping the story
        // it is in until then.
        let unplaced = try connection.cached(
            """
            INSERT INTO article_placement (article_id) VALUES (?1)
            ON CONFLICT (article_id) DO UPDATE SET clustered_by = NULL
            """)
        // Seen marks live apart from the rows (schema 7), and an article the feed carries has none
        // (schema 15): an unchanged article is not written at all, its row nor its mark.
        let carry = try connection.cached(
            "UPDATE article_seen SET last_seen = NULL WHERE article_id = ?1 AND last_seen IS NOT NULL")
        let mark = try connection.cached("INSERT INTO article_seen (article_id, feed_id) VALUES (?1, ?2)")
        // For tagging to look at (schema 9): a new article, or a changed one again.
        let untagged = try connection.cached("INSERT OR IGNORE INTO article_untagged (article_id) VALUES (?1)")
        let saveFeed = try connection.cached(
            """
            UPDATE feeds SET feed_title = ?2, site_url = coalesce(site_url, ?3), etag = ?4, last_modified = ?5,
                content_hash = ?6, last_status = ?7, last_error = NULL, last_fetched = ?8, last_success = ?8,
                content_seen_at = ?8, content_saved_at = ?8, whole_at = ?8, consecutive_failures = 0, next_due = ?9,
                update_interval = ?10, fetch_count = fetch_count + 1, bytes_total = bytes_total + ?11
            WHERE id = ?1
            """)
        let reidentify = try connection.cached(
            "UPDATE articles SET entry_id = ?2, content_hash = ?3, data = ?4 WHERE id = ?1")
        let rename = try connection.cached("UPDATE articles SET entry_id = ?2 WHERE id = ?1")
        let feed = content.feed
        let documentIDs = Set(content.articles.compactMap(\.id))
        return try connection.transaction { () throws(StoreError) -> SaveSummary in
            // A feed whose last body is forgotten (another feedmerge read it before, see
            // `forgetValidators`, or it was never read) is read anew: a date it gives as before may
            // be read differently now, and is taken. Otherwise a later date is the feed's doing.
            var lastBody: String?
            try connection.cached("SELECT content_hash FROM feeds WHERE id = ?1").run([.integer(feedID)]) {
                lastBody = $0.string(0)
            }
            let keepsFirstDates = lastBody != nil
            // Every id new, of two items or more: a feed that makes ids up at each request (and may
            // date its items at each request too). A feed whose only item is today's briefing,
            // under a new id on the page and title of yesterday's, gives too little to tell.
            var everyIDIsNew = keepsFirstDates && content.articles.count >= 2
            for article in content.articles where everyIDIsNew {
                try lookup.run([.integer(feedID), .text(article.id ?? "")]) { _ in everyIDIsNew = false }
            }
            // The feed's articles in this document: any other of its last content has left it.
            var carried: [Int64] = []
            func carryOn(_ rowID: Int64) throws(StoreError) {
                try carry.run([.integer(rowID)])
                carried.append(rowID)
            }
            var summary = SaveSummary()
            var seen: Set<String> = []
            var revision: Int64?
            for var article in content.articles {
                guard let entryID = article.id, seen.insert(entryID).inserted else { continue }
                var (data, hash) = try encodedRow(article)
                var existing: (Int64, String)?
                try lookup.run([.integer(feedID), .text(entryID)]) { row in
                    existing = (row.int(0) ?? 0, row.string(1) ?? "")
                }
                if let (rowID, oldHash) = existing, oldHash != hash, let stored = try storedArticle(rowID),
                    FeedStore.isAnotherItem(article, stored: stored)
                {
                    // The feed gave this id to another item before (ids that are positions in
                    // the feed, numbering restarted by a new system): that item keeps its row
                    // and its story, under an id no document gives, and this one is looked for
                    // as any item under an id not stored (it may be that other item's successor
                    // at its old position: `reissued` finds it).
                    try rename.run([.integer(rowID), .text("displaced:\(rowID):\(entryID)")])
                    existing = nil
                }
                if existing == nil,
                    let earlier = try reissued(
                        article, feedID: feedID, documentIDs: documentIDs, at: time, anyDate: everyIDIsNew)
                {
                    // The same item under a new id: it keeps its row (and its story), and when
                    // nothing but the id changed (and the date, which it keeps as first stored,
                    // when the feed moved it on too), it is not an article changed either.
                    var asBefore = article
                    asBefore.id = earlier.entryID
                    var redated: Article?
                    if keepsFirstDates, try encodedRow(asBefore).hash != earlier.hash,
                        let stored = try storedArticle(earlier.rowID),
                        let kept = FeedStore.keepingFirstDate(article, stored: stored)
                    {
                        let dated = FeedStore.dated(kept, as: stored)
                        redated = dated
                        asBefore = dated
                        asBefore.id = earlier.entryID
                    }
                    if try encodedRow(asBefore).hash == earlier.hash {
                        let row = try redated.map(encodedRow) ?? (data: data, hash: hash)
                        try reidentify.run([.integer(earlier.rowID), .text(entryID), .text(row.hash), .blob(row.data)])
                        try carryOn(earlier.rowID)
                        summary.unchanged += 1
                        summary.reidentified += 1
                        if redated != nil { summary.redated += 1 }
                        continue
                    }
                    try rename.run([.integer(earlier.rowID), .text(entryID)])
                    existing = (earlier.rowID, earlier.hash)
                }
                if keepsFirstDates, let (rowID, oldHash) = existing, oldHash != hash,
                    let stored = try storedArticle(rowID),
                    let kept = FeedStore.keepingFirstDate(article, stored: stored)
                {
                    // The feed moved the item's date on: it keeps the date it first ran under,
                    // and when nothing else changed, it is no change at all.
                    if try encodedRow(FeedStore.dated(kept, as: stored)).hash == oldHash {
                        try carryOn(rowID)
                        summary.unchanged += 1
                        summary.redated += 1
                        continue
                    }
                    article = kept
                    (data, hash) = try encodedRow(kept)
                }
                if let (rowID, oldHash) = existing, oldHash == hash {
                    try carryOn(rowID)
                    summary.unchanged += 1
                    continue
                }
                let link = SQLiteValue(article.link)
                // Dated as it is read back (see `plausiblyDated`).
                let published = SQLiteValue(FeedStore.plausiblyDated(article, storedAt: time).date)
                let origin = SQLiteValue(article.source?.site)
                if revision == nil { revision = try nextRevision() }
                if let (rowID, _) = existing {
                    try update.run([
                        .integer(rowID), link, published, SQLiteValue(time), .text(hash), .blob(data),
                        .integer(revision!), SQLiteValue(article.language), origin,
                    ])
                    try carryOn(rowID)
                    try untagged.run([.integer(rowID)])
                    try unplaced.run([.integer(rowID)])
                    summary.updated += 1
                } else {
                    try insert.run([
                        .integer(feedID), .text(entryID), link, published, SQLiteValue(time), .text(hash), .blob(data),
                        .integer(revision!), SQLiteValue(article.language), origin,
                    ])
                    let rowID = connection.lastInsertRowID
                    try mark.run([.integer(rowID), .integer(feedID)])
                    carried.append(rowID)
                    try untagged.run([.integer(rowID)])
                    try unplaced.run([.integer(rowID)])
                    summary.inserted += 1
                }
            }
            try markDropped(feedID: feedID, carried: carried)
            let interval = FeedStore.updateInterval(of: feed)
            try saveFeed.run([
                .integer(feedID), SQLiteValue(feed.title), SQLiteValue(feed.link), SQLiteValue(content.etag),
                SQLiteValue(content.lastModified), SQLiteValue(content.contentHash), .integer(Int64(content.status)),
                SQLiteValue(time), SQLiteValue(content.nextDue), interval.map(SQLiteValue.real) ?? .null,
                .integer(Int64(content.bytes)),
            ])
            if let movedTo = content.movedTo {
                summary.moved = try move(feedID: feedID, to: movedTo, at: time)
            }
            return summary
        }
    }

    /// The stored article of the feed that `article` is, under a new entry id: one with the same
    /// link (or the same on a site that moved, see `movedSpellings`), title and date whose own id the document no longer carries, or, when `anyDate` (every
    /// id of the document is new) and the feed moved the date on too, one with the same link,
    /// title and text. Some feeds give an item a new guid at every request (a random one, a
    /// session's, the time), some with the time of the request as its date, and each fetch would
    /// otherwise store every item again: a row an item a run, kept for the retention period
    /// (twenty items fetched every ten minutes, 86,000 rows in a month). Two items of one link
    /// and title on different dates with different texts (a daily briefing's page) stay two
    /// articles.
    private func reissued(
        _ article: Article, feedID: Int64, documentIDs: Set<String>, at time: Date, anyDate: Bool
    ) throws(StoreError) -> (rowID: Int64, entryID: String, hash: String)? {
        guard let link = article.link else { return nil }
        // Only rows of the same link are read, and a few at most: a feed that links every item to
        // its home page would otherwise have each new item read all the others. Those of the same
        // stored date first, which is the cheap and common case.
        let sameDate = try connection.cached(
            """
            SELECT id, entry_id, content_hash, data FROM articles
            WHERE link IN (?1, ?4, ?5, ?6) AND feed_id = ?2 AND published IS ?3 LIMIT 16
            """)
        let anyDateQuery = try connection.cached(
            """
            SELECT id, entry_id, content_hash, data FROM articles
            WHERE link IN (?1, ?4, ?5, ?6) AND feed_id = ?2 AND published IS NOT ?3 ORDER BY id DESC LIMIT 16
            """)
        let decoder = decoder
        var found: (rowID: Int64, entryID: String, hash: String)?
        let date = SQLiteValue(FeedStore.plausiblyDated(article, storedAt: time).date)
        let moved = FeedStore.movedSpellings(link).map(SQLiteValue.text)
        for (query, datesAgree) in [(sameDate, true), (anyDateQuery, false)]
        where found == nil && (datesAgree || anyDate) {
            try query.run([.text(link), .integer(feedID), date] + moved) { row in
                guard found == nil, let entryID = row.string(1), !documentIDs.contains(entryID),
                    let data = row.data(3), let stored = FeedStore.article(from: data, decoder),
                    stored.title == article.title,
                    datesAgree
                        ? stored.date == article.date
                        : stored.summary == article.summary && stored.content == article.content
                else { return }
                // The id it was stored under: a row another item displaced keeps it in its data only.
                found = (row.int(0) ?? 0, stored.id ?? entryID, row.string(2) ?? "")
            }
        }
        return found
    }

    /// `link` as a site that moved would now write it, or wrote it before: under the other of
    /// `http` and `https`, with `www.` or without, or both (three spellings; `link` itself
    /// when it is no web address). A site that moves to https, or drops its `www.`, moves every
    /// link, and a feed whose ids are its links (no guid, or guids that are the links) gives
    /// every item a new id with it; each is still the stored item of the old link.
    static func movedSpellings(_ link: String) -> [String] {
        let lower = link.prefix(12).lowercased()
        let rest: Substring
        let scheme: String
        let other: String
        if lower.hasPrefix("http://") {
            (rest, scheme, other) = (link.dropFirst(7), "http://", "https://")
        } else if lower.hasPrefix("https://") {
            (rest, scheme, other) = (link.dropFirst(8), "https://", "http://")
        } else {
            return [link, link, link]
        }
        let toggled = rest.lowercased().hasPrefix("www.") ? String(rest.dropFirst(4)) : "www." + rest
        return [other + rest, scheme + toggled, other + toggled]
    }

    /// True when `article`, given the id `stored` was stored under, is another item: its page
    /// (the link without query or fragment), its title and its date all differ. An edit changes
    /// a title, and a site may move a page, but a story under a new headline at a new address
    /// and a new time is another story: a feed that numbers its items by position gives the
    /// newest `1` at every fetch.
    static func isAnotherItem(_ article: Article, stored: Article) -> Bool {
        guard let link = article.link.map(page), let storedLink = stored.link.map(page), link != storedLink,
            let title = article.title?.lowercased(), let storedTitle = stored.title?.lowercased(), title != storedTitle
        else { return false }
        return article.date == nil || stored.date == nil || article.date != stored.date
    }

    /// A link without its query and fragment, its scheme and host in lower case.
    private static func page(_ link: String) -> String {
        let end = link.firstIndex { $0 == "?" || $0 == "#" } ?? link.endIndex
        let address = link[..<end]
        guard let separator = address.range(of: "://") else { return String(address) }
        let host = address[separator.upperBound...].prefix { $0 != "/" }
        return address[..<separator.upperBound].lowercased() + host.lowercased()
            + address[host.endIndex...]
    }

    /// `article` with the dates `stored` has, as written and as read.
    static func dated(_ article: Article, as stored: Article) -> Article {
        var dated = article
        dated.published = stored.published
        dated.publishedRaw = stored.publishedRaw
        dated.updated = stored.updated
        dated.updatedRaw = stored.updatedRaw
        return dated
    }

    /// `article` as a row stores it, and the hash that tells a changed version from the same.
    private func encodedRow(_ article: Article) throws(StoreError) -> (data: Data, hash: String) {
        let data = try encode(article)
        return (data, StableHash.hex(String(decoding: data, as: UTF8.self)))
    }

    /// The stored version of the article in row `rowID`.
    private func storedArticle(_ rowID: Int64) throws(StoreError) -> Article? {
        var stored: Article?
        let decoder = decoder
        try connection.cached("SELECT data FROM articles WHERE id = ?1").run([.integer(rowID)]) { row in
            stored = row.data(0).flatMap { FeedStore.article(from: $0, decoder) }
        }
        return stored
    }

    /// `article`, a new version of `stored`, dated when it first ran, or nil when the feed did not
    /// move its date on (a date moved back is a correction, and taken; the caller does not ask
    /// when the feed is read anew after an upgrade, whose readings of the same text may differ,
    /// since the written text of a date that reads is not kept). Some feeds date
    /// every item at each request, or move an item's date when they touch it: each fetch would
    /// take the items back to the top of every output, as news, and date their stories anew. An
    /// edit changes the text, and the feed's `updated` says when; the story ran when it first did.
    static func keepingFirstDate(_ article: Article, stored: Article) -> Article? {
        guard let first = stored.date, let date = article.date, date >= first else { return nil }
        var kept = article
        if date > first {
            kept.published = first
            kept.publishedRaw = stored.published != nil ? stored.publishedRaw : stored.updatedRaw
        }
        return kept
    }

    /// Gives the articles of the feed's last content that this one no longer carries the time
    /// the feed last confirmed that content: they age from then (a 304 marks no article, and an
    /// article still carried has no mark; see schema 15).
    private func markDropped(feedID: Int64, carried: [Int64]) throws(StoreError) {
        try connection.cached(
            """
            UPDATE article_seen SET last_seen = (
                SELECT coalesce(f.content_seen_at, f.content_saved_at, 0) FROM feeds f WHERE f.id = ?1)
            WHERE feed_id = ?1 AND last_seen IS NULL AND article_id NOT IN (SELECT value FROM json_each(?2))
            """
        ).run([.integer(feedID), .text("[" + carried.map(String.init).joined(separator: ",") + "]")])
    }

    /// The publisher's own update hint in seconds: RSS `ttl` (minutes) or `sy:updatePeriod`.
    static func updateInterval(of feed: Feed) -> Double? {
        let hints = [feed.ttl.map { Double($0) * 60 }, feed.updateInterval].compactMap { $0 }.filter { $0 > 0 }
        return hints.max()
    }

    /// Deletes articles not seen in their feed since `cutoff`; returns how many. An article its
    /// feed still carries was seen when the feed last confirmed its content. A feed
    /// the OPML no longer lists goes too once none of its articles is left, so that `status`
    /// does not list every feed ever tried.
    @discardableResult
    public func prune(notSeenSince cutoff: Date) throws(StoreError) -> Int {
        try connection.transaction { () throws(StoreError) -> Int in
            try connection.cached(
                """
                DELETE FROM articles WHERE id IN (
                    SELECT article_id FROM article_seen WHERE last_seen < ?1
                    UNION ALL
                    -- The feeds first (CROSS JOIN keeps them there): the few not heard from since
                    -- the cutoff, their articles found by feed. Left to itself the planner read
                    -- every article still carried.
                    SELECT s.article_id FROM feeds f CROSS JOIN article_seen s ON s.feed_id = f.id AND s.last_seen IS NULL
                    WHERE coalesce(f.content_seen_at, 0) < ?1)
                """
            ).run([SQLiteValue(cutoff)])
            let removed = connection.changes
            if removed > 0 { _ = try nextRevision() }
            try connection.cached(
                """
                DELETE FROM feeds
                WHERE subscribed = 0 AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.feed_id = feeds.id)
                """
            ).run([])
            return removed
        }
    }

    // MARK: Reading articles

    static let articleColumns = """
        SELECT a.id, a.feed_id, f.url, coalesce(f.title, f.feed_title), f.site_url, f.tags, f.priority, a.data,
               a.first_seen, a.last_updated, coalesce(p.text_length, 0)
        FROM articles a JOIN feeds f ON f.id = a.feed_id LEFT JOIN article_placement p ON p.article_id = a.id
        """

    /// Articles whose date is at or after `since` (all when nil), newest first.
    public func articles(since: Date? = nil) throws(StoreError) -> [SourcedArticle] {
        try readArticles(
            FeedStore.articleColumns + """

                WHERE coalesce(a.published, a.first_seen) >= ?1
                ORDER BY coalesce(a.published, a.first_seen) DESC, a.id
                """, [.real(since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude)])
    }

    /// Up to `limit` articles that tagging has not looked at under `version`: new or changed
    /// ones, and after the topics changed, every stored article in turn, in batches in the order
    /// of their ids (the batch says how far it goes: `setTopics(_:version:passThrough:)` records
    /// that with its tags, so that a pass cut short goes on where it stopped). When such a pass
    /// has gone through every article, `version` is recorded as done.
    ///
    /// Tags live in a table of their own (`article_tags`), not in the article rows: a row holds
    /// the article's text, and SQLite writes a row whole, so marking and re-tagging a million
    /// rows wrote their four gigabytes twice over.
    public func articlesToTag(version: String, limit: Int) throws(StoreError) -> TagBatch {
        if try meta(FeedStore.tagVersionKey) != version {
            let pass = try meta(FeedStore.tagPassKey)?.split(separator: " ")
            let after = pass?.first.map(String.init) == version ? pass.flatMap { Int64($0.last ?? "") } ?? 0 : 0
            let articles = try readArticles(
                FeedStore.articleColumns + " WHERE a.id > ?1 ORDER BY a.id LIMIT ?2",
                [.integer(after), .integer(Int64(limit))])
            if let last = articles.last { return TagBatch(articles: articles, passThrough: last.storeID) }
            try connection.transaction { () throws(StoreError) in
                try setMeta(FeedStore.tagVersionKey, version)
                try connection.cached("DELETE FROM meta WHERE key = ?1").run([.text(FeedStore.tagPassKey)])
            }
        }
        return TagBatch(
            articles: try readArticles(
                FeedStore.articleColumns + " WHERE a.id IN (SELECT article_id FROM article_untagged) LIMIT ?1",
                [.integer(Int64(limit))]),
            passThrough: nil)
    }

    /// Before tagging new articles under `version`: on a store that has tagged nothing yet, the
    /// topics' version is recorded at once (no pass over the store is needed; the new articles
    /// are all there is).
    public func startTagging(version: String) throws(StoreError) {
        guard try meta(FeedStore.tagVersionKey) != version else { return }
        var tagged = false
        try connection.cached(
            """
            SELECT 1 FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_untagged u WHERE u.article_id = a.id)
            LIMIT 1
            """
        ).run { _ in tagged = true }
        if !tagged { try setMeta(FeedStore.tagVersionKey, version) }
    }

    /// Records the topics each article matches under `version`; with `passThrough`, also how far
    /// a pass over every article has gone (the batch `articlesToTag` gave).
    public func setTopics(_ entries: [ArticleTopics], version: String, passThrough: Int64? = nil) throws(StoreError) {
        let upsert = try connection.cached(
            """
            INSERT INTO article_tags (article_id, topics) VALUES (?1, ?2)
            ON CONFLICT (article_id) DO UPDATE SET topics = ?2
            """)
        let remove = try connection.cached("DELETE FROM article_tags WHERE article_id = ?1")
        // No article row is written: a new or changed one leaves the list of those to look at.
        let looked = try connection.cached("DELETE FROM article_untagged WHERE article_id = ?1")
        try connection.transaction { () throws(StoreError) in
            for entry in entries {
                if entry.topics.isEmpty {
                    try remove.run([.integer(entry.articleID)])
                } else {
                    try upsert.run([.integer(entry.articleID), .text(entry.topics.joined(separator: " "))])
                }
                try looked.run([.integer(entry.articleID)])
            }
            if let passThrough { try setMeta(FeedStore.tagPassKey, "\(version) \(passThrough)") }
        }
    }

    /// The topics version every stored article has been tagged under.
    static let tagVersionKey = "tag_version"
    /// A pass over every article after the topics changed: the version and the last id done.
    static let tagPassKey = "tag_pass"

    /// When a stage's method changed since it last ran, marks every article as not looked at,
    /// so that the articles to look at are found through an index of the NULLs.
    func resetIfVersionChanged(_ key: String, to version: String, table: String, column: String) throws(StoreError) {
        guard try meta(key) != version else { return }
        try connection.transaction { () throws(StoreError) in
            try connection.execute("UPDATE \(table) SET \(column) = NULL WHERE \(column) IS NOT NULL")
            try setMeta(key, version)
        }
    }

    /// One line per story: what filters and ordering need, without any article's text.
    public func storyDigests() throws(StoreError) -> [StoryDigest] {
        var digests: [StoryDigest] = []
        try connection.cached(
            """
            SELECT p.story, min(coalesce(a.published, a.first_seen)), max(a.last_updated), count(*),
                   group_concat(DISTINCT a.feed_id), group_concat(t.topics, ' '), group_concat(DISTINCT a.language)
            FROM article_placement p JOIN articles a ON a.id = p.article_id
            LEFT JOIN article_tags t ON t.article_id = a.id
            WHERE p.story IS NOT NULL GROUP BY p.story
            """
        ).run { row in
            let feeds = (row.string(4) ?? "").split(separator: ",").compactMap { Int64($0) }
            let topics = Set((row.string(5) ?? "").split(separator: " ").map(String.init))
            let languages = (row.string(6) ?? "").split(separator: ",").map(String.init)
            digests.append(
                StoryDigest(
                    key: row.string(0) ?? "", date: Date(timeIntervalSince1970: row.double(1) ?? 0),
                    updated: Date(timeIntervalSince1970: row.double(2) ?? 0), articleCount: Int(row.int(3) ?? 0),
                    feedIDs: feeds, topics: topics, languages: languages))
        }
        return digests
    }

    /// The stories an aggregator's item is in, by story key, with what carried their copies.
    /// Read apart from the digests, through an index of the few articles that name a source, so
    /// that every other story's digest costs what it did before sources were kept.
    public func storyOrigins() throws(StoreError) -> [String: StoryOrigins] {
        var result: [String: StoryOrigins] = [:]
        try connection.cached(
            """
            SELECT p.story, a.feed_id, a.origin_site FROM article_placement p JOIN articles a ON a.id = p.article_id
            WHERE p.story IN (
                SELECT o.story FROM articles n INDEXED BY articles_with_origin_site
                JOIN article_placement o ON o.article_id = n.id
                WHERE n.origin_site IS NOT NULL AND o.story IS NOT NULL)
            """
        ).run { row in
            guard let story = row.string(0) else { return }
            var entry = result[story] ?? StoryOrigins()
            if let site = row.string(2) {
                if !entry.sites.contains(site) { entry.sites.append(site) }
            } else if let feed = row.int(1), !entry.feeds.contains(feed) {
                entry.feeds.append(feed)
            }
            result[story] = entry
        }
        return result
    }

    /// Every article of the given stories, by story.
    public func articles(inStories keys: [String]) throws(StoreError) -> [String: [SourcedArticle]] {
        var result: [String: [SourcedArticle]] = [:]
        var start = 0
        while start < keys.count {
            let batch = Array(keys[start..<min(start + 500, keys.count)])
            let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
            var stories: [Int64: String] = [:]
            try connection.cached("SELECT article_id, story FROM article_placement WHERE story IN (\(marks))").run(
                batch.map { .text($0) }
            ) { row in
                stories[row.int(0) ?? 0] = row.string(1)
            }
            let articles = try readArticles(
                FeedStore.articleColumns
                    + " WHERE a.id IN (SELECT article_id FROM article_placement WHERE story IN (\(marks)))",
                batch.map { .text($0) })
            for article in articles {
                guard let story = stories[article.storeID] else { continue }
                result[story, default: []].append(article)
            }
            start += batch.count
        }
        return result
    }

    func readArticles(_ sql: String, _ values: [SQLiteValue]) throws(StoreError) -> [SourcedArticle] {
        // The rows are read first and their articles decoded after, on every core when they are
        // many: decoding the JSON is most of the cost of reading a batch, and each row's is its own.
        var rows: [(data: Data, article: SourcedArticle)] = []
        try connection.cached(sql).run(values) { row in
            guard let data = row.data(7) else { return }
            rows.append(
                (
                    data,
                    SourcedArticle(
                        storeID: row.int(0) ?? 0, feedURL: row.string(2) ?? "", feedTitle: row.string(3),
                        feedSiteURL: row.string(4), feedTags: FeedStore.tags(row.string(5)),
                        feedPriority: Int(row.int(6) ?? 0), article: Article(),
                        firstSeen: Date(timeIntervalSince1970: row.double(8) ?? 0),
                        lastUpdated: Date(timeIntervalSince1970: row.double(9) ?? 0), feedID: row.int(1) ?? 0,
                        textLength: Int(row.int(10) ?? 0))
                ))
        }
        let decoder = decoder  // Sendable: one for every thread
        let decoded = rows.map(\.data).mapOnEveryCore(minimumPart: 128) { FeedStore.article(from: $0, decoder) }
        var result: [SourcedArticle] = []
        result.reserveCapacity(rows.count)
        for (index, entry) in rows.enumerated() {
            guard let article = decoded[index] else {
                // Decoded again, alone, for what is wrong with it.
                var message = "article \(entry.article.storeID) cannot be read"
                do { _ = try decoder.decode(Article.self, from: entry.data) } catch { message += ": \(error)" }
                throw StoreError(.corrupt, path: path, message)
            }
            var sourced = entry.article
            sourced.article = FeedStore.plausiblyDated(article, storedAt: sourced.lastUpdated)
            result.append(sourced)
        }
        return result
    }

    /// `article` with only the dates it can have, given that this version of it was stored at
    /// `stored`: none after that (a feed that dates an article in the future, by a wrong clock,
    /// a scheduled post or `2100-01-01`, would keep it at the top of every output, newest first,
    /// until that day), and none at the Unix epoch or before (`0001-01-01`, Go's zero time, which
    /// Hugo writes for a post without a date, and `1970-01-01` are no dates, and would keep new
    /// articles out of every `since` output). An article is then dated when it was stored, as is
    /// the date column that orders the store. The stored text keeps the feed's dates, so an
    /// article the feed corrects is dated as corrected.
    static func plausiblyDated(_ article: Article, storedAt stored: Date) -> Article {
        func plausible(_ date: Date?) -> Date? {
            guard let date, date > FeedStore.noDateBefore else { return nil }
            return min(date, stored)
        }
        var article = article
        article.published = plausible(article.published)
        article.updated = plausible(article.updated)
        return article
    }

    /// The row `ArticleJSON` writes for `article`, for tests that hold it to `JSONEncoder`'s.
    @_spi(Testing) public static func handWrittenRow(_ article: Article) -> Data? { ArticleJSON.encode(article) }

    /// The article `ArticleJSON` reads from `row` (nil when it gives up), for tests.
    @_spi(Testing) public static func handReadArticle(_ row: Data) -> Article? { ArticleJSON.decode(row) }

    /// The article a stored row holds: read by hand (`ArticleJSON`), or by `decoder` when the
    /// row is in another form.
    static func article(from row: Data, _ decoder: JSONDecoder) -> Article? {
        ArticleJSON.decode(row) ?? (try? decoder.decode(Article.self, from: row))
    }

    /// Dates up to a day after the Unix epoch (its midnight in any time zone) are no dates.
    static let noDateBefore = Date(timeIntervalSince1970: 86_400)

    func encode(_ article: Article) throws(StoreError) -> Data {
        if let row = ArticleJSON.encode(article) { return row }
        do {
            return try encoder.encode(article)
        } catch {
            throw StoreError(.sqlite, path: path, "cannot encode an article: \(error)")
        }
    }
}

extension FeedStore {
    /// The topics, feed and story of every article dated at or after `since` (through the date
    /// index: a week of a large store, not the store).
    public func topicRows(since: Date) throws(StoreError) -> [(topics: [String], feedID: Int64, story: String?)] {
        var rows: [(topics: [String], feedID: Int64, story: String?)] = []
        try connection.cached(
            """
            SELECT t.topics, a.feed_id, p.story FROM articles a LEFT JOIN article_tags t ON t.article_id = a.id
            LEFT JOIN article_placement p ON p.article_id = a.id
            WHERE coalesce(a.published, a.first_seen) >= ?1
            """
        ).run([SQLiteValue(since)]) { row in
            let topics = (row.string(0) ?? "").split(separator: " ").map(String.init)
            rows.append((topics, row.int(1) ?? 0, row.string(2)))
        }
        return rows
    }

    /// The date of the newest article (when it was published, else when it was first seen), or
    /// nil when the store holds none.
    public func newestArticleDate() throws(StoreError) -> Date? {
        var newest: Date?
        try connection.cached("SELECT max(coalesce(published, first_seen)) FROM articles").run { row in
            newest = row.double(0).map(Date.init(timeIntervalSince1970:))
        }
        return newest
    }
}
