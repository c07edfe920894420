import Testing

@testable import FeedText

@Suite struct ASCIIURLTests {
    /// RFC 3492's examples and the Serbian registry's own name: encoding gives what decoding
    /// reads back.
    @Test(arguments: [
        ("рнидс", "d1aholi"), ("срб", "90a3ac"), ("bücher", "bcher-kva"), ("münchen", "mnchen-3ya"),
        ("ليهمابتكلموشعربي؟", "egbpdaj6bu4bxfgehfvwxn"), ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),
    ])
    func punycodeEncodesAsTheRFCDoes(label: String, encoded: String) {
        #expect(Punycode.encode(label) == encoded)
        #expect(Punycode.decode(Array(encoded.utf8)) == label)
    }

    /// A request names the host in ASCII and holds no space or letter beyond ASCII; what is ASCII
    /// already (an escape, a port, a user) stays as it is.
    @Test(arguments: [
        ("https://рнидс.срб/feed", "https://xn--d1aholi.xn--90a3ac/feed"),
        (
            "https://РНИДС.срб:8443/вести/?q=a b",
            "https://xn--d1aholi.xn--90a3ac:8443/%D0%B2%D0%B5%D1%81%D1%82%D0%B8/?q=a%20b"
        ),
        ("http://me:s3cret@bücher.example/rss?x={1}", "http://me:s3cret@xn--bcher-kva.example/rss?x=%7B1%7D"),
        ("https://s.example/a%20b", "https://s.example/a%20b"),
        ("http://[::1]:8080/feed", "http://[::1]:8080/feed"),
        ("file:///srv/my%20feeds/a.xml", "file:///srv/my%20feeds/a.xml"),
    ])
    func aRequestIsInASCII(url: String, ascii: String) {
        #expect(ASCIIURL.make(url) == ascii)
    }
}
