public import Foundation

/// One output the user configured: where it goes, in which format, and which stories it holds.
public struct OutputDefinition: Sendable, Hashable {
    /// Absolute path of the file, or `-` for standard output.
    public var path: String
    public var format: OutputFormat
    public var title: String
    /// Keep only the newest N stories.
    public var limit: Int?
    /// Keep only stories matching this expression.
    public var filter: TagExpression?
    /// Keep only stories from the last so many seconds.
    public var since: TimeInterval?
    /// Keep only stories that at least this many outlets carried.
    public var minSources: Int?
    /// Where the file is published (its own URL), for self links.
    public var url: String?
    /// The time zone an HTML page tells its times and days in (UTC when nil).
    public var timeZone: TimeZone?
    /// The topic it is for, when it is one of the outputs a `path` holding `{topic}` stands for:
    /// feedmerge named the file, so it removes it once the topic is gone.
    public var topic: String?
    /// Whether it is a template for one output per tag: its `path` (and `title`, `url`) hold
    /// `{tag}`, and each build makes one output of it for every tag a story can carry (the
    /// topics, and the folder and `category` tags of the feeds), each with `topic` set to its tag.
    public var isPerTag = false

    /// In a `path`, `title` or `url`: the tag of each of the outputs a per-tag template stands for.
    public static let tagPlaceholder = "{tag}"

    public init(
        path: String, format: OutputFormat, title: String, limit: Int? = nil, filter: TagExpression? = nil,
        since: TimeInterval? = nil, minSources: Int? = nil, url: String? = nil
    ) {
        self.path = path
        self.format = format
        self.title = title
        self.limit = limit
        self.filter = filter
        self.since = since
        self.minSources = minSources
        self.url = url
    }
}
