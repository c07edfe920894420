/// Where in an article a term was found.
public enum TextPlace: String, Sendable, Hashable, CaseIterable {
    case title
    case summary
    case body
    /// The source's own category (RSS and Atom `category`), through a topic's `categories`.
    case category
}

/// One term of a topic found in an article.
public struct TermOccurrence: Sendable, Hashable {
    /// The term as the user wrote it.
    public var term: String
    public var place: TextPlace
    /// The words the article used, folded (`rute` for the term `Rutte`).
    public var text: String
    /// How many times it occurs there.
    public var count: Int
    /// Whether it matched only at edit distance 1 (a `fuzzy` topic).
    public var isFuzzy: Bool
    /// Whether it is a `match_case` term in a headline written in title case or all in
    /// capitals, where the case says little: such a match counts as one in the body.
    public var isCaseUncertain: Bool
    /// Whether such a match does not count at all, because the article also writes the term in
    /// lower case (`Turkey Farmers Brace For Christmas`, then `turkey farmers`).
    public var isContradicted: Bool
    /// Whether it does not count because its words count only in another language's articles:
    /// a Cyrillic prefix or short word read in Latin letters, outside a Serbian, Croatian,
    /// Bosnian, Montenegrin or Slovenian article (`Крим*` in the German `Kriminalität`).
    public var isInOtherLanguage: Bool
    /// Whether it is one letter off (a `fuzzy` topic) and does not count because its capital
    /// tells no name where it stands: a headline in title case, a run of capitalized words
    /// (`Perfect Crime`, `// Doing Crimes // A Nice School` for `Crimea`).
    public var isUnsureName: Bool
    /// Whether it is a nationality's adjective in the article's language that does not count
    /// because it is a word of a longer name another topic lists (`Srpskoj` in `Republici
    /// Srpskoj`, for `Serbian`, when another topic lists `Republika Srpska`).
    public var isInOtherName: Bool

    public init(
        term: String, place: TextPlace, text: String, count: Int, isFuzzy: Bool, isCaseUncertain: Bool = false,
        isContradicted: Bool = false, isInOtherLanguage: Bool = false, isUnsureName: Bool = false,
        isInOtherName: Bool = false
    ) {
        self.term = term
        self.place = place
        self.text = text
        self.count = count
        self.isFuzzy = isFuzzy
        self.isCaseUncertain = isCaseUncertain
        self.isContradicted = isContradicted
        self.isInOtherLanguage = isInOtherLanguage
        self.isUnsureName = isUnsureName
        self.isInOtherName = isInOtherName
    }
}

/// Why an article has a tag, or came near one and does not.
public struct TagExplanation: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable {
        /// Its terms matched.
        case tagged
        /// A topic `within` it was tagged (see `via`).
        case inherited
        /// Its terms matched, but an `exclude` term vetoed it.
        case excluded
        /// Its terms matched only in the body, fewer times than `min_hits` (or than `neededHits`,
        /// in a body longer than `min_hits_per_words`).
        case belowMinimum = "below-min-hits"
    }

    /// The topic id.
    public var topic: String
    public var verdict: Verdict
    /// The topic's terms found, by term and place.
    public var matches: [TermOccurrence]
    /// The `exclude` terms found.
    public var exclusions: [TermOccurrence]
    /// Matches in the body, and how many the topic needs there when nothing else matched:
    /// `minHits`, or more in a body longer than the topic's `min_hits_per_words` (`neededHits`).
    public var bodyHits: Int
    public var minHits: Int
    /// The topic's `min_hits_per_words` (0: none).
    public var minHitsPerWords: Int
    /// How many words the body has (the text after the lead or a summary given apart).
    public var bodyWords: Int
    public var neededHits: Int {
        Topic.neededHits(minHits: minHits, perWords: minHitsPerWords, bodyWords: bodyWords)
    }
    /// For an inherited tag, the tagged topics within it.
    public var via: [String]

    /// Whether the article carries the tag.
    public var isTagged: Bool { verdict == .tagged || verdict == .inherited }
}
