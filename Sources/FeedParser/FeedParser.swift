public import FeedModel
public import Foundation

/// Reads RSS, RDF, Atom and JSON Feed documents into the article model.
///
/// Real feeds are broken in every way; the parser reads what can be read and lists what was
/// wrong in `ParsedFeed.problems`. It throws only when nothing could be read as a feed.
/// Parsing is synchronous and CPU-bound: call it off the network loop.
public struct FeedParser: Sendable {
    public var limits: ParserLimits

    public init(limits: ParserLimits = .standard) {
        self.limits = limits
    }

    /// Parses a complete document.
    /// - Parameters:
    ///   - data: the bytes as they arrived.
    ///   - documentURL: where the document came from (after redirects), the base for relative URLs.
    ///   - contentType: the HTTP `Content-Type`, whose charset takes part in decoding.
    public func parse(_ data: Data, documentURL: String? = nil, contentType: String? = nil) throws(FeedParseError)
        -> ParsedFeed
    {
        guard data.count <= limits.maxDocumentBytes else {
            throw FeedParseError(
                .tooLarge, "the document is \(data.count) bytes, over the limit of \(limits.maxDocumentBytes)")
        }
        let outcome: Result<ParsedFeed, FeedParseError> = data.withUnsafeBytes { bytes in
            parseBytes(bytes, documentURL: documentURL, contentType: contentType)
        }
        return try outcome.get()
    }

    /// Parses the file at `path`; its `file://` URL is the base for relative URLs.
    public func parse(fileAt path: String) throws(FeedParseError) -> ParsedFeed {
        let url = URL(fileURLWithPath: path)
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw FeedParseError(.unreadable, "cannot read \(path): \(error.localizedDescription)")
        }
        return try parse(data, documentURL: url.absoluteString)
    }

    private func parseBytes(_ bytes: UnsafeRawBufferPointer, documentURL: String?, contentType: String?) -> Result<
        ParsedFeed, FeedParseError
    > {
        DocumentDecoder.withUTF8(bytes, contentType: contentType) { utf8, encoding, decodingProblems in
            let start = utf8.firstIndex(where: { $0 > 0x20 }) ?? utf8.endIndex
            guard start < utf8.endIndex else { return .failure(FeedParseError(.empty, "the document is empty")) }
            if utf8[start] == UInt8(ascii: "{") || utf8[start] == UInt8(ascii: "[") {
                return JSONFeedReader.read(
                    UnsafeRawBufferPointer(rebasing: utf8[start...]), documentURL: documentURL,
                    encoding: encoding.name, problems: decodingProblems, limits: limits)
            }
            return DocumentDecoder.withRepairedMarkup(utf8) { markup, repairProblems in
                parseXML(
                    markup, documentURL: documentURL, encoding: encoding, problems: decodingProblems + repairProblems)
            }
        }
    }

    private func parseXML(
        _ utf8: UnsafeRawBufferPointer, documentURL: String?, encoding: CharacterEncoding, problems: [ParseProblem]
    ) -> Result<ParsedFeed, FeedParseError> {
        let builder = FeedBuilder(documentURL: documentURL, limits: limits)
        let parser = XMLPushParser(handler: builder, limits: limits)
        parser.push(utf8)
        parser.finish()
        let built = builder.result()
        var allProblems = problems + parser.problems + built.notes
        if parser.problemCount > parser.problems.count {
            allProblems.append(ParseProblem(message: "\(parser.problemCount - parser.problems.count) more XML errors"))
        }
        if builder.isHTML {
            return .failure(HTMLFeedDiscovery.notAFeedError(utf8, documentURL: documentURL))
        }
        guard let format = built.format else {
            let first = parser.problems.first
            let detail = first.map { ": \($0.message)" } ?? ""
            let root = builder.elements.first.map { "<\($0.localName)>" } ?? "no element"
            return .failure(
                FeedParseError(
                    .notAFeed, "not an RSS, Atom or JSON feed (root element: \(root))\(detail)", line: first?.line))
        }
        return .success(
            ParsedFeed(
                format: format, feed: built.feed, articles: built.articles,
                encoding: encoding == .usASCII ? "us-ascii" : encoding.name, problems: allProblems))
    }
}

extension MarkupRepair {
    static func describe(_ result: Result) -> String {
        var parts: [String] = []
        if result.escapedAmpersands > 0 { parts.append("\(result.escapedAmpersands) unescaped '&'") }
        if result.escapedBrackets > 0 { parts.append("\(result.escapedBrackets) unescaped '<'") }
        if result.droppedControls > 0 { parts.append("\(result.droppedControls) control characters") }
        return "not well-formed: repaired " + parts.joined(separator: ", ")
    }
}
