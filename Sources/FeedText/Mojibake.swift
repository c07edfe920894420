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
                if sequence(in: bytes, at: lead) != nil {
                    start = lead
                    break
                }
                searched = lead + 1
            }
            guard var index = start else { return nil }
            var output = Array(bytes[..<index])
            output.reserveCapacity(bytes.count)
            while index < bytes.count {
                if let (decoded, consumed) = sequence(in: bytes, at: index) {
                    output.append(contentsOf: decoded)
                    index += consumed
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The UTF-8 of the mangled sequence starting at `index` (a lead character's UTF-8, `C3 82`
    /// to `C3 B4`), and how many bytes of `bytes` it took, or nil.
    private static func sequence(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ([UInt8], Int)? {
        guard bytes[index] == 0xC3, index + 1 < bytes.count, bytes[index + 1] >= 0x82, bytes[index + 1] <= 0xB4
        else { return nil }
        let lead = bytes[index + 1] &+ 0x40
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var recovered = [lead]
        var position = index + 2
        while recovered.count < length {
            guard let (scalar, width) = scalar(in: bytes, at: position), let value = byte(scalar),
                value >= 0x80 && value <= 0xBF
            else { return nil }
            recovered.append(value)
            position += width
        }
        guard let decoded = String(validating: recovered, as: UTF8.self),
            length > 2 || decoded.unicodeScalars.allSatisfy(isLikelyTwoByte)
        else { return nil }
        return (recovered, position - index)
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
            let count = bytes.count
            guard count >= 4, let base = bytes.baseAddress else { return false }
            var index = 0
            // Eight bytes at a time while none is 0xC3 (most text, in every script but Latin-1's).
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ 0xC3C3_C3C3_C3C3_C3C3
                if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                for offset in 0..<8 where isMangledAt(bytes, index + offset) { return true }
                index += 8
            }
            while index < count {
                if isMangledAt(bytes, index) { return true }
                index += 1
            }
            return false
        }
        // A string not stored as UTF-8 (bridged): look at it the slow way.
        return found ?? text.unicodeScalars.contains { $0.value >= 0xC2 && $0.value <= 0xF4 }
    }

    /// Whether a lead character's UTF-8 starts at `index`, followed by a continuation's reading.
    @inline(__always) private static func isMangledAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard bytes[index] == 0xC3, index + 2 < bytes.count, bytes[index + 1] >= 0x82, bytes[index + 1] <= 0xB4 else {
            return false
        }
        switch bytes[index + 2] {
        case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
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
