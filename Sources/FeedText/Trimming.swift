import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space and line breaks.
    ///
    /// Feeds call this for nearly every value, and nearly every value has nothing to trim: that
    /// case costs two byte comparisons, where Foundation's `trimmingCharacters` goes through UTF-16.
    public func trimmingWhitespace() -> String {
        let text = Substring(self)
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return String(text) }
        if first >= 0x80 || last >= 0x80 {
            // Non-ASCII at an edge may be white space such as U+00A0 or U+3000.
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end, utf8[start] <= 0x20 { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] <= 0x20 { end = utf8.index(before: end) }
        let trimmed = text[start..<end]
        if let edge = trimmed.utf8.first, edge >= 0x80 {
            return trimmed.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let edge = trimmed.utf8.last, edge >= 0x80 { return trimmed.trimmingCharacters(in: .whitespacesAndNewlines) }
        return String(trimmed)
    }
}
