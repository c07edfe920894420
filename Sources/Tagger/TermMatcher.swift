import FeedText
import Foundation

/// Finds which of many terms occur in a text, in one pass over the text's words.
///
/// Terms are tokenized with the same normalizer as the text, so a term matches whole words and
/// phrases regardless of punctuation, case (unless case-sensitive) and diacritics. An index by
/// first word keeps the cost per word constant however many terms there are.
struct TermMatcher: Sendable {
    struct Term: Sendable, Hashable {
        /// The topic this term belongs to, by index.
        var owner: Int
        var words: [String]
        var isPrefix: Bool
        var isCaseSensitive: Bool
        var text: String
    }

    private var byFirstWord: [String: [Term]] = [:]
    private var prefixTerms: [Term] = []

    init(_ terms: [Term]) {
        for term in terms where !term.words.isEmpty {
            if term.isPrefix && term.words.count == 1 {
                prefixTerms.append(term)
            } else {
                byFirstWord[term.words[0], default: []].append(term)
            }
        }
    }

    /// The words of a term as the text's words will be compared with them.
    static func words(of term: String, caseSensitive: Bool) -> (words: [String], isPrefix: Bool) {
        var text = term.trimmingCharacters(in: .whitespaces)
        let isPrefix = text.hasSuffix("*")
        if isPrefix { text.removeLast() }
        let tokens = TextNormalizer.tokens(in: text)
        return (tokens.map { caseSensitive ? $0.cased : $0.folded }, isPrefix)
    }

    /// Every term occurrence in `tokens`.
    func matches(in tokens: [Token]) -> [Term] {
        var found: [Term] = []
        for (index, token) in tokens.enumerated() {
            for key in [token.folded, token.cased] {
                for term in byFirstWord[key] ?? [] where matchesAt(term, tokens, index) {
                    found.append(term)
                }
                if token.folded == token.cased { break }
            }
            for term in prefixTerms {
                let word = term.isCaseSensitive ? token.cased : token.folded
                if word.hasPrefix(term.words[0]) { found.append(term) }
            }
        }
        return found
    }

    private func matchesAt(_ term: Term, _ tokens: [Token], _ start: Int) -> Bool {
        guard start + term.words.count <= tokens.count else { return false }
        for (offset, word) in term.words.enumerated() {
            let token = tokens[start + offset]
            let text = term.isCaseSensitive ? token.cased : token.folded
            let isLast = offset == term.words.count - 1
            if isLast && term.isPrefix {
                guard text.hasPrefix(word) else { return false }
            } else if text != word {
                return false
            }
        }
        return true
    }
}
