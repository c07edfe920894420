/// The formats an output can be written in.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    case atom, rss, json, html

    /// The media type servers should send.
    public var mediaType: String {
        switch self {
        case .atom: return "application/atom+xml"
        case .rss: return "application/rss+xml"
        case .json: return "application/feed+json"
        case .html: return "text/html"
        }
    }
}
