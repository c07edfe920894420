import FeedModel
import FeedParser
import FeedStore
import FeedWriter
import FeedmergeConfig
import Foundation
import Tagger

extension Pipeline {
    /// The outputs a build writes: those configured, with each per-tag template (a `path` holding
    /// `{tag}`) made into one output for every tag a story can carry: each topic, and each folder
    /// and `category` tag of the feeds the OPML lists or the store still holds stories of. The
    /// tags are read at each build, since folders come and go in the OPML without a change to
    /// the configuration. A file another output writes is left to that output.
    func outputs(store: FeedStore) throws(PipelineError) -> [OutputDefinition] {
        guard configuration.outputs.contains(where: \.isPerTag) else { return configuration.outputs }
        let feeds = try storeCall { () throws(StoreError) in try store.feeds(countingArticles: false) }
        // An OPML that cannot be read is the fetch's error to report; the store's feeds still count.
        let listed = try? OPMLReader.readList(fileAt: configuration.feedsPath)
        var names: [String: String] = listed?.tagNames ?? [:]
        for topic in configuration.topics { names[topic.id] = topic.title ?? topic.id }
        let tags = Set(configuration.topics.map(\.id))
            .union(feeds.flatMap(\.tags)).union((listed?.subscriptions ?? []).flatMap(\.tags))
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
