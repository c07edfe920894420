public import FeedModel
public import Foundation

extension FeedStore {
    // MARK: Subscriptions

    /// Makes the store's feeds match the OPML: new feeds are added, changed titles and tags
    /// updated, and feeds no longer listed marked unsubscribed (their articles stay until they
    /// age out). A feed listed under the URL it moved to keeps its row and history.
    ///
    /// Only rows that change are written: this runs at every cron run, and marking every feed
    /// unsubscribed and then subscribed again rewrote the whole table each time (its pages to
    /// the WAL, and a statement journal of them: 0.9 MB a run for 1,000 feeds).
    public func syncSubscriptions(_ subscriptions: [Subscription]) throws(StoreError) {
        let bySubscribedURL = try connection.cached("SELECT id FROM feeds WHERE subscribed_url = ?1")
        let byURL = try connection.cached("SELECT id FROM feeds WHERE url = ?1")
        let update = try connection.cached(
            """
            UPDATE feeds SET subscribed_url = ?2, title = ?3, site_url = coalesce(?4, site_url), tags = ?5,
                priority = ?6, subscribed = 1
            WHERE id = ?1 AND (subscribed_url IS NOT ?2 OR title IS NOT ?3 OR (?4 IS NOT NULL AND site_url IS NOT ?4)
                OR tags IS NOT ?5 OR priority IS NOT ?6 OR subscribed IS NOT 1)
            """)
        let insert = try connection.cached(
            """
            INSERT INTO feeds (url, subscribed_url, title, site_url, tags, priority, subscribed)
            VALUES (?1, ?1, ?2, ?3, ?4, ?5, 1)
            """)
        let subscribed = try connection.cached("SELECT id FROM feeds WHERE subscribed = 1")
        let unsubscribe = try connection.cached("UPDATE feeds SET subscribed = 0 WHERE id = ?1")
        try connection.transaction { () throws(StoreError) in
            var listed: Set<Int64> = []
            for subscription in subscriptions {
                var id: Int64?
                try bySubscribedURL.run([.text(subscription.url)]) { row in id = row.int(0) }
                if id == nil { try byURL.run([.text(subscription.url)]) { row in id = row.int(0) } }
                let tags = SQLiteValue.text(subscription.tags.joined(separator: " "))
                if let id {
                    listed.insert(id)
                    try update.run([
                        .integer(id), .text(subscription.url), SQLiteValue(subscription.title),
                        SQLiteValue(subscription.siteURL), tags, .integer(Int64(subscription.priority)),
                    ])
                } else {
                    try insert.run([
                        .text(subscription.url), SQLiteValue(subscription.title), SQLiteValue(subscription.siteURL),
                        tags,
                        .integer(Int64(subscription.priority)),
                    ])
                    listed.insert(connection.lastInsertRowID)
                }
            }
            var dropped: [Int64] = []
            try subscribed.run([]) { row in
                if let id = row.int(0), !listed.contains(id) { dropped.append(id) }
            }
            for id in dropped { try unsubscribe.run([.integer(id)]) }
        }
    }

    /// Every feed the store knows, subscribed first, in URL order. Counting each feed's articles
    /// (and finding its newest) reads the whole article index: ask for it only where it is shown.
    public func feeds(countingArticles: Bool = true) throws(StoreError) -> [FeedRecord] {
        var records: [FeedRecord] = []
        let articles =
            countingArticles
            ? """
            LEFT JOIN (SELECT feed_id, count(*) AS n, max(coalesce(published, first_seen)) AS newest,
                              max(first_seen) AS latest
                       FROM articles GROUP BY feed_id) a ON a.feed_id = f.id
            """ : "LEFT JOIN (SELECT 0 AS n, NULL AS newest, NULL AS latest) a"
        try connection.cached(
            """
            SELECT f.id, f.url, f.subscribed_url, coalesce(f.title, f.feed_title), f.site_url, f.tags, f.priority,
                   f.etag, f.last_modified, f.content_hash, f.last_status, f.last_error, f.last_fetched,
                   f.last_success, f.consecutive_failures, f.next_due, f.dead, f.subscribed,
                   coalesce(a.n, 0),
                   f.moved_from, f.moved_at, f.update_interval, f.dead_since, f.fetch_count, f.failure_count,
                   f.bytes_total, f.whole_at, a.newest, a.latest, f.feed_title
            FROM feeds f \(articles) ORDER BY f.subscribed DESC, f.subscribed_url
            """
        ).run { row in
            func date(_ column: Int32) -> Date? { row.double(column).map(Date.init(timeIntervalSince1970:)) }
            records.append(
                FeedRecord(
                    id: row.int(0) ?? 0, url: row.string(1) ?? "", subscribedURL: row.string(2) ?? "",
                    title: row.string(3), siteURL: row.string(4), tags: FeedStore.tags(row.string(5)),
                    priority: Int(row.int(6) ?? 0), etag: row.string(7), lastModified: row.string(8),
                    contentHash: row.string(9), lastStatus: row.int(10).map(Int.init), lastError: row.string(11),
                    lastFetched: date(12), lastSuccess: date(13), consecutiveFailures: Int(row.int(14) ?? 0),
                    nextDue: date(15), isDead: row.int(16) == 1, isSubscribed: row.int(17) == 1,
                    articleCount: Int(row.int(18) ?? 0), movedFrom: row.string(19), movedAt: date(20),
                    updateInterval: row.double(21), deadSince: date(22), fetchCount: Int(row.int(23) ?? 0),
                    failureCount: Int(row.int(24) ?? 0), bytesTotal: row.int(25) ?? 0,
                    lastWholeFetch: date(26), newestArticle: date(27), lastNewArticle: date(28),
                    feedTitle: row.string(29)))
        }
        return records
    }

    // MARK: Fetch results

    /// Records a failed fetch and when to try again.
    public func recordFailure(
        feedID: Int64, status: Int?, message: String, at time: Date, nextDue: Date?, bytes: Int = 0
    ) throws(StoreError) {
        try connection.cached(
            """
            UPDATE feeds SET last_status = ?2, last_error = ?3, last_fetched = ?4, next_due = ?5,
                consecutive_failures = consecutive_failures + 1, failure_count = failure_count + 1,
                fetch_count = fetch_count + 1, bytes_total = bytes_total + ?6
            WHERE id = ?1
            """
        ).run([
            .integer(feedID), SQLiteValue(status), .text(message), SQLiteValue(time), SQLiteValue(nextDue),
            .integer(Int64(bytes)),
        ])
    }

    /// Puts off a feed until `nextDue` at least (its server asked to be asked less often): only
    /// when it is due changes, not its status or its failures.
    public func postpone(feedID: Int64, until nextDue: Date) throws(StoreError) {
        try connection.cached(
            "UPDATE feeds SET next_due = ?2 WHERE id = ?1 AND (next_due IS NULL OR next_due < ?2)"
        ).run([.integer(feedID), SQLiteValue(nextDue)])
    }

    /// Marks a feed dead (it answered 410 Gone): it is not fetched again until revived.
    public func markDead(feedID: Int64, status: Int, message: String, at time: Date) throws(StoreError) {
        try connection.cached(
            """
            UPDATE feeds SET dead = 1, dead_since = ?3, last_status = ?2, last_error = ?4, last_fetched = ?3,
                consecutive_failures = consecutive_failures + 1, failure_count = failure_count + 1,
                fetch_count = fetch_count + 1
            WHERE id = ?1
            """
        ).run([.integer(feedID), .integer(Int64(status)), SQLiteValue(time), .text(message)])
    }

    /// Brings dead feeds back (all of them when `urls` is empty); returns how many.
    @discardableResult
    public func revive(urls: [String]) throws(StoreError) -> Int {
        if urls.isEmpty {
            try connection.execute("UPDATE feeds SET dead = 0, dead_since = NULL, next_due = NULL WHERE dead = 1")
            return connection.changes
        }
        var count = 0
        let statement = try connection.cached(
            "UPDATE feeds SET dead = 0, dead_since = NULL, next_due = NULL WHERE dead = 1 AND (url = ?1 OR subscribed_url = ?1)"
        )
        for url in urls {
            try statement.run([.text(url)])
            count += connection.changes
        }
        return count
    }

    /// When the feeds were last read by another program than `program` (an upgrade, a new
    /// build), forgets what makes their fetches conditional (each feed's ETag, Last-Modified and
    /// body hash), so that each is fetched whole and read again once: what the new version reads
    /// differently (a date, a name, a summary it now reads right) reaches the articles it still
    /// carries, not only the ones it sends next. Returns how many feeds it did this for.
    public func forgetValidators(unlessReadBy program: String) throws(StoreError) -> Int {
        let key = "read_by"
        guard try meta(key) != program else { return 0 }
        return try connection.transaction { () throws(StoreError) -> Int in
            try connection.execute(
                """
                UPDATE feeds SET etag = NULL, last_modified = NULL, content_hash = NULL
                WHERE etag IS NOT NULL OR last_modified IS NOT NULL OR content_hash IS NOT NULL
                """)
            let forgotten = connection.changes
            try setMeta(key, program)
            return forgotten
        }
    }

    /// Records a fetch that brought nothing new (a 304, or an unchanged body). The articles the
    /// feed still carries count as seen now, so that retention counts from now: the feed's
    /// `content_seen_at` says so for all of them, and no article is written. An answer with a
    /// body (the same body again, not a 304) also says when the feed last sent it whole.
    /// `movedTo` is where a permanent redirect led: the answer there matched what the store holds,
    /// so the feed is moved there (as `saveFetch` does) unless another subscription has that
    /// address. Returns whether it moved.
    @discardableResult
    public func recordUnchanged(
        feedID: Int64, status: Int, at time: Date, nextDue: Date?, etag: String? = nil, lastModified: String? = nil,
        bytes: Int = 0, movedTo: String? = nil
    ) throws(StoreError) -> Bool {
        try connection.transaction { () throws(StoreError) -> Bool in
            try connection.cached(
                """
                UPDATE feeds SET last_status = ?2, last_error = NULL, last_fetched = ?3, last_success = ?3,
                    content_seen_at = ?3, consecutive_failures = 0, next_due = ?4, etag = coalesce(?5, etag),
                    last_modified = coalesce(?6, last_modified), fetch_count = fetch_count + 1,
                    bytes_total = bytes_total + ?7, whole_at = CASE WHEN ?2 = 304 THEN whole_at ELSE ?3 END
                WHERE id = ?1
                """
            ).run([
                .integer(feedID), .integer(Int64(status)), SQLiteValue(time), SQLiteValue(nextDue), SQLiteValue(etag),
                SQLiteValue(lastModified), .integer(Int64(bytes)),
            ])
            guard let movedTo else { return false }
            return try move(feedID: feedID, to: movedTo, at: time)
        }
    }

    /// Moves a feed to the address a permanent redirect gave, unless another subscription
    /// fetches that address already (http and https, a site that merged its feeds): that one
    /// keeps its own URL and follows the redirect. Returns whether it moved.
    func move(feedID: Int64, to url: String, at time: Date) throws(StoreError) -> Bool {
        try connection.cached(
            """
            UPDATE feeds SET moved_from = url, moved_at = ?3, url = ?2
            WHERE id = ?1 AND url <> ?2 AND NOT EXISTS (SELECT 1 FROM feeds WHERE url = ?2)
            """
        ).run([.integer(feedID), .text(url), SQLiteValue(time)])
        return connection.changes > 0
    }
}
