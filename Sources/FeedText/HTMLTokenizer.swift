/// One piece of an HTML fragment, as ranges of the tokenizer's UTF-8 bytes: nothing is copied
/// or decoded until a caller asks (`HTMLTokenizer.name(_:)`, `attributes()`).
enum HTMLToken {
    case text(Range<Int>)
    /// The tag's attributes are the tokenizer's `attributeRanges` until the next token.
    case startTag(name: Range<Int>, selfClosing: Bool)
    case endTag(name: Range<Int>)
    /// Comments, doctypes and processing instructions: never republished.
    case ignored
}

/// Splits HTML into text and tags the way browsers do for the cases that matter to safety:
/// raw-text elements (`script`, `style`…) end only at their own end tag, a `<` that opens no tag
/// is text, white space is HTML's (ASCII) white space, and attribute values are decoded.
///
/// Works on UTF-8 bytes: outputs are rebuilt from every article of every output at each build,
/// so this is on the path that decides how fast a build of many outputs is.
struct HTMLTokenizer {
    /// One attribute of the current start tag: its name, and its value as written (nil when it
    /// has none).
    struct AttributeRange {
        var name: Range<Int>
        var value: Range<Int>?
    }

    let bytes: [UInt8]
    private(set) var attributeRanges: [AttributeRange] = []
    private var index = 0
    private var rawTextEnd: Range<Int>?

    static let rawTextElements: Set<String> = [
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    ]
    private static let rawTextKeys = Set(rawTextElements.map { nameKey(Array($0.utf8)[...]) })

    init(_ html: String) {
        bytes = Array(html.utf8)
    }

    /// The text of a range of the input.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A tag or attribute name, in lower case.
    func name(_ range: Range<Int>) -> String {
        String(
            unsafeUninitializedCapacity: range.count,
            initializingUTF8With: { buffer in
                for (offset, byte) in bytes[range].enumerated() {
                    buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                }
                return range.count
            })
    }

    /// An attribute's value with its character references decoded.
    func value(_ attribute: AttributeRange) -> String {
        guard let range = attribute.value else { return "" }
        return HTMLEntities.decode(text(range))
    }

    /// The current start tag's attributes, named in lower case and decoded; the first of two
    /// with one name wins, as in browsers.
    func attributes() -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        for attribute in attributeRanges {
            let name = name(attribute.name)
            if !result.contains(where: { $0.name == name }) { result.append((name, value(attribute))) }
        }
        return result
    }

    /// A key for a name (FNV-1a of its lower-case bytes): equal names, equal keys.
    static func nameKey(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)) &* 0x100_0000_01b3 }
        return hash
    }

    mutating func next() -> HTMLToken? {
        attributeRanges.removeAll(keepingCapacity: true)
        let bytes = self.bytes
        return bytes.withUnsafeBufferPointer { next(in: $0) }
    }

    private mutating func next(in html: UnsafeBufferPointer<UInt8>) -> HTMLToken? {
        let count = html.count
        guard index < count else { return nil }
        if let element = rawTextEnd {
            rawTextEnd = nil
            let start = index
            index = HTMLTokenizer.closing(element, in: html, from: index) ?? count
            return .text(start..<index)
        }
        if html[index] != 0x3C {  // not <
            let start = index
            index = HTMLTokenizer.find(0x3C, in: html, from: index) ?? count
            return .text(start..<index)
        }
        let afterBracket = index + 1
        guard afterBracket < count else {
            index = count
            return .text((count - 1)..<count)
        }
        let next = html[afterBracket]
        if next == 0x21 {  // !
            if HTMLTokenizer.hasPrefix(html, at: afterBracket, "!--") {
                index = HTMLTokenizer.find("-->", in: html, from: afterBracket + 3).map { $0 + 3 } ?? count
            } else if HTMLTokenizer.hasPrefix(html, at: afterBracket, "![CDATA[") {
                let start = afterBracket + 8
                let end = HTMLTokenizer.find("]]>", in: html, from: start)
                index = end.map { $0 + 3 } ?? count
                return .text(start..<(end ?? count))
            } else {
                index = HTMLTokenizer.find(0x3E, in: html, from: afterBracket).map { $0 + 1 } ?? count
            }
            return .ignored
        }
        if next == 0x3F {  // ?
            index = HTMLTokenizer.find(0x3E, in: html, from: afterBracket).map { $0 + 1 } ?? count
            return .ignored
        }
        if next == 0x2F {  // /
            let nameStart = afterBracket + 1
            guard nameStart < count, HTMLTokenizer.isASCIILetter(html[nameStart]) else {
                // `</ ` or `</3`: a bogus comment in HTML's terms.
                index = HTMLTokenizer.find(0x3E, in: html, from: afterBracket).map { $0 + 1 } ?? count
                return .ignored
            }
            var cursor = nameStart
            while cursor < count, !HTMLTokenizer.isSpace(html[cursor]), html[cursor] != 0x3E, html[cursor] != 0x2F {
                cursor += 1
            }
            index = HTMLTokenizer.find(0x3E, in: html, from: cursor).map { $0 + 1 } ?? count
            return .endTag(name: nameStart..<cursor)
        }
        guard HTMLTokenizer.isASCIILetter(next) else {
            index = afterBracket
            return .text((afterBracket - 1)..<afterBracket)
        }
        return startTag(in: html, at: afterBracket)
    }

    private mutating func startTag(in html: UnsafeBufferPointer<UInt8>, at nameStart: Int) -> HTMLToken {
        let count = html.count
        var cursor = nameStart
        while cursor < count, !HTMLTokenizer.isSpace(html[cursor]), html[cursor] != 0x3E, html[cursor] != 0x2F {
            cursor += 1
        }
        let name = nameStart..<cursor
        var selfClosing = false
        while cursor < count {
            let byte = html[cursor]
            if byte == 0x3E {
                cursor += 1
                break
            }
            if HTMLTokenizer.isSpace(byte) || byte == 0x2F {
                if byte == 0x2F { selfClosing = true }
                cursor += 1
                continue
            }
            selfClosing = false
            let attributeStart = cursor
            while cursor < count, !HTMLTokenizer.isSpace(html[cursor]), html[cursor] != 0x3D, html[cursor] != 0x3E,
                html[cursor] != 0x2F || cursor == attributeStart
            {
                cursor += 1
            }
            let attributeName = attributeStart..<cursor
            while cursor < count, HTMLTokenizer.isSpace(html[cursor]) { cursor += 1 }
            var value: Range<Int>?
            if cursor < count, html[cursor] == 0x3D {  // =
                cursor += 1
                while cursor < count, HTMLTokenizer.isSpace(html[cursor]) { cursor += 1 }
                if cursor < count, html[cursor] == 0x22 || html[cursor] == 0x27 {
                    let valueStart = cursor + 1
                    let valueEnd = HTMLTokenizer.find(html[cursor], in: html, from: valueStart) ?? count
                    value = valueStart..<valueEnd
                    cursor = valueEnd < count ? valueEnd + 1 : valueEnd
                } else {
                    let valueStart = cursor
                    while cursor < count, !HTMLTokenizer.isSpace(html[cursor]), html[cursor] != 0x3E { cursor += 1 }
                    value = valueStart..<cursor
                }
            }
            if !attributeName.isEmpty { attributeRanges.append(AttributeRange(name: attributeName, value: value)) }
        }
        index = cursor
        if !selfClosing, HTMLTokenizer.rawTextKeys.contains(HTMLTokenizer.nameKey(bytes[name])) { rawTextEnd = name }
        return .startTag(name: name, selfClosing: selfClosing)
    }

    // MARK: Bytes

    /// HTML's white space: tab, line feed, form feed, carriage return, space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    static func find(_ byte: UInt8, in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < html.count {
            if html[index] == byte { return index }
            index += 1
        }
        return nil
    }

    static func find(_ needle: StaticString, in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while let candidate = find(needle.utf8Start[0], in: html, from: index) {
            if hasPrefix(html, at: candidate, needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    static func hasPrefix(_ html: UnsafeBufferPointer<UInt8>, at start: Int, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard start + length <= html.count else { return false }
        for offset in 0..<length where html[start + offset] != prefix.utf8Start[offset] { return false }
        return true
    }

    /// The start of `</name` (any case) from `start`, where `name` is the range of the element's
    /// name in the input.
    private static func closing(_ name: Range<Int>, in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var cursor = start
        while let open = find(0x3C, in: html, from: cursor) {
            let nameStart = open + 2
            if nameStart + name.count <= html.count, html[open + 1] == 0x2F {
                var matches = true
                for offset in 0..<name.count
                where html[nameStart + offset] | 0x20 != html[name.lowerBound + offset] | 0x20 {
                    matches = false
                    break
                }
                if matches { return open }
            }
            cursor = open + 1
        }
        return nil
    }
}
