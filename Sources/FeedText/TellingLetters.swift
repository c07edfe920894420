/// Letters that only one language, or a few, writes: what tells the language of a text too short
/// to tell it by its words (`Spotkanie z Zełenskim w Warszawie` has `ł`, `Setkání se Zelenským`
/// has `á` and `ý` but nothing only Czech writes, and says nothing). Folding drops the marks that
/// make them, so it notes them as it reads (`FoldedText.tellingLetters`), in the words that are
/// not capitalized: a name keeps its letters in any language's news.
public struct TellingLetters: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16

    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// `ć`, `đ`: Serbian, Croatian, Bosnian, Montenegrin (and Polish's `ć`).
    public static let southSlavic = TellingLetters(rawValue: 1)
    /// `ą`, `ę`, `ł`, `ń`, `ś`, `ź`, `ż`.
    public static let polish = TellingLetters(rawValue: 2)
    /// `ě`, `ř`, `ů`.
    public static let czech = TellingLetters(rawValue: 4)
    /// `ľ`, `ĺ`, `ŕ`.
    public static let slovak = TellingLetters(rawValue: 8)
    /// `ő`, `ű`.
    public static let hungarian = TellingLetters(rawValue: 16)
    /// `ı`, `ğ`.
    public static let turkish = TellingLetters(rawValue: 32)
    /// `ă`, `ș`, `ț` (and the cedilla forms `ţ` that older text writes; not `ş`, which is
    /// Turkish's too).
    public static let romanian = TellingLetters(rawValue: 64)
    /// `ë` (Dutch writes it too, in `financiële`, and reads as Albanian then).
    public static let albanian = TellingLetters(rawValue: 128)
    /// `ß`.
    public static let german = TellingLetters(rawValue: 256)
    /// A Greek letter.
    public static let greek = TellingLetters(rawValue: 512)
    /// A Polish letter in a capitalized word (`Każdy chce mieć…`, a sentence's first word): not
    /// enough to tell Polish, but enough to say that its `ć` is not South Slavic.
    public static let polishInCapitalized = TellingLetters(rawValue: 1024)
    /// Cyrillic letters Serbian and Macedonian never write (`я ю й щ ь`), in a text whose
    /// letters tell no one language: Russian, Ukrainian or Bulgarian (noted by
    /// `CyrillicSpelling.hasLettersSouthSlavicLacks`, whatever the word's case).
    public static let eastSlavic = TellingLetters(rawValue: 2048)

    /// What the letter `scalar` tells (in either case), or nil.
    init?(letter scalar: UInt32) {
        switch scalar {
        case 0x106, 0x107, 0x110, 0x111: self = .southSlavic
        case 0x104, 0x105, 0x118, 0x119, 0x141, 0x142, 0x143, 0x144, 0x15A, 0x15B, 0x179, 0x17A, 0x17B, 0x17C:
            self = .polish
        case 0x11A, 0x11B, 0x158, 0x159, 0x16E, 0x16F: self = .czech
        case 0x13D, 0x13E, 0x139, 0x13A, 0x154, 0x155: self = .slovak
        case 0x150, 0x151, 0x170, 0x171: self = .hungarian
        case 0x131, 0x11E, 0x11F: self = .turkish
        case 0x102, 0x103, 0x218, 0x219, 0x21A, 0x21B, 0x162, 0x163: self = .romanian
        case 0xCB, 0xEB: self = .albanian
        case 0xDF, 0x1E9E: self = .german
        case 0x386...0x3CE: self = .greek
        default: return nil
        }
    }
}
