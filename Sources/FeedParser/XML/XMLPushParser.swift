internal import CLibXML2
import FeedModel
import Foundation

/// libxml2's SAX2 push parser in recover mode, confined to one thread: the one place in
/// feedmerge that drives libxml2.
///
/// Security: the options exclude entity substitution (`NOENT`), DTD loading and validation,
/// `HUGE` and XInclude, and `NONET` is set, so a document can neither pull in a file or URL nor
/// expand entities beyond HTML's named characters and, within a budget, the text of the
/// entities it declares itself (`DeclaredEntities`). Its input must already be UTF-8: callers
/// decode first, and the parser is told to ignore the document's own encoding label.
final class XMLPushParser {
    // Unowned: whoever creates the parser owns the handler and outlives the parse, and the
    // callbacks run millions of times per corpus pass, where reference counting would show.
    private unowned(unsafe) let handler: any XMLEventHandler
    private let limits: ParserLimits
    private var context: xmlParserCtxtPtr?
    private var codes = NameCodeTable()
    private var depth = 0
    private var skippedDepth = 0
    private(set) var problems: [ParseProblem] = []
    private(set) var problemCount = 0
    /// True once libxml2 gave up on the document (it cannot continue past some errors).
    private(set) var isHalted = false
    /// The line of markup that follows the root element's end, which libxml2 does not read.
    private(set) var contentPastEndLine: Int?
    /// True once libxml2 reported an error that `MarkupRepairer` would have prevented.
    private(set) var sawRepairableError = false
    /// Stop at such an error at once (the document is parsed again with repair), so that no
    /// event after the lost text reaches the handler.
    var stopsAtRepairableError = false
    private var isFinished = false
    private let declaredEntities: DeclaredEntities
    private var reportedEntityProblem = false
    /// The last bytes of CDATA text (up to 7, ending at byte 7 of 16), to find a tag split
    /// between two pieces of a section.
    private var cdataTail: (bytes: (UInt64, UInt64), count: Int) = ((0, 0), 0)

    init(handler: any XMLEventHandler, limits: ParserLimits) {
        self.handler = handler
        self.limits = limits
        declaredEntities = DeclaredEntities(limit: limits.maxEntityTextBytes)
        XMLPushParser.initializeLibrary
        var sax = XMLPushParser.makeSAXHandler()
        let unmanagedSelf = Unmanaged.passUnretained(self).toOpaque()
        context = xmlCreatePushParserCtxt(&sax, unmanagedSelf, nil, 0, nil)
        if let context {
            let options =
                Int32(XML_PARSE_RECOVER.rawValue) | Int32(XML_PARSE_NONET.rawValue)
                | Int32(XML_PARSE_IGNORE_ENC.rawValue)
            xmlCtxtUseOptions(context, options)
            xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        }
    }

    deinit {
        fm_xml_free_push_context(context)
    }

    /// Parses the next piece of the document.
    func push(_ bytes: UnsafeRawBufferPointer) {
        guard let context, !isFinished, !isHalted, bytes.count > 0 else { return }
        var offset = 0
        // xmlParseChunk takes an Int32 size.
        while offset < bytes.count && !isHalted {
            let size = min(bytes.count - offset, 1 << 24)
            let chunk = bytes.baseAddress!.advanced(by: offset).assumingMemoryBound(to: CChar.self)
            parseChunk(context, chunk, Int32(size), terminate: false)
            offset += size
        }
    }

    /// Ends the document.
    func finish() {
        guard let context, !isFinished else { return }
        isFinished = true
        // A CDATA section still open at the end: one never closed, which repair closes with its
        // field (libxml2 says only that the document ended early).
        if context.pointee.instate == XML_PARSER_CDATA_SECTION { sawRepairableError = true }
        if !isHalted { parseChunk(context, nil, 0, terminate: true) }
    }

    private func parseChunk(_ context: xmlParserCtxtPtr, _ bytes: UnsafePointer<CChar>?, _ size: Int32, terminate: Bool)
    {
        // Encoding-conversion errors skip the context's handler and go to this thread's global
        // one; catch them for the duration of the call (no suspension point in between).
        let unmanagedSelf = Unmanaged.passUnretained(self).toOpaque()
        xmlSetStructuredErrorFunc(unmanagedSelf, XMLPushParser.globalErrorCallback)
        _ = xmlParseChunk(context, bytes, size, terminate ? 1 : 0)
        xmlSetStructuredErrorFunc(nil, nil)
        if context.pointee.instate == XML_PARSER_EOF && !terminate {
            isHalted = true
        }
    }

    /// Stops the parse from inside a callback, e.g. when a limit is reached.
    func stop(because message: String) {
        record(ParseProblem(message: message, line: line, column: column))
        isHalted = true
        if let context { fm_xml_stop(context) }
    }

    var line: Int? { context.map { Int(fm_xml_context_line($0)) } }
    var column: Int? { context.map { Int(fm_xml_context_column($0)) } }

    private func record(_ problem: ParseProblem) {
        problemCount += 1
        if problems.count < limits.maxProblems { problems.append(problem) }
    }

    /// libxml2 drops every entity reference that follows the first error (it checks
    /// `wellFormed`), even `&amp;`. The errors are already recorded here, so keep the flag up.
    private func keepReadingReferences() {
        if let context, context.pointee.wellFormed == 0 { context.pointee.wellFormed = 1 }
    }

    // MARK: Events from libxml2

    fileprivate func didStart(
        _ localName: UnsafePointer<xmlChar>, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
        _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, _ attributeCount: Int
    ) {
        keepReadingReferences()
        depth += 1
        if skippedDepth > 0 || depth > limits.maxDepth {
            if skippedDepth == 0 {
                record(ParseProblem(message: "elements nested deeper than \(limits.maxDepth) were skipped", line: line))
            }
            skippedDepth += 1
            return
        }
        let nameKey = UInt(bitPattern: localName)
        let namespaceKey = UInt(bitPattern: uri)
        let code: Int
        if let cached = codes.code(nameKey, namespaceKey) {
            code = cached
        } else {
            code = handler.elementCode(
                namespace: uri.map { String(cString: $0) }, localName: String(cString: localName),
                prefix: prefix.map { String(cString: $0) })
            codes.insert(nameKey, namespaceKey, code)
        }
        var attributes = XMLAttributes(base: attributes, count: attributeCount)
        if let context, context.pointee.myDoc != nil {
            // The document's own entities, which libxml2 leaves as written in attribute values.
            let entities = declaredEntities
            attributes.declaredText = { entities.attributeText(of: $0, in: context) }
        }
        handler.startElement(code, attributes: attributes)
    }

    fileprivate func didEnd(_ localName: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?) {
        keepReadingReferences()
        depth -= 1
        if skippedDepth > 0 {
            skippedDepth -= 1
            return
        }
        if let code = codes.code(UInt(bitPattern: localName), UInt(bitPattern: uri)) { handler.endElement(code) }
    }

    fileprivate func didRead(_ bytes: UnsafePointer<xmlChar>, _ length: Int) {
        keepReadingReferences()
        guard skippedDepth == 0 else { return }
        handler.characters(UnsafeRawBufferPointer(start: bytes, count: length))
    }

    fileprivate func didReadCDATA(_ bytes: UnsafePointer<xmlChar>, _ length: Int) {
        if !sawRepairableError, holdsAnItemsEnd(bytes, length) {
            // A CDATA section left open runs on over the item's end to the next `]]>`, taking the
            // next item with it, and stays well-formed: only `MarkupRepairer` can close it.
            sawRepairableError = true
            if stopsAtRepairableError {
                isHalted = true
                if let context { fm_xml_stop(context) }
                return
            }
        }
        didRead(bytes, length)
    }

    /// True when a CDATA section's text holds `</item>` or `</entry>`, which no HTML does.
    /// libxml2 hands a long section over in pieces of a few hundred bytes, so the last bytes of
    /// the previous piece are looked at with the first of each.
    private func holdsAnItemsEnd(_ bytes: UnsafePointer<xmlChar>, _ length: Int) -> Bool {
        if XMLPushParser.containsAnItemsEnd(UnsafeRawPointer(bytes), length) { return true }
        // The previous piece's last bytes at 0..<7 (right-aligned), this piece's first after them.
        let head = min(length, 7)
        let tailCount = cdataTail.count
        var window = cdataTail.bytes
        withUnsafeMutableBytes(of: &window) { window in
            for offset in 0..<head { window[7 + offset] = bytes[offset] }
        }
        let split = withUnsafeBytes(of: window) { window in
            XMLPushParser.containsAnItemsEnd(window.baseAddress! + 7 - tailCount, tailCount + head)
        }
        let kept = min(7, tailCount + length)
        withUnsafeBytes(of: window) { window in
            withUnsafeMutableBytes(of: &cdataTail.bytes) { tail in
                for offset in 0..<kept {
                    let position = length - kept + offset
                    tail[7 - kept + offset] = position >= 0 ? bytes[position] : window[7 + position]
                }
            }
        }
        cdataTail.count = kept
        return split
    }

    private static func containsAnItemsEnd(_ text: UnsafeRawPointer, _ count: Int) -> Bool {
        var offset = 0
        while offset + 7 <= count, let found = memchr(text + offset, 0x3C, count - offset - 6) {
            let at = text.distance(to: UnsafeRawPointer(found))
            // Byte by byte: most `<` open a tag (`<p>`, `</p>`) and are turned away at once.
            if text.load(fromByteOffset: at + 1, as: UInt8.self) == UInt8(ascii: "/") {
                let first = text.load(fromByteOffset: at + 2, as: UInt8.self)
                if first == UInt8(ascii: "i") && memcmp(text + at + 3, "tem>", 4) == 0 { return true }
                if first == UInt8(ascii: "e") && at + 8 <= count && memcmp(text + at + 3, "ntry>", 5) == 0 {
                    return true
                }
            }
            offset = at + 1
        }
        return false
    }

    fileprivate func entity(named name: UnsafePointer<xmlChar>) -> xmlEntityPtr? {
        keepReadingReferences()
        // libxml2 also asks while it reads a declaration, to hang the declared text on the
        // record it gets: neither the shared records nor expansion belong there.
        guard let context, context.pointee.inSubset == 0 else { return nil }
        let inAttribute = context.pointee.instate == XML_PARSER_ATTRIBUTE_VALUE
        // The document's own declarations come first: they may also name one of HTML's.
        if context.pointee.myDoc != nil {
            let declared = declaredEntities.record(named: name, in: context, inAttribute: inAttribute)
            if !reportedEntityProblem, let problem = declaredEntities.problem {
                reportedEntityProblem = true
                record(ParseProblem(message: problem, line: line))
            }
            if let declared { return declared }
        }
        return HTMLEntityDeclarations.shared.record(named: name, inAttribute: inAttribute)
    }

    /// libxml2 errors whose text loss the markup repair prevents: bare `&` and `<`, unknown
    /// entities, forbidden characters.
    private static let repairableCodes: Set<Int32> = [
        Int32(XML_ERR_INVALID_HEX_CHARREF.rawValue), Int32(XML_ERR_INVALID_DEC_CHARREF.rawValue),
        Int32(XML_ERR_INVALID_CHARREF.rawValue), Int32(XML_ERR_INVALID_CHAR.rawValue),
        Int32(XML_ERR_ENTITYREF_AT_EOF.rawValue), Int32(XML_ERR_ENTITYREF_NO_NAME.rawValue),
        Int32(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue), Int32(XML_ERR_UNDECLARED_ENTITY.rawValue),
        Int32(XML_WAR_UNDECLARED_ENTITY.rawValue), Int32(XML_ERR_LT_IN_ATTRIBUTE.rawValue),
        Int32(XML_ERR_NAME_REQUIRED.rawValue),
        // An element left open (an HTML `<br>`, a `<p>`), and HTML's attributes without quotes
        // or a value: repair closes and quotes them.
        Int32(XML_ERR_TAG_NAME_MISMATCH.rawValue), Int32(XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue),
        Int32(XML_ERR_ATTRIBUTE_WITHOUT_VALUE.rawValue),
    ]

    fileprivate func didFail(_ error: UnsafePointer<xmlError>) {
        if XMLPushParser.repairableCodes.contains(error.pointee.code) {
            sawRepairableError = true
            if stopsAtRepairableError {
                isHalted = true
                if let context { fm_xml_stop(context) }
                return
            }
        }
        if error.pointee.code == Int32(XML_ERR_DOCUMENT_END.rawValue), contentPastEndLine == nil {
            contentPastEndLine = max(1, Int(error.pointee.line))
        }
        let level = error.pointee.level
        guard level == XML_ERR_ERROR || level == XML_ERR_FATAL else { return }
        var message = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
        while message.last?.isWhitespace == true { message.removeLast() }
        let line = error.pointee.line > 0 ? Int(error.pointee.line) : nil
        let column = error.pointee.int2 > 0 ? Int(error.pointee.int2) : nil
        record(ParseProblem(message: message, line: line, column: column))
    }

    // MARK: The C side

    private static let initializeLibrary: Void = {
        xmlInitParser()
    }()

    private static let globalErrorCallback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<XMLPushParser>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.didFail(error) }
    }

    private static func makeSAXHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, _, attributes in
            guard let context, let localName else { return }
            Unmanaged<XMLPushParser>.fromOpaque(context)._withUnsafeGuaranteedRef {
                $0.didStart(localName, prefix, uri, attributes, Int(attributeCount))
            }
        }
        sax.endElementNs = { context, localName, _, uri in
            guard let context, let localName else { return }
            Unmanaged<XMLPushParser>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.didEnd(localName, uri) }
        }
        sax.characters = { context, bytes, length in
            guard let context, let bytes else { return }
            Unmanaged<XMLPushParser>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.didRead(bytes, Int(length)) }
        }
        sax.cdataBlock = { context, bytes, length in
            guard let context, let bytes else { return }
            Unmanaged<XMLPushParser>.fromOpaque(context)._withUnsafeGuaranteedRef {
                $0.didReadCDATA(bytes, Int(length))
            }
        }
        sax.getEntity = { context, name in
            guard let context, let name else { return nil }
            return Unmanaged<XMLPushParser>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.entity(named: name) }
        }
        sax.serror = { context, error in
            guard let context, let error else { return }
            Unmanaged<XMLPushParser>.fromOpaque(context)._withUnsafeGuaranteedRef { $0.didFail(error) }
        }
        return sax
    }
}
