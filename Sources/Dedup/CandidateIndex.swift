/// Finds the articles worth comparing with a new one without comparing it with all of them.
///
/// An inverted index from selected features (every name, every title word, a fixed sample of
/// phrases and content words) to the articles that have them. It is kept in two generations, each
/// covering a span of days as long as the window: new articles go into the current one, a query
/// reads both, and when the current one has spanned its days the older one is dropped whole. So
/// the index always holds at least the last window of articles and never more than two, memory
/// follows the window rather than the store, and a feature costs two hash lookups however many
/// days the window has. A feature shared too widely ("Ukraine" during the war) stops being
/// followed, so the work per article stays bounded however many articles a day brings.
///
/// Unlike MinHash banding, nothing here depends on a similarity threshold chosen in advance:
/// copies share phrases, retellings share names and title words, and both are found.
struct CandidateIndex {
    /// Postings beyond which a feature is too common in one generation to find anything.
    static let commonLimit: Int32 = 32

    /// A feature's postings in each generation: the last node of its list, and the list's length.
    private struct Postings {
        var currentLast: Int32 = -1
        var currentCount: Int32 = 0
        var previousLast: Int32 = -1
        var previousCount: Int32 = 0
    }

    private struct Node {
        var slot: Int32
        var previous: Int32
    }

    // One table for both generations, so that a feature costs one hash lookup.
    private var heads: [UInt32: Postings] = [:]
    private var currentNodes: [Node] = []
    private var previousNodes: [Node] = []
    /// The first day the current generation took articles for, and the latest day of an article
    /// in each generation.
    private var firstDay: Int32?
    private var currentLastDay = Int32.min
    private var previousLastDay = Int32.min
    /// How many days a generation spans.
    let span: Int32

    init(span: Int32) {
        self.span = max(1, span)
    }

    /// The features of `fingerprint` that the index keeps: every name and title word, and one
    /// phrase in sixteen (by hash, so that copies sample the same phrases).
    static func features(of fingerprint: ArticleFingerprint) -> [UInt32] {
        var features: [UInt32] = []
        features.reserveCapacity(
            fingerprint.names.count + fingerprint.titleWords.count + fingerprint.shingles.count / 12)
        for name in fingerprint.names { features.append(name ^ 0x5bd1_e995) }
        for word in fingerprint.titleWords { features.append(word ^ 0x1b87_3593) }
        for phrase in fingerprint.shingles where phrase & 7 == 0 { features.append(phrase) }
        return features
    }

    /// Adds an article; `day` is the day it was published (which starts a new generation when
    /// the current one has spanned its days).
    mutating func insert(slot: Int32, day: Int32, features: [UInt32]) {
        if let firstDay, day >= firstDay + span { startGeneration() }
        if firstDay == nil { firstDay = day }
        currentLastDay = max(currentLastDay, day)
        for feature in features {
            let index = Int32(currentNodes.count)
            var postings = heads[feature] ?? Postings()
            // Past the limit nothing reads the list, so it stops growing.
            guard postings.currentCount <= CandidateIndex.commonLimit else { continue }
            currentNodes.append(Node(slot: slot, previous: postings.currentLast))
            postings.currentLast = index
            postings.currentCount += 1
            heads[feature] = postings
        }
    }

    /// The current generation becomes the previous one (the previous one is dropped), in one
    /// pass over the table: a cost that comes once a span, not once an article.
    private mutating func startGeneration() {
        previousNodes = currentNodes
        currentNodes = []
        previousLastDay = currentLastDay
        currentLastDay = Int32.min
        firstDay = nil
        var next: [UInt32: Postings] = [:]
        next.reserveCapacity(heads.count / 2)
        for (feature, postings) in heads where postings.currentCount > 0 {
            next[feature] = Postings(previousLast: postings.currentLast, previousCount: postings.currentCount)
        }
        heads = next
    }

    /// Calls `body` with each slot that shares a feature with `features`, once per shared feature.
    func forEachMatch(_ features: [UInt32], _ body: (Int32) -> Void) {
        for feature in features {
            guard let postings = heads[feature] else { continue }
            if postings.currentCount <= CandidateIndex.commonLimit {
                var node = postings.currentLast
                while node >= 0 {
                    let entry = currentNodes[Int(node)]
                    body(entry.slot)
                    node = entry.previous
                }
            }
            if postings.previousCount <= CandidateIndex.commonLimit {
                var node = postings.previousLast
                while node >= 0 {
                    let entry = previousNodes[Int(node)]
                    body(entry.slot)
                    node = entry.previous
                }
            }
        }
    }

    /// Drops each generation whose articles are all from before `day`.
    mutating func removeDays(before day: Int32) {
        if previousLastDay < day && !previousNodes.isEmpty {
            previousNodes = []
            var next: [UInt32: Postings] = [:]
            for (feature, postings) in heads where postings.currentCount > 0 {
                next[feature] = Postings(currentLast: postings.currentLast, currentCount: postings.currentCount)
            }
            heads = next
        }
        if currentLastDay < day && !currentNodes.isEmpty {
            heads = [:]
            currentNodes = []
            previousNodes = []
            firstDay = nil
        }
    }
}
