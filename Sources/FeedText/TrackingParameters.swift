/// The query parameters outlets add to their feed's links to count who came from where
/// (`utm_source=rss`, `fbclid`): they do nothing for the page, and a link republished from a
/// merged feed should not carry another service's campaign codes to its reader.
///
/// Only names that are never a page's own are taken out: `ref`, `from` or `src` may be, and stay.
public enum TrackingParameters {
    /// `url` without its tracking parameters (the same string when it has none).
    public static func removed(from url: String) -> String {
        // Found in the UTF-8 (not by characters, whose boundaries cost a grapheme check each):
        // every link of every republished text passes here, and most have no query.
        guard let question = url.utf8.firstIndex(of: UInt8(ascii: "?")), question > url.startIndex else { return url }
        let fragmentStart = url.utf8[question...].firstIndex(of: UInt8(ascii: "#")) ?? url.endIndex
        let query = url[url.index(after: question)..<fragmentStart]
        let parameters = query.split(separator: "&", omittingEmptySubsequences: false)
        let kept = parameters.filter { !isTracking($0.prefix { $0 != "=" }.lowercased()) }
        guard kept.count < parameters.count else { return url }
        let base = url[..<question]
        let fragment = url[fragmentStart...]
        return kept.isEmpty ? String(base + fragment) : base + "?" + kept.joined(separator: "&") + fragment
    }

    /// Whether a parameter name (in lower case) is a tracking one.
    public static func isTracking(_ name: String) -> Bool {
        name.hasPrefix("utm_") || names.contains(name)
    }

    private static let names: Set<String> = [
        "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mkt_tok", "_hsenc", "_hsmi", "mc_cid",
        "mc_eid", "wt.mc_id", "at_medium", "at_campaign", "at_custom1", "at_custom2", "at_custom3", "at_custom4",
        // Webtrekk (heise: `wt_mc=rss.ho.beitrag.rdf`), AT Internet (Le Monde: `xtor=RSS-3208`),
        // and the campaign ids of Yahoo, TechCrunch and NBC (`ncid=rss`) and of the New York Times.
        "wt_mc", "wt_zmc", "xtor", "ncid", "smid",
    ]
}
