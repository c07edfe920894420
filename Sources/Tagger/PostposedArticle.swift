/// Macedonian and Bulgarian write the definite article on the end of a phrase's first word,
/// and their news names most bodies and regions with it: Macedonian `Европската унија` (the
/// European Union; `Европска унија` without it), `Западниот Балкан`, `Обединетите нации`;
/// Bulgarian `Европейският съюз` (as a subject) and `Европейския съюз` (otherwise),
/// `Западните Балкани`, `Кремълът`. A place's name in `Exonyms`' table is matched with these
/// forms too. Names of countries and towns take no article, and the forms made of them are words
/// no article writes.
enum PostposedArticle {
    enum Language {
        case macedonian
        case bulgarian
    }

    /// The definite forms of `name` (a name in the table, in Cyrillic), or none when its first
    /// word has no ending this knows or carries an article already.
    static func forms(of name: String, in language: Language) -> [String] {
        var words = name.split(separator: " ").map(String.init)
        guard let first = words.first, first.count >= 3, !hasArticle(first, in: language) else { return [] }
        let followedByPlural = words.count > 1 && words[words.count - 1].hasSuffix("и")
        let articled = articledForms(of: first, isAdjective: words.count > 1, beforePlural: followedByPlural, language)
        return articled.map { form in
            words[0] = form
            return words.joined(separator: " ")
        }
    }

    /// `word` with the article: a feminine's `-та`, a neuter's `-то`, a plural's `-те`, a
    /// masculine's Macedonian `-от` (an adjective's `-иот`) or Bulgarian `-ът` and `-а` (an
    /// adjective's `-ят` and `-я`). A masculine adjective in `-ен` drops its `е` (`Западен`,
    /// `Западниот`, `Западният`).
    private static func articledForms(
        of word: String, isAdjective: Bool, beforePlural: Bool, _ language: Language
    ) -> [String] {
        let lower = word.lowercased()
        guard let last = lower.last else { return [] }
        switch last {
        case "а", "я": return [word + "та"]
        case "о", "е": return [word + "то"]
        case "и" where beforePlural || !isAdjective: return [word + "те"]
        case "и": return language == .macedonian ? [word + "от"] : [word + "ят", word + "я"]
        case "й": return []
        default:
            guard last.isLetter else { return [] }
            if isAdjective {
                // Only the adjectives in `-ен` are known to be adjectives (`Западен`); another
                // first word of a phrase ending so is a name (`Санкт Петербург`).
                guard lower.hasSuffix("ен") else { return [] }
                let stem = String(word.dropLast(2)) + "н"
                return language == .macedonian ? [stem + "иот"] : [stem + "ият", stem + "ия"]
            }
            return language == .macedonian ? [word + "от"] : [word + "ът", word + "а"]
        }
    }

    /// Whether `word` ends in a masculine's or a plural's article already (the table lists some
    /// forms with one: `Кремљот`, `Западните`). A feminine's and a neuter's are not told from a
    /// word's own ending (`Обединето`, neuter, is `Обединетото` with it).
    private static func hasArticle(_ word: String, in language: Language) -> Bool {
        let endings = language == .macedonian ? ["от", "те"] : ["ът", "ят", "те"]
        return endings.contains { word.lowercased().hasSuffix($0) }
    }
}
