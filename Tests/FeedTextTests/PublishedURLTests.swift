import Testing

@testable import FeedText

@Suite struct PublishedURLTests {
    /// Links the outputs give are URLs (IRIs): characters no URL may hold are encoded, escapes
    /// and letters beyond ASCII stay, and a link wrapped across lines is joined.
    @Test(arguments: [
        ("https://www.lockwiki.com/index.php/Locks port", "https://www.lockwiki.com/index.php/Locks%20port"),
        ("https://s.example/q?x={a}|b&y=\"c\"", "https://s.example/q?x=%7Ba%7D%7Cb&y=%22c%22"),
        ("https://s.example/a%20b", "https://s.example/a%20b"),
        ("https://sr.example/вести/1", "https://sr.example/вести/1"),
        ("https://s.example/long/\n  path", "https://s.example/long/%20%20path"),
        ("https://s.example/plain", "https://s.example/plain"),
    ])
    func charactersNoURLMayHoldAreEncoded(url: String, published: String) {
        #expect(PublishedURL.escaped(url) == published)
    }

    @Test func sanitizedHTMLLinksAreEncodedToo() {
        #expect(
            HTMLSanitizer.sanitize(#"<a href="/wiki/Locks port">locks</a>"#, base: "https://www.lockwiki.com/")
                == #"<a href="https://www.lockwiki.com/wiki/Locks%20port" rel="nofollow noopener noreferrer">locks</a>"#
        )
    }
}
