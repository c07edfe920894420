internal import CLibXML2
import FeedText
import Foundation

/// libxml2 entity records for HTML's named entities, so that `&nbsp;` and `&eacute;` in a feed
/// read as the characters they name instead of aborting the text.
///
/// The records are marked as predefined entities: libxml2 then inlines their text as
/// characters, as it does for `&amp;`, and never treats them as a place for expansion. In an
/// attribute value libxml2 inlines only a predefined entity's first byte (XML's five are one
/// character each), so there each name has a record without text that libxml2 writes out as the
/// reference it is, and `XMLAttributes` decodes it.
final class HTMLEntityDeclarations: @unchecked Sendable {
    // Allocated once for the life of the process and never written after `init`, like
    // libxml2's own table of predefined entities; shared read-only by every parser thread.
    private let records: [String: UnsafeMutablePointer<xmlEntity>]
    private let asWritten: [String: UnsafeMutablePointer<xmlEntity>]

    static let shared = HTMLEntityDeclarations()

    /// A record that reads as no text.
    let empty: UnsafeMutablePointer<xmlEntity>

    private init() {
        var records: [String: UnsafeMutablePointer<xmlEntity>] = [:]
        var asWritten: [String: UnsafeMutablePointer<xmlEntity>] = [:]
        for name in HTMLEntities.names {
            guard let character = HTMLEntities.character(named: name) else { continue }
            records[name] = HTMLEntityDeclarations.makeRecord(name: name, text: character)
            asWritten[name] = HTMLEntityDeclarations.makeRecord(name: name, text: nil)
        }
        self.records = records
        self.asWritten = asWritten
        empty = HTMLEntityDeclarations.makeRecord(name: "", text: "")
    }

    /// A record whose references libxml2 replaces with `text`, inserted as characters; without
    /// a text, one whose references in an attribute value libxml2 writes out as they are (an
    /// entity of its own kind, whose missing text it neither checks nor expands).
    static func makeRecord(name: String, text: String?) -> UnsafeMutablePointer<xmlEntity> {
        let record = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        record.initialize(to: xmlEntity())
        record.pointee.type = XML_ENTITY_DECL
        record.pointee.name = UnsafePointer(strdup(name)!.withMemoryRebound(to: xmlChar.self, capacity: 1) { $0 })
        if let text {
            let content = strdup(text)!
            record.pointee.content = content.withMemoryRebound(to: xmlChar.self, capacity: 1) { $0 }
            record.pointee.length = Int32(text.utf8.count)
            record.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        } else {
            record.pointee.etype = XML_INTERNAL_GENERAL_ENTITY
        }
        return record
    }

    /// Frees a record from `makeRecord`.
    static func free(_ record: UnsafeMutablePointer<xmlEntity>) {
        Foundation.free(UnsafeMutableRawPointer(mutating: record.pointee.name))
        Foundation.free(record.pointee.content)
        record.deinitialize(count: 1)
        record.deallocate()
    }

    /// The record for `name`, or nil when HTML does not define it; in an attribute value, the
    /// one libxml2 writes out as written.
    func record(named name: UnsafePointer<xmlChar>, inAttribute: Bool) -> UnsafeMutablePointer<xmlEntity>? {
        inAttribute ? asWritten[String(cString: name)] : records[String(cString: name)]
    }
}
