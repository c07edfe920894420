import FeedModel
import FeedText
import Foundation

/// The encoding chosen for a document and why.
struct EncodingDecision {
    var encoding: CharacterEncoding
    /// Bytes of byte-order mark to skip.
    var bomLength = 0
    /// Labels the bytes proved wrong, or that nothing could decode.
    var problems: [ParseProblem] = []
    /// For a UTF-8 decision: the next 8-bit label in line, to read any later bytes that turn out
    /// not to be UTF-8.
    var fallback: CharacterEncoding?
}

/// Decides how to decode a document, following RFC 7303's precedence (byte-order mark, then the
/// HTTP charset, then the XML declaration, then detection) while letting the bytes overrule a
/// label they prove wrong: bytes that are not UTF-8 are not UTF-8, whatever a header says.
enum EncodingDetector {
    /// Decides from the start of a document (`isComplete` when it is the whole document; else a
    /// sequence cut off at the end does not count against UTF-8).
    static func decide(_ bytes: UnsafeRawBufferPointer, contentType: String?, isComplete: Bool = true)
        -> EncodingDecision
    {
        if let bom = byteOrderMark(bytes) { return EncodingDecision(encoding: bom.0, bomLength: bom.1) }
        if let wide = unmarkedWideEncoding(bytes) { return EncodingDecision(encoding: wide) }

        var candidates: [(label: String, origin: String)] = []
        if let contentType {
            if let charset = charset(inContentType: contentType) {
                candidates.append((charset, "the HTTP Content-Type"))
            } else if mediaType(contentType).hasPrefix("text/") {
                // RFC 7303: text/* without a charset means us-ascii.
                candidates.append(("us-ascii", "the HTTP Content-Type (text/* without charset)"))
            }
        }
        if let declared = declaredEncoding(bytes) {
            candidates.append((declared, "the XML declaration"))
        }

        var problems: [ParseProblem] = []
        var rejected: [String] = []
        var validUTF8: Bool?
        var utf8WithPastedItems: Bool?
        let body = UnsafeRawBufferPointer(
            rebasing: bytes[0..<(bytes.count - (isComplete ? 0 : UTF8Validation.incompleteTail(bytes)))])
        /// Valid UTF-8, or UTF-8 with a few stray bytes among many valid multi-byte sequences
        /// (those strays are read one by one in the fallback encoding).
        func isValidUTF8() -> Bool {
            if let validUTF8 { return validUTF8 }
            var valid = UTF8Validation.isValid(body)
            if !valid {
                let census = UTF8Validation.census(body)
                valid = census.multibyte > 0 && census.multibyte >= census.invalid
            }
            validUTF8 = valid
            return valid
        }
        /// For a document that says it is UTF-8 (or says nothing, which in XML means UTF-8):
        /// valid as `isValidUTF8`, or UTF-8 with an item pasted in a legacy encoding, told by the
        /// runs of non-ASCII bytes: at least one in five is UTF-8 throughout. A legacy document
        /// makes such a run only by accident (3% of its runs at most over the corpus's Western
        /// and Cyrillic documents). Read as a legacy encoding, every UTF-8 letter of the other
        /// items was mojibake (`familjekГ¤nsla`); read as UTF-8, the pasted item's bytes are read
        /// in the fallback encoding, and a legacy document taken for one would lose only its
        /// accidental runs.
        func isUTF8WithPastedItems() -> Bool {
            if let utf8WithPastedItems { return utf8WithPastedItems }
            var found = isValidUTF8()
            if !found {
                let runs = UTF8Validation.runCensus(body)
                found = runs.clean > 0 && runs.clean * 4 >= runs.dirty
            }
            utf8WithPastedItems = found
            return found
        }
        /// The first 8-bit label after position `index` among the candidates.
        func fallback(after index: Int) -> CharacterEncoding? {
            candidates.dropFirst(index + 1).lazy.compactMap { CharacterEncoding(label: $0.label) }
                .first { $0.isSingleByte }
        }

        for (index, candidate) in candidates.enumerated() {
            guard let encoding = CharacterEncoding(label: candidate.label) else {
                problems.append(
                    ParseProblem(message: "\(candidate.origin) names an unknown encoding '\(candidate.label)'"))
                continue
            }
            switch encoding.name {
            case "utf-8":
                if isUTF8WithPastedItems() {
                    return EncodingDecision(
                        encoding: .utf8, problems: problems + overruled(rejected, by: .utf8),
                        fallback: fallback(after: index))
                }
                rejected.append("\(candidate.origin) says utf-8")
            case "us-ascii":
                if !bytes.contains(where: { $0 >= 0x80 }) {
                    return EncodingDecision(
                        encoding: .usASCII, problems: problems + overruled(rejected, by: .usASCII),
                        fallback: fallback(after: index))
                }
                rejected.append("\(candidate.origin) says us-ascii")
            case "utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le", "utf-32be":
                // A wide label on ASCII-compatible bytes is a leftover from an earlier conversion.
                rejected.append("\(candidate.origin) says \(encoding.name)")
            default:
                if isValidUTF8() == false || !containsNonASCII(bytes) {
                    // Western labels are the defaults of servers and CMSs that sites long wrote
                    // other encodings behind: `Vuèiæ` is `Vučić`, `Âó÷èž` is `Вучић`.
                    if encoding.name == "iso-8859-1" || encoding.name == "windows-1252",
                        let (actual, sign) = LegacyEncodingGuess.behindWesternLabel(body)
                    {
                        let misread = ParseProblem(
                            message: "\(candidate.origin) says \(encoding.name) but the text reads as \(actual.name) "
                                + "(\(sign)); read as \(actual.name)")
                        return EncodingDecision(
                            encoding: actual, problems: problems + overruled(rejected, by: actual) + [misread])
                    }
                    return EncodingDecision(encoding: encoding, problems: problems + overruled(rejected, by: encoding))
                }
                // Declared legacy (Latin-1 too: a server's default label) but the bytes are valid
                // UTF-8 with non-ASCII text: legacy bytes practically never validate by accident,
                // so the label is stale.
                rejected.append("\(candidate.origin) says \(encoding.name)")
            }
        }
        let detected: CharacterEncoding = isUTF8WithPastedItems() ? .utf8 : LegacyEncodingGuess.guess(body)
        if detected != .utf8 && candidates.isEmpty {
            // XML without a label is UTF-8 by definition; these bytes are not.
            rejected.append("no encoding is declared (so XML's default, utf-8, applies)")
        }
        // Stray bytes in UTF-8 that a legacy label was rejected for are read as that label says
        // (a Danish `besøge` pasted in Latin-1 among UTF-8, under an ISO-8859-1 declaration).
        let labelled = detected == .utf8 ? fallback(after: -1) : nil
        return EncodingDecision(
            encoding: detected, problems: problems + overruled(rejected, by: detected), fallback: labelled)
    }

    private static func overruled(_ rejected: [String], by encoding: CharacterEncoding) -> [ParseProblem] {
        rejected.map {
            ParseProblem(message: "\($0) but the bytes prove it wrong; read as \(encoding.name)")
        }
    }

    private static func containsNonASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.contains { $0 >= 0x80 }
    }

    /// The byte-order marks, longest first where one begins another (UTF-32LE's begins UTF-16LE's).
    static let byteOrderMarks: [(bytes: [UInt8], encoding: CharacterEncoding)] = [
        ([0xEF, 0xBB, 0xBF], .utf8), ([0x00, 0x00, 0xFE, 0xFF], .utf32BE), ([0xFF, 0xFE, 0x00, 0x00], .utf32LE),
        ([0xFE, 0xFF], .utf16BE), ([0xFF, 0xFE], .utf16LE),
    ]

    private static func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> (CharacterEncoding, Int)? {
        byteOrderMarks.first { bytes.starts(with: $0.bytes) }.map { ($0.encoding, $0.bytes.count) }
    }

    /// UTF-16 or UTF-32 without a mark, told by where the zero bytes of the first character
    /// fall: it is ASCII in a feed (`<`, or in JSON `{`, `[` or white space; RFC 4627, 3).
    private static func unmarkedWideEncoding(_ bytes: UnsafeRawBufferPointer) -> CharacterEncoding? {
        let b = Array(bytes.prefix(4))
        guard b.count == 4 else { return nil }
        func isASCII(_ byte: UInt8) -> Bool {
            (0x20...0x7E).contains(byte) || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
        if isASCII(b[0]) && b[1] == 0x00 && b[2] == 0x00 && b[3] == 0x00 { return .utf32LE }
        if b[0] == 0x00 && b[1] == 0x00 && b[2] == 0x00 && isASCII(b[3]) { return .utf32BE }
        if isASCII(b[0]) && b[1] == 0x00 { return .utf16LE }
        if b[0] == 0x00 && isASCII(b[1]) { return .utf16BE }
        return nil
    }

    /// The `charset` parameter of a Content-Type header.
    static func charset(inContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "charset" else {
                continue
            }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    static func mediaType(_ contentType: String) -> String {
        String(contentType.prefix { $0 != ";" }).trimmingWhitespace().lowercased()
    }

    /// The `encoding` pseudo-attribute of the XML declaration, read from ASCII-compatible bytes.
    static func declaredEncoding(_ bytes: UnsafeRawBufferPointer) -> String? {
        var head = bytes.prefix(1024)
        var start = head.startIndex
        while start < head.endIndex,
            head[start] == 0x20 || head[start] == 0x09 || head[start] == 0x0A || head[start] == 0x0D
        {
            start += 1
        }
        // A server's error message before the feed: the declaration follows it.
        let skipped = ServerErrorPrelude.feedStart(in: UnsafeRawBufferPointer(rebasing: bytes[start...]))
        if skipped > 0 {
            start += skipped
            head = bytes[start..<min(bytes.count, start + 1024)]
        }
        let prolog = Array(head[start...].prefix(while: { $0 != UInt8(ascii: ">") }))
        guard prolog.starts(with: Array("<?xml".utf8)) else { return nil }
        let text = String(decoding: prolog, as: UTF8.self)
        guard let range = text.range(of: "encoding") else { return nil }
        var rest = text[range.upperBound...].drop(while: { $0 == " " || $0 == "=" || $0 == "\t" })
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        let value = rest.prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }
}
