import FeedText

/// A name's case forms in Russian and Ukrainian news, as folding romanizes them: both decline
/// names as any noun, so `Путін` is `Путіна` (of Putin), `Путіну`, `Путінові` (to him), `Путіним`
/// (with him), `Путіні` (about him), read as `Putina`, `Putinu`, `Putinovi`, `Putinym`, `Putini`;
/// Зеленський is `Зеленського` (`Zelenskoho`; Russian `Зеленского`, `Zelenskogo`), `Зеленському`,
/// `Зеленським`; Харків `Харкова`, `Харкові`. Most mentions of a person in such a text are in
/// one of them (`зустріч із Зеленським`), so a topic that names `Zelensky` or `Putin` misses
/// them unless they are matched.
///
/// A term written in Latin letters is given the forms as folding writes Russian and Ukrainian
/// text (Ukraine's national transliteration and English news' Russian: `г` is `h` in one and `g`
/// in the other, `и` `y` in one and `i` in the other), both sets, since a form one language
/// never writes costs nothing. A term in Russian or Ukrainian Cyrillic (`Путін`, `Херсон`) is
/// declined in Cyrillic and its forms romanized both ways (`Херсону` as `Khersonu`), as folding
/// reads the text. Only names are declined (capitalized words, not all in capitals), each word
/// of a phrase in the same case (`Volodymyr Zelensky`, `Volodymyra Zelenskoho`), and the tagger
/// reads these forms in Russian and Ukrainian articles only, where they are capitalized words of
/// Cyrillic text.
enum EastSlavicCases {
    /// The forms of `term` in the genitive, dative, accusative, instrumental and locative, each
    /// word of a phrase in the same case, without the term itself; none for a prefix term or a
    /// term with no name in it.
    ///
    /// A Cyrillic phrase that begins with a name declines its words in lower case too
    /// (`Европейский союз`, `Европейского союза`), and is also given with its first word declined
    /// alone, for a name whose other words are a genitive already (`Совет безопасности`, `Совета
    /// безопасности`).
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*"), term.contains(where: \.isUppercase) else { return [] }
        let words = term.split(separator: " ").map(String.init)
        let isCyrillic = words.contains { isCyrillicName(Array($0)) }
        guard isCyrillic else {
            // A name of the region's Latin (`Vučić`) is declined as these languages write it,
            // `Вучич`: `Вучича`, `Вучичу`, `Вучичем`; a Russian name romanized as folding does
            // not read it (`Sergei`, `Shoigu`) as Russian writes it, `Сергей`: `Сергея`, `Сергеем`;
            // a Ukrainian name in an older romanization (`Andriy Yermak`) as the national one
            // reads the Ukrainian, `Andrii Yermak`: `Andriia Yermaka`; and as Russian writes the
            // man, `Андрей Ермак`: `Андрея Ермака`.
            var forms = PhraseCases.spellings(of: words, forms: words.map(endings(of:)))
            for written in SouthSlavicLatinNames.eastSlavicCyrillic(of: term) + RussianSpelling.cyrillic(of: term)
                + UkrainianSpelling.nationalSpelling(of: term) + UkrainianSpelling.russianCyrillic(of: term)
            {
                for form in EastSlavicCases.forms(of: written) where !forms.contains(form) { forms.append(form) }
            }
            return forms
        }
        let leadsWithName = isCyrillicName(Array(words[0]))
        let declined = words.map { cyrillicEndings(of: $0, inLowerCase: leadsWithName) }
        var spellings = PhraseCases.spellings(of: words, forms: declined)
        if words.count >= 2, let first = declined[0] {
            for form in first.joined() {
                let spelling = ([form] + words.dropFirst()).joined(separator: " ")
                if !spellings.contains(spelling) { spellings.append(spelling) }
            }
        }
        var forms: [String] = []
        for spelling in spellings {
            for form in romanized(spelling) where !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// A Cyrillic form as folding reads Ukrainian and as it reads Russian text (or `spellings`),
    /// its names' capitals kept (the forms are matched as names).
    static func romanized(_ form: String, as spellings: [CyrillicSpelling] = [.ukrainian, .russian]) -> [String] {
        var romanized: [String] = []
        let sourceWords = form.split(separator: " ")
        for spelling in spellings {
            let folded = FoldedText(form, cyrillic: spelling)
            guard folded.words.count == sourceWords.count else { continue }
            let words = zip(folded.words, sourceWords).map { word, source in
                let text = folded.string(word)
                if source.count > 1 && source.allSatisfy(\.isUppercase) {
                    return inCapitals(source, folded: text, as: spelling)
                }
                return source.first?.isUppercase == true ? text.prefix(1).uppercased() + text.dropFirst() : text
            }
            let spelled = words.joined(separator: " ")
            if !romanized.contains(spelled) { romanized.append(spelled) }
        }
        return romanized
    }

    /// An acronym (`США`, `ООН`) romanized with the capitals the text's letters begin (`SShA`,
    /// as `Ш` folds to `sh`): case-sensitive matching compares those.
    private static func inCapitals(_ word: Substring, folded: String, as spelling: CyrillicSpelling) -> String {
        var letters = ""
        for letter in word {
            let one = FoldedText(String(letter), cyrillic: spelling)
            guard let only = one.words.first else { return folded.uppercased() }
            let text = one.string(only)
            letters += text.prefix(1).uppercased() + text.dropFirst()
        }
        return letters.lowercased() == folded ? letters : folded.uppercased()
    }

    /// Whether a word is three Cyrillic letters or more in lower case, none of them Serbian's or
    /// Macedonian's own: a name's other word (`союз` in `Европейский союз`).
    private static func isCyrillicWordInLowerCase(_ letters: [Character]) -> Bool {
        letters.count >= 3
            && letters.allSatisfy { letter in
                letter.isLowercase && letter.unicodeScalars.allSatisfy { (0x400..<0x500).contains($0.value) }
                    && !"ђћџјљњѓќѕ".contains(letter)
            }
    }

    /// Whether a word is a Russian or Ukrainian name: three Cyrillic letters or more, capitalized
    /// and not all in capitals (`ЗСУ`), none of them Serbian's or Macedonian's own (their names
    /// decline as `SouthSlavicCases` says).
    static func isCyrillicName(_ letters: [Character]) -> Bool {
        guard letters.count >= 3, letters[0].isUppercase, letters.dropFirst().contains(where: \.isLowercase) else {
            return false
        }
        return letters.allSatisfy { letter in
            letter.unicodeScalars.allSatisfy { (0x400..<0x500).contains($0.value) }
                && !"ЂЋЏЈЉЊЃЌЅђћџјљњѓќѕ".contains(letter)
        }
    }

    /// A Cyrillic word's forms in each case (by `caseCount`), or nil when it is no name or does
    /// not decline (`Шойгу`).
    static func cyrillicEndings(of word: String, inLowerCase: Bool = false) -> [[String]]? {
        let letters = Array(word)
        guard isCyrillicName(letters) || (inLowerCase && isCyrillicWordInLowerCase(letters)) else { return nil }
        let lower = Array(word.lowercased())
        func with(_ stems: [String], _ cases: [[String]]) -> [[String]] {
            cases.map { endings in stems.flatMap { stem in endings.map { stem + $0 } } }
        }
        let last = lower[lower.count - 1]
        let beforeLast = lower[lower.count - 2]
        switch last {
        case "я" where beforeLast == "а":
            // A Russian feminine adjective (`Северная`, `Саудовская`): Северной, Северную.
            return with([String(letters.dropLast(2))], [["ой"], ["ой"], ["ую"], ["ой", "ою"], ["ой"]])
        case "й" where "иіыо".contains(beforeLast):
            // Adjectival: `Зеленський`, `Зеленский`, `Залужний`, `Толстой`.
            var cases = with(
                [String(letters.dropLast(2))],
                [["ого"], ["ому"], ["ого"], ["им", "ым"], ["ому", "ім", "ом"]])
            // A first name in `-ий`, `-ій` is a noun (`Дмитрий`, `Юрий`, `Євгеній`: Дмитрия,
            // Юрием, Євгенія), and may end as an adjective does (`Евгений`, `Залужний`): both,
            // but after the consonants of `-ский`, `-цкий`.
            if "иі".contains(beforeLast) && lower.count >= 4 && !"кцчжшщ".contains(lower[lower.count - 3]) {
                let nouns = with(
                    [String(letters.dropLast())], [["я"], ["ю"], ["я"], ["ем", "єм"], ["и", "ї", "і"]])
                cases = zip(cases, nouns).map { $0 + $1 }
            }
            return cases
        case "й":
            // `Андрій`, `Сергей`: Андрія, Сергея, Андрієм.
            return with(
                [String(letters.dropLast())],
                [["я"], ["ю", "єві"], ["я"], ["єм", "ем"], ["ї", "ю", "е", "і"]])
        case "а":
            // A noun's (`Москва`: Москви, Москві) or, after a consonant, a Ukrainian feminine
            // adjective's and a woman's surname's (`Велика Британія`, `Венедіктова`: Великої
            // Британії, Венедіктової, Великій, Венедіктовій); Russian's are in `-ая`, and `-ой`.
            let adjectival = "аеєиіїоуюяь".contains(beforeLast) ? [] : ["ої", "ій"]
            return with(
                [String(letters.dropLast())],
                [
                    ["и", "ы", "і", "ой"] + adjectival.prefix(1), ["і", "е", "ой"] + adjectival.suffix(1), ["у"],
                    ["ою", "ой", "ею", "ей"], ["і", "е", "ой"] + adjectival.suffix(1),
                ])
        case "я":
            // `Юлія`, `Росія`, `Россия`: Юлії, России, Росію.
            return with(
                [String(letters.dropLast())],
                [["ї", "и", "і"], ["ї", "и", "і"], ["ю"], ["єю", "ей", "ею"], ["ї", "и", "і"]])
        case "о":
            // Ukrainian declines a man's `-ко` surname (`Порошенко`, `Порошенка`).
            return with(
                [String(letters.dropLast())],
                [["а"], ["у", "ові"], ["а"], ["ом"], ["у", "ові", "і"]])
        case "е" where beforeLast == "ь":
            // A Russian neuter in `-ье` (`Запорожье`, `Приморье`): Запорожья, Запорожью, Запорожьем.
            return with([String(letters.dropLast())], [["я"], ["ю"], ["е"], ["ем"], ["е"]])
        case "ь":
            // A soft sign (`Маріуполь`, `Ірпінь`, `Игорь`), and a Ukrainian `і` that changes its
            // vowel (`Ірпеня`).
            let stems = [String(letters.dropLast())] + UkrainianAlternation.stems(of: word)
            // A feminine one (`Білорусь`, `Беларусь`) takes `і`, `и`: Білорусі, Беларуси.
            return with(stems, [["я", "і", "и"], ["ю", "еві", "і", "и"], ["я"], ["ем"], ["і", "е", "и"]])
        default:
            guard !"еєиіїуюыэё".contains(last) else { return nil }
            // A consonant (`Путін`, `Херсон`, `Бахмут`, `Харків`: Харкова).
            let stems = [word] + UkrainianAlternation.stems(of: word)
            let isPossessiveSurname = ["ін", "ин", "ов", "ев", "ів", "ын"].contains { lower.suffix(2) == Array($0) }
            var instrumental = "жшчщц".contains(last) ? ["ем", "ом"] : ["ом"]
            if isPossessiveSurname { instrumental += ["им", "ым"] }
            // A thing's genitive is often `-у` in Ukrainian (`Союзу`).
            return with(stems, [["а", "у"], ["у", "ові"], ["а"], instrumental, ["і", "е", "у", "ові"]])
        }
    }

    /// Genitive, dative, accusative, instrumental, locative.
    private static let caseCount = 5

    /// A word's forms in each case (by `caseCount`), or nil when it is no name or does not
    /// decline (`Shoigu`, `Rutte`: names in `-u`, `-e`, `-i` keep their ending in both languages).
    static func endings(of word: String) -> [[String]]? {
        let letters = Array(word)
        guard SouthSlavicCases.isName(letters) else { return nil }
        let lower = word.lowercased()
        // Adjectival surnames and places (`Zelensky`, `Navalny`, `Syrskyi`, `Trotsky`) in any
        // of the romanizations `SlavicNameEndings` knows.
        if let ending = adjectivalEndings.first(where: lower.hasSuffix), letters.count - ending.count >= 3 {
            // The stem keeps the ending's consonants: `Zelensk`, `Navaln`.
            let vowels = ending.count - (ending.hasPrefix("sk") ? 2 : 1)
            return PhraseCases.forms(
                letters.dropLast(vowels),
                [
                    ["ogo", "oho"], ["omu"], ["ogo", "oho"], ["im", "ym"], ["om", "omu", "im"],
                ])
        }
        // `Tikhanovskaya` (Russian), `Tykhanovska` (Ukrainian).
        if lower.hasSuffix("aya") && letters.count >= 6 {
            return PhraseCases.forms(letters.dropLast(3), [["oy"], ["oy"], ["uyu"], ["oy", "oyu"], ["oy"]])
        }
        if lower.hasSuffix("ska") && letters.count >= 6 {
            return PhraseCases.forms(
                letters.dropLast(1), [["oi", "oy"], ["ii", "oy"], ["u", "uyu"], ["oiu", "oy"], ["ii", "oy"]])
        }
        switch lower.last {
        case "a":
            // `Yulia`, `Nikita`, `Obama`: Юлії, Юлии, Юлію; Обами, Обамы, Обамі, Обаме, Обамою; a
            // woman's surname as an adjective (`Venediktova`, `Zakharova`): Венедіктової,
            // Венедіктовій, Захаровой.
            return PhraseCases.forms(
                letters.dropLast(),
                [
                    ["y", "i", "ii", "oi", "oy"], ["e", "i", "ii", "oy"], ["u", "iu", "yu"],
                    ["oiu", "oy", "oyu", "eiu", "ey"], ["e", "i", "ii", "oy"],
                ])
        case "o":
            // Ukrainian declines a man's `-ko` surname (`Poroshenko`: Порошенка, Порошенкові),
            // Russian does not.
            return PhraseCases.forms(letters.dropLast(), [["a"], ["u", "ovi"], ["a"], ["om"], ["u", "ovi", "i"]])
        case "e", "i", "u", "y": return nil
        default:
            guard letters.last!.isLetter else { return nil }
            var stems = [word]
            // Ukrainian `-iv` places change their vowel: Харків, Харкова; Львів, Львова; Київ,
            // Києва (`Kyieva`).
            if lower.hasSuffix("yiv") {
                stems.append(String(letters.dropLast(2)) + "iev")
            } else if lower.hasSuffix("iv") && letters.count >= 5 {
                stems.append(String(letters.dropLast(2)) + "ov")
            }
            // Surnames in `-in`, `-yn`, `-ov`, `-ev` take an adjective's instrumental (Путіним,
            // Лавровым), other names a noun's (Байденом); after a hushing consonant `-em`.
            let isPossessiveSurname = ["in", "yn", "ov", "ev", "iv"].contains(where: lower.hasSuffix)
            let isHushing = ["zh", "sh", "ch", "ts"].contains(where: lower.hasSuffix)
            var instrumental = isHushing ? ["em", "om"] : ["om"]
            if isPossessiveSurname { instrumental.append("ym") }
            var cases: [[String]] = [["a"], ["u", "ovi"], ["a"], instrumental, ["e", "i", "ovi"]]
            // A soft last consonant (Маріуполь, Маріуполя; Ігор, Ігоря; Ірпінь) takes `я`, `ю`.
            if ["l", "n", "r"].contains(lower.last) {
                cases[0] += ["ia", "ya"]
                cases[1] += ["iu", "yu", "evi"]
                cases[2] += ["ia", "ya"]
                cases[3] += ["em"]
            }
            var all = [[String]](repeating: [], count: caseCount)
            for stem in stems {
                for (index, forms) in PhraseCases.forms(stem, cases).enumerated() { all[index] += forms }
            }
            return all
        }
    }

    private static let adjectivalEndings = [
        "skyy", "skyi", "skiy", "skii", "skyj", "skij", "sky", "ski",
        "nyy", "nyi", "niy", "nii", "nyj", "nij", "ny",
    ]
}
