internal import CLibXML2
import FeedText
import Foundation

/// libxml2 entity records for HTML's named entities, so that `&nbsp;` and `&eacute;` in a feed
/// read as the characters they name instead of aborting the text.
///
/// The records are marked as predefined entities: libxml2 then inlines their text as
/// characters, as it does for `&amp;`, and never treats them as a place for expansion.
final class HTMLEntityDeclarations: @unchecked Sendable {
    // Allocated once for the life of the process and never written after `init`, like
    // libxml2's own table of predefined entities; shared read-only by every parser thread.
    private let records: [String: UnsafeMutablePointer<xmlEntity>]

    static let shared = HTMLEntityDeclarations()

    /// A record that reads as no text.
    let empty: UnsafeMutablePointer<xmlEntity>

    private init() {
        var records: [String: UnsafeMutablePointer<xmlEntity>] = [:]
        for name in HTMLEntities.names {
            guard let character = HTMLEntities.character(named: name) else { continue }
            records[name] = HTMLEntityDeclarations.makeRecord(name: name, text: character)
        }
        self.records = records
        empty = HTMLEntityDeclarations.makeRecord(name: "", text: "")
    }

    /// A record whose references libxml2 replaces with `text`, inserted as characters.
    static func makeRecord(name: String, text: String) -> UnsafeMutablePointer<xmlEntity> {
        let record = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
        record.initialize(to: xmlEntity())
        record.pointee.type = XML_ENTITY_DECL
        record.pointee.name = UnsafePointer(strdup(name)!.withMemoryRebound(to: xmlChar.self, capacity: 1) { $0 })
        let content = strdup(text)!
        record.pointee.content = content.withMemoryRebound(to: xmlChar.self, capacity: 1) { $0 }
        record.pointee.length = Int32(text.utf8.count)
        record.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
        return record
    }

    /// Frees a record from `makeRecord`.
    static func free(_ record: UnsafeMutablePointer<xmlEntity>) {
        Foundation.free(UnsafeMutableRawPointer(mutating: record.pointee.name))
        Foundation.free(record.pointee.content)
        record.deinitialize(count: 1)
        record.deallocate()
    }

    /// The record for `name`, or nil when HTML does not define it.
    func record(named name: UnsafePointer<xmlChar>) -> UnsafeMutablePointer<xmlEntity>? {
        records[String(cString: name)]
    }
}
