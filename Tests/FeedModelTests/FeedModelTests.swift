import FeedModel
import Foundation
import Testing

@Suite struct FeedModelTests {
    @Test func stableHashIsStableAcrossRuns() {
        // FNV-1a 64 of known input: a stored identity must never change between builds.
        var hash = StableHash()
        hash.combine(Array("hello".utf8))
        #expect(hash.hex == "a430d84680aabd0b")
        #expect(StableHash.hex("a", "bc") != StableHash.hex("ab", "c"))
    }

    /// A document's hash, stored to tell whether it changed, stays what it was for UTF-8 (an
    /// upgrade parses no feed again for it), and tells apart what UTF-8 decoding would not.
    @Test func aDocumentsBytesHashAsItsUTF8Text() {
        let text = "<title>Vučić в Брюсселе</title>"
        #expect(Data(text.utf8).withUnsafeBytes { StableHash.hex(ofBytes: $0) } == StableHash.hex(text))
        let cafe = Data([0x63, 0x61, 0x66, 0xE9]).withUnsafeBytes { StableHash.hex(ofBytes: $0) }
        let cafeGrave = Data([0x63, 0x61, 0x66, 0xE8]).withUnsafeBytes { StableHash.hex(ofBytes: $0) }
        #expect(cafe != cafeGrave)
    }

    @Test func storyDateIsTheEarliestAndSourcesAreDistinctFeeds() {
        let early = Date(timeIntervalSince1970: 1_000)
        let late = Date(timeIntervalSince1970: 2_000)
        func copy(_ feed: String, _ date: Date) -> SourcedArticle {
            SourcedArticle(
                storeID: 1, feedURL: feed, article: Article(published: date), firstSeen: date, lastUpdated: date)
        }
        let story = Story(id: "s", primary: copy("a", late), also: [copy("b", early), copy("a", late)])
        #expect(story.date == early)
        #expect(story.sourceCount == 2)
    }
}

@Suite struct URLCredentialsTests {
    @Test(arguments: [
        ("https://me:secret@host.example/feed", "https://me:***@host.example/feed"),
        ("https://0123abcd@host.example/feed", "https://***@host.example/feed"),
        (
            "https://gitlab.example/me.atom?feed_token=abc123&page=2#top",
            "https://gitlab.example/me.atom?feed_token=***&page=2#top"
        ),
        ("https://host.example/rss?TOKEN=x&sig=y", "https://host.example/rss?TOKEN=***&sig=***"),
        ("https://host.example/rss?q=nato&mail=a@b.example", "https://host.example/rss?q=nato&mail=a@b.example"),
        ("file:///home/me/feed.xml", "file:///home/me/feed.xml"),
    ])
    func printedURLsShowNoSecret(url: String, expected: String) {
        #expect(URLCredentials.masked(url) == expected)
    }

    @Test func aMessageNamingTheURLIsMaskedToo() {
        let url = "https://me:secret@host.example/feed?api_key=k"
        let message = "cannot fetch \(url): Could not resolve host"
        #expect(
            URLCredentials.masking(url, in: message)
                == "cannot fetch https://me:***@host.example/feed?api_key=***: Could not resolve host")
        #expect(URLCredentials.withoutUserInfo(url) == "https://host.example/feed?api_key=k")
        #expect(URLCredentials.inQuery(url) && !URLCredentials.inQuery("https://host.example/feed?keyword=x"))
    }

    /// A log line names URLs that nothing passes along with it: each is found and masked, and
    /// the sentence around it is kept as it was.
    @Test(arguments: [
        (
            "https://me:pw@a.example/old moved permanently to https://me:pw@a.example/new?token=t; updated",
            "https://me:***@a.example/old moved permanently to https://me:***@a.example/new?token=***; updated"
        ),
        ("http://b.example/rss?api_key=k: timed out", "http://b.example/rss?api_key=***: timed out"),
        ("feed failed: Old <http://me:pw@c.example/f>.", "feed failed: Old <http://me:***@c.example/f>."),
        ("“https://d.example/a?sig=z”, then", "“https://d.example/a?sig=***”, then"),
        ("Vučić: no URL here, only ://", "Vučić: no URL here, only ://"),
        ("file:///home/me/feed.xml and https://e.example/ok", "file:///home/me/feed.xml and https://e.example/ok"),
    ])
    func everyURLOfALineIsMasked(line: String, expected: String) {
        #expect(URLCredentials.maskingEvery(in: line) == expected)
    }
}
