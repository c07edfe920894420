import FeedModel
public import Foundation

/// An article as deduplication sees it.
public struct DedupEntry: Sendable {
    /// The article's store id.
    public var id: Int64
    /// The store id of its feed.
    public var feed: Int64
    /// Who published it, as the rules for one outlet's items see it (see `outlet(feed:originSite:)`).
    public var outlet: Int64
    public var fingerprint: ArticleFingerprint
    /// Keys that make two articles one page whatever their text: the canonical link, and the
    /// canonical permalink guid (see `CanonicalURL`).
    public var identities: [String]

    /// `originSite` is the site an aggregator's item names as where it came from
    /// (`ArticleSource.site`), if it names one.
    public init(
        id: Int64, feed: Int64, originSite: String? = nil, fingerprint: ArticleFingerprint, identities: [String]
    ) {
        self.id = id
        self.feed = feed
        outlet = DedupEntry.outlet(feed: feed, originSite: originSite)
        self.fingerprint = fingerprint
        self.identities = identities
    }

    /// Who published an article of `feed`, for the rules that read two items of one outlet as a
    /// report and its follow-up or as a template filled in twice: the feed itself, unless the
    /// item names the site it came from. An aggregator's feed (Google News, a planet) carries
    /// many outlets, and two of its items from different sites are those outlets' reports, whose
    /// retellings of one event are one story. Items of different feeds are never one outlet here.
    public static func outlet(feed: Int64, originSite: String?) -> Int64 {
        guard let originSite, !originSite.isEmpty else { return feed }
        var hash = StableHash()
        hash.combine(String(feed))
        hash.combine(Outlet.key(feedURL: originSite, siteURL: originSite))
        // Negative, so that it is never another feed's id.
        return Int64(bitPattern: hash.value | (1 << 63))
    }
}

/// Where an article was put, and why.
public struct Assignment: Sendable, Hashable {
    public var articleID: Int64
    /// The story's key (its founder's key, so it stays the same as copies join).
    public var story: String
    public var evidence: MatchEvidence
}

/// Groups articles into stories, one article at a time.
///
/// A new article joins the story whose copies it matches (its fullest copy, or more than half
/// of the copies published within the window, and none of them telling it apart by its
/// figures), never a chain of pairwise links: a truncated copy that matches the original does
/// not pull in whatever merely resembles the truncation. A story keeps the key of the article that founded it, so its id
/// stays the same from run to run however many copies join later.
///
/// Memory follows the window: `forget(before:)` drops what can no longer match anything.
public final class StoryClusterer {
    /// Names the matching method: stored placements made by another method are redone.
    public static let method = "near-duplicates-15"

    public let scorer: DuplicateScorer

    /// An article within reach of new ones (not yet forgotten).
    private struct Held {
        var outlet: Int64
        var fingerprint: ArticleFingerprint
        var identities: [String]
    }

    // Every article added has a slot number; only held ones keep their fingerprint.
    private var ids: [Int64] = []
    private var storyOfSlot: [Int32] = []
    /// Per slot: the article's length in words (what "the fullest copy" is chosen by).
    private var lengthOfSlot: [Int32] = []
    private var held: [Int32: Held] = [:]
    private var slotsByDay: [Int32: [Int32]] = [:]
    private var storyKeys: [String] = []
    private var storyMembers: [[Int32]] = []
    private var storyByKey: [String: Int32] = [:]
    private var identities: [String: (story: Int32, article: Int64)] = [:]
    private var index: CandidateIndex
    /// Per slot: whether the article is still held (not forgotten).
    private var isHeld: [Bool] = []
    private var sharedCounts: [UInt16] = []
    private var forgottenBefore = Int32.min

    /// An article needs this many index features in common with another to be compared with it.
    static let minimumSharedFeatures: UInt16 = 2

    /// A clusterer for articles added in date order (new ones, and placed ones no later than a
    /// window after the newest of those), or, with `reach`, for articles as far apart as that
    /// that are all needed at once: its index keeps at least `reach` of the latest articles.
    public init(scorer: DuplicateScorer = DuplicateScorer(), reach: TimeInterval? = nil) {
        self.scorer = scorer
        index = CandidateIndex(span: Int32(((reach ?? scorer.window) / 86400).rounded(.up)) + 1)
    }

    /// How many articles are held.
    public var count: Int { ids.count }

    /// How many articles are within reach of new ones.
    public var heldCount: Int { held.count }

    /// Adds an article that is already in `story` (from an earlier run).
    public func addExisting(_ entry: DedupEntry, story key: String) {
        let story = storyNumber(key)
        insert(entry, story: story)
    }

    /// Records that an article outside the window, `article` of `story`, has the identity `key`.
    public func addIdentity(_ key: String, story: String, article: Int64) {
        if identities[key] == nil { identities[key] = (storyNumber(story), article) }
    }

    /// Puts `entry` into a story: the one whose link it shares, else the one whose copies it
    /// matches, else a new one keyed `newKey`.
    public func assign(_ entry: DedupEntry, newKey: String) -> Assignment {
        for identity in entry.identities {
            guard let known = identities[identity] else { continue }
            insert(entry, story: known.story)
            return Assignment(
                articleID: entry.id, story: storyKeys[Int(known.story)],
                evidence: MatchEvidence(reason: .sameLink, matchedArticle: known.article))
        }
        if let (story, evidence) = bestStory(for: entry) {
            insert(entry, story: story)
            return Assignment(articleID: entry.id, story: storyKeys[Int(story)], evidence: evidence)
        }
        let story = storyNumber(newKey)
        let hasCopies = !storyMembers[Int(story)].isEmpty
        insert(entry, story: story)
        // A key already in use (an earlier copy with the same key that is no longer held) joins it.
        return Assignment(
            articleID: entry.id, story: newKey, evidence: MatchEvidence(reason: hasCopies ? .sameLink : .founder))
    }

    /// The articles most like `fingerprint` within the window, best first, with how each compares.
    public func nearest(_ fingerprint: ArticleFingerprint, outlet: Int64, excluding id: Int64? = nil, limit: Int = 5)
        -> [(id: Int64, story: String, comparison: Comparison)]
    {
        var results: [(id: Int64, story: String, comparison: Comparison)] = []
        for slot in candidates(for: fingerprint, minimum: 1) where ids[Int(slot)] != id {
            guard let other = held[slot] else { continue }
            let comparison = scorer.compare(fingerprint, other.fingerprint, sameOutlet: outlet == other.outlet)
            results.append((ids[Int(slot)], storyKeys[Int(storyOfSlot[Int(slot)])], comparison))
        }
        results.sort { $0.comparison.score > $1.comparison.score }
        return Array(results.prefix(limit))
    }

    /// Drops the articles dated before `date` from the index: nothing later can match them.
    public func forget(before date: Date) {
        let day = StoryClusterer.day(of: date)
        guard day > forgottenBefore else { return }
        forgottenBefore = day
        index.removeDays(before: day)
        var touchedStories = Set<Int32>()
        for (key, daySlots) in slotsByDay where key < day {
            slotsByDay.removeValue(forKey: key)
            for slot in daySlots {
                guard let article = held.removeValue(forKey: slot) else { continue }
                isHeld[Int(slot)] = false
                for identity in article.identities where identities[identity]?.article == ids[Int(slot)] {
                    identities.removeValue(forKey: identity)
                }
                touchedStories.insert(storyOfSlot[Int(slot)])
            }
        }
        for story in touchedStories {
            storyMembers[Int(story)].removeAll { held[$0] == nil }
        }
    }

    /// The fingerprint held for the article with store id `id`, for tests.
    func fingerprintForTesting(_ id: Int64) -> ArticleFingerprint? {
        ids.firstIndex(of: id).flatMap { held[Int32($0)]?.fingerprint }
    }

    // MARK: Matching

    private func bestStory(for entry: DedupEntry) -> (Int32, MatchEvidence)? {
        guard !entry.fingerprint.isEmpty else { return nil }
        var stories: [Int32] = []
        for slot in candidates(for: entry.fingerprint, minimum: StoryClusterer.minimumSharedFeatures) {
            let story = storyOfSlot[Int(slot)]
            if !stories.contains(story) { stories.append(story) }
        }
        var best: (story: Int32, evidence: MatchEvidence, rank: (Double, Double))?
        for story in stories {
            var matched = 0
            var compared = 0
            var vetoed = false
            var strongest: (comparison: Comparison, id: Int64)?
            var total = 0.0
            var matchesFullest = false
            let fullest = storyMembers[Int(story)].max { a, b in
                (lengthOfSlot[Int(a)], b) < (lengthOfSlot[Int(b)], a)
            }
            for member in storyMembers[Int(story)] {
                guard let other = held[member] else { continue }
                let comparison = scorer.compare(
                    entry.fingerprint, other.fingerprint, sameOutlet: entry.outlet == other.outlet)
                if comparison.verdict == .outsideWindow { continue }
                compared += 1
                // Another edition of a series, or another episode of the feed: not this story.
                if comparison.verdict.vetoesStory {
                    vetoed = true
                    break
                }
                guard comparison.verdict.isDuplicate else { continue }
                matched += 1
                if member == fullest { matchesFullest = true }
                total += comparison.score
                if strongest == nil || comparison.score > strongest!.comparison.score {
                    strongest = (comparison, ids[Int(member)])
                }
            }
            guard !vetoed, let strongest, matchesFullest || 2 * matched > compared else { continue }
            let rank = (Double(matched) / Double(compared), total / Double(matched))
            if best == nil || rank > best!.rank {
                let evidence = MatchEvidence(
                    best: strongest.comparison, with: strongest.id, matched: matched, compared: compared)
                best = (story, evidence, rank)
            }
        }
        return best.map { ($0.story, $0.evidence) }
    }

    /// The slots sharing the most index features with `fingerprint` within the window: at least
    /// `minimum` and a tenth of its features, the best `candidateLimit` of them. A copy or a
    /// retelling shares many features; an article that merely shares a name and a common word
    /// is not worth comparing, and comparing it would cost more than finding it.
    private func candidates(for fingerprint: ArticleFingerprint, minimum: UInt16) -> [Int32] {
        let features = CandidateIndex.features(of: fingerprint)
        var touched: [Int32] = []
        // Counted in a local array: a stored property would be checked for exclusive access
        // at every one of the thousands of increments.
        var counts = sharedCounts
        sharedCounts = []
        defer { sharedCounts = counts }
        let isHeld = self.isHeld
        let followed = index.forEachMatch(features) { slot in
            guard isHeld[Int(slot)] else { return }
            let count = counts[Int(slot)]
            if count == 0 { touched.append(slot) }
            counts[Int(slot)] = count &+ 1
        }
        let required = followed < 4 ? 1 : max(minimum, UInt16(followed / 8))
        var result: [(slot: Int32, shared: UInt16)] = []
        for slot in touched {
            let shared = counts[Int(slot)]
            if shared >= required { result.append((slot, shared)) }
            counts[Int(slot)] = 0
        }
        if result.count > StoryClusterer.candidateLimit {
            result.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.slot < $1.slot }
            result.removeSubrange(StoryClusterer.candidateLimit...)
        }
        return result.map(\.slot)
    }

    /// How many of the best candidates are compared.
    static let candidateLimit = 24

    // MARK: Bookkeeping

    private func storyNumber(_ key: String) -> Int32 {
        if let number = storyByKey[key] { return number }
        let number = Int32(storyKeys.count)
        storyKeys.append(key)
        storyMembers.append([])
        storyByKey[key] = number
        return number
    }

    private func insert(_ entry: DedupEntry, story: Int32) {
        let slot = Int32(ids.count)
        ids.append(entry.id)
        storyOfSlot.append(story)
        lengthOfSlot.append(entry.fingerprint.length)
        sharedCounts.append(0)
        let day = StoryClusterer.day(of: entry.fingerprint.date)
        isHeld.append(day >= forgottenBefore)
        guard day >= forgottenBefore else { return }
        held[slot] = Held(outlet: entry.outlet, fingerprint: entry.fingerprint, identities: entry.identities)
        slotsByDay[day, default: []].append(slot)
        storyMembers[Int(story)].append(slot)
        for identity in entry.identities where identities[identity] == nil { identities[identity] = (story, entry.id) }
        if !entry.fingerprint.isEmpty {
            index.insert(slot: slot, day: day, features: CandidateIndex.features(of: entry.fingerprint))
        }
    }

    static func day(of date: Date) -> Int32 {
        Int32(clamping: Int((date.timeIntervalSince1970 / 86400).rounded(.down)))
    }
}
