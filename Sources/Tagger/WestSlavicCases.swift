/// A name's case forms in Polish, Czech and Slovak news, folded as the text is (`ł` is `l`, `ě`
/// `e`): `Putin` is `Putina`, `Putinowi` (Polish) or `Putinovi`, `Putinem`, `Putinom` (Slovak),
/// `Putinie`; `Zelensky` `Zełenskiego` (Polish) or `Zelenského` (Czech, Slovak), `Zelenskim`,
/// `Zelenským`; `Ameryka` `Ameryce`; `Bachmut` `Bachmucie`. Poland's, Czechia's and Slovakia's
/// outlets write most mentions of a person in one of them (`rozmowa z Zełenskim`), so a topic
/// that names `Zelensky` misses them unless they are matched.
///
/// The three languages' endings are given together, since a form one of them never writes costs
/// nothing. Only names written in Latin are declined (see `SouthSlavicCases.isName`), each word
/// of a phrase in the same case; a name's own spelling in these languages (`Ławrow`, `Kijów`)
/// is the user's to add, or the German one (`Lawrow`) matches it. The tagger reads these forms in
/// Polish, Czech and Slovak articles only.
enum WestSlavicCases {
    /// The forms of `term` in the genitive, dative, accusative, instrumental and locative, each
    /// word of a phrase in the same case, without the term itself; none for a prefix term or a
    /// term with no name in it.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*"), term.contains(where: \.isUppercase) else { return [] }
        let words = term.split(separator: " ").map(String.init)
        return PhraseCases.spellings(of: words, forms: words.map(endings(of:)))
    }

    /// A word's forms in each case (genitive, dative, accusative, instrumental, locative), or nil
    /// when it is no name or does not decline.
    static func endings(of word: String) -> [[String]]? {
        let letters = Array(word)
        guard SouthSlavicCases.isName(letters) else { return nil }
        let lower = word.lowercased()
        // Adjectival surnames (`Zelensky`, `Zelenski`, `Zelenskyj`, `Kowalski`): Polish `-skiego`,
        // Czech and Slovak `-ského`.
        if let ending = adjectivalEndings.first(where: lower.hasSuffix), letters.count - ending.count >= 3 {
            return PhraseCases.forms(
                letters.dropLast(ending.count - 2),
                [["iego", "eho"], ["iemu", "emu"], ["iego", "eho"], ["im", "ym"], ["im", "em", "om"]])
        }
        switch lower.last {
        case "a":
            // `Ameryka`, `Ukraina`, `Praha`: Ameryki, Ameryce; Ukrainy, Ukrainie; Prahy, Praze.
            let stem = String(letters.dropLast())
            let dative = [stem + "e", stem + "i", stem + "ovi", softened(stem).map { $0 + "e" } ?? stem + "ie"]
            return [[stem + "y", stem + "i"], dative, [stem + "e", stem + "u"], [stem + "a", stem + "ou"], dative]
        case "e", "i", "o", "u", "y": return nil
        default:
            guard letters.last!.isLetter else { return nil }
            // A consonant (`Putin`, `Biden`, `Bachmut`): Putina, Putinowi, Putinem, Putinie;
            // Slovak Putinom; Czech Putinovi; Bachmucie.
            let locative = softened(word).map { $0 + "e" } ?? word + "ie"
            return [
                [word + "a"], [word + "owi", word + "ovi", word + "u"], [word + "a"], [word + "em", word + "om"],
                [word + "u", word + "e", word + "ovi", word + "owi", locative],
            ]
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

    private static let adjectivalEndings = [
        "skyy", "skyi", "skiy", "skii", "skyj", "skij", "sky", "ski",
    ]
}
