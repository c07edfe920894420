import FeedModel
import FeedText
import Foundation

/// Builds the article model from the SAX events of an RSS, RDF or Atom document in one pass.
///
/// Nothing but the entry being read is held: finished entries go straight into the result, and
/// text is collected only for the fields the model keeps.
final class FeedBuilder: XMLEventHandler {
    /// A class, so that reading one per event costs one reference count, not one per string.
    final class ElementInfo {
        let kind: ElementKind
        let vocabulary: Vocabulary
        let localName: String
        let prefix: String?

        init(kind: ElementKind, vocabulary: Vocabulary, localName: String, prefix: String?) {
            self.kind = kind
            self.vocabulary = vocabulary
            self.localName = localName
            self.prefix = prefix
        }
    }

    /// What a text field's start tag said that matters once its text is read.
    struct CaptureExtras {
        /// RSS `guid isPermaLink` (true unless it says false).
        var isPermaLink = true
        /// RSS `guid isPermaLink="true"`, said rather than taken as the default.
        var saysPermaLink = false
        /// RSS `category domain`.
        var domain: String?
        /// RSS `source url`.
        var url: String?
        /// Atom 0.3 `mode="base64"`.
        var isBase64 = false
        /// Atom `content src`, already absolute, and the media type the content says it has
        /// (nil for Atom's own `text`, `html`, `xhtml`).
        var src: String?
        var srcType: String?
    }

    struct SuspendedEntry {
        var article: Article
        var permalink: String?
        var summaryRank: Int
        var titleIsStandIn: Bool
        var index: Int
    }

    /// Where an `xml:base` or `xml:lang` took effect: from `depth` down, until that element ends.
    struct Scope {
        var depth: Int
        /// The `xml:base` in effect, resolved; nil where none is (the document's base then).
        var base: String?
        var language: String?
    }

    let limits: ParserLimits
    let documentURL: String?
    /// For a document read from a local file, when asked (`FeedParser.resolvesAgainstPublishedAddress`),
    /// where the feed says it is published: its `self` link, else its site's link, once met (in
    /// the feed's head, before its entries). Relative references resolve against it, as they
    /// would against the address the feed was fetched from: against the file, `/2025/04/story`
    /// would be `file:///2025/04/story`.
    private var publishedBase: String?
    private var publishedBaseIsSelf = false
    private let followsPublishedAddress: Bool

    private(set) var elements: [ElementInfo] = []
    /// The first words of a document that is no feed (an S3 `<Error>`, an API's `<error>`), so
    /// that the error can say what it says.
    private(set) var textOfNoFeed: [UInt8] = []
    private(set) var format: FeedFormat?
    private(set) var isHTML = false
    private var plainNamespace: String?
    var feed = Feed()
    var articles: [Article] = []
    /// The entry being read (meaningful while `inEntry`).
    var entry = Article()
    var inEntry = false
    /// Receives each finished article instead of `articles`, when set.
    var emit: ((Article) -> Void)?
    var person: Author?
    var source: ArticleSource?
    /// How many elements are open.
    var depth = 0
    /// `xml:base` and `xml:lang` in effect, innermost last (pushed only where they change).
    var scopes: [Scope] = []
    var imageLevel = 0
    var textInputLevel = 0
    var mediaGroupLevel = 0
    var droppedEntries = 0
    /// Fields whose HTML was escaped twice (see `DoublyEscapedHTML`), and whether to read
    /// them once more (`FeedParser.readsMangledText`).
    var doublyEscapedFields = 0
    var readsMangledText = false
    /// Fields holding UTF-8 read as windows-1252 (see `Mojibake`), read back with
    /// `readsMangledText`.
    var mojibakeFields = 0
    /// Fields holding C1 control characters a windows-1252 writer meant as signs (see
    /// `Windows1252Controls`), read as meant with `readsMangledText`.
    var windows1252ControlFields = 0
    /// `sy:updatePeriod` in seconds and `sy:updateFrequency`, combined into `feed.updateInterval`.
    var updatePeriod: Double?
    var updateFrequency = 1
    /// The current entry's categories and the feed's, for de-duplication.
    var entryCategories: Set<Category> = []
    var feedCategories: Set<Category> = []
    /// Entries read so far (kept or handed over).
    var entryCount = 0
    /// Articles handed to `emit`, and how many to hold back because an earlier pass already did.
    var emittedCount = 0
    var skipEmissions = 0
    var notes: [ParseProblem] = []
    /// What to say first when the document ended inside an entry (see `leaveOutCutEntry`).
    var cutOff: ParseProblem?
    /// The entry's guid when it is a permalink, the link of last resort.
    var permalink: String?
    /// Outer entries waiting while a nested one is read.
    var suspended: [SuspendedEntry] = []
    /// Where the current entry goes in `articles` (an outer entry keeps its place before nested ones).
    var entryIndex = 0
    /// Which source filled the entry's summary, so that a better one can replace it.
    var summaryRank = 0
    /// Whether the entry's title is a stand-in (`dc:title`, `media:title`, `itunes:title`), which
    /// its own `title` replaces wherever it comes.
    var titleIsStandIn = false
    /// The same for the feed's own title.
    var feedTitleIsStandIn = false

    // The text being collected, if any: the field it belongs to and the depth of its element.
    var captureKind: ElementKind?
    var captureDepth = 0
    var captureType: TextType = .text
    var captureIsMarkup = false
    var captureSkipsWrapper = false
    var captureWrapperDepth = 0
    var captureBuffer: [UInt8] = []
    var captureTruncated = false
    var captureExtras = CaptureExtras()

    init(documentURL: String?, limits: ParserLimits, followsPublishedAddress: Bool = false) {
        self.documentURL = documentURL
        self.limits = limits
        // A document fetched over HTTP has its address: the one it was fetched from.
        self.followsPublishedAddress = followsPublishedAddress && !(documentURL.map(URLResolver.isHTTP) ?? false)
    }

    /// The base URL in effect: the innermost `xml:base`, else the document's URL (where the feed
    /// says it is published, for a local file).
    var base: String? { scopes.last?.base ?? publishedBase ?? documentURL }

    /// Notes a link of the feed itself (not of an entry): for a local file, the first `self`
    /// link over HTTP, or until one comes the first site link, becomes the document's base.
    func notePublishedLocation(_ link: Link) {
        guard followsPublishedAddress, !publishedBaseIsSelf, URLResolver.isHTTP(link.href) else { return }
        if link.rel == "self" {
            publishedBase = link.href
            publishedBaseIsSelf = true
        } else if link.rel == "alternate" && publishedBase == nil {
            publishedBase = link.href
        }
    }

    var language: String? { scopes.last?.language }

    // MARK: XMLEventHandler

    func elementCode(namespace: String?, localName: String, prefix: String?) -> Int {
        var vocabulary = Vocabulary(uri: namespace, prefix: prefix)
        if vocabulary == .other, let namespace {
            // Some feeds put RSS in a namespace of their own (`<rss xmlns="https://cyber.harvard.edu/rss/rss.html">`):
            // the root's namespace then means plain RSS throughout.
            if elements.isEmpty && localName == "rss" { plainNamespace = namespace }
            if namespace == plainNamespace { vocabulary = .plain }
        }
        let atomByDefault = format?.isAtom == true
        elements.append(
            ElementInfo(
                kind: ElementKind.of(vocabulary, localName, atomByDefault: atomByDefault), vocabulary: vocabulary,
                localName: localName, prefix: prefix))
        return elements.count - 1
    }

    func startElement(_ code: Int, attributes: XMLAttributes) {
        depth += 1
        if attributes.count > 0, let (newBase, newLanguage) = attributes.xmlBaseAndLanguage() {
            var scope = Scope(depth: depth, base: scopes.last?.base, language: language)
            if let newBase { scope.base = URLResolver.resolve(newBase, against: base) }
            if let newLanguage { scope.language = newLanguage.isEmpty ? nil : newLanguage }
            scopes.append(scope)
        }
        let info = elements[code]
        if captureKind != nil {
            if captureKind == .rssAuthor && info.kind == .name && depth == captureDepth + 1 {
                // An RSS author written as an Atom person (Google Cloud's `<author><name>…</name>
                // <title>…</title>…`): read as one, not as the run of all its texts.
                captureKind = nil
                person = Author()
                open(info, attributes: attributes)
                return
            }
            appendMarkupStart(info, attributes: attributes)
            return
        }
        if depth == 1 || format == nil {
            detectFormat(info, attributes: attributes)
        } else if format == .rss10 && info.vocabulary == .rss090 {
            format = .rss090
        }
        open(info, attributes: attributes)
    }

    func endElement(_ code: Int) {
        guard depth > 0 else { return }
        defer {
            if scopes.last?.depth == depth { scopes.removeLast() }
            depth -= 1
        }
        let info = elements[code]
        if captureKind != nil {
            if depth == captureDepth {
                finishCapture()
            } else {
                appendMarkupEnd(info)
            }
        } else {
            close(info)
        }
    }

    func characters(_ bytes: UnsafeRawBufferPointer) {
        if format == nil && textOfNoFeed.count < 160 && depth > 0 {
            if !textOfNoFeed.isEmpty && textOfNoFeed.last != 0x20 { textOfNoFeed.append(0x20) }
            textOfNoFeed += bytes.prefix(160)
        }
        guard captureKind != nil, !captureTruncated else { return }
        if captureBuffer.count + bytes.count > limits.maxFieldBytes {
            captureTruncated = true
            return
        }
        if captureIsMarkup {
            appendEscaped(bytes)
        } else {
            captureBuffer.append(contentsOf: bytes)
        }
    }

    // MARK: Format

    private func detectFormat(_ info: ElementInfo, attributes: XMLAttributes) {
        switch info.kind {
        case .rssRoot:
            format = FeedBuilder.rssFormat(version: attributes.value("version"))
        case .rdfRoot:
            format = .rss10
        case .atomFeed:
            let version = attributes.value("version")
            if info.vocabulary == .atom03 || (info.vocabulary == .plain && version != nil && version != "1.0") {
                format = .atom03
            } else {
                format = .atom10
            }
        case .channel where format == nil:
            format = info.vocabulary == .rss090 ? .rss090 : info.vocabulary == .rss10 ? .rss10 : .rss
        case .htmlRoot where depth == 1:
            isHTML = true
        default:
            break
        }
    }

    static func rssFormat(version: String?) -> FeedFormat {
        guard let version = version?.trimmingWhitespace() else { return .rss }
        switch version {
        case "0.90", "0.9": return .rss090
        case "0.91": return .rss091
        case "0.92": return .rss092
        case "0.93": return .rss093
        case "0.94": return .rss094
        case "2.0", "2.00", "2.01", "2.0.1", "2.1", "2": return .rss20
        default: return .rss
        }
    }

    // MARK: Capturing text

    func beginCapture(_ kind: ElementKind, type: TextType, extras: CaptureExtras = CaptureExtras()) {
        captureKind = kind
        captureDepth = depth
        captureType = type
        captureIsMarkup = type == .xhtml
        captureSkipsWrapper = type == .xhtml
        captureWrapperDepth = 0
        captureBuffer.removeAll(keepingCapacity: true)
        captureTruncated = false
        captureExtras = extras
    }

    func finishCapture() {
        guard let kind = captureKind else { return }
        captureKind = nil
        // Trim white space on the bytes, before making a String (Foundation's trimming is slow).
        var start = 0
        var end = captureBuffer.count
        while start < end, FeedBuilder.isSpace(captureBuffer[start]) { start += 1 }
        while end > start, FeedBuilder.isSpace(captureBuffer[end - 1]) { end -= 1 }
        let text = captureBuffer.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
        }
        if captureBuffer.count > 64 * 1024 { captureBuffer = [] }
        if captureTruncated {
            notes.append(ParseProblem(message: "a field longer than \(limits.maxFieldBytes) bytes was cut"))
        }
        assign(kind, text: text, type: captureType, extras: captureExtras)
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Markup inside a text field: serialized for HTML and XHTML content, dropped for plain text.
    private func appendMarkupStart(_ info: ElementInfo, attributes: XMLAttributes) {
        if captureSkipsWrapper && captureWrapperDepth == 0 && info.localName == "div"
            && (info.vocabulary == .xhtml || info.vocabulary == .plain) && depth == captureDepth + 1
        {
            captureWrapperDepth = depth
            return
        }
        guard captureType != .text else { return }
        if !captureIsMarkup {
            // Unescaped HTML inside an RSS description: what came before was escaped HTML already.
            captureIsMarkup = true
        }
        var tag = "<" + info.localName
        for index in 0..<attributes.count {
            let attribute = attributes.attribute(at: index)
            if attribute.prefix == "xmlns" || (attribute.prefix == nil && attribute.localName == "xmlns") { continue }
            var value = attribute.value
            if attribute.localName == "href" || attribute.localName == "src" {
                value = URLResolver.resolve(value, against: base)
            }
            let name = attribute.prefix.map { $0 + ":" + attribute.localName } ?? attribute.localName
            tag += " " + name + "=\"" + XMLEscaping.attribute(value) + "\""
        }
        tag += FeedBuilder.voidElements.contains(info.localName) ? " />" : ">"
        appendRaw(tag)
    }

    private func appendMarkupEnd(_ info: ElementInfo) {
        if captureWrapperDepth == depth {
            captureWrapperDepth = -1
            return
        }
        guard captureType != .text, captureIsMarkup, !FeedBuilder.voidElements.contains(info.localName) else { return }
        appendRaw("</" + info.localName + ">")
    }

    private func appendRaw(_ text: String) {
        guard !captureTruncated else { return }
        captureBuffer.append(contentsOf: text.utf8)
    }

    private func appendEscaped(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "<"): captureBuffer.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): captureBuffer.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): captureBuffer.append(contentsOf: "&amp;".utf8)
            default: captureBuffer.append(byte)
            }
        }
    }

    // MARK: Result

    /// What to say of `fields` that hold UTF-8 read as windows-1252 (see `Mojibake`), in any format.
    static func mojibakeNote(fields: Int, readAsMeant: Bool) -> ParseProblem {
        ParseProblem(
            message: "\(fields) \(fields == 1 ? "field holds" : "fields hold") UTF-8 read as windows-1252 (Ã© for é)"
                + (readAsMeant ? "; read as meant" : ""))
    }

    /// The parsed feed, once the document has ended.
    func result() -> (
        format: FeedFormat?, feed: Feed, articles: [Article], notes: [ParseProblem], truncation: String?
    ) {
        // A truncated document ends inside elements that libxml2 never closes: keep the feed's
        // text, but not the entry that was cut.
        let endsInsideRoot = depth > 0
        if captureKind != nil { finishCapture() }
        let endsInsideEntry = inEntry
        leaveOutCutEntry()
        while inEntry { closeEntry() }
        if endsInsideEntry {
            let read = entryCount == 0 ? "no entry before it" : "the \(entryCount) before it are read"
            cutOff = ParseProblem(
                message: "the document is cut off inside an entry: \(read), and the one cut off is left out "
                    + "(the next whole document brings it)")
        } else if endsInsideRoot && format != nil {
            // libxml2 says only "Extra content at the end of the document" of a cut between entries.
            cutOff = ParseProblem(
                message: "the document ends before its root element closes (cut off): "
                    + (entryCount == 0
                        ? "no entry is in it"
                        : entryCount == 1
                            ? "the entry before the cut is read" : "the \(entryCount) entries before the cut are read"))
        }
        finishFeed()
        if doublyEscapedFields > 0 {
            notes.append(
                ParseProblem(
                    message:
                        "\(doublyEscapedFields) \(doublyEscapedFields == 1 ? "field's" : "fields'") HTML is escaped "
                        + "twice (&amp;lt;p&amp;gt;)\(readsMangledText ? "; read once more" : "")"))
        }
        if mojibakeFields > 0 {
            notes.append(FeedBuilder.mojibakeNote(fields: mojibakeFields, readAsMeant: readsMangledText))
        }
        if windows1252ControlFields > 0 {
            let fields = windows1252ControlFields
            notes.append(
                ParseProblem(
                    message:
                        "\(fields) \(fields == 1 ? "field holds" : "fields hold") control characters a windows-1252 "
                        + "writer meant as signs (&#146; for ’)\(readsMangledText ? "; read as meant" : "")"))
        }
        if droppedEntries > 0 {
            notes.append(
                ParseProblem(message: "\(droppedEntries) entries beyond the limit of \(limits.maxEntries) were dropped")
            )
        }
        let truncation =
            endsInsideEntry
            ? "cut off inside an entry"
            : endsInsideRoot ? "cut off before its root element closes" : nil
        return (format, feed, articles, notes, truncation)
    }
}
