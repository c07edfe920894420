import Testing

@testable import FeedModel

@Suite struct OutletTests {
    @Test(arguments: [
        ("https://www.TheGuardian.com/world/rss", "theguardian.com"),
        ("https://me:secret@feeds.example.org:8443/private?token=1", "feeds.example.org"),
        ("http://127.0.0.1:8080/feed", "127.0.0.1"),
        ("http://[::1]:8080/feed", "[::1]"),
        ("https://example.com#top", "example.com"),
    ])
    func readsTheHost(url: String, host: String) {
        #expect(Outlet.host(url) == host)
    }

    @Test func aURLWithoutAHostHasNone() {
        #expect(Outlet.host("file:///srv/feeds/a.xml") == nil)
        #expect(Outlet.host("urn:uuid:1") == nil)
    }

    /// Two sections of one outlet are one outlet; two feeds without a site on a host that serves
    /// others' feeds are two.
    @Test func feedsOfOneSiteAreOneOutlet() {
        let world = Outlet.key(
            feedURL: "https://www.theguardian.com/world/rss", siteURL: "https://www.theguardian.com/world")
        let us = Outlet.key(
            feedURL: "https://www.theguardian.com/us-news/rss", siteURL: "https://theguardian.com/us-news")
        #expect(world == us)
        let first = Outlet.key(feedURL: "https://feeds.feedburner.com/first", siteURL: nil)
        let second = Outlet.key(feedURL: "https://feeds.feedburner.com/second", siteURL: nil)
        #expect(first != second)
        #expect(Outlet.key(feedURL: "file:///srv/a.xml", siteURL: "file:///srv") == "file:///srv/a.xml")
    }

    /// Sites that host many authors under their paths: the account is the outlet.
    @Test(arguments: [
        ("https://medium.com/@alice", "https://medium.com/@bob?source=rss"),
        ("https://www.reddit.com/r/europe/", "https://www.reddit.com/r/worldnews/"),
        ("https://www.youtube.com/channel/UCabc", "https://www.youtube.com/channel/UCxyz"),
        ("https://github.com/swiftlang", "https://github.com/apple/swift"),
        ("https://mastodon.social/@alice", "https://mastodon.social/@bob"),
    ])
    func accountsOfOneSiteAreOutletsOfTheirOwn(first: String, second: String) {
        #expect(Outlet.key(feedURL: "a", siteURL: first) != Outlet.key(feedURL: "b", siteURL: second))
        #expect(Outlet.key(feedURL: "a", siteURL: first) == Outlet.key(feedURL: "c", siteURL: first + "/"))
    }
}
