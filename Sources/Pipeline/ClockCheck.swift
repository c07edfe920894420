import FeedFetcher
import FeedText
import Foundation

/// Whether this machine's clock agrees with those of the servers it fetches from, by their
/// `Date` headers.
///
/// A wrong clock (a small board that restores its last shutdown time before NTP sets it, a
/// virtual machine resumed after days) stores what it fetches as of the wrong time, and nothing
/// else shows it: behind, it dates new articles early (a feed's dates after the stored time are
/// taken for future dates, and clamped to it); ahead, it dates articles without a date of their
/// own late, and keeps them seen past their retention.
struct ClockCheck: Sendable, Hashable {
    /// A difference within this is a server's drift or a slow answer, not a wrong clock.
    static let tolerance: TimeInterval = 300

    /// Each server's clock, ahead of this machine's (negative: behind), one answer each, so
    /// that a server with many feeds counts once.
    private var offsets: [String: TimeInterval] = [:]

    /// Notes the answer of `server`, as of when it was received.
    mutating func add(_ response: FetchResponse, server: String) {
        guard let date = response.serverDate else { return }
        offsets[server] = date.timeIntervalSince(response.receivedAt)
    }

    /// How far the servers' clocks are ahead of this machine's (positive: this clock is
    /// behind): the median over the servers, when at least three gave a date.
    var offset: TimeInterval? {
        guard offsets.count >= 3 else { return nil }
        let sorted = offsets.values.sorted()
        return sorted[sorted.count / 2]
    }

    /// What to tell the user of a clock further off than `tolerance`.
    var warning: String? {
        guard let offset, abs(offset) > Self.tolerance else { return nil }
        let amount = DurationText.short((abs(offset) / 60).rounded() * 60)
        let effect =
            offset > 0
            ? "new articles are dated early (a feed's later dates look like future dates)"
            : "articles without a date of their own are dated late"
        return "this machine's clock is \(amount) \(offset > 0 ? "behind" : "ahead of") the clocks of the "
            + "\(offsets.count) servers that gave the time: set it right (NTP); until then, what is fetched "
            + "is stored as of the wrong time, and \(effect)"
    }
}
