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
        // At most 6 bytes (`&quot;`) for each.
        ByteEscaping.escape(value, special: quotes ? attributeSpecial : textSpecial, expansion: 6) {
            bytes, index, output in
            let byte = bytes[index]
            switch byte {
            case 0x3C: output.put("&lt;")
            case 0x3E: output.put("&gt;")
            case 0x26: output.put("&amp;")
            case 0x22 where quotes: output.put("&quot;")
            case 0x27 where quotes: output.put("&#39;")
            case 0x0A where quotes: output.put("&#10;")
            case 0x09, 0x0A, 0x0D: output.put(byte)
            case 0..<0x20: break  // forbidden in XML 1.0
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] & 0xFE == 0xBE:
                return 3  // U+FFFE, U+FFFF: forbidden too
            default: output.put(byte)
            }
            return 1
        } ?? value
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
