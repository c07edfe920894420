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
        var value = value
        value.withUTF8 { bytes in
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9: JavaScript reads them as line ends.
            guard let first = special.withUnsafeBufferPointer({ special in bytes.firstIndex { special[Int($0)] } })
            else {
                output += String(decoding: bytes, as: UTF8.self)
                return
            }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 16)
            escaped.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                var runEnd = index
                special.withUnsafeBufferPointer { special in
                    while runEnd < bytes.count && !special[Int(bytes[runEnd])] { runEnd += 1 }
                }
                if runEnd > index {
                    escaped.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                    index = runEnd
                    if index == bytes.count { break }
                }
                let byte = bytes[index]
                switch byte {
                case 0x22: escaped.append(contentsOf: "\\\"".utf8)
                case 0x5C: escaped.append(contentsOf: "\\\\".utf8)
                case 0x0A: escaped.append(contentsOf: "\\n".utf8)
                case 0x0D: escaped.append(contentsOf: "\\r".utf8)
                case 0x09: escaped.append(contentsOf: "\\t".utf8)
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escaped.append(contentsOf: "\\u00".utf8)
                    escaped.append(hex[Int(byte >> 4)])
                    escaped.append(hex[Int(byte & 15)])
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8:
                    escaped.append(contentsOf: (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index += 2
                default: escaped.append(byte)
                }
                index += 1
            }
            output += String(decoding: escaped, as: UTF8.self)
        }
    }
}
