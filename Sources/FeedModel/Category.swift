/// A category as the source labelled it (RSS `category`, Atom `category`, `dc:subject`).
public struct Category: Sendable, Codable, Hashable {
    /// The category string itself (Atom `term`).
    public var term: String
    /// The taxonomy it belongs to (RSS `domain`, Atom `scheme`).
    public var scheme: String?
    /// A human-readable label (Atom `label`).
    public var label: String?

    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}
