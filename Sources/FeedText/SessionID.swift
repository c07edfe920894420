#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The session ids servers write into the links they hand a client that keeps no cookie: a
/// Java servlet's `;jsessionid=…` path parameter, PHP's `PHPSESSID=…`, ASP.NET's cookieless
/// `/(S(…))/` segment.
///
/// Only names that are a session's and nothing else: a forum's `sid=` or `s=` is one too, but
/// the same names hold a page's own ids elsewhere, and a 32-digit one is no proof (Pheedo's
/// `click.phdo?s=cc0c…&p=4` names the item: taken out, three items became one).
///
/// A feed fetched without a cookie jar (every cron run starts without one) gets a new session,
/// so a link that carries one changes at every fetch: an item without a guid, whose link is its
/// id, came back as a new article at each run. A session id in a republished link is also one
/// the readers would share, and it expires. Taking it out leaves the page's own address, which
/// the server serves with a new session.
public enum SessionID {
    /// `url` without its session ids (the same string when it has none, or is not http(s)).
    public static func removed(from url: String) -> String {
        guard mayHoldOne(url) else { return url }
        let bytes = Array(url.utf8)
        guard let schemeEnd = scheme(bytes) else { return url }
        let fragmentStart = bytes[schemeEnd...].firstIndex(of: 0x23) ?? bytes.count
        let queryStart = bytes[schemeEnd..<fragmentStart].firstIndex(of: 0x3F) ?? fragmentStart
        let pathStart = bytes[schemeEnd..<queryStart].firstIndex(of: 0x2F) ?? queryStart

        var output = Array(bytes[..<pathStart])
        output += path(bytes[pathStart..<queryStart])
        if queryStart < fragmentStart {
            let parameters = bytes[(queryStart + 1)..<fragmentStart].split(
                separator: 0x26, omittingEmptySubsequences: false)
            let kept = parameters.filter { !isSessionParameter($0) }
            if !kept.isEmpty {
                output.append(0x3F)
                output += Array(kept.joined(separator: [0x26]))
            }
        }
        output += bytes[fragmentStart...]
        return output == bytes ? url : String(decoding: output, as: UTF8.self)
    }

    /// Whether `url` has a path parameter, a parenthesis, or a query parameter named as a
    /// session's may be (`phpsessid`, `jsessionid`: by length and first letter). Every link of
    /// every article passes here and most have none: the bytes are searched with `memchr`, and
    /// only an `=` is looked at closer.
    private static func mayHoldOne(_ url: String) -> Bool {
        url.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            let count = bytes.count
            if memchr(base, 0x3B, count) != nil || memchr(base, 0x28, count) != nil { return true }  // ; (
            var from = 0
            while from < count, let found = memchr(base + from, 0x3D, count - from) {  // =
                let equals = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                // Back to the `?` or `&`, but not past the last `=` (a hostile link of a
                // million `=` would otherwise be read back a million times).
                var nameStart = equals
                while nameStart > from && bytes[nameStart - 1] != 0x3F && bytes[nameStart - 1] != 0x26 {
                    nameStart -= 1
                }
                let length = equals - nameStart
                if length == 9 || length == 10, [0x70, 0x6A].contains(bytes[nameStart] | 0x20) {  // p j
                    return true
                }
                from = equals + 1
            }
            return false
        } ?? true
    }

    /// Where the authority begins (just past `://`) in an http or https URL, or nil.
    private static func scheme(_ bytes: [UInt8]) -> Int? {
        for scheme in ["http://", "https://"] where bytes.count > scheme.utf8.count {
            if zip(bytes, scheme.utf8).allSatisfy({ lower($0) == $1 }) { return scheme.utf8.count }
        }
        return nil
    }

    /// The path without `;jsessionid=…` parameters and ASP.NET's `(S(…))` segments.
    private static func path(_ path: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(path.count)
        for (index, segment) in path.split(separator: 0x2F, omittingEmptySubsequences: false).enumerated() {
            if isCookielessSegment(segment) { continue }
            if index > 0 { output.append(0x2F) }
            // A segment's parameters follow its first `;`; a session's is dropped, others stay.
            let parts = segment.split(separator: 0x3B, omittingEmptySubsequences: false)
            output += parts[0]
            for part in parts.dropFirst() where !hasName(part, "jsessionid") {
                output.append(0x3B)
                output += part
            }
        }
        return output
    }

    /// ASP.NET's cookieless session segment: `(S(lit3py55t21z5v55vlm25s55))`, or with other
    /// tickets before it, `(X(1)S(…))`.
    private static func isCookielessSegment(_ segment: ArraySlice<UInt8>) -> Bool {
        guard segment.count > 5, segment.first == 0x28, segment.last == 0x29 else { return false }
        var rest = segment.dropFirst().dropLast()
        var hasSession = false
        // A run of tickets, each a capital letter and a parenthesized value.
        while let letter = rest.first {
            guard letter >= 0x41 && letter <= 0x5A, rest.dropFirst().first == 0x28,
                let close = rest.firstIndex(of: 0x29)
            else { return false }
            let value = rest[(rest.startIndex + 2)..<close]
            guard !value.isEmpty, value.allSatisfy(isAlphanumeric) else { return false }
            if letter == 0x53 { hasSession = true }  // S
            rest = rest[(close + 1)...]
        }
        return hasSession
    }

    /// A query parameter that holds a session: `jsessionid` or `phpsessid`, whatever its value.
    private static func isSessionParameter(_ parameter: ArraySlice<UInt8>) -> Bool {
        hasName(parameter, "jsessionid") || hasName(parameter, "phpsessid")
    }

    /// Whether `part` is `name=…`, the name in any case.
    private static func hasName(_ part: ArraySlice<UInt8>, _ name: String) -> Bool {
        let count = name.utf8.count
        guard part.count > count, part[part.startIndex + count] == 0x3D else { return false }
        return zip(part, name.utf8).allSatisfy { lower($0) == $1 }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (lower(byte) >= 0x61 && lower(byte) <= 0x7A)
    }
}
