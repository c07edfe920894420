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

    /// Its media type: the one the feed gave, when it has the shape of one (parameters dropped),
    /// else the one its file's extension says, else `application/octet-stream` (feeds leave the
    /// type out, or write template paths there).
    public var mediaType: String {
        type.flatMap(Enclosure.mediaType(given:))
            ?? Enclosure.extensionTypes[Enclosure.fileExtension(url)] ?? "application/octet-stream"
    }

    /// Whether it is a file a reader plays: audio or video (a podcast's episode), not an image.
    public var isPlayable: Bool { Enclosure.isPlayable(mediaType) }

    /// Whether it is the item's own file: audio, video, a torrent, a document. Not a picture (a
    /// story's photo), and not a file of unknown type (feeds give photos without a type).
    public var isDownload: Bool {
        let type = mediaType
        return Enclosure.isPlayable(type) || (type.hasPrefix("application/") && type != "application/octet-stream")
    }

    /// Whether a media type is audio or video.
    public static func isPlayable(_ mediaType: String) -> Bool {
        mediaType.hasPrefix("audio/") || mediaType.hasPrefix("video/")
    }

    /// The `type/subtype` of a given media type (parameters dropped), when it has that shape.
    static func mediaType(given text: String) -> String? {
        let essence = text.split(separator: ";", maxSplits: 1).first.map { String(trimmed($0)) } ?? ""
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isTokenByte) }) else {
            return nil
        }
        return essence.lowercased()
    }

    /// The lower-cased extension of the URL's last path segment (`episode.mp3?x=1`: `mp3`), or "".
    public static func fileExtension(_ url: String) -> String {
        let url = trimmed(Substring(url))
        let path = url.prefix { $0 != "#" && $0 != "?" }
        guard let name = path.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return "" }
        let suffix = name[name.index(after: dot)...]
        return suffix.count <= 5 ? suffix.lowercased() : ""
    }

    /// `text` without ASCII white space at either end (what feeds leave around URLs and types);
    /// every enclosure of every story written comes through here, and Foundation's trimming
    /// goes through UTF-16.
    private static func trimmed(_ text: Substring) -> Substring {
        var utf8 = text.utf8
        while let first = utf8.first, first <= 0x20 { utf8 = utf8.dropFirst() }
        while let last = utf8.last, last <= 0x20 { utf8 = utf8.dropLast() }
        return Substring(utf8)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$&^_.+-".utf8.contains(byte)
        }
    }

    private static let extensionTypes: [String: String] = [
        "mp3": "audio/mpeg", "m4a": "audio/mp4", "aac": "audio/aac", "ogg": "audio/ogg", "oga": "audio/ogg",
        "opus": "audio/ogg", "flac": "audio/flac", "wav": "audio/wav", "mp4": "video/mp4", "m4v": "video/mp4",
        "mov": "video/quicktime", "webm": "video/webm", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
        "gif": "image/gif", "webp": "image/webp", "avif": "image/avif", "pdf": "application/pdf",
        "epub": "application/epub+zip",
    ]
}
