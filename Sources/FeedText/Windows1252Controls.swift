import Foundation

/// C1 control characters (U+0080–U+009F) where the writer meant windows-1252's signs: text
/// written in windows-1252 and read as ISO-8859-1 on the way, or a feed that writes `&#146;` for
/// a right quote in XML, which (unlike HTML) reads it as U+0092. Browsers read both as
/// windows-1252, and so does this: `Don&#146;t` is `Don’t`. The five positions windows-1252
/// leaves empty stay as they are.
public enum Windows1252Controls {
    /// `text` with them read as windows-1252, or nil when it holds none that windows-1252 names.
    public static func repaired(_ text: String) -> String? {
        guard mayHold(text) else { return nil }
        var changed = false
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let sign = HTMLEntities.windows1252Sign(scalar.value) {
                scalars.append(sign)
                changed = true
            } else {
                scalars.append(scalar)
            }
        }
        return changed ? String(scalars) : nil
    }

    /// Whether `text`'s UTF-8 holds `C2 80`–`C2 9F`: found by memchr, since every field of every
    /// feed is looked at and almost none holds one.
    private static func mayHold(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index < bytes.count, let hit = memchr(base + index, 0xC2, bytes.count - index) {
                let lead = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if lead + 1 < bytes.count, bytes[lead + 1] >= 0x80, bytes[lead + 1] <= 0x9F { return true }
                index = lead + 1
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { $0.value >= 0x80 && $0.value <= 0x9F }
    }
}
