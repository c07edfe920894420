/// Turns HTML markup into readable plain text.
///
/// Tags are dropped, block elements become line breaks, `script`/`style` content disappears,
/// character references are decoded and runs of white space collapse. This is what tagging and
/// deduplication read, and what plain-text output fields carry.
public enum HTMLText {
    /// Plain text of an HTML fragment, paragraphs separated by `"\n"`.
    public static func plainText(fromHTML html: String) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return collapseWhitespace(html)
        }
        var text = ""
        text.reserveCapacity(html.utf8.count)
        let bytes = Array(html.utf8)
        var index = 0
        var segmentStart = 0
        var skipUntilClosing: String?

        func flushText(upTo end: Int) {
            guard skipUntilClosing == nil, end > segmentStart else { return }
            text += String(decoding: bytes[segmentStart..<end], as: UTF8.self)
        }

        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            flushText(upTo: index)
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                index = (find(Array("-->".utf8), in: bytes, from: index + 4) ?? bytes.count - 3) + 3
                segmentStart = index
                continue
            }
            guard let close = find([UInt8(ascii: ">")], in: bytes, from: index + 1) else {
                // An unclosed '<' is text, as browsers read it.
                segmentStart = index
                index += 1
                continue
            }
            let tag = tagName(bytes[(index + 1)..<close])
            if let skipping = skipUntilClosing {
                if tag.isClosing && tag.name == skipping { skipUntilClosing = nil }
            } else if !tag.isClosing && (tag.name == "script" || tag.name == "style") {
                skipUntilClosing = tag.name
            } else if blockElements.contains(tag.name) {
                text += "\n"
            }
            index = close + 1
            segmentStart = index
        }
        flushText(upTo: bytes.count)
        return collapseWhitespace(HTMLEntities.decode(text))
    }

    /// Collapses white-space runs to one space within lines and blank lines to one line break.
    public static func collapseWhitespace(_ text: String) -> String {
        var lines: [String] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" }) {
            let words = line.split(whereSeparator: { $0.isWhitespace })
            if !words.isEmpty { lines.append(words.joined(separator: " ")) }
        }
        return lines.joined(separator: "\n")
    }

    private static let blockElements: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
        "pre", "hr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "dl",
    ]

    private static func tagName(_ inner: ArraySlice<UInt8>) -> (name: String, isClosing: Bool) {
        var start = inner.startIndex
        var isClosing = false
        if start < inner.endIndex, inner[start] == UInt8(ascii: "/") {
            isClosing = true
            start += 1
        }
        var end = start
        while end < inner.endIndex, isNameByte(inner[end]) { end += 1 }
        return (String(decoding: inner[start..<end], as: UTF8.self).lowercased(), isClosing)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
