/// A phrase in one case at a time: languages that decline a name decline each of its words
/// (`Volodymyr Zelensky`, `Volodymyra Zelenskoho`; `Władimir Putin`, `Władimira Putina`), and a
/// word that does not (`Shoigu`, an initial) stays as written.
enum PhraseCases {
    /// For each case, the phrase `words` with each word in that case's forms (`forms[i]`, one list
    /// a case, or nil for a word that does not decline), every combination of them up to `limit`;
    /// the phrase as written is left out. Empty when no word declines.
    static func spellings(of words: [String], forms: [[[String]]?], limit: Int = 16) -> [String] {
        guard let caseCount = forms.lazy.compactMap({ $0?.count }).first else { return [] }
        let phrase = words.joined(separator: " ")
        var spellings: [String] = []
        for grammaticalCase in 0..<caseCount {
            var partial = [""]
            for (index, word) in words.enumerated() {
                let options = forms[index]?[grammaticalCase] ?? [word]
                partial = Array(
                    partial.flatMap { start in options.map { start.isEmpty ? $0 : start + " " + $0 } }.prefix(limit))
            }
            for spelling in partial where spelling != phrase && !spellings.contains(spelling) {
                spellings.append(spelling)
            }
        }
        return spellings
    }

    /// `stem` with each case's endings: `forms("Putin", [["a"], ["u", "ovi"]])` is
    /// `[["Putina"], ["Putinu", "Putinovi"]]`.
    static func forms(_ stem: some Sequence<Character>, _ endings: [[String]]) -> [[String]] {
        let stem = String(stem)
        return endings.map { $0.map { stem + $0 } }
    }
}
