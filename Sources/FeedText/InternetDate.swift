public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Formats dates the way feed formats want them, in UTC, without locale-dependent formatters.
public enum InternetDate {
    /// RFC 3339 in UTC with whole seconds and a `Z`: `2004-01-12T17:21:00Z`.
    public static func rfc3339(_ date: Date) -> String {
        let parts = components(date)
        return "\(pad(parts.year, 4))-\(pad(parts.month))-\(pad(parts.day))T"
            + "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))Z"
    }

    /// RFC 822 as RSS 2.0 wants it (four-digit year, `+0000`): `Mon, 12 Jan 2004 17:21:00 +0000`.
    public static func rfc822(_ date: Date) -> String {
        let parts = components(date)
        return "\(weekdays[parts.weekday]), \(pad(parts.day)) \(months[parts.month - 1]) \(pad(parts.year, 4)) "
            + "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second)) +0000"
    }

    /// The calendar day in UTC, `2004-01-12`.
    public static func day(_ date: Date) -> String {
        let parts = components(date)
        return "\(pad(parts.year, 4))-\(pad(parts.month))-\(pad(parts.day))"
    }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A date's calendar fields in UTC (`weekday` 0 is Sunday).
    public struct Parts: Sendable, Hashable {
        public var year, month, day, hour, minute, second, weekday: Int
    }

    /// The calendar fields of `date` in UTC.
    public static func components(_ date: Date) -> Parts {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var calendar = tm()
        gmtime_r(&seconds, &calendar)
        return Parts(
            year: Int(calendar.tm_year) + 1900, month: Int(calendar.tm_mon) + 1, day: Int(calendar.tm_mday),
            hour: Int(calendar.tm_hour), minute: Int(calendar.tm_min), second: Int(calendar.tm_sec),
            weekday: Int(calendar.tm_wday))
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
