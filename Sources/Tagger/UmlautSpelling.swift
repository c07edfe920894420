/// The way German is written without its umlauts: `Zürich` as `Zuerich`, `Schröder` as
/// `Schroeder`, `Düsseldorf` as `Duesseldorf`. English news and German text typed without the
/// letters write them so; folding diacritics reads `Zürich` only as `Zurich`, so a user who
/// writes the name with its umlaut is given this spelling too.
enum UmlautSpelling {
    /// The term with `ä`, `ö` and `ü` written `ae`, `oe` and `ue` (`AE` in a word in capitals,
    /// `ÖVP` → `OEVP`), or nil when it has none.
    static func variant(of term: String) -> String? {
        // ä, ö, ü and their capitals are all two bytes led by 0xC3 in UTF-8, or a vowel and
        // U+0308 written decomposed: most terms have neither, and are told at once.
        guard term.utf8.contains(0xC3) || term.unicodeScalars.contains("\u{0308}"),
            term.contains(where: { replacements[$0] != nil })
        else { return nil }
        let characters = Array(term)
        var result = ""
        for (index, character) in characters.enumerated() {
            guard let written = replacements[character] else {
                result.append(character)
                continue
            }
            // A capital's second letter is a capital too where the next letter is (`ÖVP`), or
            // where it stands alone between capitals or at a word's end.
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let previous = index > 0 ? characters[index - 1] : nil
            let inCapitals =
                next?.isUppercase == true || (next?.isLetter != true && previous?.isUppercase == true)
            result += character.isUppercase && inCapitals ? written.uppercased() : written
        }
        return result
    }

    private static let replacements: [Character: String] = [
        "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
    ]
}
