/// The store's schema as a list of migrations; the version table records how many have run.
enum Schema {
    /// Each entry upgrades the database by one version. Append only: never edit a shipped one.
    static let migrations: [String] = [
        // 1: feeds and articles.
        """
        CREATE TABLE feeds (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            subscribed_url TEXT NOT NULL UNIQUE,
            title TEXT,
            feed_title TEXT,
            site_url TEXT,
            tags TEXT NOT NULL DEFAULT '',
            priority INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            content_hash TEXT,
            last_status INTEGER,
            last_error TEXT,
            last_fetched REAL,
            last_success REAL,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            next_due REAL,
            dead INTEGER NOT NULL DEFAULT 0,
            subscribed INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            entry_id TEXT NOT NULL,
            link TEXT,
            published REAL,
            first_seen REAL NOT NULL,
            last_seen REAL NOT NULL,
            last_updated REAL NOT NULL,
            content_hash TEXT NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (feed_id, entry_id)
        );
        CREATE INDEX articles_by_date ON articles (coalesce(published, first_seen));
        CREATE INDEX articles_by_link ON articles (link);
        """,
        // 2: fetch scheduling and statistics, moved feeds, change tracking, retention.
        """
        ALTER TABLE feeds ADD COLUMN moved_from TEXT;
        ALTER TABLE feeds ADD COLUMN moved_at REAL;
        ALTER TABLE feeds ADD COLUMN update_interval REAL;
        ALTER TABLE feeds ADD COLUMN content_seen_at REAL;
        ALTER TABLE feeds ADD COLUMN fetch_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE feeds ADD COLUMN failure_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE feeds ADD COLUMN bytes_total INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE feeds ADD COLUMN dead_since REAL;
        UPDATE feeds SET content_seen_at = last_success;
        ALTER TABLE articles ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX articles_by_revision ON articles (revision);
        CREATE INDEX articles_by_last_seen ON articles (last_seen);
        CREATE INDEX articles_by_feed_seen ON articles (feed_id, last_seen);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta (key, value) VALUES ('revision', '0');
        """,
        // 3: what dedup and tagging concluded per article, so that only new or changed articles
        // are looked at again (`indexed_by` is NULL until then).
        """
        ALTER TABLE articles ADD COLUMN story TEXT;
        ALTER TABLE articles ADD COLUMN topics TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN language TEXT;
        ALTER TABLE articles ADD COLUMN indexed_by TEXT;
        CREATE INDEX articles_by_story ON articles (story);
        CREATE INDEX articles_to_index ON articles (indexed_by);
        """,
    ]

    static var currentVersion: Int { migrations.count }
}
