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
enum AlbanianCases {
    /// The forms of `term`, without the term itself; none for a prefix term or a term whose last
    /// word is no name.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*") else { return [] }
        var words = term.split(separator: " ").map(String.init)
        guard let word = words.last, let endings = endings(of: word) else { return [] }
        return endings.map { stem, ending in
            words[words.count - 1] = stem + ending
            return words.joined(separator: " ")
        }
    }

    /// The stem and the endings of `word`'s forms, or nil when it is not a name.
    private static func endings(of word: String) -> [(stem: String, ending: String)]? {
        let letters = Array(word)
        guard letters.count >= 3, let first = letters.first, first.isUppercase,
            letters.dropFirst().contains(where: \.isLowercase),
            letters.allSatisfy({ $0.isLetter && $0.unicodeScalars.allSatisfy { $0.value < 0x0250 } })
        else { return nil }
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
