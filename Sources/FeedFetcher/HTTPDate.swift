import Foundation

/// Reads an HTTP date (RFC 9110 section 5.6.7): the IMF-fixdate servers send, and the two
/// obsolete forms a server may still send.
enum HTTPDate {
    static func date(_ value: String) -> Date? {
        let text = value.trimmingCharacters(in: .whitespaces)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
