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
/// never writes costs nothing. A term in Cyrillic is the user's to write as a prefix (`Путін*`),
/// as before. Only names are declined (see `SouthSlavicCases.isName`), each word of a phrase in
/// the same case (`Volodymyr Zelensky`, `Volodymyra Zelenskoho`), and the tagger reads these forms
/// in Russian and Ukrainian articles only, where they are capitalized words of Cyrillic text.
enum EastSlavicCases {
    /// The forms of `term` in the genitive, dative, accusative, instrumental and locative, each
    /// word of a phrase in the same case, without the term itself; none for a prefix term or a
    /// term with no name in it.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*"), term.contains(where: \.isUppercase) else { return [] }
        let words = term.split(separator: " ").map(String.init)
        let declined = words.map(endings(of:))
        guard declined.contains(where: { $0 != nil }) else { return [] }
        var forms: [String] = []
        for grammaticalCase in 0..<caseCount {
            var spellings = [""]
            for (index, word) in words.enumerated() {
                let options = declined[index]?[grammaticalCase] ?? [word]
                spellings = Array(
                    spellings.flatMap { start in options.map { start.isEmpty ? $0 : start + " " + $0 } }.prefix(limit))
            }
            for spelling in spellings where spelling != term && !forms.contains(spelling) {
                forms.append(spelling)
            }
        }
        return forms
    }

    /// At most this many forms of a phrase in one case.
    static let limit = 16

    /// Genitive, dative, accusative, instrumental, locative.
    private static let caseCount = 5

    /// A word's forms in each case (by `caseCount`), or nil when it is no name or does not
    /// decline (`Shoigu`, `Rutte`: names in `-u`, `-e`, `-i` keep their ending in both languages).
    static func endings(of word: String) -> [[String]]? {
        let letters = Array(word)
        guard SouthSlavicCases.isName(letters) else { return nil }
        let lower = word.lowercased()
        func with(_ stem: some Sequence<Character>, _ cases: [[String]]) -> [[String]] {
            let stem = String(stem)
            return cases.map { $0.map { stem + $0 } }
        }
        // Adjectival surnames and places (`Zelensky`, `Navalny`, `Syrskyi`, `Trotsky`) in any
        // of the romanizations `SlavicNameEndings` knows.
        if let ending = adjectivalEndings.first(where: lower.hasSuffix), letters.count - ending.count >= 3 {
            // The stem keeps the ending's consonants: `Zelensk`, `Navaln`.
            let vowels = ending.count - (ending.hasPrefix("sk") ? 2 : 1)
            return with(
                letters.dropLast(vowels),
                [
                    ["ogo", "oho"], ["omu"], ["ogo", "oho"], ["im", "ym"], ["om", "omu", "im"],
                ])
        }
        // `Tikhanovskaya` (Russian), `Tykhanovska` (Ukrainian).
        if lower.hasSuffix("aya") && letters.count >= 6 {
            return with(letters.dropLast(3), [["oy"], ["oy"], ["uyu"], ["oy", "oyu"], ["oy"]])
        }
        if lower.hasSuffix("ska") && letters.count >= 6 {
            return with(
                letters.dropLast(1), [["oi", "oy"], ["ii", "oy"], ["u", "uyu"], ["oiu", "oy"], ["ii", "oy"]])
        }
        switch lower.last {
        case "a":
            // `Yulia`, `Nikita`, `Obama`: Юлії, Юлии, Юлію; Обами, Обамы, Обамі, Обаме, Обамою.
            return with(
                letters.dropLast(),
                [
                    ["y", "i", "ii"], ["e", "i", "ii"], ["u", "iu", "yu"], ["oiu", "oy", "oyu", "eiu", "ey"],
                    ["e", "i", "ii"],
                ])
        case "o":
            // Ukrainian declines a man's `-ko` surname (`Poroshenko`: Порошенка, Порошенкові),
            // Russian does not.
            return with(letters.dropLast(), [["a"], ["u", "ovi"], ["a"], ["om"], ["u", "ovi", "i"]])
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
                for (index, forms) in with(stem, cases).enumerated() { all[index] += forms }
            }
            return all
        }
    }

    private static let adjectivalEndings = [
        "skyy", "skyi", "skiy", "skii", "skyj", "skij", "sky", "ski",
        "nyy", "nyi", "niy", "nii", "nyj", "nij", "ny",
    ]
}
