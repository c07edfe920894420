public import Foundation

/// Decides whether two fingerprinted articles are the same story.
///
/// Copies are recognized by their phrases: the share of the shorter text's three-word runs found
/// in the longer tells a truncation or a copy with furniture added (high) from two texts that
/// share a passage (low). Retellings (translations, rewrites) share few phrases, so they are
/// recognized by names and content words together. Figures veto both: two reports that differ
/// only in their figures are two editions of a series, not one story. A corrected re-issue,
/// which changes one figure of an otherwise identical text, is let through.
public struct DuplicateScorer: Sendable {
    /// Articles published further apart than this are never the same story.
    public var window: TimeInterval

    /// Phrase containment above which one text is a copy of the other.
    static let copyPhrases = 0.5
    /// A text needs this many phrases for phrase containment to mean anything.
    static let minimumPhrases = 8
    /// Phrase containment above which a single changed figure is a correction, not another edition.
    static let correctionPhrases = 0.85
    /// Title similarity (and supporting body words) for a same-title match.
    static let sameTitle = 0.8
    static let sameTitleWords = 0.3
    static let minimumTitleWords = 4
    /// Names and words a retelling shares.
    static let retoldNames = 0.5
    static let retoldWords = 0.45
    /// Word containment means little over fewer content words than this.
    static let minimumRetoldWords = 10
    /// Two items of one feed under other headlines are one story when they are one text (this
    /// share of phrases: a retitled re-issue), or when they keep its names and words (an update
    /// that rewrote sentences is still about the same people and things); a template the feed
    /// fills in for each item (an award's categories, a chart's songs) keeps neither.
    static let sameOutletRetitled = 0.9
    static let sameOutletNames = 0.7
    static let sameOutletWords = 0.8
    /// A re-issue with changed figures comes within this many hours of the first.
    static let correctionHours = 12.0

    public init(window: TimeInterval = 72 * 3600) {
        self.window = window
    }

    /// Compares `a` and `b`; `sameOutlet` when one feed published both, whose second report
    /// of an event in other words is a follow-up, not a copy (only other outlets retell), and
    /// whose items under other headlines sharing part of a text are its template filled in twice.
    public func compare(_ a: ArticleFingerprint, _ b: ArticleFingerprint, sameOutlet: Bool = false) -> Comparison {
        let shorter = a.shingles.count <= b.shingles.count ? a : b
        let longer = a.shingles.count <= b.shingles.count ? b : a
        let sharedPhrases = DuplicateScorer.intersectionCount(shorter.shingles, longer.shingles)
        let phrases = shorter.shingles.isEmpty ? 0 : Double(sharedPhrases) / Double(shorter.shingles.count)
        let words = DuplicateScorer.containment(a.words, b.words)
        let sharedNames = DuplicateScorer.intersectionCount(a.names, b.names)
        let smallerNames = min(a.names.count, b.names.count)
        let names = smallerNames == 0 ? 0 : Double(sharedNames) / Double(smallerNames)
        let sharedTitle = DuplicateScorer.intersectionCount(a.titleWords, b.titleWords)
        let titleTotal = a.titleWords.count + b.titleWords.count
        let title = titleTotal == 0 ? 0 : Double(2 * sharedTitle) / Double(titleTotal)
        let sharedFigures = DuplicateScorer.intersectionCount(a.figures, b.figures)
        var comparison = Comparison(
            phrases: phrases, phraseCount: shorter.shingles.count, words: words, names: names,
            sharedNames: sharedNames, fewerWords: min(a.words.count, b.words.count), title: title,
            sharedFigures: sharedFigures,
            figuresOnlyFirst: a.figures.count - sharedFigures, figuresOnlySecond: b.figures.count - sharedFigures,
            hoursApart: abs(a.date.timeIntervalSince(b.date)) / 3600, verdict: .different)
        comparison.verdict = verdict(comparison, titleWords: min(a.titleWords.count, b.titleWords.count))
        if comparison.verdict.isDuplicate && !a.seriesNumbers.isEmpty && !b.seriesNumbers.isEmpty
            && DuplicateScorer.intersectionCount(a.seriesNumbers, b.seriesNumbers) == 0
        {
            comparison.verdict = .otherPart
        }
        guard sameOutlet else { return comparison }
        if comparison.verdict == .retold { comparison.verdict = .followUp }
        // Files of their own tell episodes apart whatever the texts (and veto the story, which
        // other items of a feed do not), so they are looked at first.
        if comparison.verdict.isDuplicate && !a.media.isEmpty && !b.media.isEmpty
            && DuplicateScorer.intersectionCount(a.media, b.media) == 0
        {
            comparison.verdict = .otherMedia
        } else if comparison.verdict == .copy || comparison.verdict == .correction,
            comparison.title < DuplicateScorer.sameTitle && comparison.phrases < DuplicateScorer.sameOutletRetitled,
            comparison.names < DuplicateScorer.sameOutletNames || comparison.words < DuplicateScorer.sameOutletWords
        {
            comparison.verdict = .otherItem
        } else if comparison.verdict.isDuplicate && DuplicateScorer.titlesNameOtherThings(a, b) {
            comparison.verdict = .otherItem
        }
        return comparison
    }

    /// Whether each title names something (a person, a place, a road's code) that the other
    /// article does not name anywhere: a template whose headline differs only in its subject
    /// (`A1 closed between junctions 1 and 2` and `M25 closed between junctions 2 and 3`), which
    /// no measure of shared words tells from a re-issue. An outlet's update of its own story
    /// keeps what its headline named, whatever it adds.
    static func titlesNameOtherThings(_ a: ArticleFingerprint, _ b: ArticleFingerprint) -> Bool {
        func namesOneMissing(_ title: [UInt32], from names: [UInt32]) -> Bool {
            intersectionCount(title, names) < title.count
        }
        return namesOneMissing(a.titleNames, from: b.names) && namesOneMissing(b.titleNames, from: a.names)
    }

    private func verdict(_ c: Comparison, titleWords: Int) -> Comparison.Verdict {
        if c.hoursApart * 3600 > window { return .outsideWindow }
        let isCopy = c.phraseCount >= DuplicateScorer.minimumPhrases && c.phrases >= DuplicateScorer.copyPhrases
        let isRetold =
            c.fewerWords >= DuplicateScorer.minimumRetoldWords && c.words >= DuplicateScorer.retoldWords
            && c.sharedNames >= 1 && c.names >= DuplicateScorer.retoldNames
        let isSameTitle =
            c.title >= DuplicateScorer.sameTitle && titleWords >= DuplicateScorer.minimumTitleWords
            && (c.words >= DuplicateScorer.sameTitleWords || c.phraseCount < DuplicateScorer.minimumPhrases)

        let fewerFigures = c.sharedFigures + min(c.figuresOnlyFirst, c.figuresOnlySecond)
        let contradicted = min(c.figuresOnlyFirst, c.figuresOnlySecond)
        if contradicted > 0 && 2 * c.sharedFigures < fewerFigures {
            // Each text gives figures the other does not, and they agree on few: either two
            // editions of a series or a corrected re-issue.
            let isReissue = c.hoursApart <= DuplicateScorer.correctionHours
            if isCopy && isReissue && c.phrases >= DuplicateScorer.correctionPhrases { return .correction }
            if contradicted == 1 && (isCopy || isRetold) {
                // One figure apart is too little to call another edition when the texts agree
                // (a caption's figure that one copy dropped, one corrected value).
                return isCopy ? (isReissue ? .correction : .copy) : .retold
            }
            return isCopy || isRetold || isSameTitle ? .figuresDiffer : .different
        }
        if isCopy { return .copy }
        if isSameTitle { return .sameTitle }
        if isRetold { return .retold }
        return .different
    }

    /// Share of the smaller sorted set found in the larger.
    static func containment<T: Comparable>(_ a: [T], _ b: [T]) -> Double {
        let smaller = min(a.count, b.count)
        return smaller == 0 ? 0 : Double(intersectionCount(a, b)) / Double(smaller)
    }

    /// How many values two sorted, duplicate-free arrays share.
    static func intersectionCount<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
        var i = 0
        var j = 0
        var count = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                count += 1
                i += 1
                j += 1
            }
        }
        return count
    }
}
