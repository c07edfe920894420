/// What carried the copies of a story an aggregator's item is in (Google News' copy of a
/// Reuters report): the sites such items name as their source, and the feeds of the other
/// copies. A copy ran in the outlet it names, not in the aggregator; `min_sources` counts the
/// outlets of these, and `source:` terms name the sites too.
public struct StoryOrigins: Sendable, Hashable {
    /// The sites the story's aggregated items name as their source (`ArticleSource.site`), each once.
    public var sites: [String] = []
    /// The feeds of the story's copies that name no source, each once.
    public var feeds: [Int64] = []

    public init(sites: [String] = [], feeds: [Int64] = []) {
        self.sites = sites
        self.feeds = feeds
    }
}
