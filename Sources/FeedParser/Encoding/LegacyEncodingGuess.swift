/// Guesses which 8-bit encoding unlabelled (or mislabelled) non-UTF-8 bytes are in, among the
/// ones news feeds actually use: windows-1252 (Western Europe), windows-1250 (Central Europe and
/// the Western Balkans), windows-1251 and KOI8-R (Cyrillic), windows-1253 (Greek).
enum LegacyEncodingGuess {
    static func guess(_ bytes: UnsafeRawBufferPointer) -> CharacterEncoding {
        var shape = HighByteRuns()
        var centralEuropean = 0
        var western = 0
        for byte in bytes {
            shape.add(byte)
            switch byte {
            // Letters only windows-1250 has at these positions (Ś Ť Ź ś ť ź ą ł ű ř ů đ Đ ţ ľ).
            case 0x8C, 0x8D, 0x8F, 0x9C, 0x9D, 0x9F, 0xB9, 0xB3, 0xFB, 0xF8, 0xF9, 0xF0, 0xD0, 0xFE, 0xBE:
                centralEuropean += 1
            // Letters common in Western European text that windows-1250 spells otherwise (à ñ ò ì Ñ À).
            case 0xE0, 0xF1, 0xF2, 0xEC, 0xD1, 0xC0:
                western += 1
            default:
                break
            }
        }
        if shape.high >= 4, shape.isInWords { return shape.encodingOfWords }
        if centralEuropean > western { return .windows1250 }
        return southSlavicSign(bytes) == nil ? .windows1252 : .windows1250
    }

    /// The Cyrillic or Greek encoding bytes labelled Latin-1 or windows-1252 are in, or nil when
    /// they read as Latin text. Servers long defaulted to `charset=iso-8859-1` in front of
    /// Russian, Bulgarian, Macedonian, Serbian and Greek pages in windows-1251 or windows-1253
    /// (`Âó÷èž`, `Вучић`). Their words are runs of non-ASCII bytes, and а and о (α and ο), the
    /// commonest letters of all these languages, are an eighth of them or more; Latin text has
    /// its accented letters one at a time, and UTF-8 runs (a stray byte makes it invalid) lack
    /// those bytes.
    private static func wordsBehindWesternLabel(_ bytes: UnsafeRawBufferPointer) -> CharacterEncoding? {
        var shape = HighByteRuns()
        for byte in bytes { shape.add(byte) }
        guard shape.high >= 12, shape.isInWords, shape.commonVowels * 8 >= shape.high else { return nil }
        return shape.encodingOfWords
    }

    /// Counts of a text's non-ASCII bytes: how many stand next to another, which half of the
    /// letters they are in, and how many are а or о in each Cyrillic encoding, α or ο (with or
    /// without an accent) in Greek.
    private struct HighByteRuns {
        var high = 0
        var inRuns = 0  // non-ASCII bytes next to another non-ASCII byte
        var upperHalf = 0  // 0xE0–0xFF: lower-case Cyrillic in windows-1251, upper-case in KOI8-R
        var lowerHalf = 0  // 0xC0–0xDF
        var vowels1251 = 0  // а о
        var vowelsKOI8R = 0  // а о
        var vowelsGreek = 0  // α ά ο ό, in windows-1253 and ISO-8859-7 alike
        private var previousWasHigh = false
        private var counted = false

        mutating func add(_ byte: UInt8) {
            guard byte >= 0x80 else {
                previousWasHigh = false
                return
            }
            high += 1
            if previousWasHigh {
                inRuns += counted ? 1 : 2
                counted = true
            } else {
                counted = false
            }
            previousWasHigh = true
            if byte >= 0xE0 { upperHalf += 1 } else if byte >= 0xC0 { lowerHalf += 1 }
            if byte == 0xE0 || byte == 0xEE { vowels1251 += 1 }
            if byte == 0xC1 || byte == 0xCF { vowelsKOI8R += 1 }
            if byte == 0xE1 || byte == 0xEF || byte == 0xDC || byte == 0xFC { vowelsGreek += 1 }
        }

        /// Cyrillic and Greek words are runs of non-ASCII bytes; Latin text has them one at a
        /// time among ASCII letters (even "šč" is rare).
        var isInWords: Bool { inRuns * 3 >= high * 2 }
        private var isGreek: Bool { vowelsGreek > max(vowels1251, vowelsKOI8R) }
        /// Greek when α and ο outnumber а and о (the bytes of ά and ό are Ь and ь in
        /// windows-1251, rarer than а and о); Cyrillic's lower-case letters are the commoner,
        /// and in windows-1251 they are the upper half.
        var encodingOfWords: CharacterEncoding {
            isGreek ? .windows1253 : lowerHalf > upperHalf ? .koi8r : .windows1251
        }
        var commonVowels: Int { isGreek ? vowelsGreek : lowerHalf > upperHalf ? vowelsKOI8R : vowels1251 }
    }

    /// The encoding bytes labelled Latin-1 or windows-1252 are really in, with what shows it, or
    /// nil when they read as labelled.
    static func behindWesternLabel(_ bytes: UnsafeRawBufferPointer) -> (CharacterEncoding, String)? {
        if let sign = southSlavicSign(bytes) { return (.windows1250, sign) }
        guard let words = wordsBehindWesternLabel(bytes) else { return nil }
        return (words, "\(words == .windows1253 ? "Greek" : "Cyrillic") words, not accented Latin letters")
    }

    /// What shows that bytes labelled Latin-1 or windows-1252 are South Slavic text in
    /// windows-1250, or nil when nothing does.
    ///
    /// ć and đ (Ć, Đ) are where windows-1252 has æ and ð (Æ, Ð), which Western text uses only in
    /// Danish, Norwegian and Icelandic, whose å, ø and þ (ĺ, ř, ţ in windows-1250) South Slavic
    /// text does not have: three such letters, none of those. Slovene has no ć or đ, only č
    /// (Č), where windows-1252 has è (È), which French and Italian write too; but those write
    /// no š or ž (the same bytes in both encodings), and nearly always another letter the two
    /// read apart (à, ì, ò, ù, ê, ñ…), which South Slavic text never has. Two č and two š or ž
    /// with none of those letters, and it is windows-1250 (`Poèitnice na Šmarni gori` is
    /// `Počitnice na Šmarni gori`).
    private static func southSlavicSign(_ bytes: UnsafeRawBufferPointer) -> String? {
        var slavic = 0
        var hard = 0
        var caron = 0
        var western = false
        for byte in bytes where byte >= 0x8A {
            switch byte {
            case 0xE6, 0xC6, 0xF0, 0xD0: slavic += 1
            case 0xE8, 0xC8: hard += 1
            case 0x8A, 0x8E, 0x9A, 0x9E: caron += 1
            case 0xE5, 0xC5, 0xF8, 0xD8, 0xFE, 0xDE: return nil
            // à ã ê ì ï ñ ò õ ù û and their capitals: other letters in windows-1250.
            case 0xC0, 0xC3, 0xCA, 0xCC, 0xCF, 0xD1, 0xD2, 0xD5, 0xD9, 0xDB, 0xE0, 0xE3, 0xEA, 0xEC, 0xEF, 0xF1,
                0xF2, 0xF5, 0xF9, 0xFB:
                western = true
            default: break
            }
        }
        if slavic >= 3 { return "ć and đ, not æ and ð" }
        if !western && hard >= 2 && caron >= 2 { return "č beside š and ž, not è" }
        return nil
    }
}
