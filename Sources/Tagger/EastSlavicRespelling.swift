/// An East Slavic name in English romanization respelled as another language writes the
/// Cyrillic it stands for, by that language's rules (`Prigozhin`: Polish `Prigożyn`, Czech
/// `Prigožin`, Hungarian `Prigozsin`, Turkish `Prigojin`), folded as the text is (`ż`, `ž` are
/// `z`). Only the words shaped as such a name are respelled (see `isShaped(_:)`); the others
/// keep their letters (`Washington`, `Yevgeny`).
enum EastSlavicRespelling {
    /// How a language respells: `rules`, each a run of letters and what it becomes, tried in
    /// order (longest first); with `softensE`, an `e` after a consonant written with one letter,
    /// but `l`, is `ie` (Polish, for a Russian `е`); with `closingY`, a closing `y` after a
    /// consonant is that (Hungarian `ij`: `Zelenszkij`).
    struct Rules {
        var rules: [(String, String)]
        var softensE = false
        var closingY: String? = nil
        /// How the language writes `й` (`Sergei`: Czech `Sergej`, Turkish `Sergey`).
        var semivowel = "j"
        /// How the language writes Ukrainian's `и`, which Ukraine's romanization writes `y`
        /// (`Dmytro`, `Shmyhal`: Hungarian `Dmitro`, `Smihal`); nil: as `y` (Polish, Czech).
        var vowelY: String? = nil
        /// Rules for Russian's soft consonant before `e` that Ukrainian's hard `е` does not take
        /// (Hungarian `de` `gye`: `Medvegyev`, but `Denisz` for Ukraine's `Denys`).
        var russianOnly: [String] = []
    }

    /// `term` with each word shaped as an East Slavic name respelled by `rules`, or nil when none
    /// is or the respelling changes nothing.
    static func spelling(of term: String, by rules: Rules) -> String? {
        let words = term.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.contains(where: isShaped) else { return nil }
        let spelled = words.map { word in
            guard isShaped(word) else { return word }
            // The language's rules take Ukraine's closing `-yi` as `-y` (Hungarian `Szirszkij`,
            // Polish `Syrski`).
            let letters = Array(UkrainianSpelling.closingAdjectiveAsY(word).lowercased().utf8)
            let isUkrainian = UkrainianSpelling.isShaped(word)
            var wordRules = rules
            if isUkrainian { wordRules.rules.removeAll { rules.russianOnly.contains($0.0) } }
            let respelled = respell(letters, wordRules, isUkrainian: isUkrainian)
            return respelled.prefix(1).uppercased() + respelled.dropFirst()
        }.joined(separator: " ")
        return spelled == term ? nil : spelled
    }

    /// Whether a word is shaped as an East Slavic name (`GermanSlavicSpelling.isEastSlavic(word:)`),
    /// writes `й` as English does (`Sergei`, `Shoigu`: `RussianSpelling.writesShortIAsI`; since
    /// topics-54), or is a surname in `-in`, `-yn` of five letters or more (`Putin`, `Mishustin`,
    /// `Surovikin`: Hungarian `Putyin`, Polish `Miszustin`, `Surowikin`), which German writes as
    /// English does and the others do not; or is shaped as Ukraine romanizes its names (`Shmyhal`,
    /// `Andriy`: `UkrainianSpelling.isShaped`; since topics-60).
    static func isShaped(_ word: String) -> Bool {
        if GermanSlavicSpelling.isEastSlavic(word: word) || RussianSpelling.writesShortIAsI(word)
            || UkrainianSpelling.isShaped(word)
        {
            return true
        }
        guard word.count >= 5, word.first?.isUppercase == true, word.allSatisfy(\.isASCII) else { return false }
        return word.hasSuffix("in") || word.hasSuffix("yn")
    }

    /// A lowercased word of ASCII letters respelled by `rules`, and the `j` of an `i` or `y`
    /// that is one (`Zaitsev`: `Zajcew`, `Zajcev`).
    private static func respell(_ word: [UInt8], _ rules: Rules, isUkrainian: Bool) -> String {
        let vowels = Set("aeiouy".utf8)
        var out = ""
        var index = 0
        // Whether the last letter written was a digraph's (`zh`, `sh`, `ts`): no `ie` after it.
        var afterDigraph = false
        while index < word.count {
            if let (from, to) = rules.rules.first(where: { rule in
                let bytes = Array(rule.0.utf8)
                return index + bytes.count <= word.count && Array(word[index..<index + bytes.count]) == bytes
            }) {
                out += to
                index += from.utf8.count
                afterDigraph = from.utf8.count > 1
                continue
            }
            let byte = word[index]
            let previous = index > 0 ? word[index - 1] : 0
            let next = index + 1 < word.count ? word[index + 1] : 0
            defer { afterDigraph = false }
            if rules.softensE && byte == UInt8(ascii: "e") && index > 0 && !afterDigraph && !vowels.contains(previous)
                && previous != UInt8(ascii: "l")
            {
                out += "ie"
            } else if byte == UInt8(ascii: "y")
                && [UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o"), UInt8(ascii: "u")]
                    .contains(next)
            {
                out += rules.semivowel
            } else if byte == UInt8(ascii: "i") && vowels.contains(previous) && !vowels.contains(next) {
                // Closing a word too: `Sergei`, `Nikolai` are `Sergej`, `Nikolaj`.
                out += rules.semivowel
            } else if let closingY = rules.closingY, byte == UInt8(ascii: "y"), next == 0, index > 0,
                !vowels.contains(previous)
            {
                out += closingY
            } else if isUkrainian, let vowelY = rules.vowelY, byte == UInt8(ascii: "y"), index > 0,
                !vowels.contains(previous)
            {
                out += vowelY
            } else {
                out += String(UnicodeScalar(byte))
            }
            index += 1
        }
        return out
    }
}
