import Foundation

/// The form of a URL that two outlets' links to the same page share: scheme and host case,
/// default ports, `www.`, fragments, tracking parameters, trailing slashes and AMP variants
/// removed.
public enum CanonicalURL {
    /// The canonical form of `url`, or nil when it is not an http(s) URL.
    public static func make(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let schemeEnd = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var rest = trimmed[schemeEnd.upperBound...]
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var host = rest[..<authorityEnd].lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if host.hasSuffix(":80") || host.hasSuffix(":443") { host = String(host[..<host.lastIndex(of: ":")!]) }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        if host.hasPrefix("amp.") { host.removeFirst(4) }
        if host.hasPrefix("m.") { host.removeFirst(2) }
        if host.hasSuffix(".") { host.removeLast() }
        var pathAndQuery = rest[authorityEnd...]
        var query: Substring = ""
        if let question = pathAndQuery.firstIndex(of: "?") {
            query = pathAndQuery[pathAndQuery.index(after: question)...]
            pathAndQuery = pathAndQuery[..<question]
        }
        var path = String(pathAndQuery)
        for suffix in ["/amp", "/amp/", ".amp", "/index.html", "/index.htm", "/index.php"] where path.hasSuffix(suffix)
        {
            path.removeLast(suffix.count)
        }
        if path.hasPrefix("/amp/") { path.removeFirst(4) }
        while path.hasSuffix("/") { path.removeLast() }
        let parameters = query.split(separator: "&").filter { parameter in
            let name = parameter.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            return !name.isEmpty && !isTracking(name)
        }.sorted()
        var result = host + path
        if !parameters.isEmpty { result += "?" + parameters.joined(separator: "&") }
        return result
    }

    private static let trackingNames: Set<String> = [
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mkt_tok", "_hsenc", "_hsmi", "ref",
        "ref_src", "cmpid", "ncid", "sr_share", "ocid", "amp", "outputtype", "s_cid", "smid", "at_medium",
        "at_campaign", "wt.mc_id", "soc_src", "soc_trk", "rss", "from", "src", "via",
    ]

    private static func isTracking(_ name: String) -> Bool {
        name.hasPrefix("utm_") || name.hasPrefix("mc_") || name.hasPrefix("pk_") || name.hasPrefix("hsa_")
            || trackingNames.contains(name)
    }
}
