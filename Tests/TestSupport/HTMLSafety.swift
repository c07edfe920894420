import Foundation

/// An independent check of HTML for what must never be republished, written apart from the
/// sanitizer (regular expressions and its own entity decoding) so that the two do not share a bug.
public enum HTMLSafety {
    public static let forbiddenElements: Set<String> = [
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
        "textarea", "select", "meta", "base", "link", "svg", "math", "isindex", "bgsound", "template", "noscript",
        "xss", "marquee", "title", "body", "html", "head",
    ]
    public static let urlAttributes: Set<String> = [
        "href", "src", "srcset", "action", "formaction", "background", "lowsrc", "dynsrc", "data", "poster", "cite",
        "xlink:href", "longdesc", "usemap", "content",
    ]

    public static func problems(in html: String, allowingPageFurniture: Bool = false) -> [String] {
        var problems: [String] = []
        // Read by code point, as an HTML tokenizer reads: under Swift's default, a `>` followed
        // by a combining mark is one character that `>` does not match, and the tag would run on.
        let tag = /<\s*(\/?)\s*([A-Za-z][A-Za-z0-9:_-]*)([^>]*)>/.matchingSemantics(.unicodeScalar)
        let attribute = /([^\s=\/"'>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/.matchingSemantics(
            .unicodeScalar)
        for match in html.matches(of: tag) {
            let name = match.2.lowercased()
            let furniture: Set<String> = ["html", "head", "body", "meta", "title", "style", "link"]
            if forbiddenElements.contains(name) && !(allowingPageFurniture && furniture.contains(name)) {
                problems.append("element <\(name)>")
            }
            for part in String(match.3).matches(of: attribute) {
                let key = part.1.lowercased()
                let value = decode(String(part.2 ?? part.3 ?? part.4 ?? ""))
                if key.hasPrefix("on") { problems.append("event handler \(key) on <\(name)>") }
                if key == "style" { problems.append("style attribute on <\(name)>") }
                if urlAttributes.contains(key) && !(allowingPageFurniture && name == "meta") {
                    let compact = String(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
                        .lowercased()
                    for url in key == "srcset" ? compact.split(separator: ",").map(String.init) : [compact] {
                        if url.hasPrefix("javascript:") || url.hasPrefix("vbscript:") {
                            problems.append("\(key)=\(value) on <\(name)>")
                        }
                        // Inline raster images stay (`image/jpg`, the common misnaming of jpeg, too):
                        // an image element runs no script whatever its data holds.
                        let rasterImage =
                            name == "img" && key == "src"
                            && [
                                "data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif",
                                "data:image/webp",
                            ].contains {
                                url.hasPrefix($0)
                            }
                        if url.hasPrefix("data:") && !rasterImage { problems.append("\(key)=data: on <\(name)>") }
                    }
                }
            }
        }
        return problems
    }

    /// Numeric references and the few named ones attackers use, decoded (without the `;` too).
    public static func decode(_ value: String) -> String {
        var text = value
        for (name, replacement) in [("&colon;", ":"), ("&Tab;", "\t"), ("&NewLine;", "\n"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: name, with: replacement)
        }
        let numeric = /&#([xX]?)([0-9A-Fa-f]+);?/.matchingSemantics(.unicodeScalar)
        return text.replacing(numeric) { match in
            let value = UInt32(match.2, radix: match.1.isEmpty ? 10 : 16) ?? 0
            return Unicode.Scalar(value).map { String(Character($0)) } ?? ""
        }
    }
}
