/// A Russian name as English news romanizes it, written back in Cyrillic where that romanization
/// and folding's read it apart: English writes `й` as `i` after a vowel (`Sergei`, `Shoigu`,
/// `Nikolai`; folding reads `Сергей`, `Шойгу` as `sergey`, `shoygu`), a closing `-ий` as `-y`
/// or `-i` (`Dmitry`, `Yuri`: `dmitriy`, `yuriy`), `-ия` as `-ia` (`Maria`: `mariya`), `кс` as
/// `x` (`Alexei`: `aleksey`), `е` after a vowel as `ye` and `ё` as `yo` (`Matviyenko`, `Fyodor`:
/// `matvienko`, `fedor`). In Cyrillic the name is declined as Russian declines it
/// (`Сергея Лаврова`, `Марию Захарову`, `Небензи`: see `EastSlavicCases`), so that a topic that
/// names `Sergei Lavrov` or `Shoigu` matches a Russian article. The spellings are matched in
/// Cyrillic words only.
///
/// From the same Cyrillic come the name's spellings in Serbian, Croatian and Bosnian Latin
/// (`serbianLatin(of:)`: `Šojgu`, `Sergej Lavrov`) and as Macedonian text folds
/// (`macedonianLatin(of:)`: `Шојгу`, `shojgu`), read in those languages' articles only.
enum RussianSpelling {
    /// The term in Russian Cyrillic, when it is a name (each word capitalized, of ASCII letters,
    /// not an acronym) that English romanizes as folding does not: one spelling, or two for a
    /// closing `-ia` after a consonant (`-ия` and `-я`: `Maria` is `Мария`, `Nebenzia`
    /// `Небензя`). None for the others (`Lavrov`, `Putin`: their Latin forms are the same).
    static func cyrillic(of term: String) -> [String] {
        guard mayDiffer(term) else { return [] }
        return spellings(of: term)
    }

    /// The term as Serbian, Croatian and Bosnian news write a Russian name in their Latin, when
    /// that is not how English writes it: `Shoigu` is `Šojgu`, `Sergei Lavrov` `Sergej Lavrov`,
    /// `Dmitry Peskov` `Dmitrij Peskov`, `Maria Zakharova` `Marija Zaharova`, `Prigozhin`
    /// `Prigožin`, `Nebenzia` `Nebenzja`, `Botsan-Kharchenko` `Bocan-Harčenko`. For a name that
    /// English romanizes as folding does not read it (see `cyrillic(of:)`), or shaped as an East
    /// Slavic name (`Prigozhin`); the tagger declines it as those languages do (`Šojgua`,
    /// `Zaharovoj`) in their articles only.
    static func serbianLatin(of term: String) -> [String] {
        guard isWrittenApart(term) else { return [] }
        return spellings(of: term).map { latin($0, digraphs: false) }.filter { $0 != term }
    }

    /// The term as Macedonian news writes a Russian name, in the romanizations folding reads its
    /// Cyrillic in: Macedonian's, and Serbian's where the text's `ј` tells no more than South
    /// Slavic (`Shoigu`: `Шојгу`, `Shojgu`, `Šojgu`; `Sergei Lavrov`: `Сергеј Лавров`, `Sergej
    /// Lavrov`; `Nebenzia`: `Небензја`, `Nebenzja`), for the names `serbianLatin(of:)` takes.
    static func macedonianLatin(of term: String) -> [String] {
        guard isWrittenApart(term) else { return [] }
        var readings: [String] = []
        for spelling in spellings(of: term) {
            for reading in [latin(spelling, digraphs: true), latin(spelling, digraphs: false)]
            where reading != term && !readings.contains(reading) {
                readings.append(reading)
            }
        }
        return readings
    }

    /// Whether the region's Latin and Macedonian may write `term` apart from English: it
    /// romanizes a letter as folding does not read it back, or a word is shaped as an East
    /// Slavic name (whose `kh`, `zh`, `sh`, `ch` the region writes `h`, `ž`, `š`, `č`).
    private static func isWrittenApart(_ term: String) -> Bool {
        mayDiffer(term) || term.split(separator: " ").contains(where: { isShaped(String($0)) })
    }

    /// Whether a word, or a part of a hyphenated one, is shaped as an East Slavic name.
    private static func isShaped(_ word: String) -> Bool {
        word.split(separator: "-").contains { GermanSlavicSpelling.isEastSlavic(word: String($0)) }
    }

    /// The term's Russian Cyrillic spellings (see `cyrillic(of:)`), none when it is no name: a
    /// word is capitalized and of ASCII letters, or two such joined by a hyphen (`Botsan-Kharchenko`).
    private static func spellings(of term: String) -> [String] {
        let words = term.split(separator: " ")
        let isName = { (part: Substring) in
            part.count >= 2 && part.first!.isUppercase && part.dropFirst().contains(where: \.isLowercase)
                && part.allSatisfy { $0.isASCII && $0.isLetter }
        }
        guard !words.isEmpty,
            words.allSatisfy({ $0.split(separator: "-", omittingEmptySubsequences: false).allSatisfy(isName) })
        else { return [] }
        var spellings = [""]
        for (index, word) in words.enumerated() {
            var written = [""]
            for (partIndex, part) in word.split(separator: "-").enumerated() {
                let lower = Array(part.lowercased().utf8)
                var spelled = [cyrillic(lower, closingIa: "ия")]
                if lower.count >= 4, lower.suffix(2) == Array("ia".utf8), !isVowel(lower[lower.count - 3]) {
                    spelled.append(cyrillic(lower, closingIa: "я"))
                }
                let hyphen = partIndex == 0 ? "" : "-"
                written = written.flatMap { start in
                    spelled.map { start + hyphen + $0.prefix(1).uppercased() + $0.dropFirst() }
                }
            }
            let separator = index == 0 ? "" : " "
            spellings = spellings.flatMap { spelling in written.map { spelling + separator + $0 } }
        }
        return spellings
    }

    /// A name in Russian Cyrillic (`Владимир Зеленский`) as Serbian, Croatian and Bosnian news
    /// write it in their Latin (`Vladimir Zelenski`).
    static func serbianLatin(ofCyrillic cyrillic: String) -> String { latin(cyrillic, digraphs: false) }

    /// Russian Cyrillic in Serbian Latin, as the region's news transliterates it: `й` is `j`,
    /// `я` `ja`, `х` `h`, `ц` `c`, `ы` `i`; `е` after a vowel `je`, `ё` `jo`; an adjective's
    /// `-ский`, `-ый` `-ski`, `-i` (`Zelenski`, `Navalni`), a noun's `-ий` `-ij` (`Dmitrij`).
    /// With `digraphs`, `ш ж ч щ` as Macedonian's romanization writes them: `sh zh ch shch`.
    private static func latin(_ cyrillic: String, digraphs: Bool) -> String {
        let letters = Array(cyrillic)
        var out = ""
        for (index, letter) in letters.enumerated() {
            let lower = Character(letter.lowercased())
            let previous = index > 0 ? Character(letters[index - 1].lowercased()) : " "
            let next = index + 1 < letters.count ? Character(letters[index + 1].lowercased()) : " "
            let isWordStart = previous == " " || previous == "-"
            var written: String
            switch lower {
            case "е" where isWordStart || "аеёиоуыэюя".contains(previous): written = "je"
            case "ё" where "жшчщ".contains(previous): written = "o"
            case "й"
            where (previous == "ы" || (previous == "и" && index >= 2 && "кц".contains(letters[index - 2])))
                && (next == " " || next == "-"):
                // `-ский`, `-ый`: `-ski`, `-i`.
                written = ""
            case "ь" where previous == "л" || previous == "н":
                // `ль`, `нь`: `lj`, `nj` (`Navaljni`).
                written = "j"
            default: written = (digraphs ? macedonianLetters[lower] : nil) ?? serbianLetters[lower] ?? String(lower)
            }
            if letter.isUppercase { written = written.prefix(1).uppercased() + written.dropFirst() }
            out += written
        }
        return out
    }

    private static let macedonianLetters: [Character: String] = ["ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch"]

    private static let serbianLetters: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "ž", "з": "z", "и": "i",
        "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "šč", "ъ": "", "ы": "i", "ь": "",
        "э": "e", "ю": "ju", "я": "ja",
    ]

    /// Whether a word writes `й` as English does, an `i` after `a`, `e`, `o` or `u` and before
    /// no vowel (`Sergei`, `Shoigu`, `Nikolai`): what the neighbours' respellings write as `j`.
    static func writesShortIAsI(_ word: String) -> Bool {
        let bytes = Array(word.utf8)
        for index in bytes.indices.dropFirst() where bytes[index] | 0x20 == UInt8(ascii: "i") {
            let next = index + 1 < bytes.count ? bytes[index + 1] | 0x20 : 0x20
            if isDiphthongStart(bytes[index - 1] | 0x20) && !isVowel(next) { return true }
        }
        return false
    }

    /// Whether a term holds what English romanizes apart from folding (`i` after a vowel, a
    /// closing `y`, `i` or `ia`, an `x`, `ye` after a vowel, `yo` after a consonant), read from
    /// its bytes: most terms do not, and are not split.
    private static func mayDiffer(_ term: String) -> Bool {
        var previous: UInt8 = 0x20
        var beforePrevious: UInt8 = 0x20
        for byte in term.utf8 + [0x20] {
            let lower = byte | 0x20
            if lower == UInt8(ascii: "x") { return true }
            if previous | 0x20 == UInt8(ascii: "i") && isDiphthongStart(beforePrevious | 0x20) && !isVowel(lower) {
                return true
            }
            // A closing `y` or `i` after a consonant (`Dmitry`, `Yuri`), not an adjective's
            // `-ny`, `-ky`, whose romanizations `SlavicNameEndings` knows.
            if byte == 0x20 && (previous == UInt8(ascii: "y") || previous == UInt8(ascii: "i"))
                && !isVowel(beforePrevious | 0x20) && beforePrevious != 0x20
                && !(previous == UInt8(ascii: "y")
                    && (beforePrevious == UInt8(ascii: "n") || beforePrevious == UInt8(ascii: "k")))
            {
                return true
            }
            if byte == 0x20 && previous == UInt8(ascii: "a") && beforePrevious == UInt8(ascii: "i") { return true }
            // `ye` after a vowel, `yo` after a consonant: `е`, `ё`, both read `e` there
            // (`Matviyenko`, `Matvienko`; `Fyodor`, `Fedor`; `Pyotr`, `Petr`).
            if previous | 0x20 == UInt8(ascii: "y") && beforePrevious != 0x20 {
                if lower == UInt8(ascii: "e") && isVowel(beforePrevious | 0x20) { return true }
                if lower == UInt8(ascii: "o") && !isVowel(beforePrevious | 0x20) { return true }
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// A vowel an `i` after which is `й` (`ai`, `ei`, `oi`, `ui`).
    private static func isDiphthongStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u")
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "y")
    }

    /// A lowercased word of ASCII letters in Russian Cyrillic, by BGN/PCGN read backwards (as
    /// English news writes it, without its marks), with `closingIa` for a closing `ia` after a
    /// consonant.
    private static func cyrillic(_ word: [UInt8], closingIa: String) -> String {
        var out = ""
        var index = 0
        func at(_ offset: Int) -> UInt8 {
            let position = index + offset
            return position >= 0 && position < word.count ? word[position] : 0
        }
        while index < word.count {
            let byte = word[index]
            let previous = at(-1)
            let isLast = index == word.count - 1
            if let (length, letter) = digraph(word, index) {
                out += letter
                index += length
                continue
            }
            switch byte {
            case UInt8(ascii: "i") where index > 0 && isDiphthongStart(previous) && !isVowel(at(1)):
                // `Sergei`, `Shoigu`: the `й` of a diphthong.
                out += "й"
            case UInt8(ascii: "i") where isLast && index > 0 && !isVowel(previous):
                // `Yuri`, `Dmitri`: `-ий`.
                out += "ий"
            case UInt8(ascii: "i") where index == word.count - 2 && at(1) == UInt8(ascii: "a") && !isVowel(previous):
                out += closingIa
                index += 2
                continue
            case UInt8(ascii: "y") where isLast && index > 0 && !isVowel(previous):
                // `Dmitry`, `Valery`: `-ий`; after `n` an adjective's `-ый` (`Navalny`).
                out += previous == UInt8(ascii: "n") ? "ый" : "ий"
            case UInt8(ascii: "y") where index > 0 && isVowel(previous):
                out += "й"
            case UInt8(ascii: "y"):
                out += "ы"
            case UInt8(ascii: "e") where index == 0:
                // `Erdogan`: `Э`, since folding reads a Russian word's first `е` as `ye`.
                out += "э"
            case UInt8(ascii: "l")
            where index == word.count - 3 && at(1) == UInt8(ascii: "n")
                && at(2) == UInt8(ascii: "y"):
                // An adjective's `-льный`, whose soft sign English drops (`Navalny`): the
                // region's Latin writes it (`Navaljni`).
                out += "ль"
            default:
                out += letters[Int(byte) - Int(UInt8(ascii: "a"))]
            }
            index += 1
        }
        return out
    }

    /// The letters English writes with two or more at `index` (`shch`, `kh`, `zh`, `ts`, `ch`,
    /// `sh`; `ya`, `yu`, `yo`, `ye`): their length and letter.
    private static func digraph(_ word: [UInt8], _ index: Int) -> (Int, String)? {
        for (latin, letter) in digraphs {
            let bytes = Array(latin.utf8)
            guard index + bytes.count <= word.count, Array(word[index..<index + bytes.count]) == bytes else { continue }
            return (bytes.count, letter)
        }
        return nil
    }

    private static let digraphs: [(String, String)] = [
        ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
        ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"),
    ]

    /// `a` to `z` (`c`, `q` as `к`; `h` as `х`; `j` as `дж`; `w` as `в`; `x` as `кс`).
    private static let letters: [String] = [
        "а", "б", "к", "д", "е", "ф", "г", "х", "и", "дж", "к", "л", "м", "н", "о", "п", "к", "р", "с", "т", "у", "в",
        "в", "кс", "ы", "з",
    ]
}
