import FeedModel
import Foundation

/// An article's stored row (`articles.data`), written and read by hand: the bytes are those of
/// Foundation's `JSONEncoder` with sorted keys and dates as seconds since 1970, the format rows
/// have always had, so that a row's hash (`content_hash`, how a changed article is told from an
/// unchanged one) is the same whichever wrote it. Foundation's coders took a fifth of the CPU of
/// fetching new feeds and of a first build.
///
/// `decode` reads what `encode` writes and gives up (nil) on anything else: the caller then
/// reads the row with `JSONDecoder`, which also says what is wrong with it.
enum ArticleJSON {
    /// The row for `article`; nil for what JSON cannot hold (a date that is not finite).
    static func encode(_ article: Article) -> Data? {
        var writer = Writer()
        writer.bytes.reserveCapacity(
            256 + (article.title?.utf8.count ?? 0) + (article.summary?.utf8.count ?? 0)
                + (article.content?.utf8.count ?? 0))
        guard writer.article(article) else { return nil }
        return Data(writer.bytes)
    }

    /// The article a row holds, when it is in the form `encode` writes.
    static func decode(_ data: Data) -> Article? {
        data.withUnsafeBytes { raw -> Article? in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            guard let article = reader.article(), reader.atEnd else { return nil }
            return article
        }
    }

    // MARK: Writing

    private struct Writer {
        var bytes: [UInt8] = []
        private var first = true

        /// The keys in the order `JSONEncoder`'s `.sortedKeys` gives them (byte order).
        mutating func article(_ article: Article) -> Bool {
            open()
            list("authors", article.authors) { $0.author($1) }
            list("categories", article.categories) { $0.category($1) }
            string("comments", article.comments)
            string("content", article.content)
            string("contentType", article.contentType?.rawValue)
            list("contributors", article.contributors) { $0.author($1) }
            list("enclosures", article.enclosures) { $0.enclosure($1) }
            string("id", article.id)
            string("language", article.language)
            string("link", article.link)
            list("links", article.links) { $0.link($1) }
            guard date("published", article.published) else { return false }
            string("publishedRaw", article.publishedRaw)
            string("rights", article.rights)
            string("rightsType", article.rightsType?.rawValue)
            if let source = article.source {
                key("source")
                guard articleSource(source) else { return false }
            }
            string("summary", article.summary)
            string("summaryType", article.summaryType?.rawValue)
            string("title", article.title)
            string("titleType", article.titleType?.rawValue)
            guard date("updated", article.updated) else { return false }
            string("updatedRaw", article.updatedRaw)
            close()
            return true
        }

        mutating func author(_ author: Author) {
            open()
            string("email", author.email)
            string("name", author.name)
            string("uri", author.uri)
            close()
        }

        mutating func category(_ category: FeedModel.Category) {
            open()
            string("label", category.label)
            string("scheme", category.scheme)
            string("term", category.term)
            close()
        }

        mutating func enclosure(_ enclosure: Enclosure) {
            open()
            integer("length", enclosure.length)
            string("type", enclosure.type)
            string("url", enclosure.url)
            close()
        }

        mutating func link(_ link: Link) {
            open()
            string("href", link.href)
            string("hreflang", link.hreflang)
            integer("length", link.length)
            string("rel", link.rel)
            string("title", link.title)
            string("type", link.type)
            close()
        }

        mutating func articleSource(_ source: ArticleSource) -> Bool {
            open()
            string("id", source.id)
            string("link", source.link)
            string("title", source.title)
            guard date("updated", source.updated) else { return false }
            string("url", source.url)
            close()
            return true
        }

        private mutating func open() {
            bytes.append(UInt8(ascii: "{"))
            first = true
        }

        private mutating func close() {
            bytes.append(UInt8(ascii: "}"))
            first = false
        }

        private mutating func key(_ name: StaticString) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
        }

        private mutating func string(_ name: StaticString, _ value: String?) {
            guard let value else { return }
            key(name)
            quoted(value)
        }

        private mutating func integer(_ name: StaticString, _ value: Int64?) {
            guard let value else { return }
            key(name)
            bytes.append(contentsOf: String(value).utf8)
        }

        /// Seconds since 1970 as `JSONEncoder` writes a `Double`: its shortest form, without a
        /// trailing `.0`.
        private mutating func date(_ name: StaticString, _ value: Date?) -> Bool {
            guard let value else { return true }
            let seconds = value.timeIntervalSince1970
            guard seconds.isFinite else { return false }
            key(name)
            var text = seconds.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            bytes.append(contentsOf: text.utf8)
            return true
        }

        private mutating func list<Element>(
            _ name: StaticString, _ elements: [Element], _ write: (inout Writer, Element) -> Void
        ) {
            key(name)
            bytes.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                write(&self, element)
            }
            bytes.append(UInt8(ascii: "]"))
            first = false
        }

        /// A JSON string escaped as `JSONEncoder` escapes it: `"`, `\` and `/` with a backslash,
        /// the control characters below U+0020 as `\b \t \n \f \r` or `\u00XX`, the rest as it is.
        private mutating func quoted(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            var value = value
            value.withUTF8 { utf8 in
                var runStart = 0
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F else { continue }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    runStart = index + 1
                    bytes.append(UInt8(ascii: "\\"))
                    switch byte {
                    case 0x22, 0x5C, 0x2F: bytes.append(byte)
                    case 0x08: bytes.append(UInt8(ascii: "b"))
                    case 0x09: bytes.append(UInt8(ascii: "t"))
                    case 0x0A: bytes.append(UInt8(ascii: "n"))
                    case 0x0C: bytes.append(UInt8(ascii: "f"))
                    case 0x0D: bytes.append(UInt8(ascii: "r"))
                    default:
                        let hex = Array("0123456789abcdef".utf8)
                        bytes.append(contentsOf: [
                            UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)],
                            hex[Int(byte & 0xF)],
                        ])
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    // MARK: Reading

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func article() -> Article? {
            var article = Article()
            var lists: Set<String> = []
            let read = object { reader, key in
                if ["authors", "categories", "contributors", "enclosures", "links"].contains(key) { lists.insert(key) }
                switch key {
                case "authors": return reader.list({ $0.author() }, into: &article.authors)
                case "categories": return reader.list({ $0.category() }, into: &article.categories)
                case "comments": return reader.optionalString(&article.comments)
                case "content": return reader.optionalString(&article.content)
                case "contentType": return reader.textType(&article.contentType)
                case "contributors": return reader.list({ $0.author() }, into: &article.contributors)
                case "enclosures": return reader.list({ $0.enclosure() }, into: &article.enclosures)
                case "id": return reader.optionalString(&article.id)
                case "language": return reader.optionalString(&article.language)
                case "link": return reader.optionalString(&article.link)
                case "links": return reader.list({ $0.link() }, into: &article.links)
                case "published": return reader.date(&article.published)
                case "publishedRaw": return reader.optionalString(&article.publishedRaw)
                case "rights": return reader.optionalString(&article.rights)
                case "rightsType": return reader.textType(&article.rightsType)
                case "source":
                    if reader.null() { return true }
                    guard let source = reader.articleSource() else { return false }
                    article.source = source
                    return true
                case "summary": return reader.optionalString(&article.summary)
                case "summaryType": return reader.textType(&article.summaryType)
                case "title": return reader.optionalString(&article.title)
                case "titleType": return reader.textType(&article.titleType)
                case "updated": return reader.date(&article.updated)
                case "updatedRaw": return reader.optionalString(&article.updatedRaw)
                default: return false
                }
            }
            // The lists are not optional: a row without one is not this form.
            guard read, lists.count == 5 else { return nil }
            return article
        }

        mutating func author() -> Author? {
            var author = Author()
            let read = object { reader, key in
                switch key {
                case "email": return reader.optionalString(&author.email)
                case "name": return reader.optionalString(&author.name)
                case "uri": return reader.optionalString(&author.uri)
                default: return false
                }
            }
            return read ? author : nil
        }

        mutating func category() -> FeedModel.Category? {
            var term: String?
            var scheme: String?
            var label: String?
            let read = object { reader, key in
                switch key {
                case "label": return reader.optionalString(&label)
                case "scheme": return reader.optionalString(&scheme)
                case "term": return reader.optionalString(&term)
                default: return false
                }
            }
            guard read, let term else { return nil }
            return Category(term: term, scheme: scheme, label: label)
        }

        mutating func enclosure() -> Enclosure? {
            var url: String?
            var type: String?
            var length: Int64?
            let read = object { reader, key in
                switch key {
                case "length": return reader.integer(&length)
                case "type": return reader.optionalString(&type)
                case "url": return reader.optionalString(&url)
                default: return false
                }
            }
            guard read, let url else { return nil }
            return Enclosure(url: url, type: type, length: length)
        }

        mutating func link() -> Link? {
            var href: String?
            var link = Link(href: "")
            let read = object { reader, key in
                switch key {
                case "href": return reader.optionalString(&href)
                case "hreflang": return reader.optionalString(&link.hreflang)
                case "length": return reader.integer(&link.length)
                case "rel": return reader.optionalString(&link.rel)
                case "title": return reader.optionalString(&link.title)
                case "type": return reader.optionalString(&link.type)
                default: return false
                }
            }
            guard read, let href else { return nil }
            link.href = href
            return link
        }

        mutating func articleSource() -> ArticleSource? {
            var source = ArticleSource()
            let read = object { reader, key in
                switch key {
                case "id": return reader.optionalString(&source.id)
                case "link": return reader.optionalString(&source.link)
                case "title": return reader.optionalString(&source.title)
                case "updated": return reader.date(&source.updated)
                case "url": return reader.optionalString(&source.url)
                default: return false
                }
            }
            return read ? source : nil
        }

        /// Reads an object, handing each key to `member`, which reads its value (false: not
        /// this form). A key given twice is not this form either.
        private mutating func object(_ member: (inout Reader, String) -> Bool) -> Bool {
            guard take(UInt8(ascii: "{")) else { return false }
            if take(UInt8(ascii: "}")) { return true }
            var seen: Set<String> = []
            repeat {
                guard let key = string(), seen.insert(key).inserted, take(UInt8(ascii: ":")), member(&self, key)
                else { return false }
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "}"))
        }

        private mutating func list<Element>(_ element: (inout Reader) -> Element?, into field: inout [Element]) -> Bool
        {
            guard let elements = list(element) else { return false }
            field = elements
            return true
        }

        private mutating func list<Element>(_ element: (inout Reader) -> Element?) -> [Element]? {
            guard take(UInt8(ascii: "[")) else { return nil }
            var elements: [Element] = []
            if take(UInt8(ascii: "]")) { return elements }
            repeat {
                guard let next = element(&self) else { return nil }
                elements.append(next)
            } while take(UInt8(ascii: ","))
            return take(UInt8(ascii: "]")) ? elements : nil
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        /// `null`, read as the synthesized decoder reads it for an optional: as nothing.
        private mutating func null() -> Bool {
            guard bytes.count - index >= 4, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
                bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l")
            else { return false }
            index += 4
            return true
        }

        private mutating func optionalString(_ value: inout String?) -> Bool {
            if null() { return true }
            guard let text = string() else { return false }
            value = text
            return true
        }

        private mutating func textType(_ value: inout TextType?) -> Bool {
            if null() { return true }
            guard let text = string(), let type = TextType(rawValue: text) else { return false }
            value = type
            return true
        }

        private mutating func date(_ value: inout Date?) -> Bool {
            if null() { return true }
            guard let seconds = number().flatMap(Double.init) else { return false }
            value = Date(timeIntervalSince1970: seconds)
            return true
        }

        private mutating func integer(_ value: inout Int64?) -> Bool {
            if null() { return true }
            guard let integer = number().flatMap({ Int64($0) }) else { return false }
            value = integer
            return true
        }

        /// The text of a JSON number (as Swift's number parsers take it).
        private mutating func number() -> String? {
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case 0x30...0x39, UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"),
                    UInt8(ascii: "E"):
                    index += 1
                default:
                    return index > start
                        ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) : nil
                }
            }
            return index > start
                ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) : nil
        }

        /// A JSON string; its escapes read, `\u` ones with their surrogate pairs. Nil for what is
        /// not one (an escape this reader does not know, a lone surrogate, no closing quote).
        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    defer { index += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                }
                if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
                if byte < 0x20 { return nil }
                index += 1
            }
            return nil
        }

        private mutating func escapedString(from start: Int) -> String? {
            var utf8 = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            while index < bytes.count {
                // The bytes up to the next escape or the end, at once (every `/` of a URL or of
                // markup is an escape).
                let run = index
                while index < bytes.count, bytes[index] != UInt8(ascii: "\\"), bytes[index] != UInt8(ascii: "\""),
                    bytes[index] >= 0x20
                {
                    index += 1
                }
                if index > run { utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index])) }
                guard index < bytes.count else { return nil }
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""):
                    return String(decoding: utf8, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard index < bytes.count else { return nil }
                    let escape = bytes[index]
                    index += 1
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        guard let unit = hex4() else { return nil }
                        var scalar: Unicode.Scalar?
                        if unit >= 0xD800 && unit < 0xDC00 {
                            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = hex4(),
                                low >= 0xDC00 && low < 0xE000
                            else { return nil }
                            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                        } else {
                            scalar = Unicode.Scalar(unit)
                        }
                        guard let scalar else { return nil }
                        UTF8.encode(scalar) { utf8.append($0) }
                    default: return nil
                    }
                default:
                    if byte < 0x20 { return nil }
                    utf8.append(byte)
                }
            }
            return nil
        }

        private mutating func hex4() -> UInt32? {
            guard bytes.count - index >= 4 else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt8
                switch byte {
                case 0x30...0x39: digit = byte - 0x30
                case 0x41...0x46: digit = byte - 0x41 + 10
                case 0x61...0x66: digit = byte - 0x61 + 10
                default: return nil
                }
                value = value << 4 | UInt32(digit)
                index += 1
            }
            return value
        }
    }
}
