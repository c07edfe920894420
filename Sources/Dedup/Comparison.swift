/// How two articles compare, measure by measure, and what that makes them: the evidence behind
/// every merge (and every refusal), which `feedmerge explain` shows.
public struct Comparison: Sendable, Hashable {
    /// Why two articles are, or are not, the same story.
    public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable {
        /// One is a copy of the other: the same phrases, whole or cut short, whatever was added.
        case copy
        /// The same text re-issued with a figure corrected.
        case correction
        /// The same headline over texts that agree.
        case sameTitle = "same-title"
        /// The same report told in other words: the same names and most of the same words.
        case retold
        /// Published too far apart.
        case outsideWindow = "outside-window"
        /// The texts agree but the figures do not: another edition of a series.
        case figuresDiffer = "figures-differ"
        /// The same outlet's other report of an event, in other words: a follow-up.
        case followUp = "follow-up"
        /// Two items of one feed, each with a file of its own (audio, video, a torrent): two
        /// episodes, however much of their descriptions the feed repeats.
        case otherMedia = "other-media"
        /// Two items of one feed under other headlines whose texts share only part of their
        /// phrases, and not their names or their words: a template the feed fills in for each
        /// item (an award's categories, a chart's songs, an insider's trades), not one story. An
        /// outlet's re-issue or update of its own story keeps its headline, its text, or its names
        /// and words.
        case otherItem = "other-item"
        /// Two items whose headlines give them other places in a series (`part 1` and `part 2`,
        /// `episode 17` and `episode 18`, `day 300` and `day 301`): two parts, however much of
        /// their texts the series repeats.
        case otherPart = "other-part"
        /// Not enough in common.
        case different

        /// Whether the verdict merges the two.
        public var isDuplicate: Bool {
            switch self {
            case .copy, .correction, .sameTitle, .retold: return true
            case .outsideWindow, .figuresDiffer, .followUp, .otherMedia, .otherItem, .otherPart, .different:
                return false
            }
        }

        /// Whether the verdict keeps an article out of the other's story whatever its other
        /// copies say: another edition, another episode, another part.
        public var vetoesStory: Bool {
            self == .figuresDiffer || self == .otherMedia || self == .otherPart
        }
    }

    /// Share of the shorter text's phrases (three-word runs) found in the longer.
    public var phrases: Double
    /// How many phrases the shorter text has.
    public var phraseCount: Int
    /// Share of the smaller set of content words found in the other.
    public var words: Double
    /// Share of the smaller set of names found in the other, and how many that is.
    public var names: Double
    public var sharedNames: Int
    /// How many content words the text with fewer has.
    public var fewerWords: Int
    /// Dice similarity of the titles' content words.
    public var title: Double
    /// Telling figures both give, and those only one gives.
    public var sharedFigures: Int
    public var figuresOnlyFirst: Int
    public var figuresOnlySecond: Int
    /// How far apart the two were published, in hours.
    public var hoursApart: Double
    public var verdict: Verdict

    /// One number for ranking matches (and near misses): the strongest of the measures.
    public var score: Double {
        max(phrases, min(1, (words + names) / 2), title * words)
    }
}
