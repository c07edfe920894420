/// Which Latin spelling Cyrillic text is written in, so that English names match the text they
/// stand for: Serbian text reads as Serbian Latin (`Вучић` is `Vučić`), Ukrainian by the national
/// transliteration (`Харків` is `Kharkiv`, `Запоріжжя` is `Zaporizhzhia`) and Russian by the
/// spelling English news uses (`Хабаровск` is `Khabarovsk`).
///
/// A text's spelling is told by the letters only one of the languages has (`ј љ њ ћ ђ џ` for
/// Serbian, `і ї є ґ` for Ukrainian, `ы э ё` for Russian), counted over the whole text; text with
/// none of them (short, or Macedonian or Bulgarian) reads as Serbian.
public enum CyrillicSpelling: Sendable, Hashable, CaseIterable {
    case serbian
    case ukrainian
    case russian

    /// Whether the scalar `value` is in the Cyrillic block (U+0400–U+04FF), the letters these
    /// spellings cover.
    @inline(__always) static func isCyrillic(_ value: UInt32) -> Bool { value &- 0x400 < 0x100 }

    /// The spelling of the UTF-8 text `bytes`, from `start` on.
    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> CyrillicSpelling {
        var serbian = 0
        var ukrainian = 0
        var russian = 0
        var index = start
        let end = bytes.count - 1
        while index < end {
            let lead = bytes[index]
            guard lead & 0xFC == 0xD0 else {  // not U+0400–U+04FF
                index += 1
                continue
            }
            let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            switch language(of: value) {
            case .serbian?: serbian += 1
            case .ukrainian?: ukrainian += 1
            case .russian?: russian += 1
            case nil: break
            }
            index += 2
        }
        if serbian >= ukrainian && serbian >= russian { return .serbian }
        return ukrainian >= russian ? .ukrainian : .russian
    }

    /// The spelling of `text`.
    public static func detect(_ text: String) -> CyrillicSpelling {
        var text = text
        return text.withUTF8 { detect($0) }
    }

    /// Whether `text` has Cyrillic letters and none that only Serbian has (a term such as
    /// `Херсон` or `Київ`): such text may be Ukrainian or Russian.
    static func mayBeEastSlavic(_ text: String) -> Bool {
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
        case 0x402, 0x408, 0x409, 0x40A, 0x40B, 0x40F, 0x452, 0x458, 0x459, 0x45A, 0x45B, 0x45F: .serbian
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
        guard self != .serbian else { return nil }
        let lower = CyrillicSpelling.lowercase(value)
        let table = self == .ukrainian ? CyrillicSpelling.ukrainianLetters : CyrillicSpelling.russianLetters
        guard let spelling = table[lower] else { return nil }
        let initials = self == .ukrainian ? CyrillicSpelling.ukrainianInitials : CyrillicSpelling.russianInitials
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
