public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Formats dates the way feed formats want them, in UTC, without locale-dependent formatters,
/// and computes the instant of a date read by hand (the feed parser's, the fetcher's HTTP dates).
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

    /// The instant of a date and time written in a zone `offset` seconds east of UTC, in the
    /// proleptic Gregorian calendar, computed (no calendar or formatter is made): nil for a date
    /// no calendar has (31 February, month 13) or a year outside 1000–9999. A leap second (`:60`)
    /// is read as `:59`, and `24:00` as the next day's midnight.
    public static func date(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, offset: Int = 0
    ) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...24).contains(hour), (0...59).contains(minute),
            (0...60).contains(second), (1000...9999).contains(year)
        else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= daysInMonth[month - 1] else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days from 1970-01-01 to a date in the proleptic Gregorian calendar (Howard Hinnant's
    /// days_from_civil: years counted from March, so that a leap day ends its year).
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
