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
            special.withUnsafeBufferPointer { special in
                guard bytes.contains(where: { special[Int($0)] }) else {
                    output += String(decoding: bytes, as: UTF8.self)
                    return
                }
                // Written straight into a string: at most 6 bytes (`\u001f`) for each.
                output += String(unsafeUninitializedCapacity: bytes.count * 6) { escaped in
                    var written = 0
                    func put(_ text: StaticString) {
                        for offset in 0..<text.utf8CodeUnitCount { escaped[written + offset] = text.utf8Start[offset] }
                        written += text.utf8CodeUnitCount
                    }
                    var index = 0
                    while index < bytes.count {
                        var runEnd = index
                        while runEnd < bytes.count && !special[Int(bytes[runEnd])] { runEnd += 1 }
                        if runEnd > index {
                            let run = runEnd - index
                            UnsafeMutableRawPointer(escaped.baseAddress! + written).copyMemory(
                                from: bytes.baseAddress! + index, byteCount: run)
                            written += run
                            index = runEnd
                            if index == bytes.count { break }
                        }
                        let byte = bytes[index]
                        switch byte {
                        case 0x22: put("\\\"")
                        case 0x5C: put("\\\\")
                        case 0x0A: put("\\n")
                        case 0x0D: put("\\r")
                        case 0x09: put("\\t")
                        case 0..<0x20:
                            let hex: StaticString = "0123456789abcdef"
                            put("\\u00")
                            escaped[written] = hex.utf8Start[Int(byte >> 4)]
                            escaped[written + 1] = hex.utf8Start[Int(byte & 15)]
                            written += 2
                        case 0xE2
                        where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8:
                            put(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                            index += 2
                        default:
                            escaped[written] = byte
                            written += 1
                        }
                        index += 1
                    }
                    return written
                }
            }
        }
    }
}
