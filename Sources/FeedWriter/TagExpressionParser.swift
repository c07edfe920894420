/// Recursive-descent parser for `TagExpression`: `or` binds loosest, then `and`, then `not`.
struct TagExpressionParser {
    private struct Token {
        enum Kind: Equatable {
            case word(String)
            case open, close, and, or, not, end
        }
        var kind: Kind
        var column: Int
    }

    private var tokens: [Token] = []
    private var position = 0
    private var lexError: TagExpressionError?

    init(_ text: String) {
        var column = 1
        var current = ""
        var start = 1
        func flush() {
            guard !current.isEmpty else { return }
            let kind: Token.Kind
            switch current.lowercased() {
            case "and", "&&": kind = .and
            case "or", "||": kind = .or
            case "not", "!": kind = .not
            default: kind = .word(current)
            }
            tokens.append(Token(kind: kind, column: start))
            current = ""
        }
        for character in text {
            if character == "(" || character == ")" {
                flush()
                tokens.append(Token(kind: character == "(" ? .open : .close, column: column))
            } else if character.isWhitespace {
                flush()
            } else if character.isLetter || character.isNumber || "-_.:/&|!".contains(character) {
                if current.isEmpty { start = column }
                current.append(character)
            } else if lexError == nil {
                lexError = TagExpressionError(column: column, message: "unexpected character '\(character)'")
            }
            column += 1
        }
        flush()
        tokens.append(Token(kind: .end, column: column))
    }

    mutating func parseAll() throws(TagExpressionError) -> TagExpression {
        if let lexError { throw lexError }
        if tokens.count == 1 { throw TagExpressionError(column: 1, message: "the expression is empty") }
        let expression = try parseOr()
        let token = tokens[position]
        guard token.kind == .end else {
            throw TagExpressionError(
                column: token.column, message: "expected 'and', 'or' or the end, found \(describe(token))")
        }
        return expression
    }

    private mutating func parseOr() throws(TagExpressionError) -> TagExpression {
        var left = try parseAnd()
        while tokens[position].kind == .or {
            position += 1
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(TagExpressionError) -> TagExpression {
        var left = try parseNot()
        while tokens[position].kind == .and {
            position += 1
            left = .and(left, try parseNot())
        }
        return left
    }

    private mutating func parseNot() throws(TagExpressionError) -> TagExpression {
        if tokens[position].kind == .not {
            position += 1
            return .not(try parseNot())
        }
        return try parsePrimary()
    }

    private mutating func parsePrimary() throws(TagExpressionError) -> TagExpression {
        let token = tokens[position]
        switch token.kind {
        case .open:
            position += 1
            let inner = try parseOr()
            guard tokens[position].kind == .close else {
                throw TagExpressionError(
                    column: tokens[position].column, message: "expected ')', found \(describe(tokens[position]))")
            }
            position += 1
            return inner
        case .word(let word):
            position += 1
            return try term(word, column: token.column)
        default:
            throw TagExpressionError(
                column: token.column, message: "expected a tag, 'not' or '(', found \(describe(token))")
        }
    }

    private func term(_ word: String, column: Int) throws(TagExpressionError) -> TagExpression {
        guard let colon = word.firstIndex(of: ":") else {
            guard word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
                throw TagExpressionError(column: column, message: "'\(word)' is not a tag id")
            }
            return .tag(word)
        }
        let kind = word[..<colon].lowercased()
        let value = String(word[word.index(after: colon)...])
        guard !value.isEmpty else {
            throw TagExpressionError(column: column, message: "'\(kind):' needs a value")
        }
        switch kind {
        case "source": return .source(value.lowercased())
        case "lang", "language": return .language(value.lowercased())
        default:
            throw TagExpressionError(
                column: column, message: "unknown term kind '\(kind):' (expected source: or lang:)")
        }
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .word(let word): return "'\(word)'"
        case .open: return "'('"
        case .close: return "')'"
        case .and: return "'and'"
        case .or: return "'or'"
        case .not: return "'not'"
        case .end: return "the end"
        }
    }
}
