/// A name's case forms in Serbian, Croatian, Bosnian and Montenegrin news, which decline names
/// as they do any noun: `Vučić` is `Vučića` (of Vučić, or him as an object), `Vučiću` (to him,
/// about him), `Vučićem` (with him); `Srbija` is `Srbije`, `Srbiji`, `Srbiju`, `Srbijom`; `Kosovo`
/// `Kosova`, `Kosovu`, `Kosovom`. A headline writes `Sastanak Vučića i Kurtija u Briselu`, so a
/// topic that names `Vučić` and `Kurti` misses it unless their forms are matched. A one-word name
/// also has a possessive adjective (`Vučićeva stranka`, `Kurtijeva vlada`), which is matched too.
///
/// Only names are declined: capitalized words, not all in capitals (`NATO`, `EU` are written as
/// they are, or `NATO-a`, which matches already), of letters only. The endings are the regular
/// ones of the four standards (they decline alike), and where a name could go two ways (a
/// noun's or an adjective's dative, `Republici` or `Srpskoj`; a vowel dropped or kept,
/// `Aleksandra`, `Mostara`) both forms are given: a form no text writes costs nothing, one that
/// is missed is a missed tag. In a phrase every name takes the same case (`Crne Gore`, `Crnoj
/// Gori`), and a woman's surname, which does not decline, is also kept whole (`Ane Brnabić`).
///
/// Slovenian declines names nearly so, and its own endings are given with them (`Srbijo`,
/// `Zelenskega`, `Zelenskemu`, `na Hrvaškem`, `Rutteja`): a form the other four never write costs
/// nothing, and Slovenia's outlets are read with the region's.
///
/// The tagger reads these forms only in articles in those languages: in English `Gaze` and
/// `Cube` are words of their own.
enum SouthSlavicCases {
    /// `forms(of:)`, and for a Russian or Ukrainian name the way these languages write it, with
    /// its forms (`Shoigu`: `Šojgu`, `Šojgua`, `Šojguom`; `Yermak`: `Jermak`, `Jermakom`; see
    /// `RussianSpelling.serbianLatin(of:)`, `UkrainianSpelling.serbianLatin(of:)`).
    static func formsWithRussianReading(of term: String) -> [String] {
        var forms = forms(of: term)
        for reading in RussianSpelling.serbianLatin(of: term) + UkrainianSpelling.serbianLatin(of: term) {
            for form in [reading] + self.forms(of: reading) where !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// The forms of `term` in the genitive, dative and locative, accusative and instrumental,
    /// every word of a phrase in the same case (an accusative that is the nominative, as a
    /// thing's is, is the term itself), without the term itself; none for a prefix term (it
    /// matches them all already) or a term with no name in it. A Serbian Cyrillic term is given
    /// its forms in Latin, which match Serbian text in either script as its words are folded.
    ///
    /// A phrase that begins with a name declines its words in lower case too, as the region
    /// writes a name's other words (`Evropska unija`, `Evropskoj uniji`), and is also given with
    /// its first word declined alone, for a name whose other words are a genitive already
    /// (`Vlada Srbije`, `Vlade Srbije`; `Savet bezbednosti`, `Saveta bezbednosti`).
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*"), term.contains(where: \.isUppercase) else { return [] }
        let latin = SouthSlavicLatinNames.serbianLatin(term) ?? term
        let words = latin.split(separator: " ").map(String.init)
        let leadsWithName = words.first.map { declension(of: $0) != nil } ?? false
        let declined = words.map { declension(of: $0, inLowerCase: leadsWithName) }
        guard declined.contains(where: { $0 != nil }) else { return [] }
        // A woman's name (`Ana Brnabić`): a first name in -a before a surname that ends in a
        // consonant, which then stays as it is.
        let womansName =
            words.count >= 2 && declined.first??.isFeminine == true && declined.last??.endsInConsonant == true
        var forms: [String] = []
        for grammaticalCase in GrammaticalCase.allCases {
            var spellings = [""]
            for (index, word) in words.enumerated() {
                let options = declined[index]?.forms[grammaticalCase] ?? [word]
                spellings = Array(
                    spellings.flatMap { start in options.map { start.isEmpty ? $0 : start + " " + $0 } }.prefix(limit))
            }
            if words.count >= 2, let first = declined[0]?.forms[grammaticalCase] {
                spellings += first.map { ([$0] + words.dropFirst()).joined(separator: " ") }
            }
            if womansName {
                spellings += [
                    words.enumerated().map { index, word in
                        guard let declension = declined[index], !declension.endsInConsonant else { return word }
                        return declension.forms[grammaticalCase]?.first ?? word
                    }.joined(separator: " ")
                ]
            }
            for spelling in spellings where spelling != latin && spelling != term && !forms.contains(spelling) {
                forms.append(spelling)
            }
        }
        var all = Array(forms.prefix(limit))
        if words.count == 1 {
            for possessive in possessives(of: latin) where possessive != latin && !all.contains(possessive) {
                all.append(possessive)
            }
        }
        // Serbian writes a foreign name as it sounds, a doubled consonant once (`Rutte`: `Rute`,
        // `Rutea`, `Ruteom`; `Mattarella`: `Matarela`), and so is given those spellings too.
        if let singled = singledSpelling(of: latin) {
            for form in [singled] + SouthSlavicCases.forms(of: singled) where form != term && !all.contains(form) {
                all.append(form)
            }
        }
        return all
    }

    /// `term` with each doubled consonant of its names (capitalized words of five letters or
    /// more, in Latin) written once; nil when it has none. Shorter words are left (`Anna` is not
    /// `Ana`, a name of its own).
    static func singledSpelling(of term: String) -> String? {
        var changed = false
        let words = term.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            guard word.count >= 5, word.first?.isUppercase == true, word.allSatisfy(\.isLetter) else {
                return String(word)
            }
            var letters: [Character] = []
            for letter in word {
                let lower = Character(letter.lowercased())
                if let last = letters.last, Character(last.lowercased()) == lower, "bdfgklmnprstvz".contains(lower) {
                    changed = true
                    continue
                }
                letters.append(letter)
            }
            return String(letters)
        }
        return changed ? words.joined(separator: " ") : nil
    }

    /// The possessive adjective of a one-word name in its forms: the region writes `Vučićeva
    /// stranka`, `Kurtijeva vlada`, `Putinov rat`, `Ramina koalicija` more than "the party of
    /// Vučić", and a topic that names `Vučić` means those too. Built as the standards build it:
    /// `-ev` after a soft consonant (`Vučićev`), `-jev` after a vowel `i` (`Kurtijev`), `-ljev`
    /// after a surname's own `-ov` or `-ev` (`Lavrovljev`), `-in` for a name in `-a` (`Ramin`),
    /// else `-ov` (`Putinov`, `Rutteov`, `Markov` for `Marko`); an adjectival surname
    /// (`Zelenski`) has none, its genitive serves. A name that could lose its last `a`
    /// (`Aleksandar`) is given both stems, as its cases are.
    static func possessives(of word: String) -> [String] {
        let letters = Array(word)
        guard isName(letters) else { return [] }
        let lower = word.lowercased()
        guard !adjectivalMasculine.contains(where: lower.hasSuffix) else { return [] }
        let stem = String(letters.dropLast())
        let bases: [String]
        switch lower.last {
        case "a": bases = [stem + "in"]
        case "o": bases = [stem + "ov"]
        case "e": bases = [word + "ov"]
        case "i", "y": bases = [word + "jev"]
        case "u": return []
        default:
            if lower.hasSuffix("ov") || lower.hasSuffix("ev") {
                bases = [word + "ljev"]
            } else {
                let suffix = softConsonants.contains(lower.last!) ? "ev" : "ov"
                var stems = [word]
                if let dropped = droppingFleetingA(letters) { stems.append(dropped) }
                bases = stems.map { $0 + suffix }
            }
        }
        return bases.flatMap { base in possessiveEndings.map { base + $0 } }
    }

    /// The endings of a possessive adjective: each gender and number in each case.
    private static let possessiveEndings = [
        "", "a", "o", "og", "oga", "om", "ome", "omu", "u", "i", "e", "ih", "im", "ima",
    ]

    /// `Aleksandar` as `Aleksandr`, `Kragujevac` as `Kragujevc`: a last syllable `-ar`, `-ac` or
    /// `-ak` after a consonant, whose `a` the other forms may drop; nil for any other name.
    private static func droppingFleetingA(_ letters: [Character]) -> String? {
        guard letters.count >= 5, letters[letters.count - 2] == "a",
            ["r", "c", "k"].contains(Character(letters[letters.count - 1].lowercased())),
            !vowels.contains(Character(letters[letters.count - 3].lowercased()))
        else { return nil }
        return String(letters.dropLast(2)) + String(letters[letters.count - 1])
    }

    /// At most this many forms of one term (a phrase of several names has as many as the product
    /// of its words' options).
    static let limit = 24

    enum GrammaticalCase: CaseIterable {
        case genitive
        /// Also the locative, which has its endings.
        case dative
        case accusative
        case instrumental
    }

    struct Declension {
        var forms: [GrammaticalCase: [String]]
        var isFeminine = false
        var endsInConsonant = false
    }

    /// How one word declines, or nil when it is not a name (nor, with `inLowerCase`, a word in
    /// lower case).
    static func declension(of word: String, inLowerCase: Bool = false) -> Declension? {
        let letters = Array(word)
        guard isName(letters, orInLowerCase: inLowerCase) else { return nil }
        let lower = word.lowercased()
        let stem = String(letters.dropLast())
        func endings(_ base: String, _ endings: [String]) -> [String] { endings.map { base + $0 } }
        // Adjectival surnames and names (`Zelenski`, `Zelensky`, `Hrvatska`) decline as
        // adjectives.
        if let ending = adjectivalMasculine.first(where: lower.hasSuffix), letters.count - ending.count >= 3 {
            let base = String(letters.dropLast(ending.count)) + "sk"
            // Slovenian's are `-ega`, `-emu`, `-em` (`Zelenskega`, `Zelenskemu`).
            return Declension(forms: [
                .genitive: endings(base, ["og", "oga", "ega"]),
                .dative: endings(base, ["om", "ome", "omu", "emu", "em"]),
                .accusative: endings(base, ["og", "oga", "ega"]), .instrumental: endings(base, ["im"]),
            ])
        }
        switch lower.last {
        case "a":
            let isAdjective = adjectivalFeminine.contains(where: lower.hasSuffix)
            // Slovenian places named by an adjective are `na Hrvaškem`, `v Nemčiji`; its `Hrvaški`
            // (to Croatia) is South Slavic's adjective (`Hrvatski sabor`), and is not given.
            var dative = isAdjective ? [stem + "oj", stem + "em"] : [stem + "i", stem + "oj"]
            // `Amerika`, `Rijeka`, `Praga`: the dative and locative soften the consonant before
            // the ending (`Americi`, `Rijeci`); a person's name mostly keeps it (`Mirki`).
            if !isAdjective, let last = stem.last, let softened = softening[Character(last.lowercased())] {
                dative.append(String(stem.dropLast()) + (last.isUppercase ? softened.uppercased() : softened) + "i")
            }
            // Slovenian's accusative and instrumental are `-o` (`Srbijo`, `z Evropsko unijo`).
            return Declension(
                forms: [
                    .genitive: [stem + "e"], .dative: dative, .accusative: [stem + "u", stem + "o"],
                    .instrumental: [stem + "om", stem + "o"],
                ], isFeminine: true)
        case "o":
            return Declension(forms: [
                .genitive: [stem + "a"], .dative: [stem + "u"], .accusative: [stem + "a"],
                .instrumental: [stem + "om"],
            ])
        case "e":
            // `Rutte` keeps its vowel (`Ruttea`; Slovenian `Rutteja`); `Polje`, a place's noun,
            // drops it (`Polja`).
            return Declension(forms: [
                .genitive: [word + "a", stem + "a", word + "ja"], .dative: [word + "u", stem + "u", word + "ju"],
                .accusative: [word + "a", stem + "a", word + "ja"],
                .instrumental: [word + "om", stem + "em", word + "jem"],
            ])
        case "i", "y":
            // `Kurti`, `Kennedy`: `Kurtija`, `Kurtiju`, `Kurtijem`.
            var forms: [GrammaticalCase: [String]] = [
                .genitive: [word + "ja"], .dative: [word + "ju"], .accusative: [word + "ja"],
                .instrumental: [word + "jem"],
            ]
            // An East Slavic adjective's `-ный`, `-ний` after a consonant (`Navaljni`, `Zalužni`)
            // declines as an adjective too: `Navaljnog`, `o Navaljnom`, `sa Zalužnim`. A vowel
            // before the `n` is a noun's (`Meloni`, `Mancini`: `Melonija`).
            if lower.hasSuffix("ni"), letters.count >= 5, !vowels.contains(lower.dropLast(2).last!) {
                forms[.genitive]! += endings(stem, ["og", "oga", "ega"])
                forms[.dative]! += endings(stem, ["om", "ome", "omu", "emu", "em"])
                forms[.accusative]! += endings(stem, ["og", "oga", "ega"])
                forms[.instrumental]! += endings(stem, ["im"])
            }
            return Declension(forms: forms)
        case "u":
            // `Šojgu`, `Peru`, `Baku` keep it: `Šojgua`, `u Peruu`, `Šojguom`.
            return Declension(forms: [
                .genitive: [word + "a"], .dative: [word + "u"], .accusative: [word + "a"],
                .instrumental: [word + "om"],
            ])
        default:
            // A consonant. `Aleksandar`, `Kragujevac`, `Čačak` lose their last `a`
            // (`Aleksandra`, `Kragujevca`, `Čačka`), `Mostar`, `Novak` keep it: both are given.
            var stems = [word]
            if let dropped = droppingFleetingA(letters) { stems.append(dropped) }
            // After a soft consonant the instrumental is `-em` (`Vučićem`, `Kurtijem`).
            let instrumental = softConsonants.contains(lower.last!) ? "em" : "om"
            return Declension(
                forms: [
                    .genitive: stems.map { $0 + "a" }, .dative: stems.map { $0 + "u" },
                    .accusative: stems.map { $0 + "a" }, .instrumental: stems.map { $0 + instrumental },
                ], endsInConsonant: true)
        }
    }

    /// Whether a word is a name to decline: three Latin letters or more, capitalized and not all
    /// in capitals (`NATO` is written as it is); with `orInLowerCase`, also a word all in lower
    /// case (a name's other words, `unija` in `Europska unija`).
    static func isName(_ letters: [Character], orInLowerCase: Bool = false) -> Bool {
        guard letters.count >= 3, let first = letters.first,
            first.isUppercase || (orInLowerCase && !letters.contains(where: \.isUppercase)),
            letters.dropFirst().contains(where: \.isLowercase)
        else { return false }
        return letters.allSatisfy { $0.isLetter && $0.unicodeScalars.allSatisfy { $0.value < 0x0250 } }
    }

    private static let adjectivalMasculine = [
        "sky", "skyy", "skiy", "skyi", "skii", "skyj", "skij", "ski",
    ]
    private static let adjectivalFeminine = ["ska", "čka", "ška", "ćka", "cka"]
    private static let softening: [Character: String] = ["k": "c", "g": "z", "h": "s"]
    private static let softConsonants: Set<Character> = ["c", "ć", "č", "š", "ž", "đ", "j"]
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
}
