/// JSON string literals, written directly so that large outputs do not go through a generic encoder.
public enum JSONString {
    /// `value` as a quoted JSON string literal (RFC 8259), with `/` left alone and every
    /// control character escaped.
    public static func quoted(_ value: String) -> String {
        var output = "\""
        output.reserveCapacity(value.utf8.count + 2)
        appendEscaped(value, to: &output)
        output += "\""
        return output
    }

    /// Bytes that need more than copying (U+2028 and U+2029 start with E2).
    private static let special: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }

    /// Appends the escaped body of `value` (without quotes) to `output`.
    public static func appendEscaped(_ value: String, to output: inout String) {
        // At most 6 bytes (`\u001f`) for each.
        let escaped = ByteEscaping.escape(value, special: special, expansion: 6) { bytes, index, output in
            let byte = bytes[index]
            switch byte {
            case 0x22: output.put("\\\"")
            case 0x5C: output.put("\\\\")
            case 0x0A: output.put("\\n")
            case 0x0D: output.put("\\r")
            case 0x09: output.put("\\t")
            case 0..<0x20:
                let hex: StaticString = "0123456789abcdef"
                output.put("\\u00")
                output.put(hex.utf8Start[Int(byte >> 4)])
                output.put(hex.utf8Start[Int(byte & 15)])
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8:
                output.put(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                return 3
            default: output.put(byte)
            }
            return 1
        }
        output += escaped ?? value
    }
}
