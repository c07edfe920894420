import FeedModel
import FeedParser
import FeedStore
import FeedWriter
import FeedmergeConfig
import Foundation
import Tagger

extension Pipeline {
    /// The tags the feeds give (their folders and `category` attributes), with each one's name as
    /// the OPML writes it. The store knows the feeds of earlier fetches (unsubscribed ones'
    /// stories stay in the outputs for a while); the OPML knows its folders before the first
    /// fetch, and after an edit the store has not yet seen. An OPML that cannot be read is the
    /// fetch's error to report; the store's feeds still count.
    /// The names of the OPML's folder and `category` tags as it writes them, by tag.
    func tagNames() -> [String: String] {
        (try? OPMLReader.readList(fileAt: configuration.feedsPath))?.tagNames ?? [:]
    }

    func feedTags(store: FeedStore) throws(PipelineError) -> (tags: Set<String>, names: [String: String]) {
        let feeds = try storeCall { () throws(StoreError) in try store.feeds(countingArticles: false) }
        let listed = try? OPMLReader.readList(fileAt: configuration.feedsPath)
        let tags = Set(feeds.flatMap(\.tags)).union((listed?.subscriptions ?? []).flatMap(\.tags))
        return (tags, listed?.tagNames ?? [:])
    }

    /// The outputs a build writes: those configured, with each per-tag template (a `path` holding
    /// `{tag}`) made into one output for every tag a story can carry: each topic, and each folder
    /// and `category` tag of the feeds the OPML lists or the store still holds stories of. The
    /// tags are read at each build, since folders come and go in the OPML without a change to
    /// the configuration. A file another output writes is left to that output.
    /// `feedTags` (see `feedTags(store:)`) is needed when a template is configured.
    func outputs(feedTags: (tags: Set<String>, names: [String: String])?) -> [OutputDefinition] {
        guard let feedTags, configuration.outputs.contains(where: \.isPerTag) else { return configuration.outputs }
        var names = feedTags.names
        for topic in configuration.topics { names[topic.id] = topic.title ?? topic.id }
        let tags = Set(configuration.topics.map(\.id)).union(feedTags.tags)
            // A tag that cannot name a file (no such slug is made, but a store may be old).
            .filter { tag in !tag.contains("/") && tag.contains(where: { $0 != "." }) }
            .sorted()
        let placeholder = OutputDefinition.tagPlaceholder
        var taken = Set(configuration.outputs.filter { !$0.isPerTag }.map(\.path))
        var result: [OutputDefinition] = []
        for output in configuration.outputs {
            guard output.isPerTag else {
                result.append(output)
                continue
            }
            for tag in tags {
                var one = output
                one.isPerTag = false
                one.path = output.path.replacingOccurrences(of: placeholder, with: tag)
                guard taken.insert(one.path).inserted else { continue }
                one.title = output.title.replacingOccurrences(of: placeholder, with: names[tag] ?? tag)
                one.url = output.url?.replacingOccurrences(of: placeholder, with: tag)
                one.filter = output.filter.map { .and(.tag(tag), $0) } ?? .tag(tag)
                one.topic = tag
                result.append(one)
            }
        }
        return result
    }
}
