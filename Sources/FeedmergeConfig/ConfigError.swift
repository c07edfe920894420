/// A configuration problem, pointing at the file, line, column and key.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The key's path, e.g. `outputs[1].format`.
    public var key: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, key: String? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `feedmerge.yaml:12:13: outputs[1].format: unknown format 'atm' …`, the way compilers
    /// point at a place.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        text += ": "
        if let key { text += key + ": " }
        return text + message
    }
}
