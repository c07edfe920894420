import FeedModel
import FeedText
import Foundation

/// A title or a summary given as plain text that holds HTML after all: Mint's `Kochi to raise
/// <span class='webrupee'>₹</span>4,000 crore`, a JSON Feed's `Satechi&#039;s`, an Atom summary
/// of `&lt;p&gt;…&lt;/p&gt;` or `&amp;ldquo;Tell, Don&amp;rsquo;t Ask&amp;rdquo;`. RSS titles have
/// no type, Atom's text constructs and JSON Feed's `summary` and `content_text` are plain text by
/// their specs, yet producers write them as HTML; a reader would show the tags and entities as
/// text. Text that only mentions a tag (`Die Rückkehr von <i> und <b>`) stays text: markup here
/// is an element opened and closed.
enum TextMarkup {
    /// Elements that a title's markup uses.
    private static let inlineElements: Set<String> = [
        "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "ins", "mark", "q", "s", "small", "span",
        "strong", "sub", "sup", "u",
    ]

    /// Elements that a summary's or a content's markup uses: the inline ones and blocks.
    private static let textElements: Set<String> = inlineElements.union([
        "article", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
        "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    ])

    /// Whether `text` opens and closes one of `elements`.
    private static func holdsMarkup(_ text: String, elements: Set<String>) -> Bool {
        guard contains(UInt8(ascii: "<"), in: text) else { return false }
        var opened: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            let isClosing = rest.first == "/"
            let name = rest.dropFirst(isClosing ? 1 : 0).prefix { $0.isLetter || $0.isASCII && $0.isNumber }
                .lowercased()
            let after = rest.dropFirst((isClosing ? 1 : 0) + name.count).first
            guard elements.contains(name), let after, after == ">" || after == " " || after == "\t" || after == "\n"
            else {
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
        read(title, elements: inlineElements)
    }

    /// A plain-text summary or content read as the feed meant it, as `read(_:)` reads a title,
    /// with paragraphs and lists as markup too.
    static func readText(_ text: String) -> (String, TextType) {
        read(text, elements: textElements)
    }

    private static func read(_ text: String, elements: Set<String>) -> (String, TextType) {
        if holdsMarkup(text, elements: elements) { return (text, .html) }
        return (contains(UInt8(ascii: "&"), in: text) ? HTMLEntities.decode(text) : text, .text)
    }

    /// Whether `text` holds `byte`: found by memchr, many bytes at a time (a summary or a text
    /// can be long, and most hold neither byte looked for).
    private static func contains(_ byte: UInt8, in text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? text.utf8.contains(byte)
    }
}
