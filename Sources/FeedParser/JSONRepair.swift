import Foundation

/// What a JSON reader refuses in real feeds but can be read anyway: control characters written
/// raw inside strings (a tab or a line break that a generator did not escape), and a document
/// cut off before its end (a download or a write that stopped), which is closed after its last
/// complete item so that the items before the cut are read.
///
/// One pass over the bytes, aware of strings and escapes; the fast path (a valid document) never
/// comes here.
struct JSONRepair {
    /// The document, repaired.
    var bytes: Data
    /// How many raw control characters inside strings were escaped.
    var escapedControls = 0
    /// Where the original document stopped, when it was cut off (its length), and how many of
    /// its last bytes (an incomplete item) were left out.
    var cutOff: (length: Int, dropped: Int)?

    /// The repaired document, or nil when there is nothing this repair can do (no raw control
    /// character, not cut off, or cut off before any item or field ended).
    init?(_ input: UnsafeRawBufferPointer) {
        var output = [UInt8]()
        output.reserveCapacity(input.count + 16)
        // The open containers, `{` or `[`.
        var open: [UInt8] = []
        var inString = false
        var escaped = false
        // The last place a value ended at the top level or directly in one of its fields (an item
        // of `items`): the output's length then, and how many containers were open.
        var lastComplete: (length: Int, depth: Int, escapedControls: Int)?
        var escapedControls = 0
        for byte in input {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte < 0x20 {
                    escapedControls += 1
                    output.append(contentsOf: JSONRepair.escape(byte))
                    continue
                }
                output.append(byte)
                continue
            }
            output.append(byte)
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                open.append(byte)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard !open.isEmpty else { return nil }  // more closed than opened: not this repair's
                open.removeLast()
                // The root object is depth 1 and `items` depth 2: a close back to either ends a
                // whole item (or a whole field of the feed).
                if open.count <= 2 { lastComplete = (output.count, open.count, escapedControls) }
            default:
                break
            }
        }
        if inString || !open.isEmpty {
            guard let lastComplete else { return nil }
            // The containers open at that place are still the first ones open now: a close back
            // to depth 2 or less after it would have been the last complete place.
            let closers = open[..<lastComplete.depth].reversed().map {
                $0 == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            }
            cutOff = (input.count, output.count - lastComplete.length)
            output.removeSubrange(lastComplete.length...)
            output.append(contentsOf: closers)
            escapedControls = lastComplete.escapedControls
        }
        guard escapedControls > 0 || cutOff != nil else { return nil }
        self.escapedControls = escapedControls
        bytes = Data(output)
    }

    /// What a reader can act on, one sentence each.
    var problems: [String] {
        var problems: [String] = []
        if escapedControls > 0 {
            problems.append(
                "\(escapedControls) control character\(escapedControls == 1 ? "" : "s") written raw inside strings (not escaped as JSON requires) read as text"
            )
        }
        if let cutOff {
            problems.append(
                "the JSON is cut off after \(cutOff.length) bytes: read up to its last complete item, the \(cutOff.dropped) bytes after it left out"
            )
        }
        return problems
    }

    private static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case 0x0A: return Array("\\n".utf8)
        case 0x0D: return Array("\\r".utf8)
        case 0x09: return Array("\\t".utf8)
        default:
            let hex = Array("0123456789abcdef".utf8)
            return Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        }
    }
}
