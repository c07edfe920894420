/// The outcome of parsing one document: the feed, its articles, and what was wrong with it.
public struct ParsedFeed: Sendable, Codable, Hashable {
    public var format: FeedFormat
    public var feed: Feed
    public var articles: [Article]
    /// The encoding actually used to decode the bytes, as a lower-case IANA name.
    public var encoding: String
    /// What the parser had to recover from (in document order); empty for a clean document.
    public var problems: [ParseProblem]
    /// What cut the document short, when it ended before its end (a transfer that stopped, a
    /// damaged compressed stream): what came before was read, the rest is missing. A fetcher
    /// keeps no validators for such a body, so that the next request brings the whole document
    /// and not a 304 to the part that came.
    public var truncation: String?

    public init(
        format: FeedFormat, feed: Feed = Feed(), articles: [Article] = [], encoding: String = "utf-8",
        problems: [ParseProblem] = []
    ) {
        self.format = format
        self.feed = feed
        self.articles = articles
        self.encoding = encoding
        self.problems = problems
    }

    /// True when the document needed recovery (feedparser's name for it).
    public var bozo: Bool { !problems.isEmpty }
}

/// Something wrong in a document that the parser recovered from.
public struct ParseProblem: Sendable, Codable, Hashable, CustomStringConvertible {
    public var message: String
    /// 1-based line, when known.
    public var line: Int?
    public var column: Int?

    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        switch (line, column) {
        case (let line?, let column?): return "line \(line), column \(column): \(message)"
        case (let line?, nil): return "line \(line): \(message)"
        default: return message
        }
    }
}
