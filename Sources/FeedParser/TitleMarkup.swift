import FeedModel
import FeedText

/// A title given as plain text that holds HTML after all: Mint's `Kochi to raise <span
/// class='webrupee'>₹</span>4,000 crore`, a JSON Feed's `Satechi&#039;s`. RSS titles have no type
/// and JSON Feed's are plain text by its spec, yet producers write them as HTML; a reader shows
/// the tags and entities as text. Titles that only mention a tag (`Die Rückkehr von <i> und
/// <b>`) stay text: markup here is an inline element opened and closed.
enum TitleMarkup {
    /// Elements that a title's markup uses.
    private static let inlineElements: Set<String> = [
        "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "ins", "mark", "q", "s", "small", "span",
        "strong", "sub", "sup", "u",
    ]

    /// Whether `title` opens and closes an inline HTML element.
    static func holdsMarkup(_ title: String) -> Bool {
        guard title.utf8.contains(UInt8(ascii: "<")) else { return false }
        var opened: Set<String> = []
        var rest = Substring(title)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            let isClosing = rest.first == "/"
            let name = rest.dropFirst(isClosing ? 1 : 0).prefix { $0.isLetter }.lowercased()
            let after = rest.dropFirst((isClosing ? 1 : 0) + name.count).first
            guard inlineElements.contains(name), let after, after == ">" || after == " " || after == "\t" else {
                continue
            }
            if !isClosing {
                opened.insert(name)
            } else if opened.contains(name) {
                return true
            }
        }
        return false
    }

    /// A plain-text title read as the feed meant it: decoded once more when it holds entities
    /// (`AT&amp;amp;T`, escaped twice), and marked HTML when it holds markup.
    static func read(_ title: String) -> (String, TextType) {
        if holdsMarkup(title) { return (title, .html) }
        return (title.utf8.contains(UInt8(ascii: "&")) ? HTMLEntities.decode(title) : title, .text)
    }
}
