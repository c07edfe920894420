public import FeedModel
public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads RSS, RDF, Atom and JSON Feed documents into the article model.
///
/// Real feeds are broken in every way; the parser reads what can be read and lists what was
/// wrong in `ParsedFeed.problems`. It throws only when nothing could be read as a feed.
/// Parsing streams: memory is bounded by the largest entry, not the document (the streaming
/// forms hand each article over as soon as it ends). It is synchronous and CPU-bound: call it
/// off the network loop.
public struct FeedParser: Sendable {
    public var limits: ParserLimits
    /// For a document read from a local file (a `file:` URL, or none), whether relative
    /// references resolve against the address the feed gives for itself (its `self` link over
    /// HTTP, else its site's link, once met) rather than against the file: what a feed another
    /// tool saved to disk means by `/2025/04/story`. Off by default, where the file is the base
    /// (as `parse --json` reports, per its specification).
    public var resolvesAgainstPublishedAddress = false
    /// Whether text a publishing system mangled the commonest ways is read as meant: HTML
    /// escaped twice (Reddit's `&amp;lt;div&amp;gt;`, see `DoublyEscapedHTML`) read once more,
    /// UTF-8 read as windows-1252 and written out again (`FÃ³rmula`, see `Mojibake`) read back.
    /// Off by default, where fields are as the feed gave them (as `parse --json` reports, per its
    /// specification); noted as a problem either way.
    public var readsMangledText = false

    /// The size of the pieces documents are read and parsed in.
    static let chunkSize = 256 * 1024

    public init(
        limits: ParserLimits = .standard, resolvesAgainstPublishedAddress: Bool = false,
        readsMangledText: Bool = false
    ) {
        self.limits = limits
        self.resolvesAgainstPublishedAddress = resolvesAgainstPublishedAddress
        self.readsMangledText = readsMangledText
    }

    /// Parses a complete document.
    /// - Parameters:
    ///   - data: the bytes as they arrived.
    ///   - documentURL: where the document came from (after redirects), the base for relative URLs.
    ///   - contentType: the HTTP `Content-Type`, whose charset takes part in decoding.
    public func parse(_ data: Data, documentURL: String? = nil, contentType: String? = nil) throws(FeedParseError)
        -> ParsedFeed
    {
        try parse(data, documentURL: documentURL, contentType: contentType, onArticle: nil)
    }

    /// Parses a complete document, handing each article to `onArticle` as soon as it is read
    /// instead of collecting them (the result's `articles` stays empty).
    public func parse(
        _ data: Data, documentURL: String? = nil, contentType: String? = nil, onArticle: ((Article) -> Void)?
    ) throws(FeedParseError) -> ParsedFeed {
        guard data.count <= limits.maxDocumentBytes else {
            throw FeedParseError(
                .tooLarge, "the document is \(data.count) bytes, over the limit of \(limits.maxDocumentBytes)")
        }
        return try run(documentURL: documentURL, contentType: contentType, onArticle: onArticle) { session in
            data.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count && !session.needsRepair {
                    let end = min(offset + FeedParser.chunkSize, bytes.count)
                    session.push(UnsafeRawBufferPointer(rebasing: bytes[offset..<end]))
                    offset = end
                }
            }
        }
    }

    /// Parses the file at `path`, reading it piece by piece; its `file://` URL is the base for
    /// relative URLs.
    public func parse(fileAt path: String, onArticle: ((Article) -> Void)? = nil) throws(FeedParseError) -> ParsedFeed {
        let documentURL = URL(fileURLWithPath: path).absoluteString
        return try run(documentURL: documentURL, contentType: nil, onArticle: onArticle) {
            session throws(FeedParseError) in
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw FeedParseError(.unreadable, "cannot read \(path): \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            // Sized to the file: most feeds are small, and fresh pages for a full chunk per file
            // would cost page faults.
            var status = stat()
            let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : FeedParser.chunkSize
            var buffer = [UInt8](repeating: 0, count: max(4096, min(size + 1, FeedParser.chunkSize)))
            while !session.needsRepair {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw FeedParseError(.unreadable, "cannot read \(path): \(String(cString: strerror(errno)))")
                }
                if count == 0 { break }
                buffer.withUnsafeBytes { session.push(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
            }
        }
    }

    /// Runs a parse without markup repair (most documents need none), and again with it when
    /// the document turns out to need it; articles the first pass handed over are not handed
    /// over twice (the repair changes nothing before the first error it prevents).
    private func run(
        documentURL: String?, contentType: String?, onArticle: ((Article) -> Void)?,
        feed: (FeedParseSession) throws(FeedParseError) -> Void
    ) throws(FeedParseError) -> ParsedFeed {
        let first = FeedParseSession(
            documentURL: documentURL, contentType: contentType, limits: limits,
            followsPublishedAddress: resolvesAgainstPublishedAddress, readsMangledText: readsMangledText,
            repairs: false, onArticle: onArticle)
        try feed(first)
        let outcome = first.finish()
        guard first.needsRepair else { return try outcome.get() }
        let second = FeedParseSession(
            documentURL: documentURL, contentType: contentType, limits: limits,
            followsPublishedAddress: resolvesAgainstPublishedAddress, readsMangledText: readsMangledText,
            repairs: true, skipping: first.emitted,
            onArticle: onArticle)
        try feed(second)
        return try second.finish().get()
    }
}
