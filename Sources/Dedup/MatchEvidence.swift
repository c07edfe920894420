/// Why an article is in its story: stored with the article, shown by `feedmerge clusters` and
/// `feedmerge explain`.
public struct MatchEvidence: Sendable, Hashable, Codable {
    /// How the article came to be in its story.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// It started the story.
        case founder
        /// Its link (or permalink) is another copy's, once canonicalized.
        case sameLink = "same-link"
        /// It matched the story's copies (see `verdict`).
        case matched
    }

    public var reason: Reason
    /// The store id of the copy that decided it: the best match, or the copy with the same link.
    public var matchedArticle: Int64?
    /// For a match: the verdict and the measures against `matchedArticle`.
    public var verdict: Comparison.Verdict?
    public var phrases: Double?
    public var words: Double?
    public var names: Double?
    public var title: Double?
    /// How many of the story's copies (within the window) it matched, of how many.
    public var matchedCopies: Int?
    public var comparedCopies: Int?

    public init(reason: Reason, matchedArticle: Int64? = nil) {
        self.reason = reason
        self.matchedArticle = matchedArticle
    }

    init(best: Comparison, with article: Int64, matched: Int, compared: Int) {
        reason = .matched
        matchedArticle = article
        verdict = best.verdict
        phrases = MatchEvidence.rounded(best.phrases)
        words = MatchEvidence.rounded(best.words)
        names = MatchEvidence.rounded(best.names)
        title = MatchEvidence.rounded(best.title)
        matchedCopies = matched
        comparedCopies = compared
    }

    /// The score of the deciding comparison (1 for a link match, 0 for a founder).
    public var score: Double {
        switch reason {
        case .founder: return 0
        case .sameLink: return 1
        case .matched: return max(phrases ?? 0, min(1, ((words ?? 0) + (names ?? 0)) / 2), (title ?? 0) * (words ?? 0))
        }
    }

    private static func rounded(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
