/// A name's case forms in Polish, Czech and Slovak news, folded as the text is (`ł` is `l`, `ě`
/// `e`): `Putin` is `Putina`, `Putinowi` (Polish) or `Putinovi`, `Putinem`, `Putinom` (Slovak),
/// `Putinie`; `Zelensky` `Zełenskiego` (Polish) or `Zelenského` (Czech, Slovak), `Zelenskim`,
/// `Zelenským`; `Ameryka` `Ameryce`; `Bachmut` `Bachmucie`. Poland's, Czechia's and Slovakia's
/// outlets write most mentions of a person in one of them (`rozmowa z Zełenskim`), so a topic
/// that names `Zelensky` misses them unless they are matched.
///
/// The three languages' endings are given together, since a form one of them never writes costs
/// nothing. Only names written in Latin are declined (see `SouthSlavicCases.isName`), each word
/// of a phrase in the same case. An East Slavic name in English romanization is also given as
/// Polish and as Czech and Slovak write it, folded (`Prigozhin`: Polish `Prigożyn`, Czech
/// `Prigožin`; `Zaluzhny`: `Załużny`, `Zalužnyj`; `Kharkiv`: `Charkiv`), and once more with the
/// `ie` Polish writes for a Russian `е` (`Peskov`: `Pieskow`; `Donetsk`: `Donieck`), with its
/// forms; their exonyms (`Kijów`, `Charków`) are `Exonyms`'. The tagger reads these forms in
/// Polish, Czech and Slovak articles only.
enum WestSlavicCases {
    /// The forms of `term` in the genitive, dative, accusative, instrumental and locative, each
    /// word of a phrase in the same case, without the term itself, and its spellings in Polish
    /// and in Czech and Slovak with theirs; none for a prefix term or a term with no name in it.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*"), term.contains(where: \.isUppercase) else { return [] }
        var forms: [String] = []
        // A respelled name's other endings too (`Zalužnyj` for `Zaluzhny`, see `SlavicNameEndings`).
        let respelled = spellings(of: term).flatMap { [$0] + SlavicNameEndings.variants(of: $0, isPrefix: false) }
        for spelling in [term] + respelled {
            if spelling != term && !forms.contains(spelling) { forms.append(spelling) }
            let words = spelling.split(separator: " ").map(String.init)
            // A name's later words may be in lower case, as Czech and Slovak write them
            // (`Evropská unie`, `Česká republika`): declined all the same.
            let cases = words.indices.map { endings(of: words[$0], inName: $0 > 0) }
            for form in PhraseCases.spellings(of: words, forms: cases)
            where form != term && !forms.contains(form) {
                forms.append(form)
            }
        }
        return forms
    }

    /// `term` as Polish and as Czech and Slovak news write its East Slavic names (shaped so, see
    /// `EastSlavicRespelling.isShaped(_:)`), folded: `zh` is `ż` or `ž` (`z`), `kh` `ch`,
    /// `sh` `sz` or `š` (`s`), `ch` `cz` or `č` (`c`), `ts` `c`, `v` `w` in Polish, a `y` before
    /// a vowel `j`, an `i` between a vowel and a consonant `j` (`Zaitsev`, `Zajcew`), and `zhi`,
    /// `shi`, `chi` Polish `ży`, `szy`, `czy`, `sky` Polish `ski` (`Zełenski`, `Syrski`); Polish
    /// also with `ie` for an `e` after a consonant (`Gierasimow`: Russian names write it so,
    /// Ukrainian ones not, and `Zielenski` costs only its forms). Empty when no word is shaped so.
    static func spellings(of term: String) -> [String] {
        // Most terms have no such word: told once, not by each language's rules.
        guard term.split(separator: " ").contains(where: { EastSlavicRespelling.isShaped(String($0)) }) else {
            return []
        }
        var spellings: [String] = []
        for rules in [polish, EastSlavicRespelling.Rules(rules: polish.rules, softensE: true), czech] {
            if let spelled = EastSlavicRespelling.spelling(of: term, by: rules), !spellings.contains(spelled) {
                spellings.append(spelled)
            }
        }
        return spellings
    }

    private static let polish = EastSlavicRespelling.Rules(rules: [
        ("shch", "szcz"), ("zhi", "zy"), ("shi", "szy"), ("chi", "czy"), ("zh", "z"), ("kh", "ch"), ("sh", "sz"),
        ("ch", "cz"), ("ts", "c"), ("v", "w"), ("sky", "ski"),
    ])
    private static let czech = EastSlavicRespelling.Rules(rules: [
        ("shch", "sc"), ("zh", "z"), ("kh", "ch"), ("sh", "s"), ("ch", "c"), ("ts", "c"),
    ])

    /// A word's forms in each case (genitive, dative, accusative, instrumental, locative), or nil
    /// when it is no name or does not decline; `inName`, a word after a name's first, which may be
    /// a noun in lower case of four letters or more (`unie`, `komise`, `republika`).
    static func endings(of word: String, inName: Bool = false) -> [[String]]? {
        let letters = Array(word)
        let isLowerCase = inName && letters.count >= 4 && letters.first?.isLowercase == true
        guard SouthSlavicCases.isName(letters, orInLowerCase: isLowerCase) else { return nil }
        let lower = word.lowercased()
        // Czech's and Slovak's soft nouns in `-e` (`unie`, `komise`): unie, unii, unii, unií, unii.
        if isLowerCase && lower.last == "e" {
            let stem = String(letters.dropLast())
            return [[word], [stem + "i"], [stem + "i"], [stem + "í"], [stem + "i"]]
        }
        // Adjectival surnames (`Zelensky`, `Zelenski`, `Zelenskyj`, `Kowalski`): Polish `-skiego`,
        // Czech and Slovak `-ského`.
        if let ending = adjectivalEndings.first(where: lower.hasSuffix), letters.count - ending.count >= 3 {
            return PhraseCases.forms(
                letters.dropLast(ending.count - 2),
                [["iego", "eho"], ["iemu", "emu"], ["iego", "eho"], ["im", "ym"], ["im", "em", "om"]])
        }
        // `Zaluzhny`, `Navalny` (Polish `Załużny`, Czech `Zalužný`): Załużnego, Zalužného.
        if let ending = adjectivalNEndings.first(where: lower.hasSuffix), letters.count - ending.count >= 3 {
            return PhraseCases.forms(
                letters.dropLast(ending.count - 1),
                [["ego", "eho"], ["emu"], ["ego", "eho"], ["ym", "im"], ["ym", "em", "om"]])
        }
        switch lower.last {
        case "a":
            // `Ameryka`, `Ukraina`, `Praha`: Ameryki, Ameryce; Ukrainy, Ukrainie; Prahy, Praze.
            let stem = String(letters.dropLast())
            // Or a feminine adjective, Polish's (`Europejska`, `Północna`, `Wielka`, and the
            // surnames `Kowalska`, `Zacharowa`): Europejskiej, Północnej, Wielkiej; the accusative
            // and instrumental `-ą` fold to the word as written.
            let adjective = stem + (stem.hasSuffix("k") || stem.hasSuffix("g") ? "iej" : "ej")
            let dative = [
                stem + "e", stem + "i", stem + "ovi", softened(stem).map { $0 + "e" } ?? stem + "ie", adjective,
            ]
            return [
                [stem + "y", stem + "i", adjective], dative, [stem + "e", stem + "u"], [stem + "a", stem + "ou"],
                dative,
            ]
        case "á":
            // A feminine adjective, Czech's and Slovak's (`Evropská`, `Velká`, `Černá`, and the
            // surnames `Nováková`): Evropské, Evropskou; Slovak Európskej, Európsku.
            let stem = String(letters.dropLast())
            let genitive = [stem + "é", stem + "ej"]
            return [genitive, genitive, [stem + "ou", stem + "ú"], [stem + "ou"], genitive]
        case "o":
            // A place in `-o` (`Kosowo`, `Německo`, `Kosovo`): Kosowa, Kosowie; Německa, Německu;
            // Slovak Kosove.
            let stem = String(letters.dropLast())
            let locative = [stem + "u", stem + "e", softened(stem).map { $0 + "e" } ?? stem + "ie"]
            return [[stem + "a"], [stem + "u"], [stem + "a"], [stem + "em", stem + "om"], locative]
        case "e", "i", "y":
            // A foreign name in a sounded vowel (`Rutte`, `Kurti`, `Kennedy`) is declined as an
            // adjective: Polish Ruttego, Ruttemu, z Ruttem, Kurtiego, Kurtim; Czech Rutteho,
            // Kurtiho, Kennedyho, Kennedymu. (A silent `e` takes an apostrophe, `Lagarde'a`, and
            // leaves the name whole.)
            let adjectival = lower.last == "y" ? ["ho"] : lower.last == "e" ? ["go", "ho"] : ["ego", "ho"]
            let dative = lower.last == "i" ? ["emu", "mu"] : ["mu"]
            return PhraseCases.forms(letters[...], [adjectival, dative, adjectival, ["m"], ["m"]])
        case "u": return nil
        default:
            guard letters.last!.isLetter else { return nil }
            // A consonant (`Putin`, `Biden`, `Bachmut`): Putina, Putinowi, Putinem, Putinie;
            // Slovak Putinom; Czech Putinovi; Bachmucie.
            let locative = softened(word).map { $0 + "e" } ?? word + "ie"
            // After a soft consonant Czech and Slovak write `-i` (`v Izraeli`).
            let soft = "ljcčřšžťňľ".contains(lower.last!) ? [word + "i"] : []
            var cases = [
                [word + "a"], [word + "owi", word + "ovi", word + "u"] + soft, [word + "a"],
                [word + "em", word + "om"],
                [word + "u", word + "e", word + "ovi", word + "owi", locative] + soft,
            ]
            // Polish writes a soft consonant's `i` before a vowel (`Chersoń`, `Kazań`: Chersonia,
            // Chersoniowi, Chersoniem, Chersoniu; `Vučić`: Vučicia).
            if let hard = ["ń": "n", "ś": "s", "ć": "c", "ź": "z"][lower.last!] {
                let stem = String(letters.dropLast()) + hard + "i"
                for (index, ending) in ["a", "owi", "a", "em", "u"].enumerated() { cases[index].append(stem + ending) }
            }
            return cases
        }
    }

    /// `stem` with its last consonant changed as Polish and Czech change it before the `e` of a
    /// dative or locative (`Ameryk`, `Ameryce`; `Prag`, `Pradze`; `Bachmut`, `Bachmucie`;
    /// `Igor`, `Igorze`; Czech `Prah`, `Praze`), or nil when it keeps it (`Putinie`, `Ukrainie`).
    private static func softened(_ stem: String) -> String? {
        let lower = stem.lowercased()
        for (from, to) in softenings where lower.hasSuffix(from) {
            return String(stem.dropLast(from.count)) + to
        }
        return nil
    }

    private static let softenings = [
        ("ch", "sz"), ("k", "c"), ("g", "dz"), ("t", "ci"), ("d", "dzi"), ("r", "rz"), ("h", "z"),
    ]

    private static let adjectivalNEndings = ["nyy", "nyi", "niy", "nii", "nyj", "nij", "ny"]
    private static let adjectivalEndings = [
        "skyy", "skyi", "skiy", "skii", "skyj", "skij", "sky", "ski",
    ]
}
