import Foundation

/// The form of a URL that two outlets' links to the same page share: scheme and host case,
/// default ports, `www.`, tracking parameters, trailing slashes and AMP variants removed, and
/// fragments unless they name a place of their own on the page.
///
/// A fragment that names a post on a page of posts (Scripting News' `26.html#a080605`, a daily
/// page's `#1115-tornado`, a comment feed's `#comment-713578640`) is kept: each is another item,
/// and without it every post of the day would be one story. Fragments that only carry a campaign
/// (`#xtor=RSS-3208`, `#ftag=RSSbaffb68`, ShareThis' `#.VxYz`, Tynt's `#ixzz2abc`, IDG's
/// `#tk.rss_all`) or point into the article itself (`#comments`, `#more-1234`) are dropped, as
/// the outlets' own links differ by them.
///
/// A click-counting redirect that carries its target (`google.com/url?…&url=…`, see
/// `TrackingRedirect`) is the page it leads to, and a session id a server wrote into a link
/// (`SessionID`) is no part of it.
///
/// Every article's link and guid pass through here on each build, so the common case (no
/// query, no white space) is handled on bytes without Foundation.
public enum CanonicalURL {
    /// The canonical form of `url`, or nil when it is not an http(s) URL.
    public static func make(_ url: String) -> String? {
        // A click-counting redirect (Google Alerts') is the page it leads to; one level only.
        // A session id (`;jsessionid=…`) is no part of the page's address.
        var bytes = Array(SessionID.removed(from: TrackingRedirect.target(of: url) ?? url).utf8)
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        var start = 0
        while start < bytes.count, isSpace(bytes[start]) { start += 1 }
        guard let schemeEnd = find(bytes, "://", from: start) else { return nil }
        let scheme = bytes[start..<schemeEnd].map(lower)
        guard scheme == Array("http".utf8) || scheme == Array("https".utf8) else { return nil }
        var end = bytes.count
        var fragment: ArraySlice<UInt8> = []
        if let hash = bytes[(schemeEnd + 3)...].firstIndex(of: 0x23) {  // #
            end = hash
            fragment = bytes[(hash + 1)...]
        }
        let restStart = schemeEnd + 3
        let authorityEnd = bytes[restStart..<end].firstIndex { $0 == 0x2F || $0 == 0x3F } ?? end
        var host = bytes[restStart..<authorityEnd].map(lower)
        if let at = host.lastIndex(of: 0x40) { host.removeSubrange(...at) }  // user@
        for port in [":80", ":443"]
        where host.count > port.utf8.count && host.suffix(port.utf8.count).elementsEqual(port.utf8) {
            host.removeLast(port.utf8.count)
        }
        for prefix in ["www.", "amp.", "m."] where host.starts(with: prefix.utf8) {
            host.removeFirst(prefix.utf8.count)
        }
        if host.last == 0x2E { host.removeLast() }
        host = unicodeHost(host)

        var pathEnd = end
        var queryStart: Int?
        if let question = bytes[authorityEnd..<end].firstIndex(of: 0x3F) {
            pathEnd = question
            queryStart = question + 1
        }
        var path = decodingUnreserved(bytes[authorityEnd..<pathEnd])
        for suffix in ["/amp", "/amp/", ".amp", "/index.html", "/index.htm", "/index.php"]
        where path.count >= suffix.utf8.count && path.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            path.removeLast(suffix.utf8.count)
        }
        if path.starts(with: "/amp/".utf8) { path.removeFirst(4) }
        while path.last == 0x2F { path.removeLast() }

        var result = String(decoding: host + path, as: UTF8.self)
        if let queryStart, queryStart < end {
            let query = String(decoding: decodingUnreserved(bytes[queryStart..<end]), as: UTF8.self)
            let parameters = query.split(separator: "&").filter { parameter in
                let name = parameter.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
                return !name.isEmpty && !isTracking(name)
            }.sorted()
            if !parameters.isEmpty { result += "?" + parameters.joined(separator: "&") }
        }
        if namesAPlace(fragment) { result += "#" + String(decoding: fragment, as: UTF8.self) }
        return result
    }

    /// `bytes` with each percent-encoded byte that needs no encoding written as itself: the
    /// unreserved ASCII characters and every byte of UTF-8 beyond ASCII. An outlet writes a page's
    /// Cyrillic slug as it reads (`/вести/`), an aggregator percent-encodes it (`/%D0%B2…/`, or
    /// `%d0%b2`); both are one page. Reserved characters stay encoded (`%2F` is not a `/`), in
    /// upper case, and the characters a URL may not hold are encoded where a link has them raw
    /// (a hand-made link's `Locks port` is the page a browser asks for as `Locks%20port`).
    static func decodingUnreserved(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(where: { $0 == 0x25 || PublishedURL.needsEscape($0) }) else { return Array(bytes) }  // %
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        // A run of encoded bytes beyond ASCII, written as itself only when it is UTF-8 (a Latin-1
        // `%E9` stays encoded: decoded, two such pages would read alike).
        var run: [UInt8] = []
        func endRun() {
            guard !run.isEmpty else { return }
            if String(validating: run, as: UTF8.self) != nil {
                result += run
            } else {
                for byte in run { result += encoded(byte) }
            }
            run.removeAll(keepingCapacity: true)
        }
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x25, index + 2 < bytes.endIndex, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            else {
                endRun()
                // A `%` that starts no escape stands for itself, which is written `%25`.
                if byte == 0x25 || PublishedURL.needsEscape(byte) {
                    result += encoded(byte)
                } else {
                    result.append(byte)
                }
                index += 1
                continue
            }
            let value = high << 4 | low
            if value >= 0x80 {
                run.append(value)
            } else {
                endRun()
                result += isUnreserved(value) ? [value] : encoded(value)
            }
            index += 3
        }
        endRun()
        return result
    }

    /// A host as its readers write it: `xn--` labels decoded, letters beyond ASCII in lower case
    /// and composed, IDNA's other full stops read as dots. A Serbian outlet links to
    /// `рнидс.срб`, a crawler or an aggregator to `xn--d1aholi.xn--90a3ac`: one site. (Unicode,
    /// not Punycode, since the key is read in `clusters` and `explain`.)
    static func unicodeHost(_ host: [UInt8]) -> [UInt8] {
        let hasPunycode =
            host.count >= 4
            && host.indices.dropLast(3).contains { index in
                host[index] == 0x78 && host[index + 1] == 0x6E && host[index + 2] == 0x2D && host[index + 3] == 0x2D
                    && (index == 0 || host[index - 1] == 0x2E)
            }
        guard hasPunycode || host.contains(where: { $0 >= 0x80 || $0 == 0x25 }) else { return host }
        let text = String(decoding: decodingUnreserved(host[...]), as: UTF8.self)
        let labels = text.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "。" || $0 == "．" || $0 == "｡" }
        let unicode = labels.map { label -> String in
            let bytes = label.utf8
            if bytes.count > 4, bytes.starts(with: "xn--".utf8), let decoded = Punycode.decode(bytes.dropFirst(4)) {
                return decoded
            }
            return String(label)
        }
        return Array(unicode.joined(separator: ".").lowercased().precomposedStringWithCanonicalMapping.utf8)
    }

    /// `byte` percent-encoded, in upper case (`%2F`).
    static func encoded(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [0x25, digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// RFC 3986's unreserved characters: letters, digits, `-`, `.`, `_`, `~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }

    /// Anchors a page gives its own parts (comments, the rest of the text, the top), which links
    /// to the article carry and which name no other item.
    private static let partsOfAnArticle: Set<String> = [
        "top", "main", "content", "main-content", "maincontent", "article", "story", "start", "body", "comments",
        "comment-form", "respond", "reply", "disqus_thread", "more", "readmore", "read-more", "continue-reading",
        "page", "footnotes",
    ]

    /// Whether a fragment names a place of its own on the page, not a campaign or a part of
    /// every article.
    static func namesAPlace(_ fragment: ArraySlice<UInt8>) -> Bool {
        guard let first = fragment.first else { return false }
        // `name=value` pairs, ShareThis' `.` and Tynt's `ixzz` carry campaigns, not places.
        if first == 0x2E || fragment.contains(0x3D) || fragment.contains(0x26) { return false }
        let name = String(decoding: fragment.map(lower), as: UTF8.self)
        // IDG's sites (Macworld, PCWorld, TechHive, Computerworld) mark each feed's links with
        // its own `#tk.rss_all`, `#tk.rss_ios`: one article, linked from two of their feeds.
        if name.hasPrefix("ixzz") || name.hasPrefix("tk.") || partsOfAnArticle.contains(name) { return false }
        // WordPress' "continue reading" anchor, `#more-1234`.
        if name.hasPrefix("more-"), name.dropFirst(5).allSatisfy(\.isNumber) { return false }
        return true
    }

    private static let trackingNames: Set<String> = [
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mkt_tok", "_hsenc", "_hsmi", "ref",
        "ref_src", "cmpid", "ncid", "sr_share", "ocid", "amp", "outputtype", "s_cid", "smid", "at_medium",
        "at_campaign", "wt.mc_id", "soc_src", "soc_trk", "rss", "from", "src", "via",
    ]

    /// Campaign codes, the ones published links lose (`TrackingParameters`) among them, and the
    /// names outlets add to their own links to say where a reader came from.
    private static func isTracking(_ name: String) -> Bool {
        name.hasPrefix("utm_") || name.hasPrefix("mc_") || name.hasPrefix("pk_") || name.hasPrefix("hsa_")
            || trackingNames.contains(name) || TrackingParameters.isTracking(name)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0x0B
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func find(_ bytes: [UInt8], _ needle: StaticString, from start: Int) -> Int? {
        let count = needle.utf8CodeUnitCount
        guard bytes.count >= count else { return nil }
        return needle.withUTF8Buffer { pattern -> Int? in
            var index = start
            while index + count <= bytes.count {
                if bytes[index] == pattern[0] && bytes[index..<(index + count)].elementsEqual(pattern) { return index }
                index += 1
            }
            return nil
        }
    }
}
