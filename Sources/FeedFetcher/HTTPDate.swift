import FeedText
import Foundation

/// Reads an HTTP date (RFC 9110 section 5.6.7): the IMF-fixdate servers send, and the two
/// obsolete forms a server may still send.
///
/// Read by hand, not by `DateFormatter`: every response's `Date` is read (to check this machine's
/// clock), and a formatter, made or re-set per call, builds ICU's formatter again each time:
/// that was 38% of the CPU of a fetch of 1,000 feeds that all answered 304.
enum HTTPDate {
    static func date(_ value: String) -> Date? {
        var bytes = Array(value.utf8)[...]
        while let last = bytes.last, last == 0x20 || last == 0x09 { bytes.removeLast() }
        while let first = bytes.first, first == 0x20 || first == 0x09 { bytes.removeFirst() }
        return imfFixdate(bytes) ?? rfc850Date(bytes) ?? asctimeDate(bytes)
    }

    /// `Sun, 06 Nov 1994 08:49:37 GMT` (a one-digit day, a numeric zone: read too).
    private static func imfFixdate(_ bytes: ArraySlice<UInt8>) -> Date? {
        var cursor = Cursor(bytes)
        guard cursor.dayName(long: false), cursor.take(","), cursor.take(" "), let day = cursor.number(digits: 1...2),
            cursor.take(" "), let month = cursor.month(), cursor.take(" "), let year = cursor.number(digits: 4...4),
            cursor.take(" "), let time = cursor.time(), cursor.take(" "), let offset = cursor.zone(), cursor.atEnd
        else { return nil }
        return InternetDate.date(
            year: year, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second,
            offset: offset)
    }

    /// `Sunday, 06-Nov-94 08:49:37 GMT`: a two-digit year that would be more than 50 years ahead
    /// is the past century's (RFC 9110 section 5.6.7).
    private static func rfc850Date(_ bytes: ArraySlice<UInt8>) -> Date? {
        var cursor = Cursor(bytes)
        guard cursor.dayName(long: true), cursor.take(","), cursor.take(" "), let day = cursor.number(digits: 1...2),
            cursor.take("-"), let month = cursor.month(), cursor.take("-"), let short = cursor.number(digits: 2...2),
            cursor.take(" "), let time = cursor.time(), cursor.take(" "), let offset = cursor.zone(), cursor.atEnd
        else { return nil }
        let thisYear = InternetDate.components(Date()).year
        var year = thisYear / 100 * 100 + short
        if year > thisYear + 50 { year -= 100 }
        return InternetDate.date(
            year: year, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second,
            offset: offset)
    }

    /// `Sun Nov  6 08:49:37 1994` (C's asctime: the day padded with a space; two digits read too).
    private static func asctimeDate(_ bytes: ArraySlice<UInt8>) -> Date? {
        var cursor = Cursor(bytes)
        guard cursor.dayName(long: false), cursor.take(" "), let month = cursor.month(), cursor.take(" ") else {
            return nil
        }
        _ = cursor.take(" ")
        guard let day = cursor.number(digits: 1...2), cursor.take(" "), let time = cursor.time(), cursor.take(" "),
            let year = cursor.number(digits: 4...4), cursor.atEnd
        else { return nil }
        return InternetDate.date(
            year: year, month: month, day: day, hour: time.hour, minute: time.minute, second: time.second)
    }

    private struct Cursor {
        var rest: ArraySlice<UInt8>

        init(_ bytes: ArraySlice<UInt8>) { rest = bytes }

        var atEnd: Bool { rest.isEmpty }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard rest.first == UInt8(ascii: character) else { return false }
            rest.removeFirst()
            return true
        }

        /// A number of as many ASCII digits as `digits` allows (as many as there are, up to its
        /// upper bound).
        mutating func number(digits: ClosedRange<Int>) -> Int? {
            var value = 0
            var count = 0
            while count < digits.upperBound, let byte = rest.first, byte >= 0x30, byte <= 0x39 {
                value = value * 10 + Int(byte - 0x30)
                rest.removeFirst()
                count += 1
            }
            return digits.contains(count) ? value : nil
        }

        /// An English day name, short (`Sun`) or long (`Sunday`), in any case; which day it names
        /// is not checked against the date, as clients do not.
        mutating func dayName(long: Bool) -> Bool {
            let names = long ? Cursor.longDays : Cursor.shortDays
            for name in names where startsCaseInsensitively(with: name) {
                rest.removeFirst(name.count)
                return true
            }
            return false
        }

        /// 1–12 from `Jan`–`Dec`, in any case.
        mutating func month() -> Int? {
            for (index, name) in Cursor.months.enumerated() where startsCaseInsensitively(with: name) {
                rest.removeFirst(name.count)
                return index + 1
            }
            return nil
        }

        /// `HH:mm:ss`.
        mutating func time() -> (hour: Int, minute: Int, second: Int)? {
            guard let hours = number(digits: 2...2), hours < 24, take(":"), let minutes = number(digits: 2...2),
                take(":"), let seconds = number(digits: 2...2)
            else { return nil }
            return (hours, minutes, seconds)
        }

        /// The zone's offset east of UTC in seconds: `GMT`, the only zone the grammar allows, or
        /// what some servers send in its place (`UTC`, `UT`, `Z`, `+0000`, `-0500`, and the North
        /// American names RFC 850's dates had: `EST`, `PDT`).
        mutating func zone() -> Int? {
            for (name, hours) in Cursor.zoneNames where startsCaseInsensitively(with: name) {
                rest.removeFirst(name.count)
                return hours * 3600
            }
            guard let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
            rest.removeFirst()
            guard let hhmm = number(digits: 4...4), hhmm % 100 < 60, hhmm / 100 < 24 else { return nil }
            let seconds = (hhmm / 100) * 3600 + (hhmm % 100) * 60
            return sign == UInt8(ascii: "+") ? seconds : -seconds
        }

        private func startsCaseInsensitively(with name: [UInt8]) -> Bool {
            guard rest.count >= name.count else { return false }
            return zip(rest.prefix(name.count), name).allSatisfy { $0 | 0x20 == $1 | 0x20 }
        }

        /// Each name with its offset in hours; `UTC` before `UT`, which it begins with.
        static let zoneNames: [([UInt8], Int)] = [
            ("GMT", 0), ("UTC", 0), ("UT", 0), ("Z", 0), ("EST", -5), ("EDT", -4), ("CST", -6), ("CDT", -5),
            ("MST", -7), ("MDT", -6), ("PST", -8), ("PDT", -7),
        ].map { (Array($0.0.utf8), $0.1) }
        static let shortDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map { Array($0.utf8) }
        static let longDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map {
            Array($0.utf8)
        }
        static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map {
            Array($0.utf8)
        }
    }
}
