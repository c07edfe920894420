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
///
/// People are named by two words, and a given name alone names no field: "Michael" in twenty
/// feeds is twenty Michaels. So a name that mostly comes before one other name is listed as the
/// two (`Mahsa Amini`, `Hong Kong`), and the second is then not listed apart when it mostly
/// follows the first; a name that often comes before names (over a third of the time), and
/// before no one name in particular, is a given name and is left out.
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
    /// How often each capitalized word occurs where its neighbours' capitals say something (not
    /// in a headline in title case), and which capitalized words come right after and before it
    /// there, how often.
    private var occurrences: [String: Int] = [:]
    private var followers: [String: [String: Int]] = [:]
    private var leaders: [String: [String: Int]] = [:]

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
        var listed: [String: String] = [:]  // a word, to what it is listed as (itself, or with the next)
        func listing(_ word: String) -> String? {
            if let known = listed[word] { return known.isEmpty ? nil : known }
            let found = role(of: word)
            listed[word] = found ?? ""
            return found
        }
        for (words, isTagged, feed) in candidates {
            // Pairs are counted through their first word.
            for (word, isCertain) in words where !inLowerCase.contains(word) && !word.contains(" ") {
                guard isCertain || capitalizedMidSentence.contains(word), let word = listing(word) else { continue }
                // A pair counts where the article writes it, not wherever its first word is.
                guard word.firstIndex(of: " ") == nil || words[word] != nil else { continue }
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
            let written = word.split(separator: " ").map { part in
                let part = String(part)
                let mask =
                    spellings[part]?.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? 1
                return NameCensus.written(part, caseMask: mask)
            }.joined(separator: " ")
            guard !tagger.termsName(written) else { continue }
            result.append(Name(name: written, untaggedArticles: count, feeds: feedCount, taggedArticles: taggedCount))
        }
        return result
    }

    /// What `word` is listed as: itself; with the name that follows it (`mahsa amini`) when it
    /// is that name's first word at least half the time; nil when it mostly follows one name
    /// that is listed with it, or is a given name.
    private func role(of word: String) -> String? {
        let count = occurrences[word] ?? 0
        guard count >= 2 else { return word }
        if let (next, together) = NameCensus.top(followers[word], excluding: inLowerCase), together * 2 >= count,
            together >= 2
        {
            return word + " " + next
        }
        if let (previous, together) = NameCensus.top(leaders[word], excluding: inLowerCase), together * 2 >= count,
            let previousCount = occurrences[previous], together * 2 >= previousCount, together >= 2
        {
            return nil  // listed with `previous`
        }
        // Given names come before many surnames; places and companies mostly stand alone, and
        // the names after them are few (Sony: a quarter of the time, mostly before Xperia).
        var beforeNames = 0
        var distinct = 0
        var most = 0
        for (next, together) in followers[word] ?? [:] where !inLowerCase.contains(next) {
            beforeNames += together
            distinct += 1
            most = max(most, together)
        }
        let isGivenName = beforeNames * 20 >= count * 7 && distinct >= 3 && most * 2 < beforeNames
        return isGivenName ? nil : word
    }

    /// The most frequent of `counts` not in `excluded`, with its count.
    private static func top(_ counts: [String: Int]?, excluding excluded: Set<String>) -> (String, Int)? {
        var best: (String, Int)?
        for (word, count) in counts ?? [:] where !excluded.contains(word) {
            if let current = best, current.1 > count || (current.1 == count && current.0 < word) { continue }
            best = (word, count)
        }
        return best
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
        // In a headline in title case or all in capitals, a capital says nothing.
        var isTitleCase = false
        if isHeadline {  // a body is not asked: it is read for names whatever its case
            let headline = ArticleText.headlineCase(text)
            isTitleCase = headline.isTitleCase || headline.isInCapitals
        }
        // The name just before, when the word before was one.
        var previous: String?
        for word in text.words {
            let name = candidate(word, in: text)
            defer { previous = name }
            guard let name else { continue }
            spellings[name, default: [:]][word.caseMask, default: 0] += 1
            let isCertain = !isTitleCase && !word.flags.contains(.sentenceStart)
            if isCertain { capitalizedMidSentence.insert(name) }
            words[name] = (words[name] ?? false) || isCertain
            guard !isTitleCase else { continue }
            occurrences[name, default: 0] += 1
            // Two names in a row, within a sentence: a person's (`Mahsa Amini`) or a place's.
            if let previous, !word.flags.contains(.sentenceStart) {
                followers[previous, default: [:]][name, default: 0] += 1
                leaders[name, default: [:]][previous, default: 0] += 1
                words[previous + " " + name] = true
            }
        }
    }

    /// The folded word when it may be a name (written with a capital, three letters or more,
    /// no digit, no day or month); nil otherwise, and a word in lower case is noted as such.
    private mutating func candidate(_ word: FoldedText.Word, in text: FoldedText) -> String? {
        guard word.end - word.start >= 3, !word.flags.contains(.numeric) else { return nil }
        // Codes such as "FY19" or "A320" name no field.
        guard !text.slice(word).contains(where: { $0 &- 0x30 < 10 }) else { return nil }
        let folded = text.string(word)
        guard word.flags.contains(.capitalized) else {
            inLowerCase.insert(folded)
            return nil
        }
        return NameCensus.isCommonName(folded) ? nil : folded
    }
}
