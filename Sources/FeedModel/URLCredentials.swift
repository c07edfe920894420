import Foundation

/// The secrets a private feed's URL can carry: a user name and password
/// (`https://user:secret@host/feed`) or a credential in its query (`?token=…`, `?feed_token=…`,
/// `?api_key=…`, as GitHub's and GitLab's private feeds give). Outputs publish none of them; what
/// feedmerge prints (failures cron mails, `status`) shows them masked.
public enum URLCredentials {
    /// Query parameters that name a secret, in lower case.
    private static let parameters: Set<Substring> = [
        "token", "feed_token", "private_token", "access_token", "auth", "auth_token", "key", "api_key", "apikey",
        "secret", "password", "passwd", "sig", "signature",
    ]

    /// Whether the query of `url` carries a credential.
    public static func inQuery(_ url: String) -> Bool {
        guard let question = url.firstIndex(of: "?") else { return false }
        let query = url[url.index(after: question)...].prefix { $0 != "#" }
        return query.split(separator: "&").contains(where: isCredential)
    }

    /// `url` without its user name and password.
    public static func withoutUserInfo(_ url: String) -> String {
        guard let (prefix, _, rest) = userInfo(url) else { return url }
        return prefix + rest
    }

    /// `url` with its password (or a user name that stands alone, often a token) and the values
    /// of its query's credentials masked: `https://me:***@host/feed?token=***`.
    public static func masked(_ url: String) -> String {
        var url = url
        if let (prefix, info, rest) = userInfo(url) {
            let user = info.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            url = prefix + (user.count == 2 ? user[0] + ":***" : "***") + "@" + rest
        }
        guard inQuery(url), let question = url.firstIndex(of: "?") else { return url }
        let query = url[url.index(after: question)...]
        let fragmentStart = query.firstIndex(of: "#") ?? query.endIndex
        let parameters = query[..<fragmentStart].split(separator: "&", omittingEmptySubsequences: false).map {
            isCredential($0) ? $0.prefix { $0 != "=" } + "=***" : String($0)
        }
        return url[...question] + parameters.joined(separator: "&") + query[fragmentStart...]
    }

    /// `text` (a message naming `url`, as libcurl's do) with `url` in it masked.
    public static func masking(_ url: String, in text: String) -> String {
        let masked = masked(url)
        return masked == url ? text : text.replacing(url, with: masked)
    }

    /// `text` with every URL in it masked (as `masked(_:)`): for lines that name URLs nothing
    /// passed along with them (what the fetch logs), so that no line feedmerge prints can carry
    /// a private feed's secrets. A URL runs to the next space, quote or angle bracket; the
    /// punctuation a sentence puts after one (`…/feed: timed out`) is not part of it.
    public static func maskingEvery(in text: String) -> String {
        guard text.contains("://") else { return text }
        var result = ""
        var rest = text[...]
        while let separator = rest.firstRange(of: "://") {
            var start = separator.lowerBound
            while start > rest.startIndex, rest[rest.index(before: start)].isASCII,
                rest[rest.index(before: start)].isLetter
            {
                start = rest.index(before: start)
            }
            var end =
                rest[separator.upperBound...].firstIndex(where: { $0.isWhitespace || "\"'<>“”«»".contains($0) })
                ?? rest.endIndex
            while end > separator.upperBound, ":;,.)".contains(rest[rest.index(before: end)]) {
                end = rest.index(before: end)
            }
            result += rest[..<start]
            result += masked(String(rest[start..<end]))
            rest = rest[end...]
        }
        return result + rest
    }

    private static func isCredential(_ parameter: Substring) -> Bool {
        parameters.contains(Substring(parameter.prefix { $0 != "=" }.lowercased()))
    }

    /// The text before the user information, the user information, and the text after its `@`.
    private static func userInfo(_ url: String) -> (String, Substring, Substring)? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return nil }
        return (String(url[..<schemeEnd.upperBound]), rest[..<at], rest[rest.index(after: at)...])
    }
}
