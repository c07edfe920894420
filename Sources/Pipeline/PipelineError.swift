/// A failure that stops a run before it can finish, with what the user should fix.
public struct PipelineError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The subscription list is missing or unreadable.
        public static let subscriptions = Code("subscriptions")
        /// The state store cannot be used.
        public static let store = Code("store")
        /// An output could not be written.
        public static let output = Code("output")
        /// A feed to subscribe to could not be fetched or read.
        public static let feed = Code("feed")

        public var description: String { name }
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
