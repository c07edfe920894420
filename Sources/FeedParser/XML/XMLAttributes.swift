internal import CLibXML2
import FeedText

/// The attributes of one start tag, read in place from libxml2's buffers.
///
/// Valid only during the `startElement` call that receives it.
struct XMLAttributes {
    /// libxml2's array of five pointers per attribute: local name, prefix, URI, value, value end.
    private let base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int
    /// The text of an entity the document declares, by name, when it declares any.
    var declaredText: ((String) -> String?)?

    init(base: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, count: Int) {
        self.base = base
        self.count = base == nil ? 0 : count
    }

    /// The value of the attribute with this local name in no namespace (`namespace == nil`) or in
    /// the given namespace.
    func value(_ localName: StaticString, namespace: StaticString? = nil) -> String? {
        guard let base else { return nil }
        for index in 0..<count {
            let slot = base + index * 5
            guard let name = slot[0], equals(name, localName) else { continue }
            if let namespace {
                guard let uri = slot[2], equals(uri, namespace) else { continue }
            } else if slot[2] != nil {
                continue
            }
            return value(at: index)
        }
        return nil
    }

    /// The value of the attribute in no namespace whose local name is `localName` in any case
    /// (`XMLURL` for `xmlUrl`), for vocabularies that people write by hand (OPML).
    func value(ignoringCase localName: StaticString) -> String? {
        guard let base else { return nil }
        for index in 0..<count {
            let slot = base + index * 5
            guard slot[2] == nil, let name = slot[0], equalsIgnoringCase(name, localName) else { continue }
            return value(at: index)
        }
        return nil
    }

    /// The values of `xml:base` and `xml:lang`, or nil when the tag has neither (the common case,
    /// found by looking at prefixes only).
    func xmlBaseAndLanguage() -> (base: String?, language: String?)? {
        guard let base else { return nil }
        var found: (base: String?, language: String?)?
        for index in 0..<count {
            let slot = base + index * 5
            guard let prefix = slot[1], prefix[0] == UInt8(ascii: "x"), prefix[1] == UInt8(ascii: "m"),
                prefix[2] == UInt8(ascii: "l"), prefix[3] == 0, let name = slot[0]
            else { continue }
            if equals(name, "base") {
                found = (value(at: index), found?.language)
            } else if equals(name, "lang") {
                found = (found?.base, value(at: index))
            }
        }
        return found
    }

    /// The attribute's local name, prefix and decoded value.
    func attribute(at index: Int) -> (localName: String, prefix: String?, namespace: String?, value: String) {
        let slot = base! + index * 5
        return (
            String(cString: slot[0]!), slot[1].map { String(cString: $0) }, slot[2].map { String(cString: $0) },
            value(at: index)
        )
    }

    private func value(at index: Int) -> String {
        let slot = base! + index * 5
        guard let start = slot[3], let end = slot[4] else { return "" }
        let text = String(decoding: UnsafeRawBufferPointer(start: start, count: end - start), as: UTF8.self)
        // With entity substitution off (a security choice), libxml2 hands `&` over as `&#38;` and
        // leaves other references as written (HTML's names, the document's own): decode them here.
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        guard let declaredText else { return HTMLEntities.decode(text) }
        return expandingDeclared(text, declaredText)
    }

    /// `text` with references to the document's own entities replaced by their text, and the
    /// rest decoded as HTML's (a declared entity's text is not decoded again).
    private func expandingDeclared(_ text: String, _ declaredText: (String) -> String?) -> String {
        var result = ""
        var plain = text.startIndex
        var searchFrom = text.startIndex
        while let ampersand = text[searchFrom...].firstIndex(of: "&") {
            let afterAmpersand = text.index(after: ampersand)
            searchFrom = afterAmpersand
            guard let semicolon = text[afterAmpersand...].prefix(64).firstIndex(of: ";"),
                let expanded = declaredText(String(text[afterAmpersand..<semicolon]))
            else { continue }
            result += HTMLEntities.decode(String(text[plain..<ampersand])) + expanded
            plain = text.index(after: semicolon)
            searchFrom = plain
        }
        return result + HTMLEntities.decode(String(text[plain...]))
    }

    private func equalsIgnoringCase(_ cString: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        let expected = name.utf8Start
        for offset in 0..<length where cString[offset] | 0x20 != expected[offset] | 0x20 {
            return false
        }
        return cString[length] == 0
    }

    private func equals(_ cString: UnsafePointer<xmlChar>, _ name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        let expected = name.utf8Start
        for offset in 0..<length where cString[offset] != expected[offset] {
            return false
        }
        return cString[length] == 0
    }
}
