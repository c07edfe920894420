public import FeedWriter
import Tagger

extension Configuration {
    /// A tag an output's filter names that no topic and no feed gives: the filter then matches
    /// no story (or every one, under `not`), and a misspelling is the likely cause.
    public struct UnknownTag: Sendable, Hashable {
        /// The output's path (`-` for standard output).
        public var output: String
        public var tag: String
        /// The known tag it is most likely a misspelling of.
        public var suggestion: String?
    }

    /// The tags `outputs`' filters name that are neither topics nor among `feedTags` (the
    /// OPML folder and `category` tags of the subscribed feeds), each once, in the order of
    /// the outputs.
    public func unknownFilterTags(feedTags: Set<String>, outputs: [OutputDefinition]? = nil) -> [UnknownTag] {
        let known = feedTags.union(topics.map(\.id))
        var reported: Set<String> = []
        var unknown: [UnknownTag] = []
        for output in outputs ?? self.outputs {
            guard let filter = output.filter else { continue }
            for tag in filter.tagIDs.sorted() where !known.contains(tag) && reported.insert(tag).inserted {
                unknown.append(
                    UnknownTag(output: output.path, tag: tag, suggestion: Spelling.nearest(to: tag, among: known)))
            }
        }
        return unknown
    }

    /// What to tell a user who named a topic by `id` that no topic has: the nearest id, when
    /// one is a likely misspelling, and every id.
    public func noTopicMessage(_ id: String) -> String {
        let ids = topics.map(\.id)
        let suggestion = Spelling.nearest(to: id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
        return "no topic has the id '\(id)'\(suggestion); the topics are: "
            + (ids.isEmpty ? "none" : ids.joined(separator: ", "))
    }
}
