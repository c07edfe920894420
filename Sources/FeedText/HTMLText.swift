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
        // On bytes, in one pass: every article's text comes through here, for dedup, tagging
        // and the outputs.
        let bytes = Array(html.utf8)
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var index = 0
        var skipUntilClosing: String?
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let next = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                if skipUntilClosing == nil { text.append(contentsOf: bytes[index..<next]) }
                index = next
                continue
            }
            if bytes[index...].starts(with: Array("<!--".utf8)) {
                index = (find(Array("-->".utf8), in: bytes, from: index + 4) ?? bytes.count - 3) + 3
                continue
            }
            guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: ">")) else {
                // An unclosed '<' is text, as browsers read it.
                if skipUntilClosing == nil { text.append(bytes[index]) }
                index += 1
                continue
            }
            let tag = tagName(bytes[(index + 1)..<close])
            if let skipping = skipUntilClosing {
                if tag.isClosing && tag.name == skipping { skipUntilClosing = nil }
            } else if !tag.isClosing && (tag.name == "script" || tag.name == "style") {
                skipUntilClosing = tag.name
            } else if blockElements.contains(tag.name) {
                text.append(0x0A)
            }
            index = close + 1
        }
        return collapseWhitespace(String(decoding: HTMLEntities.decode(bytes: text), as: UTF8.self))
    }

    /// `text` on one line, as a title is shown: read as HTML when `isHTML` (no markup, no
    /// references: `94 &#8211; …` is `94 – …`), its white space, line breaks too, collapsed to
    /// single spaces. Empty when it holds nothing a reader sees: white space, markup, and
    /// characters that print nothing (a zero-width space, a word joiner, a Hangul filler), which
    /// some publishing systems give an untitled post as its title; shown, it is a link no one can
    /// see or click, where an untitled item shows its opening words.
    public static func line(_ text: String, isHTML: Bool) -> String {
        let collapsed = collapseWhitespace(isHTML ? plainText(fromHTML: text) : text)
        guard collapsed.unicodeScalars.contains(where: isVisible) else { return "" }
        return collapsed.contains("\n") ? collapsed.replacing("\n", with: " ") : collapsed
    }

    /// `text` as `line` shows it, or nil when there is no text or nothing in it a reader sees:
    /// an untitled item, which the outputs and listings name otherwise.
    public static func shownLine(_ text: String?, isHTML: Bool) -> String? {
        guard let text else { return nil }
        let line = line(text, isHTML: isHTML)
        return line.isEmpty ? nil : line
    }

    /// Whether `scalar` prints something on its own: not white space, a format or control
    /// character, a mark without a letter to sit on, or a letter made to be blank.
    private static func isVisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value > 0x20 && scalar.value != 0x7F }
        switch scalar.value {
        case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .format, .control, .spaceSeparator, .lineSeparator, .paragraphSeparator, .nonspacingMark,
            .enclosingMark:
            return false
        default:
            return !scalar.properties.isWhitespace
        }
    }

    /// Collapses white-space runs to one space within lines and blank lines to one line break.
    ///
    /// Works on UTF-8 bytes (white space is ASCII or one of a few multi-byte spaces), since every
    /// article's text passes through here on its way to dedup and tagging.
    public static func collapseWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { input -> String in
            var output: [UInt8] = []
            output.reserveCapacity(input.count)
            var pendingSpace = false
            var pendingBreak = false
            var index = 0
            while index < input.count {
                let (kind, length) = whitespace(input, index)
                switch kind {
                case .lineBreak:
                    pendingBreak = true
                case .space:
                    pendingSpace = true
                case .none:
                    if !output.isEmpty {
                        if pendingBreak {
                            output.append(0x0A)
                        } else if pendingSpace {
                            output.append(0x20)
                        }
                    }
                    pendingBreak = false
                    pendingSpace = false
                    for offset in 0..<length { output.append(input[index + offset]) }
                }
                index += length
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private enum WhitespaceKind {
        case none, space, lineBreak
    }

    /// Whether the character at `index` is white space (and which kind), and its length in bytes.
    private static func whitespace(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> (WhitespaceKind, Int) {
        let byte = input[index]
        switch byte {
        case 0x0A, 0x0D: return (.lineBreak, 1)
        case 0x20, 0x09, 0x0B, 0x0C: return (.space, 1)
        case 0xC2 where index + 1 < input.count:
            return (input[index + 1] == 0xA0 || input[index + 1] == 0x85 ? .space : .none, 2)
        case 0xE1 where index + 2 < input.count:
            return (input[index + 1] == 0x9A && input[index + 2] == 0x80 ? .space : .none, 3)
        case 0xE2 where index + 2 < input.count:
            let second = input[index + 1]
            let third = input[index + 2]
            if second == 0x80 && third == 0xA8 { return (.lineBreak, 3) }  // U+2028
            let isSpace =
                (second == 0x80 && (third <= 0x8A || third == 0xA9 || third == 0xAF))
                || (second == 0x81 && third == 0x9F)
            return (isSpace ? .space : .none, 3)
        case 0xE3 where index + 2 < input.count:
            return (input[index + 1] == 0x80 && input[index + 2] == 0x80 ? .space : .none, 3)
        default:
            if byte < 0x80 { return (.none, 1) }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return (.none, min(length, input.count - index))
        }
    }

    /// The elements a browser shows apart from the text around them: each ends a paragraph. A
    /// table's cells are among them, as `TextCleaner` has them: without a break,
    /// `<td>Computer</td><td>Yes</td>` read as one word, `ComputerYes`.
    static let blockElements: Set<String> = [
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
        "pre", "hr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "dl",
        "td", "th", "caption", "aside", "nav", "main",
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
