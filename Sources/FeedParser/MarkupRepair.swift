import FeedText

/// Repairs the well-formedness errors that cost the most text, before libxml2 sees them.
///
/// libxml2's recovery drops what follows a bare `&` up to the next `;`, gives up the whole
/// document at a `<` that starts no tag (`a < b` in a title), and rejects control characters.
/// These are the commonest faults of real feeds, and each has one obvious reading: escape the
/// `&` or `<`, drop the control character. The repair runs on UTF-8 and leaves CDATA sections,
/// comments, processing instructions and the DOCTYPE alone.
enum MarkupRepair {
    struct Result {
        /// The repaired document, or nil when nothing needed repair.
        var bytes: [UInt8]?
        var escapedAmpersands = 0
        var escapedBrackets = 0
        var droppedControls = 0
        var repairCount: Int { escapedAmpersands + escapedBrackets + droppedControls }
    }

    private enum State {
        case text, tag, cdata, comment, processingInstruction, doctype
    }

    /// Bytes that need a look in text: `&`, `<`, C0 controls, and 0xEF (which starts U+FFFE/U+FFFF).
    private static let interesting: [Bool] = (0..<256).map { byte in
        byte == 0x26 || byte == 0x3C || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
    }

    static func repair(_ bytes: UnsafeRawBufferPointer) -> Result {
        var result = Result()
        var output: [UInt8] = []
        var copied = 0  // bytes[..<copied] are already in output (once output is in use)
        var state = State.text
        var quote: UInt8 = 0
        var bracketDepth = 0
        var index = 0
        let count = bytes.count

        func replace(_ start: Int, length: Int, with replacement: [UInt8]) {
            if result.bytes == nil && output.isEmpty { output.reserveCapacity(count + 256) }
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<start]))
            output.append(contentsOf: replacement)
            copied = start + length
            result.bytes = []  // marks that a repair happened
        }

        while index < count {
            let byte = bytes[index]
            switch state {
            case .text:
                guard interesting[Int(byte)] else {
                    index += 1
                    continue
                }
                if byte == 0x26 {
                    if !isReference(bytes, at: index) {
                        replace(index, length: 1, with: Array("&amp;".utf8))
                        result.escapedAmpersands += 1
                    }
                } else if byte == 0x3C {
                    // A `<` at the very end is a tag cut off by truncation, not text.
                    let next = index + 1 < count ? bytes[index + 1] : UInt8(ascii: "/")
                    if next == UInt8(ascii: "!") {
                        if matches(bytes, index, "<![CDATA[") {
                            state = .cdata
                            index += 9
                            continue
                        } else if matches(bytes, index, "<!--") {
                            state = .comment
                            index += 4
                            continue
                        } else {
                            state = .doctype
                            bracketDepth = 0
                        }
                    } else if next == UInt8(ascii: "?") {
                        state = .processingInstruction
                    } else if next == UInt8(ascii: "/") || isNameStart(next) {
                        state = .tag
                        quote = 0
                    } else {
                        replace(index, length: 1, with: Array("&lt;".utf8))
                        result.escapedBrackets += 1
                    }
                } else if byte == 0xEF {
                    if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
                    {
                        replace(index, length: 3, with: [])
                        result.droppedControls += 1
                        index += 3
                        continue
                    }
                } else {
                    replace(index, length: 1, with: [])
                    result.droppedControls += 1
                }
                index += 1
            case .tag:
                if quote != 0 {
                    if byte == quote {
                        quote = 0
                    } else if byte == 0x26 && !isReference(bytes, at: index) {
                        replace(index, length: 1, with: Array("&amp;".utf8))
                        result.escapedAmpersands += 1
                    } else if byte == 0x3C {
                        replace(index, length: 1, with: Array("&lt;".utf8))
                        result.escapedBrackets += 1
                    } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                        replace(index, length: 1, with: [])
                        result.droppedControls += 1
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    state = .text
                }
                index += 1
            case .cdata:
                if byte == UInt8(ascii: "]") && matches(bytes, index, "]]>") {
                    state = .text
                    index += 3
                } else {
                    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                        replace(index, length: 1, with: [])
                        result.droppedControls += 1
                    }
                    index += 1
                }
            case .comment:
                if byte == UInt8(ascii: "-") && matches(bytes, index, "-->") {
                    state = .text
                    index += 3
                } else {
                    index += 1
                }
            case .processingInstruction:
                if byte == UInt8(ascii: "?") && matches(bytes, index, "?>") {
                    state = .text
                    index += 2
                } else {
                    index += 1
                }
            case .doctype:
                if byte == UInt8(ascii: "[") {
                    bracketDepth += 1
                } else if byte == UInt8(ascii: "]") {
                    bracketDepth -= 1
                } else if byte == UInt8(ascii: ">") && bracketDepth <= 0 {
                    state = .text
                }
                index += 1
            }
        }
        if result.bytes != nil {
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<count]))
            result.bytes = output
        }
        return result
    }

    private static func matches(_ bytes: UnsafeRawBufferPointer, _ index: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != pointer[offset] {
            return false
        }
        return true
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    /// True when the `&` at `index` starts a character reference or a reference to an entity
    /// libxml2 will resolve (XML's five or HTML's named characters).
    private static func isReference(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
        var cursor = index + 1
        let limit = min(bytes.count, index + 40)
        guard cursor < limit else { return false }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < limit, bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X") {
                hex = true
                cursor += 1
            }
            let digitsStart = cursor
            while cursor < limit {
                let byte = bytes[cursor]
                let isDigit = byte >= 0x30 && byte <= 0x39
                let isHex = isDigit || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
                guard hex ? isHex : isDigit else { break }
                cursor += 1
            }
            return cursor > digitsStart && cursor < limit && bytes[cursor] == UInt8(ascii: ";")
                && isAllowedCharacterReference(bytes, from: digitsStart, to: cursor, hex: hex)
        }
        let nameStart = cursor
        while cursor < limit {
            let byte = bytes[cursor]
            let isAlnum =
                (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || (byte >= 0x30 && byte <= 0x39)
            guard isAlnum else { break }
            cursor += 1
        }
        guard cursor > nameStart, cursor < limit, bytes[cursor] == UInt8(ascii: ";") else { return false }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
        return predefined.contains(name) || HTMLEntities.character(named: name) != nil
    }

    private static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// libxml2 rejects references to characters XML forbids (`&#0;`, `&#x1;`); treat those as text.
    private static func isAllowedCharacterReference(
        _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, hex: Bool
    ) -> Bool {
        guard end - start <= 8 else { return false }
        let digits = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return false }
        return XMLEscaping.isAllowedInXML(scalar)
    }
}
