/// A person credited for a feed or an article (author or contributor).
public struct Author: Sendable, Codable, Hashable {
    public var name: String?
    public var email: String?
    public var uri: String?

    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// True when no field carries anything, so the author can be dropped.
    public var isEmpty: Bool { name == nil && email == nil && uri == nil }
}
