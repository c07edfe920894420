/// Resolves URL references against a base, as RFC 3986 section 5 describes, without
/// Foundation's URL (which rejects the unescaped spaces and brackets real feeds contain).
public enum URLResolver {
    /// `reference` made absolute against `base`. An absolute reference, or a nil base, gives the
    /// reference itself (trimmed).
    public static func resolve(_ reference: String, against base: String?) -> String {
        let reference = reference.trimmingWhitespace()
        guard let base, !base.isEmpty else { return reference }
        if hasScheme(reference) { return reference }
        let baseParts = Parts(base)
        guard baseParts.scheme != nil else { return reference }
        let ref = Parts(reference)
        var target = Parts()
        target.scheme = baseParts.scheme
        if ref.authority != nil {
            target.authority = ref.authority
            target.path = removeDotSegments(ref.path)
            target.query = ref.query
        } else {
            target.authority = baseParts.authority
            if ref.path.isEmpty {
                target.path = baseParts.path
                target.query = ref.query ?? baseParts.query
            } else {
                if ref.path.hasPrefix("/") {
                    target.path = removeDotSegments(ref.path)
                } else {
                    target.path = removeDotSegments(merge(base: baseParts, path: ref.path))
                }
                target.query = ref.query
            }
        }
        target.fragment = ref.fragment
        return target.text
    }

    /// True when `url` is an `http:` or `https:` URL.
    public static func isHTTP(_ url: String) -> Bool {
        let scheme = scheme(of: url)
        return scheme == "http" || scheme == "https"
    }

    /// `url` without the `feed:` scheme browsers and readers put before feed addresses
    /// (`feed://host/path` is `http://host/path`; `feed:https://host/path` is the URL inside), as
    /// subscription lists exported by some readers carry them; any other URL as it is.
    public static func withoutFeedScheme(_ url: String) -> String {
        let url = url.trimmingWhitespace()
        guard scheme(of: url) == "feed" else { return url }
        let rest = url.dropFirst(5)
        if rest.hasPrefix("//") { return "http:" + rest }
        if let inner = scheme(of: String(rest)), inner == "http" || inner == "https" { return String(rest) }
        return url
    }

    /// `https://` and `reference`, when `reference` reads as a web address written without its
    /// scheme, as a browser's address bar takes one (`example.com/feed`, `www.example.com`,
    /// `example.com:8443/feed`): a host of two or more labels, the last of letters only and no
    /// file's extension (`feed.xml` is a file's name), maybe a port, then a path or nothing.
    /// `localhost` and an IPv4 address (`127.0.0.1:8080/feed`) are `http://`, as browsers take
    /// them: such servers rarely have a certificate.
    public static func webAddressWithoutScheme(_ reference: String) -> String? {
        guard !reference.contains("://"), !reference.hasPrefix("/"), !reference.hasPrefix(".") else { return nil }
        var host = reference.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let colon = host.firstIndex(of: ":") {
            let port = host[host.index(after: colon)...]
            guard (1...5).contains(port.count), port.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            host = host[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        let isIPv4 =
            labels.count == 4
            && labels.allSatisfy { (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        if isIPv4 || host.lowercased() == "localhost" { return "http://" + reference }
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
            host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }),
            let last = labels.last, last.allSatisfy({ $0.isLetter }),
            !fileExtensions.contains(last.lowercased())
        else { return nil }
        return "https://" + reference
    }

    private static let fileExtensions: Set<String> = [
        "xml", "rss", "rdf", "atom", "json", "opml", "html", "htm", "txt", "php", "asp", "aspx", "jsp", "cgi", "gz",
        "feed",
    ]

    /// True when `text` starts with a URI scheme (`http:`, `mailto:`…).
    public static func isAbsolute(_ text: String) -> Bool {
        hasScheme(text.trimmingWhitespace())
    }

    /// True when `text` starts with `scheme:`, checked on the bytes.
    private static func hasScheme(_ text: String) -> Bool {
        var first = true
        for byte in text.utf8 {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if byte == UInt8(ascii: ":") { return !first }
            let isOther =
                (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
            guard isLetter || (!first && isOther) else { return false }
            first = false
        }
        return false
    }

    /// The scheme of an absolute reference, lower-cased.
    public static func scheme(of text: String) -> String? {
        var scheme = ""
        for (offset, character) in text.unicodeScalars.enumerated() {
            if character == ":" { return offset > 0 ? scheme.lowercased() : nil }
            let isLetter = ("a"..."z").contains(character) || ("A"..."Z").contains(character)
            let isOther = ("0"..."9").contains(character) || character == "+" || character == "-" || character == "."
            guard isLetter || (offset > 0 && isOther) else { return nil }
            scheme.unicodeScalars.append(character)
        }
        return nil
    }

    private struct Parts {
        var scheme: String?
        var authority: String?
        var path = ""
        var query: String?
        var fragment: String?

        init() {}

        init(_ text: String) {
            var rest = Substring(text)
            if let hash = rest.firstIndex(of: "#") {
                fragment = String(rest[rest.index(after: hash)...])
                rest = rest[..<hash]
            }
            if let question = rest.firstIndex(of: "?") {
                query = String(rest[rest.index(after: question)...])
                rest = rest[..<question]
            }
            if let scheme = URLResolver.scheme(of: String(rest)) {
                self.scheme = scheme
                rest = rest[rest.index(rest.startIndex, offsetBy: scheme.count + 1)...]
            }
            if rest.hasPrefix("//") {
                rest = rest.dropFirst(2)
                let end = rest.firstIndex(of: "/") ?? rest.endIndex
                authority = String(rest[..<end])
                rest = rest[end...]
            }
            path = String(rest)
        }

        var text: String {
            var output = ""
            if let scheme { output += scheme + ":" }
            if let authority { output += "//" + authority }
            output += path
            if let query { output += "?" + query }
            if let fragment { output += "#" + fragment }
            return output
        }
    }

    private static func merge(base: Parts, path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return String(base.path[...slash]) + path
    }

    private static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        var result = ""
        while !input.isEmpty {
            if input.hasPrefix("../") {
                input = input.dropFirst(3)
            } else if input.hasPrefix("./") {
                input = input.dropFirst(2)
            } else if input.hasPrefix("/./") {
                input = input.dropFirst(2)
            } else if input == "/." {
                input = "/"
            } else if input.hasPrefix("/../") {
                input = input.dropFirst(3)
                if !output.isEmpty { output.removeLast() }
            } else if input == "/.." {
                input = "/"
                if !output.isEmpty { output.removeLast() }
            } else if input == "." || input == ".." {
                input = ""
            } else {
                let start = input.hasPrefix("/") ? input.index(after: input.startIndex) : input.startIndex
                let end = input[start...].firstIndex(of: "/") ?? input.endIndex
                output.append(input[..<end])
                input = input[end...]
            }
        }
        for segment in output { result += segment }
        return result
    }
}
