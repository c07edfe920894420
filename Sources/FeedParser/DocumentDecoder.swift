import FeedModel

/// Turns raw document bytes into what libxml2 and the JSON reader take: UTF-8 without a
/// byte-order mark, with the decoding decision and its problems recorded.
enum DocumentDecoder {
    /// Calls `body` with the document as UTF-8; the buffer is valid only during the call.
    static func withUTF8<R>(
        _ bytes: UnsafeRawBufferPointer, contentType: String?,
        _ body: (UnsafeRawBufferPointer, CharacterEncoding, [ParseProblem]) -> R
    ) -> R {
        let decision = EncodingDetector.decide(bytes, contentType: contentType)
        var problems = decision.problems
        let content = UnsafeRawBufferPointer(rebasing: bytes[decision.bomLength...])
        if decision.encoding != .utf8 && decision.encoding != .usASCII {
            let (utf8, replaced) = Transcoder.toUTF8(content, from: decision.encoding)
            if replaced > 0 {
                problems.append(
                    ParseProblem(message: "\(replaced) byte sequences are not valid \(decision.encoding.name)"))
            }
            return utf8.withUnsafeBytes { body($0, decision.encoding, problems) }
        }
        if UTF8Validation.firstInvalidOffset(content) != nil {
            // Only reached when no label was proven wrong either (detection picked UTF-8 for bytes
            // that are mostly, but not entirely, valid): repair the stray sequences.
            let (utf8, replaced) = Transcoder.repairUTF8(content)
            problems.append(ParseProblem(message: "\(replaced) byte sequences are not valid UTF-8"))
            return utf8.withUnsafeBytes { body($0, decision.encoding, problems) }
        }
        return body(content, decision.encoding, problems)
    }

    /// Calls `body` with the markup from its first `<`, repaired (see `MarkupRepair`), and what
    /// the repair found.
    static func withRepairedMarkup<R>(
        _ utf8: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer, [ParseProblem]) -> R
    ) -> R {
        var problems: [ParseProblem] = []
        let start = utf8.firstIndex(of: UInt8(ascii: "<")) ?? utf8.endIndex
        if utf8[..<start].contains(where: { $0 > 0x20 }) {
            problems.append(ParseProblem(message: "text before the first element was skipped", line: 1))
        }
        let markup = UnsafeRawBufferPointer(rebasing: utf8[start...])
        let repair = MarkupRepair.repair(markup)
        if repair.repairCount > 0 {
            problems.append(ParseProblem(message: MarkupRepair.describe(repair)))
        }
        if let repaired = repair.bytes {
            return repaired.withUnsafeBytes { body($0, problems) }
        }
        return body(markup, problems)
    }
}
