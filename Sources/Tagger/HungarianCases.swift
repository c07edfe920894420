/// A name's forms in Hungarian news, which joins its suffixes to the name (`Putyinnal`, with
/// Putin; `Szerbiában`, in Serbia; `Zelenszkijt`, Zelensky as an object; `Brüsszelben`), and
/// its spelling of East Slavic names (`Putyin`, `Zelenszkij`, `Peszkov`, `Medvegyev`,
/// `Herszon`, `Donyeck`), folded as the text is (`á` is `a`, `ő` `o`): a name's closing `a` or
/// `e`, long before a suffix (`Szerbiá-`), folds to itself. Both vowel harmonies' suffixes are
/// given, since a form no text writes costs nothing. The tagger reads these forms in Hungarian
/// articles only.
enum HungarianCases {
    /// The forms of `term`, its last word suffixed, and of its Hungarian spelling (with that
    /// spelling itself); none for a prefix term or a term with no name in it.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*"), term.contains(where: \.isUppercase) else { return [] }
        var forms: [String] = []
        let spelled = EastSlavicRespelling.spelling(of: term, by: hungarian)
        for spelling in [term] + (spelled.map { [$0] } ?? []) {
            if spelling != term { forms.append(spelling) }
            var words = spelling.split(separator: " ").map(String.init)
            guard let last = words.last, SouthSlavicCases.isName(Array(last)) else { continue }
            for form in suffixed(last) {
                words[words.count - 1] = form
                let phrase = words.joined(separator: " ")
                if !forms.contains(phrase) { forms.append(phrase) }
            }
        }
        return forms
    }

    /// A name with each suffix: after a vowel they join it (`Szerbiát`, `Szerbiával`); after a
    /// consonant the object's takes a vowel or not (`Putyint`, `Kijevet`) and `-val`, `-vel`
    /// double the consonant (`Putyinnal`, `Kijevvel`).
    private static func suffixed(_ word: String) -> [String] {
        guard let last = word.last?.lowercased().first else { return [] }
        let afterVowel = "aeiouáéíóöőúüű".contains(last)
        let object = afterVowel ? ["t"] : ["t", "ot", "et", "at", "öt"]
        let with = afterVowel ? ["val", "vel"] : [String(last) + "al", String(last) + "el"]
        let onto = afterVowel ? ["n"] : ["on", "en", "ön"]
        return (object + with + onto + shared).map { word + $0 }
    }

    /// The suffixes every name takes as they are: to, in, into, from within, about, onto, from,
    /// towards, until, for, and of (`-é`).
    private static let shared = [
        "nak", "nek", "ban", "ben", "ba", "be", "ból", "ből", "ról", "ről", "ra", "re", "tól", "től", "hoz", "hez",
        "höz", "ig", "ért", "é",
    ]

    /// Hungarian's transcription of Russian: `s` is `sz`, `sh` `s`, `zh` `zs`, `ch` `cs`, `kh`
    /// `h`, `ts` `c`; a soft `t`, `d`, `n` before `i` or `e` `ty`, `gy`, `ny` (`Putyin`,
    /// `Medvegyev`, `Donyeck`); a closing `y` `ij` (`Zelenszkij`, `Navalnij`).
    private static let hungarian = EastSlavicRespelling.Rules(
        rules: [
            ("shch", "scs"), ("zh", "zs"), ("kh", "h"), ("sh", "s"), ("ch", "cs"), ("ts", "c"), ("ti", "tyi"),
            ("te", "tye"), ("di", "gyi"), ("de", "gye"), ("ni", "nyi"), ("ne", "nye"), ("s", "sz"),
        ],
        closingY: "ij", vowelY: "i", russianOnly: ["te", "de", "ne"])
}
