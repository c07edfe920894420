/// Builds one JSON object as text, keys in the order they are added, absent values left out.
///
/// Contracts such as `parse --json` and JSON Feed omit absent fields rather than writing
/// `null`, and a fixed key order keeps outputs byte-stable from run to run.
public struct JSONObjectBuilder: Sendable {
    private var body = ""

    public init() {}

    /// Adds a string member; nil is left out.
    public mutating func add(_ key: String, _ value: String?) {
        guard let value else { return }
        appendKey(key)
        body += "\""
        JSONString.appendEscaped(value, to: &body)
        body += "\""
    }

    /// Adds an integer member; nil is left out.
    public mutating func add(_ key: String, _ value: Int64?) {
        guard let value else { return }
        appendKey(key)
        body += String(value)
    }

    public mutating func add(_ key: String, _ value: Int?) {
        add(key, value.map(Int64.init))
    }

    /// Adds a number with a fixed number of decimals.
    public mutating func add(_ key: String, _ value: Double, decimals: Int) {
        appendKey(key)
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (value * factor).rounded()
        let whole = Int64(scaled / factor)
        let fraction = Int64(abs(scaled.truncatingRemainder(dividingBy: factor)))
        var fractionText = String(fraction)
        while fractionText.count < decimals { fractionText = "0" + fractionText }
        body += (value < 0 && whole == 0 ? "-" : "") + String(whole) + (decimals > 0 ? "." + fractionText : "")
    }

    public mutating func add(_ key: String, _ value: Bool) {
        appendKey(key)
        body += value ? "true" : "false"
    }

    /// Adds a member whose value is already JSON text (an object or array); nil is left out.
    public mutating func add(_ key: String, json value: String?) {
        guard let value else { return }
        appendKey(key)
        body += value
    }

    /// Adds an array of values that are already JSON text; an empty array is left out.
    public mutating func add(_ key: String, jsonArray values: [String]) {
        guard !values.isEmpty else { return }
        appendKey(key)
        body += "[" + values.joined(separator: ",") + "]"
    }

    /// Adds an array of objects, each built by `build` from one element; an empty array is left
    /// out.
    public mutating func add<Element>(
        _ key: String, objects elements: [Element], _ build: (inout JSONObjectBuilder, Element) -> Void
    ) {
        add(
            key,
            jsonArray: elements.map { element in
                var object = JSONObjectBuilder()
                build(&object, element)
                return object.json
            })
    }

    /// Adds an array of strings; an empty array is left out.
    public mutating func add(_ key: String, strings values: [String]) {
        add(key, jsonArray: values.map(JSONString.quoted))
    }

    /// True when no member was added.
    public var isEmpty: Bool { body.isEmpty }

    /// The object as JSON text.
    public var json: String { "{" + body + "}" }

    private mutating func appendKey(_ key: String) {
        if !body.isEmpty { body += "," }
        body += "\""
        JSONString.appendEscaped(key, to: &body)
        body += "\":"
    }
}
