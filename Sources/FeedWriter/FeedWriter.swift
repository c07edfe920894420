public import FeedModel
import FeedText
public import Foundation

/// Turns stories into the configured outputs.
///
/// One writer renders one output at a time (a build's outputs in turn); it keeps what it made
/// of each story for its next outputs.
public struct FeedWriter: Sendable {
    /// Tag id → display name.
    public var topicTitles: [String: String]
    /// Tag id → URL (relative to the outputs' folder) of an HTML output showing that tag.
    public var tagPages: [String: String]
    /// What this writer made of each story it rendered, reused by its later outputs.
    private let cache = PresentationCache()
    /// How many characters of a title the outputs publish: a longer one is cut after a word.
    public static var longestTitle: Int { StoryPresentation.longestTitle }
    /// The most bytes of a story's body an output republishes; a longer one is cut, and ends
    /// with a link to the rest.
    public static var longestBody: Int { StoryPresentation.longestBody }

    public init(topicTitles: [String: String] = [:], tagPages: [String: String] = [:]) {
        self.topicTitles = topicTitles
        self.tagPages = tagPages
    }

    /// The stories an output shows, newest first (ties by id, so the order is deterministic).
    public func select(_ stories: [Story], for output: OutputDefinition, now: Date = Date()) -> [Story] {
        var selected = stories.filter { story in
            if let since = output.since, story.date < now.addingTimeInterval(-since) { return false }
            if let minimum = output.minSources, story.sourceCount < minimum { return false }
            if let filter = output.filter, !filter.matches(FeedWriter.subject(story)) { return false }
            return true
        }
        selected.sort { a, b in a.date != b.date ? a.date > b.date : a.id < b.id }
        if let limit = output.limit, selected.count > limit { selected.removeSubrange(limit...) }
        return selected
    }

    /// The output's bytes for already-selected stories.
    public func render(_ stories: [Story], as output: OutputDefinition) -> Data {
        let items = stories.map(cache.presentation)
        StoryPresentation.prepare(items, for: output.format)
        let updated = items.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        switch output.format {
        case .atom:
            let id =
                output.url ?? "urn:feedmerge:output:"
                + StableHash.hex(output.title, String(output.path.split(separator: "/").last ?? ""))
            return AtomDocument(
                definition: output, stories: items, topicTitles: topicTitles, feedID: id, updated: updated
            ).render()
        case .rss:
            return RSSDocument(
                definition: output, stories: items, updated: updated,
                homePage: output.url ?? "https://feedmerge.invalid/"
            ).render()
        case .json:
            return JSONFeedDocument(definition: output, stories: items, homePage: nil).render()
        case .html:
            return HTMLPage(
                definition: output, stories: items, topicTitles: topicTitles, tagPages: tagPages, updated: updated
            ).render()
        }
    }

    /// Selects, renders and atomically writes one output; returns whether the file changed.
    @discardableResult
    public func write(_ stories: [Story], to output: OutputDefinition, now: Date = Date()) throws(OutputError) -> Bool {
        try write(selected: select(stories, for: output, now: now), to: output)
    }

    /// Renders already selected and ordered stories and writes them atomically; returns
    /// whether the file changed.
    @discardableResult
    public func write(selected stories: [Story], to output: OutputDefinition) throws(OutputError) -> Bool {
        try AtomicFile.write(render(stories, as: output), to: output.path)
    }

    /// Removes the temporary files that writes of `paths` left when their process died before
    /// renaming them (see `replaceAtomically`), untouched since `before`; returns their paths.
    /// A killed build would otherwise leave `.all.xml.Xy12Ab` in a published folder for good.
    public static func removeLeftoverTemporaries(of paths: [String], untouchedSince before: Date) -> [String] {
        AtomicFile.removeLeftovers(of: paths, untouchedSince: before)
    }

    /// Replaces the file at `path` with `data` atomically (a temporary file in the same folder,
    /// synced, renamed over it); leaves it alone when it already holds exactly that. Returns
    /// whether the file changed.
    @discardableResult
    public static func replaceAtomically(_ path: String, with data: Data) throws(OutputError) -> Bool {
        try AtomicFile.write(data, to: path)
    }

    /// The outlets a story's copies came from, in the forms `source:` terms name them: feed
    /// URL, host without `www.`, and slugified title.
    public static func sourceNames(feedURL: String, title: String?) -> [String] {
        var names = [feedURL.lowercased()]
        if let host = Outlet.host(feedURL) { names.append(host) }
        if let title { names.append(Slug.make(title)) }
        return names
    }

    /// A link as every format publishes it (nil for one a reader should not follow): what a
    /// user copies from an output to ask about its article.
    public static func publishedLink(_ url: String) -> String? { StoryPresentation.followable(url) }

    /// The names `source:` terms give the outlet an aggregator's item names as its source (its
    /// site's address and host), besides those of the aggregator's feed.
    public static func sourceNames(originSite site: String) -> [String] {
        sourceNames(feedURL: site, title: nil)
    }

    static func subject(_ story: Story) -> TagExpression.Subject {
        var sources = Set<String>()
        var languages: [String] = []
        for member in story.members {
            sources.formUnion(sourceNames(feedURL: member.feedURL, title: member.feedTitle))
            if let site = member.article.source?.site { sources.formUnion(sourceNames(originSite: site)) }
            if let language = member.article.language { languages.append(language) }
        }
        return TagExpression.Subject(tags: Set(story.tags), sources: sources, languages: languages)
    }
}
