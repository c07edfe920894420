public import FeedModel
import FeedText
import Foundation

/// Tags articles with the user's topics.
///
/// All the terms of all topics are compiled into one `TermTrie`, so an article is read once
/// whatever the number of topics. An article gets a topic when one of its terms occurs in the
/// title or the summary, or a source category is one of the topic's `categories`, or its terms
/// occur at least `min_hits` times in the body; and none of its `exclude` terms occurs anywhere.
/// It then also gets the topic's parents (`within`), transitively.
public struct Tagger: Sendable {
    public let topics: [Topic]
    private let trie: TermTrie
    /// For each topic, itself and all its ancestors.
    private let closure: [[Int]]
    private let indexByID: [String: Int]
    /// Category strings (trimmed, lower-cased), to the category terms that name them.
    private let categoryTerms: [String: [Int32]]

    public init(topics: [Topic]) {
        self.topics = topics
        var trie = TermTrie()
        var byCategory: [String: [Int32]] = [:]
        for (index, topic) in topics.enumerated() {
            for term in topic.match {
                trie.add(term, topic: index, role: .match, isCaseSensitive: false, isFuzzy: topic.fuzzy)
            }
            for term in topic.matchCase {
                trie.add(term, topic: index, role: .match, isCaseSensitive: true, isFuzzy: false)
            }
            for term in topic.exclude {
                trie.add(term, topic: index, role: .exclude, isCaseSensitive: false, isFuzzy: false)
            }
            for category in topic.categories {
                byCategory[Tagger.categoryKey(category), default: []].append(
                    trie.addDetached(category, topic: index, role: .match))
            }
        }
        self.trie = trie
        categoryTerms = byCategory
        let indexByID = Dictionary(topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.indexByID = indexByID
        closure = topics.indices.map { start in
            var seen: [Int] = []
            var stack = [start]
            while let next = stack.popLast() {
                guard !seen.contains(next) else { continue }
                seen.append(next)
                stack.append(contentsOf: topics[next].within.compactMap { indexByID[$0] })
            }
            return seen
        }
    }

    /// The topic ids `article` is tagged with, sorted.
    public func topicIDs(for article: Article) -> [String] {
        var tally = Tally()
        let text = ArticleText(article)
        scan(text, article) { hit, place in tally.add(trie.terms[Int(hit.term)], hit, place) }
        var tags = Set<String>()
        for entry in tally.entries where isTagged(entry) {
            for ancestor in closure[Int(entry.topic)] { tags.insert(topics[ancestor].id) }
        }
        return tags.sorted()
    }

    /// Each topic `article` is tagged with, or came near, and why: the terms found and where,
    /// the exclusions, the body count against `min_hits`. Tagged topics first, then by id.
    public func explain(_ article: Article) -> [TagExplanation] {
        let text = ArticleText(article)
        var found: [Int: (matches: [OccurrenceKey: Int], exclusions: [OccurrenceKey: Int])] = [:]
        var tally = Tally()
        scan(text, article) { hit, place in
            let term = trie.terms[Int(hit.term)]
            // A mention counts once, under the first term that covers it.
            guard tally.add(term, hit, place) else { return }
            let words: String
            switch place {
            case .title: words = Tagger.words(text.title, hit.words)
            case .summary: words = Tagger.words(text.summary, hit.words)
            case .body: words = Tagger.words(text.body, hit.words)
            case .category: words = term.text
            }
            let key = OccurrenceKey(term: term.text, place: place, text: words, isFuzzy: hit.isFuzzy)
            var entry = found[Int(term.topic)] ?? ([:], [:])
            if term.role == .exclude {
                entry.exclusions[key, default: 0] += 1
            } else {
                entry.matches[key, default: 0] += 1
            }
            found[Int(term.topic)] = entry
        }
        var explanations: [String: TagExplanation] = [:]
        for counts in tally.entries {
            let index = Int(counts.topic)
            guard let entry = found[index] else { continue }
            let verdict: TagExplanation.Verdict
            if isTagged(counts) {
                verdict = .tagged
            } else if counts.excluded && (counts.strong > 0 || counts.body > 0) {
                verdict = .excluded
            } else if counts.body > 0 {
                verdict = .belowMinimum
            } else {
                continue  // only an exclude term: nothing came near
            }
            explanations[topics[index].id] = TagExplanation(
                topic: topics[index].id, verdict: verdict, matches: Tagger.occurrences(entry.matches),
                exclusions: Tagger.occurrences(entry.exclusions), bodyHits: Int(counts.body),
                minHits: topics[index].minHits, via: [])
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
                        minHits: topics[ancestor].minHits, via: [explanation.topic])
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

    /// `stories` with their tags set: the topics any copy matches, and the feeds' own tags.
    public func tag(_ stories: [Story]) -> [Story] {
        stories.map { story in
            var story = story
            var tags = Set<String>()
            for member in story.members {
                tags.formUnion(topicIDs(for: member.article))
                tags.formUnion(withParents(Set(member.feedTags)))
            }
            story.tags = tags.sorted()
            return story
        }
    }

    // MARK: Matching

    private func scan(_ text: ArticleText, _ article: Article, _ report: (TermTrie.Hit, TextPlace) -> Void) {
        trie.scan(text.title) { report($0, .title) }
        trie.scan(text.summary) { report($0, .summary) }
        trie.scan(text.body) { report($0, .body) }
        guard !categoryTerms.isEmpty else { return }
        for category in article.categories {
            var terms = categoryTerms[Tagger.categoryKey(category.term)] ?? []
            if let label = category.label, let more = categoryTerms[Tagger.categoryKey(label)] {
                terms += more.filter { !terms.contains($0) }
            }
            for term in terms { report(TermTrie.Hit(term: term, words: 0..<0, isFuzzy: false), .category) }
        }
    }

    private func isTagged(_ entry: Tally.Entry) -> Bool {
        !entry.excluded && (entry.strong > 0 || Int(entry.body) >= topics[Int(entry.topic)].minHits)
    }

    private static func categoryKey(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    private static func words(_ text: FoldedText, _ range: Range<Int>) -> String {
        range.map { text.string(text.words[$0]) }.joined(separator: " ")
    }

    private static func occurrences(_ counts: [OccurrenceKey: Int]) -> [TermOccurrence] {
        counts.map { key, count in
            TermOccurrence(term: key.term, place: key.place, text: key.text, count: count, isFuzzy: key.isFuzzy)
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
    }
}

/// What matched for each topic in one article: a few topics at most, so a short array.
struct Tally {
    struct Entry {
        var topic: Int32
        /// Matches in the title, the summary or the categories.
        var strong: Int32
        var body: Int32
        var excluded: Bool
        /// Where the last counted match ended, so that overlapping terms of one topic
        /// (`Western Balkans` and `Balkans`, `Pristina` and `Priština`) count one mention once.
        var lastPlace: TextPlace = .title
        var lastEnd = -1
    }

    var entries: [Entry] = []

    /// Counts a hit; false when it only repeats a mention already counted.
    @discardableResult
    mutating func add(_ term: TermTrie.Term, _ hit: TermTrie.Hit, _ place: TextPlace) -> Bool {
        var index = entries.firstIndex { $0.topic == term.topic }
        if index == nil {
            entries.append(Entry(topic: term.topic, strong: 0, body: 0, excluded: false))
            index = entries.count - 1
        }
        if term.role == .exclude {
            entries[index!].excluded = true
            return true
        }
        if place != .category {
            if entries[index!].lastPlace == place && hit.words.lowerBound < entries[index!].lastEnd { return false }
            entries[index!].lastPlace = place
            entries[index!].lastEnd = hit.words.upperBound
        }
        if place == .body {
            entries[index!].body += 1
        } else {
            entries[index!].strong += 1
        }
        return true
    }
}
