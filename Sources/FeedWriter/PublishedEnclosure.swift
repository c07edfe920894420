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
            guard URLResolver.isHTTP(url), !result.contains(where: { $0.url == url }),
                !PublishedEnclosure.pluginTypes.contains(enclosure.mediaType.lowercased())
            else { continue }
            result.append(
                PublishedEnclosure(
                    url: url, mediaType: enclosure.mediaType, length: enclosure.length.flatMap { $0 > 0 ? $0 : nil }))
        }
        return result
    }

    /// Players for browser plug-ins no browser runs any more (YouTube's feeds still give each
    /// video's Flash player, `youtube.com/v/ID`, as its `media:content`): no reader can play
    /// them, and the item's link is the video's page.
    private static let pluginTypes: Set<String> = [
        "application/x-shockwave-flash", "application/futuresplash", "application/x-silverlight-app",
        "application/x-silverlight", "application/x-silverlight-2",
    ]

    /// Whether the file is one a reader plays (audio or video), which the HTML page links.
    var isPlayable: Bool { Enclosure.isPlayable(mediaType) }
}
