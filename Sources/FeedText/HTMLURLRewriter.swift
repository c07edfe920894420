import Foundation

/// Makes the `href` and `src` attributes of an HTML fragment absolute.
///
/// Feeds often carry content with links relative to the article's page; once the content is
/// republished elsewhere those links break unless they are resolved against the right base.
public enum HTMLURLRewriter {
    /// `html` with every relative URL attribute resolved against `base`.
    ///
    /// Runs over the UTF-8 bytes: most content holds only absolute URLs, and then the scan is all
    /// there is to it.
    public static func absolutize(_ html: String, base: String?) -> String {
        guard let base, !base.isEmpty else { return html }
        var html = html
        let replacements: [(Range<Int>, String, Bool)] = html.withUTF8 { bytes in
            relativeValues(in: UnsafeRawBufferPointer(bytes), base: base)
        }
        guard !replacements.isEmpty else { return html }
        var output = [UInt8]()
        html.withUTF8 { bytes in
            output.reserveCapacity(bytes.count + replacements.count * 32)
            var copied = 0
            for (range, replacement, quoted) in replacements {
                output.append(contentsOf: bytes[copied..<range.lowerBound])
                let escaped = XMLEscaping.attribute(replacement)
                if quoted {
                    output.append(contentsOf: escaped.utf8)
                } else {
                    output.append(UInt8(ascii: "\""))
                    output.append(contentsOf: escaped.utf8)
                    output.append(UInt8(ascii: "\""))
                }
                copied = range.upperBound
            }
            output.append(contentsOf: bytes[copied...])
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The byte ranges of relative URL attribute values, their resolved form, and whether the
    /// value was quoted.
    private static func relativeValues(in bytes: UnsafeRawBufferPointer, base: String) -> [(Range<Int>, String, Bool)] {
        var found: [(Range<Int>, String, Bool)] = []
        var index = 0
        let count = bytes.count
        while index < count {
            // Next start tag: `<` followed by a letter (memchr finds the `<` at memory speed).
            guard let hit = memchr(bytes.baseAddress! + index, 0x3C, count - index) else { break }
            index = UnsafeRawPointer(hit) - bytes.baseAddress!
            guard index + 1 < count, isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            index += 2
            while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            // Attributes until `>`.
            while index < count, bytes[index] != UInt8(ascii: ">") {
                while index < count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                let nameStart = index
                while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                    bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/")
                {
                    index += 1
                }
                let nameEnd = index
                while index < count, isSpace(bytes[index]) { index += 1 }
                guard index < count, bytes[index] == UInt8(ascii: "=") else {
                    if nameEnd == nameStart, index < count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    continue
                }
                index += 1
                while index < count, isSpace(bytes[index]) { index += 1 }
                guard index < count else { break }
                var valueStart = index
                var valueEnd: Int
                var quoted = false
                if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    quoted = true
                    valueStart = index + 1
                    valueEnd = valueStart
                    while valueEnd < count, bytes[valueEnd] != quote { valueEnd += 1 }
                    index = min(valueEnd + 1, count)
                } else {
                    valueEnd = index
                    while valueEnd < count, !isSpace(bytes[valueEnd]), bytes[valueEnd] != UInt8(ascii: ">") {
                        valueEnd += 1
                    }
                    index = valueEnd
                }
                guard isURLAttribute(bytes, nameStart, nameEnd), isRelative(bytes, valueStart, valueEnd) else {
                    continue
                }
                let raw = String(
                    decoding: UnsafeRawBufferPointer(rebasing: bytes[valueStart..<valueEnd]), as: UTF8.self)
                let value = HTMLEntities.decode(raw)
                guard !URLResolver.isAbsolute(value) else { continue }
                found.append((valueStart..<valueEnd, URLResolver.resolve(value, against: base), quoted))
            }
        }
        return found
    }

    private static let urlAttributes: [[UInt8]] = ["href", "src", "poster", "cite", "background", "longdesc"].map {
        Array($0.utf8)
    }

    private static func isURLAttribute(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length >= 3 && length <= 10 else { return false }
        return urlAttributes.contains { name in
            name.count == length && (0..<length).allSatisfy { bytes[start + $0] | 0x20 == name[$0] }
        }
    }

    /// Empty, fragment-only and scheme-bearing values need nothing.
    private static func isRelative(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, isSpace(bytes[index]) { index += 1 }
        guard index < end, bytes[index] != UInt8(ascii: "#") else { return false }
        // A scheme: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
        guard isLetter(bytes[index]) else { return true }
        var cursor = index + 1
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ":") { return false }
            guard
                isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            else { return true }
            cursor += 1
        }
        return true
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C
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
