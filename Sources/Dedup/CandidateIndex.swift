/// Finds the articles worth comparing with a new one without comparing it with all of them.
///
/// An inverted index from selected features (every name, every title word, a fixed sample of
/// phrases and content words) to the articles that have them, kept in one bucket per day so that
/// the time window bounds both the search and the memory: a day that leaves the window is
/// dropped whole. A feature that a day's articles share too widely ("Ukraine" during the war)
/// stops being followed, so the work per article stays bounded however many articles a day has.
/// Unlike MinHash banding, nothing here depends on a similarity threshold chosen in advance:
/// copies share phrases, retellings share names, and both are found.
struct CandidateIndex {
    /// Postings beyond which a feature is too common in one day to find anything.
    static let commonLimit: Int32 = 200

    private struct Posting {
        var last: Int32
        var count: Int32
    }

    private struct Node {
        var slot: Int32
        var previous: Int32
    }

    private struct Bucket {
        var heads: [UInt32: Posting] = [:]
        var nodes: [Node] = []
    }

    private var buckets: [Int32: Bucket] = [:]

    /// The features of `fingerprint` that the index keeps.
    static func features(of fingerprint: ArticleFingerprint) -> [UInt32] {
        var features: [UInt32] = []
        features.reserveCapacity(fingerprint.names.count + fingerprint.titleWords.count + 48)
        for name in fingerprint.names { features.append(name ^ 0x5bd1_e995) }
        for word in fingerprint.titleWords { features.append(word ^ 0x1b87_3593) }
        for phrase in fingerprint.shingles where phrase & 7 == 0 { features.append(phrase) }
        for word in fingerprint.words where word & 7 == 0 { features.append(word ^ 0xcc9e_2d51) }
        return features
    }

    mutating func insert(slot: Int32, day: Int32, features: [UInt32]) {
        var bucket = buckets.removeValue(forKey: day) ?? Bucket()
        for feature in features {
            let index = Int32(bucket.nodes.count)
            if let posting = bucket.heads[feature] {
                bucket.nodes.append(Node(slot: slot, previous: posting.last))
                bucket.heads[feature] = Posting(last: index, count: posting.count + 1)
            } else {
                bucket.nodes.append(Node(slot: slot, previous: -1))
                bucket.heads[feature] = Posting(last: index, count: 1)
            }
        }
        buckets[day] = bucket
    }

    /// Calls `body` with each slot that shares a feature with `features`, once per shared
    /// feature, among the days in `days`.
    func forEachMatch(_ features: [UInt32], days: ClosedRange<Int32>, _ body: (Int32) -> Void) {
        for day in days {
            guard let bucket = buckets[day] else { continue }
            for feature in features {
                guard let posting = bucket.heads[feature], posting.count <= CandidateIndex.commonLimit else { continue }
                var node = posting.last
                while node >= 0 {
                    body(bucket.nodes[Int(node)].slot)
                    node = bucket.nodes[Int(node)].previous
                }
            }
        }
    }

    /// Drops every day before `day`.
    mutating func removeDays(before day: Int32) {
        for key in buckets.keys where key < day { buckets.removeValue(forKey: key) }
    }
}
