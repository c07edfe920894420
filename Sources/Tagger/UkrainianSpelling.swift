/// A Ukrainian name as English news romanizes it: by Ukraine's national system of 2010
/// (`Volodymyr`, `Syrskyi`, `Zaluzhnyi`, `Andrii`, `Shmyhal`), or by the older spellings still
/// common beside it (`Andriy`, `Podolyak`, `Yulia`). The news of Ukraine and its neighbours
/// write such a name apart from it:
/// - Russian news gives the man his Russian first name and Russian letters (`Oleksandr Syrskyi`
///   is `Александр Сырский`; `russianCyrillic(of:)`, declined by `EastSlavicCases`).
/// - Ukrainian text, which folding reads by the national system: an older spelling reads apart
///   from it (`Андрій` is `andrii`, not `andriy`; `Подоляк` `podoliak`; `Юлія` `yuliia`), and is
///   matched in the national one, which English news writes too (`englishVariants(of:)`), and
///   declined in it (`nationalSpelling(of:)`).
/// - Serbian, Croatian and Bosnian news, which transliterate the Cyrillic into their Latin:
///   `Oleksandr Sirski`, `Valerij Zalužni`, `Andrij Jermak`, `Dmitro Kuleba`, `Mihajlo Podoljak`
///   (`serbianLatin(of:)`, declined there as their names are: `sa Jermakom`, `Sirskog`), and
///   Macedonian news, letter for letter in its Cyrillic (`Сирски`, `Андриј Јермак`:
///   `macedonianLatin(of:)`).
///
/// Only a name whose word is shaped as that romanization writes Ukrainian is respelled: a closing
/// `-yi`, `-yy`, `-iy` or `-ii` after a consonant (`Syrskyi`, `Andriy`), a leading `ye`, `yu`, `ya`
/// (`Yermak`), a `y` that is a vowel between consonants beside a digraph or a surname's ending
/// (`Shmyhal`, `Tymoshenko`), or a Ukrainian first name of the table (`Dmytro`, `Oleksandr`).
enum UkrainianSpelling {
    /// The term as Ukraine's national romanization writes it, when an older spelling reads
    /// apart from how folding reads the Ukrainian Cyrillic: a closing `-iy` is `-ii` (`Andriy`:
    /// `Andrii`), `ya`, `yu`, `ye` after a consonant or an `i` are `ia`, `iu`, `ie` (`Podolyak`:
    /// `Podoliak`; `Matviyenko`: `Matviienko`), and a closing `-ia` after a consonant may be
    /// `-iia` (`Yulia`: `Yuliia`, as `Юлія` reads): what `EastSlavicCases` declines.
    static func nationalSpelling(of term: String) -> [String] {
        guard mayBeShaped(term), let words = nameWords(term) else { return [] }
        var plain: [String] = []
        var withIia: [String] = []
        for word in words {
            var bytes = Array(word.utf8)
            var index = 1
            while index < bytes.count - 1 {
                let lower = bytes[index] | 0x20
                let previous = bytes[index - 1] | 0x20
                let next = bytes[index + 1] | 0x20
                if lower == UInt8(ascii: "y") && "aeu".utf8.contains(next)
                    && (!isVowel(previous) || previous == UInt8(ascii: "i"))
                {
                    bytes[index] = UInt8(ascii: "i")
                }
                index += 1
            }
            let count = bytes.count
            if count >= 4 && bytes[count - 2] == UInt8(ascii: "i") && bytes[count - 1] == UInt8(ascii: "y")
                && !isVowel(bytes[count - 3] | 0x20)
            {
                bytes[count - 1] = UInt8(ascii: "i")
            }
            let written = String(decoding: bytes, as: UTF8.self)
            plain.append(written)
            if count >= 4 && bytes[count - 2] == UInt8(ascii: "i") && bytes[count - 1] == UInt8(ascii: "a")
                && !isVowel(bytes[count - 3] | 0x20)
            {
                withIia.append(String(decoding: bytes.dropLast(), as: UTF8.self) + "ia")
            } else {
                withIia.append(written)
            }
        }
        var spellings: [String] = []
        for spelling in [plain.joined(separator: " "), withIia.joined(separator: " ")]
        where spelling != term && !spellings.contains(spelling) {
            spellings.append(spelling)
        }
        return spellings
    }

    /// The term's other spellings in English news, which writes Ukrainian names by the national
    /// romanization of 2010 and by older ones, outlet by outlet and year by year: a closing `-ii`
    /// or `-iy` (`Andrii`, `Andriy`), `ia`, `iu`, `ie` or `ya`, `yu`, `ye` after a consonant
    /// (`Podoliak`, `Podolyak`; `Kyslytsia`, `Kyslytsya`), `ai` or `ay` before a consonant
    /// (`Mykhailo`, `Mykhaylo`), a closing `-iia` or `-ia` (`Yuliia`, `Yulia`), and `h` or, as
    /// Russian's romanization writes `г`, `g` (`Yevhen`, `Yevgen`). Each is matched in any
    /// article: the spellings are no other words.
    static func englishVariants(of term: String) -> [String] {
        guard mayBeShaped(term), let words = nameWords(term) else { return [] }
        var variants: [String] = []
        for hAsG in [false, true] {
            // Each word either way, since outlets mix them (`Mykhailo Podolyak`); the name's other
            // words go with it (`Podoliak`). At most 16.
            var spellings = [""]
            for (index, word) in words.enumerated() {
                var ways: [String] = []
                for national in [true, false] {
                    let way = english(Array(word.utf8), national: national, hAsG: hAsG)
                    if !ways.contains(way) { ways.append(way) }
                }
                let separator = index == 0 ? "" : " "
                spellings = Array(spellings.flatMap { start in ways.map { start + separator + $0 } }.prefix(16))
            }
            for spelling in spellings where spelling != term && !variants.contains(spelling) {
                variants.append(spelling)
            }
        }
        return variants
    }

    /// A word in the national romanization's spellings (`national`) or the older ones, its
    /// capital kept (see `englishVariants(of:)`).
    private static func english(_ word: [UInt8], national: Bool, hAsG: Bool) -> String {
        var bytes = word
        let y = UInt8(ascii: "y")
        let i = UInt8(ascii: "i")
        func lower(_ index: Int) -> UInt8 { bytes[index] | 0x20 }
        func endsWith(_ text: String) -> Bool {
            bytes.count >= text.utf8.count + 2
                && bytes.suffix(text.utf8.count).map { $0 | 0x20 }.elementsEqual(text.utf8)
        }
        // A closing `-ia` after a consonant is `я` (`Zaporizhzhia`) or `ія` (`Yulia`): the
        // national spelling of the second is `-iia`, the older `-ia`, `-iya`.
        var limit = bytes.count - 1
        if endsWith("iia") {
            if !national { bytes.remove(at: bytes.count - 2) }
            limit = bytes.count - 2
        } else if endsWith("ia") && !isVowel(lower(bytes.count - 3)) {
            if national { bytes.insert(i, at: bytes.count - 1) }
            limit = bytes.count - 2
        } else if bytes.count >= 4 && lower(bytes.count - 2) == i
            && (lower(bytes.count - 1) == i || lower(bytes.count - 1) == y) && !isVowel(lower(bytes.count - 3))
        {
            // A closing `-ii`, `-iy` after a consonant (`Andrii`, `Andriy`).
            bytes[bytes.count - 1] = national ? i : y
        }
        var index = 1
        while index < limit {
            let previous = lower(index - 1)
            let next = lower(index + 1)
            let isSemivowel = lower(index) == i || lower(index) == y
            if isSemivowel && "aeu".utf8.contains(next) && (!isVowel(previous) || previous == i) {
                // `ia`, `iu`, `ie` or `ya`, `yu`, `ye` after a consonant or an `i`.
                bytes[index] = national ? i : y
            } else if isSemivowel && "aeou".utf8.contains(previous) && !isVowel(next) {
                // `ай` before a consonant: `ai`, `ay`.
                bytes[index] = national ? i : y
            } else if hAsG && lower(index) == UInt8(ascii: "h") && !"kszc".utf8.contains(previous) {
                bytes[index] = UInt8(ascii: "g")
            }
            index += 1
        }
        if hAsG && bytes[0] == UInt8(ascii: "H") { bytes[0] = UInt8(ascii: "G") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The term as Serbian, Croatian and Bosnian news write a Ukrainian name in their Latin:
    /// `zh`, `kh`, `ch`, `sh`, `shch`, `ts` are `ž`, `h`, `č`, `š`, `šč`, `c`; a `y` that is a
    /// vowel `i`, and a closing adjective's `-yi` or `-yy` (`-ий`) `-i` (`Syrskyi`: `Sirski`); a
    /// `y` or `i` that is `й` or begins `я`, `ю`, `є` is `j` (`Andriy`, `Andrii`: `Andrij`;
    /// `Yermak`: `Jermak`; `Mykhailo`: `Mihajlo`; `Podolyak`: `Podoljak`). `г`, written `h`, is also
    /// given as `g`, as many of the region's outlets write it, with a closing `l` after a vowel
    /// also as `lj`, for the `ль` the romanization drops (`Shmyhal`: `Šmihal`, `Šmigal`,
    /// `Šmigalj`); a closing `-ia` also as `-ija` (`Yulia`: `Julija`); and with the Russian first
    /// name (`Volodymyr Zelensky`: `Vladimir Zelenski`).
    static func serbianLatin(of term: String) -> [String] {
        guard mayBeShaped(term), let words = nameWords(term) else { return [] }
        var spellings: [String] = []
        for (hAsG, iaAsIja, softL) in [
            (false, false, false), (true, false, false), (true, false, true), (false, true, false),
        ] {
            let spelling = words.map { latin(Array($0.utf8), hAsG: hAsG, iaAsIja: iaAsIja, softL: softL) }
                .joined(separator: " ")
            if spelling != term && !spellings.contains(spelling) { spellings.append(spelling) }
        }
        // The region's news also gives a Ukrainian the Russian form of his first name (`Vladimir
        // Zelenski` beside `Volodimir Zelenski`).
        for cyrillic in russianCyrillic(of: term) {
            let spelling = RussianSpelling.serbianLatin(ofCyrillic: cyrillic)
            if spelling != term && !spellings.contains(spelling) { spellings.append(spelling) }
        }
        return spellings
    }

    /// The term as Macedonian news writes a Ukrainian name, in the readings folding gives its
    /// Cyrillic: Macedonian's romanization (`Денис Шмихал`: `Denys Shmihal`; `Валериј Залужни`:
    /// `Valerij Zaluzhni`) and, where the text's letters tell no more than South Slavic, Serbian's
    /// (`Šmihal`, `Zalužni`); from `serbianLatin(of:)`, whose Latin Macedonian's Cyrillic matches
    /// letter for letter.
    static func macedonianLatin(of term: String) -> [String] {
        var readings: [String] = []
        for spelling in serbianLatin(of: term) {
            let digraphs = spelling.replacing("š", with: "sh").replacing("ž", with: "zh").replacing("č", with: "ch")
                .replacing("Š", with: "Sh").replacing("Ž", with: "Zh").replacing("Č", with: "Ch")
            for reading in [digraphs, spelling] where reading != term && !readings.contains(reading) {
                readings.append(reading)
            }
        }
        return readings
    }

    /// The term as Russian news writes a Ukrainian name, in Cyrillic: a first name as Russian
    /// has it (`Volodymyr`: `Владимир`, `Oleksii`: `Алексей`, `Dmytro`: `Дмитрий`), the other
    /// words letter by letter, `h` as `г`, a closing `-skyi` `-ский`, `-yi` `-ый`, `-ii` `-ий`
    /// (`Syrskyi`: `Сырский`; `Zaluzhnyi`: `Залужный`; `Shmyhal`: `Шмыгал`). Ukrainian's `и`,
    /// written `y`, is Russian's `ы` in some names and `и` in others (`Сырский`, `Тимошенко`):
    /// both are given. For Cyrillic words only, and declined there (`EastSlavicCases`).
    static func russianCyrillic(of term: String) -> [String] {
        guard mayBeShaped(term), let words = nameWords(term) else { return [] }
        var spellings: [String] = []
        for yAsI in [false, true] {
            var written: [String] = []
            for word in words {
                if let name = russianFirstNames[word.lowercased()] {
                    written.append(name)
                    continue
                }
                guard let cyrillic = russian(Array(word.lowercased().utf8), yAsI: yAsI) else { return spellings }
                written.append(cyrillic.prefix(1).uppercased() + cyrillic.dropFirst())
            }
            let spelling = written.joined(separator: " ")
            if !spellings.contains(spelling) { spellings.append(spelling) }
        }
        return spellings
    }

    /// A lower-case word of the romanization in Russian Cyrillic (see `russianCyrillic(of:)`),
    /// or nil when it has a letter the romanization does not write.
    private static func russian(_ lower: [UInt8], yAsI: Bool) -> String? {
        let count = lower.count
        var end = count
        var closing = ""
        let last2 = count >= 4 ? String(decoding: lower.suffix(2), as: UTF8.self) : ""
        if count >= 4 && !isVowel(lower[count - 3]) && ["yi", "yy", "iy", "ii"].contains(last2) {
            end = count - 2
            // After `к`, `г`, `х` the adjective's `-ий`, after other consonants `-ый`; a noun's
            // `-ій` is `-ий`.
            let isGuttural = "kgh".utf8.contains(lower[count - 3])
            closing = last2.hasPrefix("i") || isGuttural ? "ий" : "ый"
        } else if count >= 4 && lower[count - 1] == UInt8(ascii: "y") && !isVowel(lower[count - 2]) {
            end = count - 1
            closing = "kgh".utf8.contains(lower[count - 2]) ? "ий" : "ый"
        }
        var out = ""
        var index = 0
        while index < end {
            let byte = lower[index]
            let previous = index > 0 ? lower[index - 1] : 0x20
            let next = index + 1 < end ? lower[index + 1] : 0x20
            if let digraph = digraph(in: lower, at: index, end: end) {
                out += ["shch": "щ", "zh": "ж", "kh": "х", "ch": "ч", "sh": "ш", "ts": "ц"][digraph]!
                index += digraph.utf8.count
                continue
            }
            // `я`, `ю`, `е` (Ukrainian `є`): `ya`, `yu`, `ye` at a word's start or after a vowel,
            // `ia`, `iu`, `ie` or `ya`, `yu`, `ye` after a consonant.
            if (byte == UInt8(ascii: "y") || (byte == UInt8(ascii: "i") && index > 0 && !isVowel(previous)))
                && "aue".utf8.contains(next)
            {
                out += next == UInt8(ascii: "a") ? "я" : next == UInt8(ascii: "u") ? "ю" : "е"
                index += 2
                continue
            }
            switch byte {
            case UInt8(ascii: "y"): out += isVowel(previous) && index > 0 ? "й" : yAsI ? "и" : "ы"
            case UInt8(ascii: "i") where index > 0 && isVowel(previous) && !isVowel(next): out += "й"
            default:
                guard let letter = russianLetters[byte] else { return nil }
                out += letter
            }
            index += 1
        }
        return out + closing
    }

    private static let russianLetters: [UInt8: String] = {
        let parts = "a а b б v в h г g г d д e е z з i и k к l л m м n н o о p п r р s с t т u у f ф"
            .split(separator: " ")
        var letters: [UInt8: String] = [:]
        for index in stride(from: 0, to: parts.count, by: 2) {
            letters[parts[index].utf8.first!] = String(parts[index + 1])
        }
        return letters
    }()

    /// Ukrainian first names, as the national romanization and the older one write them, and
    /// the Russian names Russian news gives the same people.
    private static let russianFirstNames: [String: String] = {
        let names: [(String, String)] = [
            ("volodymyr", "Владимир"), ("oleksandr", "Александр"), ("oleksii oleksiy", "Алексей"),
            ("andrii andriy", "Андрей"), ("serhii serhiy", "Сергей"), ("dmytro", "Дмитрий"), ("mykola", "Николай"),
            ("mykhailo mykhaylo", "Михаил"), ("yurii yuriy", "Юрий"), ("vitalii vitaliy", "Виталий"),
            ("petro", "Петр"), ("pavlo", "Павел"), ("hryhorii hryhoriy", "Григорий"), ("kyrylo", "Кирилл"),
            ("denys", "Денис"), ("ihor", "Игорь"), ("oleh", "Олег"), ("vasyl", "Василий"),
            ("yevhen yevhenii", "Евгений"), ("anatolii anatoliy", "Анатолий"), ("valerii valeriy", "Валерий"),
            ("bohdan", "Богдан"), ("heorhii heorhiy", "Георгий"), ("arsenii arseniy", "Арсений"),
            ("vadym", "Вадим"), ("maksym", "Максим"), ("olena", "Елена"), ("iryna", "Ирина"),
            ("tetiana tetyana", "Татьяна"), ("nataliia natalia", "Наталья"), ("halyna", "Галина"),
            ("liudmyla lyudmyla", "Людмила"), ("olha", "Ольга"), ("yuliia yulia", "Юлия"),
            ("mariia", "Мария"), ("oleksandra", "Александра"), ("viktoriia", "Виктория"),
        ]
        var table: [String: String] = [:]
        for (spellings, russian) in names {
            for spelling in spellings.split(separator: " ") { table[String(spelling)] = russian }
        }
        return table
    }()

    /// The words of a term that is a name (each word capitalized, of ASCII letters, not an
    /// acronym), or nil.
    private static func nameWords(_ term: String) -> [String]? {
        let words = term.split(separator: " ").map(String.init)
        let isName = { (word: String) in
            word.utf8.count >= 2 && word.utf8.first! &- UInt8(ascii: "A") < 26
                && word.utf8.dropFirst().allSatisfy { $0 &- UInt8(ascii: "a") < 26 }
        }
        return !words.isEmpty && words.allSatisfy(isName) ? words : nil
    }

    /// Whether a capitalized word of ASCII letters is shaped as the romanization writes Ukrainian
    /// (see the type); letters it never writes (`c` but in `ch`, `q`, `w`, `x`) say it is not.
    static func isShaped(_ word: String) -> Bool {
        word.utf8.withContiguousStorageIfAvailable { isShaped($0) }
            ?? isShaped(Array(word.utf8).withUnsafeBufferPointer { $0 })
    }

    /// `word` with Ukraine's closing `-yi`, `-yy` (the adjective's `-ий`: `Syrskyi`, `Zelenskyy`)
    /// written `-y`, as the other romanizations write it (`Syrsky`), when it is shaped so; else
    /// `word`. What the neighbours' respellings start from (Hungarian `Szirszkij`, Greek `Σίρσκι`).
    static func closingAdjectiveAsY(_ word: String) -> String {
        let bytes = word.utf8
        guard bytes.count >= 4, bytes.dropLast().last.map({ $0 | 0x20 }) == UInt8(ascii: "y"),
            let last = bytes.last.map({ $0 | 0x20 }), last == UInt8(ascii: "i") || last == UInt8(ascii: "y"),
            isShaped(word)
        else { return word }
        return String(word.dropLast())
    }

    /// Whether `term` holds a word `isShaped` takes, read from its bytes without splitting it:
    /// most terms have none, and compiling 20,000 terms asks for each of them several times.
    static func mayBeShaped(_ term: String) -> Bool {
        term.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x20 { end += 1 }
                if isShaped(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
                start = end + 1
            }
            return false
        } ?? true
    }

    /// `isShaped` of a word's bytes, in either case.
    private static func isShaped(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        guard count >= 4 else { return false }
        func at(_ index: Int) -> UInt8 { word[index] | 0x20 }
        func hasPair(_ first: Character, _ second: Character) -> Bool {
            (1..<count).contains { at($0 - 1) == first.asciiValue! && at($0) == second.asciiValue! }
        }
        for index in 0..<count {
            switch at(index) {
            case UInt8(ascii: "q"), UInt8(ascii: "w"), UInt8(ascii: "x"): return false
            case UInt8(ascii: "c") where index + 1 >= count || at(index + 1) != UInt8(ascii: "h"): return false
            case UInt8(ascii: "a")...UInt8(ascii: "z"): continue
            default: return false
            }
        }
        if firstNameBytes.contains(where: { name in
            name.count == count && name.indices.allSatisfy { name[$0] == at($0) }
        }) {
            return true
        }
        let y = UInt8(ascii: "y")
        let i = UInt8(ascii: "i")
        if (at(count - 1) == i || at(count - 1) == y) && (at(count - 2) == i || at(count - 2) == y)
            && !isVowel(at(count - 3))
        {
            return true
        }
        if at(0) == y && "aeu".utf8.contains(at(1)) { return true }
        // A `y` between consonants is a vowel in English words too (`System`, `Style`, `Lynn`):
        // it tells Ukrainian beside a digraph or an ending of the region's surnames (`Shmyhal`,
        // `Tymoshenko`, `Hrytsenko`).
        guard (1..<(count - 1)).contains(where: { at($0) == y && !isVowel(at($0 - 1)) && !isVowel(at($0 + 1)) })
        else { return false }
        if hasPair("k", "h") || hasPair("z", "h") || hasPair("s", "h") || hasPair("c", "h") || hasPair("t", "s") {
            return true
        }
        return ["enko", "chuk", "yuk", "ych", "iv"].contains { ending in
            ending.utf8.count <= count
                && zip(ending.utf8, (count - ending.utf8.count)..<count).allSatisfy { $0 == at($1) }
        }
    }

    /// The romanization's letters for one Cyrillic letter that begin at `index` of a lower-case
    /// word and end by `end` (`shch`, `zh`, `kh`, `ch`, `sh`, `ts`), or nil.
    private static func digraph(in lower: [UInt8], at index: Int, end: Int) -> String? {
        ["shch", "zh", "kh", "ch", "sh", "ts"].first { spelled in
            index + spelled.utf8.count <= end && lower[index..<index + spelled.utf8.count].elementsEqual(spelled.utf8)
        }
    }

    /// The table's first names, as bytes.
    private static let firstNameBytes: [[UInt8]] = russianFirstNames.keys.sorted().map { Array($0.utf8) }

    /// A word of the name in Serbian Latin (see `serbianLatin(of:)`), its capital kept.
    private static func latin(_ word: [UInt8], hAsG: Bool, iaAsIja: Bool, softL: Bool) -> String {
        let lower = word.map { $0 | 0x20 }
        let count = lower.count
        // A closing adjective's `-ий` (`-yi`, `-yy`, or `-y` after `k`: `Zelensky`) is `-i`; a
        // noun's `-ій` (`-iy`, `-ii`) is `-ij`.
        var end = count
        var closing = ""
        if count >= 4 && !isVowel(lower[count - 3]) {
            let last2 = String(decoding: lower.suffix(2), as: UTF8.self)
            if last2 == "yi" || last2 == "yy" {
                end = count - 2
                closing = "i"
            } else if last2 == "iy" || last2 == "ii" {
                end = count - 2
                closing = "ij"
            }
        }
        if closing.isEmpty && count >= 4 && lower[count - 1] == UInt8(ascii: "y") && !isVowel(lower[count - 2]) {
            end = count - 1
            closing = "i"
        }
        var out = ""
        var index = 0
        while index < end {
            let byte = lower[index]
            let previous = index > 0 ? lower[index - 1] : 0x20
            let next = index + 1 < count ? lower[index + 1] : 0x20
            if let digraph = digraph(in: lower, at: index, end: end) {
                out += ["shch": "šč", "zh": "ž", "kh": "h", "ch": "č", "sh": "š", "ts": "c"][digraph]!
                index += digraph.utf8.count
                continue
            }
            switch byte {
            case UInt8(ascii: "y"):
                // `й`, or the `j` of `я`, `ю`, `є` (a word's first letter, after a vowel, or a
                // consonant's before a vowel: `Podolyak`); else the vowel `и`.
                out += index == 0 || isVowel(previous) || isVowel(next) ? "j" : "i"
            case UInt8(ascii: "i") where index > 0 && isVowel(previous) && !isVowel(next):
                // `й` after a vowel (`Mykhailo`: `Mihajlo`).
                out += "j"
            case UInt8(ascii: "i") where index > 0 && !isVowel(previous) && "aeu".utf8.contains(next):
                // `я`, `є`, `ю` after a consonant (`Podoliak`: `Podoljak`), or `ія` (`Yulia`: `Julija`).
                out += iaAsIja ? "ij" : "j"
            case UInt8(ascii: "h") where hAsG: out += "g"
            default: out += String(UnicodeScalar(byte))
            }
            index += 1
        }
        // A closing `-ль` (`Шмигаль`), which the romanization writes `l`: `lj`.
        if softL && closing.isEmpty && out.hasSuffix("l") && count >= 4 && isVowel(lower[count - 2]) { out += "j" }
        out += closing
        return word[0] < UInt8(ascii: "a") ? out.prefix(1).uppercased() + out.dropFirst() : out
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i")
            || byte == UInt8(ascii: "o") || byte == UInt8(ascii: "u") || byte == UInt8(ascii: "y")
    }
}
