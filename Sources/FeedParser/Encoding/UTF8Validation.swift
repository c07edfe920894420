/// UTF-8 validity as RFC 3629 defines it (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// What a scan of a buffer found.
    struct Scan {
        /// Offset of the first byte that is not part of a valid sequence, if any.
        var firstInvalid: Int?
        /// True when a valid multi-byte sequence was seen before `firstInvalid`.
        var sawMultibyte = false
    }

    /// True when every byte belongs to a valid UTF-8 sequence.
    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        scan(bytes).firstInvalid == nil
    }

    /// Scans `bytes`, eight ASCII bytes at a time where it can. A sequence cut off by the end of
    /// the buffer counts as invalid; callers that stream hold such a tail back first.
    static func scan(_ bytes: UnsafeRawBufferPointer, from start: Int = 0) -> Scan {
        var result = Scan()
        let count = bytes.count
        var index = start
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
            if length == 0 {
                result.firstInvalid = index
                return result
            }
            result.sawMultibyte = true
            index += length
        }
        return result
    }

    /// Counts valid multi-byte sequences and invalid bytes: a document with many of the first
    /// and few of the second is UTF-8 with strays, not a legacy encoding.
    static func census(_ bytes: UnsafeRawBufferPointer) -> (multibyte: Int, invalid: Int) {
        var multibyte = 0
        var invalid = 0
        var index = 0
        while index < bytes.count {
            let found = scan(bytes, from: index)
            guard let bad = found.firstInvalid else {
                if found.sawMultibyte { multibyte += countMultibyte(bytes, from: index, to: bytes.count) }
                break
            }
            multibyte += countMultibyte(bytes, from: index, to: bad)
            invalid += 1
            index = bad + 1
        }
        return (multibyte, invalid)
    }

    /// Counts the runs of non-ASCII bytes (a word's letters beyond ASCII, a CJK phrase) that are
    /// UTF-8 throughout (`clean`) and those holding a byte that is not (`dirty`). A UTF-8
    /// document with one item pasted in a legacy encoding has many clean runs outside that item;
    /// a legacy document forms a clean run only by accident (at most 3% of its runs in Western
    /// and Cyrillic encodings, 14% in GB2312, over the corpus).
    static func runCensus(_ bytes: UnsafeRawBufferPointer) -> (clean: Int, dirty: Int) {
        var clean = 0
        var dirty = 0
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] >= 0x80 else {
                index += 1
                continue
            }
            var isClean = true
            while index < count && bytes[index] >= 0x80 {
                let length = sequenceLength(bytes, at: index)
                if length == 0 {
                    isClean = false
                    index += 1
                } else {
                    index += length
                }
            }
            if isClean { clean += 1 } else { dirty += 1 }
        }
        return (clean, dirty)
    }

    private static func countMultibyte(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        var count = 0
        for index in start..<end where bytes[index] >= 0xC2 && bytes[index] < 0xF5 { count += 1 }
        return count
    }

    /// How many bytes at the end of `bytes` start a sequence that the end cuts off (0 to 3).
    static func incompleteTail(_ bytes: UnsafeRawBufferPointer) -> Int {
        let count = bytes.count
        guard count > 0 else { return 0 }
        for back in 1...min(3, count) {
            let byte = bytes[count - back]
            if byte & 0xC0 == 0x80 { continue }  // a continuation byte: keep looking for the lead
            let needed = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            return needed > back && byte >= 0xC2 && byte < 0xF5 ? back : 0
        }
        return 0
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

    /// Appends the UTF-8 form of a scalar value.
    static func append(_ scalar: UInt32, to output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | (scalar >> 6)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | (scalar >> 12)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            output.append(UInt8(0xF0 | (scalar >> 18)))
            output.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            output.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            output.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
