public import FeedModel
import FeedStore
import FeedText
import FeedmergeConfig
public import Foundation
public import Tagger

/// How one topic tagged a period's articles, term by term, for `feedmerge tags --topic`: which
/// terms do the work, which tag articles on their own (where a word of two meanings shows, as
/// `Blizzard` the game company for a weather topic), which only come near, and which match
/// nothing.
public struct TopicAudit: Sendable {
    /// One term of the topic (a `match`, `match_case` or `categories` entry, or an `exclude`).
    public struct TermUse: Sendable {
        /// As the user wrote it.
        public var term: String
        /// Articles the topic tagged in which it matched.
        public var tagged = 0
        /// Of those, the articles in which it was the topic's only term.
        public var alone = 0
        /// Articles the topic came near (below `min_hits`, or vetoed) in which it matched; for
        /// an `exclude` term, the articles it vetoed.
        public var nearMisses = 0
        /// Articles it matched in, by where.
        public var places: [TextPlace: Int] = [:]
        /// The newest articles it matched in (tagged ones, those it tagged alone first; for an
        /// `exclude` term, those it vetoed).
        public var examples: [SourcedArticle] = []
    }

    public var topic: Topic
    /// The period's articles.
    public var articles = 0
    /// Those the topic's own terms tagged.
    public var tagged = 0
    /// Those tagged through a topic `within` it and not by its own terms.
    public var inherited = 0
    /// Those tagged by a feed tag only (an OPML folder or `category` naming the topic).
    public var fromFeeds = 0
    /// Near misses: vetoed by an `exclude` term, and below `min_hits`.
    public var excluded = 0
    public var belowMinimum = 0
    /// The terms that matched, most articles tagged first.
    public var terms: [TermUse] = []
    /// The `exclude` terms that vetoed a tag.
    public var exclusions: [TermUse] = []
    /// The terms that matched nothing in the period.
    public var unused: [String] = []
    /// Longer words that begin with a whole-word term and that no term of the topic matches
    /// (`drones` for `drone`, `vucica` for `Vučić`), most articles first: a term matches whole
    /// words, and a plural or an inflected form is a word of its own.
    public var longerForms: [LongerForm] = []
    /// Other forms of Ukrainian names that whole-word terms write in their dictionary form
    /// (`kyieva` for `Київ`), which no term of the topic matches, most articles first.
    public var otherForms: [LongerForm] = []

    /// A word (folded) that begins with a term, one to three letters longer, and the articles
    /// of the period that write it where no term of the topic matched it.
    public struct LongerForm: Sendable {
        public var term: String
        public var word: String
        public var articles: Int
    }
}

extension Pipeline {
    /// How the topic `id` tags the articles dated at or after `since`, with the topics as
    /// configured now, and at most `examples` articles for each term; nil when no topic has that
    /// id.
    public func audit(topic id: String, since: Date, examples: Int) throws(PipelineError) -> TopicAudit? {
        guard let topic = configuration.topics.first(where: { $0.id == id }) else { return nil }
        let store = try openStore()
        let tagger = Tagger(topics: configuration.topics)
        let articles = try storeCall { () throws(StoreError) in try store.articles(since: since) }
        // Read as a build reads them: without the lines learned as each feed's boilerplate.
        let learned = try learnedBoilerplate(store: store, feedIDs: Set(articles.map(\.feedID)))
        var audit = TopicAudit(topic: topic)
        var uses: [String: TopicAudit.TermUse] = [:]
        var vetoes: [String: TopicAudit.TermUse] = [:]
        // Examples gathered apart, newest first: those a term tagged alone, then the others.
        var aloneExamples: [String: [SourcedArticle]] = [:]
        var otherExamples: [String: [SourcedArticle]] = [:]
        let forms = NearMatchFinder(topic, kinds: [.longer, .otherForm])
        struct Form: Hashable {
            var term: String
            var word: String
            var isLonger: Bool
        }
        var longer: [Form: Int] = [:]
        for sourced in articles {
            audit.articles += 1
            // Folded once, for the topic's terms and for the longer forms.
            let text = ArticleText(sourced.article, cleaner: TextCleaner(learned: learned[sourced.feedID] ?? []))
            let explanation = tagger.explain(sourced.article, text: text).first { $0.topic == id }
            let near = forms.nearMatches(in: sourced.article, text: text, matched: explanation?.matches ?? [])
            for form in Set(near.map { Form(term: $0.term, word: $0.text, isLonger: $0.kind == .longer) }) {
                longer[form, default: 0] += 1
            }
            let byFeed = tagger.withParents(Set(sourced.feedTags)).contains(id)
            guard let explanation else {
                if byFeed { audit.fromFeeds += 1 }
                continue
            }
            switch explanation.verdict {
            case .tagged: audit.tagged += 1
            case .inherited: audit.inherited += 1
            case .excluded: audit.excluded += 1
            case .belowMinimum: audit.belowMinimum += 1
            }
            if !explanation.isTagged && byFeed { audit.fromFeeds += 1 }
            let terms = Set(explanation.matches.map(\.term))
            for term in terms {
                var use = uses[term] ?? TopicAudit.TermUse(term: term)
                for occurrence in explanation.matches where occurrence.term == term {
                    use.places[occurrence.place, default: 0] += 1
                }
                if explanation.verdict == .tagged {
                    use.tagged += 1
                    if terms.count == 1 {
                        use.alone += 1
                        if aloneExamples[term, default: []].count < examples {
                            aloneExamples[term, default: []].append(sourced)
                        }
                    } else if otherExamples[term, default: []].count < examples {
                        otherExamples[term, default: []].append(sourced)
                    }
                } else if explanation.verdict != .inherited {
                    use.nearMisses += 1
                }
                uses[term] = use
            }
            if explanation.verdict == .excluded {
                for term in Set(explanation.exclusions.map(\.term)) {
                    var veto = vetoes[term] ?? TopicAudit.TermUse(term: term)
                    veto.nearMisses += 1
                    if veto.examples.count < examples { veto.examples.append(sourced) }
                    vetoes[term] = veto
                }
            }
        }
        for term in uses.keys {
            uses[term]?.examples = Array(
                (aloneExamples[term, default: []] + otherExamples[term, default: []]).prefix(examples))
        }
        let byUse: (TopicAudit.TermUse, TopicAudit.TermUse) -> Bool = { a, b in
            a.tagged != b.tagged
                ? a.tagged > b.tagged : (a.nearMisses != b.nearMisses ? a.nearMisses > b.nearMisses : a.term < b.term)
        }
        audit.terms = uses.values.sorted(by: byUse)
        audit.exclusions = vetoes.values.sorted(by: byUse)
        audit.unused = (topic.match + topic.matchCase + topic.categories).filter { uses[$0] == nil }
        func listed(isLonger: Bool) -> [TopicAudit.LongerForm] {
            longer.filter { $0.key.isLonger == isLonger }.map { form, count in
                TopicAudit.LongerForm(term: form.term, word: form.word, articles: count)
            }.sorted { a, b in
                a.articles != b.articles ? a.articles > b.articles : (a.term, a.word) < (b.term, b.word)
            }
        }
        audit.longerForms = listed(isLonger: true)
        audit.otherForms = listed(isLonger: false)
        return audit
    }
}
