/// A start tag of an HTML document with its attributes (names lower-cased, values decoded).
public struct HTMLStartTag: Sendable, Hashable {
    public var name: String
    public var attributes: [String: String]
}

/// Finds start tags in HTML without building a tree: enough to read `<link>` and `<meta>`
/// elements of a page's head.
public enum HTMLTagScanner {
    /// The start tags whose (lower-case) name is in `names`, in document order.
    public static func startTags(in html: String, named names: Set<String>) -> [HTMLStartTag] {
        var tags: [HTMLStartTag] = []
        var scanner = HTMLAttributeScanner(html)
        var current: HTMLStartTag?
        while let event = scanner.nextEvent() {
            switch event {
            case .tag(let name):
                if let tag = current { tags.append(tag) }
                current =
                    names.contains(name.lowercased()) ? HTMLStartTag(name: name.lowercased(), attributes: [:]) : nil
            case .attribute(let attribute):
                guard current != nil else { continue }
                let key = attribute.name.lowercased()
                if current?.attributes[key] == nil {
                    current?.attributes[key] = HTMLEntities.decode(String(html[attribute.valueRange]))
                }
            }
        }
        if let tag = current { tags.append(tag) }
        return tags
    }
}
