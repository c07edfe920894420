import Foundation

/// Reads the HTTP `Retry-After` header (RFC 9110 section 10.2.3): a number of seconds or an HTTP date.
enum RetryAfter {
    /// Seconds to wait from `now`, or nil when the value cannot be read.
    static func seconds(_ value: String, now: Date) -> Double? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return Double(seconds) }
        return HTTPDate.date(text).map { max(0, $0.timeIntervalSince(now)) }
    }
}
