#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// UTF-8 that was read as windows-1252 and written out again as UTF-8, a publishing system's
/// commonest mangling: `FÃ³rmula` for `Fórmula`, `userâ€™s` for `user’s`, `Â£1,200` for `£1,200`.
/// Each mangled character is the windows-1252 reading of a UTF-8 sequence's bytes, so the bytes
/// are recovered and read as UTF-8 again, one sequence at a time: text around it, and characters
/// that were never mangled, stay as they are.
public enum Mojibake {
    /// `text` with every mangled sequence read as the UTF-8 it was, or nil when it has none.
    ///
    /// A sequence is a lead character (`Â`–`ô`, the readings of 0xC2–0xF4) followed by as many
    /// readings of continuation bytes (0x80–0xBF: `€`, `™`, `’`, `©`, `³`, the no-break space…)
    /// as the lead asks for, which together decode to one character (for two bytes, a Latin, Greek
    /// or Cyrillic one). Genuine text almost never puts such characters together (`SÃO PAULO` has
    /// `Ã` before a letter; `Grüße` has none).
    public static func repaired(_ text: String) -> String? {
        guard mayHoldMojibake(text) else { return nil }
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Most candidates hold no whole sequence (`à«`): nothing is copied for them.
            var start: Int?
            var searched = 0
            while let lead = bytes[searched...].firstIndex(of: 0xC3) {
                if sequence(in: bytes, at: lead) != nil || isStrayNoBreakLead(bytes, lead) {
                    start = lead
                    break
                }
                searched = lead + 1
            }
            guard var index = start else { return nil }
            var output = Array(bytes[..<index])
            output.reserveCapacity(bytes.count)
            while index < bytes.count {
                if let (recovered, consumed) = sequence(in: bytes, at: index) {
                    recovered.write(into: &output)
                    index += consumed
                } else if isStrayNoBreakLead(bytes, index) {
                    index += 2
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The bytes of the mangled sequence starting at `index` (a lead character's UTF-8, `C3 82`
    /// to `C3 B4`), as the UTF-8 of one character, and how many bytes of `bytes` it took, or nil.
    /// No allocation: this runs at every `Ã` and `é` of a candidate text.
    private static func sequence(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Recovered, Int)? {
        guard bytes[index] == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x82, bytes[index + 1] <= 0xB4
        else { return nil }
        var recovered = Recovered(lead: bytes[index + 1] &+ 0x40)
        var position = index + 2
        while recovered.count < recovered.length {
            guard let (scalar, width) = scalar(in: bytes, at: position), let value = byte(scalar),
                value >= 0x80 && value <= 0xBF
            else { return nil }
            recovered.append(value)
            position += width
        }
        guard let decoded = recovered.scalar, recovered.length > 2 || isLikelyTwoByte(decoded) else { return nil }
        return (recovered, position - index)
    }

    /// Up to four recovered bytes, the UTF-8 of one character.
    private struct Recovered {
        private(set) var bytes: (UInt8, UInt8, UInt8, UInt8)
        private(set) var count = 1
        let length: Int

        init(lead: UInt8) {
            bytes = (lead, 0, 0, 0)
            length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        }

        mutating func append(_ byte: UInt8) {
            switch count {
            case 1: bytes.1 = byte
            case 2: bytes.2 = byte
            default: bytes.3 = byte
            }
            count += 1
        }

        /// The character the bytes are the UTF-8 of, or nil when they are not valid UTF-8 (an
        /// overlong form, a surrogate, beyond U+10FFFF).
        var scalar: Unicode.Scalar? {
            let lead = UInt32(bytes.0)
            let value: UInt32
            switch length {
            case 2: value = (lead & 0x1F) << 6 | UInt32(bytes.1 & 0x3F)
            case 3: value = (lead & 0x0F) << 12 | UInt32(bytes.1 & 0x3F) << 6 | UInt32(bytes.2 & 0x3F)
            default:
                value =
                    (lead & 0x07) << 18 | UInt32(bytes.1 & 0x3F) << 12 | UInt32(bytes.2 & 0x3F) << 6
                    | UInt32(bytes.3 & 0x3F)
            }
            let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
            guard value >= minimum else { return nil }
            return Unicode.Scalar(value)
        }

        func write(into output: inout [UInt8]) {
            output.append(bytes.0)
            output.append(bytes.1)
            if length > 2 { output.append(bytes.2) }
            if length > 3 { output.append(bytes.3) }
        }
    }

    /// The scalar whose UTF-8 starts at `index` (of two or three bytes: what windows-1252's
    /// readings of 0x80–0xBF take), and its width.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let first = UInt32(bytes[index])
        let second = UInt32(bytes[index + 1]) & 0x3F
        if first >= 0xC2 && first <= 0xDF {
            return Unicode.Scalar((first & 0x1F) << 6 | second).map { ($0, 2) }
        }
        if first >= 0xE0 && first <= 0xEF && index + 2 < bytes.count {
            let third = UInt32(bytes[index + 2]) & 0x3F
            return Unicode.Scalar((first & 0x0F) << 12 | second << 6 | third).map { ($0, 3) }
        }
        return nil
    }

    /// Whether `text` has a lead character (U+00C2–U+00F4, UTF-8 `C3 82`–`C3 B4`) followed by what
    /// may be a continuation byte's reading (U+0080–U+00BF, or one of windows-1252's signs, whose
    /// UTF-8 starts C2, C5, C6, CB or E2): a scan of bytes, since every field of every feed is
    /// looked at and almost none is mangled.
    static func mayHoldMojibake(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= 4, let base = bytes.baseAddress else { return false }
            // memchr finds the next 0xC3 many bytes at a time; most text has few or none.
            var index = 0
            while index < bytes.count, let hit = memchr(base + index, 0xC3, bytes.count - index) {
                let lead = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if isMangledAt(bytes, lead) { return true }
                index = lead + 1
            }
            return false
        }
        // A string not stored as UTF-8 (bridged): look at it the slow way.
        return found ?? text.unicodeScalars.contains { $0.value >= 0xC2 && $0.value <= 0xF4 }
    }

    /// Whether a lead character's UTF-8 starts at `index`, followed by a continuation's reading.
    @inline(__always) private static func isMangledAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard bytes[index] == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x82, bytes[index + 1] <= 0xB4 else {
            return false
        }
        guard index + 2 < bytes.count else { return isStrayNoBreakLead(bytes, index) }
        switch bytes[index + 2] {
        case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
        default: return isStrayNoBreakLead(bytes, index)
        }
    }

    /// Whether an `Â` at `index` is all that is left of a mangled no-break space (`Â` and U+00A0)
    /// whose second half a later step made a plain space, or trimmed at the end of a line:
    /// `Platforms of 2023Â – Review`, `Great InterviewsÂ`. An `Â` that ends a word after a small
    /// letter, a digit or a sign is that in practice; a genuine one starts or stands in a word
    /// (`Ângulo`, `ROMÂNIA`), or ends one written in capitals.
    @inline(__always) private static func isStrayNoBreakLead(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int)
        -> Bool
    {
        guard index > 0, index + 1 < bytes.count, bytes[index] == 0xC3, bytes[index + 1] == 0x82 else { return false }
        if index + 2 < bytes.count {
            switch bytes[index + 2] {
            case 0x20, 0x09, 0x0A, 0x0D: break
            default: return false
            }
        }
        switch bytes[index - 1] {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default: return false
        }
    }

    /// What two mangled bytes were in practice: Latin letters and signs (`Ã©`, `Â£`, `Å¡`), Greek,
    /// Cyrillic (`Ð¿`). German's `heiß«` would read as an NKo letter: not taken.
    private static func isLikelyTwoByte(_ scalar: Unicode.Scalar) -> Bool {
        (0xA0...0x24F).contains(scalar.value) || (0x370...0x4FF).contains(scalar.value)
    }

    /// The windows-1252 byte `scalar` is the reading of (Latin-1 for the five bytes windows-1252
    /// leaves undefined, which pass through as C1 controls), or nil.
    private static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return nil }
        if value <= 0xFF { return UInt8(value) }
        switch value {
        case 0x20AC: return 0x80
        case 0x201A: return 0x82
        case 0x0192: return 0x83
        case 0x201E: return 0x84
        case 0x2026: return 0x85
        case 0x2020: return 0x86
        case 0x2021: return 0x87
        case 0x02C6: return 0x88
        case 0x2030: return 0x89
        case 0x0160: return 0x8A
        case 0x2039: return 0x8B
        case 0x0152: return 0x8C
        case 0x017D: return 0x8E
        case 0x2018: return 0x91
        case 0x2019: return 0x92
        case 0x201C: return 0x93
        case 0x201D: return 0x94
        case 0x2022: return 0x95
        case 0x2013: return 0x96
        case 0x2014: return 0x97
        case 0x02DC: return 0x98
        case 0x2122: return 0x99
        case 0x0161: return 0x9A
        case 0x203A: return 0x9B
        case 0x0153: return 0x9C
        case 0x017E: return 0x9E
        case 0x0178: return 0x9F
        default: return nil
        }
    }
}
