import FeedText
import Foundation

/// Adds a feed to an OPML subscription list as a person would: one `outline` line written into
/// the file's text, in a folder or at the end of its body, indented as its neighbours are. The
/// rest of the file (comments, attributes this program does not read, its layout) stays as it was,
/// byte for byte.
public enum OPMLEditor {
    /// A feed to list: its address, its title, and its site.
    public struct Entry: Sendable, Hashable {
        public var url: String
        public var title: String?
        public var siteURL: String?

        public init(url: String, title: String?, siteURL: String?) {
            self.url = url
            self.title = title
            self.siteURL = siteURL
        }
    }

    /// `text` with an outline for `entry` added: inside the folder outline named `folder`
    /// (compared as tags are, by slug: `western balkans` is `Western Balkans`), or in a new
    /// folder of that name at the end of the body; at the end of the body without a folder.
    /// Throws when the text has no `<body>` to add to.
    public static func adding(_ entry: Entry, toFolder folder: String?, in text: String, path: String)
        throws(OPMLError) -> String
    {
        let bytes = Array(text.utf8)
        let tags = scanTags(bytes)
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        guard let bodyEnd = tags.first(where: { $0.isEnd && $0.name == "body" }) else {
            if let empty = tags.first(where: { $0.name == "body" && $0.isSelfClosing }) {
                // `<body/>`: an empty list, opened up.
                let indent = indentation(before: empty.start, in: bytes)
                let inner = lines(for: entry, folder: folder, indent: indent + "  ", newline: newline)
                let replacement = "<body>" + newline + inner + indent + "</body>"
                return splice(bytes, empty.start..<empty.end, replacement)
            }
            throw OPMLError(path: path, "the OPML file has no <body> to add the feed to")
        }
        if let folder, let found = folderRange(named: folder, in: tags, bytes: bytes) {
            let indent = childIndentation(of: found.start, end: found.end, in: bytes, tags: tags)
            return insert(indent + outline(for: entry) + newline, before: found.end, in: bytes)
        }
        let indent = childIndentation(
            of: tags.last { $0.name == "body" && !$0.isEnd && $0.start < bodyEnd.start } ?? bodyEnd, end: bodyEnd,
            in: bytes, tags: tags)
        return insert(lines(for: entry, folder: folder, indent: indent, newline: newline), before: bodyEnd, in: bytes)
    }

    /// The name of the folder in `text` that `folder` names (by slug), as the list writes it.
    public static func folderName(matching folder: String, in text: String) -> String? {
        let bytes = Array(text.utf8)
        guard let found = folderRange(named: folder, in: scanTags(bytes), bytes: bytes) else { return nil }
        return found.start.attributes["text"] ?? found.start.attributes["title"]
    }

    /// `text` without the outlines of the feed whose `xmlUrl` `isTheFeed` accepts (with what they
    /// hold, and their line when they have one to themselves), how many there were, and the
    /// names of the folders that held nothing else, which go too: a folder is a tag its feeds
    /// carry, and an empty one tags nothing.
    public static func removing(_ isTheFeed: (String) -> Bool, in text: String) -> (
        text: String, removed: Int, emptiedFolders: [String]
    ) {
        let bytes = Array(text.utf8)
        // The outlines as a tree, in document order: a parent comes before its children.
        var nodes: [(start: Int, end: Int, parent: Int?, folder: String?, isTheFeed: Bool)] = []
        var open: [Int] = []
        for tag in scanTags(bytes) where tag.name == "outline" {
            if tag.isEnd {
                if let index = open.popLast() { nodes[index].end = tag.end }
                continue
            }
            // As the reader takes it: `xmlUrl`, or `url` on an outline of type `rss`.
            let url =
                tag.attributes["xmlurl"]
                ?? (tag.attributes["type"]?.lowercased() == "rss" ? tag.attributes["url"] : nil)
            let name = url == nil ? tag.attributes["text"] ?? tag.attributes["title"] ?? "" : nil
            nodes.append((tag.start, tag.end, open.last, name, url.map(isTheFeed) ?? false))
            if !tag.isSelfClosing { open.append(nodes.count - 1) }
        }
        var gone = nodes.map(\.isTheFeed)
        var removed = 0
        for index in nodes.indices {
            let parentGone = nodes[index].parent.map { gone[$0] } ?? false
            if gone[index] && !parentGone { removed += 1 }
            gone[index] = gone[index] || parentGone
        }
        guard removed > 0 else { return (text, 0, []) }
        // Children before parents: a folder whose every child went goes too, and may empty its own.
        var children = [Int](repeating: 0, count: nodes.count)
        var goneChildren = [Int](repeating: 0, count: nodes.count)
        for node in nodes { if let parent = node.parent { children[parent] += 1 } }
        var emptied: [Int] = []
        for index in nodes.indices.reversed() {
            if !gone[index], nodes[index].folder != nil, children[index] > 0, goneChildren[index] == children[index] {
                gone[index] = true
                emptied.append(index)
            }
            if gone[index], let parent = nodes[index].parent, !gone[parent] { goneChildren[parent] += 1 }
        }
        var result = bytes
        for index in nodes.indices.reversed() where gone[index] && !(nodes[index].parent.map { gone[$0] } ?? false) {
            result.removeSubrange(wholeLines(nodes[index].start..<nodes[index].end, in: bytes))
        }
        return (String(decoding: result, as: UTF8.self), removed, emptied.reversed().compactMap { nodes[$0].folder })
    }

    /// `range` with the rest of its lines when they hold nothing else: the indentation before it
    /// and the line break after it.
    private static func wholeLines(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        let lineStart = startOfLine(range.lowerBound, in: bytes)
        guard bytes[lineStart..<range.lowerBound].allSatisfy(isSpace) else { return range }
        var after = range.upperBound
        while after < bytes.count, isSpace(bytes[after]) || bytes[after] == 0x0D { after += 1 }
        guard after == bytes.count || bytes[after] == 0x0A else { return range }
        return lineStart..<min(bytes.count, after + 1)
    }

    /// A new subscription list holding only `entry` (in `folder`, when given).
    public static func newList(with entry: Entry, inFolder folder: String?) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head>
            <title>feedmerge subscriptions</title>
          </head>
          <body>

        """ + lines(for: entry, folder: folder, indent: "    ", newline: "\n") + "  </body>\n</opml>\n"
    }

    // MARK: Writing

    private static func outline(for entry: Entry) -> String {
        let title = entry.title.map(XMLEscaping.attribute) ?? ""
        var attributes = "type=\"rss\" text=\"\(title)\""
        if entry.title != nil { attributes += " title=\"\(title)\"" }
        attributes += " xmlUrl=\"\(XMLEscaping.attribute(entry.url))\""
        if let site = entry.siteURL { attributes += " htmlUrl=\"\(XMLEscaping.attribute(site))\"" }
        return "<outline \(attributes)/>"
    }

    /// The lines for `entry`, each indented and ended: in a new folder of that name when given.
    private static func lines(for entry: Entry, folder: String?, indent: String, newline: String) -> String {
        guard let folder else { return indent + outline(for: entry) + newline }
        return indent + "<outline text=\"\(XMLEscaping.attribute(folder))\">" + newline
            + indent + "  " + outline(for: entry) + newline + indent + "</outline>" + newline
    }

    /// `lines` (indented, each ended) put before the end tag `end`: as lines of their own when
    /// the end tag begins its line, else just before it, without their indentation and ending.
    private static func insert(_ lines: String, before end: Tag, in bytes: [UInt8]) -> String {
        let lineStart = startOfLine(end.start, in: bytes)
        if bytes[lineStart..<end.start].allSatisfy(isSpace) {
            return splice(bytes, lineStart..<lineStart, lines)
        }
        return splice(bytes, end.start..<end.start, lines.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    private static func splice(_ bytes: [UInt8], _ range: Range<Int>, _ replacement: String) -> String {
        var result = bytes
        result.replaceSubrange(range, with: Array(replacement.utf8))
        return String(decoding: result, as: UTF8.self)
    }

    // MARK: Reading the text

    /// A tag of the document: where it is, its lower-cased local name, and its attributes.
    struct Tag {
        var start: Int
        var end: Int
        var name: String
        var isEnd: Bool
        var isSelfClosing: Bool
        var attributes: [String: String]
    }

    /// The document's tags in order, past comments, CDATA sections, processing instructions and
    /// the DOCTYPE.
    static func scanTags(_ bytes: [UInt8]) -> [Tag] {
        var tags: [Tag] = []
        var index = 0
        func skip(past terminator: String) {
            let pattern = Array(terminator.utf8)
            while index < bytes.count, !bytes[index...].starts(with: pattern) { index += 1 }
            index = min(bytes.count, index + pattern.count)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let rest = bytes[index...]
            if rest.starts(with: Array("<!--".utf8)) {
                skip(past: "-->")
            } else if rest.starts(with: Array("<![CDATA[".utf8)) {
                skip(past: "]]>")
            } else if rest.starts(with: Array("<?".utf8)) {
                skip(past: "?>")
            } else if rest.starts(with: Array("<!".utf8)) {
                skip(past: ">")
            } else {
                let start = index
                var quote: UInt8?
                index += 1
                while index < bytes.count {
                    let byte = bytes[index]
                    if let open = quote {
                        if byte == open { quote = nil }
                    } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                        quote = byte
                    } else if byte == UInt8(ascii: ">") {
                        break
                    }
                    index += 1
                }
                guard index < bytes.count else { break }
                index += 1
                tags.append(tag(String(decoding: bytes[start..<index], as: UTF8.self), start: start, end: index))
            }
        }
        return tags
    }

    private static func tag(_ text: String, start: Int, end: Int) -> Tag {
        var inner = text.dropFirst().dropLast()
        let isEnd = inner.first == "/"
        if isEnd { inner = inner.dropFirst() }
        let isSelfClosing = inner.last == "/"
        if isSelfClosing { inner = inner.dropLast() }
        let nameEnd = inner.firstIndex { $0.isWhitespace } ?? inner.endIndex
        let qualified = inner[..<nameEnd]
        let name = (qualified.split(separator: ":").last.map(String.init) ?? "").lowercased()
        var attributes: [String: String] = [:]
        var rest = inner[nameEnd...]
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            var valueStart = rest.index(after: equals)
            while valueStart < rest.endIndex, rest[valueStart].isWhitespace {
                valueStart = rest.index(after: valueStart)
            }
            guard valueStart < rest.endIndex else { break }
            let quote = rest[valueStart]
            let value: Substring
            if quote == "\"" || quote == "'" {
                let afterQuote = rest.index(after: valueStart)
                let close = rest[afterQuote...].firstIndex(of: quote) ?? rest.endIndex
                value = rest[afterQuote..<close]
                rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[close...]
            } else {
                let close = rest[valueStart...].firstIndex { $0.isWhitespace } ?? rest.endIndex
                value = rest[valueStart..<close]
                rest = rest[close...]
            }
            attributes[key] = HTMLEntities.decode(String(value))
        }
        return Tag(
            start: start, end: end, name: name, isEnd: isEnd, isSelfClosing: isSelfClosing, attributes: attributes)
    }

    /// The start and end tags of the first folder outline (one without `xmlUrl`) named `folder`.
    private static func folderRange(named folder: String, in tags: [Tag], bytes: [UInt8]) -> (start: Tag, end: Tag)? {
        let wanted = Slug.make(folder)
        guard !wanted.isEmpty else { return nil }
        var open: [(tag: Tag, isFolder: Bool)] = []
        for tag in tags where tag.name == "outline" {
            if tag.isEnd {
                guard let last = open.popLast() else { continue }
                if last.isFolder { return (last.tag, tag) }
            } else if !tag.isSelfClosing {
                let name = tag.attributes["text"] ?? tag.attributes["title"] ?? ""
                let isFolder = tag.attributes["xmlurl"] == nil && Slug.make(name) == wanted
                // Only the first folder of that name is the one; later ones are passed over.
                open.append((tag, isFolder && !open.contains { $0.isFolder }))
            }
        }
        return nil
    }

    /// The indentation of the children of the element from `start` to `end`: that of its last
    /// child on a line of its own, else its own and two spaces more.
    private static func childIndentation(of start: Tag, end: Tag, in bytes: [UInt8], tags: [Tag]) -> String {
        var depth = 0
        var lastChild: Tag?
        for tag in tags where tag.start >= start.end && tag.end <= end.start {
            if tag.isEnd {
                depth -= 1
                continue
            }
            if depth == 0 && isOwnLine(tag, in: bytes) { lastChild = tag }
            if !tag.isSelfClosing { depth += 1 }
        }
        if let lastChild { return indentation(before: lastChild.start, in: bytes) }
        return indentation(before: start.start, in: bytes) + "  "
    }

    private static func isOwnLine(_ tag: Tag, in bytes: [UInt8]) -> Bool {
        bytes[startOfLine(tag.start, in: bytes)..<tag.start].allSatisfy(isSpace)
    }

    private static func indentation(before position: Int, in bytes: [UInt8]) -> String {
        let lineStart = startOfLine(position, in: bytes)
        let indent = bytes[lineStart..<position].prefix(while: isSpace)
        return String(decoding: indent, as: UTF8.self)
    }

    private static func startOfLine(_ position: Int, in bytes: [UInt8]) -> Int {
        var index = position
        while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
}
