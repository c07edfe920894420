/// Why a document could not be read as a feed at all.
///
/// Problems a feed can be read despite (recovered XML errors, a wrong charset label) are not
/// errors: they are `ParsedFeed.problems`.
public struct FeedParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of failure this is; codes can grow without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The document is empty or holds only white space.
        public static let empty = Code("empty")
        /// The document is larger than the parser accepts.
        public static let tooLarge = Code("too large")
        /// The document is an HTML page, not a feed.
        public static let htmlPage = Code("html page")
        /// The document is XML or JSON but no known feed format.
        public static let notAFeed = Code("not a feed")
        /// The document could not be read (unreadable file, undecodable bytes).
        public static let unreadable = Code("unreadable")

        public var description: String { name }
    }

    public var code: Code
    /// What the user can act on.
    public var message: String
    /// Line of the document where the problem was found, when known.
    public var line: Int?
    /// Feed URLs an HTML page advertises with `<link rel="alternate">`, the one most likely
    /// meant first (see `HTMLFeedDiscovery.rankedFeeds(in:page:)`).
    public var advertisedFeeds: [String]

    public init(_ code: Code, _ message: String, line: Int? = nil, advertisedFeeds: [String] = []) {
        self.code = code
        self.message = message
        self.line = line
        self.advertisedFeeds = advertisedFeeds
    }

    public var description: String {
        line.map { "line \($0): \(message)" } ?? message
    }
}
