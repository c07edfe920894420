/// One feed to download, with what the previous download said about it.
public struct FetchRequest: Sendable, Hashable {
    /// An `http:`, `https:` or `file:` URL.
    public var url: String
    /// The `ETag` of the last response, sent back as `If-None-Match`.
    public var etag: String?
    /// The `Last-Modified` of the last response, sent back as `If-Modified-Since`.
    public var lastModified: String?

    public init(url: String, etag: String? = nil, lastModified: String? = nil) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
    }

    /// The server it asks (host and port, in lower case), which per-host limits and waits are for.
    public var server: String { CurlTransfer.host(of: url) }
}
