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
                content_hash, data, revision)
            VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5, ?6, ?7, ?8)
            """)
        let update = try connection.cached(
            """
            UPDATE articles SET link = ?2, published = ?3, last_seen = ?4, last_updated = ?4, content_hash = ?5,
                data = ?6, revision = ?7
            WHERE id = ?1
            """)
        let touch = try connection.cached("UPDATE articles SET last_seen = ?2 WHERE id = ?1")
        let saveFeed = try connection.cached(
            """
            UPDATE feeds SET feed_title = ?2, site_url = coalesce(site_url, ?3), etag = ?4, last_modified = ?5,
                content_hash = ?6, last_status = ?7, last_error = NULL, last_fetched = ?8, last_success = ?8,
                content_seen_at = ?8, consecutive_failures = 0, next_due = ?9, update_interval = ?10,
                fetch_count = fetch_count + 1, bytes_total = bytes_total + ?11
            WHERE id = ?1
            """)
        let move = try connection.cached(
            "UPDATE feeds SET moved_from = url, moved_at = ?3, url = ?2 WHERE id = ?1 AND url <> ?2")
        let feed = content.feed
        return try connection.transaction { () throws(StoreError) -> SaveSummary in
            var summary = SaveSummary()
            var seen: Set<String> = []
            var revision: Int64?
            for article in content.articles {
                guard let entryID = article.id, seen.insert(entryID).inserted else { continue }
                let data = try encode(article)
                let hash = StableHash.hex(String(decoding: data, as: UTF8.self))
                var existing: (Int64, String)?
                try lookup.run([.integer(feedID), .text(entryID)]) { row in
                    existing = (row.int(0) ?? 0, row.string(1) ?? "")
                }
                let link = SQLiteValue(article.link)
                let published = SQLiteValue(article.date)
                if let (rowID, oldHash) = existing, oldHash == hash {
                    try touch.run([.integer(rowID), SQLiteValue(time)])
                    summary.unchanged += 1
                    continue
                }
                if revision == nil { revision = try nextRevision() }
                if let (rowID, _) = existing {
                    try update.run([
                        .integer(rowID), link, published, SQLiteValue(time), .text(hash), .blob(data),
                        .integer(revision!),
                    ])
                    summary.updated += 1
                } else {
                    try insert.run([
                        .integer(feedID), .text(entryID), link, published, SQLiteValue(time), .text(hash), .blob(data),
                        .integer(revision!),
                    ])
                    summary.inserted += 1
                }
            }
            let interval = FeedStore.updateInterval(of: feed)
            try saveFeed.run([
                .integer(feedID), SQLiteValue(feed.title), SQLiteValue(feed.link), SQLiteValue(content.etag),
                SQLiteValue(content.lastModified), SQLiteValue(content.contentHash), .integer(Int64(content.status)),
                SQLiteValue(time), SQLiteValue(content.nextDue), interval.map(SQLiteValue.real) ?? .null,
                .integer(Int64(content.bytes)),
            ])
            if let movedTo = content.movedTo {
                try move.run([.integer(feedID), .text(movedTo), SQLiteValue(time)])
            }
            return summary
        }
    }

    /// The publisher's own update hint in seconds: RSS `ttl` (minutes) or `sy:updatePeriod`.
    static func updateInterval(of feed: Feed) -> Double? {
        let hints = [feed.ttl.map { Double($0) * 60 }, feed.updateInterval].compactMap { $0 }.filter { $0 > 0 }
        return hints.max()
    }

    /// Deletes articles not seen in their feed since `cutoff`; returns how many.
    @discardableResult
    public func prune(notSeenSince cutoff: Date) throws(StoreError) -> Int {
        try connection.transaction { () throws(StoreError) -> Int in
            try connection.cached("DELETE FROM articles WHERE last_seen < ?1").run([SQLiteValue(cutoff)])
            let removed = connection.changes
            if removed > 0 { _ = try nextRevision() }
            return removed
        }
    }

    // MARK: Reading articles

    /// Articles whose date is at or after `since` (all when nil), newest first.
    public func articles(since: Date? = nil) throws(StoreError) -> [SourcedArticle] {
        var result: [SourcedArticle] = []
        var failure: StoreError?
        try connection.cached(
            """
            SELECT a.id, a.feed_id, f.url, coalesce(f.title, f.feed_title), f.site_url, f.tags, f.priority, a.data,
                   a.first_seen, a.last_updated
            FROM articles a JOIN feeds f ON f.id = a.feed_id
            WHERE coalesce(a.published, a.first_seen) >= ?1
            ORDER BY coalesce(a.published, a.first_seen) DESC, a.id
            """
        ).run([.real(since?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude)]) { row in
            guard let data = row.data(7) else { return }
            do {
                let article = try self.decoder.decode(Article.self, from: data)
                result.append(
                    SourcedArticle(
                        storeID: row.int(0) ?? 0, feedURL: row.string(2) ?? "", feedTitle: row.string(3),
                        feedSiteURL: row.string(4), feedTags: FeedStore.tags(row.string(5)),
                        feedPriority: Int(row.int(6) ?? 0), article: article,
                        firstSeen: Date(timeIntervalSince1970: row.double(8) ?? 0),
                        lastUpdated: Date(timeIntervalSince1970: row.double(9) ?? 0)))
            } catch {
                failure = StoreError(.corrupt, path: self.path, "article \(row.int(0) ?? 0) cannot be read: \(error)")
            }
        }
        if let failure { throw failure }
        return result
    }

    func encode(_ article: Article) throws(StoreError) -> Data {
        do {
            return try encoder.encode(article)
        } catch {
            throw StoreError(.sqlite, path: path, "cannot encode an article: \(error)")
        }
    }
}
