import FeedModel
import FeedText
import TestSupport
import Testing

@testable import Tagger

/// The trie with its filters, gates and batches against the plainest matcher there is: every
/// term tried at every word of every field. Random topics (words, phrases, prefixes of any length,
/// case-sensitive terms, exclusions) over random texts must give the same tags.
@Suite struct ReferenceMatcherTests {
    /// A term as the reference reads it: folded words, the last one a prefix or not, and the
    /// case each word must have when the term is case-sensitive.
    private struct Term {
        var topic: Int
        var words: [String]
        var isPrefix: Bool
        var masks: [UInt32]?
        var excludes: Bool
    }

    private struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    private static let vocabulary = [
        "a", "us", "eu", "nato", "kosovo", "serbia", "serbian", "belgrade", "west", "western", "balkans", "balkan",
        "turkey", "georgia", "tbilisi", "sanction", "sanctions", "ukraine", "ukrainian", "kyiv", "war", "peace",
        "talks",
        "the", "of", "in", "minister", "ministry", "min", "mini", "summit", "zagreb", "zag", "q", "qatar", "x", "xi",
        "jinping", "pristina", "prishtina", "vucic", "kurti", "un", "unesco", "i", "it", "its",
    ]

    /// Words texts have that no term is made of.
    private static let filler = [
        "said", "report", "today", "officials", "meeting", "after", "before", "new", "government", "year", "people",
        "city", "police", "told", "reporters", "week", "plan", "deal", "vote", "parliament", "leaders", "crisis",
        "border", "trade", "energy", "prices", "army", "news", "minute", "mining", "serb", "kyivan", "warsaw",
    ]

    @Test func theTrieTagsAsEveryTermTriedEverywhereDoes() async throws {
        // Seconds of work: off the cooperative pool, where it would starve tests that keep time.
        let (trials, tagged, mismatches) = try await OffPool.run { Self.compare() }
        #expect(mismatches.count == 0, "\(mismatches.count) of \(trials) differ, first: \(mismatches.first ?? "")")
        // The comparison means something only if many of the 8 topics are given and many are not.
        #expect(tagged > trials * 8 / 5 && tagged < trials * 8 * 3 / 5, "\(tagged) tags of \(trials * 8)")
    }

    private static func compare() -> (trials: Int, tagged: Int, mismatches: [String]) {
        var random = Random(state: 0x9e37_79b9_7f4a_7c15)
        var trials = 0
        var tagged = 0
        var mismatches: [String] = []
        for _ in 0..<300 {
            let (topics, terms) = makeTopics(&random)
            let tagger = Tagger(topics: topics)
            for _ in 0..<10 {
                let article = Article(
                    title: sentence(&random, words: 6), summary: sentence(&random, words: 12), summaryType: .text,
                    content: sentence(&random, words: 20 + random.below(100)), contentType: .text)
                let expected = reference(article, topics, terms)
                let found = tagger.topicIDs(for: article)
                if found != expected {
                    mismatches.append(
                        "trie \(found), reference \(expected): \(article.title ?? "") | \(article.summary ?? "") | "
                            + (article.content ?? ""))
                }
                trials += 1
                tagged += expected.count
            }
        }
        return (trials, tagged, mismatches)
    }

    private static func sentence(_ random: inout Random, words: Int) -> String {
        (0..<words).map { _ in
            let source = random.below(8) == 0 ? ReferenceMatcherTests.vocabulary : ReferenceMatcherTests.filler
            let word = source[random.below(source.count)]
            switch random.below(6) {
            case 0: return word.uppercased()
            case 1, 2: return word.prefix(1).uppercased() + word.dropFirst()
            default: return word
            }
        }.joined(separator: " ")
    }

    private static func makeTopics(_ random: inout Random) -> ([Topic], [Term]) {
        var topics: [Topic] = []
        var terms: [Term] = []
        for index in 0..<8 {
            var topic = Topic(id: "t\(index)")
            for _ in 0..<(1 + random.below(4)) {
                let vocabulary = ReferenceMatcherTests.vocabulary
                var words = [vocabulary[random.below(vocabulary.count)]]
                if random.below(3) == 0 { words.append(vocabulary[random.below(vocabulary.count)]) }
                let isPrefix = random.below(4) == 0
                if isPrefix {
                    let last = words[words.count - 1]
                    words[words.count - 1] = String(last.prefix(1 + random.below(last.count)))
                }
                let written = words.joined(separator: " ") + (isPrefix ? "*" : "")
                switch random.below(6) {
                case 0:
                    let cased =
                        random.below(2) == 0
                        ? written.uppercased() : written.prefix(1).uppercased() + written.dropFirst()
                    topic.matchCase.append(cased)
                    let folded = FoldedText(String(cased.dropLast(isPrefix ? 1 : 0)))
                    var masks = folded.words.map(\.caseMask)
                    if isPrefix {
                        let length = words[words.count - 1].utf8.count
                        masks[masks.count - 1] &= (1 << UInt32(length)) &- 1
                    }
                    terms.append(Term(topic: index, words: words, isPrefix: isPrefix, masks: masks, excludes: false))
                case 1 where index % 3 == 0:
                    topic.exclude.append(written)
                    terms.append(Term(topic: index, words: words, isPrefix: isPrefix, masks: nil, excludes: true))
                default:
                    topic.match.append(written)
                    terms.append(Term(topic: index, words: words, isPrefix: isPrefix, masks: nil, excludes: false))
                }
            }
            topics.append(topic)
        }
        // A place's other spellings are the term's too (`pristina` is `prishtina`: see
        // `Exonyms.spellings`); the other tables' names (`Serbien`) are no words of these texts.
        for term in terms where !term.isPrefix {
            for spelling in Exonyms.spellings(of: term.words.joined(separator: " ")) {
                let folded = FoldedText(spelling)
                var alias = term
                alias.words = folded.words.map { folded.string($0) }
                alias.masks = term.masks.map { _ in folded.words.map { $0.caseMask } }
                terms.append(alias)
            }
        }
        return (topics, terms)
    }

    /// With `min_hits` 1 everywhere, an article gets a topic when any of its terms occurs in the
    /// title, the summary or the body, and none of its exclusions does. In a headline in title
    /// case, a term that needs only capitals does not count when the article also writes it in
    /// lower case.
    private static func reference(_ article: Article, _ topics: [Topic], _ terms: [Term]) -> [String] {
        let fields = [article.title, article.summary, article.content].compactMap { $0 }.map { FoldedText($0) }
        let titleIsTitleCase = article.title.map { isTitleCase(FoldedText($0)) } ?? false
        var matched = Set<Int>()
        var excluded = Set<Int>()
        for term in terms {
            let needsOnlyCapitals = term.masks?.allSatisfy { $0 == 1 } ?? false
            var occursCertainly = false
            var occursInTitleCase = false
            var occursInLowerCase = false
            for (index, field) in fields.enumerated() {
                let words = field.words.map { field.string($0) }
                guard words.count >= term.words.count else { continue }
                for start in 0...(words.count - term.words.count) {
                    let fits = term.words.indices.allSatisfy { offset in
                        let word = words[start + offset]
                        let isLast = offset == term.words.count - 1
                        return isLast && term.isPrefix ? word.hasPrefix(term.words[offset]) : word == term.words[offset]
                    }
                    guard fits else { continue }
                    guard let masks = term.masks else {
                        occursCertainly = true
                        continue
                    }
                    let caseFits = term.words.indices.allSatisfy { offset in
                        var mask = field.words[start + offset].caseMask
                        let isLast = offset == term.words.count - 1
                        if isLast && term.isPrefix { mask &= (1 << UInt32(term.words[offset].utf8.count)) &- 1 }
                        return mask == masks[offset]
                    }
                    let lowerCase = term.words.indices.allSatisfy { field.words[start + $0].caseMask == 0 }
                    if caseFits && index == 0 && titleIsTitleCase && needsOnlyCapitals {
                        occursInTitleCase = true
                    } else if caseFits {
                        occursCertainly = true
                    } else if lowerCase && needsOnlyCapitals {
                        occursInLowerCase = true
                    }
                }
            }
            let occurs = occursCertainly || (occursInTitleCase && !occursInLowerCase)
            if occurs { if term.excludes { excluded.insert(term.topic) } else { matched.insert(term.topic) } }
        }
        return matched.subtracting(excluded).map { topics[$0].id }.sorted()
    }

    /// Nearly every word of four letters or more capitalized (and not all in capitals).
    private static func isTitleCase(_ title: FoldedText) -> Bool {
        let long = title.words.filter { $0.end - $0.start >= 4 && !$0.flags.contains(.numeric) }
        let capitalized = long.filter { $0.flags.contains(.capitalized) && !$0.flags.contains(.allCapitals) }
        return long.count >= 3 && capitalized.count * 5 >= long.count * 4
    }
}
