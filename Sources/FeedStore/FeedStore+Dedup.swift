public import FeedModel
public import Foundation

/// An article dedup has already placed: what a new article may join.
public struct ClusteredArticle: Sendable {
    public var storeID: Int64
    public var feedID: Int64
    public var story: String
    /// The stored fingerprint (see `Dedup.ArticleFingerprint`).
    public var fingerprint: Data
    public var linkKey: String?
    public var guidKey: String?
    /// The site an aggregator's item names as where it came from (`ArticleSource.site`).
    public var originSite: String?
}

/// What dedup concluded for one article.
public struct ClusterRecord: Sendable {
    public var storeID: Int64
    public var story: String
    public var fingerprint: Data
    public var linkKey: String?
    public var guidKey: String?
    /// The evidence of the match, as JSON.
    public var match: String
    /// How many words the cleaned text has.
    public var textLength: Int

    public init(
        storeID: Int64, story: String, fingerprint: Data, linkKey: String?, guidKey: String?, match: String,
        textLength: Int
    ) {
        self.storeID = storeID
        self.story = story
        self.fingerprint = fingerprint
        self.linkKey = linkKey
        self.guidKey = guidKey
        self.match = match
        self.textLength = textLength
    }
}

/// One member of a story as `feedmerge clusters` and `explain` show it.
public struct StoryMember: Sendable {
    public var article: SourcedArticle
    public var story: String
    /// The evidence of its match, as JSON (nil until dedup has looked at it).
    public var match: String?
}

extension FeedStore {
    /// The articles dedup has not placed under `version` (new, changed, or placed by an older
    /// method), oldest first, as store ids: found through the index of unplaced articles, so the
    /// cost follows how many there are, not the size of the store. Articles of one date come
    /// in the order they were first seen, and those of one fetch (the undated ones of a fetch
    /// all) in the order their feeds were subscribed (the list's order, for feeds listed
    /// together), not in the order their feeds' answers happened to arrive: which of two copies
    /// founds the story does not depend on which server answered first.
    public func articlesToCluster(version: String) throws(StoreError) -> [Int64] {
        try resetIfVersionChanged("dedup_version", to: version, table: "article_placement", column: "clustered_by")
        var ids: [Int64] = []
        try connection.cached(
            """
            SELECT a.id FROM article_placement p INDEXED BY placement_to_do JOIN articles a ON a.id = p.article_id
            WHERE p.clustered_by IS NULL
            ORDER BY coalesce(a.published, a.first_seen), a.first_seen, a.feed_id, a.id
            """
        ).run { row in
            ids.append(row.int(0) ?? 0)
        }
        return ids
    }

    /// The articles with the given ids, in that order, with whether their paragraph shapes are
    /// already counted.
    public func articlesToCluster(ids: [Int64]) throws(StoreError) -> [(article: SourcedArticle, shapesCounted: Bool)] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let found = try readArticles(FeedStore.articleColumns + " WHERE a.id IN (\(marks))", ids.map { .integer($0) })
        var byID: [Int64: SourcedArticle] = [:]
        for article in found { byID[article.storeID] = article }
        var counted = Set<Int64>()
        try connection.prepare(
            "SELECT article_id FROM article_placement WHERE article_id IN (\(marks)) AND fingerprint IS NOT NULL"
        ).run(
            ids.map { .integer($0) }
        ) { row in
            counted.insert(row.int(0) ?? 0)
        }
        return ids.compactMap { id in byID[id].map { ($0, counted.contains(id)) } }
    }

    /// The story each of `ids` founds again when placed again (after an upgrade, or an edit),
    /// under its old key, so that the story's id outlives a new matching method or a new
    /// canonical form of its founder's link and readers do not get it again as new: the story
    /// the article founded when dedup last placed it; or, when that story's founder is gone
    /// (pruned while its copies stay), the story of which it is the earliest article left. One
    /// article of a story at most: a key in use joins the articles that ask for it.
    public func storiesToFoundAgain(ids: [Int64]) throws(StoreError) -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var result: [Int64: String] = [:]
        try connection.prepare(
            """
            SELECT p.article_id, p.story FROM article_placement p
            WHERE p.article_id IN (\(marks)) AND p.story IS NOT NULL
              AND (
                (json_valid(p.match) AND json_extract(p.match, '$.reason') = 'founder')
                OR (
                  NOT EXISTS (
                    SELECT 1 FROM article_placement f WHERE f.story = p.story
                      AND json_valid(f.match) AND json_extract(f.match, '$.reason') = 'founder')
                  AND p.article_id = (
                    SELECT m.id FROM article_placement s JOIN articles m ON m.id = s.article_id
                    WHERE s.story = p.story
                    ORDER BY coalesce(m.published, m.first_seen), m.first_seen, m.feed_id, m.id LIMIT 1)))
            """
        ).run(ids.map { .integer($0) }) { row in
            if let id = row.int(0), let story = row.string(1) { result[id] = story }
        }
        return result
    }

    /// Articles dedup has placed whose date lies in `range`: the ones a new article in that
    /// range can be compared with.
    public func clusteredArticles(in range: ClosedRange<Date>) throws(StoreError) -> [ClusteredArticle] {
        var result: [ClusteredArticle] = []
        try connection.cached(
            """
            SELECT a.id, p.story, p.fingerprint, p.link_key, p.guid_key, a.feed_id, a.origin_site
            FROM articles a JOIN article_placement p ON p.article_id = a.id
            WHERE coalesce(a.published, a.first_seen) BETWEEN ?1 AND ?2
              AND p.clustered_by IS NOT NULL AND p.fingerprint IS NOT NULL AND p.story IS NOT NULL
            """
        ).run([SQLiteValue(range.lowerBound), SQLiteValue(range.upperBound)]) { row in
            result.append(
                ClusteredArticle(
                    storeID: row.int(0) ?? 0, feedID: row.int(5) ?? 0, story: row.string(1) ?? "",
                    fingerprint: row.data(2) ?? Data(),
                    linkKey: row.string(3), guidKey: row.string(4), originSite: row.string(6)))
        }
        return result
    }

    /// The date of the latest placed article whose date lies in `range` (nil when none does):
    /// found from the top of the date index down, without reading the range.
    public func latestClusteredDate(in range: ClosedRange<Date>) throws(StoreError) -> Date? {
        var latest: Date?
        try connection.cached(
            """
            SELECT coalesce(a.published, a.first_seen) FROM articles a JOIN article_placement p ON p.article_id = a.id
            WHERE coalesce(a.published, a.first_seen) BETWEEN ?1 AND ?2
              AND p.clustered_by IS NOT NULL AND p.fingerprint IS NOT NULL AND p.story IS NOT NULL
            ORDER BY coalesce(a.published, a.first_seen) DESC LIMIT 1
            """
        ).run([SQLiteValue(range.lowerBound), SQLiteValue(range.upperBound)]) { row in
            latest = row.double(0).map(Date.init(timeIntervalSince1970:))
        }
        return latest
    }

    /// The story (and one article of it) of placed articles whose link or permalink key is one
    /// of `keys`, by key.
    public func stories(withKeys keys: [String]) throws(StoreError) -> [String: (story: String, article: Int64)] {
        var result: [String: (story: String, article: Int64)] = [:]
        let lookups = [
            "SELECT story, article_id FROM article_placement WHERE link_key = ?1 AND clustered_by IS NOT NULL LIMIT 1",
            "SELECT story, article_id FROM article_placement WHERE guid_key = ?1 AND clustered_by IS NOT NULL LIMIT 1",
        ]
        for sql in lookups {
            let statement = try connection.cached(sql)
            for key in Set(keys) where result[key] == nil {
                try statement.run([.text(key)]) { row in
                    if let story = row.string(0) { result[key] = (story, row.int(1) ?? 0) }
                }
            }
        }
        return result
    }

    /// For each of `keys`, the feed and title of each placed article whose link has that
    /// canonical form: a link one feed gives entries of different titles is none of theirs.
    public func titles(withLinkKeys keys: [String]) throws(StoreError) -> [String: [(feed: Int64, title: String?)]] {
        var result: [String: [(feed: Int64, title: String?)]] = [:]
        let statement = try connection.cached(
            """
            SELECT a.feed_id, json_extract(CAST(a.data AS TEXT), '$.title')
            FROM article_placement p JOIN articles a ON a.id = p.article_id WHERE p.link_key = ?1
            """)
        for key in Set(keys) {
            try statement.run([.text(key)]) { row in
                result[key, default: []].append((row.int(0) ?? 0, row.string(1)))
            }
        }
        return result
    }

    /// Counts the paragraph shapes of articles seen for the first time (`shapes`, one entry
    /// per article) towards their feed's boilerplate.
    public func countShapes(_ shapes: [(feedID: Int64, shapes: [UInt64])]) throws(StoreError) {
        guard !shapes.isEmpty else { return }
        let count = try connection.cached(
            """
            INSERT INTO paragraph_shapes (feed_id, shape, articles) VALUES (?1, ?2, 1)
            ON CONFLICT (feed_id, shape) DO UPDATE SET articles = articles + 1
            """)
        let countArticle = try connection.cached(
            "UPDATE feeds SET shaped_articles = shaped_articles + 1 WHERE id = ?1")
        try connection.transaction { () throws(StoreError) in
            for entry in shapes {
                try countArticle.run([.integer(entry.feedID)])
                for shape in entry.shapes {
                    try count.run([.integer(entry.feedID), .integer(Int64(bitPattern: shape))])
                }
            }
            try trimShapes(feedIDs: Set(shapes.map(\.feedID)))
        }
    }

    /// Records what dedup concluded for each article.
    public func setClusters(_ records: [ClusterRecord], version: String) throws(StoreError) {
        let update = try connection.cached(
            """
            INSERT INTO article_placement (article_id, story, fingerprint, link_key, guid_key, match, text_length,
                clustered_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT (article_id) DO UPDATE SET story = ?2, fingerprint = ?3, link_key = ?4, guid_key = ?5,
                match = ?6, text_length = ?7, clustered_by = ?8
            """)
        try connection.transaction { () throws(StoreError) in
            for record in records {
                try update.run([
                    .integer(record.storeID), .text(record.story), .blob(record.fingerprint),
                    SQLiteValue(record.linkKey),
                    SQLiteValue(record.guidKey), .text(record.match), .integer(Int64(record.textLength)),
                    .text(version),
                ])
            }
        }
    }

    /// Each feed keeps at most this many shape counts: the rarest go first, and boilerplate,
    /// which recurs, is never among them.
    static let shapesPerFeed = 3000

    private func trimShapes(feedIDs: Set<Int64>) throws(StoreError) {
        let size = try connection.cached("SELECT count(*) FROM paragraph_shapes WHERE feed_id = ?1")
        let trim = try connection.cached(
            """
            DELETE FROM paragraph_shapes WHERE feed_id = ?1 AND shape IN (
                SELECT shape FROM paragraph_shapes WHERE feed_id = ?1 ORDER BY articles, shape LIMIT ?2)
            """)
        for feedID in feedIDs {
            var rows = 0
            try size.run([.integer(feedID)]) { row in rows = Int(row.int(0) ?? 0) }
            if rows > FeedStore.shapesPerFeed {
                try trim.run([.integer(feedID), .integer(Int64(rows - FeedStore.shapesPerFeed / 2))])
            }
        }
    }

    /// For each feed: how many articles were counted, and the shapes at least `minimumCount`
    /// of them have.
    public func paragraphShapes(feedIDs: some Sequence<Int64>, minimumCount: Int) throws(StoreError) -> [Int64: (
        counts: [UInt64: Int], articles: Int
    )] {
        var result: [Int64: (counts: [UInt64: Int], articles: Int)] = [:]
        let articles = try connection.cached("SELECT shaped_articles FROM feeds WHERE id = ?1")
        let shapes = try connection.cached(
            "SELECT shape, articles FROM paragraph_shapes WHERE feed_id = ?1 AND articles >= ?2")
        for feedID in Set(feedIDs) {
            var entry: (counts: [UInt64: Int], articles: Int) = ([:], 0)
            try articles.run([.integer(feedID)]) { row in entry.articles = Int(row.int(0) ?? 0) }
            try shapes.run([.integer(feedID), .integer(Int64(minimumCount))]) { row in
                entry.counts[UInt64(bitPattern: row.int(0) ?? 0)] = Int(row.int(1) ?? 0)
            }
            result[feedID] = entry
        }
        return result
    }

    // MARK: Reading stories

    /// The members of every story that has a member dated at or after `since` and at least
    /// `minimumMembers` members, by story.
    public func storyMembers(since: Date, minimumMembers: Int) throws(StoreError) -> [String: [StoryMember]] {
        var keys: [String] = []
        try connection.cached(
            """
            SELECT p.story FROM article_placement p JOIN articles a ON a.id = p.article_id
            WHERE p.story IS NOT NULL GROUP BY p.story
            HAVING count(*) >= ?2 AND max(coalesce(a.published, a.first_seen)) >= ?1
            """
        ).run([SQLiteValue(since), .integer(Int64(minimumMembers))]) { row in
            if let key = row.string(0) { keys.append(key) }
        }
        return try members(ofStories: keys)
    }

    /// Every member of the given stories, by story.
    public func members(ofStories keys: [String]) throws(StoreError) -> [String: [StoryMember]] {
        var result: [String: [StoryMember]] = [:]
        var start = 0
        while start < keys.count {
            let batch = Array(keys[start..<min(start + 500, keys.count)])
            let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
            var extra: [Int64: (String, String?)] = [:]
            try connection.cached("SELECT article_id, story, match FROM article_placement WHERE story IN (\(marks))")
                .run(
                    batch.map { .text($0) }
                ) { row in
                    extra[row.int(0) ?? 0] = (row.string(1) ?? "", row.string(2))
                }
            for article in try readArticles(
                FeedStore.articleColumns
                    + " WHERE a.id IN (SELECT article_id FROM article_placement WHERE story IN (\(marks)))",
                batch.map { .text($0) })
            {
                guard let (story, match) = extra[article.storeID] else { continue }
                result[story, default: []].append(StoryMember(article: article, story: story, match: match))
            }
            start += batch.count
        }
        return result
    }

    /// Articles whose link is `link` or whose canonical link key is `key`, with their story;
    /// with `prefix`, also those whose link begins with it, at most 1,000 of them (a range of the
    /// link index: how a link as the outputs publish it is found again).
    public func articles(link: String, key: String?, startingWith prefix: String? = nil) throws(StoreError)
        -> [StoryMember]
    {
        var ids: [Int64: (String?, String?)] = [:]
        let byLink = try connection.cached(
            """
            SELECT a.id, p.story, p.match FROM articles a LEFT JOIN article_placement p ON p.article_id = a.id
            WHERE a.link = ?1
            """)
        try byLink.run([.text(link)]) { row in ids[row.int(0) ?? 0] = (row.string(1), row.string(2)) }
        if let key {
            try connection.cached(
                "SELECT article_id, story, match FROM article_placement WHERE link_key = ?1 OR guid_key = ?1"
            ).run([.text(key)]) { row in ids[row.int(0) ?? 0] = (row.string(1), row.string(2)) }
        }
        if let prefix, !prefix.isEmpty {
            // U+10FFFF sorts after every character a link can go on with (text compares as bytes).
            try connection.cached(
                """
                SELECT a.id, p.story, p.match FROM articles a LEFT JOIN article_placement p ON p.article_id = a.id
                WHERE a.link >= ?1 AND a.link < ?2 LIMIT 1000
                """
            )
            .run(
                [.text(prefix), .text(prefix + "\u{10FFFF}")]
            ) { row in
                ids[row.int(0) ?? 0] = (row.string(1), row.string(2))
            }
        }
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try readArticles(FeedStore.articleColumns + " WHERE a.id IN (\(marks))", ids.keys.map { .integer($0) })
            .map { StoryMember(article: $0, story: ids[$0.storeID]?.0 ?? "", match: ids[$0.storeID]?.1) }
    }

    /// The articles with the given store ids (those that still exist), in no particular order.
    public func articles(ids: [Int64]) throws(StoreError) -> [SourcedArticle] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        return try readArticles(FeedStore.articleColumns + " WHERE a.id IN (\(marks))", ids.map { .integer($0) })
    }

    /// The stored fingerprint of an article.
    public func fingerprint(of storeID: Int64) throws(StoreError) -> Data? {
        var data: Data?
        try connection.cached("SELECT fingerprint FROM article_placement WHERE article_id = ?1").run([
            .integer(storeID)
        ]) { row in
            data = row.data(0)
        }
        return data
    }
}
