import Foundation

/// What an error status means for someone whose feed stopped: its name, and for the statuses a
/// feed reader meets, what to do. "HTTP 401" alone does not say that the feed wants a password,
/// nor "HTTP 404" that the feed moved, nor "HTTP 503" that nothing is wrong on this side.
enum HTTPStatusText {
    /// What to add to "the server answered HTTP `status`", or nil for a status without a name.
    static func explanation(_ status: Int, headers: [String: String]) -> String? {
        switch status {
        case 401:
            let realm = headers["www-authenticate"].flatMap(realm).map { " for “\($0)”" } ?? ""
            return "Unauthorized: the feed needs a user name and a password\(realm); "
                + "give them in its address, https://name:password@host/…"
        case 402: return "Payment Required: the feed is for paying subscribers"
        case 403:
            return "Forbidden: the server refuses this reader; the feed may be private now, "
                + "or the site may block feed readers"
        case 404: return "Not Found: no feed at this address now; the site may have moved it (see its pages)"
        case 429: return "Too Many Requests: the site finds it fetched too often; it is tried again later"
        case 451: return "Unavailable For Legal Reasons: withheld where this machine is"
        case 500: return "Internal Server Error: a fault on the site's side"
        case 502: return "Bad Gateway: a fault between the site and its servers"
        case 503: return "Service Unavailable: the site is down or overloaded"
        case 504: return "Gateway Timeout: the site's servers did not answer in time"
        default: return names[status]
        }
    }

    private static let names: [Int: String] = [
        400: "Bad Request", 405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required",
        408: "Request Timeout", 409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed",
        413: "Content Too Large", 414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable",
        417: "Expectation Failed", 418: "I'm a teapot", 421: "Misdirected Request", 422: "Unprocessable Content",
        423: "Locked", 424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required",
        428: "Precondition Required",
        431: "Request Header Fields Too Large", 501: "Not Implemented", 505: "HTTP Version Not Supported",
        507: "Insufficient Storage", 508: "Loop Detected", 511: "Network Authentication Required",
    ]

    /// The realm a `WWW-Authenticate` challenge names (`Basic realm="feeds"`).
    private static func realm(_ challenge: String) -> String? {
        guard let start = challenge.range(of: "realm=\"", options: .caseInsensitive)?.upperBound,
            let end = challenge[start...].firstIndex(of: "\"")
        else { return nil }
        let realm = challenge[start..<end].prefix(80)
        return realm.isEmpty ? nil : String(realm)
    }
}
