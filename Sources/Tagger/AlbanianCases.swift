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
        if let phrase = phraseForms(of: term.split(separator: " ").map(String.init)) { return phrase }
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

    /// The forms of a phrase whose first noun is its head, or nil when `words` is none: a noun
    /// and its adjective joined by the linking article (`Mali i Zi`, `Maqedonia e Veriut`,
    /// `Shtetet e Bashkuara`), two nouns joined by `dhe` (`Bosnja dhe Hercegovina`), or a noun and
    /// an adjective of a place (`Bashkimi Evropian`, `Republika Serbe`). Albanian declines the
    /// noun and the article, never the adjective: `Qeveria e Malit të Zi`, `Kufiri me Malin e Zi`,
    /// `në Mal të Zi`, `në Bosnjë dhe Hercegovinë`. A name of a person (`Edi Rama`) is none: its
    /// last word declines (`Edi Ramës`).
    private static func phraseForms(of words: [String]) -> [String]? {
        guard words.count >= 2, let head = headCases(of: words[0]) else { return nil }
        let rest = words[1...]
        // The nominative's article is `i` after a masculine noun, `e` after a feminine or a plural.
        if words.count >= 3, words[1] == (head.gender == .masculine ? "i" : "e") {
            // The article agrees with the noun's case: `i`/`e` as written, `të` or `së` after
            // the genitive, `e` after the accusative, `të` after the indefinite.
            let linked = [
                (head.genitive, head.gender == .feminine ? "së" : "të"), (head.accusative, "e"),
                (head.indefinite, "të"),
            ]
            return linked.map { noun, article in ([noun, article] + words[2...]).joined(separator: " ") }
        }
        if words.count == 3, words[1] == "dhe", let other = headCases(of: words[2]), other.gender != .plural {
            return [
                [head.genitive, "dhe", other.genitive], [head.accusative, "dhe", other.accusative],
                [head.indefinite, "dhe", other.indefinite],
            ].map { $0.joined(separator: " ") }
        }
        guard words.count == 2, head.gender != .plural, isPlaceAdjective(words[1]) else { return nil }
        return [head.genitive, head.accusative].map { ([$0] + rest).joined(separator: " ") }
    }

    private enum Gender { case masculine, feminine, plural }

    /// A head noun's forms: definite genitive (also dative and ablative), definite accusative,
    /// and indefinite (after `në`).
    private struct HeadCases {
        var genitive: String
        var accusative: String
        var indefinite: String
        var gender: Gender
    }

    /// The cases of `word`, a capitalized noun with its definite article (`Mali`, `Republika`,
    /// `Maqedonia`, `Shtetet`), or nil when it has no such ending.
    private static func headCases(of word: String) -> HeadCases? {
        let letters = Array(word)
        guard letters.count >= 4, SouthSlavicCases.isName(letters) else { return nil }
        let lower = Array(word.lowercased())
        let last = lower[lower.count - 1]
        let previous = lower[lower.count - 2]
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "ë", "y"]
        func cut(_ count: Int) -> String { String(letters.dropLast(count)) }
        let glidesAfterVowel = previous == "j" && vowels.contains(lower[lower.count - 3])
        switch last {
        // `Shtetet`, `Kombet`: `Shteteve`, `Shtetet`, `Shtete`.
        case "t" where previous == "e":
            return HeadCases(genitive: cut(1) + "ve", accusative: word, indefinite: cut(1), gender: .plural)
        // `Maqedonia`, `Korea`, `Koreja` (a vowel before): `Maqedonisë`, `Maqedoninë`, `Maqedoni`.
        case "a" where vowels.contains(previous) || glidesAfterVowel:
            let stem = cut(previous == "j" ? 2 : 1)
            return HeadCases(genitive: stem + "së", accusative: stem + "në", indefinite: stem, gender: .feminine)
        // `Republika`, `Bosnja`: `Republikës`, `Republikën`, `Republikë`.
        case "a":
            let stem = cut(1)
            return HeadCases(genitive: stem + "ës", accusative: stem + "ën", indefinite: stem + "ë", gender: .feminine)
        // `Mali`, `Bashkimi`, and after k, g, h `-u`: `Malit`, `Malin`, `Mal`.
        case "i" where !vowels.contains(previous), "u" where "kgh".contains(previous):
            return HeadCases(genitive: word + "t", accusative: word + "n", indefinite: cut(1), gender: .masculine)
        default:
            return nil
        }
    }

    /// Whether `word` may be an adjective of a place (`Evropian`, `Perëndimor`, `Serbe`,
    /// `Saudite`), which follows its noun without an article. A person's name rarely has a
    /// first name of a noun's shape and a surname of these endings; were it to, its forms
    /// would be words no article writes, read in Albanian articles only.
    private static func isPlaceAdjective(_ word: String) -> Bool {
        let lower = word.lowercased()
        return ["ian", "or", "e"].contains { lower.hasSuffix($0) }
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
