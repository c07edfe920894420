/// A topic the user defines in `feedmerge.yaml`: the terms that tag an article with it.
public struct Topic: Sendable, Hashable {
    /// The tag id used in filters and outputs.
    public var id: String
    /// The display name (Atom `category@label`).
    public var title: String?
    /// Terms matched ignoring case and diacritics; a trailing `*` matches a word prefix.
    public var match: [String]
    /// Terms whose case must match exactly (acronyms such as `US`, `EU`).
    public var matchCase: [String]
    /// Terms that veto the topic.
    public var exclude: [String]
    /// Parent topics an article with this topic also gets.
    public var within: [String]

    public init(
        id: String, title: String? = nil, match: [String] = [], matchCase: [String] = [], exclude: [String] = [],
        within: [String] = []
    ) {
        self.id = id
        self.title = title
        self.match = match
        self.matchCase = matchCase
        self.exclude = exclude
        self.within = within
    }
}
