/// A name's case forms in Albanian news (Kosovo's and Albania's outlets), which puts the
/// article and the case on the end of a name: `Kurti` is `Kurtit` (of or to Kurti) and `Kurtin`
/// (him, as an object); `Putin` is `Putini`, `Putinit`, `Putinin`; `Kosova` is `Kosovës`,
/// `Kosovën`, `Kosovë`; `Serbia` `Serbisë`, `Serbinë`, `Serbi` (`në Serbi`, in Serbia). A headline
/// writes `Takimi i Kurtit me Vuçiçin`, which a topic that names `Kurti` misses unless its forms
/// are matched.
///
/// Only names are declined (capitalized words, not all in capitals: `NATO-s` matches `NATO`
/// already), and in a phrase only the last word, as Albanian does (`Edi Ramës`). The tagger reads
/// these forms in articles in Albanian only.
///
/// Albanian also spells a name from Serbia or Montenegro its own way: `ć` is `q`, `đ` `gj`, `š`
/// `sh`, `ž` `zh`, `dž` `xh` (`Vučić` is `Vuçiq`, `Đukanović` `Gjukanoviq`, `Dačić` `Daçiq`),
/// which folding cannot reach; that spelling and its forms are given too.
enum AlbanianCases {
    /// The forms of `term` (and its Albanian spelling with its forms), without the term itself;
    /// none for a prefix term or a term whose last word is no name.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*") else { return [] }
        var forms: [String] = []
        let spelled = spelling(of: term)
        for spelling in [term] + (spelled.map { [$0] } ?? []) {
            var words = spelling.split(separator: " ").map(String.init)
            guard let word = words.last, let endings = endings(of: word) else { continue }
            if spelling != term { forms.append(spelling) }
            for (stem, ending) in endings {
                words[words.count - 1] = stem + ending
                forms.append(words.joined(separator: " "))
            }
        }
        return forms
    }

    /// `term` as Albanian writes its South Slavic letters, or an East Slavic name's (`й` as `j`,
    /// `kh` as `h`, `ts` as `c`, `ch` as `ç`, a closing `-y` and Ukrainian's `и` as `i`: `Shoigu`
    /// is `Shojgu`, `Zakharova` `Zaharova`, `Syrskyi` `Sirski`; see `EastSlavicRespelling`), or
    /// nil when it has none.
    static func spelling(of term: String) -> String? {
        guard term.utf8.contains(where: { $0 >= 0xC0 }) else {
            return EastSlavicRespelling.spelling(of: term, by: albanian)
        }
        let spelled = SouthSlavicLatinNames.rewrite(Array(term)) { lower, next in
            if lower == "d" && next == "ž" { return ("xh", 2) }
            return (albanianLetters[lower] ?? String(lower), 1)
        }
        return spelled == term ? nil : spelled
    }

    private static let albanian = EastSlavicRespelling.Rules(
        rules: [("kh", "h"), ("ts", "c"), ("ch", "ç")], closingY: "i", vowelY: "i")

    private static let albanianLetters: [Character: String] = [
        "č": "ç", "ć": "q", "đ": "gj", "š": "sh", "ž": "zh",
    ]

    /// The stem and the endings of `word`'s forms, or nil when it is not a name.
    private static func endings(of word: String) -> [(stem: String, ending: String)]? {
        let letters = Array(word)
        guard SouthSlavicCases.isName(letters) else { return nil }
        let lower = word.lowercased()
        let stem = String(letters.dropLast())
        func forms(_ stem: String, _ endings: [String]) -> [(stem: String, ending: String)] {
            endings.map { (stem, $0) }
        }
        switch lower.last {
        // `Serbia`, `Gjermania`: `Serbisë`, `Serbinë`, `Serbi`.
        case "a" where lower.hasSuffix("ia"): return forms(stem, ["së", "në", ""])
        // `Kosova`, `Prishtina`, `Rama`: `Kosovës`, `Kosovën`, `Kosovë`.
        case "a": return forms(stem, ["ës", "ën", "ë"])
        // `Kosovë`, `Tiranë` (without the article): `Kosova`, `Kosovës`, `Kosovën`.
        case "ë": return forms(stem, ["a", "ës", "ën"])
        // `Kurti`, `Dodiku` (with the article): `Kurtit`, `Kurtin`.
        case "i", "u": return forms(word, ["t", "n"])
        case "o", "e": return forms(word, ["s", "n"])
        // A consonant (`Putin`, `Vuçiç`): `Putini`, `Putinit`, `Putinin`; after k, g, h the
        // article is `u` (`Dodiku`, `Dodikut`).
        case "k", "g", "h": return forms(word, ["u", "ut", "un"])
        case let last? where last.isLetter && !"yw".contains(last): return forms(word, ["i", "it", "in"])
        default: return nil
        }
    }
}
