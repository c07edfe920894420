import Foundation

/// A comparison in words a user can check: which names both articles give, which figures only
/// one gives, and a sentence saying what that made them.
public struct ComparisonDetail: Sendable {
    public var comparison: Comparison
    /// Names both give, as the first article writes them.
    public var sharedNames: [String]
    /// Figures only the first gives, and only the second.
    public var figuresOnlyFirst: [String]
    public var figuresOnlySecond: [String]
    /// Names of the first article's headline that the second does not name, and the other way
    /// round: when both hold one, the headlines are about other things.
    public var headlineNamesOnlyFirst: [String]
    public var headlineNamesOnlySecond: [String]

    /// Compares two fingerprinted articles (fingerprinted with `keepVocabulary`).
    public init(_ a: Fingerprinter.Output, _ b: Fingerprinter.Output, sameOutlet: Bool, scorer: DuplicateScorer) {
        comparison = scorer.compare(a.fingerprint, b.fingerprint, sameOutlet: sameOutlet)
        let shared = Set(a.fingerprint.names).intersection(b.fingerprint.names)
        sharedNames = a.fingerprint.names.filter { shared.contains($0) }.compactMap { a.vocabulary[$0] }.sorted()
        let first = Set(a.fingerprint.figures)
        let second = Set(b.fingerprint.figures)
        figuresOnlyFirst = first.subtracting(second).sorted().map(ComparisonDetail.figure)
        figuresOnlySecond = second.subtracting(first).sorted().map(ComparisonDetail.figure)
        func headlineNames(_ x: Fingerprinter.Output, missingFrom y: Fingerprinter.Output) -> [String] {
            let named = Set(y.fingerprint.names)
            return x.fingerprint.titleNames.filter { !named.contains($0) }.compactMap { x.vocabulary[$0] }.sorted()
        }
        headlineNamesOnlyFirst = headlineNames(a, missingFrom: b)
        headlineNamesOnlySecond = headlineNames(b, missingFrom: a)
    }

    /// One sentence: what the articles share and what the verdict is.
    public var summary: String {
        let c = comparison
        let measures =
            "\(percent(c.phrases)) of the shorter text's phrases, \(percent(c.words)) of its words, "
            + (sharedNames.isEmpty
                ? "no names in common"
                : "names in common: " + sharedNames.prefix(8).joined(separator: ", ")
                    + (sharedNames.count > 8 ? " and \(sharedNames.count - 8) more" : ""))
            + ", titles \(percent(c.title)) alike"
        switch c.verdict {
        case .copy:
            return "a copy: \(measures)"
        case .correction:
            return "a corrected re-issue: \(measures); figures changed: \(figures)"
        case .sameTitle:
            return "the same headline over agreeing texts: \(measures)"
        case .retold:
            return "the same report in other words: \(measures)"
        case .outsideWindow:
            return String(format: "published %.0f hours apart, outside the dedup window", c.hoursApart)
        case .figuresDiffer:
            return "another edition of a series: the texts agree (\(measures)) but the figures differ: \(figures)"
        case .otherMedia:
            return "another item of the same feed: each has a file of its own (audio, video, a download), so "
                + "another episode, though the texts agree (\(measures))"
        case .otherItem where !headlineNamesOnlyFirst.isEmpty && !headlineNamesOnlySecond.isEmpty:
            return
                "another item of the same feed: its headline names \(headlineNamesOnlyFirst.joined(separator: ", ")), "
                + "the other's \(headlineNamesOnlySecond.joined(separator: ", ")), and neither article names the "
                + "other's (the feed's template filled in for two subjects, not one story): \(measures)"
        case .otherItem:
            return "another item of the same feed: other headlines over a text they share only in part (the "
                + "feed's template filled in twice, not one story): \(measures)"
        case .otherPart:
            return "another part of a series: the headlines give it other places in it (part, episode, day), "
                + "though the texts agree (\(measures))"
        case .followUp:
            return "the same outlet's other report in other words (a follow-up, not a copy): \(measures)"
        case .different:
            return "too little in common: \(measures) (a copy shares half the phrases; a retelling "
                + "\(percent(DuplicateScorer.retoldWords)) of the words and half the names)"
        }
    }

    private var figures: String {
        "\(figuresOnlyFirst.prefix(6).joined(separator: ", ")) against \(figuresOnlySecond.prefix(6).joined(separator: ", "))"
    }

    private func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded()))%"
    }

    private static func figure(_ key: Int64) -> String {
        let value = Double(key) / 100
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
