import Foundation

/// A URL as a request sends it: in ASCII. An OPML file written by hand, or a page that advertises
/// its feed, may give `https://рнидс.срб/feed` or `…/feed?q=вести&x=a b`; browsers send these,
/// and libcurl refuses them as malformed.
public enum ASCIIURL {
    /// `url` with each label of its host that holds letters beyond ASCII in Punycode
    /// (`xn--d1aholi.xn--90a3ac`), and every byte beyond ASCII, every space and control and every
    /// character no URL may hold percent-encoded elsewhere (an existing `%` escape stays).
    public static func make(_ url: String) -> String {
        guard url.utf8.contains(where: { $0 >= 0x80 || needsEscape($0) }) else { return url }
        guard let schemeEnd = url.range(of: "://") else { return escaped(url) }
        let afterScheme = url[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        let authority = afterScheme[..<authorityEnd]
        var userInfo = ""
        var hostAndPort = authority
        if let at = authority.lastIndex(of: "@") {
            userInfo = escaped(String(authority[...at]))
            hostAndPort = authority[authority.index(after: at)...]
        }
        return escaped(String(url[..<schemeEnd.upperBound])) + userInfo + asciiHost(String(hostAndPort))
            + escaped(String(afterScheme[authorityEnd...]))
    }

    /// The host (and port) with its labels beyond ASCII in Punycode; an IPv6 literal as it is.
    private static func asciiHost(_ hostAndPort: String) -> String {
        guard !hostAndPort.hasPrefix("["), hostAndPort.utf8.contains(where: { $0 >= 0x80 }) else {
            return escaped(hostAndPort)
        }
        let colon = hostAndPort.lastIndex(of: ":")
        let host = colon.map { hostAndPort[..<$0] } ?? hostAndPort[...]
        let port = colon.map { String(hostAndPort[$0...]) } ?? ""
        let labels = host.split(separator: ".", omittingEmptySubsequences: false).map { label -> String in
            guard label.utf8.contains(where: { $0 >= 0x80 }) else { return String(label) }
            // IDNA maps a label to lower case (and a composed form) before encoding it.
            let mapped = label.lowercased().precomposedStringWithCanonicalMapping
            return Punycode.encode(mapped).map { "xn--" + $0 } ?? escaped(String(label))
        }
        return labels.joined(separator: ".") + escaped(port)
    }

    private static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 || needsEscape($0) }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if byte >= 0x80 || needsEscape(byte) {
                output += CanonicalURL.encoded(byte)
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool { PublishedURL.needsEscape(byte) }
}
