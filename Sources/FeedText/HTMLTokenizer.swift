import Foundation

/// One piece of an HTML fragment.
enum HTMLToken {
    case text(Substring)
    case startTag(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
    case endTag(name: String)
    /// Comments, doctypes and processing instructions: never republished.
    case ignored
}

/// Splits HTML into text and tags the way browsers do for the cases that matter to safety:
/// raw-text elements (`script`, `style`…) end only at their own end tag, a `<` that opens no tag
/// is text, and attribute values are decoded.
struct HTMLTokenizer {
    private let html: Substring
    private var index: Substring.Index
    private var rawTextEnd: String?

    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]

    init(_ html: String) {
        self.html = Substring(html)
        self.index = self.html.startIndex
    }

    mutating func next() -> HTMLToken? {
        guard index < html.endIndex else { return nil }
        if let element = rawTextEnd {
            rawTextEnd = nil
            let start = index
            let end = findClosing(element) ?? html.endIndex
            index = end
            return .text(html[start..<end])
        }
        if html[index] != "<" {
            let start = index
            index = html[index...].firstIndex(of: "<") ?? html.endIndex
            return .text(html[start..<index])
        }
        let afterBracket = html.index(after: index)
        guard afterBracket < html.endIndex else {
            index = html.endIndex
            return .text("<")
        }
        let next = html[afterBracket]
        if next == "!" {
            if html[afterBracket...].hasPrefix("!--") {
                index = html[afterBracket...].range(of: "-->")?.upperBound ?? html.endIndex
            } else if html[afterBracket...].hasPrefix("![CDATA[") {
                let start = html.index(afterBracket, offsetBy: 8)
                let end = html[start...].range(of: "]]>")
                index = end?.upperBound ?? html.endIndex
                return .text(html[start..<(end?.lowerBound ?? html.endIndex)])
            } else {
                index = html[afterBracket...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
            }
            return .ignored
        }
        if next == "?" {
            index = html[afterBracket...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
            return .ignored
        }
        if next == "/" {
            let nameStart = html.index(after: afterBracket)
            guard nameStart < html.endIndex, html[nameStart].isASCII, html[nameStart].isLetter else {
                // `</ ` or `</3`: a bogus comment in HTML's terms.
                index = html[afterBracket...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
                return .ignored
            }
            var cursor = nameStart
            while cursor < html.endIndex, !html[cursor].isWhitespace, html[cursor] != ">", html[cursor] != "/" {
                cursor = html.index(after: cursor)
            }
            let name = html[nameStart..<cursor].lowercased()
            index = html[cursor...].firstIndex(of: ">").map { html.index(after: $0) } ?? html.endIndex
            return .endTag(name: name)
        }
        guard next.isASCII, next.isLetter else {
            index = afterBracket
            return .text("<")
        }
        return startTag(at: afterBracket)
    }

    private mutating func startTag(at nameStart: Substring.Index) -> HTMLToken {
        var cursor = nameStart
        while cursor < html.endIndex, !html[cursor].isWhitespace, html[cursor] != ">", html[cursor] != "/" {
            cursor = html.index(after: cursor)
        }
        let name = html[nameStart..<cursor].lowercased()
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        while cursor < html.endIndex {
            let character = html[cursor]
            if character == ">" {
                cursor = html.index(after: cursor)
                break
            }
            if character.isWhitespace || character == "/" {
                if character == "/" { selfClosing = true }
                cursor = html.index(after: cursor)
                continue
            }
            selfClosing = false
            let attributeStart = cursor
            while cursor < html.endIndex, !html[cursor].isWhitespace, html[cursor] != "=", html[cursor] != ">",
                html[cursor] != "/" || cursor == attributeStart
            {
                cursor = html.index(after: cursor)
            }
            let attributeName = html[attributeStart..<cursor].lowercased()
            while cursor < html.endIndex, html[cursor].isWhitespace { cursor = html.index(after: cursor) }
            var value = ""
            if cursor < html.endIndex, html[cursor] == "=" {
                cursor = html.index(after: cursor)
                while cursor < html.endIndex, html[cursor].isWhitespace { cursor = html.index(after: cursor) }
                if cursor < html.endIndex, html[cursor] == "\"" || html[cursor] == "'" {
                    let quote = html[cursor]
                    let valueStart = html.index(after: cursor)
                    let valueEnd = html[valueStart...].firstIndex(of: quote) ?? html.endIndex
                    value = String(html[valueStart..<valueEnd])
                    cursor = valueEnd < html.endIndex ? html.index(after: valueEnd) : valueEnd
                } else {
                    let valueStart = cursor
                    while cursor < html.endIndex, !html[cursor].isWhitespace, html[cursor] != ">" {
                        cursor = html.index(after: cursor)
                    }
                    value = String(html[valueStart..<cursor])
                }
            }
            if !attributeName.isEmpty, !attributes.contains(where: { $0.name == attributeName }) {
                attributes.append((attributeName, HTMLEntities.decode(value)))
            }
        }
        index = cursor
        if HTMLTokenizer.rawTextElements.contains(name) && !selfClosing { rawTextEnd = name }
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing)
    }

    /// The start of `</element` (any case), from the current position.
    private func findClosing(_ element: String) -> Substring.Index? {
        var cursor = index
        while let open = html[cursor...].firstIndex(of: "<") {
            let after = html.index(after: open)
            if html[after...].hasPrefix("/") {
                let nameStart = html.index(after: after)
                let end = html.index(nameStart, offsetBy: element.count, limitedBy: html.endIndex) ?? html.endIndex
                if html[nameStart..<end].lowercased() == element {
                    return open
                }
            }
            cursor = after
        }
        return nil
    }
}
