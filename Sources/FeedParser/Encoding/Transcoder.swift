import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Converts a document's bytes to UTF-8, repairing what cannot be decoded with U+FFFD, so that
/// libxml2 only ever sees valid UTF-8.
enum Transcoder {
    /// The document in UTF-8, and how many byte sequences had to be replaced.
    static func toUTF8(_ bytes: UnsafeRawBufferPointer, from encoding: CharacterEncoding) -> (
        bytes: [UInt8], replaced: Int
    ) {
        switch encoding.name {
        case "utf-8", "us-ascii":
            return repairUTF8(bytes)
        case "iso-8859-1", "windows-1252":
            return (decodeWindows1252(bytes), 0)
        default:
            return iconvToUTF8(bytes, from: iconvName(encoding.name)) ?? (decodeWindows1252(bytes), 0)
        }
    }

    /// True when iconv knows this encoding name.
    static func canDecode(_ name: String) -> Bool {
        let descriptor = iconv_open("UTF-8", iconvName(name))
        guard descriptor != iconv_t(bitPattern: -1) else { return false }
        iconv_close(descriptor)
        return true
    }

    /// GB2312 and GBK labels are read with GB18030 (a superset), as browsers do.
    private static func iconvName(_ name: String) -> String {
        switch name {
        case "gb2312", "gbk": return "GB18030"
        case "shift_jis": return "CP932"
        case "utf-16": return "UTF-16"
        default: return name.uppercased()
        }
    }

    /// Copies valid UTF-8 through and replaces each invalid sequence with U+FFFD.
    static func repairUTF8(_ bytes: UnsafeRawBufferPointer) -> (bytes: [UInt8], replaced: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var replaced = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let length = UTF8Validation.sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[index..<(index + length)]))
                index += length
            } else {
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                replaced += 1
                index += 1
            }
        }
        return (output, replaced)
    }

    /// windows-1252 (which the web reads ISO-8859-1 labels as): one table lookup per byte.
    static func decodeWindows1252(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar = byte < 0xA0 ? (windows1252High[Int(byte - 0x80)]) : UInt32(byte)
            appendUTF8(scalar, to: &output)
        }
        return output
    }

    static func appendUTF8(_ scalar: UInt32, to output: inout [UInt8]) {
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

    /// 0x80–0x9F in windows-1252; the five undefined bytes keep their C1 code point.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func iconvToUTF8(_ bytes: UnsafeRawBufferPointer, from name: String) -> ([UInt8], Int)? {
        let descriptor = iconv_open("UTF-8", name)
        guard descriptor != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var replaced = 0
        var inputOffset = 0
        var outputOffset = 0
        while inputOffset < bytes.count {
            var inputPointer = UnsafeMutablePointer(
                mutating: bytes.baseAddress!.advanced(by: inputOffset).assumingMemoryBound(to: CChar.self))
            var inputLeft = bytes.count - inputOffset
            let result = output.withUnsafeMutableBytes { buffer -> (Int, Int32) in
                var outputPointer: UnsafeMutablePointer<CChar>? = buffer.baseAddress!.advanced(by: outputOffset)
                    .assumingMemoryBound(to: CChar.self)
                var outputLeft = buffer.count - outputOffset
                var inputOptional: UnsafeMutablePointer<CChar>? = inputPointer
                let status = iconv(descriptor, &inputOptional, &inputLeft, &outputPointer, &outputLeft)
                inputPointer = inputOptional!
                outputOffset = buffer.count - outputLeft
                return (status, status == -1 ? errno : 0)
            }
            inputOffset = bytes.count - inputLeft
            if result.0 != -1 { break }
            switch result.1 {
            case E2BIG:
                output.append(contentsOf: [UInt8](repeating: 0, count: output.count))
            default:
                // EILSEQ or EINVAL: one undecodable byte becomes U+FFFD.
                if output.count - outputOffset < 3 { output.append(contentsOf: [0, 0, 0, 0]) }
                output[outputOffset] = 0xEF
                output[outputOffset + 1] = 0xBF
                output[outputOffset + 2] = 0xBD
                outputOffset += 3
                inputOffset += 1
                replaced += 1
            }
        }
        output.removeSubrange(outputOffset...)
        // iconv's UTF-16/32 with a BOM writes no BOM to UTF-8, but strip one if it slipped through.
        if output.starts(with: [0xEF, 0xBB, 0xBF]) { output.removeFirst(3) }
        return (output, replaced)
    }
}
