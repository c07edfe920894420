import Foundation

/// Recognizes the pages that bot protection answers with instead of the feed (Cloudflare's "Just
/// a moment…", Imperva's, Sucuri's, DDoS-Guard's, AWS WAF's, a CAPTCHA): a challenge meant for a
/// browser, which no feed reader can pass. "HTTP 403" alone sends a user looking for a moved feed
/// or a typo; naming the protection tells them the site refuses automated readers.
enum BotCheck {
    /// The protection an error answer comes from, or nil when it is not a bot check.
    static func name(headers: [String: String], body: Data) -> String? {
        let server = headers["server"]?.lowercased() ?? ""
        // The page's start is enough: every marker below sits in its head or first lines.
        let page = String(decoding: body.prefix(16 * 1024), as: UTF8.self).lowercased()
        if headers["cf-mitigated"]?.lowercased() == "challenge" { return "Cloudflare" }
        if server.contains("cloudflare")
            && ["just a moment", "_cf_chl_opt", "challenge-platform", "attention required!", "cf-error-details"]
                .contains(where: page.contains)
        {
            return "Cloudflare"
        }
        if headers["x-amzn-waf-action"] != nil { return "AWS WAF" }
        if headers["x-sucuri-id"] != nil || page.contains("sucuri website firewall") { return "Sucuri" }
        if headers["x-iinfo"] != nil || page.contains("incapsula incident id") || page.contains("_incapsula_resource") {
            return "Imperva"
        }
        if server.contains("ddos-guard") || page.contains("ddos-guard") { return "DDoS-Guard" }
        if page.contains("g-recaptcha") || page.contains("h-captcha") || page.contains("hcaptcha.com") {
            return "a CAPTCHA"
        }
        return nil
    }

    /// What to add to "the server answered HTTP N" for a bot check by `name`.
    static func explanation(_ name: String) -> String {
        let who = name == "a CAPTCHA" ? "a CAPTCHA page" : "\(name)'s bot check"
        return "\(who), a challenge for browsers that a feed reader cannot pass: the site refuses automated "
            + "readers; ask it to let feed readers through, or follow another feed of it"
    }
}
