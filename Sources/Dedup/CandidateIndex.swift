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
    struct Postings {
        var currentLast: Int32 = -1
        var currentCount: Int32 = 0
        var previousLast: Int32 = -1
        var previousCount: Int32 = 0
    }

    private struct Node {
        var slot: Int32
        var previous: Int32
    }

    // One table for both generations, so that a feature costs one lookup.
    private var heads = FeatureTable()
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

    /// The features of `fingerprint` that the index keeps: every name and title word, the
    /// opening phrases, and one phrase in sixteen (by hash, so that copies sample the same ones).
    static func features(of fingerprint: ArticleFingerprint) -> [UInt32] {
        var features: [UInt32] = []
        features.reserveCapacity(
            fingerprint.names.count + fingerprint.titleWords.count + fingerprint.shingles.count / 12)
        for name in fingerprint.names { features.append(name ^ 0x5bd1_e995) }
        for word in fingerprint.titleWords { features.append(word ^ 0x1b87_3593) }
        for phrase in fingerprint.shingles where phrase & 15 == 0 { features.append(phrase) }
        for phrase in fingerprint.lead where phrase & 15 != 0 { features.append(phrase) }
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
            heads.update(feature) { postings in
                // Past the limit nothing reads the list, so it stops growing.
                guard postings.currentCount <= CandidateIndex.commonLimit else { return }
                currentNodes.append(Node(slot: slot, previous: postings.currentLast))
                postings.currentLast = index
                postings.currentCount += 1
            }
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
        heads = currentPostings(asPrevious: true)
    }

    /// The features' postings of the current generation only, as the current or the previous one.
    private func currentPostings(asPrevious: Bool) -> FeatureTable {
        var next = FeatureTable(minimumCapacity: heads.count / 2)
        heads.forEach { feature, postings in
            guard postings.currentCount > 0 else { return }
            next.update(feature) {
                $0 =
                    asPrevious
                    ? Postings(previousLast: postings.currentLast, previousCount: postings.currentCount)
                    : Postings(currentLast: postings.currentLast, currentCount: postings.currentCount)
            }
        }
        return next
    }

    /// How many of an article's features are followed: the rarest ones, which are the ones a
    /// copy or a retelling shares and a merely similar story does not.
    static let followedFeatures = 16

    /// Calls `body` with each slot that shares one of the rarest of `features`, once per shared
    /// feature; returns how many features were followed.
    @discardableResult
    func forEachMatch(_ features: [UInt32], _ body: (Int32) -> Void) -> Int {
        var found: [(postings: Postings, count: Int32)] = []
        found.reserveCapacity(features.count)
        for feature in features {
            guard let postings = heads[feature] else { continue }
            let count = postings.currentCount + postings.previousCount
            if count <= 2 * CandidateIndex.commonLimit { found.append((postings, count)) }
        }
        if found.count > CandidateIndex.followedFeatures {
            found.sort { $0.count < $1.count }
            found.removeSubrange(CandidateIndex.followedFeatures...)
        }
        for (postings, _) in found {
            if postings.currentCount <= CandidateIndex.commonLimit { walk(postings.currentLast, currentNodes, body) }
            if postings.previousCount <= CandidateIndex.commonLimit { walk(postings.previousLast, previousNodes, body) }
        }
        return found.count
    }

    /// Follows one posting list from its last node back to its first.
    private func walk(_ last: Int32, _ nodes: [Node], _ body: (Int32) -> Void) {
        var node = last
        while node >= 0 {
            let entry = nodes[Int(node)]
            body(entry.slot)
            node = entry.previous
        }
    }

    /// Drops each generation whose articles are all from before `day`.
    mutating func removeDays(before day: Int32) {
        if previousLastDay < day && !previousNodes.isEmpty {
            previousNodes = []
            heads = currentPostings(asPrevious: false)
        }
        if currentLastDay < day && !currentNodes.isEmpty {
            heads = FeatureTable()
            currentNodes = []
            previousNodes = []
            firstDay = nil
        }
    }
}

/// The candidate index's table from feature to postings: open addressing over the feature hashes
/// themselves (they are hashes already), keys and values in separate arrays, so that a lookup is
/// one probe into memory and no hashing; Swift's `Dictionary` spent more time hashing and
/// missing the cache than the rest of candidate search.
struct FeatureTable {
    private var keys: [UInt32]
    private var values: [CandidateIndex.Postings]
    private var mask: Int
    private(set) var count = 0

    init(minimumCapacity: Int = 1024) {
        var size = 1024
        while size < minimumCapacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: CandidateIndex.Postings(), count: size)
        mask = size - 1
    }

    /// Zero marks an empty slot; the feature 0 is filed as 1.
    private static func key(_ feature: UInt32) -> UInt32 { feature == 0 ? 1 : feature }

    subscript(feature: UInt32) -> CandidateIndex.Postings? {
        let key = FeatureTable.key(feature)
        var index = Int(key) & mask
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == 0 { return nil }
            index = (index + 1) & mask
        }
    }

    /// Changes the postings of `feature` (starting from empty ones when it is new).
    mutating func update(_ feature: UInt32, _ change: (inout CandidateIndex.Postings) -> Void) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = FeatureTable.key(feature)
        var index = Int(key) & mask
        while true {
            let found = keys[index]
            if found == key {
                change(&values[index])
                return
            }
            if found == 0 {
                keys[index] = key
                count += 1
                change(&values[index])
                return
            }
            index = (index + 1) & mask
        }
    }

    func forEach(_ body: (UInt32, CandidateIndex.Postings) -> Void) {
        for index in keys.indices where keys[index] != 0 { body(keys[index], values[index]) }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        values = Array(repeating: CandidateIndex.Postings(), count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for index in oldKeys.indices where oldKeys[index] != 0 {
            update(oldKeys[index]) { $0 = oldValues[index] }
        }
    }
}
