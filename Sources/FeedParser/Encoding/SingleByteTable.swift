import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The UTF-8 form of every byte of an 8-bit encoding, so that decoding is one table lookup per byte.
struct SingleByteTable: Sendable {
    /// For each byte, its UTF-8 bytes (1 to 3).
    private let forms: [[UInt8]]

    private init(scalars: [UInt32]) {
        forms = scalars.map { scalar in
            var bytes: [UInt8] = []
            UTF8Validation.append(scalar, to: &bytes)
            return bytes
        }
    }

    /// Appends the UTF-8 form of `bytes` to `output`.
    func decode(_ bytes: UnsafeRawBufferPointer, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count + bytes.count / 4)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
            } else {
                output.append(contentsOf: forms[Int(byte)])
            }
        }
    }

    func decode(byte: UInt8, into output: inout [UInt8]) {
        output.append(contentsOf: forms[Int(byte)])
    }

    /// The table for `encoding`, or nil when it is not an 8-bit encoding this machine's iconv knows.
    static func table(for encoding: CharacterEncoding) -> SingleByteTable? {
        cache.table(for: encoding.name)
    }

    private static let cache = TableCache()

    /// windows-1252, which is also how the web reads ISO-8859-1 and US-ASCII labels: C1 bytes are
    /// the curly quotes and dashes that Windows software wrote (five undefined bytes keep their
    /// C1 code point).
    static let windows1252: SingleByteTable = {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return SingleByteTable(scalars: (0..<256).map { $0 >= 0x80 && $0 < 0xA0 ? high[$0 - 0x80] : UInt32($0) })
    }()

    /// Tables built on first use, one per encoding; iconv decodes each byte once.
    private final class TableCache: @unchecked Sendable {
        // `lock` guards `tables`.
        private let lock = NSLock()
        private var tables: [String: SingleByteTable?] = [:]

        func table(for name: String) -> SingleByteTable? {
            if name == "windows-1252" || name == "iso-8859-1" || name == "us-ascii" { return .windows1252 }
            if let cached = lock.withLock({ tables[name] }) { return cached }
            let built = build(name)
            lock.withLock { tables[name] = built }
            return built
        }

        private func build(_ name: String) -> SingleByteTable? {
            let descriptor = iconv_open("UTF-32LE", name.uppercased())
            guard descriptor != iconv_t(bitPattern: -1) else { return nil }
            defer { iconv_close(descriptor) }
            var scalars: [UInt32] = []
            for value in 0..<256 {
                var input = [CChar(bitPattern: UInt8(value))]
                var output = [UInt32](repeating: 0, count: 2)
                var inputLeft = 1
                var outputLeft = 8
                let (status, error) = input.withUnsafeMutableBufferPointer { inputBuffer in
                    output.withUnsafeMutableBytes { outputBuffer -> (Int, Int32) in
                        var inputPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress
                        var outputPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress!
                            .assumingMemoryBound(to: CChar.self)
                        let status = iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                        return (status, status == -1 ? errno : 0)
                    }
                }
                // An 8-bit encoding maps each byte alone: a byte that starts a longer sequence
                // (EINVAL) means a multi-byte encoding; an unmapped byte (EILSEQ) is U+FFFD.
                if status == -1 || outputLeft != 4 {
                    if value < 0x80 || error == EINVAL || outputLeft < 4 { return nil }
                    scalars.append(0xFFFD)
                } else {
                    scalars.append(output[0])
                }
                _ = iconv(descriptor, nil, nil, nil, nil)
            }
            return SingleByteTable(scalars: scalars)
        }
    }
}
