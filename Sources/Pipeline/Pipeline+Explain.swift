public import Dedup
public import FeedModel
import FeedStore
import FeedText
import FeedWriter
import FeedmergeConfig
public import Foundation
public import Tagger

/// A story with its copies and the evidence that put each one there, for `feedmerge clusters`.
public struct StoryCluster: Sendable {
    /// The story's public id (as the outputs give it).
    public var id: String
    public var key: String
    /// Copies in the order the outputs list them: the source first.
    public var members: [Member]

    public struct Member: Sendable {
        public var article: SourcedArticle
        /// Nil until dedup has placed the article.
        public var evidence: MatchEvidence?
    }

    /// The earliest date a copy gives.
    public var date: Date { members.map(\.article.date).min() ?? .distantPast }
}

/// Why one article is in its story (or alone) and has its tags, for `feedmerge explain`.
public struct ArticleExplanation: Sendable {
    public var article: SourcedArticle
    /// The story it is in; nil until dedup has placed it (the next build does).
    public var story: StoryCluster?
    public var evidence: MatchEvidence?
    /// The copy that decided the match, and how the two compare.
    public var decidingCopy: SourcedArticle?
    public var decidingComparison: ComparisonDetail?
    /// The most alike articles within the window that are not in its story, and why not.
    public var nearestMisses: [(article: SourcedArticle, detail: ComparisonDetail)]
    /// Each topic the article has or came near, and why (tagged topics first).
    public var tags: [TagExplanation] = []
    /// The tags its feed gives every article (OPML folders and `category`), with their parents.
    public var feedTags: [String] = []
    /// The topic asked about (`explain --topic`), and the words its terms nearly matched.
    public var checkedTopic: String?
    public var nearMatches: [NearMatchFinder.NearMatch] = []
}

extension Pipeline {
    /// The stories with at least `minimumMembers` copies that have a copy dated at or after
    /// `since`, newest first.
    public func clusters(since: Date, minimumMembers: Int = 2) throws(PipelineError) -> [StoryCluster] {
        let store = try openStore()
        let groups = try storeCall { () throws(StoreError) in
            try store.storyMembers(since: since, minimumMembers: minimumMembers)
        }
        return groups.map { key, members in Pipeline.cluster(key: key, members) }.sorted { a, b in
            a.date != b.date ? a.date > b.date : a.id < b.id
        }
    }

    /// Explains, for each stored article whose link is `link` (as given, or canonically equal),
    /// which story it is in and why, or what came nearest and why it was not merged; with
    /// `topic`, also the words that topic's terms nearly matched.
    public func explain(link: String, topic: Topic? = nil) throws(PipelineError) -> [ArticleExplanation] {
        // An address copied from a browser's bar often lacks its scheme (`example.com/story`);
        // a link's key does not depend on it.
        let link = link.contains(":") || !link.contains(".") ? link : "https://" + link
        let store = try openStore()
        var found = try storeCall { () throws(StoreError) in
            try store.articles(link: link, key: CanonicalURL.make(link))
        }
        if found.isEmpty {
            // A link as the outputs publish it, where its canonical form is not the stored one's
            // (the canonical form already drops the campaign codes publishing drops and escapes
            // a space as publishing does). The stored links it can be begin as it does up to its
            // first escape or query.
            let published = FeedWriter.publishedLink(link) ?? link
            let prefix = String(link.prefix { $0 != "%" && $0 != "?" && $0 != "#" })
            found = try storeCall { () throws(StoreError) in
                try store.articles(link: link, key: nil, startingWith: prefix)
            }.filter { member in
                guard let stored = member.article.article.link.flatMap(FeedWriter.publishedLink) else { return false }
                return stored == link || stored == published
            }
        }
        let scorer = DuplicateScorer(window: configuration.dedup.window)
        let tagger = Tagger(topics: configuration.topics)
        var explanations: [ArticleExplanation] = []
        for member in found {
            let article = member.article
            var explanation = ArticleExplanation(
                article: article, story: nil, evidence: Pipeline.evidence(member.match), decidingCopy: nil,
                decidingComparison: nil, nearestMisses: [])
            explanation.feedTags = tagger.withParents(Set(article.feedTags)).sorted()
            var storyIDs = Set<Int64>()
            if !member.story.isEmpty {
                let members = try storeCall { () throws(StoreError) in try store.members(ofStories: [member.story]) }
                let cluster = Pipeline.cluster(key: member.story, members[member.story] ?? [])
                explanation.story = cluster
                storyIDs = Set(cluster.members.map(\.article.storeID))
            }
            let learned = try learnedBoilerplate(store: store, feedIDs: [article.feedID])
            let cleaner = TextCleaner(learned: learned[article.feedID] ?? [])
            let text = ArticleText(article.article, cleaner: cleaner)
            explanation.tags = tagger.explain(article.article, text: text)
            if let topic {
                explanation.checkedTopic = topic.id
                explanation.nearMatches = NearMatchFinder(topic).nearMatches(
                    in: article.article, text: text,
                    matched: explanation.tags.first { $0.topic == topic.id }?.matches ?? [])
            }
            let mine = Fingerprinter().fingerprint(
                article.article, date: article.date, cleaner: cleaner,
                keepVocabulary: true)
            if let decidingID = explanation.evidence?.matchedArticle,
                let deciding = try storeCall({ () throws(StoreError) in try store.articles(ids: [decidingID]) }).first
            {
                explanation.decidingCopy = deciding
                explanation.decidingComparison = try detail(mine, of: article, deciding, store: store, scorer: scorer)
            }
            // The nearest articles in the window outside the story, compared afresh.
            let clusterer = StoryClusterer(scorer: scorer)
            let range = article.date.addingTimeInterval(-scorer.window)...article.date.addingTimeInterval(scorer.window)
            for neighbour in try storeCall({ () throws(StoreError) in try store.clusteredArticles(in: range) })
            where !storyIDs.contains(neighbour.storeID) && neighbour.storeID != article.storeID {
                guard let fingerprint = ArticleFingerprint(encoded: neighbour.fingerprint) else { continue }
                clusterer.addExisting(
                    DedupEntry(
                        id: neighbour.storeID, feed: neighbour.feedID, originSite: neighbour.originSite,
                        fingerprint: fingerprint, identities: []),
                    story: neighbour.story)
            }
            let nearest = clusterer.nearest(
                mine.fingerprint,
                outlet: DedupEntry.outlet(feed: article.feedID, originSite: article.article.source?.site),
                excluding: article.storeID, limit: 3)
            let nearestArticles = try storeCall { () throws(StoreError) in try store.articles(ids: nearest.map(\.id)) }
            for candidate in nearest {
                guard let other = nearestArticles.first(where: { $0.storeID == candidate.id }) else { continue }
                explanation.nearestMisses.append(
                    (other, try detail(mine, of: article, other, store: store, scorer: scorer)))
            }
            explanations.append(explanation)
        }
        return explanations
    }

    private func detail(
        _ mine: Fingerprinter.Output, of article: SourcedArticle, _ other: SourcedArticle, store: FeedStore,
        scorer: DuplicateScorer
    ) throws(PipelineError) -> ComparisonDetail {
        let learned = try learnedBoilerplate(store: store, feedIDs: [other.feedID])
        let theirs = Fingerprinter().fingerprint(
            other.article, date: other.date, cleaner: TextCleaner(learned: learned[other.feedID] ?? []),
            keepVocabulary: true)
        let sameOutlet =
            DedupEntry.outlet(feed: article.feedID, originSite: article.article.source?.site)
            == DedupEntry.outlet(feed: other.feedID, originSite: other.article.source?.site)
        return ComparisonDetail(mine, theirs, sameOutlet: sameOutlet, scorer: scorer)
    }

    static func cluster(key: String, _ members: [StoryMember]) -> StoryCluster {
        let story = StoryMerger.story(key: key, members: members.map(\.article))
        let evidence = Dictionary(members.map { ($0.article.storeID, $0.match) }, uniquingKeysWith: { a, _ in a })
        return StoryCluster(
            id: story.id, key: key,
            members: story.members.map {
                StoryCluster.Member(article: $0, evidence: Pipeline.evidence(evidence[$0.storeID] ?? nil))
            })
    }

    static func evidence(_ json: String?) -> MatchEvidence? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(MatchEvidence.self, from: Data(json.utf8))
    }
}
