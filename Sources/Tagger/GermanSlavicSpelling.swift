/// East Slavic names as German news writes them (the Duden's transcription from Cyrillic):
/// `Selenskyj` for `Zelensky`, `Lawrow` for `Lavrov`, `Charkiw` for `Kharkiv`, `Donezk` for
/// `Donetsk`, `Saporischschja` for `Zaporizhzhia`, `Jewgeni Prigoschin` for `Yevgeny Prigozhin`.
/// A user who writes the English romanization means the person or the place, and German-language
/// outlets (Der Standard, DW, NZZ) never write it so; folding and the other endings
/// (`SlavicNameEndings`) cannot reach `Selenskyj` from `Zelensky`, nor fuzzy matching (two letters
/// apart).
///
/// Only a word shaped as an East Slavic name is respelled: one with a surname's or a place's
/// ending (`-sky`, `-ny`, `-vich`, `-ov`, `-ev`, `-ova`, `-enko`, `-chuk`, `-iv`, `-ivka`, `-sk`)
/// or with a digraph English writes for Cyrillic letters (`kh`, `zh`); the other capitalized
/// words of such a term go with it (`Nova Kakhovka`, `Nowa Kachowka`). `Vance`, `Zagreb`, `Khan`
/// and `Washington` keep their letters.
enum GermanSlavicSpelling {
    /// The term as German writes it and, unless it is a prefix term, its genitive (`Selenskyjs
    /// Rede`, `Lawrows Besuch`: a name's -s, with no apostrophe); none when no word of it is
    /// shaped so or the respelling changes nothing.
    static func variants(of term: String, isPrefix: Bool) -> [String] {
        var variants: [String] = []
        for spelled in spellings(of: term, isPrefix: isPrefix) {
            variants.append(spelled)
            guard !isPrefix, let last = spelled.last, last.isLetter, !"sSzZxX".contains(last) else { continue }
            let inCapitals =
                spelled.split(separator: " ").last.map { $0.count > 1 && $0.allSatisfy(\.isUppercase) } ?? false
            variants.append(spelled + (inCapitals ? "S" : "s"))
        }
        return variants
    }

    /// How German writes what the English romanization leaves open: a closing `-ia` after a
    /// consonant is `я` (`Zaporizhzhia`: `Saporischschja`), `ия` (`Maria`) or Ukrainian `ія`
    /// (`Yulia`: `Julija`); a closing `-ny` an adjective's `-ный` (`Navalny`: `Nawalny`) or a
    /// first name's `-ний` (`Yevgeny`: `Jewgeni`); a closing `й` after `a`, `o`, `u` is `i` or `j`
    /// (`Nikolai`, `Nikolaj`).
    private struct Reading: Equatable {
        enum ClosingIa { case ja, ia, ija }
        var closingIa = ClosingIa.ja
        var closingNyAsNi = false
        /// A closing `й` after `a`, `o`, `u` written `i`, as the Duden writes it (`Nikolai`), not
        /// `j` as many papers do (`Nikolaj`).
        var closingShortIAsI = false
    }

    /// The term as German writes it, in each reading its words leave open (see `Reading`), or
    /// none when no word of it is shaped so or the respelling changes nothing. The last word of
    /// a prefix term is a stem: its last letter is not read as a word's last (`Andrii*` keeps
    /// its `i`; `Andrii` is `Andrij`).
    private static func spellings(of term: String, isPrefix: Bool) -> [String] {
        guard mayBeShapedSo(term) || UkrainianSpelling.mayBeShaped(term) else { return [] }
        let runs = letterRuns(of: term)
        guard
            runs.contains(where: { $0.isWord && (isEastSlavic($0) || UkrainianSpelling.isShaped($0.text)) })
        else { return [] }
        let words = runs.filter(\.isWord).map { $0.text.lowercased() }
        let endsInIa = words.contains {
            $0.count >= 4 && $0.hasSuffix("ia") && !"aeiouy".contains($0.dropLast(2).last!)
        }
        let endsInNy = words.contains { $0.count >= 4 && $0.hasSuffix("ny") }
        var readings = [Reading()]
        if endsInIa { readings += [Reading(closingIa: .ia), Reading(closingIa: .ija)] }
        if endsInNy { readings.append(Reading(closingNyAsNi: true)) }
        let endsInShortI = words.contains { word in
            word.count >= 4 && "iy".contains(word.last!) && "aou".contains(word.dropLast().last!)
        }
        if endsInShortI { readings.append(Reading(closingShortIAsI: true)) }
        let isUkrainian = runs.map { $0.isWord && UkrainianSpelling.isShaped($0.text) }
        var spellings: [String] = []
        for reading in readings {
            var result = ""
            for (index, run) in runs.enumerated() {
                guard run.isWord, let first = run.text.first, first.isUppercase, run.text.count >= 3 else {
                    result += run.text
                    continue
                }
                let atEnd = !(isPrefix && index == runs.count - 1)
                let german = transcribed(
                    Array(run.text.lowercased().utf8), endsWord: atEnd, reading: reading,
                    isUkrainian: isUkrainian[index])
                let inCapitals = run.text.count > 1 && run.text.allSatisfy(\.isUppercase)
                result += inCapitals ? german.uppercased() : german.prefix(1).uppercased() + german.dropFirst()
            }
            if result != term && !spellings.contains(result) { spellings.append(result) }
        }
        return spellings
    }

    /// A stretch of a term: a word of ASCII letters, or what lies between words (spaces,
    /// hyphens, an apostrophe, a word with other letters, which is left as written).
    private struct Run {
        var text: String
        var isWord: Bool
    }

    private static func letterRuns(of term: String) -> [Run] {
        var runs: [Run] = []
        for character in term {
            let isLetter = character.isLetter
            if var last = runs.last, last.isWord == isLetter {
                last.text.append(character)
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(text: String(character), isWord: isLetter))
            }
        }
        // A word with a letter outside ASCII (`Vučić`) is not an English romanization.
        return runs.map { run in
            run.isWord && !run.text.allSatisfy(\.isASCII) ? Run(text: run.text, isWord: false) : run
        }
    }

    private static func isEastSlavic(_ run: Run) -> Bool { isEastSlavic(word: run.text) }

    /// Whether a capitalized word of ASCII letters is shaped as an East Slavic name in English
    /// romanization: a surname's or a place's ending, or, from five letters, `kh` or `zh`.
    static func isEastSlavic(word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 4, word.allSatisfy(\.isASCII) else {
            return false
        }
        let lower = word.lowercased()
        if word.count >= 5, digraphs.contains(where: { lower.contains($0) }) { return true }
        return endings.contains { ending in
            lower.hasSuffix(ending) && lower.count - ending.count >= 2
        }
    }

    /// Whether a word of `term` may end as the names do or write `kh` or `zh`, read from the
    /// bytes (each word's last four letters in a register): most terms have none, and are
    /// told without splitting them into characters, which made compiling 20,000 terms 40% slower.
    private static func mayBeShapedSo(_ term: String) -> Bool {
        var window: UInt32 = 0
        var length = 0
        var isCapitalized = false
        func endsSo() -> Bool {
            isCapitalized && length >= 4 && packedEndings.contains { window & $0.mask == $0.value }
        }
        for byte in term.utf8 {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                if length == 0 { isCapitalized = byte < UInt8(ascii: "a") }
                let last = UInt8(truncatingIfNeeded: window)
                if isCapitalized && lower == UInt8(ascii: "h")
                    && (last == UInt8(ascii: "k") || last == UInt8(ascii: "z"))
                {
                    return true
                }
                window = window << 8 | UInt32(lower)
                length += 1
            } else if byte >= 0x80 {
                if length == 0 { isCapitalized = false }
                window = window << 8
                length += 1
            } else {
                if endsSo() { return true }
                window = 0
                length = 0
            }
        }
        return endsSo()
    }

    /// Respells a lowercased word of ASCII letters.
    private static func transcribed(_ word: [UInt8], endsWord: Bool, reading: Reading, isUkrainian: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(word.count + 6)
        // A surname's ending keeps its closing `y` (`Selensky`, whose other endings
        // `SlavicNameEndings` gives); a first name's becomes `i`.
        let lower = String(decoding: word, as: UTF8.self)
        let hasFamilyEnding = SlavicNameEndings.allEndings.contains { lower.hasSuffix($0) }
        func at(_ index: Int) -> UInt8 { index >= 0 && index < word.count ? word[index] : 0 }
        func isVowel(_ byte: UInt8) -> Bool { vowels.contains(byte) }
        func starts(_ text: String, _ index: Int) -> Bool {
            let bytes = Array(text.utf8)
            return index + bytes.count <= word.count && Array(word[index..<index + bytes.count]) == bytes
        }
        var index = 0
        while index < word.count {
            let byte = word[index]
            let isLast = index == word.count - 1
            if let (spelled, german) = digraphSpellings.first(where: { starts($0.0, index) }) {
                out += german.utf8
                index += spelled.utf8.count
                continue
            }
            switch byte {
            case UInt8(ascii: "z"): out += "s".utf8
            case UInt8(ascii: "v"): out += "w".utf8
            case UInt8(ascii: "y") where softVowels.contains(at(index + 1)):
                // `ya`, `ye`, `yo`, `yu` are я, е, ё, ю: German writes `ja`, `je`, `jo`, `ju`.
                out += "j".utf8
            case UInt8(ascii: "y") where isLast && endsWord && isVowel(at(index - 1)),
                UInt8(ascii: "i") where isLast && endsWord && isVowel(at(index - 1)):
                // A closing й (`Sergei`, `Andrii`, `Zelenskyy`): `Sergej`, `Andrij`, `Selenskyj`;
                // after `a`, `o`, `u` also `i` (see `Reading`).
                let keepsI = reading.closingShortIAsI && "aou".utf8.contains(at(index - 1))
                out += (keepsI ? "i" : "j").utf8
            case UInt8(ascii: "y")
            where isLast && endsWord
                && (!hasFamilyEnding || (reading.closingNyAsNi && at(index - 1) == UInt8(ascii: "n"))):
                // A closing -ий of a first name (`Yevgeny`, `Dmitry`): `Jewgeni`, `Dmitri`.
                out += "i".utf8
            case UInt8(ascii: "i") where isVowel(at(index - 1)) && at(index + 1) == UInt8(ascii: "v"):
                // Ukrainian ї before `v` (`Kyiv`, `Mykolaiv`, `Avdiivka`): `Kyjiw`, `Mykolajiw`.
                out += "ji".utf8
            case UInt8(ascii: "i")
            where endsWord && index == word.count - 2 && at(index + 1) == UInt8(ascii: "a") && !isVowel(at(index - 1)):
                // A closing я after a consonant (`Zaporizhzhia`): `Saporischschja`; or ия, ія
                // (`Maria`, `Yulia`: `Maria`, `Julija`).
                switch reading.closingIa {
                case .ja: out += "j".utf8
                case .ia: out += "i".utf8
                case .ija: out += "ij".utf8
                }
            case UInt8(ascii: "i") where isUkrainian && index > 0 && isVowel(at(index - 1)) && !isVowel(at(index + 1)):
                // Ukrainian й after a vowel, which its romanization writes `i` (`Mykhailo`:
                // `Mychajlo`).
                out += "j".utf8
            case UInt8(ascii: "i")
            where isUkrainian && index > 0 && !isVowel(at(index - 1)) && softVowels.contains(at(index + 1)):
                // Ukrainian я, ю, є after a consonant (`Podoliak`: `Podoljak`).
                out += "j".utf8
            case UInt8(ascii: "s") where isVowel(at(index - 1)) && isVowel(at(index + 1)) && index > 0:
                // A single с between vowels is `ss` in German (`Gerasimov`: `Gerassimow`).
                out += "ss".utf8
            default: out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `endings`, each as its last four letters at most packed in a word, and the mask of them.
    private static let packedEndings: [(value: UInt32, mask: UInt32)] = endings.map { ending in
        let bytes = Array(ending.utf8.suffix(4))
        let value = bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return (value, bytes.count == 4 ? UInt32.max : (UInt32(1) << (8 * bytes.count)) - 1)
    }
    private static let vowels: Set<UInt8> = Set("aeiouy".utf8)
    private static let softVowels: Set<UInt8> = Set("aeou".utf8)
    /// Longest first: `shch` before `sh` and `ch`.
    private static let digraphSpellings: [(String, String)] = [
        ("shch", "schtsch"), ("zh", "sch"), ("kh", "ch"), ("sh", "sch"), ("ch", "tsch"), ("ts", "z"),
    ]
    private static let digraphs = ["kh", "zh"]
    /// The surnames' endings `SlavicNameEndings` knows, and those of other surnames and places.
    private static let endings =
        SlavicNameEndings.allEndings + ["ov", "ev", "ova", "eva", "enko", "chuk", "yuk", "iv", "ivka", "sk"]
}
