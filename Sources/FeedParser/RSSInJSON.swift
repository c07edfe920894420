import Foundation

/// RSS written as JSON ("RSS in JSON", scripting.com's `rss.json`): an `rss` object whose
/// `channel` holds RSS 2.0's elements as JSON properties, a repeated element (`item`,
/// `category`) as an array, and an element's attributes as the properties of its object
/// (`"enclosure": {"url": …, "type": …, "length": 277413}`).
///
/// It is turned back into the RSS document it stands for and read as RSS: every rule RSS has
/// (a guid that is a permalink, `email (name)` authors, enclosures, dates, titles written as
/// HTML) then holds for it too, with nothing to keep in step.
enum RSSInJSON {
    /// Whether `root` is RSS in JSON rather than a JSON Feed.
    static func describes(_ root: [String: Any]) -> Bool {
        (root["rss"] as? [String: Any])?["channel"] is [String: Any] && root["items"] == nil
    }

    /// The RSS document `root` stands for, as UTF-8 XML. Elements the XML cannot name (a
    /// property that is not an XML name, or one with a prefix no namespace is declared for)
    /// are left out, as are objects nested deeper than any feed needs.
    static func document(_ root: [String: Any]) -> [UInt8] {
        guard let rss = root["rss"] as? [String: Any] else { return [] }
        var namespaces = wellKnownNamespaces
        var attributes: [(String, String)] = []
        for (name, value) in rss where name.hasPrefix("xmlns:") {
            guard let uri = scalar(value), isName(name) else { continue }
            namespaces[String(name.dropFirst("xmlns:".count))] = uri
        }
        let version = rss["version"].flatMap(scalar) ?? "2.0"
        attributes.append(("version", version))
        var writer = Writer(namespaces: namespaces)
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) { attributes.append(("xmlns:" + prefix, uri)) }
        writer.output += "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss"
        writer.write(attributes)
        writer.output += ">"
        writer.children(of: rss.filter { $0.key != "version" && !$0.key.hasPrefix("xmlns:") }, depth: 1)
        writer.output += "</rss>\n"
        return Array(writer.output.utf8)
    }

    /// RSS elements whose object's properties are elements, not attributes.
    private static let containers: Set<String> = [
        "channel", "item", "image", "textInput", "textinput", "skipHours", "skipDays",
    ]

    /// Properties that hold the text of an element that also has attributes.
    private static let textProperties = ["#value", "#text", "value", "#"]

    /// Prefixes RSS-in-JSON producers use without declaring them.
    private static let wellKnownNamespaces: [String: String] = [
        "content": "http://purl.org/rss/1.0/modules/content/", "dc": "http://purl.org/dc/elements/1.1/",
        "atom": "http://www.w3.org/2005/Atom", "media": "http://search.yahoo.com/mrss/",
        "itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
    ]

    private static let maximumDepth = 16

    private struct Writer {
        let namespaces: [String: String]
        var output = ""

        mutating func children(of object: [String: Any], depth: Int) {
            // The channel's own elements before its items (a reader takes the language and the
            // base from them), each in a stable order.
            let names = object.keys.sorted { ($0 == "item" ? 1 : 0, $0) < ($1 == "item" ? 1 : 0, $1) }
            for name in names { element(name, object[name]!, depth: depth) }
        }

        mutating func element(_ name: String, _ value: Any, depth: Int) {
            guard depth < RSSInJSON.maximumDepth, RSSInJSON.isName(name), isDeclared(name) else { return }
            if let list = value as? [Any] {
                for member in list where !(member is [Any]) { element(name, member, depth: depth + 1) }
            } else if let text = RSSInJSON.scalar(value) {
                output += "<\(name)>\(RSSInJSON.escaped(text, quotes: false))</\(name)>"
            } else if let object = value as? [String: Any] {
                output += "<\(name)"
                if RSSInJSON.containers.contains(name) {
                    output += ">"
                    children(of: object, depth: depth + 1)
                } else {
                    let textKey = RSSInJSON.textProperties.first { object[$0] != nil }
                    var attributes: [(String, String)] = []
                    var nested: [String: Any] = [:]
                    for (key, member) in object where key != textKey {
                        if let text = RSSInJSON.scalar(member) {
                            if RSSInJSON.isName(key) && isDeclared(key) { attributes.append((key, text)) }
                        } else {
                            nested[key] = member
                        }
                    }
                    write(attributes.sorted { $0.0 < $1.0 })
                    output += ">"
                    if let textKey, let text = object[textKey].flatMap(RSSInJSON.scalar) {
                        output += RSSInJSON.escaped(text, quotes: false)
                    }
                    children(of: nested, depth: depth + 1)
                }
                output += "</\(name)>"
            }
        }

        mutating func write(_ attributes: [(String, String)]) {
            for (name, value) in attributes { output += " \(name)=\"\(RSSInJSON.escaped(value, quotes: true))\"" }
        }

        /// Whether a prefixed name's prefix has a namespace (an undeclared one would make the
        /// document ill-formed).
        func isDeclared(_ name: String) -> Bool {
            guard let colon = name.firstIndex(of: ":") else { return true }
            let prefix = String(name[..<colon])
            return prefix == "xml" || namespaces[prefix] != nil
        }
    }

    /// A string, number or boolean as element text; nil for objects, arrays and null.
    private static func scalar(_ value: Any) -> String? {
        if let text = value as? String { return text }
        // Asking an object or an array for a number would bridge it whole to Foundation first.
        guard !(value is [String: Any]), !(value is [Any]), let number = value as? NSNumber else { return nil }
        // JSONSerialization reads `true` and `false` as numbers of type char.
        if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
        return number.stringValue
    }

    /// Whether `name` is an XML name with at most one colon, not at either end.
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != ":", name.last != ":",
            name.filter({ $0 == ":" }).count <= 1
        else { return false }
        let isStart = { (scalar: Unicode.Scalar) in
            scalar.isASCII
                ? (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
                : scalar.properties.isAlphabetic
        }
        guard isStart(first) else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy {
            isStart($0) || $0 == "-" || $0 == "." || $0 == ":" || ($0 >= "0" && $0 <= "9")
                || (!$0.isASCII && $0.properties.numericType != nil)
        }
    }

    /// Text escaped for XML, without the characters XML 1.0 cannot hold (they would end the
    /// parse where the JSON had none).
    private static func escaped(_ text: String, quotes: Bool) -> String {
        // Most values (dates, addresses, titles) need nothing.
        if !text.utf8.contains(where: {
            $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF
        }) {
            return text
        }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where quotes: output += "&quot;"
            case "\n" where quotes: output += "&#10;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
