import Synchronization

/// The case forms of the topics' names in one language (Serbian, Croatian, Bosnian and
/// Montenegrin: `SouthSlavicCases`; Albanian: `AlbanianCases`), compiled the first time an
/// article in it is tagged: a name has three to six forms, and compiling the South Slavic ones
/// with the other terms made compiling 20,000 terms drawn from the corpus take 60% longer (530 →
/// 860–920 ms), which a user who reads no news in the language would pay at every run.
final class CaseFormTrie: Sendable {
    /// A term of the main trie that may be a name.
    struct Name: Sendable {
        var text: String
        var topic: Int
        var role: TermTrie.Role
        /// Its first spelling in the main trie, which its forms' hits report.
        var term: Int32
    }

    private let names: [Name]
    private let spell: @Sendable (String) -> [String]
    private let compiled = Mutex<(trie: TermTrie, terms: [Int32])?>(nil)

    /// The forms `spell` gives each of `names`.
    init(names: [Name], spell: @escaping @Sendable (String) -> [String]) {
        self.names = names
        self.spell = spell
    }

    /// Whether no term may be a name (nothing to read).
    var isEmpty: Bool { names.isEmpty }

    /// The forms' trie, and for each of its terms the main trie's term it stands for.
    func forms() -> (trie: TermTrie, terms: [Int32]) {
        compiled.withLock { compiled in
            if let compiled { return compiled }
            var builder = TermTrie.Builder(expectedTerms: names.count * 4)
            var terms: [Int32] = []
            for name in names {
                for form in spell(name.text)
                where builder.addSpelling(
                    form, of: name.text, topic: name.topic, role: name.role, isCaseSensitive: true)
                {
                    terms.append(name.term)
                }
            }
            let built = (trie: TermTrie(builder), terms: terms)
            compiled = built
            return built
        }
    }
}
