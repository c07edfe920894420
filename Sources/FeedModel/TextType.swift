/// How a text construct's value is to be read: Atom's three kinds, which RSS maps onto.
public enum TextType: String, Sendable, Codable, Hashable {
    /// Plain text; markup characters are literal.
    case text
    /// Escaped HTML markup (Atom `type="html"`, every RSS description).
    case html
    /// The serialized inner markup of an Atom `xhtml:div`.
    case xhtml

    /// Whether a value of this type is markup to read as HTML, not text to show as it is.
    public var isMarkup: Bool { self != .text }
}
