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
        let needsWork = value.utf8.contains { byte in
            byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
                || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))) || byte < 0x20
                || byte == 0xEF
        }
        guard needsWork else { return value }
        var output = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            switch scalar {
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "\"" where quotes: output.append(contentsOf: "&quot;".unicodeScalars)
            case "'" where quotes: output.append(contentsOf: "&#39;".unicodeScalars)
            case "\n" where quotes: output.append(contentsOf: "&#10;".unicodeScalars)
            case "\t", "\n", "\r": output.append(scalar)
            default:
                if isAllowedInXML(scalar) { output.append(scalar) }
            }
        }
        return String(output)
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
