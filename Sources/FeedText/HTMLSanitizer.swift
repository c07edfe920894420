import Foundation

/// Cleans HTML from feeds for republishing: an allowlist of elements and attributes, safe URLs
/// only, relative URLs made absolute, and every tag balanced.
///
/// Anything not on the list goes: `script`, `style`, `iframe`, `object`, `embed`, `form`, `meta`,
/// `base` and their kin (with their content where it is code), every event-handler and `style`
/// attribute, and `javascript:`, `vbscript:` and `data:` URLs (but inline raster images).
public enum HTMLSanitizer {
    /// The sanitized form of `html`, with URLs resolved against `base`.
    public static func sanitize(_ html: String, base: String? = nil) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var tokenizer = HTMLTokenizer(html)
        var open: [String] = []
        var dropping: String?  // an element whose whole content is dropped
        var droppingDepth = 0

        while let token = tokenizer.next() {
            switch token {
            case .text(let text):
                if dropping == nil { output += escapeText(text) }
            case .ignored:
                continue
            case .startTag(let name, let attributes, let selfClosing):
                if let dropped = dropping {
                    if name == dropped && !selfClosing && !voidElements.contains(name) { droppingDepth += 1 }
                    continue
                }
                if droppedWithContent.contains(name) {
                    if !selfClosing && !voidElements.contains(name) {
                        dropping = name
                        droppingDepth = 1
                    }
                    continue
                }
                guard let allowed = allowedAttributes[name] else { continue }
                output += "<" + name
                for (attribute, value) in attributes
                where allowed.contains(attribute) || globalAttributes.contains(attribute) {
                    guard let clean = cleanAttribute(attribute, value, element: name, base: base) else { continue }
                    output += " " + attribute + "=\"" + XMLEscaping.attribute(clean) + "\""
                }
                if name == "a" { output += " rel=\"nofollow noopener noreferrer\"" }
                if voidElements.contains(name) {
                    output += " />"
                } else {
                    output += ">"
                    open.append(name)
                }
            case .endTag(let name):
                if let dropped = dropping {
                    if name == dropped {
                        droppingDepth -= 1
                        if droppingDepth == 0 { dropping = nil }
                    }
                    continue
                }
                guard allowedAttributes[name] != nil, !voidElements.contains(name),
                    let position = open.lastIndex(of: name)
                else { continue }
                // Close what was left open inside, so the output stays balanced.
                for inner in open[position...].reversed() { output += "</" + inner + ">" }
                open.removeSubrange(position...)
            }
        }
        for name in open.reversed() { output += "</" + name + ">" }
        return output
    }

    /// True when a URL is safe to republish in `attribute` of `element`.
    public static func isSafeURL(_ url: String, element: String = "a", attribute: String = "href") -> Bool {
        let compact = String(url.unicodeScalars.filter { $0.value > 0x20 && $0 != "\u{7F}" }).lowercased()
        guard let scheme = URLResolver.scheme(of: compact) else { return true }  // relative
        switch scheme {
        case "http", "https": return true
        case "mailto", "tel": return attribute == "href"
        case "data":
            return element == "img" && attribute == "src"
                && ["data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp"].contains
                {
                    compact.hasPrefix($0 + ";") || compact.hasPrefix($0 + ",")
                }
        default: return false
        }
    }

    private static func cleanAttribute(_ name: String, _ value: String, element: String, base: String?) -> String? {
        guard urlAttributes.contains(name) else { return value }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard isSafeURL(trimmed, element: element, attribute: name) else { return nil }
        if URLResolver.scheme(of: trimmed) == "data" { return trimmed }
        return URLResolver.resolve(trimmed, against: base)
    }

    private static func escapeText(_ text: Substring) -> String {
        // Text keeps its character references (they are already markup) but a stray `<` or `>`
        // is escaped; `&` is escaped unless it starts a reference.
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "&":
                let rest = text[text.index(after: index)...]
                let reference = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "#" })
                if !reference.isEmpty, rest.dropFirst(reference.count).first == ";" {
                    output += "&"
                } else {
                    output += "&amp;"
                }
            default:
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    !XMLEscaping.isAllowedInXML(scalar)
                {
                    break
                }
                output.append(character)
            }
            index = text.index(after: index)
        }
        return output
    }

    private static let urlAttributes: Set<String> = ["href", "src", "cite", "poster"]
    private static let globalAttributes: Set<String> = ["title", "lang", "dir"]
    private static let voidElements: Set<String> = ["br", "hr", "img", "wbr", "source"]
    /// Elements whose content is code or chrome, not article text.
    private static let droppedWithContent: Set<String> = [
        "script", "style", "iframe", "object", "embed", "applet", "noscript", "template", "svg", "math", "title",
        "head", "textarea", "select", "button", "frameset", "frame", "noembed", "noframes", "xmp", "plaintext",
        "form",
    ]
    private static let allowedAttributes: [String: Set<String>] = [
        "a": ["href", "hreflang"], "abbr": [], "b": [], "bdi": [], "bdo": [], "blockquote": ["cite"], "br": [],
        "caption": [], "cite": [], "code": [], "col": ["span"], "colgroup": ["span"], "dd": [],
        "del": ["cite", "datetime"],
        "details": ["open"], "dfn": [], "div": [], "dl": [], "dt": [], "em": [], "figcaption": [], "figure": [],
        "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [], "hr": [], "i": [],
        "img": ["src", "alt", "width", "height"], "ins": ["cite", "datetime"], "kbd": [], "li": ["value"], "mark": [],
        "ol": ["start", "reversed", "type"], "p": [], "pre": [], "q": ["cite"], "rp": [], "rt": [], "ruby": [], "s": [],
        "samp": [], "small": [], "span": [], "strike": [], "strong": [], "sub": [], "summary": [], "sup": [],
        "table": [], "tbody": [], "td": ["colspan", "rowspan", "headers"], "tfoot": [],
        "th": ["colspan", "rowspan", "headers", "scope"], "thead": [], "time": ["datetime"], "tr": [], "u": [],
        "ul": [], "var": [], "wbr": [], "article": [], "section": [], "aside": [], "header": [], "footer": [],
        "main": [], "nav": [], "address": [],
    ]
}
