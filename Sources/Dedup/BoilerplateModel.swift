/// What one feed repeats across its articles, learned from the articles themselves: a short
/// paragraph whose shape (its words, figures as `#`) recurs in enough of the feed's articles is
/// the feed's furniture ("Bonus video:", a sign-off, a translation disclaimer), not its news.
public struct BoilerplateModel: Sendable, Hashable {
    /// A shape must recur in at least this many articles…
    public static let minimumArticles = 3
    /// …and in at least this share of the feed's articles.
    public static let minimumShare = 0.2

    /// How many of the feed's articles have each shape.
    public private(set) var counts: [UInt64: Int]
    /// How many articles were observed.
    public private(set) var articles: Int

    public init(counts: [UInt64: Int] = [:], articles: Int = 0) {
        self.counts = counts
        self.articles = articles
    }

    /// Counts one article's paragraph shapes (each once).
    public mutating func observe(_ shapes: some Sequence<UInt64>) {
        articles += 1
        for shape in Set(shapes) { counts[shape, default: 0] += 1 }
    }

    /// The shapes that are boilerplate.
    public var learned: Set<UInt64> {
        let needed = max(
            BoilerplateModel.minimumArticles, Int((Double(articles) * BoilerplateModel.minimumShare).rounded(.up)))
        return Set(counts.filter { $0.value >= needed }.keys)
    }
}
