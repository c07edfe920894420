import FeedText

/// The classes of words that fingerprints treat apart: function words (which say nothing about
/// the story), capitalized words that are not names (weekdays, months, titles of office), and
/// the scale words that make "3.6 million" one figure.
enum WordClasses {
    /// English function words and the most common reporting verbs, by folded hash.
    static let stopwords = HashSet(hashes(functionWords))

    /// Capitalized words that are not names: calendar words and titles of office, which two
    /// unrelated stories of the same day share.
    static let notNames = HashSet(
        hashes(functionWords)
            + hashes(
                """
                monday tuesday wednesday thursday friday saturday sunday january february march april may june
                july august september october november december president prime minister ministers secretary
                general king queen prince princess sir lord lady chief head deputy senator governor mayor
                ambassador spokesperson spokesman spokeswoman commissioner chairman chair professor editor
                photo photograph reuters ap afp getty images video read continue
                """))

    private static let functionWords = """
        a about above after again against all also am an and any are as at be because been before being
        below between both but by can could did do does doing down during each few for from further had has
        have having he her here hers herself him himself his how i if in into is it its itself just me more
        most my myself no nor not now of off on once only or other our ours ourselves out over own same she
        should so some such than that the their theirs them themselves then there these they this those
        through to too under until up very was we were what when where which while who whom why will with
        would you your yours yourself yourselves said says say told tell according new one two three
        last first next week year years day days time may might must shall would since still yet however
        many much us per via mr mrs ms dr st its it's what's there's
        """

    /// Scale words after a figure, with their factor.
    static let scales: [UInt64: Double] = {
        var scales: [UInt64: Double] = [:]
        for (word, factor) in [
            ("thousand", 1e3), ("k", 1e3), ("million", 1e6), ("millions", 1e6), ("mln", 1e6), ("mn", 1e6), ("m", 1e6),
            ("billion", 1e9), ("billions", 1e9), ("bn", 1e9), ("b", 1e9), ("trillion", 1e12), ("tn", 1e12),
            ("miliona", 1e6), ("milion", 1e6), ("milijarde", 1e9), ("milijardi", 1e9), ("hiljada", 1e3),
            ("tisuca", 1e3),
        ] {
            scales[hash(word)] = factor
        }
        return scales
    }()

    /// Words that make the number before them a percentage (`4 percent`, `3 posto`); `per cent`
    /// is two words, `cent` after `per`.
    static let percentWords = HashSet(
        hashes(
            """
            percent pct prozent procent procento procenta procenat procenata posto odsto pourcent porcentaje
            """))
    static let per = hash("per")
    static let cent = hash("cent")

    static func hash(_ word: String) -> UInt64 {
        FoldedText(word).words.first?.hash ?? 0
    }

    private static func hashes(_ words: String) -> [UInt64] {
        FoldedText(words).words.map(\.hash)
    }
}
