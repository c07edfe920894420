/// A name as Turkish news writes it: its suffixes follow an apostrophe (`Putin'in`,
/// `Sırbistan'da`), which folding reads as the name and a word of their own, so the name matches
/// already; an East Slavic name in English romanization is written as Turkish spells the
/// Cyrillic (`zh` as `j`, `kh` as `h`, `sh` as `ş`, `ch` as `ç`, `й` as `y`: `Prigojin`,
/// `Zaharova`, `Herson`, `Şoygu`, `Sergey`; a closing `-y` as `-iy`: `Zelenskiy`), folded as the
/// text is. The tagger reads these spellings in Turkish articles only.
enum TurkishCases {
    /// `term` as Turkish spells its East Slavic names, or none when it has none to respell.
    static func forms(of term: String) -> [String] {
        guard !term.hasSuffix("*") else { return [] }
        return EastSlavicRespelling.spelling(of: term, by: turkish).map { [$0] } ?? []
    }

    private static let turkish = EastSlavicRespelling.Rules(
        rules: [("shch", "sc"), ("zh", "j"), ("kh", "h"), ("sh", "s"), ("ch", "c")], closingY: "iy", semivowel: "y",
        vowelY: "i")
}
