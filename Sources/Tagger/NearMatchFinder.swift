public import FeedModel
import FeedText

/// Words of an article that one topic's terms nearly match, and why they do not: a longer form
/// of a whole-word term (`drones` for `drone`, `vucica` for `Vučić`), a `match_case` term written
/// in another case (`nato` for `NATO`), a word one letter from a term of a topic that is not
/// `fuzzy` (`stoltenburg` for `Stoltenberg`). What a user needs to see when an article lacks a tag
/// they expected, or when a topic misses the plurals of its terms.
///
/// Each kind is found by a tagger of its own over the same text: the topic's whole-word terms
/// as prefixes, its `match_case` terms without case, its terms with `fuzzy` on. Their matches
/// are kept when the topic's own terms did not match the same words.
public struct NearMatchFinder: Sendable {
    /// Why a word nearly matched.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// One to three letters longer than a whole-word term (only `s` or `es` after a word of
        /// two or three letters: `apps`, not `apply`).
        case longer
        /// Another form of a Ukrainian name that a whole-word term writes in its dictionary form
        /// (`Києва`, `Києві` for `Київ`: see `UkrainianAlternation`), which no longer form shows
        /// since it does not begin with the term.
        case otherForm = "other-form"
        /// A `match_case` term in another case.
        case otherCase = "other-case"
        /// One letter from a term, in a topic that is not `fuzzy`.
        case oneEdit = "one-edit"
    }

    /// A word (or words, for a phrase) that nearly matched a term.
    public struct NearMatch: Sendable, Hashable {
        public var kind: Kind
        /// The term as the user wrote it.
        public var term: String
        /// The article's words, folded.
        public var text: String
        public var place: TextPlace
        /// How many times it occurs there.
        public var count: Int
    }

    private let tagger: Tagger?
    private let kinds: Set<Kind>
    /// For the longer and other forms: each probe term (`drone*`) with the term the user wrote,
    /// its folded readings (a Cyrillic term has one per spelling) and those of the stems of its
    /// other forms (the tagger enters them for the probe, as for any prefix term). The other
    /// kinds' probe terms are the user's own.
    private let longerProbes: [String: (term: String, folded: [String], stems: [String])]
    static let longest = 3

    /// A finder of the near matches of `topic` of the kinds `kinds`.
    public init(_ topic: Topic, kinds: Set<Kind> = Set(Kind.allCases)) {
        var longerProbes: [String: (term: String, folded: [String], stems: [String])] = [:]
        var probes: [Topic] = []
        if !kinds.isDisjoint(with: [.longer, .otherForm]) {
            var probe = Topic(id: Kind.longer.rawValue)
            for (terms, isCaseSensitive) in [(topic.match, false), (topic.matchCase, true)] {
                for term in terms where !term.hasSuffix("*") {
                    let readings = NearMatchFinder.foldedReadings(of: term)
                    // A last word of one letter (`Series A`) has no longer form worth a probe
                    // that every word beginning with that letter would match.
                    guard !readings.isEmpty, readings.allSatisfy({ ($0.split(separator: " ").last?.count ?? 0) >= 2 })
                    else { continue }
                    let stems = UkrainianAlternation.stems(of: term).flatMap(NearMatchFinder.foldedReadings)
                    guard kinds.contains(.longer) || !stems.isEmpty else { continue }
                    longerProbes[term + "*"] = (term, kinds.contains(.longer) ? readings : [], stems)
                    if isCaseSensitive { probe.matchCase.append(term + "*") } else { probe.match.append(term + "*") }
                }
            }
            probes.append(probe)
        }
        if kinds.contains(.otherCase) {
            probes.append(Topic(id: Kind.otherCase.rawValue, match: topic.matchCase))
        }
        if kinds.contains(.oneEdit) && !topic.fuzzy {
            probes.append(Topic(id: Kind.oneEdit.rawValue, match: topic.match, matchCase: topic.matchCase, fuzzy: true))
        }
        self.longerProbes = longerProbes
        self.kinds = kinds
        let used = probes.filter { !($0.match.isEmpty && $0.matchCase.isEmpty) }
        tagger = used.isEmpty ? nil : Tagger(topics: used)
    }

    /// The near matches in `article`, whose folded and cleaned text is `text`, that none of
    /// `matched` (the topic's own matches there, from `Tagger.explain`) covers: most frequent first.
    public func nearMatches(in article: Article, text: ArticleText, matched: [TermOccurrence]) -> [NearMatch] {
        guard let tagger else { return [] }
        struct Place: Hashable {
            var text: String
            var place: TextPlace
        }
        let covered = Set(matched.map { Place(text: $0.text, place: $0.place) })
        var found: [NearMatch] = []
        for explanation in tagger.explain(article, text: text) {
            guard let kind = Kind(rawValue: explanation.topic) else { continue }
            for occurrence in explanation.matches
            where occurrence.place != .category
                && !covered.contains(Place(text: occurrence.text, place: occurrence.place))
            {
                var term = occurrence.term
                var kind = kind
                switch kind {
                case .longer, .otherForm:
                    guard let probe = longerProbes[occurrence.term] else { continue }
                    if probe.folded.contains(where: { NearMatchFinder.isLonger(occurrence.text, than: $0) }) {
                        kind = .longer
                    } else if kinds.contains(.otherForm),
                        probe.stems.contains(where: { NearMatchFinder.isOtherForm(occurrence.text, of: $0) })
                    {
                        kind = .otherForm
                    } else {
                        continue
                    }
                    term = probe.term
                case .otherCase:
                    guard !occurrence.isFuzzy else { continue }
                case .oneEdit:
                    guard occurrence.isFuzzy else { continue }
                }
                found.append(
                    NearMatch(
                        kind: kind, term: term, text: occurrence.text, place: occurrence.place, count: occurrence.count)
                )
            }
        }
        // `footballs` for `football` is a longer form and one letter off: said once, as the first.
        let longer = Set(found.filter { $0.kind == .longer }.map { Place(text: $0.text, place: $0.place) })
        found.removeAll { $0.kind == .oneEdit && longer.contains(Place(text: $0.text, place: $0.place)) }
        return found.sorted { a, b in
            a.count != b.count ? a.count > b.count : (a.term, a.text) < (b.term, b.text)
        }
    }

    /// Whether `text` is a Ukrainian name's other stem (folded) with an ending of one to three
    /// letters (`kyieva`, `kyievom` for the stem `kyiev` of `Київ`).
    static func isOtherForm(_ text: String, of stem: String) -> Bool {
        guard text.hasPrefix(stem) else { return false }
        let added = text.dropFirst(stem.count)
        return !added.isEmpty && added.count <= longest && !added.contains(" ")
    }

    private static func foldedReadings(of term: String) -> [String] {
        FoldedText.readings(of: term).map { reading in
            reading.text.words.map { reading.text.string($0) }.joined(separator: " ")
        }
    }

    /// Whether `text` is `term` (folded) with one to three letters more at its end: only `s` or
    /// `es` after a word of two or three letters, since after a short word (`app`, `PC`, `US`)
    /// most longer words are other words (`apply`, `PCI`, `USB`).
    static func isLonger(_ text: String, than term: String) -> Bool {
        guard text.hasPrefix(term), text.count > term.count else { return false }
        let added = text.dropFirst(term.count)
        guard added.count <= longest, !added.contains(" ") else { return false }
        let lastWord = term.split(separator: " ").last?.count ?? 0
        return lastWord >= 4 || (lastWord >= 2 && (added == "s" || added == "es"))
    }
}
