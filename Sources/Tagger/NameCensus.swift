public import FeedModel
import FeedText

/// The names a period's untagged articles carry that no topic names: where to look for the
/// terms a configuration lacks.
///
/// Topics written once miss the fields other feeds carry (the tagging evaluation's misses on
/// feeds its topics had not seen were names such as Kubernetes, Kotlin and Kwikset, not words
/// the matching failed to find), and `explain` only shows what matched. A name here is a word of
/// three letters or more that the articles write with a capital and never in lower case, so
/// "Kubernetes" counts and "Monday" does not (`commonNames`); a capital that says nothing
/// (opening a sentence, or any word of a headline in title case) counts only for a word that is
/// written with a capital elsewhere in the middle of a sentence.
public struct NameCensus: Sendable {
    /// A name, with how many untagged and tagged articles carry it.
    public struct Name: Sendable, Hashable {
        /// As it is best written for a term: folded (no accents, as matching reads it), with the
        /// capitals the articles most often give it.
        public var name: String
        public var untaggedArticles: Int
        /// How many feeds the untagged articles that carry it come from.
        public var feeds: Int
        public var taggedArticles: Int
    }

    private let tagger: Tagger
    /// For each article, its candidate words (and whether one of its capitals said something),
    /// whether it is tagged, and its feed.
    private var candidates: [(words: [String: Bool], isTagged: Bool, feed: String)] = []
    /// Words written in lower case somewhere: common words, not names.
    private var inLowerCase: Set<String> = []
    /// Words written with a capital in the middle of a sentence somewhere.
    private var capitalizedMidSentence: Set<String> = []
    /// How often each word is written with each pattern of capitals (`FoldedText.Word.caseMask`).
    private var spellings: [String: [UInt32: Int]] = [:]

    /// A census whose names leave out those `tagger`'s topics name.
    public init(tagger: Tagger) {
        self.tagger = tagger
    }

    /// Reads `article`, from the feed `feed`; its names are counted as untagged unless
    /// `isTagged`. Tagged articles count too: a word they write in lower case is not a name
    /// anywhere.
    public mutating func add(_ article: Article, isTagged: Bool, feed: String) {
        add(ArticleText(article), isTagged: isTagged, feed: feed)
    }

    /// Reads an article whose text is already folded (as tagging it folded it).
    public mutating func add(_ text: ArticleText, isTagged: Bool, feed: String) {
        var words: [String: Bool] = [:]
        read(text.title, isHeadline: true, into: &words)
        read(text.givenSummary, isHeadline: false, into: &words)
        read(text.text, isHeadline: false, into: &words)
        candidates.append((words, isTagged, feed))
    }

    /// The names carried by at least `minimumArticles` untagged articles and named by no topic,
    /// at most `limit`: those whose untagged articles come from the most feeds first (a name
    /// many outlets use is a field the topics miss; one that a single feed repeats is that
    /// feed's show or column, and its feed is the thing to tag), then those in the most
    /// untagged articles, then those in the fewest tagged ones.
    public func names(minimumArticles: Int = 2, limit: Int) -> [Name] {
        var untagged: [String: Int] = [:]
        var feeds: [String: Set<String>] = [:]
        var tagged: [String: Int] = [:]
        for (words, isTagged, feed) in candidates {
            for (word, isCertain) in words where !inLowerCase.contains(word) {
                guard isCertain || capitalizedMidSentence.contains(word) else { continue }
                if isTagged {
                    tagged[word, default: 0] += 1
                } else {
                    untagged[word, default: 0] += 1
                    feeds[word, default: []].insert(feed)
                }
            }
        }
        var result: [Name] = []
        let ranked = untagged.filter { $0.value >= minimumArticles }.map { word, count in
            (word: word, count: count, feeds: feeds[word]?.count ?? 0, tagged: tagged[word, default: 0])
        }.sorted { a, b in
            if a.feeds != b.feeds { return a.feeds > b.feeds }
            if a.count != b.count { return a.count > b.count }
            return a.tagged != b.tagged ? a.tagged < b.tagged : a.word < b.word
        }
        for (word, count, feedCount, taggedCount) in ranked where result.count < limit {
            let mask = spellings[word]?.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 1
            let written = NameCensus.written(word, caseMask: mask)
            guard !tagger.termsName(written) else { continue }
            result.append(Name(name: written, untaggedArticles: count, feeds: feedCount, taggedArticles: taggedCount))
        }
        return result
    }

    /// Days and months (and their short forms): written with a capital, never in lower case, and
    /// no one's missing term.
    static let commonNames: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    ]

    /// Whether `folded` is a day or a month ("Thursdays" too).
    static func isCommonName(_ folded: String) -> Bool {
        commonNames.contains(folded) || (folded.hasSuffix("s") && commonNames.contains(String(folded.dropLast())))
    }

    /// `folded` with the capitals `caseMask` marks (by the byte each letter begins at):
    /// `CPUs`, `iPhone`, `NATO`, as the articles most often write it.
    static func written(_ folded: String, caseMask: UInt32) -> String {
        var result = ""
        var offset = 0
        for character in folded {
            let isUpper = offset < 32 && caseMask & (1 << UInt32(offset)) != 0
            result += isUpper ? character.uppercased() : String(character)
            offset += character.utf8.count
        }
        return result
    }

    private mutating func read(_ text: FoldedText, isHeadline: Bool, into words: inout [String: Bool]) {
        let isTitleCase = isHeadline && ArticleText.isTitleCase(text)
        for word in text.words where word.end - word.start >= 3 && !word.flags.contains(.numeric) {
            // Codes such as "FY19" or "A320" name no field.
            guard !text.slice(word).contains(where: { $0 &- 0x30 < 10 }) else { continue }
            let folded = text.string(word)
            guard word.flags.contains(.capitalized) else {
                inLowerCase.insert(folded)
                continue
            }
            guard !NameCensus.isCommonName(folded) else { continue }
            spellings[folded, default: [:]][word.caseMask, default: 0] += 1
            let isCertain = !isTitleCase && !word.flags.contains(.sentenceStart)
            if isCertain { capitalizedMidSentence.insert(folded) }
            words[folded] = (words[folded] ?? false) || isCertain
        }
    }
}
