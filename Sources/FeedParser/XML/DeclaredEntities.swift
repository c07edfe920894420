internal import CLibXML2
import FeedText

/// The general entities a document declares in its internal subset (`<!ENTITY company "Acme">`),
/// as records libxml2 inserts as text, the way it inserts `&amp;`.
///
/// With entity substitution off (a security choice), libxml2 reads a reference to such an
/// entity as nothing, and the words were lost. Here an entity's text is expanded once, with the
/// references it holds (its own entities, character references, HTML's names), to a bounded
/// depth and within a budget of bytes shared by every expansion and insertion of the document:
/// a nest of entities that would grow exponentially (billion laughs) stops at the budget, and
/// what is past it reads as nothing. External entities are never read.
final class DeclaredEntities {
    private let limit: Int
    private var records: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private var asWritten: [String: UnsafeMutablePointer<xmlEntity>] = [:]
    private var texts: [String: String] = [:]
    private var expanding: Set<String> = []
    private var bytes = 0
    /// True once the budget ran out.
    private(set) var isOverBudget = false
    /// What went wrong first, for the caller to report once: the budget ran out, or an entity
    /// was in a cycle or nested too deep.
    private(set) var problem: String?
    private static let deepestNesting = 8

    init(limit: Int) {
        self.limit = limit
    }

    deinit {
        for record in records.values { HTMLEntityDeclarations.free(record) }
        for record in asWritten.values { HTMLEntityDeclarations.free(record) }
    }

    /// The record for the entity `name` declared in `context`'s document, or nil when it declares
    /// none of that name; past the budget, a record of no text. In an attribute value, a record
    /// libxml2 writes out as written, for `XMLAttributes` to expand with `attributeText(of:in:)`.
    func record(named name: UnsafePointer<xmlChar>, in context: xmlParserCtxtPtr, inAttribute: Bool) -> xmlEntityPtr? {
        guard fm_xml_internal_entity_text(context, name) != nil else { return nil }
        let key = String(cString: name)
        if inAttribute {
            if let made = asWritten[key] { return made }
            let record = HTMLEntityDeclarations.makeRecord(name: key, text: nil)
            asWritten[key] = record
            return record
        }
        let record: UnsafeMutablePointer<xmlEntity>
        if let made = records[key] {
            record = made
        } else {
            record = HTMLEntityDeclarations.makeRecord(name: key, text: text(of: key, in: context, depth: 0) ?? "")
            records[key] = record
        }
        guard spend(Int(record.pointee.length)) else { return HTMLEntityDeclarations.shared.empty }
        return record
    }

    private func spend(_ count: Int) -> Bool {
        guard !isOverBudget else { return false }
        bytes += count
        if bytes > limit {
            isOverBudget = true
            problem =
                problem
                ?? "the document's own entities add more than \(limit >> 10) KB of text; the references past that read as nothing"
        }
        return !isOverBudget
    }

    /// The text of the entity `name` as a reference in an attribute value reads (counted against
    /// the budget), or nil when the document declares none of that name.
    func attributeText(of name: String, in context: xmlParserCtxtPtr) -> String? {
        guard isDeclared(name, in: context) else { return nil }
        guard let text = text(of: name, in: context, depth: 0), spend(text.utf8.count) else { return "" }
        return text
    }

    /// The entity's text with the references in it expanded, or nil past the budget, past the
    /// depth, or in a cycle (an entity that refers to itself is an error XML does not recover).
    private func text(of name: String, in context: xmlParserCtxtPtr, depth: Int) -> String? {
        if let done = texts[name] { return done }
        guard depth < DeclaredEntities.deepestNesting, !expanding.contains(name) else {
            problem =
                problem
                ?? (depth < DeclaredEntities.deepestNesting
                    ? "the entity '\(name)' refers to itself; it reads as nothing"
                    : "entities nested deeper than \(DeclaredEntities.deepestNesting) read as nothing")
            return nil
        }
        guard
            let raw = name.withCString({
                $0.withMemoryRebound(to: xmlChar.self, capacity: 1) { fm_xml_internal_entity_text(context, $0) }
            })
        else { return nil }
        expanding.insert(name)
        defer { expanding.remove(name) }
        let source = Array(String(cString: raw).utf8)
        var output: [UInt8] = []
        var index = 0
        var copied = 0
        while let ampersand = source[index...].firstIndex(of: UInt8(ascii: "&")) {
            index = ampersand + 1
            guard let semicolon = source[index..<min(source.count, index + 64)].firstIndex(of: UInt8(ascii: ";")),
                semicolon > index
            else { continue }
            let inner = String(decoding: source[index..<semicolon], as: UTF8.self)
            let replacement: String
            if inner.first != "#", texts[inner] != nil || isDeclared(inner, in: context) {
                // One in a cycle, or nested too deep, is an error XML does not recover: nothing.
                let expanded = text(of: inner, in: context, depth: depth + 1)
                if isOverBudget { return nil }
                replacement = expanded ?? ""
            } else {
                let reference = "&" + inner + ";"
                let decoded = HTMLEntities.decode(reference)
                guard decoded != reference else { continue }
                replacement = decoded
            }
            output.append(contentsOf: source[copied..<ampersand])
            output.append(contentsOf: replacement.utf8)
            copied = semicolon + 1
            index = copied
            guard spend(replacement.utf8.count) else { return nil }
        }
        output.append(contentsOf: source[copied...])
        guard spend(source.count - copied) else { return nil }
        let text = String(decoding: output, as: UTF8.self)
        texts[name] = text
        return text
    }

    private func isDeclared(_ name: String, in context: xmlParserCtxtPtr) -> Bool {
        name.withCString {
            $0.withMemoryRebound(to: xmlChar.self, capacity: 1) { fm_xml_internal_entity_text(context, $0) != nil }
        }
    }
}
