internal import CSQLite
import Foundation

/// One SQLite connection, confined to the thread or task that uses the store.
///
/// The one place that turns SQLite result codes into `StoreError`s.
final class SQLiteConnection {
    private var handle: OpaquePointer?
    let path: String

    init(path: String) throws(StoreError) {
        self.path = path
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &db, flags, nil)
        handle = db
        guard code == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            throw StoreError(.cannotOpen, path: path, "cannot open the database: \(message)")
        }
        sqlite3_busy_timeout(db, 10_000)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        // Cached statements are finalized first (close_v2 would otherwise defer the close).
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs SQL that returns no rows (several statements allowed).
    func execute(_ sql: String) throws(StoreError) {
        var error: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &error)
        if code != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error \(code)"
            sqlite3_free(error)
            throw failure(code, message)
        }
    }

    private var statements: [String: SQLiteStatement] = [:]

    /// A prepared statement for `sql`, kept for reuse by later calls with the same text.
    func cached(_ sql: String) throws(StoreError) -> SQLiteStatement {
        if let statement = statements[sql] { return statement }
        let statement = try prepare(sql)
        statements[sql] = statement
        return statement
    }

    func prepare(_ sql: String) throws(StoreError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw failure(code, lastMessage) }
        return SQLiteStatement(statement, connection: self)
    }

    /// Runs `body` in one transaction: all of it lands, or none of it. Within another
    /// transaction it is a savepoint of that one, which lands only when the outer one does.
    func transaction<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try transaction(body, storeError: { $0 })
    }

    /// `transaction(_:)` for a body that fails with errors of its own; `storeError` says how the
    /// store's own failure to begin or end it is reported.
    func transaction<T, Failure: Error>(
        _ body: () throws(Failure) -> T, storeError: (StoreError) -> Failure
    ) throws(Failure) -> T {
        do { try begin() } catch { throw storeError(error) }
        let value: T
        do {
            value = try body()
        } catch {
            try? end(commit: false)
            throw error
        }
        do { try end(commit: true) } catch { throw storeError(error) }
        return value
    }

    /// How many transactions (the outermost and its savepoints) are open.
    private var depth = 0

    /// Opens a transaction, or a savepoint within the open one.
    private func begin() throws(StoreError) {
        try execute(depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT nested")
        depth += 1
    }

    /// Ends what the last `begin()` opened: lands it, or undoes it.
    private func end(commit: Bool) throws(StoreError) {
        depth -= 1
        switch (depth == 0, commit) {
        case (true, true):
            do {
                try execute("COMMIT")
            } catch {
                try? execute("ROLLBACK")
                throw error
            }
        case (true, false): try execute("ROLLBACK")
        case (false, true): try execute("RELEASE nested")
        case (false, false): try execute("ROLLBACK TO nested; RELEASE nested")
        }
    }

    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    var changes: Int { Int(sqlite3_changes(handle)) }
    var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func failure(_ code: Int32, _ message: String) -> StoreError {
        switch code & 0xFF {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return StoreError(.busy, path: path, "the database is busy (another feedmerge holds it): \(message)")
        case SQLITE_NOTADB:
            // Most often `database:` names another file (the OPML, a copy of the outputs); it is
            // never written over.
            return StoreError(
                .corrupt, path: path,
                "not a database (\(message)): is `database:` the right file? feedmerge makes a new one only where there is no file"
            )
        case SQLITE_CORRUPT:
            let name = (path as NSString).lastPathComponent
            return StoreError(
                .corrupt, path: path,
                "the database is damaged (\(message)): restore it from a backup, or move it aside (mv \(name) \(name).damaged) "
                    + "and run again to start a new one, which fetches every feed again (stories already published may "
                    + "come out again under new ids)")
        case SQLITE_FULL:
            // The transaction that hit it is rolled back: what earlier runs stored is intact.
            return StoreError(
                .diskFull, path: path,
                "the disk is full (\(message)): free some space; nothing stored earlier was lost, and the next run goes on"
            )
        case SQLITE_CANTOPEN:
            return StoreError(.cannotOpen, path: path, "cannot open the database: \(message)")
        default:
            return StoreError(.sqlite, path: path, message)
        }
    }
}
