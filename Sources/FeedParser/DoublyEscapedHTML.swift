import FeedText

/// HTML escaped twice: Reddit's feeds give a post's own text as `&amp;lt;div class=…&amp;gt;`
/// inside the description, and some publishing systems escape a whole body again. Read once, that
/// shows readers the tags as text (`<!-- SC_OFF --><div class="md"><p>…`), and gives every post of
/// the feed the same opening phrases, so that dedup took unrelated posts for copies.
enum DoublyEscapedHTML {
    /// `html` with its escaped opening run of markup read once more, or nil when it does not open
    /// with one: the run must begin the text and hold at least two escaped tags, one of them a
    /// closing tag or a comment. An article about HTML quotes tags inside real markup (`<code>`),
    /// which never begins with an escaped tag.
    static func repaired(_ html: String) -> String? {
        let utf8 = html.utf8
        guard let start = utf8.firstIndex(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) }),
            opensEscapedTag(utf8[start...])
        else { return nil }
        let end = utf8[start...].firstIndex(of: UInt8(ascii: "<")) ?? utf8.endIndex
        let run = utf8[start..<end]
        var tags = 0
        var closing = false
        var index = run.startIndex
        while let found = run[index...].firstIndex(of: UInt8(ascii: "&")) {
            if opensEscapedTag(run[found...]) {
                tags += 1
                let after = run.index(found, offsetBy: 4)
                if let next = run[after...].first, next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
                    closing = true
                }
            }
            index = run.index(after: found)
        }
        guard tags >= 2, closing else { return nil }
        return String(html[..<start]) + HTMLEntities.decode(String(html[start..<end])) + String(html[end...])
    }

    /// Whether the bytes begin `&lt;` and then a letter, `/` or `!`: an escaped tag or comment.
    private static func opensEscapedTag(_ bytes: Substring.UTF8View) -> Bool {
        var iterator = bytes.makeIterator()
        for expected in "&lt;".utf8 {
            guard let byte = iterator.next(), byte | 0x20 == expected | 0x20 else { return false }
        }
        guard let next = iterator.next() else { return false }
        return next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A)
    }
}
