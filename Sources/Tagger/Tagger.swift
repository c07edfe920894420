public import FeedModel
import FeedText

/// Tags articles with the user's topics.
///
/// An article gets a topic when any of its terms occurs in the title, summary or body and none
/// of its `exclude` terms does; it then also gets the topic's parents (`within`), transitively.
public struct Tagger: Sendable {
    public let topics: [Topic]
    private let matcher: TermMatcher
    /// For each topic, itself and all its ancestors.
    private let closure: [[Int]]

    public init(topics: [Topic]) {
        self.topics = topics
        var terms: [TermMatcher.Term] = []
        for (index, topic) in topics.enumerated() {
            for (list, caseSensitive, owner) in [
                (topic.match, false, index), (topic.matchCase, true, index), (topic.exclude, false, -1 - index),
            ] {
                for text in list {
                    let (words, isPrefix) = TermMatcher.words(of: text, caseSensitive: caseSensitive)
                    terms.append(
                        TermMatcher.Term(
                            owner: owner, words: words, isPrefix: isPrefix, isCaseSensitive: caseSensitive, text: text))
                }
            }
        }
        matcher = TermMatcher(terms)
        let indexByID = Dictionary(topics.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        closure = topics.indices.map { start in
            var seen: [Int] = []
            var stack = [start]
            while let next = stack.popLast() {
                guard !seen.contains(next) else { continue }
                seen.append(next)
                stack.append(contentsOf: topics[next].within.compactMap { indexByID[$0] })
            }
            return seen
        }
    }

    /// The topic ids `article` is tagged with, sorted.
    public func topicIDs(for article: Article) -> [String] {
        let tokens = Tagger.tokens(of: article)
        var matched = Set<Int>()
        var vetoed = Set<Int>()
        for term in matcher.matches(in: tokens) {
            if term.owner >= 0 { matched.insert(term.owner) } else { vetoed.insert(-1 - term.owner) }
        }
        var tags = Set<String>()
        for index in matched.subtracting(vetoed) {
            for ancestor in closure[index] { tags.insert(topics[ancestor].id) }
        }
        return tags.sorted()
    }

    /// `stories` with their tags set: the topics any copy matches, and the feeds' own tags.
    public func tag(_ stories: [Story]) -> [Story] {
        stories.map { story in
            var story = story
            var tags = Set<String>()
            for member in story.members {
                tags.formUnion(topicIDs(for: member.article))
                tags.formUnion(member.feedTags)
            }
            story.tags = tags.sorted()
            return story
        }
    }

    /// The words of everything an article says: title, summary and body, as plain text.
    static func tokens(of article: Article) -> [Token] {
        var text = article.title ?? ""
        if let summary = article.summary {
            text += "\n" + plainText(summary, article.summaryType)
        }
        if let content = article.content, content != article.summary {
            text += "\n" + plainText(content, article.contentType)
        }
        return TextNormalizer.tokens(in: text)
    }

    private static func plainText(_ value: String, _ type: TextType?) -> String {
        type == .text ? value : HTMLText.plainText(fromHTML: value)
    }
}
