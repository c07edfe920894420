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
        // 4: near-duplicate dedup. Each article keeps its fingerprint, its canonical link and
        // permalink keys, and the evidence of its match; `clustered_by` is NULL until dedup has
        // looked at it under the current method (a method change sets it NULL for all, so that
        // finding the articles to look at is an index lookup, however large the store). Per-feed
        // counts of paragraph shapes are what boilerplate is learned from.
        """
        ALTER TABLE articles ADD COLUMN fingerprint BLOB;
        ALTER TABLE articles ADD COLUMN link_key TEXT;
        ALTER TABLE articles ADD COLUMN guid_key TEXT;
        ALTER TABLE articles ADD COLUMN match TEXT;
        ALTER TABLE articles ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN clustered_by TEXT;
        CREATE INDEX articles_by_link_key ON articles (link_key) WHERE link_key IS NOT NULL;
        CREATE INDEX articles_by_guid_key ON articles (guid_key) WHERE guid_key IS NOT NULL;
        CREATE INDEX articles_to_cluster ON articles (id) WHERE clustered_by IS NULL;
        DROP INDEX articles_to_index;
        UPDATE articles SET indexed_by = NULL;
        CREATE INDEX articles_to_tag ON articles (id) WHERE indexed_by IS NULL;
        ALTER TABLE feeds ADD COLUMN shaped_articles INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE paragraph_shapes (
            feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
            shape INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (feed_id, shape)
        ) WITHOUT ROWID;
        """,
        // 5: tags in a table of their own. SQLite writes a row whole, and an article row holds its
        // text: re-tagging a store after the topics changed rewrote every row twice (marking it
        // untagged, then tagging it), gigabytes for a large store. `articles.topics` is no longer
        // read; tags recorded under the current topics are carried over, and the others are
        // re-tagged (their articles' `indexed_by` is NULL).
        """
        CREATE TABLE article_tags (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            topics TEXT NOT NULL
        );
        INSERT INTO article_tags (article_id, topics)
            SELECT id, topics FROM articles WHERE indexed_by IS NOT NULL AND topics <> '';
        """,
        // 6: an article updated in place lost its `language` column (what `lang:` filters read;
        // the text kept it). Only updated rows can have lost it, and only they are read back.
        """
        UPDATE articles SET language = json_extract(CAST(data AS TEXT), '$.language')
            WHERE last_updated > first_seen AND language IS NULL
            AND json_extract(CAST(data AS TEXT), '$.language') IS NOT NULL;
        """,
        // 7: when each article was last seen in its feed, in a table of its own. Every fetch marks
        // the articles its feed still carries (a 304 too), and marking them in the article rows
        // rewrote each row whole with its text: a cron run every few minutes rewrote every
        // article of every feed it heard from. `articles.last_seen` keeps the time the row was
        // first written and is no longer read. (Not a trigger on insert: a statement with a trigger
        // keeps a statement journal, which spilled hundreds of megabytes to temporary files in a
        // first fetch of 1,000 feeds.)
        """
        CREATE TABLE article_seen (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            feed_id INTEGER NOT NULL,
            last_seen REAL NOT NULL
        );
        INSERT INTO article_seen (article_id, feed_id, last_seen) SELECT id, feed_id, last_seen FROM articles;
        CREATE INDEX article_seen_by_time ON article_seen (last_seen);
        CREATE INDEX article_seen_by_feed ON article_seen (feed_id, last_seen);
        DROP INDEX articles_by_last_seen;
        DROP INDEX articles_by_feed_seen;
        """,
        // 8: a fetch that brings nothing new (a 304) writes the feed's row only. The articles of
        // the feed's current content are those whose mark is the time that content was saved
        // (`content_saved_at`); they count as seen when the feed last confirmed it
        // (`content_seen_at`). Marking each of them at every 304 wrote some 6 pages a feed.
        """
        ALTER TABLE feeds ADD COLUMN content_saved_at REAL;
        UPDATE feeds SET content_saved_at = content_seen_at;
        """,
        // 9: the articles tagging has yet to look at (new or changed since) are listed in a table
        // of their own. Marking each one tagged in its row (`indexed_by`) rewrote the row whole
        // with its text: nearly half of what a first build wrote. `indexed_by` is no longer read.
        """
        CREATE TABLE article_untagged (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE
        );
        INSERT INTO article_untagged (article_id) SELECT id FROM articles WHERE indexed_by IS NULL;
        DROP INDEX articles_to_tag;
        """,
        // 10: a feed read from a local file resolved its relative links against the file
        // (`/2025/04/story` became `file:///2025/04/story`); they now resolve against where the
        // feed says it is published. Such feeds are read again at their next fetch, even when the
        // file is unchanged, so that their stored articles get the links they should have.
        """
        UPDATE feeds SET content_hash = NULL, etag = NULL, last_modified = NULL WHERE url LIKE 'file:%';
        """,
        // 11: no article is dated after the version of it that was stored (a feed's future date
        // kept its article at the top of every output until that day), nor at the Unix epoch or
        // before (Go's zero time, `0001-01-01`, kept new articles out of every `since` output):
        // they are dated when they were stored. The stored text keeps the feed's own dates.
        """
        UPDATE articles SET published = last_updated WHERE published > last_updated;
        UPDATE articles SET published = NULL WHERE published <= 86400;
        """,
        // 12: the site an aggregator's item names as its source (`ArticleSource.site`), apart
        // from the text: `min_sources` counts the outlets a story ran in, and Google News' copy
        // of a Reuters report ran in Reuters, not in a second outlet. The few articles with one
        // are indexed by story. The revision moves on, so that the next build writes outputs
        // whose `min_sources` now counts differently.
        """
        ALTER TABLE articles ADD COLUMN origin_site TEXT;
        UPDATE articles SET origin_site = (
            SELECT (CASE
                WHEN lower(substr(link, 1, 7)) = 'http://' OR lower(substr(link, 1, 8)) = 'https://' THEN link
                WHEN lower(substr(url, 1, 7)) = 'http://' OR lower(substr(url, 1, 8)) = 'https://' THEN url
            END)
            FROM (SELECT json_extract(CAST(data AS TEXT), '$.source.link') AS link,
                         json_extract(CAST(data AS TEXT), '$.source.url') AS url))
        WHERE instr(CAST(data AS TEXT), '"source"') > 0;
        CREATE INDEX articles_with_origin ON articles (story) WHERE origin_site IS NOT NULL;
        UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision';
        """,
        // 13: when each feed last sent its whole body (an answer that was not a 304): a server
        // that answers 304 to every conditional request (an ETag that never changes, a cache
        // that keeps one answer) would hide the feed's new items for good, so a feed answered
        // conditionally for a day is asked once without its validators (`ConditionalRequest`).
        // Until a feed's next whole answer, the last content it saved stands for it.
        """
        ALTER TABLE feeds ADD COLUMN whole_at REAL;
        UPDATE feeds SET whole_at = content_saved_at;
        """,
        // 14: where dedup placed each article (its story, fingerprint, keys and evidence), in a
        // table of its own. Placing an article rewrote its row whole, text and all, and a changed
        // row's old pages went to a statement journal too: a first build of 18,747 articles wrote
        // 370 MB for a store of 128 MB. Every article has a row here (a new one gets it with
        // `clustered_by` NULL: dedup's list of what to place). The old columns of `articles` are
        // no longer written or read; they are left as they are rather than cleared, which would
        // rewrite every row of the store once more.
        """
        CREATE TABLE article_placement (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story TEXT,
            fingerprint BLOB,
            link_key TEXT,
            guid_key TEXT,
            match TEXT,
            text_length INTEGER NOT NULL DEFAULT 0,
            clustered_by TEXT
        );
        INSERT INTO article_placement (article_id, story, fingerprint, link_key, guid_key, match, text_length,
            clustered_by)
            SELECT id, story, fingerprint, link_key, guid_key, match, text_length, clustered_by FROM articles;
        CREATE INDEX placement_by_story ON article_placement (story);
        CREATE INDEX placement_by_link_key ON article_placement (link_key) WHERE link_key IS NOT NULL;
        CREATE INDEX placement_by_guid_key ON article_placement (guid_key) WHERE guid_key IS NOT NULL;
        CREATE INDEX placement_to_do ON article_placement (article_id) WHERE clustered_by IS NULL;
        CREATE INDEX articles_with_origin_site ON articles (id) WHERE origin_site IS NOT NULL;
        DROP INDEX articles_by_story;
        DROP INDEX articles_by_link_key;
        DROP INDEX articles_by_guid_key;
        DROP INDEX articles_to_cluster;
        DROP INDEX articles_with_origin;
        """,
        // 15: the articles a feed still carries have no seen mark (NULL): they count as seen when
        // the feed last confirmed its content (`content_seen_at`), and an article gets a mark
        // when it leaves. Marking every carried article anew at each change of its feed moved its
        // mark in two indexes: most of what a run in which feeds change wrote. (A table of its
        // own again, since the column was NOT NULL.)
        """
        CREATE TABLE article_seen_marks (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            feed_id INTEGER NOT NULL,
            last_seen REAL
        );
        INSERT INTO article_seen_marks (article_id, feed_id, last_seen)
            SELECT s.article_id, s.feed_id, CASE WHEN s.last_seen = f.content_saved_at THEN NULL ELSE s.last_seen END
            FROM article_seen s LEFT JOIN feeds f ON f.id = s.feed_id;
        DROP TABLE article_seen;
        ALTER TABLE article_seen_marks RENAME TO article_seen;
        CREATE INDEX article_seen_by_time ON article_seen (last_seen);
        CREATE INDEX article_seen_by_feed ON article_seen (feed_id, last_seen);
        """,
    ]

    static var currentVersion: Int { migrations.count }
}
