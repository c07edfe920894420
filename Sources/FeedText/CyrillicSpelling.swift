/// Which Latin spelling Cyrillic text is written in, so that English names match the text they
/// stand for: Serbian text reads as Serbian Latin (`Вучић` is `Vučić`), Ukrainian by the national
/// transliteration (`Харків` is `Kharkiv`, `Запоріжжя` is `Zaporizhzhia`), Russian by the
/// spelling English news uses (`Хабаровск` is `Khabarovsk`), Macedonian by its official
/// romanization (`Ковачевски` is `Kovachevski`, `Ѓорѓе` is `Gjorgje`) and Bulgarian by its
/// (`Желязков` is `Zhelyazkov`).
///
/// A text's spelling is told by the letters only one of the languages has (`ђ ћ` for Serbian,
/// `ѓ ќ ѕ` for Macedonian, `ј љ њ џ` for either, `і ї є ґ` for Ukrainian, `ы э ё` for Russian,
/// and `ъ` before a consonant, a vowel only in Bulgarian), counted over the whole text; text with
/// none of them (short text) reads as Serbian, unless it has a letter Serbian never writes (`я ю
/// й щ ь`): `FoldedText` then reads it as Russian (`Шойгу уволен`).
public enum CyrillicSpelling: Sendable, Hashable, CaseIterable {
    case serbian
    case ukrainian
    case russian
    case macedonian
    case bulgarian

    /// Whether the scalar `value` is in the Cyrillic block (U+0400–U+04FF), the letters these
    /// spellings cover.
    @inline(__always) static func isCyrillic(_ value: UInt32) -> Bool { value &- 0x400 < 0x100 }

    /// The spelling of the UTF-8 text `bytes`, from `start` on, Serbian where none is told (a
    /// term that tells none is read in every spelling: `FoldedText.readings(of:)`).
    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> CyrillicSpelling {
        told(bytes, from: start) ?? .serbian
    }

    /// The spelling the UTF-8 text `bytes` tells by its letters, from `start` on; nil when it has
    /// none that only some of the spellings have (a headline such as `Шойгу уволен` could be
    /// Russian, Serbian or Bulgarian).
    public static func told(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> CyrillicSpelling? {
        var serbian = 0
        var macedonian = 0
        var southSlavic = 0  // ј љ њ џ: Serbian or Macedonian
        var ukrainian = 0
        var russian = 0
        var bulgarian = 0
        var index = start
        let end = bytes.count - 1
        while index < end {
            let lead = bytes[index]
            guard lead & 0xFC == 0xD0 else {  // not U+0400–U+04FF
                index += 1
                continue
            }
            let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
            switch value {
            case 0x408, 0x409, 0x40A, 0x40F, 0x458, 0x459, 0x45A, 0x45F:
                southSlavic += 1
            case 0x42A, 0x44A:
                // ъ is a vowel in Bulgarian (`България`, `във`); Russian writes it only before
                // е, ё, ю, я (`объявил`).
                if index < end && bytes[index] & 0xFC == 0xD0
                    && isConsonant(UInt32(bytes[index] & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
                {
                    bulgarian += 1
                }
            default:
                switch language(of: value) {
                case .serbian?: serbian += 1
                case .macedonian?: macedonian += 1
                case .ukrainian?: ukrainian += 1
                case .russian?: russian += 1
                case .bulgarian?, nil: break
                }
            }
        }
        let south = serbian + macedonian + southSlavic
        guard south + ukrainian + russian + bulgarian > 0 else { return nil }
        if south >= ukrainian && south >= russian && south >= bulgarian {
            return macedonian > serbian ? .macedonian : .serbian
        }
        if ukrainian >= russian && ukrainian >= bulgarian { return .ukrainian }
        return russian >= bulgarian ? .russian : .bulgarian
    }

    /// Whether the UTF-8 text `bytes`, from `start` on, has a Cyrillic letter Serbian and
    /// Macedonian never write (`я ю й щ ь`): text that tells no spelling by its letters
    /// (`Встреча Путина в Москве`) is then Russian, Ukrainian or Bulgarian, not Serbian.
    static func hasLettersSouthSlavicLacks(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var index = start
        while index < bytes.count - 1 {
            let lead = bytes[index]
            guard lead & 0xFC == 0xD0 else {
                index += 1
                continue
            }
            let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            switch lowercase(value) {
            case 0x44F, 0x44E, 0x439, 0x449, 0x44C: return true
            default: index += 2
            }
        }
        return false
    }

    /// Whether the Cyrillic letter `value` is a consonant of Bulgarian.
    private static func isConsonant(_ value: UInt32) -> Bool {
        let lower = lowercase(value)
        return (0x431...0x449).contains(lower) && ![0x435, 0x438, 0x439, 0x43E, 0x443].contains(lower)
    }

    /// The spelling of `text`.
    public static func detect(_ text: String) -> CyrillicSpelling {
        var text = text
        return text.withUTF8 { detect($0) }
    }

    /// The spelling of the language a feed or an item declares (`ru`, `uk-UA`, `mk`, `sr-Cyrl`:
    /// a BCP 47 tag, as RSS `language` and `xml:lang` give it); nil for a language that writes
    /// none of these spellings. What text too short to tell its spelling is read in.
    public init?(language tag: String) {
        // The primary subtag's letters, lower-cased, packed into an integer: every article is
        // asked, and most declare `en` or nothing.
        var key: UInt32 = 0
        var letters = 0
        for byte in tag.utf8 {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D, letters == 0 { continue }
            let lower = byte | 0x20
            guard lower >= 0x61 && lower <= 0x7A else { break }
            letters += 1
            guard letters <= 3 else { return nil }
            key = key << 8 | UInt32(lower)
        }
        // The codes, packed the same way: ISO 639-1 and 639-2/3; Bosnian, Montenegrin and
        // Serbo-Croatian write Serbian's Cyrillic.
        switch key {
        // sr srp bs bos cnr sh hbs
        case 0x7372, 0x73_7270, 0x6273, 0x62_6f73, 0x63_6e72, 0x7368, 0x68_6273: self = .serbian
        case 0x756b, 0x75_6b72: self = .ukrainian  // uk ukr
        case 0x7275, 0x72_7573: self = .russian  // ru rus
        case 0x6d6b, 0x6d_6b64, 0x6d_6163: self = .macedonian  // mk mkd mac
        case 0x6267, 0x62_756c: self = .bulgarian  // bg bul
        default: return nil
        }
    }

    /// The spellings an article's title and text (or summary) are read in, alike: each in the
    /// one its own letters tell; where they do not (a headline of a few words), in the one the
    /// other tells, else the declared `language`'s, else Serbian. A Russian headline without
    /// `ы э ё` would otherwise read as Serbian while its text reads as Russian, so that one
    /// name folds two ways (`Шойгу`: `sojgu` and `shoygu`) in one article, and in two
    /// outlets' headlines of one story.
    ///
    /// `title` and `text` fold with the spelling given for what does not tell its own; `told`
    /// is what the folded text told.
    public static func readAlike<Text>(
        language: String?, title: (CyrillicSpelling?) -> FoldedText, text: (CyrillicSpelling?) -> Text,
        told: (Text) -> CyrillicSpelling?
    ) -> (title: FoldedText, text: Text) {
        let declared = language.flatMap { CyrillicSpelling(language: $0) }
        var foldedTitle = title(declared)
        let foldedText = text(foldedTitle.toldSpelling ?? declared)
        if foldedTitle.toldSpelling == nil, let textSpelling = told(foldedText), textSpelling != declared ?? .serbian,
            foldedTitle.words.contains(where: { $0.flags.contains(.cyrillic) })
        {
            foldedTitle = title(textSpelling)
        }
        return (foldedTitle, foldedText)
    }

    /// Whether `text` has Cyrillic letters and none that only Serbian has (a term such as
    /// `Херсон`, `Київ` or `Ковачевски`): such text may be in another spelling than Serbian.
    static func mayReadOtherThanSerbian(_ text: String) -> Bool {
        var hasCyrillic = false
        for scalar in text.unicodeScalars where isCyrillic(scalar.value) {
            if language(of: scalar.value) == .serbian { return false }
            hasCyrillic = true
        }
        return hasCyrillic
    }

    /// The language only `value` (a Cyrillic letter) belongs to, if it belongs to only one.
    private static func language(of value: UInt32) -> CyrillicSpelling? {
        switch value {
        case 0x402, 0x40B, 0x452, 0x45B: .serbian
        case 0x403, 0x405, 0x40C, 0x453, 0x455, 0x45C: .macedonian
        case 0x404, 0x406, 0x407, 0x454, 0x456, 0x457, 0x490, 0x491: .ukrainian
        case 0x401, 0x42B, 0x42D, 0x44B, 0x44D, 0x451: .russian
        default: nil
        }
    }

    /// The Latin spelling of a Cyrillic letter (U+0400–U+04FF) in this spelling, in lower case,
    /// or nil where the Serbian fold applies (Serbian text, and letters the language lacks).
    /// `initial`: at the start of a word, where Ukrainian writes `є ї й ю я` as `ye yi y yu ya`,
    /// and Russian `е ё` as `ye yo` (`Ельцин` is `Yeltsin`, `Ереван` is `Yerevan`).
    func latin(_ value: UInt32, initial: Bool) -> String? {
        let lower = CyrillicSpelling.lowercase(value)
        let letters: [UInt32: String]
        var initials: [UInt32: String] = [:]
        switch self {
        case .serbian: return nil
        case .ukrainian: (letters, initials) = (CyrillicSpelling.ukrainianLetters, CyrillicSpelling.ukrainianInitials)
        case .russian: (letters, initials) = (CyrillicSpelling.russianLetters, CyrillicSpelling.russianInitials)
        case .macedonian: letters = CyrillicSpelling.macedonianLetters
        case .bulgarian: letters = CyrillicSpelling.bulgarianLetters
        }
        guard let spelling = letters[lower] else { return nil }
        if initial, let first = initials[lower] { return first }
        return spelling
    }

    /// The lower-case form of the Cyrillic letter `value`.
    static func lowercase(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x400..<0x410: value + 0x50
        case 0x410..<0x430: value + 0x20
        case 0x460..<0x4C0 where value & 1 == 0 && !(0x482..<0x48A).contains(value): value + 1
        default: value
        }
    }

    /// Ukrainian by the national transliteration of 2010 (what English news writes).
    private static let ukrainianLetters: [UInt32: String] = letters(
        "а a б b в v г h ґ g д d е e є ie ж zh з z и y і i ї i й i к k л l м m н n о o п p р r с s т t "
            + "у u ф f х kh ц ts ч ch ш sh щ shch ь - ю iu я ia ы y э e ё e ъ -")
    private static let ukrainianInitials: [UInt32: String] = letters("є ye ї yi й y ю yu я ya")
    /// Russian as English news writes it (BGN/PCGN without its marks).
    private static let russianLetters: [UInt32: String] = letters(
        "а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f "
            + "х kh ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya і i ї yi є ye ґ g")
    private static let russianInitials: [UInt32: String] = letters("е ye ё yo")
    /// Macedonian by its official romanization (what English news writes: `Kovachevski`,
    /// `Shtip`, `Mickoski`); the letters it shares with Serbian fold as Serbian.
    private static let macedonianLetters: [UInt32: String] = letters("ѓ gj ж zh ѕ dz ќ kj ч ch џ dzh ш sh")
    /// Bulgarian by its official transliteration of 2009 (`Zhelyazkov`, `Plovdiv`).
    private static let bulgarianLetters: [UInt32: String] = letters(
        "а a б b в v г g д d е e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f "
            + "х h ц ts ч ch ш sh щ sht ъ a ь y ю yu я ya")

    /// Pairs of a lower-case letter and its spelling (`-`: nothing).
    private static func letters(_ pairs: String) -> [UInt32: String] {
        let parts = pairs.split(separator: " ")
        var map: [UInt32: String] = [:]
        for index in stride(from: 0, to: parts.count, by: 2) {
            map[parts[index].unicodeScalars.first!.value] = parts[index + 1] == "-" ? "" : String(parts[index + 1])
        }
        return map
    }
}
