import FeedModel
import FeedText
import Foundation

/// Parses one feed document pushed in pieces: XML through `XMLDocumentStream`, JSON Feed
/// (which needs the whole text) buffered up to the size limit.
final class FeedParseSession {
    private enum Kind {
        case undecided
        case xml(XMLDocumentStream)
        case json
    }

    private let documentURL: String?
    private let contentType: String?
    private let limits: ParserLimits
    private let builder: FeedBuilder
    private var kind = Kind.undecided
    private var buffered: [UInt8] = []
    private var totalBytes = 0
    private var tooLarge = false

    private let repairs: Bool
    /// A document still gzip-compressed, decompressed layer by layer (`inflaters[0]` reads the
    /// bytes as they came); `layerStarted[i]` once layer i has had its first bytes.
    private var inflaters: [GzipInflater] = []
    private var layerStarted = [false]
    /// A server that compressed its own gzip file is two layers; more is no feed.
    private static let maxCompressionLayers = 2

    /// - Parameters:
    ///   - followsPublishedAddress: see `FeedParser.resolvesAgainstPublishedAddress`.
    ///   - readsMangledText: see `FeedParser.readsMangledText`.
    ///   - repairs: run the markup repair (see `XMLDocumentStream`).
    ///   - skipping: articles a first, abandoned pass already handed to `onArticle`.
    init(
        documentURL: String?, contentType: String?, limits: ParserLimits, followsPublishedAddress: Bool = false,
        readsMangledText: Bool = false, repairs: Bool, skipping: Int = 0, onArticle: ((Article) -> Void)?
    ) {
        self.documentURL = documentURL
        self.contentType = contentType
        self.limits = limits
        self.repairs = repairs
        builder = FeedBuilder(
            documentURL: documentURL, limits: limits, followsPublishedAddress: followsPublishedAddress)
        builder.emit = onArticle
        builder.readsMangledText = readsMangledText
        builder.skipEmissions = skipping
    }

    /// True when this pass was abandoned and must be run again with repair on.
    var needsRepair: Bool {
        if case .xml(let stream) = kind { return stream.needsRepair }
        return false
    }

    /// Articles handed to `onArticle` so far.
    var emitted: Int { builder.emittedCount }

    func push(_ bytes: UnsafeRawBufferPointer) {
        guard !tooLarge, bytes.count > 0, !needsRepair else { return }
        push(bytes, layer: 0)
    }

    /// Sends bytes of compression layer `layer` on: through its inflater, or, at the innermost
    /// layer, to the parse. Layers are found as their first bytes come.
    private func push(_ bytes: UnsafeRawBufferPointer, layer: Int) {
        if layer < inflaters.count {
            inflaters[layer].push(bytes) { piece in
                push(piece, layer: layer + 1)
                return !tooLarge && !needsRepair
            }
            return
        }
        if !layerStarted[layer] {
            layerStarted[layer] = true
            if layer < FeedParseSession.maxCompressionLayers, GzipInflater.startsGzip(bytes),
                let inflater = GzipInflater()
            {
                inflaters.append(inflater)
                layerStarted.append(false)
                push(bytes, layer: layer)
                return
            }
        }
        pushDecompressed(bytes)
    }

    private func pushDecompressed(_ bytes: UnsafeRawBufferPointer) {
        guard !tooLarge, !needsRepair else { return }
        totalBytes += bytes.count
        if totalBytes > limits.maxDocumentBytes {
            tooLarge = true
            return
        }
        switch kind {
        case .xml(let stream):
            stream.push(bytes)
        case .json:
            buffered.append(contentsOf: bytes)
        case .undecided:
            if buffered.isEmpty, let first = bytes.first(where: { $0 > 0x20 }), first < 0xEF {
                // The usual case: the first chunk shows the kind, so it need not be copied (a
                // byte-order mark starts with 0xEF, 0xFE or 0xFF, and is read past in `decideKind`).
                decide(byFirstByte: first)
                if case .xml(let stream) = kind {
                    stream.push(bytes)
                } else {
                    buffered.append(contentsOf: bytes)
                }
                return
            }
            buffered.append(contentsOf: bytes)
            decideKind(isComplete: false)
        }
    }

    func finish() -> Result<ParsedFeed, FeedParseError> {
        let outcome = finishDecompressed()
        guard !inflaters.isEmpty else { return outcome }
        // What the compression was, and what was wrong with it, said first.
        let notes = compressionNotes()
        switch outcome {
        case .success(var parsed):
            parsed.problems = notes + parsed.problems
            if let truncation = compressionTruncation() { parsed.truncation = truncation }
            return .success(parsed)
        case .failure(var error):
            guard notes.count > 1 else { return .failure(error) }
            error.message += " (" + notes.dropFirst().map(\.message).joined(separator: "; ") + ")"
            return .failure(error)
        }
    }

    /// What ended a compressed document before its end: a layer's damage, or its cut.
    private func compressionTruncation() -> String? {
        for inflater in inflaters {
            if let damage = inflater.damage { return "the gzip stream is damaged (\(damage))" }
            if !inflater.isComplete && !tooLarge && !needsRepair {
                return "the gzip stream is cut short after \(inflater.decompressedBytes) bytes"
            }
        }
        return nil
    }

    /// How the document was compressed, then each layer's damage, cut or trailing bytes.
    private func compressionNotes() -> [ParseProblem] {
        let fetched = documentURL.map(URLResolver.isHTTP) ?? false
        let how =
            !fetched
            ? "the file is gzip-compressed" + (inflaters.count == 1 ? "" : " twice")
            : inflaters.count == 1
                ? "the document is gzip-compressed: the server compressed it without saying so (Content-Encoding)"
                : "the document is gzip-compressed twice (the server compressed a compressed document)"
        var notes = [ParseProblem(message: how + "; read decompressed", line: 1)]
        for inflater in inflaters {
            if let damage = inflater.damage {
                notes.append(ParseProblem(message: "the gzip stream is damaged (\(damage)): read up to there"))
            } else if !inflater.isComplete && !tooLarge && !needsRepair {
                notes.append(
                    ParseProblem(
                        message:
                            "the gzip stream is cut short after \(inflater.decompressedBytes) bytes (a transfer that stopped): read up to there"
                    ))
            } else if inflater.trailingBytes > 0 {
                notes.append(
                    ParseProblem(message: "\(inflater.trailingBytes) bytes after the gzip stream were ignored"))
            }
        }
        return notes
    }

    private func finishDecompressed() -> Result<ParsedFeed, FeedParseError> {
        if tooLarge {
            return .failure(
                FeedParseError(
                    .tooLarge,
                    inflaters.isEmpty
                        ? "the document is larger than the limit of \(limits.maxDocumentBytes) bytes"
                        : "the document is gzip-compressed, and decompressed it is larger than the limit of \(limits.maxDocumentBytes) bytes (a gzip bomb?)"
                ))
        }
        if case .undecided = kind { decideKind(isComplete: true) }
        switch kind {
        case .undecided:
            return .failure(FeedParseError(.empty, "the document is empty"))
        case .json:
            return readJSON()
        case .xml(let stream):
            stream.finish()
            if stream.needsRepair {
                // Abandoned: the caller parses again with repair. Building a result here would
                // hand over the entry the error cut short.
                return .failure(FeedParseError(.notAFeed, "parse abandoned for a repaired one"))
            }
            return result(of: stream)
        }
    }

    /// XML or JSON, from the first character that is not white space (after a byte-order mark).
    /// In UTF-16 or UTF-32 (a JSON Feed a Windows tool saved), the zero bytes of that character
    /// and of the white space before it are passed over as white space is.
    private func decideKind(isComplete: Bool) {
        let marks = EncodingDetector.byteOrderMarks.lazy.map(\.bytes)
        // A first packet that may be the start of a mark: wait for the rest.
        if !isComplete, buffered.count < 4, marks.contains(where: { $0.starts(with: buffered) }) { return }
        var index = marks.first(where: { buffered.starts(with: $0) })?.count ?? 0
        while index < buffered.count, buffered[index] <= 0x20 { index += 1 }
        // Only white space so far: wait for more (or, at the end, the document is empty).
        guard index < buffered.count else { return }
        decide(byFirstByte: buffered[index])
        if case .xml(let stream) = kind {
            let pending = buffered
            buffered = []
            pending.withUnsafeBytes { stream.push($0) }
        }
    }

    private func decide(byFirstByte byte: UInt8) {
        if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            kind = .json
        } else {
            kind = .xml(XMLDocumentStream(handler: builder, contentType: contentType, limits: limits, repairs: repairs))
        }
    }

    private func readJSON() -> Result<ParsedFeed, FeedParseError> {
        buffered.withUnsafeBytes { raw in
            let decision = EncodingDetector.decide(raw, contentType: contentType)
            let decoder = StreamDecoder(encoding: decision.encoding) { LegacyEncodingGuess.guess($0) }
            var utf8: [UInt8] = []
            decoder.decode(UnsafeRawBufferPointer(rebasing: raw[decision.bomLength...]), isFinal: true) {
                utf8.append(contentsOf: $0)
            }
            return utf8.withUnsafeBytes {
                JSONFeedReader.read(
                    $0, documentURL: documentURL, encoding: decision.encoding.name, problems: decision.problems,
                    limits: limits, readsMangledText: builder.readsMangledText, emit: builder.emit
                ) { document, problems in
                    readRSS(document, encoding: decision.encoding.name, problems: problems)
                }
            }
        }
    }

    /// Reads RSS in JSON written back as RSS (`RSSInJSON`): well-formed XML of its own making,
    /// in UTF-8 whatever the JSON's encoding was (which is the one reported).
    private func readRSS(_ document: [UInt8], encoding: String, problems: [ParseProblem]) -> Result<
        ParsedFeed, FeedParseError
    > {
        let stream = XMLDocumentStream(handler: builder, contentType: nil, limits: limits, repairs: false)
        document.withUnsafeBytes { stream.push($0) }
        stream.finish()
        return result(of: stream).map { parsed in
            var parsed = parsed
            parsed.encoding = encoding
            parsed.problems = problems + parsed.problems
            return parsed
        }
    }

    /// The error of a document that holds no element: an XML declaration and nothing more (a
    /// generator that failed after it began), or text (a PHP warning, a server's plain-text
    /// error), quoted.
    private static func noElement(in head: String) -> FeedParseError {
        var rest = Substring(head)
        // Declarations, processing instructions and comments before the text.
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard rest.hasPrefix("<?") || rest.hasPrefix("<!"),
                let end = rest.range(of: rest.hasPrefix("<!--") ? "-->" : ">")
            else { break }
            rest = rest[end.upperBound...]
        }
        let said = rest.split(whereSeparator: \.isWhitespace).prefix(40).joined(separator: " ")
        guard !said.isEmpty else {
            return FeedParseError(
                .empty,
                "the document is an XML declaration and nothing more: no feed element (its generator stopped after it began?)"
            )
        }
        let quoted = said.count > 120 ? said.prefix(120) + "…" : Substring(said)
        return FeedParseError(.notAFeed, "not an RSS, Atom or JSON feed: no element, only the text \"\(quoted)\"")
    }

    private func result(of stream: XMLDocumentStream) -> Result<ParsedFeed, FeedParseError> {
        let built = builder.result()
        if builder.isHTML && built.format == nil {
            return .failure(HTMLFeedDiscovery.notAFeedError(stream.headText, documentURL: documentURL))
        }
        let problems = stream.problems
        if built.format == nil, let kind = stream.fileKind {
            let type = contentType.map { " (Content-Type: \($0))" } ?? ""
            return .failure(
                FeedParseError(
                    .notAFeed,
                    "not a feed but \(kind)\(type): the address serves something else now, or is not the feed's"))
        }
        guard let format = built.format else {
            if builder.elements.isEmpty, !stream.skippedBytesThatAreNotText {
                // No element at all: libxml2's words ("Extra content at the end of the
                // document", "Document is empty") say nothing a user can act on. Bytes that are
                // not text are named as such (below), not quoted.
                return .failure(FeedParseSession.noElement(in: stream.headText))
            }
            let first = problems.first { $0.line != nil } ?? problems.first
            let detail = first.map { ": \($0.message)" } ?? ""
            var root = builder.elements.first.map { "<\($0.localName)>" } ?? "no element"
            // What the document says, on one line: an S3 `AccessDenied`, an API's rate limit.
            let said = String(decoding: builder.textOfNoFeed, as: UTF8.self).split(whereSeparator: \.isWhitespace)
                .joined(separator: " ")
            if !said.isEmpty {
                root += ", which says \"\(said.count > 120 ? said.prefix(120) + "…" : Substring(said))\""
            }
            return .failure(
                FeedParseError(
                    .notAFeed, "not an RSS, Atom or JSON feed (root element: \(root))\(detail)", line: first?.line))
        }
        var parsed = ParsedFeed(
            format: format, feed: built.feed, articles: built.articles, encoding: stream.encoding,
            problems: (builder.cutOff.map { [$0] } ?? []) + problems + built.notes)
        parsed.truncation = built.truncation
        return .success(parsed)
    }
}
