import Foundation

/// Makes the `href` and `src` attributes of an HTML fragment absolute.
///
/// Feeds often carry content with links relative to the article's page; once the content is
/// republished elsewhere those links break unless they are resolved against the right base.
public enum HTMLURLRewriter {
    private static let urlAttributes: Set<String> = ["href", "src", "poster", "cite", "background", "longdesc"]

    /// `html` with every relative URL attribute resolved against `base`.
    public static func absolutize(_ html: String, base: String?) -> String {
        guard let base, !base.isEmpty, html.utf8.contains(UInt8(ascii: "=")) else { return html }
        var output = ""
        var changed = false
        var scanner = HTMLAttributeScanner(html)
        var last = html.startIndex
        while let attribute = scanner.nextAttribute() {
            guard urlAttributes.contains(attribute.name.lowercased()) else { continue }
            let value = HTMLEntities.decode(String(html[attribute.valueRange]))
            guard !value.isEmpty, !URLResolver.isAbsolute(value), !value.hasPrefix("#") else { continue }
            let resolved = URLResolver.resolve(value, against: base)
            output += html[last..<attribute.valueRange.lowerBound]
            output +=
                attribute.quote == nil ? "\"" + XMLEscaping.attribute(resolved) + "\"" : XMLEscaping.attribute(resolved)
            last = attribute.valueRange.upperBound
            changed = true
        }
        guard changed else { return html }
        output += html[last...]
        return output
    }
}

/// Walks the start tags of an HTML fragment and their attributes, in document order.
struct HTMLAttributeScanner {
    struct Attribute {
        var name: Substring
        var valueRange: Range<String.Index>
        var quote: Character?
    }

    enum Event {
        case tag(Substring)
        case attribute(Attribute)
    }

    private let html: String
    private var index: String.Index
    private var inTag = false

    init(_ html: String) {
        self.html = html
        self.index = html.startIndex
    }

    /// The next attribute of any start tag.
    mutating func nextAttribute() -> Attribute? {
        while let event = nextEvent() {
            if case .attribute(let attribute) = event { return attribute }
        }
        return nil
    }

    /// The next start tag or attribute.
    mutating func nextEvent() -> Event? {
        while index < html.endIndex {
            if !inTag {
                guard let open = html[index...].firstIndex(of: "<") else {
                    index = html.endIndex
                    return nil
                }
                index = html.index(after: open)
                if html[index...].hasPrefix("!--") {
                    index = html[index...].range(of: "-->")?.upperBound ?? html.endIndex
                    continue
                }
                guard index < html.endIndex, html[index].isLetter else { continue }
                let nameStart = index
                while index < html.endIndex, !html[index].isWhitespace, html[index] != ">", html[index] != "/" {
                    index = html.index(after: index)
                }
                inTag = true
                return .tag(html[nameStart..<index])
            }
            while index < html.endIndex, html[index].isWhitespace || html[index] == "/" {
                index = html.index(after: index)
            }
            guard index < html.endIndex else { return nil }
            if html[index] == ">" {
                inTag = false
                index = html.index(after: index)
                continue
            }
            let nameStart = index
            while index < html.endIndex, !html[index].isWhitespace, html[index] != "=", html[index] != ">",
                html[index] != "/"
            {
                index = html.index(after: index)
            }
            let name = html[nameStart..<index]
            while index < html.endIndex, html[index].isWhitespace { index = html.index(after: index) }
            guard index < html.endIndex, html[index] == "=" else { continue }
            index = html.index(after: index)
            while index < html.endIndex, html[index].isWhitespace { index = html.index(after: index) }
            guard index < html.endIndex else { return nil }
            if html[index] == "\"" || html[index] == "'" {
                let quote = html[index]
                let valueStart = html.index(after: index)
                let valueEnd = html[valueStart...].firstIndex(of: quote) ?? html.endIndex
                index = valueEnd < html.endIndex ? html.index(after: valueEnd) : valueEnd
                return .attribute(Attribute(name: name, valueRange: valueStart..<valueEnd, quote: quote))
            }
            let valueStart = index
            while index < html.endIndex, !html[index].isWhitespace, html[index] != ">" {
                index = html.index(after: index)
            }
            return .attribute(Attribute(name: name, valueRange: valueStart..<index, quote: nil))
        }
        return nil
    }
}
