/// A failure of the state store, naming the database file.
public struct StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The file could not be opened or created.
        public static let cannotOpen = Code("cannot open")
        /// The database was written by a newer feedmerge.
        public static let newerSchema = Code("newer schema")
        /// The file is not a feedmerge database, or it is damaged.
        public static let corrupt = Code("corrupt")
        /// Another process holds the database too long.
        public static let busy = Code("busy")
        /// The disk holding the database (or its journal) is full.
        public static let diskFull = Code("disk full")
        /// Any other SQLite failure.
        public static let sqlite = Code("sqlite")

        public var description: String { name }
    }

    public var code: Code
    /// The database file.
    public var path: String
    public var message: String

    public init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
