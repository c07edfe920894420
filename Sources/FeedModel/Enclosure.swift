/// A media file attached to an article (RSS `enclosure`, Atom `link rel="enclosure"`,
/// `media:content`, JSON Feed `attachments`).
public struct Enclosure: Sendable, Codable, Hashable {
    public var url: String
    public var type: String?
    public var length: Int64?

    public init(url: String, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}
