/// How many articles a save added, changed or found as they were.
public struct SaveSummary: Sendable, Hashable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    /// Of the unchanged, articles the feed now gives another entry id (a feed that makes up a
    /// new guid at every request), kept as they were.
    public var reidentified = 0
    /// Of the unchanged, articles whose date alone the feed moved on (it dates its items at each
    /// request), kept as they were.
    public var redated = 0
    /// Whether the feed's stored URL became the one it moved to (`FetchedContent.movedTo`); false
    /// when another stored feed already has that URL, and the feed keeps its own.
    public var moved = false

    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
    }
}
