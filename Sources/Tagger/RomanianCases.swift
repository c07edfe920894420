/// A name's forms in Romanian news, which declines a place with its article: `Rusia` is
/// `Rusiei` (of Russia, to Russia), `Ucraina` `Ucrainei`, `Coreea` `Coreei`, `Kiev` `Kievul`,
/// `Kievului`; a man's name does not decline (`lui Putin`), a woman's first name does (`Maia
/// Sandu`, `Maiei Sandu`). A phrase declines its first word (`Coreea de Nord`, `Coreei de Nord`);
/// its other words' forms are listed where needed (`Uniunii Europene`, see `Exonyms`). The
/// tagger reads these forms in Romanian articles only.
enum RomanianCases {
    /// The forms of `term`'s first word in the genitive and dative, and with the article, with
    /// the phrase's other words as they are; none for a prefix term or a term with no name.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*") else { return [] }
        var forms = declined(term)
        // An East Slavic name as Romanian writes it (`Shoigu`: `Şoigu`; `Sergei Lavrov`: `Serghei
        // Lavrov`; `Prigozhin`: `Prigojin`; see `EastSlavicRespelling`), and its forms.
        if let spelled = EastSlavicRespelling.spelling(of: term, by: romanian) {
            for form in [spelled] + declined(spelled) where !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    /// Romanian's transcription of Russian: `sh` is `ş`, `zh` `j`, `kh` `h`, `ts` `ţ`, `ch` `ci`
    /// (`c` before `e`, `i`), `g` before `e`, `i` `gh`, `й` and `y` `i` (`Zelenski`,
    /// `Ianukovici`).
    private static let romanian = EastSlavicRespelling.Rules(
        rules: [
            ("shch", "şci"), ("zh", "j"), ("kh", "h"), ("sh", "ş"), ("che", "ce"), ("chi", "ci"), ("ch", "ci"),
            ("ts", "ţ"), ("ge", "ghe"), ("gi", "ghi"), ("y", "i"),
        ],
        closingY: "i", semivowel: "i")

    /// `term` with its first word in the genitive and dative, and with the article.
    private static func declined(_ term: String) -> [String] {
        var words = term.split(separator: " ").map(String.init)
        guard let first = words.first, SouthSlavicCases.isName(Array(first)) else { return [] }
        let lower = first.lowercased()
        let declined: [String]
        if lower.hasSuffix("ea") {
            declined = [String(first.dropLast()) + "i"]
        } else if lower.hasSuffix("a") {
            declined = [String(first.dropLast()) + "ei"]
        } else if let last = lower.last, !"eiouăâî".contains(last) {
            declined = [first + "ul", first + "ului"]
        } else {
            return []
        }
        return declined.map { form in
            words[0] = form
            return words.joined(separator: " ")
        }
    }
}
