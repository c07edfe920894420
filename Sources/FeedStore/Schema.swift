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
        """
    ]

    static var currentVersion: Int { migrations.count }
}
