public import Foundation

/// When to fetch a feed next: after a success, the publisher's hints within a floor and a
/// ceiling; after a failure, what the server asked (`Retry-After`) or an exponential backoff.
public struct FetchSchedule: Sendable, Hashable {
    public var minInterval: TimeInterval
    public var maxInterval: TimeInterval
    public var firstBackoff: TimeInterval
    public var maxBackoff: TimeInterval

    public init(
        minInterval: TimeInterval = 0, maxInterval: TimeInterval = 12 * 3600, firstBackoff: TimeInterval = 300,
        maxBackoff: TimeInterval = 24 * 3600
    ) {
        self.minInterval = minInterval
        self.maxInterval = maxInterval
        self.firstBackoff = firstBackoff
        self.maxBackoff = maxBackoff
    }

    /// After a successful fetch. Without a hint the feed is due at every run (nil), unless a
    /// floor is set.
    public func nextDue(after now: Date, hints: [TimeInterval?]) -> Date? {
        guard let hint = hints.compactMap({ $0 }).filter({ $0 > 0 }).max() else {
            return minInterval > 0 ? now.addingTimeInterval(minInterval) : nil
        }
        return now.addingTimeInterval(min(max(hint, minInterval), maxInterval))
    }

    /// After a failed fetch; `consecutiveFailures` counts this one.
    public func nextDue(afterFailure now: Date, consecutiveFailures: Int, retryAfter: TimeInterval?) -> Date {
        if let retryAfter { return now.addingTimeInterval(min(max(retryAfter, 0), maxBackoff)) }
        let doublings = min(max(consecutiveFailures - 1, 0), 30)
        return now.addingTimeInterval(min(firstBackoff * pow(2, Double(doublings)), maxBackoff))
    }

    /// The longest wait these settings give a feed after a success, or after a failure.
    public func longestWait(failing: Bool) -> TimeInterval {
        failing ? maxBackoff : max(minInterval, maxInterval)
    }

    /// When a feed is due, given the date its last fetch set (`stored`, worked out under the
    /// settings of that time), when that fetch was, and whether it failed. No feed waits longer
    /// than these settings allow: once `max_backoff` goes from a day to an hour, a feed backing
    /// off is due an hour after its last try, not the next day; and a date further ahead than
    /// any wait (the clock was set back after a run, or ran ahead during one) is due now, not
    /// months from now.
    public func due(stored: Date?, lastFetched: Date?, failing: Bool, now: Date) -> Date? {
        guard var due = stored else { return nil }
        let longest = longestWait(failing: failing)
        if let lastFetched, lastFetched <= now { due = min(due, lastFetched.addingTimeInterval(longest)) }
        return due > now.addingTimeInterval(longest) ? now : due
    }

    /// The `max-age` of a `Cache-Control` header, in seconds.
    public static func maxAge(cacheControl: String?) -> TimeInterval? {
        guard let cacheControl else { return nil }
        for directive in cacheControl.lowercased().split(separator: ",") {
            let parts = directive.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0] == "max-age", let seconds = Double(parts[1]) { return seconds }
        }
        return nil
    }
}
