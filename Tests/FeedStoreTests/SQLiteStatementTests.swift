import Foundation
import TestSupport
import Testing

@testable import FeedStore

@Suite struct SQLiteStatementTests {
    let folder = TemporaryFolder()

    /// SQLite runs a parameter left unbound as NULL: a statement given fewer values than it has
    /// parameters (or more) is an error that quotes it, not a NULL written in silence.
    @Test func aStatementNeedsAValueForEachParameter() throws {
        let connection = try SQLiteConnection(path: folder.file("values.sqlite"))
        try connection.execute("CREATE TABLE t (a INTEGER, b TEXT NOT NULL DEFAULT 'x', c TEXT)")
        let insert = try connection.cached("INSERT INTO t (a, c) VALUES (?1, ?2)")
        try insert.run([.integer(1), .text("kept")])
        for values: [SQLiteValue] in [[.integer(2)], [.integer(2), .text("c"), .null]] {
            #expect {
                try insert.run(values)
            } throws: { error in
                let error = error as? StoreError
                return error?.code == .sqlite
                    && error?.message.contains(
                        "has 2 parameters and was given \(values.count) values: INSERT INTO t (a, c) VALUES (?1, ?2)")
                        == true
            }
        }
        var rows: [String] = []
        try connection.prepare("SELECT a, c FROM t").run { row in
            rows.append("\(row.int(0) ?? -1) \(row.string(1) ?? "NULL")")
        }
        #expect(rows == ["1 kept"])
    }
}

@Suite struct SQLiteFailureTests {
    let folder = TemporaryFolder()

    /// A full disk (here a database capped at a few pages, which SQLite reports as it does a
    /// full disk) is said as such, with what to do, and what was committed before stays.
    @Test func aFullDiskIsNamedAndWhatWasStoredStays() throws {
        let path = folder.file("full.sqlite")
        let connection = try SQLiteConnection(path: path)
        try connection.execute("CREATE TABLE t (a TEXT)")
        try connection.execute("INSERT INTO t VALUES ('kept')")
        try connection.execute("PRAGMA max_page_count = 4")
        let filler = String(repeating: "x", count: 64 * 1024)
        #expect {
            try connection.execute("BEGIN; INSERT INTO t VALUES ('\(filler)'); COMMIT")
        } throws: { error in
            let error = error as? StoreError
            return error?.code == .diskFull && error?.path == path && error?.message.contains("free some space") == true
        }
        try? connection.execute("ROLLBACK")
        var rows: [String] = []
        try connection.prepare("SELECT a FROM t").run { row in rows.append(row.string(0) ?? "") }
        #expect(rows == ["kept"])
    }
}
