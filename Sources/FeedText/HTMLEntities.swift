/// Named and numeric character references as HTML defines them.
///
/// Feeds use HTML's named entities (`&nbsp;`, `&eacute;`) inside XML, where they are undefined,
/// and inside escaped HTML, where they must be decoded to get at the text.
public enum HTMLEntities {
    /// Every entity name HTML 4 defines (and `apos`).
    public static var names: Dictionary<String, UInt32>.Keys { HTMLEntityTable.codepoints.keys }

    /// The character an HTML 4 entity name stands for (`"eacute"` → `"é"`), or nil.
    public static func character(named name: some StringProtocol) -> String? {
        guard let code = HTMLEntityTable.codepoints[String(name)], let scalar = Unicode.Scalar(code) else {
            return nil
        }
        return String(Character(scalar))
    }

    /// Decodes every named and numeric character reference in `text`; unknown references stay
    /// as they are. A reference to an invalid code point becomes U+FFFD.
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        return String(decoding: decode(bytes: Array(text.utf8)), as: UTF8.self)
    }

    /// `decode(_:)` on UTF-8 bytes, for callers that work on bytes (HTML to text).
    static func decode(bytes: [UInt8]) -> [UInt8] {
        guard let first = bytes.firstIndex(of: 0x26) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        output.append(contentsOf: bytes[..<first])
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x26, let (decoded, length) = reference(in: bytes, at: index) {
                output.append(contentsOf: decoded.utf8)
                index += length
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    /// Reads one reference starting at `start` (which holds `&`): its text and how many bytes it spans.
    static func reference<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, at start: Int) -> (String, Int)?
    where Bytes.Index == Int {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x23 {  // #
            index += 1
            var radix: UInt32 = 10
            if index < bytes.count, bytes[index] | 0x20 == 0x78 {  // x
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < bytes.count, let digit = hexValue(bytes[index]), radix == 16 || digit < 10 {
                value = value &* radix &+ digit
                if value > 0x10FFFF { value = 0x110000 }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < bytes.count, bytes[index] == 0x3B { index += 1 }
            return (numericCharacter(value), index - start)
        }
        let nameStart = index
        while index < bytes.count, index - nameStart < 32, isNameByte(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == 0x3B, index > nameStart,
            let character = character(named: String(decoding: bytes[nameStart..<index], as: UTF8.self))
        else {
            return nil
        }
        return (character, index + 1 - start)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    /// Maps a numeric reference as browsers do: C1 controls are read as windows-1252 (feeds
    /// written in that charset emit `&#146;` for a right quote), invalid values as U+FFFD. A
    /// reference to another control character is left out (see `ControlCharacters`), a form
    /// feed read as the white space it is in HTML.
    static func numericCharacter(_ value: UInt32) -> String {
        if let sign = windows1252Sign(value) { return String(Character(sign)) }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        if value == 0x0C { return " " }
        if ControlCharacters.isControl(scalar) { return "" }
        return String(Character(scalar))
    }

    /// The sign windows-1252 writes at the C1 control `value` (`0x92`: `’`); nil outside
    /// U+0080–U+009F and at the five positions it leaves empty.
    static func windows1252Sign(_ value: UInt32) -> Unicode.Scalar? {
        guard value >= 0x80, value <= 0x9F else { return nil }
        return windows1252C1[value].flatMap(Unicode.Scalar.init)
    }

    private static let windows1252C1: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}
