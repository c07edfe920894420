import Foundation

/// One word of normalized text.
public struct Token: Sendable, Hashable {
    /// Lower-cased, diacritics removed, Cyrillic transliterated: what case-insensitive matching compares.
    public var folded: String
    /// Diacritics removed and Cyrillic transliterated, case kept: what case-sensitive matching compares.
    public var cased: String
    /// Offset of the word's first character in the input, in Unicode scalars.
    public var offset: Int

    public init(folded: String, cased: String, offset: Int) {
        self.folded = folded
        self.cased = cased
        self.offset = offset
    }
}

/// The normalization that tagging, deduplication and slugs share, so that `Vučić`, `Vucic` and
/// `Вучић` are one word everywhere.
///
/// Text is split into words of letters and digits; everything else separates words (so
/// `Pro-Russian` holds `Russian`), and a possessive `'s` is dropped (`NATO's` is `NATO`).
/// Each character is NFKC-normalized, stripped of diacritics, Cyrillic is written in Latin as its
/// language spells it (`ђ` → `đ` → `dj`, Ukrainian `х` → `kh`: see `CyrillicSpelling`), and the
/// result is lower-cased for the folded form.
public enum TextNormalizer {
    /// The words of `text`, in order; its Cyrillic read in `cyrillic`, or in the spelling its
    /// letters tell.
    public static func tokens(in text: String, cyrillic: CyrillicSpelling? = nil) -> [Token] {
        let spelling = cyrillic ?? CyrillicSpelling.detect(text)
        var tokens: [Token] = []
        var folded = ""
        var cased = ""
        var start = 0
        var offset = 0
        let scalars = Array(text.unicodeScalars)

        func finish() {
            if !folded.isEmpty { tokens.append(Token(folded: folded, cased: cased, offset: start)) }
            folded = ""
            cased = ""
        }

        while offset < scalars.count {
            let scalar = scalars[offset]
            if let mapped = fold(scalar, spelling, initial: folded.isEmpty) {
                if !mapped.cased.isEmpty {
                    if folded.isEmpty { start = offset }
                    folded += mapped.folded
                    cased += mapped.cased
                }
            } else if (scalar == "'" || scalar == "\u{2019}") && !folded.isEmpty && isPossessive(scalars, offset) {
                offset += 1  // skip the "s" as well
            } else if (scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}") && !folded.isEmpty
                && spelling == .ukrainian && offset + 1 < scalars.count
                && CyrillicSpelling.isCyrillic(scalars[offset + 1].value)
            {
                // An apostrophe inside a Ukrainian word (`п'ять`): the transliteration drops it.
            } else {
                finish()
            }
            offset += 1
        }
        finish()
        return tokens
    }

    /// The folded form of the whole text: its words joined by single spaces.
    public static func folded(_ text: String) -> String {
        tokens(in: text).map(\.folded).joined(separator: " ")
    }

    /// `'s` (or `’s`) followed by a non-letter.
    private static func isPossessive(_ scalars: [Unicode.Scalar], _ apostrophe: Int) -> Bool {
        let next = apostrophe + 1
        guard next < scalars.count, scalars[next] == "s" || scalars[next] == "S" else { return false }
        return next + 1 >= scalars.count || fold(scalars[next + 1]) == nil
    }

    /// `fold(_:)` for text in `spelling`; `initial`: at the start of a word.
    static func fold(_ scalar: Unicode.Scalar, _ spelling: CyrillicSpelling, initial: Bool)
        -> (folded: String, cased: String)?
    {
        guard CyrillicSpelling.isCyrillic(scalar.value), let latin = spelling.latin(scalar.value, initial: initial)
        else {
            return fold(scalar)
        }
        guard CyrillicSpelling.lowercase(scalar.value) != scalar.value, let first = latin.first else {
            return (latin, latin)
        }
        return (latin, first.uppercased() + latin.dropFirst())
    }

    /// The folded and cased forms of one word character, or nil for a separator. A combining
    /// mark folds to empty strings: it belongs to the word but adds nothing.
    static func fold(_ scalar: Unicode.Scalar) -> (folded: String, cased: String)? {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return (String(scalar), String(scalar))
            case 0x41...0x5A: return (String(Unicode.Scalar(value + 32)!), String(scalar))
            case 0x61...0x7A: return (String(scalar), String(scalar))
            default: return nil
            }
        }
        if let entry = FoldTable.shared.entries[value] { return entry.isSeparator ? nil : (entry.folded, entry.cased) }
        return FoldTable.computeFold(scalar)
    }
}

/// Precomputed folds for the scripts news text uses most (Latin, Greek, Cyrillic), so that the
/// slow Unicode machinery runs once per character, not once per occurrence.
struct FoldTable: Sendable {
    struct Entry: Sendable {
        var folded: String
        var cased: String
        var isSeparator: Bool
    }

    static let shared = FoldTable()

    let entries: [UInt32: Entry]

    private init() {
        var entries: [UInt32: Entry] = [:]
        let ranges: [ClosedRange<UInt32>] = [
            0x80...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x52F, 0x1E00...0x1EFF, 0x2000...0x206F,
            0xFB00...0xFB06, 0xFF01...0xFF5E,
        ]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if let fold = FoldTable.computeFold(scalar) {
                    entries[value] = Entry(folded: fold.folded, cased: fold.cased, isSeparator: false)
                } else {
                    entries[value] = Entry(folded: "", cased: "", isSeparator: true)
                }
            }
        }
        self.entries = entries
    }

    static func computeFold(_ scalar: Unicode.Scalar) -> (folded: String, cased: String)? {
        let properties = scalar.properties
        // Invisible characters (a soft hyphen, zero-width spaces and joiners, the byte order
        // mark) belong to the word they sit in and add nothing, as in NFKC_Casefold: `Vu&shy;čić`
        // is `Vučić`.
        if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark
            || properties.isDefaultIgnorableCodePoint
        {
            return ("", "")
        }
        guard properties.isAlphabetic || properties.numericType != nil else { return nil }
        // Greek's final sigma is its sigma, as Unicode's case folding has it: a headline in
        // capitals writes `ΒΟΥΤΣΙΤΣ` for `Βούτσιτς`.
        if scalar.value == 0x03C2 { return ("σ", "σ") }
        if let latin = serbianLatin[scalar.value] {
            let cased = stripDiacritics(latin)
            return (cased.lowercased(), cased)
        }
        if let special = specialLatin[scalar.value] {
            return (special.lowercased(), special)
        }
        let compatible = String(scalar).precomposedStringWithCompatibilityMapping
        let cased = stripDiacritics(compatible)
        guard !cased.isEmpty else { return nil }
        if cased.unicodeScalars.contains(where: { !$0.properties.isAlphabetic && $0.properties.numericType == nil }) {
            return nil
        }
        return (cased.lowercased(), cased)
    }

    private static func stripDiacritics(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if let special = specialLatin[scalar.value] {
                output.append(contentsOf: special.unicodeScalars)
                continue
            }
            let category = scalar.properties.generalCategory
            if category != .nonspacingMark && category != .enclosingMark { output.append(scalar) }
        }
        return String(output)
    }

    /// Letters with no canonical decomposition that ASCII writers spell out.
    private static let specialLatin: [UInt32: String] = [
        0x0110: "Dj", 0x0111: "dj", 0x00DF: "ss", 0x00C6: "AE", 0x00E6: "ae", 0x00D8: "O", 0x00F8: "o",
        0x0141: "L", 0x0142: "l", 0x0152: "OE", 0x0153: "oe", 0x00DE: "Th", 0x00FE: "th", 0x0131: "i",
        0x00D0: "D", 0x00F0: "d", 0x0126: "H", 0x0127: "h",
    ]

    /// Serbian (and common Russian/Ukrainian) Cyrillic in the Latin spelling Serbian uses.
    private static let serbianLatin: [UInt32: String] = {
        let pairs: [(String, String)] = [
            ("А", "A"), ("Б", "B"), ("В", "V"), ("Г", "G"), ("Д", "D"), ("Ђ", "Đ"), ("Е", "E"), ("Ж", "Ž"),
            ("З", "Z"), ("И", "I"), ("Ј", "J"), ("К", "K"), ("Л", "L"), ("Љ", "Lj"), ("М", "M"), ("Н", "N"),
            ("Њ", "Nj"), ("О", "O"), ("П", "P"), ("Р", "R"), ("С", "S"), ("Т", "T"), ("Ћ", "Ć"), ("У", "U"),
            ("Ф", "F"), ("Х", "H"), ("Ц", "C"), ("Ч", "Č"), ("Џ", "Dž"), ("Ш", "Š"), ("Й", "J"), ("Ы", "Y"),
            ("Э", "E"), ("Ю", "Ju"), ("Я", "Ja"), ("Щ", "Šč"), ("Ъ", ""), ("Ь", ""), ("Ё", "E"), ("І", "I"),
            ("Ї", "Ji"), ("Є", "Je"), ("Ґ", "G"), ("Ѓ", "Gj"), ("Ќ", "Kj"), ("Ѕ", "Dz"),
        ]
        var map: [UInt32: String] = [:]
        for (upper, latin) in pairs {
            map[upper.unicodeScalars.first!.value] = latin
            map[upper.lowercased().unicodeScalars.first!.value] = latin.lowercased()
        }
        return map
    }()
}
