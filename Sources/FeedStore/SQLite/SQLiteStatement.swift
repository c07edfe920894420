internal import CSQLite
import Foundation

/// A value SQLite can store.
enum SQLiteValue {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
    case null
}

/// A prepared statement, reset and reused between executions.
final class SQLiteStatement {
    private let statement: OpaquePointer
    private unowned let connection: SQLiteConnection

    init(_ statement: OpaquePointer, connection: SQLiteConnection) {
        self.statement = statement
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(statement)
    }

    /// Binds `values` to the parameters in order, runs the statement and calls `row` per row.
    /// As many values as the statement has parameters: SQLite runs a parameter left unbound as
    /// NULL, and an UPDATE short of one value once wrote NULL over every corrected article's
    /// language without a word.
    func run(_ values: [SQLiteValue] = [], row: ((SQLiteRow) throws(StoreError) -> Void)? = nil) throws(StoreError) {
        let parameters = Int(sqlite3_bind_parameter_count(statement))
        guard values.count == parameters else {
            let sql = sqlite3_sql(statement).map { String(cString: $0) } ?? "?"
            throw StoreError(
                .sqlite, path: connection.path,
                "a statement has \(parameters) parameters and was given \(values.count) values: "
                    + sql.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let number): code = sqlite3_bind_int64(statement, index, number)
            case .real(let number): code = sqlite3_bind_double(statement, index, number)
            case .text(let text): code = fm_sqlite3_bind_text(statement, index, text, -1)
            case .blob(let data):
                code = data.withUnsafeBytes { fm_sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count)) }
            case .null: code = sqlite3_bind_null(statement, index)
            }
            guard code == SQLITE_OK else { throw connection.failure(code, connection.lastMessage) }
        }
        while true {
            let code = sqlite3_step(statement)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                let message = connection.lastMessage
                sqlite3_reset(statement)
                throw connection.failure(code, message)
            }
            try row?(SQLiteRow(statement: statement))
        }
        sqlite3_reset(statement)
    }
}

/// The current row of a running statement; valid only inside the row callback.
struct SQLiteRow {
    fileprivate let statement: OpaquePointer

    func int(_ column: Int32) -> Int64? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, column)
    }

    func double(_ column: Int32) -> Double? {
        sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : sqlite3_column_double(statement, column)
    }

    func string(_ column: Int32) -> String? {
        guard let text = sqlite3_column_text(statement, column) else { return nil }
        return String(cString: text)
    }

    func data(_ column: Int32) -> Data? {
        guard let bytes = sqlite3_column_blob(statement, column) else {
            return sqlite3_column_type(statement, column) == SQLITE_NULL ? nil : Data()
        }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(statement, column)))
    }
}

extension SQLiteValue {
    init(_ value: String?) { self = value.map(SQLiteValue.text) ?? .null }
    init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    init(_ value: Date?) { self = value.map { .real($0.timeIntervalSince1970) } ?? .null }
    init(_ value: Bool) { self = .integer(value ? 1 : 0) }
}
