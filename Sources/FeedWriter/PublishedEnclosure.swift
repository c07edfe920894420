import FeedModel
import FeedText

/// A story's media file (a podcast's audio, a video, an image) as the outputs republish it, so
/// that a merged podcast or video feed keeps what it was subscribed for.
///
/// Only absolute http(s) addresses are published: a relative one would resolve against the
/// output, and a `file:` one is a path on this machine. RSS and JSON Feed require a media type,
/// so one a feed left out or garbled (feeds write template paths there) is told by the file's
/// extension.
struct PublishedEnclosure: Equatable {
    let url: String
    let mediaType: String
    /// Bytes, when the feed gave a length (0 and negative lengths are placeholders).
    let length: Int64?

    /// At most this many a story: a gallery's thirty `media:content` images are not attachments
    /// a reader wants thirty of.
    static let limit = 8

    /// The enclosures of the story's source copy, else of the copy its text is from.
    static func of(_ story: Story) -> [PublishedEnclosure] {
        let own = published(story.primary.article.enclosures)
        return own.isEmpty ? published(story.textSource.article.enclosures) : own
    }

    private static func published(_ enclosures: [Enclosure]) -> [PublishedEnclosure] {
        var result: [PublishedEnclosure] = []
        for enclosure in enclosures where result.count < limit {
            let url = enclosure.url.trimmingWhitespace()
            guard URLResolver.isHTTP(url), !result.contains(where: { $0.url == url })
            else { continue }
            let given = enclosure.type.flatMap(mediaType(given:))
            result.append(
                PublishedEnclosure(
                    url: url, mediaType: given ?? mediaType(ofPath: url),
                    length: enclosure.length.flatMap { $0 > 0 ? $0 : nil }))
        }
        return result
    }

    /// The `type/subtype` of a given media type (parameters dropped), when it has that shape.
    static func mediaType(given text: String) -> String? {
        let essence = text.split(separator: ";", maxSplits: 1).first.map { String($0).trimmingWhitespace() } ?? ""
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(isTokenByte) }) else {
            return nil
        }
        return essence.lowercased()
    }

    /// The media type a file's extension says (`episode.mp3?x=1` is `audio/mpeg`).
    static func mediaType(ofPath url: String) -> String {
        extensionTypes[fileExtension(url)] ?? "application/octet-stream"
    }

    /// The lower-cased extension of the URL's last path segment, or "".
    static func fileExtension(_ url: String) -> String {
        let path = url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? url
        let withoutQuery = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        guard let name = withoutQuery.split(separator: "/").last, let dot = name.lastIndex(of: ".") else { return "" }
        let suffix = name[name.index(after: dot)...]
        return suffix.count <= 5 ? suffix.lowercased() : ""
    }

    /// Whether the file is one a reader plays (audio or video), which the HTML page links.
    var isPlayable: Bool { mediaType.hasPrefix("audio/") || mediaType.hasPrefix("video/") }

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
