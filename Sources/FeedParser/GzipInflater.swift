import CZlib

/// Decompresses a gzip stream as it arrives, for a document that is still compressed when it
/// reaches the parser: a server that compressed it without saying so in `Content-Encoding`, one
/// that compressed it twice (an application's gzip under the web server's), a `.xml.gz` file.
///
/// zlib does the work; this keeps its state on the heap (zlib's state points back at its
/// stream, so the stream must not move), reads members written one after another as gzip
/// allows, and says when the stream was damaged or cut short. How much comes out is the
/// caller's to bound: it stops taking output by returning false.
final class GzipInflater {
    /// Whether `bytes` begin as a gzip stream does: its magic number and deflate, its only method.
    static func startsGzip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 3 && bytes[0] == 0x1f && bytes[1] == 0x8b && bytes[2] == 0x08
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private var output = [UInt8](repeating: 0, count: 64 * 1024)
    /// Between members: the last one ended, and the next has not begun.
    private var betweenMembers = false
    private var stopped = false
    /// zlib's account of what was wrong with the stream, once it was.
    private(set) var damage: String?
    /// Bytes after the last member that are no member (a server's padding, or garbage).
    private(set) var trailingBytes = 0
    private(set) var decompressedBytes = 0

    init?() {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard fm_inflate_init_gzip(stream) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            return nil
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Whether the stream ended where its last member did (not cut short, not damaged).
    var isComplete: Bool { betweenMembers && damage == nil }

    /// Decompresses `input`, handing each piece of output to `take`, which returns false to
    /// stop (the document is over a limit, or the parse was abandoned): nothing more is read.
    func push(_ input: UnsafeRawBufferPointer, _ take: (UnsafeRawBufferPointer) -> Bool) {
        guard !stopped, damage == nil, let base = input.baseAddress, input.count > 0 else { return }
        var next = base.assumingMemoryBound(to: UInt8.self)
        var remaining = input.count
        while remaining > 0 || stream.pointee.avail_out == 0 {
            if betweenMembers {
                guard remaining > 0 else { return }
                // gzip allows members one after another; anything else after the last is ignored.
                guard next[0] == 0x1f else {
                    trailingBytes += remaining
                    return
                }
                inflateReset(stream)
                betweenMembers = false
            }
            // zlib reads at most 4 GB at a time.
            let taken = min(remaining, Int(UInt32.max))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: next)
            stream.pointee.avail_in = UInt32(taken)
            let (status, produced) = output.withUnsafeMutableBufferPointer { buffer in
                stream.pointee.next_out = buffer.baseAddress
                stream.pointee.avail_out = UInt32(buffer.count)
                let status = inflate(stream, Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.pointee.avail_out))
            }
            let consumed = taken - Int(stream.pointee.avail_in)
            next += consumed
            remaining -= consumed
            if produced > 0 {
                decompressedBytes += produced
                let keepsGoing = output.withUnsafeBytes { take(UnsafeRawBufferPointer(rebasing: $0[0..<produced])) }
                guard keepsGoing else {
                    stopped = true
                    return
                }
            }
            switch status {
            case Z_STREAM_END:
                betweenMembers = true
            case Z_OK:
                break
            case Z_BUF_ERROR:
                // No progress is possible until more input comes.
                if consumed == 0 && produced == 0 { return }
            default:
                let said = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                damage = "\(said) after \(decompressedBytes) bytes"
                return
            }
            if remaining == 0 && stream.pointee.avail_out != 0 { return }
        }
    }
}
