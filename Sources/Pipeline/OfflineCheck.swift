import FeedFetcher
import FeedModel
import FeedStore
import FeedText
import Foundation

/// Whether a run found the machine offline: no server reached at all.
///
/// A laptop without a network, a server whose DNS resolver or proxy is down, a VPN that
/// dropped: every feed fails before a connection is made. Counted as the feeds' failures, each
/// would back off (after an outage of five or six hours, feeds would wait up to five hours more
/// once the network is back: the backoff doubles to 320 minutes) and cron would mail a line for
/// every feed. The
/// failures are the machine's, so the feeds are held until the run ends, and recorded as
/// failures only when some server was reached after all.
struct OfflineCheck: Sendable {
    /// Feeds of http(s) addresses whose server was not reached, with why.
    private(set) var feeds: [(FeedRecord, FetchError)] = []
    /// Whether some server answered (with anything, an error status too).
    private var reachedAServer = false

    /// Holds `feed` when `outcome` says its server was not reached, and returns true; otherwise
    /// notes whether a server answered, and returns false.
    mutating func hold(_ feed: FeedRecord, _ outcome: FetchOutcome) -> Bool {
        guard URLResolver.isHTTP(outcome.request.url) else { return false }
        switch outcome.result {
        case .failure(let error) where error.madeNoConnection:
            feeds.append((feed, error))
            return true
        case .failure(let error) where error.code == .cancelled:
            return false
        default:
            reachedAServer = true
            return false
        }
    }

    /// The servers not reached.
    private var servers: Set<String> { Set(feeds.map { FetchRequest(url: $0.0.url).server }) }

    /// Whether the machine is offline: no server was reached, of two or more tried, and at least
    /// one of them answered an earlier run. One server down is that server's failure; feeds that
    /// never answered may be addresses that no longer exist, and back off as failures do.
    var isOffline: Bool {
        !reachedAServer && servers.count >= 2 && feeds.contains { $0.0.lastSuccess != nil }
    }

    /// What to tell the user of an offline run.
    var notice: String {
        let first = feeds.first.map { feed, error in
            " (the first: \(URLCredentials.masked(feed.url)): \(URLCredentials.masking(feed.url, in: error.message)))"
        }
        return "no server could be reached: the \(feeds.count) feeds asked for, on \(servers.count) servers, all "
            + "failed before a connection was made\(first ?? ""). Is this machine offline, or its DNS or proxy "
            + "down? They are not counted as failing, and are asked for again at the next run"
    }
}
