import Dedup
import FeedModel
import FeedStore
import FeedText
import FeedWriter
import Foundation
import Tagger

/// The stories in the store, as one summary line each, from which outputs pick theirs; only
/// picked stories are read in full (and each only once, however many outputs show it).
final class StoryLibrary {
    /// Newest first, ties by story id: sorted once, so that each output takes its stories in
    /// order and stops at its limit instead of filtering and sorting the whole store.
    let digests: [StoryDigest]
    private let store: FeedStore
    private let feeds: [Int64: FeedRecord]
    private var loaded: [String: Story] = [:]
    /// Feed tags with the parents of those that name a topic.
    private var feedTags: [Int64: Set<String>] = [:]
    private var sourceNamesByFeed: [Int64: [String]] = [:]
    /// Each feed's outlet, numbered: `min_sources` counts outlets, and two feeds of one outlet
    /// count once.
    private let outletByFeed: [Int64: Int]
    /// Outlets by key, and the sites aggregators' items name as their source by outlet: an
    /// item's source is numbered as the outlet's own feed is.
    private var outletNumbers: [String: Int] = [:]
    private var outletBySite: [String: Int] = [:]
    /// The stories an aggregator's item is in, by key (few, when any).
    private let origins: [String: StoryOrigins]

    init(store: FeedStore, tagger: Tagger) throws(PipelineError) {
        self.store = store
        do {
            let feedList = try store.feeds(countingArticles: false)
            feeds = Dictionary(feedList.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let unsorted = try store.storyDigests()
            origins = try store.storyOrigins()
            let ids = unsorted.map { StoryMerger.storyID(key: $0.key) }
            digests = unsorted.indices.sorted { a, b in
                unsorted[a].date != unsorted[b].date ? unsorted[a].date > unsorted[b].date : ids[a] < ids[b]
            }.map { unsorted[$0] }
        } catch {
            throw PipelineError(.store, error.description)
        }
        var outlets: [String: Int] = [:]
        outletByFeed = feeds.mapValues { feed in
            let key = Outlet.key(feedURL: feed.url, siteURL: feed.siteURL)
            if let number = outlets[key] { return number }
            outlets[key] = outlets.count
            return outlets.count - 1
        }
        outletNumbers = outlets
        for (id, feed) in feeds where !feed.tags.isEmpty { feedTags[id] = tagger.withParents(Set(feed.tags)) }
    }

    /// The tags of a story: the topics its copies match and the tags of the feeds that carried it.
    func tags(_ digest: StoryDigest) -> Set<String> {
        guard !feedTags.isEmpty else { return digest.topics }
        var tags = digest.topics
        for id in digest.feedIDs {
            if let more = feedTags[id] { tags.formUnion(more) }
        }
        return tags
    }

    /// The stories `output` shows, newest first (ties by id), read in full.
    func stories(for output: OutputDefinition, now: Date) throws(PipelineError) -> [Story] {
        let withSources = output.filter?.mentionsSources ?? false
        let oldest = output.since.map { now.addingTimeInterval(-$0) }
        var picked: [StoryDigest] = []
        for digest in digests {
            if let oldest, digest.date < oldest { break }  // newest first: the rest are older still
            if let minimum = output.minSources, outletCount(digest, atLeast: minimum) < minimum { continue }
            if let filter = output.filter, !filter.matches(subject(digest, withSources: withSources)) { continue }
            picked.append(digest)
            if let limit = output.limit, picked.count >= limit { break }
        }
        try load(picked.map(\.key))
        return picked.compactMap { digest in
            guard var story = loaded[digest.key] else { return nil }
            story.tags = tags(digest).sorted()
            return story
        }
    }

    /// How many outlets carried a story, counted up to `minimum`.
    private func outletCount(_ digest: StoryDigest, atLeast minimum: Int) -> Int {
        // Sites and feeds are distinct per story (the store groups them so): too few of them are
        // too few outlets.
        let origin = origins[digest.key]
        let feeds = origin?.feeds ?? digest.feedIDs
        let sites = origin?.sites ?? []
        let carriers = feeds.count + sites.count
        guard carriers >= minimum, minimum > 1 else { return carriers }
        var seen: [Int] = []
        func isEnough(_ outlet: Int) -> Bool {
            if !seen.contains(outlet) { seen.append(outlet) }
            return seen.count == minimum
        }
        for id in feeds where isEnough(outletByFeed[id] ?? -Int(id) - 1) { return minimum }
        for site in sites where isEnough(outletNumber(site: site)) { return minimum }
        return seen.count
    }

    /// The outlet of a site an aggregator's item names, numbered as its own feeds are.
    private func outletNumber(site: String) -> Int {
        if let number = outletBySite[site] { return number }
        let key = Outlet.key(feedURL: site, siteURL: site)
        let number = outletNumbers[key] ?? outletNumbers.count
        outletNumbers[key] = number
        outletBySite[site] = number
        return number
    }

    /// What a filter is evaluated against; the outlets' names only when it has `source:` terms
    /// (an output's filter runs over every story in the store).
    private func subject(_ digest: StoryDigest, withSources: Bool) -> TagExpression.Subject {
        var sources = Set<String>()
        if withSources {
            for id in digest.feedIDs { sources.formUnion(sourceNames(feed: id)) }
            for site in origins[digest.key]?.sites ?? [] {
                sources.formUnion(FeedWriter.sourceNames(originSite: site))
            }
        }
        return TagExpression.Subject(tags: tags(digest), sources: sources, languages: digest.languages)
    }

    /// A feed's names for `source:` terms, worked out once per build.
    private func sourceNames(feed id: Int64) -> [String] {
        if let names = sourceNamesByFeed[id] { return names }
        guard let feed = feeds[id] else { return [] }
        let names = FeedWriter.sourceNames(feedURL: feed.url, title: feed.title)
        sourceNamesByFeed[id] = names
        return names
    }

    private func load(_ keys: [String]) throws(PipelineError) {
        let missing = keys.filter { loaded[$0] == nil }
        guard !missing.isEmpty else { return }
        let groups: [String: [SourcedArticle]]
        do {
            groups = try store.articles(inStories: missing)
        } catch {
            throw PipelineError(.store, error.description)
        }
        var stories: [String: Story] = [:]
        for (key, members) in groups { stories[key] = StoryMerger.story(key: key, members: members) }
        let feedIDs = Set(stories.values.map(\.textSource.feedID))
        let learned = try learnedBoilerplate(feedIDs)
        for (key, var story) in stories {
            story.textSource.article = StoryLibrary.cleaned(
                story.textSource.article, cleaner: TextCleaner(learned: learned[story.textSource.feedID] ?? []))
            loaded[key] = story
        }
    }

    private func learnedBoilerplate(_ feedIDs: Set<Int64>) throws(PipelineError) -> [Int64: Set<UInt64>] {
        do {
            let stored = try store.paragraphShapes(feedIDs: feedIDs, minimumCount: BoilerplateModel.minimumArticles)
            return stored.mapValues { BoilerplateModel(counts: $0.counts, articles: $0.articles).learned }
        } catch {
            throw PipelineError(.store, error.description)
        }
    }

    /// The article with its outlet's boilerplate taken out of its text.
    static func cleaned(_ article: Article, cleaner: TextCleaner) -> Article {
        var article = article
        func clean(_ value: String?, _ type: TextType?) -> String? {
            guard let value else { return nil }
            if type == .text || (type == nil && !value.contains("<")) {
                return cleaner.clean(text: value).paragraphs.joined(separator: "\n")
            }
            return cleaner.clean(htmlMarkup: value)
        }
        article.content = clean(article.content, article.contentType)
        article.summary = clean(article.summary, article.summaryType)
        return article
    }
}
