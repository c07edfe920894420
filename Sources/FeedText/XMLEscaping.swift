/// Escaping for XML and HTML output.
public enum XMLEscaping {
    /// Escapes text content. Characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF) are
    /// dropped, since one of them makes the whole document unreadable for every reader.
    public static func text(_ value: String) -> String {
        escape(value, quotes: false)
    }

    /// Escapes an attribute value for double quotes.
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true)
    }

    private static func escape(_ value: String, quotes: Bool) -> String {
        var value = value
        return value.withUTF8 { bytes in
            let table = quotes ? attributeSpecial : textSpecial
            return table.withUnsafeBufferPointer { table -> String? in
                guard let first = bytes.firstIndex(where: { table[Int($0)] }) else { return nil }
                // Written straight into the new string: at most 6 bytes (`&quot;`) for each.
                return String(unsafeUninitializedCapacity: bytes.count * 6) { output in
                    var written = 0
                    func put(_ byte: UInt8) {
                        output[written] = byte
                        written += 1
                    }
                    func put(_ text: StaticString) {
                        for offset in 0..<text.utf8CodeUnitCount { output[written + offset] = text.utf8Start[offset] }
                        written += text.utf8CodeUnitCount
                    }
                    var index = 0
                    while index < bytes.count {
                        var runEnd = index
                        while runEnd < bytes.count && !table[Int(bytes[runEnd])] { runEnd += 1 }
                        if runEnd > index {
                            let run = runEnd - index
                            UnsafeMutableRawPointer(output.baseAddress! + written).copyMemory(
                                from: bytes.baseAddress! + index, byteCount: run)
                            written += run
                            index = runEnd
                            if index == bytes.count { break }
                        }
                        let byte = bytes[index]
                        switch byte {
                        case 0x3C: put("&lt;")
                        case 0x3E: put("&gt;")
                        case 0x26: put("&amp;")
                        case 0x22 where quotes: put("&quot;")
                        case 0x27 where quotes: put("&#39;")
                        case 0x0A where quotes: put("&#10;")
                        case 0x09, 0x0A, 0x0D: put(byte)
                        case 0..<0x20: break  // forbidden in XML 1.0
                        case 0xEF
                        where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] & 0xFE == 0xBE:
                            index += 2  // U+FFFE, U+FFFF
                        default: put(byte)
                        }
                        index += 1
                    }
                    _ = first
                    return written
                }
            }
        } ?? value
    }

    private static func needsWork(_ byte: UInt8, quotes: Bool) -> Bool {
        (quotes ? attributeSpecial : textSpecial)[Int(byte)]
    }

    /// Which bytes need more than copying, in text and in attribute values: one load a byte.
    private static let textSpecial: [Bool] = (0...255).map { special(UInt8($0), quotes: false) }
    private static let attributeSpecial: [Bool] = (0...255).map { special(UInt8($0), quotes: true) }

    private static func special(_ byte: UInt8, quotes: Bool) -> Bool {
        byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xEF || (quotes && (byte == 0x22 || byte == 0x27))
            || (byte < 0x20 && byte != 0x09 && byte != 0x0D && (byte != 0x0A || quotes))
    }

    /// XML 1.0's Char production.
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
