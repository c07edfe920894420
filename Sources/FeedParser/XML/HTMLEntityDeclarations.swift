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

    private init() {
        var records: [String: UnsafeMutablePointer<xmlEntity>] = [:]
        for name in HTMLEntities.names {
            guard let character = HTMLEntities.character(named: name) else { continue }
            let record = UnsafeMutablePointer<xmlEntity>.allocate(capacity: 1)
            record.initialize(to: xmlEntity())
            record.pointee.type = XML_ENTITY_DECL
            record.pointee.name = UnsafePointer(strdup(name)!.withMemoryRebound(to: xmlChar.self, capacity: 1) { $0 })
            let content = strdup(character)!
            record.pointee.content = content.withMemoryRebound(to: xmlChar.self, capacity: 1) { $0 }
            record.pointee.length = Int32(character.utf8.count)
            record.pointee.etype = XML_INTERNAL_PREDEFINED_ENTITY
            records[name] = record
        }
        self.records = records
    }

    /// The record for `name`, or nil when HTML does not define it.
    func record(named name: UnsafePointer<xmlChar>) -> UnsafeMutablePointer<xmlEntity>? {
        records[String(cString: name)]
    }
}
