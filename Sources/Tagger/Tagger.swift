public import FeedModel
public import FeedText
import Foundation

/// Tags articles with the user's topics.
///
/// All the terms of all topics are compiled into one `TermTrie`, so an article is read once
/// whatever the number of topics. An article gets a topic when one of its terms occurs in the
/// title or the summary, or a source category is one of the topic's `categories`, or its terms
/// occur at least `min_hits` times in the body (for each `min_hits_per_words` words of a longer
/// body); and none of its `exclude` terms occurs anywhere.
/// It then also gets the topic's parents (`within`), transitively.
public struct Tagger: Sendable {
    /// Everything compiled from the topics, behind one reference: the matching closures capture
    /// it on every article, and a struct of a dozen arrays would be copied (and retained) each time.
    private final class Compiled: Sendable {
        let topics: [Topic]
        let trie: TermTrie
        /// The names' genitives in German (`Putins`), read in German articles' titles and
        /// summaries.
        let genitives: CaseFormTrie
        /// Each language's forms of the names and names of the places (`Vučića`, `Kurtit`,
        /// `Путіна`, `Zełenskiego`, `Брюксел`), in the order an article told as more than one
        /// reads the first of: West Slavic before South Slavic, since Slovak also writes `je` and
        /// `sú`, two of the South Slavic words that tell a language. They share the names: all
        /// are empty when one is.
        let caseForms: [(language: ArticleLanguage, forms: CaseFormTrie)]
        /// For each topic, itself and all its ancestors.
        let closure: [[Int]]
        let indexByID: [String: Int]
        /// Category strings (trimmed, lower-cased), to the category terms that name them.
        let categoryTerms: [String: [Int32]]
        /// What tagging an article reads, flat: each topic's `min_hits` and `min_hits_per_words`;
        /// the ranks (places in the order of ids: tags come out sorted by id) of a topic and its
        /// ancestors (topic i's at `ancestorStart[i]..<ancestorStart[i + 1]`); ids by rank.
        let minHits: [Int32]
        let minHitsPerWords: [Int32]
        let ancestorRanks: [Int32]
        let ancestorStart: [Int32]
        let idByRank: [String]

        init(
            topics: [Topic], trie: TermTrie, names: [CaseFormTrie.Name], closure: [[Int]], indexByID: [String: Int],
            rankByIndex: [Int], indexByRank: [Int],
            categoryTerms: [String: [Int32]]
        ) {
            self.topics = topics
            self.trie = trie
            genitives = CaseFormTrie(names: names, formsPerName: 1, casedAsNames: false) { term in
                TermTrie.Builder.germanGenitive(of: term.trimmingCharacters(in: .whitespaces)).map { [$0] } ?? []
            }
            // A language's forms of the names, its names of the places (see `Exonyms`) and its
            // adjectives of the countries and places (`NationalityAdjectives`, `PlaceAdjectives`).
            func cases(
                _ forms: @escaping @Sendable (String) -> [String], in language: Exonyms.Language, formsPerName: Int = 16
            ) -> CaseFormTrie {
                CaseFormTrie(
                    names: names, formsPerName: formsPerName, casedAsNames: true,
                    spell: Exonyms.spelling(forms, in: language),
                    spellAsWritten: {
                        NationalityAdjectives.forms(of: $0, in: language) + PlaceAdjectives.forms(of: $0, in: language)
                    })
            }
            // French, Italian and Spanish decline no names: only their names and adjectives that
            // are other words elsewhere (`Mosca`, `russo`), the rest being matched in any article.
            func romance(_ language: Exonyms.Romance) -> CaseFormTrie {
                CaseFormTrie(
                    names: names, formsPerName: 1, casedAsNames: true,
                    spell: { Exonyms.romance(of: $0, in: language) },
                    spellAsWritten: { NationalityAdjectives.romance(of: $0, in: language) }, writtenKeepsCase: true)
            }
            caseForms = [
                (.westSlavic, cases(WestSlavicCases.forms(of:), in: .westSlavic)),
                (.southSlavic, cases(SouthSlavicCases.formsWithRussianReading(of:), in: .southSlavic)),
                (.albanian, cases(AlbanianCases.forms(of:), in: .albanian, formsPerName: 4)),
                (.eastSlavic, cases(EastSlavicCases.forms(of:), in: .eastSlavic)),
                // Macedonian and Bulgarian decline no names: only the places' names, and their
                // spellings of a Russian or Ukrainian name (`Shoigu`: `Шојгу`; `Andriy Yermak`:
                // `Андриј Јермак`; Bulgarian `Maria Zakharova`: `Мария Захарова`, read `Mariya
                // Zaharova`).
                (
                    .macedonian,
                    cases(
                        { RussianSpelling.macedonianLatin(of: $0) + UkrainianSpelling.macedonianLatin(of: $0) },
                        in: .macedonian, formsPerName: 1)
                ),
                (
                    .bulgarian,
                    cases(
                        { term in
                            (RussianSpelling.serbianLatin(of: term) + UkrainianSpelling.serbianLatin(of: term)).map(
                                SouthSlavicLatinNames.bulgarianReading(ofLatin:))
                        }, in: .bulgarian, formsPerName: 2)
                ),
                (.turkish, cases(TurkishCases.forms(of:), in: .turkish, formsPerName: 2)),
                (.hungarian, cases(HungarianCases.forms(of:), in: .hungarian, formsPerName: 48)),
                (.romanian, cases(RomanianCases.forms(of:), in: .romanian, formsPerName: 3)),
                // Greek spells the names in its letters, and declines few foreign ones.
                (.greek, cases(GreekSpelling.forms(of:), in: .greek, formsPerName: 2)),
                (.french, romance(.french)), (.italian, romance(.italian)), (.spanish, romance(.spanish)),
            ]
            self.closure = closure
            self.indexByID = indexByID
            self.categoryTerms = categoryTerms
            minHits = topics.map { Int32(clamping: $0.minHits) }
            minHitsPerWords = topics.map { Int32(clamping: $0.minHitsPerWords) }
            var ranks: [Int32] = []
            var starts: [Int32] = [0]
            for ancestors in closure {
                ranks += ancestors.map { Int32(rankByIndex[$0]) }
                starts.append(Int32(ranks.count))
            }
            ancestorRanks = ranks
            ancestorStart = starts
            idByRank = indexByRank.map { topics[$0].id }
        }
    }

    private let compiled: Compiled
    public var topics: [Topic] { compiled.topics }
    private var trie: TermTrie { compiled.trie }
    private var closure: [[Int]] { compiled.closure }
    private var indexByID: [String: Int] { compiled.indexByID }
    private var categoryTerms: [String: [Int32]] { compiled.categoryTerms }

    public init(topics: [Topic]) {
        let expectedTerms = topics.reduce(0) { $0 + $1.match.count + $1.matchCase.count + $1.exclude.count }
        var trie = TermTrie.Builder(expectedTerms: expectedTerms)
        var byCategory: [String: [Int32]] = [:]
        // `Putin` is also `Putins` in German (`Putins Krieg`: a name's genitive, its possessive
        // as `Putin's` is in English), `Putina` in Serbian, `Putinit` in Albanian. The names'
        // forms are read in articles in those languages only (see `CaseFormTrie`).
        var names: [CaseFormTrie.Name] = []
        func add(_ term: String, topic: Int, role: TermTrie.Role, isCaseSensitive: Bool, isFuzzy: Bool) {
            let first = trie.termCount
            guard trie.add(term, topic: topic, role: role, isCaseSensitive: isCaseSensitive, isFuzzy: isFuzzy) else {
                return
            }
            // A capital letter, or a letter beyond ASCII that may be one, read from the bytes; or
            // an adjective the languages write their way (`Russian*`, `ruski`).
            if !term.hasSuffix("*") && term.utf8.contains(where: { $0 &- 0x41 < 26 || $0 >= 0xC0 })
                || NationalityAdjectives.isListed(term)
            {
                names.append(
                    CaseFormTrie.Name(
                        text: term, topic: topic, role: role, isCaseSensitive: isCaseSensitive, term: first))
            }
        }
        for (index, topic) in topics.enumerated() {
            for term in topic.match {
                add(term, topic: index, role: .match, isCaseSensitive: false, isFuzzy: topic.fuzzy)
            }
            for term in topic.matchCase {
                add(term, topic: index, role: .match, isCaseSensitive: true, isFuzzy: false)
            }
            for term in topic.exclude {
                add(term, topic: index, role: .exclude, isCaseSensitive: false, isFuzzy: false)
            }
            for category in topic.categories {
                byCategory[Tagger.categoryKey(category), default: []].append(
                    trie.addDetached(category, topic: index, role: .match))
            }
        }
        let indexByID = Dictionary(topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let indexByRank = topics.indices.sorted { topics[$0].id < topics[$1].id }
        var ranks = [Int](repeating: 0, count: topics.count)
        for (rank, index) in indexByRank.enumerated() { ranks[index] = rank }
        let closure = topics.indices.map { start in
            var seen: [Int] = []
            var stack = [start]
            while let next = stack.popLast() {
                guard !seen.contains(next) else { continue }
                seen.append(next)
                stack.append(contentsOf: topics[next].within.compactMap { indexByID[$0] })
            }
            return seen
        }
        compiled = Compiled(
            topics: topics, trie: TermTrie(trie), names: names, closure: closure, indexByID: indexByID,
            rankByIndex: ranks,
            indexByRank: indexByRank,
            categoryTerms: byCategory)
    }

    /// The topic ids `article` is tagged with, sorted.
    public func topicIDs(for article: Article) -> [String] {
        topicIDs(for: article, text: ArticleText(article))
    }

    /// The topic ids of an article whose text is already folded (as dedup folds it, so that a
    /// build reads each article once), sorted.
    public func topicIDs(for article: Article, text: ArticleText) -> [String] {
        guard !topics.isEmpty else { return [] }
        var tally = Tally()
        scan(text, article) { hit, place in tally.add(hit, place) }
        let bodyWords = text.bodyWords.count
        // Topic ranks in the order of ids, not strings: an article may carry dozens of tags. They
        // are gathered on the stack (room for every topic touched and its parents), since most
        // articles a topic touches get no tag or one.
        let compiled = compiled
        let room = tally.entries.reduce(0) {
            $0 + Int(compiled.ancestorStart[Int($1.topic) + 1] - compiled.ancestorStart[Int($1.topic)])
        }
        guard room > 0 else { return [] }
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: room) { buffer in
            var filled = 0
            for entry in tally.entries where isTagged(entry, bodyWords: bodyWords) {
                let topic = Int(entry.topic)
                for index in compiled.ancestorStart[topic]..<compiled.ancestorStart[topic + 1] {
                    buffer[filled] = compiled.ancestorRanks[Int(index)]
                    filled += 1
                }
            }
            var ranks = UnsafeMutableBufferPointer(rebasing: buffer[..<filled])
            ranks.sort()
            var ids: [String] = []
            ids.reserveCapacity(filled)
            var previous: Int32 = -1
            for rank in ranks where rank != previous {
                ids.append(compiled.idByRank[Int(rank)])
                previous = rank
            }
            return ids
        }
    }

    /// Each topic `article` is tagged with, or came near, and why: the terms found and where,
    /// the exclusions, the body count against `min_hits`. Tagged topics first, then by id.
    public func explain(_ article: Article, cleaner: TextCleaner = TextCleaner()) -> [TagExplanation] {
        explain(article, text: ArticleText(article, cleaner: cleaner))
    }

    /// `explain(_:cleaner:)` for an article whose text is already folded and cleaned (so that
    /// several reports on one article read it once).
    public func explain(_ article: Article, text: ArticleText) -> [TagExplanation] {
        var found: [Int: (matches: [OccurrenceKey: Int], exclusions: [OccurrenceKey: Int])] = [:]
        var tally = Tally()
        scan(text, article, reportsNearMisses: true) { hit, place in
            let term = trie.termTexts[Int(hit.term)]
            // A mention counts once, under the first term that covers it.
            guard tally.add(hit, place) else { return }
            let words: String
            switch place {
            case .title: words = Tagger.words(text.title, hit.words)
            case .summary: words = text.withSummary { source, _ in Tagger.words(source, hit.words) }
            case .body: words = Tagger.words(text.text, hit.words)
            case .category: words = term
            }
            let key = OccurrenceKey(
                term: term, place: place, text: words, isFuzzy: hit.isFuzzy, isCaseUncertain: hit.isCaseUncertain,
                isContradicted: hit.isContradicted, isInOtherLanguage: hit.isInOtherLanguage,
                isUnsureName: hit.isUnsureName, isInOtherName: hit.isInOtherName)
            var entry = found[Int(hit.topic)] ?? ([:], [:])
            if hit.excludes {
                entry.exclusions[key, default: 0] += 1
            } else {
                entry.matches[key, default: 0] += 1
            }
            found[Int(hit.topic)] = entry
        }
        var explanations: [String: TagExplanation] = [:]
        let bodyWords = text.bodyWords.count
        for counts in tally.entries {
            let index = Int(counts.topic)
            guard let entry = found[index] else { continue }
            let verdict: TagExplanation.Verdict
            if isTagged(counts, bodyWords: bodyWords) {
                verdict = .tagged
            } else if counts.excluded && (counts.strong > 0 || counts.body + counts.uncertain > 0) {
                verdict = .excluded
            } else if counts.body + counts.uncertain > 0 || counts.contradicted || counts.nearMiss {
                verdict = .belowMinimum
            } else {
                continue  // only an exclude term: nothing came near
            }
            explanations[topics[index].id] = TagExplanation(
                topic: topics[index].id, verdict: verdict, matches: Tagger.occurrences(entry.matches),
                exclusions: Tagger.occurrences(entry.exclusions), bodyHits: Int(counts.bodyHits),
                minHits: topics[index].minHits, minHitsPerWords: topics[index].minHitsPerWords, bodyWords: bodyWords,
                via: [])
        }
        for explanation in explanations.values where explanation.verdict == .tagged {
            guard let index = indexByID[explanation.topic] else { continue }
            for ancestor in closure[index].dropFirst() {
                let id = topics[ancestor].id
                if var existing = explanations[id] {
                    if !existing.isTagged { existing.verdict = .inherited }
                    if existing.verdict == .inherited { existing.via.append(explanation.topic) }
                    explanations[id] = existing
                } else {
                    explanations[id] = TagExplanation(
                        topic: id, verdict: .inherited, matches: [], exclusions: [], bodyHits: 0,
                        minHits: topics[ancestor].minHits, minHitsPerWords: topics[ancestor].minHitsPerWords,
                        bodyWords: bodyWords, via: [explanation.topic])
                }
            }
        }
        return explanations.values.map { explanation in
            var explanation = explanation
            explanation.via.sort()
            return explanation
        }.sorted { a, b in
            a.isTagged != b.isTagged ? a.isTagged : a.topic < b.topic
        }
    }

    /// `ids` with every topic they are `within`, transitively: feed tags from OPML that name a
    /// topic bring its parents along, as the topic's own terms would.
    public func withParents(_ ids: Set<String>) -> Set<String> {
        var result = ids
        for id in ids {
            guard let index = indexByID[id] else { continue }
            for ancestor in closure[index] { result.insert(topics[ancestor].id) }
        }
        return result
    }

    /// A term of a topic that can never tag: one of the topic's `exclude` terms matches
    /// wherever it does.
    public struct VetoedTerm: Sendable, Hashable {
        public var topic: String
        /// The `match` or `match_case` term, and the `exclude` term that vetoes it.
        public var term: String
        public var exclude: String
    }

    /// The terms of each topic that one of its own `exclude` terms always vetoes: the same word
    /// (an exclude term ignores case, so `exclude: [turkey]`, meant for the bird, vetoes
    /// `match_case: [Turkey]`), or a word of a phrase (`exclude: [Serbian]` and
    /// `match: ["Serbian President"]`). Such a term is a mistake nothing else shows: the topic
    /// quietly tags nothing through it.
    public var vetoedTerms: [VetoedTerm] {
        var found: [VetoedTerm] = []
        for topic in topics where !topic.exclude.isEmpty {
            // Each exclude term as the trie holds it, with the spellings an exclude term has.
            let vetoes = topic.exclude.map { ($0, Tagger(topics: [Topic(id: topic.id, exclude: [$0])])) }
            for term in topic.match + topic.matchCase {
                // What a prefix term matches at the least: the word it gives.
                let text = term.hasSuffix("*") ? String(term.dropLast()) : term
                if let (exclude, _) = vetoes.first(where: { $0.1.termsName(text, asExclusion: true) }) {
                    found.append(VetoedTerm(topic: topic.id, term: term, exclude: exclude))
                }
            }
        }
        return found
    }

    // MARK: Matching

    /// Whether a term of some topic (one that matches, or with `asExclusion` one that excludes)
    /// occurs in `text` as written.
    func termsName(_ text: String, asExclusion: Bool = false) -> Bool {
        var scratch = TermTrie.Scratch()
        var named = false
        trie.scan(FoldedText(text), &scratch) { hit in
            if hit.excludes == asExclusion && !hit.isInLowerCase { named = true }
        }
        return named
    }

    /// Reports each hit that counts in `article` and where; with `reportsNearMisses`, also each
    /// that does not count in its language (`TermTrie.Hit.isInOtherLanguage`) or whose capital
    /// tells no name (`TermTrie.Hit.isUnsureName`), for `explain`.
    private func scan(
        _ text: ArticleText, _ article: Article, reportsNearMisses: Bool = false,
        _ report: (TermTrie.Hit, TextPlace) -> Void
    ) {
        let (headline, inCapitals) = ArticleText.headlineCase(text.title)
        let compiled = compiled
        var scratch = TermTrie.Scratch()
        scratch.reportsNearMisses = reportsNearMisses
        // "Turkey Farmers Brace For Christmas": in a headline in title case, a capital letter
        // says nothing, so a term that only needs one counts as a body match, and not at all
        // when the article writes it in lower case ("turkey farmers"). Such matches wait for
        // the whole text; so are the terms met in lower case noted.
        var uncertain: [TermTrie.Hit] = []
        var inLowerCase: [Int32] = []
        let languages: ArticleLanguage
        if compiled.genitives.isEmpty && !compiled.trie.hasSouthSlavicLatinTerms {
            languages = []
        } else {
            // English is told again from the words: blog software declares its own default
            // (`en-US`) for outlets that never set theirs, and a Serbian or German outlet's feed
            // then claims English. Any other declaration was written by someone, and stands.
            switch article.language.map(ArticleLanguage.init(declared:)) {
            case nil, ArticleLanguage.english?: languages = ArticleLanguage.told(by: text)
            case let declared?: languages = declared
            }
        }
        // Known before the scan, not told when a hit first asks: a `take` that could tell it
        // carried the article and its text, and made matching 4.4 times as dear (80,050
        // instructions an article against 18,024, 1,000 topics at 10%).
        let isSouthSlavic = languages.contains(.southSlavic)
        let genitives = languages.contains(.german) ? compiled.genitives.forms() : nil
        let caseForms = languages.isEmpty ? nil : compiled.caseForms.first { languages.contains($0.language) }?.forms
        let cases = caseForms?.forms()
        var found: [(hit: TermTrie.Hit, order: Int)] = []
        func read(_ trie: TermTrie, _ place: TextPlace, _ take: (TermTrie.Hit) -> Void) {
            switch place {
            case .title: trie.scan(text.title, &scratch, take)
            case .summary: text.withSummary { source, words in trie.scan(source, words: words, &scratch, take) }
            default: trie.scan(text.text, words: text.bodyWords, &scratch, take)
            }
        }
        func scanPlace(_ place: TextPlace) {
            func take(_ hit: TermTrie.Hit) {
                if hit.needsSouthSlavic && !isSouthSlavic {
                    guard reportsNearMisses else { return }
                    var hit = hit
                    hit.isInOtherLanguage = true
                    report(hit, place)
                    return
                }
                if hit.isInLowerCase {
                    inLowerCase.append(hit.term)
                } else if place == .title && (hit.isCaseUncertain || (headline && hit.needsOnlyCapitals)) {
                    var hit = hit
                    hit.isCaseUncertain = true
                    uncertain.append(hit)
                } else {
                    report(hit, place)
                }
            }
            // Genitives are looked for in the title and the summary, where one match tags the
            // article and German headlines write them (`Putins Krieg`), not in the body, where
            // a second pass over every word cost German articles as much again, and a name in a
            // genitive is rarely the body's only mention of it. South Slavic and Albanian case
            // forms are looked for everywhere: most mentions of a name there are in one (`s
            // Vučićem`, `me Kurtin`).
            let genitivesHere = place != .body ? genitives : nil
            guard genitivesHere != nil || cases != nil else {
                read(compiled.trie, place, take)
                return
            }
            found.removeAll(keepingCapacity: true)
            if let genitivesHere {
                read(genitivesHere.trie, place) { hit in
                    var hit = hit
                    hit.term = genitivesHere.terms[Int(hit.term)]
                    found.append((hit, found.count + (1 << 40)))
                }
            }
            if let cases {
                read(cases.trie, place) { hit in
                    // A form in lower case (`toga`) is another word, and says nothing of the name.
                    guard !hit.isInLowerCase else { return }
                    var hit = hit
                    hit.isAdjective = cases.isAdjective[Int(hit.term)]
                    hit.term = cases.terms[Int(hit.term)]
                    // These languages write headlines in sentence case: one with many names
                    // (`Sastanak Vučića i Kurtija u Briselu`) only looks like title case, and its
                    // capitals still tell a name.
                    hit.needsOnlyCapitals = false
                    found.append((hit, found.count + (1 << 40)))
                }
            }
            guard !found.isEmpty else {
                read(compiled.trie, place, take)
                return
            }
            // The forms' hits join the others in the order of the words, as a mention
            // counts once, under the first term that covers it (`Tally.add`).
            read(compiled.trie, place) { found.append(($0, found.count)) }
            found.sort { ($0.hit.words.lowerBound, $0.order) < ($1.hit.words.lowerBound, $1.order) }
            for (hit, _) in found {
                // `Dodik u Republici Srpskoj`: the adjective is a word of a name another topic
                // lists, and says nothing of Serbia.
                if hit.isAdjective && found.contains(where: { Tagger.isName($0.hit, holding: hit) }) {
                    if reportsNearMisses {
                        var hit = hit
                        hit.isInOtherName = true
                        report(hit, place)
                    }
                    continue
                }
                take(hit)
            }
        }
        // "TELL US MORE", "TURKEY FARMERS BRACE FOR CHRISTMAS": in a headline all in capitals,
        // case says nothing either, and a case-sensitive term matches whatever its case, as an
        // uncertain match.
        scratch.casesSayNothing = inCapitals
        scratch.capitalsTellNoNames = headline || inCapitals
        scanPlace(.title)
        scratch.casesSayNothing = false
        scratch.capitalsTellNoNames = false
        scanPlace(.summary)
        scanPlace(.body)
        for var hit in uncertain {
            hit.isContradicted = inLowerCase.contains(hit.term)
            report(hit, .title)
        }
        guard !categoryTerms.isEmpty else { return }
        for category in article.categories {
            var terms = categoryTerms[Tagger.categoryKey(category.term)] ?? []
            if let label = category.label, let more = categoryTerms[Tagger.categoryKey(label)] {
                terms += more.filter { !terms.contains($0) }
            }
            for term in terms {
                let info = compiled.trie.termInfo[Int(term)]
                report(
                    TermTrie.Hit(
                        term: term, topic: info.topic, excludes: info.excludes, needsOnlyCapitals: false, words: 0..<0,
                        isFuzzy: false), .category)
            }
        }
    }

    /// Whether `name` is a match of another topic's longer name that holds the words of the
    /// adjective `adjective`.
    private static func isName(_ name: TermTrie.Hit, holding adjective: TermTrie.Hit) -> Bool {
        !name.isAdjective && !name.excludes && !name.isInLowerCase && name.topic != adjective.topic
            && name.words.count > adjective.words.count && name.words.lowerBound <= adjective.words.lowerBound
            && name.words.upperBound >= adjective.words.upperBound
    }

    private func isTagged(_ entry: Tally.Entry, bodyWords: Int) -> Bool {
        guard !entry.excluded else { return false }
        if entry.strong > 0 { return true }
        let needed = Topic.neededHits(
            minHits: Int(compiled.minHits[Int(entry.topic)]),
            perWords: Int(compiled.minHitsPerWords[Int(entry.topic)]), bodyWords: bodyWords)
        return Int(entry.bodyHits) >= needed
    }

    /// How a category string is looked up: trimmed, in lower case.
    static func categoryKey(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// Whether some topic's `categories:` names `category` (its term or its label).
    public func namesCategory(_ category: FeedModel.Category) -> Bool {
        categoryTerms[Tagger.categoryKey(category.term)] != nil
            || category.label.map { categoryTerms[Tagger.categoryKey($0)] != nil } == true
    }

    private static func words(_ text: FoldedText, _ range: Range<Int>) -> String {
        range.map { text.string(text.words[$0]) }.joined(separator: " ")
    }

    private static func occurrences(_ counts: [OccurrenceKey: Int]) -> [TermOccurrence] {
        counts.map { key, count in
            TermOccurrence(
                term: key.term, place: key.place, text: key.text, count: count, isFuzzy: key.isFuzzy,
                isCaseUncertain: key.isCaseUncertain, isContradicted: key.isContradicted,
                isInOtherLanguage: key.isInOtherLanguage, isUnsureName: key.isUnsureName,
                isInOtherName: key.isInOtherName)
        }.sorted { a, b in
            a.place != b.place
                ? TextPlace.allCases.firstIndex(of: a.place)! < TextPlace.allCases.firstIndex(of: b.place)!
                : (a.count != b.count ? a.count > b.count : a.term < b.term)
        }
    }

    private struct OccurrenceKey: Hashable {
        var term: String
        var place: TextPlace
        var text: String
        var isFuzzy: Bool
        var isCaseUncertain: Bool
        var isContradicted: Bool
        var isInOtherLanguage: Bool
        var isUnsureName: Bool
        var isInOtherName: Bool
    }
}
