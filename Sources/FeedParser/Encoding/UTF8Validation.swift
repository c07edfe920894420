/// UTF-8 validity as RFC 3629 defines it (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// True when every byte belongs to a valid UTF-8 sequence. ASCII runs are checked eight bytes at a time.
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        firstInvalidOffset(bytes) == nil
    }

    /// The offset of the first byte that is not part of a valid sequence.
    static func firstInvalidOffset(_ bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return index }
            index += length
        }
        return nil
    }

    /// The length of the valid sequence starting at `index`, or 0 when it is invalid.
    @inline(__always)
    static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Int {
        let lead = bytes[index]
        let count = bytes.count
        if lead < 0x80 { return 1 }
        if lead < 0xC2 { return 0 }
        if lead < 0xE0 {
            return index + 1 < count && bytes[index + 1] & 0xC0 == 0x80 ? 2 : 0
        }
        if lead < 0xF0 {
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1]
            guard second & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return 0 }
            if lead == 0xE0 && second < 0xA0 { return 0 }  // overlong
            if lead == 0xED && second >= 0xA0 { return 0 }  // surrogate
            return 3
        }
        if lead < 0xF5 {
            guard index + 3 < count else { return 0 }
            let second = bytes[index + 1]
            guard second & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80, bytes[index + 3] & 0xC0 == 0x80 else {
                return 0
            }
            if lead == 0xF0 && second < 0x90 { return 0 }
            if lead == 0xF4 && second >= 0x90 { return 0 }
            return 4
        }
        return 0
    }
}
