import FeedModel
import Foundation

/// The state feedmerge keeps between runs, in one SQLite file: feeds with their fetch state, and
/// their articles.
///
/// Every change that belongs together (one feed's fetch and its articles) lands in one
/// transaction, in WAL mode, so that a crash at any moment leaves the last consistent state.
/// Not thread-safe: one store per task.
public final class FeedStore {
    let connection: SQLiteConnection
    public var path: String { connection.path }
    lazy var encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }()
    lazy var decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }()

    /// Opens (creating or upgrading) the database at `path`.
    public convenience init(path: String) throws(StoreError) {
        try self.init(path: path, upTo: Schema.currentVersion)
    }

    /// Opens the database, migrating it no further than `version`: for tests that need a
    /// database as an older feedmerge left it. Not part of the supported API.
    @_spi(Testing) public init(path: String, upTo version: Int) throws(StoreError) {
        connection = try SQLiteConnection(path: path)
        // A 1 MB page cache: the store is read in index order and written one feed at a time,
        // and a cron job should stay small.
        try connection.execute(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -1024;"
        )
        try migrate(upTo: version)
    }

    /// The schema version of this build.
    public static var schemaVersion: Int { Schema.currentVersion }

    private func migrate(upTo target: Int) throws(StoreError) {
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
        for next in version..<max(version, min(target, Schema.currentVersion)) {
            let sql = Schema.migrations[next]
            try connection.transaction { () throws(StoreError) in
                try connection.execute(sql)
                try connection.prepare("INSERT INTO schema_version (version) VALUES (?)").run([
                    .integer(Int64(next + 1))
                ])
            }
        }
    }

    /// True when SQLite finds the file consistent (`PRAGMA integrity_check`).
    public func isConsistent() throws(StoreError) -> Bool {
        var result = ""
        try connection.prepare("PRAGMA integrity_check").run { row in
            if result.isEmpty { result = row.string(0) ?? "" }
        }
        return result == "ok"
    }

    // MARK: Change tracking

    /// A number that grows with every change to the articles (added, changed, pruned), so that a
    /// build can tell whether anything happened since the last one.
    public var revision: Int64 {
        get throws(StoreError) { Int64(try meta("revision") ?? "0") ?? 0 }
    }

    /// Takes the next revision number; call inside a transaction.
    func nextRevision() throws(StoreError) -> Int64 {
        let next = try revision + 1
        try setMeta("revision", String(next))
        return next
    }

    /// A value remembered between runs (e.g. what the last build was made from).
    public func meta(_ key: String) throws(StoreError) -> String? {
        var value: String?
        try connection.cached("SELECT value FROM meta WHERE key = ?1").run([.text(key)]) { row in
            value = row.string(0)
        }
        return value
    }

    public func setMeta(_ key: String, _ value: String) throws(StoreError) {
        try connection.cached(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2"
        )
        .run([.text(key), .text(value)])
    }

    static func tags(_ text: String?) -> [String] {
        (text ?? "").split(separator: " ").map(String.init)
    }
}

extension FeedStore {
    /// Runs `body` so that what it stores lands whole or not at all: the store's calls within it
    /// join one transaction. For steps a crash must not leave half done, such as counting an
    /// article's paragraphs and recording that they were counted. `storeError` says how the
    /// store's own failure to begin or end it is reported.
    public func atomically<T, Failure: Error>(
        _ body: () throws(Failure) -> T, storeError: (StoreError) -> Failure
    ) throws(Failure) -> T {
        try connection.transaction(body, storeError: storeError)
    }

    /// Runs raw SQL, for tests that need to put the database in a particular state (as if an
    /// older or newer feedmerge had written it). Not part of the supported API.
    @_spi(Testing) public func execute(_ sql: String) throws(StoreError) {
        try connection.execute(sql)
    }

    /// The first column of each row `sql` gives, as text, for tests that check what the store
    /// wrote. Not part of the supported API.
    @_spi(Testing) public func column(_ sql: String) throws(StoreError) -> [String?] {
        var values: [String?] = []
        try connection.prepare(sql).run { row in values.append(row.string(0)) }
        return values
    }
}
