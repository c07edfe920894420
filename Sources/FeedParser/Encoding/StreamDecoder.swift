/// Turns a document's bytes into UTF-8 as they arrive, whatever they were encoded in.
///
/// In UTF-8 mode the bytes pass through untouched while they are valid; a byte that is not
/// valid UTF-8 is read in the fallback encoding instead (servers that label windows-1250 pages
/// `charset=utf-8` are common, and so are UTF-8 feeds with a stray Latin-1 byte). The output is
/// always valid UTF-8, so libxml2 never stops at an encoding error.
final class StreamDecoder {
    private enum Mode {
        case utf8
        case singleByte(SingleByteTable)
        case multiByte(IconvDecoder)
    }

    private var mode: Mode
    /// Decides the encoding for bytes that are not UTF-8, given the chunk where they appear.
    private let fallback: (UnsafeRawBufferPointer) -> CharacterEncoding
    private var fallbackTable: SingleByteTable?
    private(set) var fallbackEncoding: CharacterEncoding?
    private var carry: [UInt8] = []
    private var output: [UInt8] = []
    /// Bytes that were not valid in the document's encoding.
    private(set) var invalidBytes = 0
    /// True once a valid multi-byte UTF-8 sequence went through.
    private(set) var sawUTF8 = false

    init(encoding: CharacterEncoding, fallback: @escaping (UnsafeRawBufferPointer) -> CharacterEncoding) {
        self.fallback = fallback
        if encoding == .utf8 || encoding == .usASCII {
            mode = .utf8
        } else if let table = SingleByteTable.table(for: encoding), !encoding.name.hasPrefix("utf-") {
            mode = .singleByte(table)
        } else if let decoder = IconvDecoder(encoding: encoding) {
            mode = .multiByte(decoder)
        } else {
            mode = .singleByte(.windows1252)
        }
    }

    /// Decodes the next chunk and hands the UTF-8 result to `sink` (possibly in several pieces).
    func decode(_ chunk: UnsafeRawBufferPointer, isFinal: Bool, sink: (UnsafeRawBufferPointer) -> Void) {
        switch mode {
        case .utf8:
            if carry.isEmpty {
                decodeUTF8(chunk, isFinal: isFinal, sink: sink)
            } else {
                let joined = carry + Array(chunk)
                carry = []
                joined.withUnsafeBytes { decodeUTF8($0, isFinal: isFinal, sink: sink) }
            }
        case .singleByte(let table):
            output.removeAll(keepingCapacity: true)
            table.decode(chunk, into: &output)
            output.withUnsafeBytes(sink)
        case .multiByte(let decoder):
            output.removeAll(keepingCapacity: true)
            decoder.decode(chunk, isFinal: isFinal, into: &output)
            invalidBytes = decoder.replaced
            output.withUnsafeBytes(sink)
        }
    }

    private func decodeUTF8(_ bytes: UnsafeRawBufferPointer, isFinal: Bool, sink: (UnsafeRawBufferPointer) -> Void) {
        var end = bytes.count
        if !isFinal {
            let tail = UTF8Validation.incompleteTail(bytes)
            if tail > 0 {
                carry = Array(UnsafeRawBufferPointer(rebasing: bytes[(end - tail)...]))
                end -= tail
            }
        }
        let body = UnsafeRawBufferPointer(rebasing: bytes[0..<end])
        var scan = UTF8Validation.scan(body)
        if scan.sawMultibyte { sawUTF8 = true }
        guard var invalid = scan.firstInvalid else {
            sink(body)
            return
        }
        // Repair: valid runs are copied, each invalid byte is read in the fallback encoding.
        if fallbackTable == nil {
            // Guess from the invalid bytes alone: the valid UTF-8 around them says nothing
            // about the encoding they came from.
            var strays: [UInt8] = []
            var cursor = invalid
            while strays.count < 4096 {
                strays.append(body[cursor])
                guard let next = UTF8Validation.scan(body, from: cursor + 1).firstInvalid else { break }
                cursor = next
            }
            let encoding = strays.withUnsafeBytes { fallback($0) }
            fallbackEncoding = encoding
            fallbackTable = SingleByteTable.table(for: encoding) ?? .windows1252
        }
        output.removeAll(keepingCapacity: true)
        var start = 0
        while true {
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: body[start..<invalid]))
            fallbackTable!.decode(byte: body[invalid], into: &output)
            invalidBytes += 1
            start = invalid + 1
            scan = UTF8Validation.scan(body, from: start)
            if scan.sawMultibyte { sawUTF8 = true }
            guard let next = scan.firstInvalid else { break }
            invalid = next
        }
        output.append(contentsOf: UnsafeRawBufferPointer(rebasing: body[start...]))
        output.withUnsafeBytes(sink)
    }
}
