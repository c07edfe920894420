/// A name written in Latin letters as Greek news writes it, by sound: `Putin` is `Πούτιν`,
/// `Vučić` `Βούτσιτς`, `Zelensky` `Ζελένσκι`, `Lavrov` `Λαβρόφ`, `Medvedev` `Μεντβέντεφ`,
/// `Stoltenberg` `Στόλτενμπεργκ`, `Djukanović` `Τζουκάνοβιτς`, `NATO` `ΝΑΤΟ` (folded, the
/// accents do not count). Greek declines few foreign names, so the spelling is the form.
///
/// The rules are those of the Slavic, Balkan and Turkish names the region's news writes as they
/// are spelled (`b` as `μπ`, `d` `ντ`, `g` `γκ`, or `γ` as in `Ερντογάν`, `u` `ου`, `c` and `č`
/// `τσ`, `v` `β` but `φ` closing `-ov`, `-ev`); an English name Greek writes as it is said
/// (`Trump`, `Τραμπ`; `Biden`, `Μπάιντεν`) and a Greek name in Latin letters (`Mitsotakis`,
/// `Μητσοτάκης`: which `i` is `η`) are the user's to add in Greek.
enum GreekSpelling {
    /// The Greek spellings of `term`, a name (every word capitalized, in Latin letters), or none:
    /// one, or two when a `g` may be `γκ` or `γ`.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*") else { return [] }
        let words = term.split(separator: " ")
        guard !words.isEmpty,
            words.allSatisfy({ word in
                word.first?.isUppercase == true
                    && word.allSatisfy { $0.isLetter && $0.unicodeScalars.allSatisfy { $0.value < 0x250 } }
            })
        else { return [] }
        var forms: [String] = []
        for hardG in [true, false] {
            let spelled = words.map { spelling(of: $0, hardG: hardG) }.joined(separator: " ")
            if !forms.contains(spelled) { forms.append(spelled) }
        }
        return forms
    }

    /// One word respelled: capitalized as it was, or in capitals for an acronym (`NATO`).
    private static func spelling(of word: Substring, hardG: Bool) -> String {
        let isAcronym = word.count > 1 && word.allSatisfy(\.isUppercase)
        // Ukraine's closing `-yi`, `-yy` is the adjective's `-ий`, one `ι` (`Syrskyi`, `Σίρσκι`);
        // its noun's `-ii`, `-iy` two (`Andrii`, `Αντρίι`).
        let letters = Array(UkrainianSpelling.closingAdjectiveAsY(String(word)).lowercased())
        var greek = ""
        var index = 0
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : nil
            if let next, let digraph = digraphs["\(letter)\(next)"] {
                greek += digraph
                index += 2
                continue
            }
            let isLast = index == letters.count - 1
            let opensBeforeVowel = index == 0 && next.map { "aeiou".contains($0) } == true
            if letter == "g" {
                greek += hardG ? "γκ" : "γ"
            } else if (letter == "y" || letter == "j") && opensBeforeVowel {
                // `Yanukovych`, `Γιανουκόβιτς`; before `e`, `γ` alone (`Yermak`, `Γερμάκ`).
                greek += next == "e" ? "γ" : "γι"
            } else if letter == "v" && isLast && index > 0 && "oe".contains(letters[index - 1]) {
                // `-ov`, `-ev`: `Λαβρόφ`, `Μεντβέντεφ`.
                greek += "φ"
            } else {
                greek += singles[letter] ?? String(letter)
            }
            index += 1
        }
        // Greek writes a doubled letter once (`Rutte`, `Ρούτε`; `Sandu`, `n` and `ντ`, `Σάντου`),
        // but for Ukraine's `ii` (`Andrii`, `Αντρίι`).
        var collapsed = ""
        for character in greek where character != collapsed.last || character == "ι" { collapsed.append(character) }
        // Folding reads a final `ς` as `σ`: no need to write it.
        return isAcronym ? collapsed.uppercased() : collapsed.prefix(1).uppercased() + collapsed.dropFirst()
    }

    private static let digraphs: [String: String] = [
        "sh": "σ", "zh": "ζ", "kh": "χ", "ch": "τσ", "ts": "τσ", "tz": "τζ", "dj": "τζ", "dž": "τζ", "dz": "τζ",
        "ph": "φ", "th": "θ", "ck": "κ", "ou": "ου", "ks": "ξ",
    ]

    private static let singles: [Character: String] = [
        "a": "α", "ä": "α", "b": "μπ", "c": "τσ", "č": "τσ", "ć": "τσ", "ç": "τσ", "d": "ντ", "đ": "τζ", "e": "ε",
        "é": "ε", "ë": "ε", "f": "φ", "ğ": "γ", "h": "χ", "i": "ι", "ı": "ι", "j": "ι", "k": "κ", "l": "λ",
        "m": "μ", "n": "ν", "o": "ο", "ö": "ο", "p": "π", "q": "κ", "r": "ρ", "s": "σ", "š": "σ", "ş": "σ",
        "t": "τ", "u": "ου", "ü": "ου", "v": "β", "w": "β", "x": "ξ", "y": "ι", "z": "ζ", "ž": "ζ",
    ]
}
