import FeedModel
import FeedText
import Foundation

/// Reads a JSON Feed object's fields as the specification types them, and also what a
/// hand-written template gives instead where its meaning is plain: a number for a title, a string
/// for an author, one tag or attachment where a list belongs, a Unix time for a date. Each value
/// of the wrong type is counted, read or left out, so that the parse says what was wrong.
struct JSONFeedFields {
    /// Wrong types, by field and type (`author` given as a string), with how many times each.
    private var readAsMeant: [String: Int] = [:]
    private var leftOut: [String: Int] = [:]
    private var itemsNotObjects = 0

    /// A field that holds words: a string, or a number written as its text (`"title": 2025`).
    mutating func words(_ object: [String: Any], _ key: String) -> String? {
        guard let value = object[key] else { return nil }
        if let text = value as? String { return JSONFeedFields.clean(text) }
        if let number = JSONFeedFields.number(value) {
            readAsMeant["\(key) given as a number", default: 0] += 1
            return number.stringValue
        }
        note(key, value)
        return nil
    }

    /// A field that holds an address or a name (`url`, `mime_type`, `language`): a string only.
    mutating func string(_ object: [String: Any], _ key: String) -> String? {
        guard let value = object[key] else { return nil }
        if let text = value as? String { return JSONFeedFields.clean(text) }
        note(key, value)
        return nil
    }

    /// A list field: an array, or one value where the list belongs (`"tags": "Politics"`).
    mutating func list(_ object: [String: Any], _ key: String) -> [Any] {
        // A list first: asking whether an array is NSNull costs far more than the cast.
        guard let value = object[key] else { return [] }
        if let array = value as? [Any] { return array }
        if value is NSNull { return [] }
        readAsMeant["\(key) given as \(JSONFeedFields.typeName(value)) rather than a list", default: 0] += 1
        return [value]
    }

    /// An item's `tags`: a list of strings, or one string of them joined by commas, as templates
    /// write them (`"workflow,markdown,pdf"`).
    mutating func tags(_ item: [String: Any]) -> [String] {
        if let joined = item["tags"] as? String {
            readAsMeant["tags given as a string rather than a list (split at its commas)", default: 0] += 1
            return joined.split(separator: ",").compactMap { JSONFeedFields.clean(String($0)) }
        }
        return words(in: list(item, "tags"), of: "tags")
    }

    /// A list's words: strings, or numbers as their text; anything else is counted as left out.
    private mutating func words(in list: [Any], of key: String) -> [String] {
        list.compactMap { value in
            if let text = value as? String { return JSONFeedFields.clean(text) }
            if let number = JSONFeedFields.number(value) {
                readAsMeant["a number in \(key)", default: 0] += 1
                return number.stringValue
            }
            if !(value is NSNull) { leftOut["\(JSONFeedFields.typeName(value)) in \(key)", default: 0] += 1 }
            return nil
        }
    }

    /// A list's objects; what is not one is counted as left out.
    mutating func objects(in list: [Any], of key: String) -> [[String: Any]] {
        list.compactMap { value in
            if let object = value as? [String: Any] { return object }
            if !(value is NSNull) { leftOut["\(JSONFeedFields.typeName(value)) in \(key)", default: 0] += 1 }
            return nil
        }
    }

    /// The feed's items: the objects of `items`; anything else in the list is left out.
    mutating func items(_ root: [String: Any]) -> [[String: Any]] {
        let list = list(root, "items")
        let items = list.compactMap { $0 as? [String: Any] }
        itemsNotObjects += list.count - items.count
        return items
    }

    /// A date: a string as `DateParser` reads it in `language` (the text kept when it does not), or a number as
    /// a Unix time in seconds or, when it is that large, milliseconds.
    mutating func date(_ object: [String: Any], _ key: String, language: String?) -> (date: Date?, raw: String?) {
        guard let value = object[key] else { return (nil, nil) }
        if let text = value as? String {
            guard let text = JSONFeedFields.clean(text) else { return (nil, nil) }
            let date = DateParser.parse(text, language: language)
            return (date, date == nil ? text : nil)
        }
        if let number = JSONFeedFields.number(value) {
            let seconds = number.doubleValue >= 1e11 ? number.doubleValue / 1000 : number.doubleValue
            guard seconds > 0, seconds < 253_402_300_800 else {
                note(key, value)
                return (nil, nil)
            }
            readAsMeant["\(key) given as a number (read as a Unix time)", default: 0] += 1
            return (Date(timeIntervalSince1970: seconds.rounded(.down)), nil)
        }
        note(key, value)
        return (nil, nil)
    }

    /// A size in bytes: a number, or a string of digits.
    mutating func size(_ object: [String: Any], _ key: String) -> Int64? {
        guard let value = object[key] else { return nil }
        if let number = JSONFeedFields.number(value) { return number.int64Value }
        if let text = value as? String, let size = Int64(text.trimmingWhitespace()), size >= 0 {
            readAsMeant["\(key) given as a string", default: 0] += 1
            return size
        }
        note(key, value)
        return nil
    }

    /// People: `authors` (1.1) or `author` (1.0), each an object with a `name` and a `url`, or a
    /// string naming them.
    mutating func authors(_ object: [String: Any], base: String?) -> [Author] {
        var list = list(object, "authors")
        if list.isEmpty, let single = object["author"] { list = [single] }
        return list.compactMap { value -> Author? in
            if let name = value as? String {
                readAsMeant["author given as a string", default: 0] += 1
                let author = FeedBuilder.person(fromRSS: JSONFeedFields.clean(name) ?? "")
                return author.isEmpty ? nil : author
            }
            guard let entry = value as? [String: Any] else {
                note("author", value)
                return nil
            }
            let author = Author(
                name: words(entry, "name"),
                uri: string(entry, "url").map { URLResolver.resolve($0, against: base) })
            return author.isEmpty ? nil : author
        }
    }

    /// What was wrong, in at most three lines.
    var problems: [ParseProblem] {
        var problems: [ParseProblem] = []
        if itemsNotObjects > 0 {
            problems.append(
                ParseProblem(
                    message: (itemsNotObjects == 1
                        ? "1 of the items is not an object" : "\(itemsNotObjects) of the items are not objects")
                        + " (a number, a string or a list where an item belongs), left out"))
        }
        for (counts, outcome) in [(readAsMeant, "read as meant"), (leftOut, "left out")] where !counts.isEmpty {
            let listed = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) (\($0.value)×)" }
            problems.append(
                ParseProblem(message: "fields of the wrong type, \(outcome): " + listed.joined(separator: ", ")))
        }
        return problems
    }

    private mutating func note(_ key: String, _ value: Any) {
        guard !(value is NSNull) else { return }
        leftOut["\(key) given as \(JSONFeedFields.typeName(value))", default: 0] += 1
    }

    /// A JSON number that is not `true` or `false` (which Foundation also gives as `NSNumber`).
    private static func number(_ value: Any) -> NSNumber? {
        guard let number = value as? NSNumber, !(value is String) else { return nil }
        return String(cString: number.objCType) == "c" ? nil : number
    }

    private static func typeName(_ value: Any) -> String {
        switch value {
        case is String: "a string"
        case is [Any]: "a list"
        case is [String: Any]: "an object"
        case _ where number(value) != nil: "a number"
        case is NSNumber: "true or false"
        default: "null"
        }
    }

    /// A string field as text: trimmed, and without control characters (a JSON escape such as
    /// `\u001b` or a raw one the repair escaped would otherwise reach a terminal). A C1 control
    /// that windows-1252 names (`\u0092`, a windows-1252 writer's right quote) is read as that
    /// sign first, rather than lost.
    static func clean(_ text: String) -> String? {
        let signs = Windows1252Controls.repaired(text) ?? text
        let trimmed = ControlCharacters.removed(from: signs).trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}
