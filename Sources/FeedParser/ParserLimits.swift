/// Bounds on what one document may cost, so that a hostile or broken feed cannot exhaust memory or time.
public struct ParserLimits: Sendable, Hashable {
    /// The largest document accepted, in bytes.
    public var maxDocumentBytes: Int
    /// Elements nested deeper than this are skipped.
    public var maxDepth: Int
    /// The most text kept for one field (a title, a body); the rest is cut.
    public var maxFieldBytes: Int
    /// The most entries kept from one document.
    public var maxEntries: Int
    /// The most problems listed for one document (all are counted).
    public var maxProblems: Int
    /// The most text that references to the document's own entities (`<!ENTITY company "Acme">`)
    /// may add to it; references past it read as nothing.
    public var maxEntityTextBytes: Int

    public init(
        maxDocumentBytes: Int = 64 << 20, maxDepth: Int = 128, maxFieldBytes: Int = 4 << 20, maxEntries: Int = 100_000,
        maxProblems: Int = 20, maxEntityTextBytes: Int = 1 << 20
    ) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxDepth = maxDepth
        self.maxFieldBytes = maxFieldBytes
        self.maxEntries = maxEntries
        self.maxProblems = maxProblems
        self.maxEntityTextBytes = maxEntityTextBytes
    }

    /// Limits suited to feeds: generous for real documents, fatal for hostile ones.
    public static let standard = ParserLimits()
}
