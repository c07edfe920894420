/// A link as Atom describes it; RSS links and enclosures map onto it.
public struct Link: Sendable, Codable, Hashable {
    /// The absolute URL.
    public var href: String
    /// The relation; a missing Atom `rel` means `alternate`.
    public var rel: String?
    /// The media type the link promises.
    public var type: String?
    public var title: String?
    public var hreflang: String?
    /// Length in bytes, as the feed advertises it.
    public var length: Int64?

    public init(
        href: String, rel: String? = nil, type: String? = nil, title: String? = nil, hreflang: String? = nil,
        length: Int64? = nil
    ) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
        self.hreflang = hreflang
        self.length = length
    }
}
