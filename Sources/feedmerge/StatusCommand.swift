import ArgumentParser
import FeedModel
import FeedStore
import FeedText
import FeedmergeConfig
import Foundation
import Pipeline

/// `feedmerge status`: the state of every feed, as a table or JSON.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show every feed's last status, successes, articles, failures and next fetch.")

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Print one JSON object per feed, one per line.")
    var json = false

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        let feeds: [FeedRecord]
        do {
            feeds = try pipeline.status()
        } catch {
            Terminal.fail(error)
        }
        if feeds.isEmpty {
            // Before the first fetch the store knows no feed: an empty table would say nothing.
            Terminal.error(
                "the store has no feeds yet; `feedmerge run` (or `fetch`) reads them from \(configuration.feedsPath)")
        }
        if json {
            for feed in feeds { Terminal.show(Self.json(feed)) }
            return
        }
        let now = Date()
        var rows = [["feed", "status", "last success", "articles", "newest", "failures", "next due", "state"]]
        for feed in feeds {
            var state: [String] = []
            if feed.isDead { state.append("dead (410)") }
            if feed.movedFrom != nil { state.append("moved") }
            if !feed.isSubscribed { state.append("unsubscribed") }
            if feed.lastBodyEndedEarly { state.append("last body cut short") }
            if let quiet = Self.quietFor(feed, now) { state.append("nothing new for \(DurationText.short(quiet))") }
            rows.append([
                feed.title ?? URLCredentials.masked(feed.url),
                feed.lastStatus.map(String.init) ?? (feed.lastFetched == nil ? "never" : "error"),
                feed.lastSuccess.map { Self.age($0, now) } ?? "never",
                String(feed.articleCount),
                feed.newestArticle.map { Self.age($0, now) } ?? "—",
                String(feed.consecutiveFailures),
                feed.isDead
                    ? "—"
                    : feed.nextDue.map { $0 <= now ? "now" : "in " + DurationText.short($0.timeIntervalSince(now)) }
                        ?? "now",
                state.joined(separator: ", "),
            ])
        }
        let widths = rows[0].indices.map { column in min(48, rows.map { $0[column].count }.max() ?? 0) }
        for row in rows {
            let cells = row.indices.map { column -> String in
                let text =
                    row[column].count > widths[column]
                    ? String(row[column].prefix(widths[column] - 1)) + "…" : row[column]
                return text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            Terminal.show(cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        for feed in feeds where feed.lastError != nil && feed.consecutiveFailures > 0 {
            Terminal.show(
                "\n\(URLCredentials.masked(feed.url)): \(URLCredentials.masking(feed.url, in: feed.lastError!))")
        }
    }

    static func json(_ feed: FeedRecord) -> String {
        var object = JSONObjectBuilder()
        object.add("url", feed.url)
        object.add("subscribed_url", feed.subscribedURL)
        object.add("title", feed.title)
        object.add("subscribed", feed.isSubscribed)
        object.add("last_status", feed.lastStatus)
        object.add("last_error", feed.lastError)
        object.add("last_fetched", feed.lastFetched.map(InternetDate.rfc3339))
        object.add("last_success", feed.lastSuccess.map(InternetDate.rfc3339))
        object.add("articles", feed.articleCount)
        object.add("newest_article", feed.newestArticle.map(InternetDate.rfc3339))
        object.add("last_new_article", feed.lastNewArticle.map(InternetDate.rfc3339))
        object.add("consecutive_failures", feed.consecutiveFailures)
        object.add("next_due", feed.nextDue.map(InternetDate.rfc3339))
        object.add("dead", feed.isDead)
        object.add("last_body_cut_short", feed.lastBodyEndedEarly)
        object.add("dead_since", feed.deadSince.map(InternetDate.rfc3339))
        object.add("moved_from", feed.movedFrom)
        object.add("moved_at", feed.movedAt.map(InternetDate.rfc3339))
        object.add("etag", feed.etag)
        object.add("last_modified", feed.lastModified)
        object.add("update_interval_seconds", feed.updateInterval.map { Int64($0) })
        object.add("fetches", feed.fetchCount)
        object.add("failures", feed.failureCount)
        object.add("bytes", feed.bytesTotal)
        return object.json
    }

    static func age(_ date: Date, _ now: Date) -> String {
        DurationText.short(now.timeIntervalSince(date)) + " ago"
    }

    /// A feed is quiet after this long without an article not seen before.
    static let quietAfter: TimeInterval = 30 * 86_400

    /// How long a feed that still answers has brought nothing new, when that is longer than
    /// `quietAfter`: a site that abandoned its feed keeps serving the old one, every fetch
    /// succeeds, and nothing else tells it from a feed with news.
    static func quietFor(_ feed: FeedRecord, _ now: Date) -> TimeInterval? {
        guard feed.isSubscribed, !feed.isDead, feed.consecutiveFailures == 0, let latest = feed.lastNewArticle,
            let success = feed.lastSuccess, success > latest
        else { return nil }
        let quiet = now.timeIntervalSince(latest)
        return quiet > quietAfter ? quiet : nil
    }

}

/// `feedmerge revive`: fetch feeds again that answered 410 Gone.
struct ReviveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revive", abstract: "Fetch dead feeds (those that answered 410 Gone) again from the next run.")

    @OptionGroup var options: CommonOptions

    @Argument(help: "Feed URLs to revive; all dead feeds when none is given.")
    var urls: [String] = []

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        do {
            let count = try pipeline.revive(urls: urls)
            Terminal.say("revived \(count) feed\(count == 1 ? "" : "s")")
        } catch {
            Terminal.fail(error)
        }
    }
}
