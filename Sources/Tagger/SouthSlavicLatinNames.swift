import FeedText

/// A name from Serbia, Croatia, Bosnia or Montenegro written in its Latin (`Vučić`,
/// `Đukanović`, `Šešelj`), as the other Cyrillic languages write it: Russian, Ukrainian and
/// Bulgarian news `Вучич`, `Джуканович`, `Шешель`, Macedonian `Вучиќ`, `Ѓукановиќ`. Each is
/// read in its language's spelling (`vuchich`, Ukrainian `vuchych`, Macedonian `vuchikj`), and
/// the tagger enters those readings for Cyrillic words only: a topic written in the region's
/// Latin then finds its names in those languages' news, as it finds them in Serbian Cyrillic.
///
/// Only a term with a letter of that Latin (č ć đ š ž) is rendered: it is such a name, and one
/// without (`Kosovo`, `Dodik`) reads alike in every spelling already. A term with a letter that
/// Latin lacks (q w x y, other accents) is not rendered.
///
/// Latin text has two spellings of such names too: English news transliterates them from Cyrillic
/// (`Kovachevski`, `Zhelyazkov`), the region's Latin writes them with its own letters
/// (`Kovačevski`, `Željazkov`); `latinReadings` gives a term the other one.
enum SouthSlavicLatinNames {
    /// The term's readings in Russian, Ukrainian, Bulgarian and Macedonian text, without the
    /// ones its own reading gives.
    static func cyrillicReadings(of term: String) -> [FoldedText] {
        guard term.contains(where: { marked.contains(Character($0.lowercased())) }),
            let serbian = serbianCyrillic(term)
        else { return [] }
        let own = FoldedText(term).bytes
        var readings: [FoldedText] = []
        for spelling in [CyrillicSpelling.russian, .ukrainian, .bulgarian, .macedonian] {
            let folded = FoldedText(rendered(serbian, as: spelling), cyrillic: spelling)
            if folded.bytes != own && !readings.contains(where: { $0.bytes == folded.bytes }) {
                readings.append(folded)
            }
        }
        return readings
    }

    /// The term as Russian and Ukrainian news write it in Cyrillic (`Vučić`: `Вучич`; `Šešelj`:
    /// `Шешель`), for `EastSlavicCases` to decline (`Вучича`, `с Вучичем`); none for a term
    /// without a letter of the region's Latin, or with one it lacks.
    static func eastSlavicCyrillic(of term: String) -> [String] {
        guard term.contains(where: { marked.contains(Character($0.lowercased())) }),
            let serbian = serbianCyrillic(term)
        else { return [] }
        var spellings: [String] = []
        for spelling in [CyrillicSpelling.russian, .ukrainian] {
            let written = rendered(serbian, as: spelling)
            if !written.isEmpty && !spellings.contains(written) { spellings.append(written) }
        }
        return spellings
    }

    private static let marked: Set<Character> = ["č", "ć", "đ", "š", "ž", "ǆ"]

    /// The letters English news writes with two (č, š, ž), in either case, and the caron that
    /// writes them decomposed (`c` and U+030C).
    private static let englishMarks: Set<Unicode.Scalar> = ["č", "Č", "š", "Š", "ž", "Ž", "\u{030C}"]

    /// The term's other Latin reading, when it is a name that news in English and news in the
    /// region's Latin write apart: `Kovačevski`, `Šekerinska` as English news writes them from
    /// Cyrillic (`Kovachevski`, `Shekerinska`), and a Slavic surname written so (`Kovachevski`,
    /// `Zhelyazkov`, `Zelensky`, `Yanukovych`) as Serbian, Croatian and Bosnian news do
    /// (`Kovačevski`, `Željazkov`, `Zelenski`, `Janukovič`). Empty when it reads alike.
    ///
    /// Only a capitalized word with a Slavic surname's ending (`-ski`, `-ov`, `-ev`, `-ich`,
    /// `-enko`…, or a prefix term's stem of one) is read the second way: `Chad` and
    /// `China` are not `Čad` and `čina` ("act"), nor `Shell` `šel`.
    static func latinReadings(of term: String, isPrefix: Bool) -> [FoldedText] {
        // The term is folded only when it has another reading: most have none, and folding is
        // most of what telling them cost.
        let hasMarks =
            term.utf8.contains(where: { $0 >= 0x80 })
            && term.unicodeScalars.contains(where: { englishMarks.contains($0) })
        guard let written = hasMarks ? english(term) : regional(term, isPrefix: isPrefix) else { return [] }
        let own = FoldedText(term)
        guard !own.words.contains(where: { $0.flags.contains(.cyrillic) }) else { return [] }
        let folded = FoldedText(written)
        return folded.bytes == own.bytes || folded.words.isEmpty ? [] : [folded]
    }

    /// č, š, ž as English news transliterates Cyrillic ч, ш, ж; ć and đ it writes c and dj,
    /// as folding already reads them.
    private static func english(_ term: String) -> String? {
        rewrite(Array(term)) { lower, _ in
            switch lower {
            case "č": ("ch", 1)
            case "š": ("sh", 1)
            case "ž": ("zh", 1)
            default: (String(lower), 1)
            }
        }
    }

    /// Each surname of `term` in the region's Latin: ch, sh, zh, kh as č, š, ž, h; a leading ts
    /// as c; y as j next to a vowel and i elsewhere (the Latin has no y). Nil when no word is one.
    private static func regional(_ term: String, isPrefix: Bool) -> String? {
        var words = term.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for index in words.indices {
            let stem = words[index]
            let isStem = isPrefix && index == words.count - 1
            guard stem.first?.isUppercase == true, stem.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }),
                isSurname(stem.lowercased(), isStem: isStem)
            else { continue }
            let letters = Array(stem)
            guard
                let rewritten = rewrite(
                    letters,
                    { lower, next in
                        switch (lower, next) {
                        case ("c", "h"): ("č", 2)
                        case ("s", "h"): ("š", 2)
                        case ("z", "h"): ("ž", 2)
                        case ("k", "h"): ("h", 2)
                        default: (String(lower), 1)
                        }
                    })
            else { continue }
            var result = Array(rewritten)
            if result.count > 2, result[0] == "T", result[1] == "s" { result.replaceSubrange(0...1, with: ["C"]) }
            for position in result.indices where result[position].lowercased() == "y" {
                let isVowel = { (offset: Int) in
                    result.indices.contains(offset) && "aeiou".contains(Character(result[offset].lowercased()))
                }
                let replacement: Character = isVowel(position - 1) || isVowel(position + 1) ? "j" : "i"
                result[position] = result[position].isUppercase ? Character(replacement.uppercased()) : replacement
            }
            let reading = String(result)
            if reading != stem {
                words[index] = reading
                changed = true
            }
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// Whether a word (in lower case) ends as Slavic surnames do, and has letters the region's
    /// Latin writes otherwise; a prefix term's stem may stop short of one (`-sk`, `-enk`, `-ic`).
    private static func isSurname(_ word: String, isStem: Bool) -> Bool {
        guard word.count >= 5,
            ["ch", "sh", "zh", "kh", "y"].contains(where: word.contains) || word.hasPrefix("ts")
        else { return false }
        let endings = ["ski", "ska", "sky", "skiy", "skyy", "ov", "ova", "ev", "eva", "ich", "ych", "enko", "uk"]
        return endings.contains(where: word.hasSuffix)
            || (isStem && ["sk", "enk", "ic"].contains(where: word.hasSuffix))
    }

    /// `term` in Serbian Cyrillic (`lj`, `nj`, `dž` one letter each), or nil when it has a letter
    /// Serbian Latin lacks.
    private static func serbianCyrillic(_ term: String) -> [Character]? {
        let text = rewrite(Array(term)) { lower, next in
            if let digraph = digraphs[String([lower, next ?? " "])] { return (String(digraph), 2) }
            if let single = alphabet[lower] { return (String(single), 1) }
            return lower.isLetter ? nil : (String(lower), 1)
        }
        return text.map(Array.init)
    }

    /// `letters` written anew: `step` is given each letter in lower case and the next one, and
    /// says what to write for it (a capital stays one) and how many letters that takes; nil when
    /// it cannot be written.
    static func rewrite(
        _ letters: [Character], _ step: (_ lower: Character, _ next: Character?) -> (String, Int)?
    ) -> String? {
        var text = ""
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? Character(letters[index + 1].lowercased()) : nil
            guard let (written, consumed) = step(Character(letter.lowercased()), next) else { return nil }
            text += letter.isUppercase ? written.prefix(1).uppercased() + written.dropFirst() : written
            index += consumed
        }
        return text
    }

    /// A Russian or Ukrainian name in the region's Latin (`Sergej Lavrov`, `Oleksandr Sirski`,
    /// `Marija Zaharova`, `Navaljni`) as folding reads Bulgarian news's Cyrillic of it (`Сергей
    /// Лавров`, `Олександър Сирски`, `Мария Захарова`, `Навални`): `š ž č c šč` as `sh zh ch ts
    /// sht`, `j` as `y`, the soft `lj`, `nj` before a consonant or at a word's end as `l`, `n`,
    /// and a closing consonant and `r` with Bulgarian's `ъ` between them (`Oleksandar`, `Petar`).
    static func bulgarianReading(ofLatin latin: String) -> String {
        var words: [String] = []
        for word in latin.split(separator: " ") {
            let letters = Array(word)
            var out = ""
            var index = 0
            while index < letters.count {
                let letter = letters[index]
                let lower = Character(letter.lowercased())
                let next = index + 1 < letters.count ? Character(letters[index + 1].lowercased()) : " "
                var written: String
                switch lower {
                case "š" where next == "č":
                    written = "sht"
                    index += 1
                case "š": written = "sh"
                case "ž": written = "zh"
                case "č", "ć": written = "ch"
                case "c": written = "ts"
                case "đ": written = "dzh"
                case "j" where (out.last == "l" || out.last == "n") && !"aeiou".contains(next):
                    // `lj`, `nj` before a consonant or at the end: the soft sign Bulgarian drops.
                    written = ""
                case "j": written = "y"
                default: written = String(lower)
                }
                if letter.isUppercase { written = written.prefix(1).uppercased() + written.dropFirst() }
                out += written
                index += 1
            }
            let lower = Array(out.lowercased())
            if lower.count >= 4, lower.last == "r", !"aeiouy".contains(lower[lower.count - 2]),
                !"aeiouy".contains(lower[lower.count - 3])
            {
                out.insert("a", at: out.index(before: out.endIndex))
            }
            words.append(out)
        }
        return words.joined(separator: " ")
    }

    /// `term` in Serbian Latin when it is written in Serbian Cyrillic (`Вучић`, `Vučić`); nil when
    /// it has no Cyrillic letter, or one Serbian lacks.
    static func serbianLatin(_ term: String) -> String? {
        guard term.unicodeScalars.contains(where: { $0.value &- 0x400 < 0x100 }) else { return nil }
        return rewrite(Array(term)) { lower, _ in
            if let letter = latinLetters[lower] { return (letter, 1) }
            return lower.isLetter ? nil : (String(lower), 1)
        }
    }

    private static let latinLetters: [Character: String] = {
        var letters = Dictionary(uniqueKeysWithValues: alphabet.map { ($1, String($0)) })
        for (latin, cyrillic) in digraphs { letters[cyrillic] = latin }
        return letters
    }()

    private static let digraphs: [String: Character] = ["lj": "љ", "nj": "њ", "dž": "џ"]
    private static let alphabet: [Character: Character] = {
        let pairs = Array(
            zip(
                "abcčćdđefghijklmnoprsštuvzžǆ",
                "абцчћдђефгхијклмнопрсштувзжџ"))
        return Dictionary(uniqueKeysWithValues: pairs)
    }()

    /// The Serbian Cyrillic `letters` as `spelling` writes the name: Macedonian has its own ќ and
    /// ѓ for ћ and ђ; Russian, Ukrainian and Bulgarian write ч and дж for them, й or a vowel
    /// letter for ј (`Јован`, `Йован`), and a soft л or н for љ and њ.
    private static func rendered(_ letters: [Character], as spelling: CyrillicSpelling) -> String {
        let text = rewrite(letters) { lower, next -> (String, Int) in
            switch (lower, spelling) {
            case ("ћ", .macedonian): return ("ќ", 1)
            case ("ђ", .macedonian): return ("ѓ", 1)
            case (_, .macedonian): return (String(lower), 1)
            case ("ћ", _): return ("ч", 1)
            case ("ђ", _), ("џ", _): return ("дж", 1)
            case ("ј", _): return iotated(next, spelling) ?? ("й", 1)
            case ("љ", _), ("њ", _):
                let consonant = lower == "љ" ? "л" : "н"
                if let (vowel, consumed) = iotated(next, spelling) {
                    return (consonant + (vowel == "йо" ? "ьо" : vowel), consumed)
                }
                return (spelling == .bulgarian ? consonant : consonant + "ь", 1)
            default: return (String(lower), 1)
            }
        }
        return text ?? ""
    }

    /// How `spelling` writes ј (or the softness of љ, њ) and the vowel `next` after it, with the
    /// letters that takes; nil before anything but а, у, е, о.
    private static func iotated(_ next: Character?, _ spelling: CyrillicSpelling) -> (String, Int)? {
        switch (next, spelling) {
        case ("а", _): ("я", 2)
        case ("у", _): ("ю", 2)
        case ("е", .ukrainian): ("є", 2)
        case ("е", .bulgarian): ("йе", 2)
        case ("е", _): ("е", 2)
        case ("о", _): ("йо", 2)
        default: nil
        }
    }
}
