/// Which outlet a feed belongs to. An outlet often has several feeds (its world and US sections,
/// its Atom and its RSS feed), and a story two of them carry ran in one outlet, not two: it is
/// counted once towards `min_sources` and not listed as reported elsewhere.
public enum Outlet {
    /// The outlet of a feed: the host of the site it names (`theguardian.com` for both
    /// `theguardian.com/world` and `theguardian.com/us-news`), else the feed's own URL, since
    /// unrelated feeds share hosts that publish feeds for others (`feeds.feedburner.com`).
    ///
    /// On a site that hosts many authors under its paths, the account is the outlet:
    /// `medium.com/@alice`, `reddit.com/r/europe`, `youtube.com/channel/UC…`, `github.com/swiftlang`.
    public static func key(feedURL: String, siteURL: String?) -> String {
        guard let siteURL, let (host, path) = parts(siteURL) else { return feedURL }
        let segments = Substring(path).split(separator: "/", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = segments.first else { return host }
        let name = first.lowercased()
        if name.hasPrefix("@") || hostsAccounts.contains(host) { return host + "/" + name }
        if segments.count > 1, accountFolders.contains(name) {
            return host + "/" + name + "/" + segments[1].lowercased()
        }
        return host
    }

    /// Sites whose first path segment is an account (`github.com/swiftlang`).
    private static let hostsAccounts: Set<String> = [
        "medium.com", "github.com", "gitlab.com", "codeberg.org", "soundcloud.com", "vimeo.com", "x.com",
        "twitter.com", "dev.to", "facebook.com", "instagram.com", "tiktok.com", "substack.com",
    ]

    /// Path segments after which comes an account: `r/europe`, `user/name`, `channel/UC…`.
    private static let accountFolders: Set<String> = ["r", "u", "user", "users", "c", "channel", "profile"]

    /// The host of a URL with an authority (`https://user@www.Example.com:8080/a`:
    /// `example.com`), lower case, without user name, port or `www.`; nil when it has none.
    public static func host(_ url: String) -> String? { parts(url)?.host }

    /// The host (as `host(_:)` gives it) and the path (after the host, before a query or
    /// fragment) of a URL with an authority. Outputs ask it of every copy of a story another
    /// outlet carried, so it reads bytes.
    private static func parts(_ url: String) -> (host: String, path: Substring.UTF8View)? {
        var utf8 = Substring(url).utf8
        var previous: (UInt8, UInt8) = (0, 0)
        var afterScheme: String.Index?
        for index in utf8.indices {
            let byte = utf8[index]
            if previous == (0x3A, 0x2F) && byte == 0x2F {  // "://"
                afterScheme = utf8.index(after: index)
                break
            }
            if byte == 0x2F && previous.1 != 0x3A { return nil }  // a path before any "://"
            previous = (previous.1, byte)
        }
        guard let afterScheme else { return nil }
        utf8 = utf8[afterScheme...]
        let end = utf8.firstIndex { $0 == 0x2F || $0 == 0x3F || $0 == 0x23 } ?? utf8.endIndex
        var authority = utf8[..<end]
        if let at = authority.lastIndex(of: 0x40) { authority = authority[authority.index(after: at)...] }
        let hostEnd =
            authority.first == 0x5B
            ? authority.firstIndex(of: 0x5D).map { authority.index(after: $0) } ?? authority.endIndex
            : authority.firstIndex(of: 0x3A) ?? authority.endIndex
        var host = authority[..<hostEnd]
        if host.count > 4, host.prefix(4).map({ $0 | 0x20 }) == Array("www.".utf8) { host = host.dropFirst(4) }
        guard !host.isEmpty else { return nil }
        let rest = utf8[end...]
        let path =
            rest.first == 0x2F
            ? rest[..<(rest.firstIndex { $0 == 0x3F || $0 == 0x23 } ?? rest.endIndex)]
            : rest[rest.startIndex..<rest.startIndex]
        return (String(decoding: host.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self), path)
    }
}
