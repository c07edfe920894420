import FeedModel
import FeedText

/// Repairs the well-formedness errors that cost the most text, as the document streams by.
///
/// libxml2's recovery drops what follows a bare `&` up to the next `;`, gives up the whole
/// document at a `<` that starts no tag (`a < b` in a title), and rejects control characters.
/// An HTML line break, rule or image written as HTML writes it (`<br>`, `<img src=…>`, not
/// `<br/>`) in a title or a description that is not escaped leaves an element open that XML
/// waits to see closed: every end tag after it then closes the element before the one it
/// names, and the rest of the item (its link), or of the feed, runs into that field.
/// These are the commonest faults of real feeds, and each has one obvious reading: escape the
/// `&` or `<`, drop the control character, close the HTML element where it opens (and drop
/// the `</br>` that then closes nothing). The repair runs on UTF-8, leaves CDATA sections,
/// comments, processing instructions and the DOCTYPE alone, and holds back the few bytes at the
/// end of a chunk that it cannot judge until the next one arrives.
struct MarkupRepairer {
    private enum State {
        case text, cdata, comment, processingInstruction, doctype
    }

    private var state = State.text
    private var bracketDepth = 0
    private var pending: [UInt8] = []
    private var output: [UInt8] = []
    private(set) var escapedAmpersands = 0
    private(set) var escapedBrackets = 0
    private(set) var droppedControls = 0
    private(set) var closedVoidElements = 0
    private(set) var closedElements = 0
    private(set) var closedFields = 0
    private(set) var droppedEndTags = 0
    private(set) var repairedAttributes = 0
    private(set) var closedSections = 0
    /// The names of the elements open at this point of the document, innermost last.
    private var openElements: [[UInt8]] = []
    private var tracksElements = true
    /// The general entities the DOCTYPE declares with a text of their own, which libxml2 is
    /// given to read (`DeclaredEntities`): their references are not bare `&`s.
    private var declaredEntities: Set<String> = []
    /// Past this many open elements, end tags are no longer judged.
    private static let deepestNesting = 512
    /// The line of the first repair (from libxml2's line at the start of the chunk, plus the
    /// line breaks before the repair within it, so clean documents cost no counting).
    private(set) var firstRepairLine: Int?
    private var linesBefore = 1

    var repairCount: Int {
        escapedAmpersands + escapedBrackets + droppedControls + closedVoidElements + closedElements + closedFields
            + droppedEndTags + repairedAttributes + closedSections
    }

    /// What was repaired, as a problem to report, or nil for a clean document.
    var problem: ParseProblem? {
        guard repairCount > 0 else { return nil }
        var parts: [String] = []
        if escapedAmpersands > 0 { parts.append("\(escapedAmpersands) unescaped '&'") }
        if escapedBrackets > 0 { parts.append("\(escapedBrackets) unescaped '<'") }
        if droppedControls > 0 { parts.append("\(droppedControls) control characters") }
        if closedElements > 0 {
            parts.append(
                closedElements == 1
                    ? "1 element left open (closed with the one around it)"
                    : "\(closedElements) elements left open (closed with the ones around them)")
        }
        if closedFields > 0 {
            parts.append(
                closedFields == 1
                    ? "1 field left open (closed where the next field or item begins)"
                    : "\(closedFields) fields left open (closed where the next field or item begins)")
        }
        if droppedEndTags > 0 {
            parts.append(
                droppedEndTags == 1
                    ? "1 end tag that closed no element" : "\(droppedEndTags) end tags that closed no element")
        }
        if closedSections > 0 {
            parts.append(
                closedSections == 1
                    ? "1 CDATA section left open (closed with its field)"
                    : "\(closedSections) CDATA sections left open (closed with their fields)")
        }
        if repairedAttributes > 0 {
            parts.append("\(repairedAttributes) HTML attributes without quotes or a value")
        }
        if closedVoidElements > 0 {
            parts.append("\(closedVoidElements) HTML <br>, <hr> or <img> tags written as HTML writes them")
        }
        return ParseProblem(
            message: "not well-formed: repaired " + parts.joined(separator: ", "), line: firstRepairLine)
    }

    /// Bytes that need a look in text: `&`, `<`, C0 controls, and 0xEF (which starts U+FFFE/U+FFFF).
    @inline(__always) private static func isInteresting(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0xEF || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
    }

    /// Longest look-ahead any decision needs (a character reference or entity name).
    private static let lookahead = 40

    /// Repairs the next chunk and hands the result to `sink`.
    mutating func process(
        _ chunk: UnsafeRawBufferPointer, isFinal: Bool, line: Int, sink: (UnsafeRawBufferPointer) -> Void
    ) {
        linesBefore = line
        if pending.isEmpty {
            scan(chunk, isFinal: isFinal, sink: sink)
        } else {
            let joined = pending + Array(chunk)
            pending = []
            joined.withUnsafeBytes { scan($0, isFinal: isFinal, sink: sink) }
        }
    }

    private mutating func scan(_ bytes: UnsafeRawBufferPointer, isFinal: Bool, sink: (UnsafeRawBufferPointer) -> Void) {
        let count = bytes.count
        // Decisions within this many bytes of the end wait for the next chunk.
        let safeEnd = isFinal ? count : max(0, count - MarkupRepairer.lookahead)
        var index = 0
        var copied = 0
        var repaired = false

        func replace(_ start: Int, length: Int, with replacement: StaticString, _ self_: inout MarkupRepairer) {
            if !repaired {
                self_.output.removeAll(keepingCapacity: true)
                repaired = true
            }
            if self_.firstRepairLine == nil {
                self_.firstRepairLine = self_.linesBefore + MarkupRepairer.newlines(in: bytes, from: 0, to: start)
            }
            self_.output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<start]))
            self_.output.append(
                contentsOf: UnsafeRawBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            copied = start + length
        }

        func insert(_ text: [UInt8], at position: Int, _ self_: inout MarkupRepairer) {
            replace(position, length: 0, with: "", &self_)
            self_.output.append(contentsOf: text)
        }

        /// An HTML element with no end tag is closed where it opens (its end tag dropped); an end
        /// tag closes the elements left open inside its own first, and one that closes no open
        /// element is dropped.
        func repairTag(_ tag: Tag, _ self_: inout MarkupRepairer) {
            let name = UnsafeRawBufferPointer(rebasing: bytes[tag.name])
            if !tag.isEnd && self_.tracksElements { closeFieldsLeftOpen(before: tag, name, &self_) }
            if !tag.isEnd { repairAttributes(of: tag, &self_) }
            let isSelfClosing = bytes[tag.close - 1] == UInt8(ascii: "/")
            if MarkupRepairer.isVoidElement(name) {
                if tag.isEnd {
                    replace(tag.start, length: tag.close + 1 - tag.start, with: "", &self_)
                    self_.closedVoidElements += 1
                } else if !isSelfClosing {
                    replace(tag.close, length: 1, with: "/>", &self_)
                    self_.closedVoidElements += 1
                }
                return
            }
            guard self_.tracksElements else { return }
            if !tag.isEnd {
                if !isSelfClosing {
                    self_.openElements.append(Array(name))
                    // A document nested this deep is no feed's markup: stop judging its ends.
                    if self_.openElements.count > MarkupRepairer.deepestNesting { self_.tracksElements = false }
                }
                return
            }
            guard let open = self_.openElements.lastIndex(where: { $0.elementsEqual(name) }) else {
                replace(tag.start, length: tag.close + 1 - tag.start, with: "", &self_)
                self_.droppedEndTags += 1
                return
            }
            if open < self_.openElements.count - 1 {
                var ends: [UInt8] = []
                for element in self_.openElements[(open + 1)...].reversed() {
                    ends += Array("</".utf8) + element + [UInt8(ascii: ">")]
                }
                insert(ends, at: tag.start, &self_)
                self_.closedElements += self_.openElements.count - 1 - open
            }
            self_.openElements.removeSubrange(open...)
        }

        /// A feed's field of text left open (`<title>Story<link>…`, or `<title>` written where
        /// `</title>` was meant) is closed where the next field or item begins: no field holds
        /// another, nor an item. Left open, it would hold the rest of the item, or of the feed,
        /// and the end tag of the element around it would close it there: the item's link in
        /// its title, every item in the feed's. Before the tag's own repairs, which come after
        /// its start in the output.
        func closeFieldsLeftOpen(before tag: Tag, _ name: UnsafeRawBufferPointer, _ self_: inout MarkupRepairer) {
            guard let opening = MarkupRepairer.feedElement(name) else { return }
            var ends: [UInt8] = []
            while let top = self_.openElements.last, let field = top.withUnsafeBytes(MarkupRepairer.feedElement),
                field.holdsTextOnly || opening == .entry && field.isField
            {
                ends += Array("</".utf8) + top + [UInt8(ascii: ">")]
                self_.openElements.removeLast()
                self_.closedFields += 1
            }
            if !ends.isEmpty { insert(ends, at: tag.start, &self_) }
        }

        /// The attributes of a start tag as XML reads them: a value HTML leaves unquoted
        /// (`href=http://a.example/`) in quotes, one HTML gives no value (`disabled`) an empty
        /// one, and in values, a bare `&` or `<` escaped and control characters dropped. libxml2
        /// drops the attribute in the first two cases (a link's address), after an error.
        func repairAttributes(of tag: Tag, _ self_: inout MarkupRepairer) {
            let isSpace = MarkupRepairer.isSpace
            func repairValue(_ range: Range<Int>, quoted: Bool = true) {
                for position in range {
                    let byte = bytes[position]
                    if byte == 0x22 && !quoted {
                        replace(position, length: 1, with: "&quot;", &self_)
                    } else if byte == 0x26
                        && !MarkupRepairer.isReference(bytes, at: position, declared: self_.declaredEntities)
                    {
                        replace(position, length: 1, with: "&amp;", &self_)
                        self_.escapedAmpersands += 1
                    } else if byte == 0x3C {
                        replace(position, length: 1, with: "&lt;", &self_)
                        self_.escapedBrackets += 1
                    } else if byte < 0x20 && !isSpace(byte) {
                        replace(position, length: 1, with: "", &self_)
                        self_.droppedControls += 1
                    }
                }
            }
            let close = tag.close
            var cursor = tag.name.upperBound
            while cursor < close {
                let byte = bytes[cursor]
                guard !isSpace(byte) && byte != UInt8(ascii: "/") else {
                    cursor += 1
                    continue
                }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    // A value with no name: read past it, as libxml2 will complain of it.
                    let end = (cursor + 1..<close).first { bytes[$0] == byte } ?? close
                    repairValue(cursor + 1..<end)
                    cursor = end + 1
                    continue
                }
                while cursor < close, !isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "="),
                    bytes[cursor] != UInt8(ascii: "/") || cursor + 1 < close
                {
                    cursor += 1
                }
                let nameEnd = cursor
                while cursor < close, isSpace(bytes[cursor]) { cursor += 1 }
                guard cursor < close, bytes[cursor] == UInt8(ascii: "=") else {
                    insert(Array("=\"\"".utf8), at: nameEnd, &self_)
                    self_.repairedAttributes += 1
                    continue
                }
                cursor += 1
                while cursor < close, isSpace(bytes[cursor]) { cursor += 1 }
                if cursor < close, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                    let quote = bytes[cursor]
                    let end = (cursor + 1..<close).first { bytes[$0] == quote } ?? close
                    repairValue(cursor + 1..<end)
                    cursor = end + 1
                } else {
                    // Unquoted, it runs to the next space, or to a `/` that ends the tag.
                    let valueStart = cursor
                    while cursor < close, !isSpace(bytes[cursor]),
                        bytes[cursor] != UInt8(ascii: "/") || cursor + 1 < close
                    {
                        cursor += 1
                    }
                    insert([UInt8(ascii: "\"")], at: valueStart, &self_)
                    repairValue(valueStart..<cursor, quoted: false)
                    insert([UInt8(ascii: "\"")], at: cursor, &self_)
                    self_.repairedAttributes += 1
                }
            }
        }

        scanning: while index < count {
            if index >= safeEnd {
                break scanning
            }
            // Most bytes are plain text: skip them eight at a time.
            if state == .text {
                skipping: while index + 8 <= safeEnd {
                    if MarkupRepairer.mayNeedRepair(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                        // A line break or tab sets the word test off too; look closer.
                        for offset in 0..<8 where MarkupRepairer.isInteresting(bytes[index + offset]) {
                            index += offset
                            break skipping
                        }
                    }
                    index += 8
                }
                if index >= safeEnd { break scanning }
            } else if state == .cdata {
                while index + 8 <= safeEnd,
                    !MarkupRepairer.mayEndCDATA(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                {
                    index += 8
                }
                if index >= safeEnd { break scanning }
            }
            let byte = bytes[index]
            switch state {
            case .text:
                guard MarkupRepairer.isInteresting(byte) else {
                    index += 1
                    continue
                }
                if byte == 0x26 {
                    if !MarkupRepairer.isReference(bytes, at: index, declared: declaredEntities) {
                        replace(index, length: 1, with: "&amp;", &self)
                        escapedAmpersands += 1
                    }
                } else if byte == 0x3C {
                    // A `<` at the very end is a tag cut off by truncation, not text.
                    let next = index + 1 < count ? bytes[index + 1] : UInt8(ascii: "/")
                    if next == UInt8(ascii: "!") {
                        if MarkupRepairer.matches(bytes, index, "<![CDATA[") {
                            state = .cdata
                            index += 9
                            continue
                        } else if MarkupRepairer.matches(bytes, index, "<!--") {
                            state = .comment
                            index += 4
                            continue
                        } else {
                            state = .doctype
                            bracketDepth = 0
                        }
                    } else if next == UInt8(ascii: "?") {
                        state = .processingInstruction
                    } else if next == UInt8(ascii: "/") || MarkupRepairer.isNameStart(next) {
                        // A tag, read whole: its name keeps the open elements' count, and its
                        // attribute values get the text's repairs.
                        guard let tag = MarkupRepairer.tag(bytes, at: index, isFinal: isFinal) else {
                            break scanning
                        }
                        if let tag {
                            repairTag(tag, &self)
                            index = tag.close + 1
                            continue
                        }
                    } else {
                        replace(index, length: 1, with: "&lt;", &self)
                        escapedBrackets += 1
                    }
                } else if byte == 0xEF {
                    if index + 2 < count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
                    {
                        replace(index, length: 3, with: "", &self)
                        droppedControls += 1
                        index += 3
                        continue
                    }
                } else {
                    replace(index, length: 1, with: "", &self)
                    droppedControls += 1
                }
                index += 1
            case .cdata:
                if byte == UInt8(ascii: "]") && MarkupRepairer.matches(bytes, index, "]]>") {
                    state = .text
                    index += 3
                } else if byte == UInt8(ascii: "<"), tracksElements, let open = openElements.last,
                    MarkupRepairer.endsElementAndGoesOn(bytes, at: index, name: open)
                {
                    // A CDATA section never closed (`<![CDATA[text</description></item>`) would
                    // run to the next item's `]]>` and take that item with it: it ends with the
                    // element it was opened in, when markup follows that element's end tag.
                    insert(Array("]]>".utf8), at: index, &self)
                    closedSections += 1
                    state = .text
                } else {
                    if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D {
                        replace(index, length: 1, with: "", &self)
                        droppedControls += 1
                    }
                    index += 1
                }
            case .comment:
                if byte == UInt8(ascii: "-") && MarkupRepairer.matches(bytes, index, "-->") {
                    state = .text
                    index += 3
                } else {
                    index += 1
                }
            case .processingInstruction:
                if byte == UInt8(ascii: "?") && MarkupRepairer.matches(bytes, index, "?>") {
                    state = .text
                    index += 2
                } else {
                    index += 1
                }
            case .doctype:
                if byte == UInt8(ascii: "<") && MarkupRepairer.matches(bytes, index, "<!ENTITY") {
                    if declaredEntities.count < 4096, let name = MarkupRepairer.declaredEntityName(bytes, at: index + 8)
                    {
                        declaredEntities.insert(name)
                    }
                    index += 8
                } else if byte == UInt8(ascii: "[") {
                    bracketDepth += 1
                } else if byte == UInt8(ascii: "]") {
                    bracketDepth -= 1
                } else if byte == UInt8(ascii: ">") && bracketDepth <= 0 {
                    state = .text
                }
                index += 1
            }
        }
        let end = min(index, count)
        if end < count { pending = Array(UnsafeRawBufferPointer(rebasing: bytes[end...])) }
        if repaired {
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[copied..<end]))
            output.withUnsafeBytes(sink)
        } else if end > 0 {
            sink(UnsafeRawBufferPointer(rebasing: bytes[0..<end]))
        }
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// True when some byte of `word` is zero.
    @inline(__always) private static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- ones) & ~word & highs != 0
    }

    /// True when some byte of `word` is below `limit` (at most 0x80).
    @inline(__always) private static func hasByteBelow(_ word: UInt64, _ limit: UInt64) -> Bool {
        (word &- ones &* limit) & ~word & highs != 0
    }

    /// True when a word of text holds `&`, `<`, 0xEF or a control character (or a false alarm).
    @inline(__always) private static func mayNeedRepair(_ word: UInt64) -> Bool {
        hasZeroByte(word ^ (ones &* 0x26)) || hasZeroByte(word ^ (ones &* 0x3C)) || hasZeroByte(word ^ (ones &* 0xEF))
            || hasByteBelow(word, 0x20)
    }

    /// True when a word of CDATA holds `]`, `<` or a control character.
    @inline(__always) private static func mayEndCDATA(_ word: UInt64) -> Bool {
        hasZeroByte(word ^ (ones &* 0x5D)) || hasZeroByte(word ^ (ones &* 0x3C)) || hasByteBelow(word, 0x20)
    }

    /// True when `bytes` at `index` hold the end tag of the element `name` (`</description>`),
    /// followed, after white space, by more markup (`</item>`, `<link>`): no HTML holds a feed's
    /// end tag, and an HTML sample that shows one escapes it.
    private static func endsElementAndGoesOn(_ bytes: UnsafeRawBufferPointer, at index: Int, name: [UInt8]) -> Bool {
        var cursor = index + 2
        guard cursor + name.count < bytes.count, bytes[index + 1] == UInt8(ascii: "/") else { return false }
        for byte in name {
            guard bytes[cursor] == byte else { return false }
            cursor += 1
        }
        while cursor < bytes.count, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ">") else { return false }
        cursor += 1
        let limit = min(bytes.count, index + lookahead)
        while cursor < limit, isSpace(bytes[cursor]) { cursor += 1 }
        return cursor < limit && bytes[cursor] == UInt8(ascii: "<")
    }

    /// Line feeds in `bytes[start..<end]`, eight bytes at a time.
    private static func newlines(in bytes: UnsafeRawBufferPointer, from start: Int, to end: Int) -> Int {
        var total = 0
        var index = start
        let pattern: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        while index + 8 <= end {
            let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self) ^ pattern
            // A zero byte in `word` is a line feed in the input.
            let zeros = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
            total += zeros.nonzeroBitCount
            index += 8
        }
        while index < end {
            if bytes[index] == 0x0A { total += 1 }
            index += 1
        }
        return total
    }

    private static func matches(_ bytes: UnsafeRawBufferPointer, _ index: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != pointer[offset] {
            return false
        }
        return true
    }

    /// A start or end tag of the text: where it starts (its `<`), its name, and its `>`.
    private struct Tag {
        var start: Int
        var isEnd: Bool
        var name: Range<Int>
        var close: Int
    }

    /// The tag at `start` (a `<` before `/` or a name's first character). `.some(nil)` when it
    /// is no tag to judge (no `>` before the next `<` or within 4 KB: it is left as it is); nil
    /// when the chunk ends first (the decision waits for the next one).
    private static func tag(_ bytes: UnsafeRawBufferPointer, at start: Int, isFinal: Bool) -> Tag?? {
        var cursor = start + 1
        let isEnd = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "/")
        if isEnd { cursor += 1 }
        let nameStart = cursor
        while cursor < bytes.count, !isNameEnd(bytes[cursor]) { cursor += 1 }
        let name = nameStart..<cursor
        let limit = start + 4096
        var quote: UInt8 = 0
        while cursor < bytes.count && cursor < limit {
            let byte = bytes[cursor]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return name.isEmpty ? .some(nil) : Tag(start: start, isEnd: isEnd, name: name, close: cursor)
            } else if byte == UInt8(ascii: "<") {
                return .some(nil)  // not a tag after all: another begins
            }
            cursor += 1
        }
        return cursor >= limit || isFinal ? .some(nil) : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

    /// What a feed's element is to the repair of fields left open.
    private enum FeedElement {
        /// An item or an entry.
        case entry
        /// A field whose content is text (or a title's HTML), never another field.
        case textField
        /// A field that may hold HTML of any kind written raw (a description), but no item.
        case markupField
        /// Another field, which may hold fields (an Atom `source`) or be empty (`enclosure`).
        case otherField

        var holdsTextOnly: Bool { self == .textField }
        var isField: Bool { self != .entry }
    }

    /// The unprefixed RSS and Atom element named `name`, if it is one of those the repair of
    /// fields left open knows.
    private static func feedElement(_ name: UnsafeRawBufferPointer) -> FeedElement? {
        switch name.count {
        case 2: return matches(name, "id") ? .textField : nil
        case 4:
            if matches(name, "item") { return .entry }
            return matches(name, "link") || matches(name, "guid") ? .textField : nil
        case 5:
            if matches(name, "entry") { return .entry }
            return matches(name, "title") ? .textField : nil
        case 6:
            if matches(name, "author") { return .textField }
            return matches(name, "source") ? .otherField : nil
        case 7:
            if matches(name, "pubDate") || matches(name, "updated") { return .textField }
            if matches(name, "summary") || matches(name, "content") { return .markupField }
            return nil
        case 8:
            if matches(name, "comments") || matches(name, "category") { return .textField }
            return nil
        case 9: return matches(name, "published") || matches(name, "enclosure") ? .textField : nil
        case 11: return matches(name, "description") ? .markupField : nil
        default: return nil
        }
    }

    private static func matches(_ name: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        name.elementsEqual(UnsafeRawBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Whether `name` is an HTML element that has no content and no end tag and that no feed
    /// vocabulary uses: `br`, `hr`, `img` or `wbr`, in any case, without a prefix.
    private static func isVoidElement(_ name: UnsafeRawBufferPointer) -> Bool {
        guard name.count == 2 || name.count == 3 else { return false }
        var folded: UInt32 = 0
        for byte in name { folded = folded << 8 | UInt32(byte | 0x20) }
        return folded == 0x6272 || folded == 0x6872 || folded == 0x69_6D67 || folded == 0x77_6272  // br, hr, img, wbr
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte >= 0x80
    }

    /// The name of the general entity declared at `start` (just after `<!ENTITY`) when it has a
    /// text of its own: not a parameter entity (`%`), not an external one (`SYSTEM "…"`).
    private static func declaredEntityName(_ bytes: UnsafeRawBufferPointer, at start: Int) -> String? {
        let limit = min(bytes.count, start + lookahead - 8)
        var cursor = start
        while cursor < limit, isSpace(bytes[cursor]) { cursor += 1 }
        let nameStart = cursor
        while cursor < limit, isEntityNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart, cursor < limit, isSpace(bytes[cursor]) else { return nil }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
        while cursor < limit, isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < limit, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") else {
            return nil
        }
        return name
    }

    private static func isEntityNameByte(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// True when the `&` at `index` starts a character reference or a reference to an entity
    /// libxml2 will resolve (XML's five, HTML's named characters, the document's `declared`).
    private static func isReference(_ bytes: UnsafeRawBufferPointer, at index: Int, declared: Set<String>) -> Bool {
        var cursor = index + 1
        let limit = min(bytes.count, index + lookahead)
        guard cursor < limit else { return false }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            var hex = false
            if cursor < limit, bytes[cursor] == UInt8(ascii: "x") || bytes[cursor] == UInt8(ascii: "X") {
                hex = true
                cursor += 1
            }
            let digitsStart = cursor
            while cursor < limit {
                let byte = bytes[cursor]
                let isDigit = byte >= 0x30 && byte <= 0x39
                let isHex = isDigit || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "f"))
                guard hex ? isHex : isDigit else { break }
                cursor += 1
            }
            return cursor > digitsStart && cursor < limit && bytes[cursor] == UInt8(ascii: ";")
                && isAllowedCharacterReference(bytes, from: digitsStart, to: cursor, hex: hex)
        }
        // The five XML entities, by far the commonest, without building a string.
        if matches(bytes, cursor, "amp;") || matches(bytes, cursor, "lt;") || matches(bytes, cursor, "gt;")
            || matches(bytes, cursor, "quot;") || matches(bytes, cursor, "apos;")
        {
            return true
        }
        let nameStart = cursor
        while cursor < limit {
            let byte = bytes[cursor]
            let isAlnum =
                (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || (byte >= 0x30 && byte <= 0x39)
            // A document's own names may hold `-`, `.`, `_`, `:` and letters beyond ASCII.
            guard isAlnum || (!declared.isEmpty && isEntityNameByte(byte)) else { break }
            cursor += 1
        }
        guard cursor > nameStart, cursor < limit, bytes[cursor] == UInt8(ascii: ";") else { return false }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
        return predefined.contains(name) || HTMLEntities.character(named: name) != nil || declared.contains(name)
    }

    private static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// libxml2 rejects references to characters XML forbids (`&#0;`, `&#x1;`); treat those as text.
    private static func isAllowedCharacterReference(
        _ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, hex: Bool
    ) -> Bool {
        guard end - start <= 8 else { return false }
        let digits = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) else { return false }
        return XMLEscaping.isAllowedInXML(scalar)
    }
}
