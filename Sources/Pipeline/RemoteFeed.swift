import FeedFetcher
public import FeedModel
public import FeedParser
import FeedText

/// One feed URL fetched and parsed on its own, as `feedmerge parse URL` does.
public enum RemoteFeed {
    /// The body's size and what the parser made of it. The base URL for relative links is the
    /// HTTP `Content-Location` when given, else the final URL after redirects.
    public static func fetchAndParse(_ url: String, parser: FeedParser = FeedParser()) async -> (
        bytes: Int, result: Result<ParsedFeed, FeedParseError>
    ) {
        switch await FeedFetcher().fetch(FetchRequest(url: url)) {
        case .failure(let error):
            return (0, .failure(FeedParseError(.unreadable, error.message)))
        case .success(let response):
            let base =
                response.headers["content-location"].map { URLResolver.resolve($0, against: response.finalURL) }
                ?? response.finalURL
            let result = Result { () throws(FeedParseError) in
                try parser.parse(response.body, documentURL: base, contentType: response.contentType)
            }
            return (response.body.count, result)
        }
    }
}
