/// A boolean expression over an item's tags: `western-balkans and not (sports or weather)`.
///
/// Words are tag ids; `source:X` matches an outlet (feed URL, host or slugified title) and
/// `lang:X` a language (prefix match, so `lang:en` takes `en-GB`).
public indirect enum TagExpression: Sendable, Hashable, CustomStringConvertible {
    case tag(String)
    case source(String)
    case language(String)
    case not(TagExpression)
    case and(TagExpression, TagExpression)
    case or(TagExpression, TagExpression)

    /// What an expression is evaluated against.
    public struct Subject: Sendable {
        public var tags: Set<String>
        /// Feed URLs, hosts and slugified titles of every outlet that carried the item.
        public var sources: Set<String>
        public var languages: [String]

        public init(tags: Set<String>, sources: Set<String> = [], languages: [String] = []) {
            self.tags = tags
            self.sources = sources
            self.languages = languages
        }
    }

    public func matches(_ subject: Subject) -> Bool {
        switch self {
        case .tag(let id): return subject.tags.contains(id)
        case .source(let name): return subject.sources.contains(name)
        case .language(let code):
            return subject.languages.contains { $0.lowercased() == code || $0.lowercased().hasPrefix(code + "-") }
        case .not(let inner): return !inner.matches(subject)
        case .and(let left, let right): return left.matches(subject) && right.matches(subject)
        case .or(let left, let right): return left.matches(subject) || right.matches(subject)
        }
    }

    /// Whether the expression has `source:` terms (so that a caller knows whether to work out
    /// the outlets of what it evaluates).
    public var mentionsSources: Bool {
        switch self {
        case .source: return true
        case .tag, .language: return false
        case .not(let inner): return inner.mentionsSources
        case .and(let left, let right), .or(let left, let right): return left.mentionsSources || right.mentionsSources
        }
    }

    /// Every tag id the expression names.
    public var tagIDs: Set<String> {
        switch self {
        case .tag(let id): return [id]
        case .source, .language: return []
        case .not(let inner): return inner.tagIDs
        case .and(let left, let right), .or(let left, let right): return left.tagIDs.union(right.tagIDs)
        }
    }

    public var description: String {
        switch self {
        case .tag(let id): return id
        case .source(let name): return "source:" + name
        case .language(let code): return "lang:" + code
        case .not(let inner): return "not " + inner.description
        case .and(let left, let right): return "(\(left) and \(right))"
        case .or(let left, let right): return "(\(left) or \(right))"
        }
    }

    /// Parses an expression; a malformed one throws an error that points at the column.
    public static func parse(_ text: String) throws(TagExpressionError) -> TagExpression {
        var parser = TagExpressionParser(text)
        return try parser.parseAll()
    }
}

/// A malformed tag expression.
public struct TagExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based column of the offending token.
    public var column: Int
    public var message: String

    public init(column: Int, message: String) {
        self.column = column
        self.message = message
    }

    public var description: String { "column \(column): \(message)" }
}
