/// Escaping of UTF-8 text driven by a table of the bytes that need work: runs of other bytes
/// are copied at once, straight into the new string, and each special byte is handed to a
/// replacement function. XML and JSON escaping both run on every item of every output.
enum ByteEscaping {
    /// Where replacements are written.
    struct Writer {
        fileprivate let buffer: UnsafeMutableBufferPointer<UInt8>
        fileprivate(set) var count = 0

        mutating func put(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }

        mutating func put(_ text: StaticString) {
            for offset in 0..<text.utf8CodeUnitCount { buffer[count + offset] = text.utf8Start[offset] }
            count += text.utf8CodeUnitCount
        }
    }

    /// `value` escaped, or nil when no byte of it is special. `replace` gets the bytes and the
    /// position of a special one, writes what stands for it, and returns how many bytes it
    /// consumed; it may write at most `expansion` bytes for each byte consumed.
    static func escape(
        _ value: String, special: [Bool], expansion: Int,
        _ replace: (UnsafeBufferPointer<UInt8>, Int, inout Writer) -> Int
    ) -> String? {
        var value = value
        return value.withUTF8 { bytes in
            special.withUnsafeBufferPointer { special -> String? in
                guard bytes.contains(where: { special[Int($0)] }) else { return nil }
                return String(unsafeUninitializedCapacity: bytes.count * expansion) { output in
                    var writer = Writer(buffer: output)
                    var index = 0
                    while index < bytes.count {
                        var runEnd = index
                        while runEnd < bytes.count && !special[Int(bytes[runEnd])] { runEnd += 1 }
                        if runEnd > index {
                            UnsafeMutableRawPointer(output.baseAddress! + writer.count).copyMemory(
                                from: bytes.baseAddress! + index, byteCount: runEnd - index)
                            writer.count += runEnd - index
                            index = runEnd
                            if index == bytes.count { break }
                        }
                        index += max(1, replace(bytes, index, &writer))
                    }
                    return writer.count
                }
            }
        }
    }
}
