import FeedModel

/// Takes one XML document from raw bytes to SAX events: decides the encoding from the first
/// bytes, decodes to UTF-8, repairs the commonest faults and feeds libxml2, chunk by chunk, so
/// that memory stays bounded however large the document is.
final class XMLDocumentStream {
    /// How much of the document the encoding decision looks at.
    static let sniffLength = 64 * 1024

    private let contentType: String?
    private let parser: XMLPushParser
    private var sniffed: [UInt8] = []
    private var decision: EncodingDecision?
    private var decoder: StreamDecoder?
    private var repairer = MarkupRepairer()
    /// Whether to run `MarkupRepairer`. Clean documents (most of them) go without: the first
    /// error it would have prevented stops the parse, and the caller starts over with repair on.
    private let repairs: Bool
    /// Set when a parse without repair met an error that repair prevents.
    private(set) var needsRepair = false
    private var reachedMarkup = false
    /// What came before the document's markup.
    private enum Skipped {
        /// Text, as much of it as a message shows.
        case text(String)
        case binary(bytes: Int)
        /// The gzip format's first bytes.
        case compressed
    }

    private var skipped: Skipped?

    /// Whether bytes that are not text (binary, or a gzip stream) were skipped at the start.
    var skippedBytesThatAreNotText: Bool {
        switch skipped {
        case .binary, .compressed: true
        case .text, nil: false
        }
    }
    private var startsCompressed = false
    /// What the document is when its first bytes say it is a file of another kind (see
    /// `FileSignature`): an image, a PDF, an archive.
    private(set) var fileKind: String?
    /// The first bytes as they arrived, kept to read an HTML page's head if that is what this is.
    private var head: [UInt8] = []

    init(handler: any XMLEventHandler, contentType: String?, limits: ParserLimits, repairs: Bool = true) {
        self.contentType = contentType
        self.repairs = repairs
        parser = XMLPushParser(handler: handler, limits: limits)
        parser.stopsAtRepairableError = !repairs
    }

    /// Parses the next piece of the document.
    func push(_ bytes: UnsafeRawBufferPointer) {
        if decoder == nil {
            if sniffed.isEmpty && bytes.count >= XMLDocumentStream.sniffLength {
                // Enough to decide on without copying; keep only the head for HTML discovery.
                startDecoding(bytes, isComplete: false)
                return
            }
            sniffed.append(contentsOf: bytes)
            if sniffed.count >= XMLDocumentStream.sniffLength { startDecoding(isComplete: false) }
            return
        }
        decode(bytes, isFinal: false)
    }

    /// Ends the document.
    func finish() {
        if decoder == nil { startDecoding(isComplete: true) }
        decode(UnsafeRawBufferPointer(start: nil, count: 0), isFinal: true)
        parser.finish()
        if !repairs && parser.sawRepairableError { needsRepair = true }
    }

    /// The start of the document as text, for reading an HTML page's `<head>`.
    var headText: String {
        guard let decision else { return "" }
        let decoder = StreamDecoder(encoding: decision.encoding) { LegacyEncodingGuess.guess($0) }
        var text = ""
        head.withUnsafeBytes { bytes in
            decoder.decode(UnsafeRawBufferPointer(rebasing: bytes[decision.bomLength...]), isFinal: true) {
                text += String(decoding: $0, as: UTF8.self)
            }
        }
        return text
    }

    /// True once libxml2 has given up (or a limit stopped it): more bytes change nothing.
    var isHalted: Bool { parser.isHalted }

    /// The encoding the bytes were read in.
    var encoding: String {
        guard let decision, let decoder else { return "utf-8" }
        if decision.encoding == .utf8 || decision.encoding == .usASCII, decoder.invalidBytes > 0, !decoder.sawUTF8,
            let fallback = decoder.fallbackEncoding
        {
            return fallback.name
        }
        return decision.encoding.name
    }

    /// The line of markup after the root element's end (which is not read), if any.
    var contentPastEndLine: Int? { parser.contentPastEndLine }

    /// Everything that was wrong with the document, decoding first, in the order found.
    var problems: [ParseProblem] {
        var problems = decision?.problems ?? []
        if let decoder, let decision, decoder.invalidBytes > 0 {
            if let fallback = decoder.fallbackEncoding {
                problems.append(
                    ParseProblem(
                        message:
                            "\(decoder.invalidBytes) bytes are not valid \(decision.encoding.name); read as \(fallback.name)"
                    ))
            } else {
                problems.append(
                    ParseProblem(message: "\(decoder.invalidBytes) bytes are not valid \(decision.encoding.name)"))
            }
        }
        switch skipped {
        case .text(let text):
            problems.append(ParseProblem(message: "text before the feed was skipped: \(text)", line: 1))
        case .binary(let count):
            problems.append(
                ParseProblem(message: "\(count) bytes that are not text were skipped before the feed", line: 1))
        case .compressed:
            problems.append(
                ParseProblem(
                    message:
                        "the document is gzip-compressed: the server compressed it without saying so (Content-Encoding), "
                        + "or compressed it twice", line: 1))
        case nil: break
        }
        if let repair = repairer.problem { problems.append(repair) }
        problems += parser.problems
        if parser.problemCount > parser.problems.count {
            problems.append(ParseProblem(message: "\(parser.problemCount - parser.problems.count) more XML errors"))
        }
        return problems
    }

    /// Keeps what was skipped before the markup (the start of it, on one line), when it is more
    /// than white space.
    private func noteSkipped(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.contains(where: { $0 > 0x20 }) else { return }
        if startsCompressed {
            skipped = .compressed
            return
        }
        let text = String(decoding: bytes.prefix(400), as: UTF8.self)
        let isBinary =
            bytes.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } || text.contains("\u{FFFD}")
        switch skipped {
        case .binary(let count): skipped = .binary(bytes: count + bytes.count)
        case .text, .compressed: break
        case nil:
            if isBinary {
                skipped = .binary(bytes: bytes.count)
            } else {
                // A byte order mark is invisible: name it.
                let line = text.replacing("\u{FEFF}", with: " [byte order mark] ").split(whereSeparator: \.isWhitespace)
                    .joined(separator: " ")
                skipped = .text("\"" + (line.count > 100 ? line.prefix(100) + "…" : Substring(line)) + "\"")
            }
        }
    }

    private func startDecoding(isComplete: Bool) {
        let buffered = sniffed
        sniffed = []
        buffered.withUnsafeBytes { startDecoding($0, isComplete: isComplete) }
    }

    private func startDecoding(_ bytes: UnsafeRawBufferPointer, isComplete: Bool) {
        let decision = EncodingDetector.decide(
            UnsafeRawBufferPointer(rebasing: bytes.prefix(XMLDocumentStream.sniffLength)), contentType: contentType,
            isComplete: isComplete && bytes.count <= XMLDocumentStream.sniffLength)
        self.decision = decision
        let fallback = decision.fallback
        decoder = StreamDecoder(encoding: decision.encoding) { chunk in
            fallback ?? LegacyEncodingGuess.guess(chunk)
        }
        head = Array(bytes.prefix(XMLDocumentStream.sniffLength))
        startsCompressed = bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
        fileKind = FileSignature.kind(of: Array(bytes.prefix(16)))
        decode(UnsafeRawBufferPointer(rebasing: bytes[decision.bomLength...]), isFinal: false)
    }

    private func decode(_ bytes: UnsafeRawBufferPointer, isFinal: Bool) {
        guard let decoder, !parser.isHalted else { return }
        decoder.decode(bytes, isFinal: isFinal) { utf8 in
            var markup = utf8
            if !reachedMarkup {
                // libxml2 calls white space before `<?xml` fatal, and junk before the first
                // element would stop it: start at the first `<`, or where the feed starts after
                // a server's error message (`<br /><b>Warning</b>: …`).
                guard let start = utf8.firstIndex(of: UInt8(ascii: "<")) else {
                    noteSkipped(UnsafeRawBufferPointer(rebasing: utf8[...]))
                    return
                }
                let feedStart = ServerErrorPrelude.feedStart(in: UnsafeRawBufferPointer(rebasing: utf8[start...]))
                noteSkipped(UnsafeRawBufferPointer(rebasing: utf8[..<(start + feedStart)]))
                reachedMarkup = true
                markup = UnsafeRawBufferPointer(rebasing: utf8[(start + feedStart)...])
            }
            guard repairs else {
                parser.push(markup)
                if parser.sawRepairableError { needsRepair = true }
                return
            }
            repairer.process(markup, isFinal: false, line: parser.line ?? 1) { parser.push($0) }
        }
        if isFinal && repairs {
            repairer.process(UnsafeRawBufferPointer(start: nil, count: 0), isFinal: true, line: parser.line ?? 1) {
                parser.push($0)
            }
        }
    }
}
