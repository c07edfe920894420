public import Foundation

/// One story as the outputs publish it: the article chosen to represent it, the other
/// outlets' copies merged into it, and its tags.
public struct Story: Sendable, Hashable {
    /// Stable from run to run, so that a reader never sees the same story twice.
    public var id: String
    /// The copy shown: the fullest text, from the first or highest-ranked outlet.
    public var primary: SourcedArticle
    /// The other outlets' copies, in the order they published.
    public var also: [SourcedArticle]
    /// Tag ids, sorted.
    public var tags: [String]
    /// The copy whose text is published: the fullest once cleaned of each outlet's boilerplate
    /// (the primary unless another copy says more), its text already cleaned.
    public var textSource: SourcedArticle

    public init(
        id: String, primary: SourcedArticle, also: [SourcedArticle] = [], tags: [String] = [],
        textSource: SourcedArticle? = nil
    ) {
        self.id = id
        self.primary = primary
        self.also = also
        self.tags = tags
        self.textSource = textSource ?? primary
    }

    /// Every copy, the primary first.
    public var members: [SourcedArticle] { [primary] + also }

    /// The earliest date any outlet gave the story.
    public var date: Date { also.reduce(primary.date) { min($0, $1.date) } }

    /// How many distinct outlets carried the story (two feeds of one outlet count once; see
    /// `Outlet`), without building `members`: outputs ask this of every story they write.
    public var sourceCount: Int {
        var outlets = [primary.outletKey]
        for copy in also {
            let outlet = copy.outletKey
            if !outlets.contains(outlet) { outlets.append(outlet) }
        }
        return outlets.count
    }
}
