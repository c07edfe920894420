/// A Ukrainian noun whose last syllable is closed by a consonant often writes і (ї after a vowel)
/// there only in that one form; every other form opens the syllable and writes о or е (є) in its
/// place: `Харків`, `Харкова`, `Харкові`; `Київ`, `Києва`, `Києві`; `Львів`, `Львова`; `Ірпінь`,
/// `Ірпеня`. A prefix term written from the dictionary form (`Київ*`) would miss most mentions in
/// Ukrainian text (in the corpus's Ukrainian news, 16 of 21 mentions of Kyiv), so the tagger also
/// enters the stems of the other forms.
enum UkrainianAlternation {
    /// The stems a prefix term's other forms begin with (`Харков`, `Харкев` for `Харків`), the
    /// term's last word changed; empty when that word does not end in such a syllable.
    static func stems(of term: String) -> [String] {
        let scalars = Array(term.unicodeScalars)
        var end = scalars.count
        // A soft sign after the closing consonant goes with the syllable (`Ірпінь`, `Ірпеня`).
        if end > 0 && (scalars[end - 1] == "ь" || scalars[end - 1] == "Ь") { end -= 1 }
        var vowel = end
        while vowel > 0 && isConsonant(scalars[vowel - 1]) { vowel -= 1 }
        let closing = end - vowel
        // One or two consonants close it; a stem of two letters or more comes before it (a
        // shorter word's other stems begin too many words).
        guard closing >= 1, closing <= 2, vowel >= 3 else { return [] }
        var wordStart = vowel - 1
        while wordStart > 0 && isCyrillicLetter(scalars[wordStart - 1]) { wordStart -= 1 }
        guard vowel - 1 - wordStart >= 2 else { return [] }
        let replacements: [Unicode.Scalar]
        switch scalars[vowel - 1] {
        case "і": replacements = ["о", "е"]
        case "І": replacements = ["О", "Е"]
        case "ї": replacements = ["є"]
        case "Ї": replacements = ["Є"]
        default: return []
        }
        return replacements.map { replacement in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<(vowel - 1)])
            view.append(replacement)
            view.append(contentsOf: scalars[vowel..<end])
            return String(view)
        }
    }

    private static func isCyrillicLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x400..<0x500).contains(scalar.value) || scalar == "'" || scalar == "’"
    }

    /// A Cyrillic consonant letter (not a vowel, a soft sign or an apostrophe).
    private static func isConsonant(_ scalar: Unicode.Scalar) -> Bool {
        guard (0x400..<0x500).contains(scalar.value) else { return false }
        return !"аеєиіїоуюяьъыэёАЕЄИІЇОУЮЯЬЪЫЭЁ".unicodeScalars.contains(scalar)
    }
}
