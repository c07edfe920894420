import FeedFetcher
import FeedStore
import Foundation

/// How a feed is asked for: conditionally, with the validators of its last answer
/// (`If-None-Match`, `If-Modified-Since`), so that an unchanged feed costs a 304 and no body.
///
/// Conditional requests trust the server to tell a change. Some do not: an ETag that stays the
/// same when the feed changes, a cache in front that keeps one 304 for every request, a
/// `Last-Modified` compared the wrong way. Such a feed would answer 304 for good and its new
/// items never show, with nothing to say so: every fetch succeeds. A feed that has sent no
/// whole body for `wholeEvery` is therefore asked once without them: one download a day at
/// most, which the body's hash keeps from being parsed when it did not change.
enum ConditionalRequest {
    /// How long a feed's answers may all be 304s before it is asked without validators.
    static let wholeEvery: TimeInterval = 86_400

    /// The request for `feed` at `now`.
    static func request(for feed: FeedRecord, now: Date) -> FetchRequest {
        let hasValidators = feed.etag != nil || feed.lastModified != nil
        guard hasValidators, let whole = feed.lastWholeFetch, now.timeIntervalSince(whole) < wholeEvery else {
            return FetchRequest(url: feed.url)
        }
        return FetchRequest(url: feed.url, etag: feed.etag, lastModified: feed.lastModified)
    }
}
