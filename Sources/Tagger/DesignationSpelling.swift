/// The other ways news writes a model or type designation that a term names: `F-35` also as
/// `F35`, `B52` also as `B-52` (and so `B 52`), `COVID-19` as `COVID19`. Outlets differ, and
/// a user who writes one form means them all.
enum DesignationSpelling {
    /// The term's other spellings, each different from it: its designations joined (`F-35` →
    /// `F35`), and parted with a hyphen (`B52` → `B-52`). A designation is a short run of
    /// letters (five at most: `Su`, `MiG`, `COVID`) and a number; longer words before a number
    /// (`Article 5`, `Boeing 737`) are names, not designations, and a word that mixes more
    /// (`H5N1`) is left as it is written.
    static func variants(of term: String) -> [String] {
        // Most terms hold no number, and so no designation: told from the bytes at once.
        guard term.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let characters = Array(term)
        var joined: [Character] = []
        var parted: [Character] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard isLetter(character) else {
                // A hyphen or space between a designation's letters and its number goes.
                if character == "-" || character == " ", let last = joined.last, isLetter(last),
                    index + 1 < characters.count, characters[index + 1].isASCII, characters[index + 1].isNumber,
                    lettersBefore(joined) <= 5
                {
                    parted.append(character)
                } else {
                    joined.append(character)
                    parted.append(character)
                }
                index += 1
                continue
            }
            // A word: letters, then digits, then at most two letters (`A400M`) is parted.
            var end = index
            while end < characters.count, characters[end].isLetter || characters[end].isNumber { end += 1 }
            let word = characters[index..<end]
            joined += word
            let letters = word.prefix { isLetter($0) }.count
            let digits = word.dropFirst(letters).prefix { $0.isASCII && $0.isNumber }.count
            let rest = word.dropFirst(letters + digits)
            if (1...5).contains(letters), digits > 0, rest.count <= 2, rest.allSatisfy(isLetter) {
                parted += word.prefix(letters) + ["-"] + word.dropFirst(letters)
            } else {
                parted += word
            }
            index = end
        }
        var found: [String] = []
        for variant in [String(joined), String(parted)] where variant != term && !found.contains(variant) {
            found.append(variant)
        }
        return found
    }

    /// A joined designation's models, when the term ends in one (`F35` → `F35A` … `F35Z`):
    /// news names the model as often as the type (`F35A`, `B52H`), and a user who writes the
    /// type means them all. Empty for a term that ends otherwise (`F35A`, `Article 5`, `HIMARS`),
    /// and for one whose number stands apart (`F-35`, `Su 35`): the trie matches those models,
    /// of any letters, as the number's word (see `TermTrie.modelEdge`).
    static func models(of term: String) -> [String] {
        guard let last = term.utf8.last, last >= 0x30 && last <= 0x39 else { return [] }
        let characters = Array(term)
        let digits = characters.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < characters.count else { return [] }
        let start = characters.count - digits
        guard lettersBefore(Array(characters[..<start])) <= 5, isLetter(characters[start - 1]) else {
            return []
        }
        return (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { term + String(UnicodeScalar($0)) }
    }

    private static func isLetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    /// How many ASCII letters end `text`, when a word's start comes before them (not when
    /// they end a longer word of other letters or digits).
    private static func lettersBefore(_ text: [Character]) -> Int {
        let letters = text.reversed().prefix { isLetter($0) }.count
        let before = text.count - letters - 1
        if before >= 0, text[before].isLetter || text[before].isNumber { return Int.max }
        return letters
    }
}
