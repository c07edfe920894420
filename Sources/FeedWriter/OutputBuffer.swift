import Foundation

/// An output's bytes as they are written: `Data` from the start, with room reserved, so that a
/// large feed is neither copied at each doubling of a string nor once more into `Data` at the end.
struct OutputBuffer {
    private(set) var data = Data()

    init(capacity: Int) {
        data.reserveCapacity(capacity)
    }

    static func += (buffer: inout OutputBuffer, text: String) {
        var text = text
        text.withUTF8 { buffer.data.append($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, count: $0.count) }
    }
}
