import Foundation

/// Links that pass through a search or social site on their way to the article, to count the
/// click: Google Alerts' `https://www.google.com/url?rct=j&sa=t&url=https://outlet.example/story&…`,
/// Facebook's `l.facebook.com/l.php?u=…`, Bing News' `bing.com/news/apiclick.aspx?…&url=…`. The
/// article is the address they carry: two alerts for one story are one page, an alert and the
/// outlet's own feed are one page, and a republished link should take its reader straight there.
///
/// Only redirects that carry their target in the link are read; one that keeps it on its server
/// (`t.co`, FeedBurner's `feedproxy`) stays as it is.
public enum TrackingRedirect {
    /// Each redirect's address (after the scheme, before the query) and the parameters that may
    /// hold its target.
    private static let redirects: [(address: String, parameters: [String])] = [
        ("www.google.com/url", ["url", "q"]), ("google.com/url", ["url", "q"]),
        ("l.facebook.com/l.php", ["u"]), ("lm.facebook.com/l.php", ["u"]),
        ("www.bing.com/news/apiclick.aspx", ["url"]), ("bing.com/news/apiclick.aspx", ["url"]),
    ]

    /// The http(s) address `url` redirects to, or nil when it is not such a redirect. Every link
    /// of every article comes through here at each build, so the test that turns nearly all away
    /// reads bytes.
    public static func target(of url: String) -> String? {
        let utf8 = url.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), utf8.distance(from: utf8.startIndex, to: colon) <= 5,
            utf8[colon...].starts(with: "://".utf8)
        else { return nil }
        let rest = Substring(url)[utf8.index(colon, offsetBy: 3)...]
        guard let question = rest.utf8.firstIndex(of: UInt8(ascii: "?")) else { return nil }
        let address = rest.utf8[..<question]
        guard let redirect = redirects.first(where: { address.elementsEqual($0.address.utf8, by: sameLetter) })
        else { return nil }
        guard URLResolver.isHTTP(url) else { return nil }
        let query = rest[rest.index(after: question)...].prefix { $0 != "#" }
        for pair in query.split(separator: "&") {
            guard let equals = pair.firstIndex(of: "="), redirect.parameters.contains(pair[..<equals].lowercased())
            else { continue }
            let value = pair[pair.index(after: equals)...]
            let decoded = value.contains("%") ? value.removingPercentEncoding ?? String(value) : String(value)
            let opening = decoded.prefix(8).lowercased()
            guard opening.hasPrefix("http://") || opening.hasPrefix("https://"), decoded.count > 8 else { continue }
            return decoded
        }
        return nil
    }

    private static func sameLetter(_ a: UInt8, _ b: UInt8) -> Bool {
        a == b || (a >= 0x41 && a <= 0x5A && a | 0x20 == b)
    }
}
