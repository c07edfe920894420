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
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "&", let (decoded, length) = reference(in: scalars, at: index) {
                output.append(contentsOf: decoded.unicodeScalars)
                index += length
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// Reads one reference starting at `start` (which holds `&`): its text and how many scalars it spans.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            var radix: UInt32 = 10
            if index < scalars.count, scalars[index] == "x" || scalars[index] == "X" {
                radix = 16
                index += 1
            }
            var value: UInt32 = 0
            var digits = 0
            while index < scalars.count, let digit = Character(scalars[index]).hexDigitValue,
                radix == 16 || digit < 10
            {
                value = value &* radix &+ UInt32(digit)
                if value > 0x10FFFF { value = 0x110000 }
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            let character = numericCharacter(value)
            return (character, index - start)
        }
        var name = ""
        while index < scalars.count, name.unicodeScalars.count < 32,
            scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index])
        {
            name.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard index < scalars.count, scalars[index] == ";", let character = character(named: name) else {
            return nil
        }
        return (character, index + 1 - start)
    }

    /// Maps a numeric reference as browsers do: C1 controls are read as windows-1252 (feeds
    /// written in that charset emit `&#146;` for a right quote), invalid values as U+FFFD.
    static func numericCharacter(_ value: UInt32) -> String {
        if (0x80...0x9F).contains(value), let mapped = windows1252C1[value] {
            return String(Character(Unicode.Scalar(mapped)!))
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(Character(scalar))
    }

    private static let windows1252C1: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]
}
