public import FeedModel
public import Foundation

/// The state feedmerge keeps between runs, in one SQLite file: feeds with their fetch state, and
/// their articles.
///
/// Every change that belongs together (one feed's fetch and its articles) lands in one
/// transaction, in WAL mode, so that a crash at any moment leaves the last consistent state.
/// Not thread-safe: one store per task.
public final class FeedStore {
    fileprivate let connection: SQLiteConnection
    public var path: String { connection.path }
    private lazy var encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }()
    private lazy var decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }()

    /// Opens (creating or upgrading) the database at `path`.
    public init(path: String) throws(StoreError) {
        connection = try SQLiteConnection(path: path)
        try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
        try migrate()
    }

    /// The schema version of this build.
    public static var schemaVersion: Int { Schema.currentVersion }

    private func migrate() throws(StoreError) {
        try connection.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        var version = 0
        try connection.prepare("SELECT max(version) FROM schema_version").run { row in
            version = Int(row.int(0) ?? 0)
        }
        if version > Schema.currentVersion {
            throw StoreError(
                .newerSchema, path: path,
                "the database has schema version \(version), newer than this feedmerge understands "
                    + "(\(Schema.currentVersion)); upgrade feedmerge or use another database file")
        }
        for next in version..<Schema.currentVersion {
            let sql = Schema.migrations[next]
            try connection.transaction { () throws(StoreError) in
                try connection.execute(sql)
                try connection.prepare("INSERT INTO schema_version (version) VALUES (?)").run([
                    .integer(Int64(next + 1))
                ])
            }
        }
    }

    // MARK: Subscriptions

    /// Makes the store's feeds match the OPML: new feeds are added, changed titles and tags
    /// updated, and feeds no longer listed marked unsubscribed (their articles stay until they
    /// age out).
    public func syncSubscriptions(_ subscriptions: [Subscription]) throws(StoreError) {
        let upsert = try connection.prepare(
            """
            INSERT INTO feeds (url, subscribed_url, title, site_url, tags, priority, subscribed)
            VALUES (?1, ?1, ?2, ?3, ?4, ?5, 1)
            ON CONFLICT (subscribed_url) DO UPDATE SET
                title = excluded.title, site_url = excluded.site_url, tags = excluded.tags,
                priority = excluded.priority, subscribed = 1
            """)
        try connection.transaction { () throws(StoreError) in
            try connection.execute("UPDATE feeds SET subscribed = 0")
            for subscription in subscriptions {
                try upsert.run([
                    .text(subscription.url), SQLiteValue(subscription.title), SQLiteValue(subscription.siteURL),
                    .text(subscription.tags.joined(separator: " ")), .integer(Int64(subscription.priority)),
                ])
            }
        }
    }

    /// Every feed the store knows, subscribed first, in URL order.
    public func feeds() throws(StoreError) -> [FeedRecord] {
        var records: [FeedRecord] = []
        try connection.prepare(
            """
            SELECT f.id, f.url, f.subscribed_url, coalesce(f.title, f.feed_title), f.site_url, f.tags, f.priority,
                   f.etag, f.last_modified, f.content_hash, f.last_status, f.last_error, f.last_fetched,
                   f.last_success, f.consecutive_failures, f.next_due, f.dead, f.subscribed,
                   (SELECT count(*) FROM articles a WHERE a.feed_id = f.id)
            FROM feeds f ORDER BY f.subscribed DESC, f.subscribed_url
            """
        ).run { row in
            records.append(
                FeedRecord(
                    id: row.int(0) ?? 0, url: row.string(1) ?? "", subscribedURL: row.string(2) ?? "",
                    title: row.string(3), siteURL: row.string(4), tags: FeedStore.tags(row.string(5)),
                    priority: Int(row.int(6) ?? 0), etag: row.string(7), lastModified: row.string(8),
                    contentHash: row.string(9), lastStatus: row.int(10).map(Int.init), lastError: row.string(11),
                    lastFetched: row.double(12).map(Date.init(timeIntervalSince1970:)),
                    lastSuccess: row.double(13).map(Date.init(timeIntervalSince1970:)),
                    consecutiveFailures: Int(row.int(14) ?? 0),
                    nextDue: row.double(15).map(Date.init(timeIntervalSince1970:)), isDead: row.int(16) == 1,
                    isSubscribed: row.int(17) == 1, articleCount: Int(row.int(18) ?? 0)))
        }
        return records
    }

    // MARK: Fetch results

    /// Records a failed fetch.
    public func recordFailure(feedID: Int64, status: Int?, message: String, at time: Date) throws(StoreError) {
        try connection.prepare(
            """
            UPDATE feeds SET last_status = ?2, last_error = ?3, last_fetched = ?4,
                consecutive_failures = consecutive_failures + 1
            WHERE id = ?1
            """
        ).run([.integer(feedID), SQLiteValue(status), .text(message), SQLiteValue(time)])
    }

    /// Records a fetch that brought nothing new (a 304, or an unchanged body).
    public func recordUnchanged(feedID: Int64, status: Int, at time: Date) throws(StoreError) {
        try connection.prepare(
            """
            UPDATE feeds SET last_status = ?2, last_error = NULL, last_fetched = ?3, last_success = ?3,
                consecutive_failures = 0
            WHERE id = ?1
            """
        ).run([.integer(feedID), .integer(Int64(status)), SQLiteValue(time)])
    }

    /// Stores a successful fetch and its articles in one transaction: new articles are added,
    /// changed ones updated in place (never duplicated), unchanged ones only marked as seen.
    @discardableResult
    public func saveFetch(
        feedID: Int64, status: Int, etag: String?, lastModified: String?, contentHash: String?, feed: Feed,
        articles: [Article], at time: Date
    ) throws(StoreError) -> SaveSummary {
        let lookup = try connection.prepare(
            "SELECT id, content_hash FROM articles WHERE feed_id = ?1 AND entry_id = ?2")
        let insert = try connection.prepare(
            """
            INSERT INTO articles (feed_id, entry_id, link, published, first_seen, last_seen, last_updated,
                content_hash, data)
            VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5, ?6, ?7)
            """)
        let update = try connection.prepare(
            """
            UPDATE articles SET link = ?2, published = ?3, last_seen = ?4, last_updated = ?4, content_hash = ?5,
                data = ?6
            WHERE id = ?1
            """)
        let touch = try connection.prepare("UPDATE articles SET last_seen = ?2 WHERE id = ?1")
        let saveFeed = try connection.prepare(
            """
            UPDATE feeds SET feed_title = ?2, site_url = coalesce(site_url, ?3), etag = ?4, last_modified = ?5,
                content_hash = ?6, last_status = ?7, last_error = NULL, last_fetched = ?8, last_success = ?8,
                consecutive_failures = 0
            WHERE id = ?1
            """)
        return try connection.transaction { () throws(StoreError) -> SaveSummary in
            var summary = SaveSummary()
            var seen: Set<String> = []
            for article in articles {
                guard let entryID = article.id, seen.insert(entryID).inserted else { continue }
                let data = try encode(article)
                let hash = StableHash.hex(String(decoding: data, as: UTF8.self))
                var existing: (Int64, String)?
                try lookup.run([.integer(feedID), .text(entryID)]) { row in
                    existing = (row.int(0) ?? 0, row.string(1) ?? "")
                }
                let link = SQLiteValue(article.link)
                let published = SQLiteValue(article.date)
                if let (rowID, oldHash) = existing {
                    if oldHash == hash {
                        try touch.run([.integer(rowID), SQLiteValue(time)])
                        summary.unchanged += 1
                    } else {
                        try update.run([.integer(rowID), link, published, SQLiteValue(time), .text(hash), .blob(data)])
                        summary.updated += 1
                    }
                } else {
                    try insert.run([
                        .integer(feedID), .text(entryID), link, published, SQLiteValue(time), .text(hash), .blob(data),
                    ])
                    summary.inserted += 1
                }
            }
            try saveFeed.run([
                .integer(feedID), SQLiteValue(feed.title), SQLiteValue(feed.link), SQLiteValue(etag),
                SQLiteValue(lastModified), SQLiteValue(contentHash), .integer(Int64(status)), SQLiteValue(time),
            ])
            return summary
        }
    }

    // MARK: Reading articles

    /// Articles whose date is at or after `since` (all when nil), newest first.
    public func articles(since: Date? = nil) throws(StoreError) -> [SourcedArticle] {
        var result: [SourcedArticle] = []
        var failure: StoreError?
        try connection.prepare(
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
                        storeID: row.int(0) ?? 0, feedURL: row.string(2) ?? "",
                        feedTitle: row.string(3), feedSiteURL: row.string(4), feedTags: FeedStore.tags(row.string(5)),
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

    private func encode(_ article: Article) throws(StoreError) -> Data {
        do {
            return try encoder.encode(article)
        } catch {
            throw StoreError(.sqlite, path: path, "cannot encode an article: \(error)")
        }
    }

    private static func tags(_ text: String?) -> [String] {
        (text ?? "").split(separator: " ").map(String.init)
    }
}

extension FeedStore {
    /// Runs raw SQL, for tests that need to put the database in a particular state (as if an
    /// older or newer feedmerge had written it). Not part of the supported API.
    @_spi(Testing) public func execute(_ sql: String) throws(StoreError) {
        try connection.execute(sql)
    }
}
