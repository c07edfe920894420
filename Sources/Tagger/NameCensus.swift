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
        /// As it is best written for a term: folded (no accents, as matching reads it), with an
        /// initial capital, or in capitals when the articles mostly write it so.
        public var name: String
        public var untaggedArticles: Int
        public var taggedArticles: Int
    }

    private let tagger: Tagger
    /// For each article, its candidate words and whether one of its capitals said something.
    private var candidates: [(words: [String: Bool], isTagged: Bool)] = []
    /// Words written in lower case somewhere: common words, not names.
    private var inLowerCase: Set<String> = []
    /// Words written with a capital in the middle of a sentence somewhere.
    private var capitalizedMidSentence: Set<String> = []
    /// How often each word is written in capitals, less how often it is not.
    private var capitalsLead: [String: Int] = [:]

    /// A census whose names leave out those `tagger`'s topics name.
    public init(tagger: Tagger) {
        self.tagger = tagger
    }

    /// Reads `article`; its names are counted as untagged unless `isTagged`. Tagged articles
    /// count too: a word they write in lower case is not a name anywhere.
    public mutating func add(_ article: Article, isTagged: Bool) {
        let text = ArticleText(article)
        var words: [String: Bool] = [:]
        read(text.title, isHeadline: true, into: &words)
        read(text.givenSummary, isHeadline: false, into: &words)
        read(text.text, isHeadline: false, into: &words)
        candidates.append((words, isTagged))
    }

    /// The names carried by at least `minimumArticles` untagged articles and named by no topic,
    /// most untagged articles first (then fewest tagged ones), at most `limit`.
    public func names(minimumArticles: Int = 2, limit: Int) -> [Name] {
        var untagged: [String: Int] = [:]
        var tagged: [String: Int] = [:]
        for (words, isTagged) in candidates {
            for (word, isCertain) in words where !inLowerCase.contains(word) {
                guard isCertain || capitalizedMidSentence.contains(word) else { continue }
                if isTagged { tagged[word, default: 0] += 1 } else { untagged[word, default: 0] += 1 }
            }
        }
        var result: [Name] = []
        let ranked = untagged.filter { $0.value >= minimumArticles }.sorted { a, b in
            a.value != b.value
                ? a.value > b.value
                : (tagged[a.key, default: 0] != tagged[b.key, default: 0]
                    ? tagged[a.key, default: 0] < tagged[b.key, default: 0] : a.key < b.key)
        }
        for (word, count) in ranked where result.count < limit {
            let written =
                capitalsLead[word, default: 0] > 0 ? word.uppercased() : word.prefix(1).uppercased() + word.dropFirst()
            guard !tagger.termsName(written) else { continue }
            result.append(Name(name: written, untaggedArticles: count, taggedArticles: tagged[word, default: 0]))
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
            capitalsLead[folded, default: 0] += word.flags.contains(.allCapitals) ? 1 : -1
            let isCertain = !isTitleCase && !word.flags.contains(.sentenceStart)
            if isCertain { capitalizedMidSentence.insert(folded) }
            words[folded] = (words[folded] ?? false) || isCertain
        }
    }
}
