import Synchronization

/// The forms of the topics' names in one language (German genitives: `TermTrie.Builder.
/// germanGenitive(of:)`; Serbian, Croatian, Bosnian and Montenegrin cases: `SouthSlavicCases`;
/// Albanian: `AlbanianCases`; Russian and Ukrainian: `EastSlavicCases`; Polish, Czech and Slovak:
/// `WestSlavicCases`; Turkish, Hungarian, Romanian: `TurkishCases`, `HungarianCases`,
/// `RomanianCases`; Greek: `GreekSpelling`; French, Italian and Spanish: their names and adjectives
/// that are other words elsewhere, `Exonyms.romance(of:in:)`), a trie of their own read in articles in that language only (in English
/// `Americans` and `Gaze` are words, and would pass the main trie's filters), compiled the first
/// time such an article is tagged: a name has up to a dozen forms (a South Slavic one fourteen
/// more, its possessive adjective's), and compiling the South Slavic cases with the other terms
/// made compiling 20,000 terms drawn from the corpus take 60% longer (530 → 860–920 ms), which a
/// user who reads no news in the language would pay at every run. The possessives made the first
/// round of `tag-bench --language sr --rounds 1`, which compiles the forms, 55–80 ms against
/// 43–63 (the rounds after it 38 ms), once a run.
final class CaseFormTrie: Sendable {
    /// A term of the main trie that may be a name.
    struct Name: Sendable {
        var text: String
        var topic: Int
        var role: TermTrie.Role
        var isCaseSensitive: Bool
        /// Its first spelling in the main trie, which its forms' hits report.
        var term: Int32
    }

    private let names: [Name]
    private let spell: @Sendable (String) -> [String]
    private let spellAsWritten: @Sendable (String) -> [String]
    private let casedAsNames: Bool
    private let writtenKeepsCase: Bool
    private let formsPerName: Int
    private let compiled = Mutex<Forms??>(nil)

    /// The forms' trie, for each of its terms the main trie's term it stands for, and whether it
    /// is a word `spellAsWritten` gave (an adjective: `srpski` for `Serbian`).
    typealias Forms = (trie: TermTrie, terms: [Int32], isAdjective: [Bool])

    /// The forms `spell` gives each of `names`, about `formsPerName` each (the trie's filters are
    /// sized for them); with `casedAsNames`, matched with the name's capitals whatever the term
    /// (a form in lower case is another word: `toga` for `Togo`), else as the term is; and the
    /// words `spellAsWritten` gives, matched as they are written: with their capitals, or in any
    /// case when they have none (the adjectives `ruski`, `Rus`: `NationalityAdjectives`), or,
    /// with `writtenKeepsCase`, in lower case only (Italian's `russo`, not the surname `Russo`).
    init(
        names: [Name], formsPerName: Int, casedAsNames: Bool, spell: @escaping @Sendable (String) -> [String],
        spellAsWritten: @escaping @Sendable (String) -> [String] = { _ in [] }, writtenKeepsCase: Bool = false
    ) {
        self.names = names
        self.formsPerName = formsPerName
        self.casedAsNames = casedAsNames
        self.writtenKeepsCase = writtenKeepsCase
        self.spell = spell
        self.spellAsWritten = spellAsWritten
    }

    /// Whether no term may be a name (nothing to read).
    var isEmpty: Bool { names.isEmpty }

    /// The forms' trie, and for each of its terms the main trie's term it stands for; nil when no
    /// name has a form.
    func forms() -> Forms? {
        compiled.withLock { compiled in
            if let compiled { return compiled }
            var builder = TermTrie.Builder(expectedTerms: names.count * formsPerName)
            var terms: [Int32] = []
            var isAdjective: [Bool] = []
            var written: Set<String> = []
            for name in names {
                for form in spell(name.text)
                where builder.addSpelling(
                    form, of: name.text, topic: name.topic, role: name.role,
                    isCaseSensitive: casedAsNames || name.isCaseSensitive)
                {
                    terms.append(name.term)
                    isAdjective.append(false)
                }
                // `Russian` and `Russians` in one topic are written alike: once is enough.
                for word in spellAsWritten(name.text)
                where written.insert("\(name.topic) \(name.role) \(word)").inserted
                    && builder.addSpelling(
                        word, of: name.text, topic: name.topic, role: name.role,
                        isCaseSensitive: writtenKeepsCase || word.contains(where: \.isUppercase))
                {
                    terms.append(name.term)
                    isAdjective.append(true)
                }
            }
            let built = terms.isEmpty ? nil : (trie: TermTrie(builder), terms: terms, isAdjective: isAdjective)
            compiled = .some(built)
            return built
        }
    }
}
