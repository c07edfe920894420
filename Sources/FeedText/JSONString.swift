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

    /// Appends the escaped body of `value` (without quotes) to `output`.
    public static func appendEscaped(_ value: String, to output: inout String) {
        let needsWork =
            value.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
            || value.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" }
        guard needsWork else {
            output += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
