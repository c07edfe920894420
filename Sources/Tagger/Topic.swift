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
    /// Terms that veto the topic wherever they occur.
    public var exclude: [String]
    /// Parent topics an article with this topic also gets.
    public var within: [String]
    /// How many matches in the body make the tag when nothing matches in the title, the
    /// summary or the source's categories.
    public var minHits: Int
    /// The length of body `minHits` is for, in words: a longer body needs `minHits` for every
    /// this many words (rounded up), since a listing of 1,500 words that names a topic twice
    /// names it in passing. 0: `minHits` whatever the length.
    public var minHitsPerWords: Int
    /// Whether words of 6 letters or more also match at edit distance 1 (`Stoltenburg`), and
    /// shorter ones with a doubled letter written once or a single one doubled (`Rute`).
    public var fuzzy: Bool
    /// The source's own category strings (RSS and Atom `category`) that tag an article with
    /// this topic; compared whole, ignoring case and surrounding white space.
    public var categories: [String]

    /// About the body of a news article as feeds give it (a few paragraphs).
    public static let defaultMinHitsPerWords = 250

    /// How many body matches make the tag in a body of `bodyWords` words, when nothing matches
    /// in the title, the summary or the categories.
    public func neededHits(bodyWords: Int) -> Int {
        Topic.neededHits(minHits: minHits, perWords: minHitsPerWords, bodyWords: bodyWords)
    }

    /// `neededHits(bodyWords:)` for a topic's `min_hits` and `min_hits_per_words`.
    static func neededHits(minHits: Int, perWords: Int, bodyWords: Int) -> Int {
        guard perWords > 0, bodyWords > perWords else { return minHits }
        return (minHits * bodyWords + perWords - 1) / perWords
    }

    public init(
        id: String, title: String? = nil, match: [String] = [], matchCase: [String] = [], exclude: [String] = [],
        within: [String] = [], minHits: Int = 1, minHitsPerWords: Int = Topic.defaultMinHitsPerWords,
        fuzzy: Bool = false,
        categories: [String] = []
    ) {
        self.id = id
        self.title = title
        self.match = match
        self.matchCase = matchCase
        self.exclude = exclude
        self.within = within
        self.minHits = minHits
        self.minHitsPerWords = minHitsPerWords
        self.fuzzy = fuzzy
        self.categories = categories
    }
}
