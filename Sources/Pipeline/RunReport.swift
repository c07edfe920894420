import FeedModel
import FeedText
public import FeedWriter
public import Foundation

/// A feed that could not be fetched or read in this run.
public struct FeedFailure: Sendable, Hashable, CustomStringConvertible {
    public var url: String
    public var title: String?
    public var message: String
    /// How many fetches in a row have failed, this one included.
    public var consecutiveFailures: Int
    /// The feed's last successful fetch, if it ever had one.
    public var lastSuccess: Date?
    /// When the feed is tried again (nil: not, until revived).
    public var nextTry: Date?
    /// When this failure happened.
    public var at: Date

    public init(
        url: String, title: String?, message: String, consecutiveFailures: Int = 1, lastSuccess: Date? = nil,
        nextTry: Date? = nil, at: Date = Date()
    ) {
        self.url = url
        self.title = title
        self.message = message
        self.consecutiveFailures = consecutiveFailures
        self.lastSuccess = lastSuccess
        self.nextTry = nextTry
        self.at = at
    }

    /// The failure as feedmerge prints it (cron mails it): a private feed's secrets masked, and
    /// for a feed that keeps failing, for how long and when it is tried again, so that the
    /// reader can tell a bad moment from a feed to fix or drop.
    public var description: String {
        let message = URLCredentials.masking(url, in: message)
        let url = URLCredentials.masked(url)
        var text = title.map { "\($0) <\(url)>: \(message)" } ?? "\(url): \(message)"
        if consecutiveFailures > 1 {
            let since =
                lastSuccess.map { "last fetched \(DurationText.short(at.timeIntervalSince($0))) ago" }
                ?? "never fetched"
            text += " (\(consecutiveFailures) failures in a row, \(since)"
            if let nextTry { text += "; next try in \(DurationText.short(nextTry.timeIntervalSince(at)))" }
            text += ")"
        }
        return text
    }
}

/// What a fetch did.
public struct FetchReport: Sendable, Hashable {
    /// Feeds subscribed, and those fetched in this run (the rest were not due or are dead).
    public var feeds = 0
    public var fetched = 0
    /// Feeds whose content was parsed and stored.
    public var updated = 0
    /// Feeds that had not changed (304, or the same body).
    public var unchanged = 0
    /// Feeds not asked for: their server had just answered another feed with 429 Too Many
    /// Requests (or 503 with a `Retry-After`); they wait as it asked, and did not fail.
    public var deferred = 0
    /// Servers that asked to be asked less often, and until when none of their feeds is.
    var serverWaits: [String: Date] = [:]
    /// The servers' clocks, against this machine's.
    var clock = ClockCheck()
    /// How far the clocks of the servers that answered are ahead of this machine's (positive:
    /// this clock is behind), by their `Date` headers: the median, when three or more gave one.
    public var clockOffset: TimeInterval? { clock.offset }
    /// What the fetch warned of this machine's clock, when it is off by more than five minutes.
    public var clockWarning: String? { clock.warning }
    public var newArticles = 0
    public var changedArticles = 0
    public var prunedArticles = 0
    public var bytes = 0
    public var failures: [FeedFailure] = []
    /// Feeds not fetched because no server at all was reached (the machine offline, its DNS or
    /// proxy down): not counted as failing, and due again at the next run.
    public var notReached = 0
    /// What to tell the user of such a run, naming the first feed and its error.
    public var offlineNotice: String?
    /// Feeds that moved for good (permanent redirect or discovery): old URL → new URL.
    public var moved: [String: String] = [:]
    /// Feeds that answered 410 Gone in this run.
    public var died: [String] = []
    /// Feeds whose document ended early (a transfer cut short, a damaged gzip stream): feed URL →
    /// what cut it. What came was read; the whole document is asked for at the next fetch.
    public var truncated: [String: String] = [:]

    public init() {}

    /// Notes that no feed of `server` is to be asked before `until`.
    mutating func waitFor(_ server: String, until: Date) {
        serverWaits[server] = max(serverWaits[server] ?? until, until)
    }
}

/// What a build did.
public struct BuildReport: Sendable, Hashable {
    public var articles = 0
    public var stories = 0
    /// Articles run through dedup and tagging in this build (new, changed, or all after the
    /// topics changed).
    public var indexed = 0
    /// Of those, the articles dedup placed in a story, and the articles tagging looked at.
    public var deduplicated = 0
    public var tagged = 0
    /// Output paths rewritten, and left alone because they did not change.
    public var written: [String] = []
    public var unchanged: [String] = []
    /// Files earlier builds wrote for per-topic or per-tag outputs that no output writes now,
    /// removed.
    public var removed: [String] = []
    /// Every output the build wrote or left alone, a `{tag}` path's one per tag.
    public var outputs: [OutputDefinition] = []
    /// True when nothing had changed since the last build, so nothing was done.
    public var skipped = false

    public init() {}
}

/// Progress of a fetch, for a progress bar.
public struct FetchProgress: Sendable, Hashable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    public var errors: Int
}
