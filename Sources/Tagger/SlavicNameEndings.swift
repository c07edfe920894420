/// The endings of East Slavic surnames as each outlet romanizes them: Зеленський is `Zelensky`
/// (the BBC), `Zelenskyy` (AP, the US government), `Zelenskiy` (Reuters), `Zelenskyi` (Ukraine's
/// own system), `Zelenskyj` (Czech and German news); Навальный is `Navalny` or `Navalnyy`;
/// Янукович `Yanukovych` or `Yanukovich`. A user who writes one means the person, so a name
/// ending so is given the others (and Cyrillic text, read as Latin one way, is matched).
enum SlavicNameEndings {
    /// The term with each of its names' other endings, one variant for each (none when no word
    /// ends so). Only a capitalized word of Latin letters counts, with at least four letters
    /// before the ending: `Sky`, `ski` and `Penny` are words of their own.
    static func variants(of term: String, isPrefix: Bool) -> [String] {
        guard mayEndSo(term) else { return [] }
        let words = term.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var result: [String] = []
        for (index, word) in words.enumerated() where !(isPrefix && index == words.count - 1) {
            guard let first = word.first, first.isUppercase, word.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                continue
            }
            let lower = word.lowercased()
            guard
                let family = families.first(where: { family in family.contains { lower.hasSuffix($0) } }),
                let ending = family.filter({ lower.hasSuffix($0) }).max(by: { $0.count < $1.count })
            else { continue }
            let stem = word.dropLast(ending.count)
            // Four letters before the ending, so that `Sky` or `Penny` gain nothing; three when
            // they write Ukrainian's `и` as `y` (`Syrskyi`, `Syrsky`).
            guard stem.count >= 4 || (stem.count == 3 && stem.dropFirst().lowercased().contains("y")) else { continue }
            let inCapitals = word.count > 1 && word.allSatisfy(\.isUppercase)
            for other in family where other != ending {
                var spelled = words
                spelled[index] = stem + (inCapitals ? other.uppercased() : other)
                result.append(spelled.joined(separator: " "))
            }
        }
        return result
    }

    /// Whether a word of `term` ends as the families' endings do (in `y`, `i`, `j` or `h`),
    /// read from the bytes: most terms have none, and are told without splitting them.
    private static func mayEndSo(_ term: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in term.utf8 {
            if byte == 0x20, endings.contains(previous | 0x20) { return true }
            previous = byte
        }
        return endings.contains(previous | 0x20)
    }

    private static let endings: Set<UInt8> = [
        UInt8(ascii: "y"), UInt8(ascii: "i"), UInt8(ascii: "j"), UInt8(ascii: "h"),
    ]

    /// Every ending of every family.
    static var allEndings: [String] { families.flatMap { $0 } }

    /// Each family: the ways one Cyrillic ending is written (-ський and -ский; -ный and -ний;
    /// -вич).
    private static let families: [[String]] = [
        ["sky", "skyy", "skiy", "skyi", "skii", "skyj", "skij", "ski"],
        ["ny", "nyy", "nyi", "niy", "nii", "nyj", "nij"],
        ["vich", "vych"],
    ]
}
