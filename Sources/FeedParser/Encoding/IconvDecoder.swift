import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Streaming conversion to UTF-8 through iconv, for multi-byte encodings (Shift_JIS, GB18030,
/// Big5, EUC-*, UTF-16/32). A sequence cut by a chunk boundary waits for the next chunk; an
/// undecodable byte becomes U+FFFD.
final class IconvDecoder {
    private let descriptor: iconv_t
    private var carry: [UInt8] = []
    private(set) var replaced = 0

    init?(encoding: CharacterEncoding) {
        let descriptor = iconv_open("UTF-8", IconvDecoder.iconvName(encoding.name))
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// True when iconv knows this encoding name.
    static func canDecode(_ name: String) -> Bool {
        let descriptor = iconv_open("UTF-8", iconvName(name))
        guard descriptor != iconv_t(bitPattern: -1) else { return false }
        iconv_close(descriptor)
        return true
    }

    /// GB2312 and GBK labels are read as GB18030 (a superset), Shift_JIS as Microsoft's CP932,
    /// as browsers do.
    static func iconvName(_ name: String) -> String {
        switch name {
        case "gb2312", "gbk": return "GB18030"
        case "shift_jis": return "CP932"
        default: return name.uppercased()
        }
    }

    /// Appends the UTF-8 form of `chunk` to `output`.
    func decode(_ chunk: UnsafeRawBufferPointer, isFinal: Bool, into output: inout [UInt8]) {
        if carry.isEmpty {
            convert(chunk, isFinal: isFinal, into: &output)
        } else {
            let joined = carry + Array(chunk)
            carry = []
            joined.withUnsafeBytes { convert($0, isFinal: isFinal, into: &output) }
        }
    }

    private func convert(_ input: UnsafeRawBufferPointer, isFinal: Bool, into output: inout [UInt8]) {
        guard input.count > 0 else { return }
        var offset = 0
        var buffer = [UInt8](repeating: 0, count: input.count * 3 + 16)
        while offset < input.count {
            var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutablePointer(
                mutating: input.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self))
            var inputLeft = input.count - offset
            var produced = 0
            let (status, error) = buffer.withUnsafeMutableBytes { raw -> (Int, Int32) in
                var outputPointer: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outputLeft = raw.count
                let status = iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                produced = raw.count - outputLeft
                return (status, status == -1 ? errno : 0)
            }
            output.append(contentsOf: buffer[0..<produced])
            offset = input.count - inputLeft
            if status != -1 { break }
            if error == E2BIG { continue }
            if error == EINVAL && !isFinal {
                carry = Array(UnsafeRawBufferPointer(rebasing: input[offset...]))
                return
            }
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            replaced += 1
            offset += 1
        }
    }
}
