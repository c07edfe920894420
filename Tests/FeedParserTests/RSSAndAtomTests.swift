import FeedModel
import FeedParser
import Foundation
import Testing

@Suite struct RSSTests {
    @Test func readsEveryFieldOfAnRSS2Item() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture("rss2-full.xml")))
        let parsed = try FeedParser().parse(data, documentURL: "https://news.example/rss")
        #expect(parsed.format == .rss20)
        #expect(!parsed.bozo)
        #expect(parsed.encoding == "utf-8")
        #expect(parsed.feed.title == "Defence & Security")
        #expect(parsed.feed.subtitle == "Daily <b>headlines</b>")
        #expect(parsed.feed.subtitleType == .html)
        #expect(parsed.feed.link == "https://news.example/")
        #expect(
            parsed.feed.links.contains(Link(href: "https://news.example/rss", rel: "self", type: "application/rss+xml"))
        )
        #expect(parsed.feed.language == "en-gb")
        #expect(parsed.feed.image == "https://news.example/logo.png")
        #expect(parsed.feed.ttl == 30)
        #expect(parsed.feed.authors == [Author(name: "News Desk", email: "desk@news.example")])

        let item = try #require(parsed.articles.first)
        #expect(item.id == "news-4711")
        #expect(item.title == "NATO ministers meet in Brussels")
        #expect(item.titleType == .text)
        #expect(item.link == "https://news.example/2025/04/03/nato")
        #expect(item.published == date("2025-04-03T07:41:00Z"))
        #expect(item.updated == date("2025-04-03T10:00:00Z"))
        #expect(item.authors == [Author(name: "Jane Doe", email: "jane@news.example")])
        #expect(
            item.categories == [
                Category(term: "Politics", scheme: "https://news.example/sections"), Category(term: "NATO"),
            ])
        #expect(item.comments == "https://news.example/2025/04/03/nato#comments")
        #expect(item.summary == "Short <em>summary</em>.")
        #expect(item.summaryType == .html)
        #expect(item.content?.contains(#"href="https://news.example/related""#) == true)
        #expect(item.content?.contains(#"src="https://news.example/img/photo.jpg""#) == true)
        #expect(item.contentType == .html)
        #expect(
            item.enclosures == [
                Enclosure(url: "https://news.example/audio.mp3", type: "audio/mpeg", length: 12345),
                Enclosure(url: "https://news.example/video.mp4", type: "video/mp4", length: 999),
            ])
        #expect(
            item.links.contains(
                Link(href: "https://news.example/audio.mp3", rel: "enclosure", type: "audio/mpeg", length: 12345)))
        #expect(item.source == ArticleSource(title: "Wire Service", url: "https://wire.example/rss"))
        #expect(item.language == "en-gb")

        let second = parsed.articles[1]
        #expect(second.link == "https://news.example/2025/04/02/second")
        #expect(second.content == second.summary)
    }

    @Test(arguments: [
        ("<rss version=\"2.0\"><channel><item><title>a</title></item></channel></rss>", FeedFormat.rss20),
        ("<rss version=\"0.91\"><channel><item><title>a</title></item></channel></rss>", .rss091),
        ("<rss version=\"0.92\"><channel><item><title>a</title></item></channel></rss>", .rss092),
        ("<rss><channel><item><title>a</title></item></channel></rss>", .rss),
        (
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><channel/><item rdf:about=\"https://x.example/1\"><title>a</title></item></rdf:RDF>",
            .rss10
        ),
        (
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel/><item><title>a</title><link>https://x.example/1</link></item></rdf:RDF>",
            .rss090
        ),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>a</title></entry></feed>", .atom10),
        ("<feed xmlns=\"http://purl.org/atom/ns#\" version=\"0.3\"><entry><title>a</title></entry></feed>", .atom03),
    ])
    func detectsTheFormatFromTheDocument(xml: String, format: FeedFormat) throws {
        let parsed = try parse(xml)
        #expect(parsed.format == format)
        #expect(parsed.articles.count == 1)
        #expect(parsed.articles[0].title == "a")
    }

    @Test func rdfAboutIsTheID() throws {
        let parsed = try parse(
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item rdf:about=\"https://x.example/1\"><title>a</title><link>https://x.example/1</link></item></rdf:RDF>"
        )
        #expect(parsed.articles.first?.id == "https://x.example/1")
    }

    /// A permalink guid written relative to the feed is the item's link when it has no other;
    /// guids that are ids (numbers, `tag:` URIs, a name with a slash that does not say it is a
    /// permalink) stay ids and give none.
    @Test func aRelativePermalinkGuidIsTheLink() throws {
        let xml = """
            <rss version="2.0"><channel><title>G</title><link>https://g.example/blog/</link>
            <item><title>A</title><guid isPermaLink="true">/g/3</guid></item>
            <item><title>B</title><guid>/g/4</guid></item>
            <item><title>C</title><guid isPermaLink="true">posts/5.html</guid></item>
            <item><title>D</title><guid>posts/6</guid></item>
            <item><title>E</title><guid>12345</guid></item>
            <item><title>F</title><guid isPermaLink="true">tag:g.example,2024:7</guid></item>
            <item><title>G</title><guid isPermaLink="false">/g/8</guid></item>
            <item><title>H</title><guid>/g/9 draft</guid></item>
            </channel></rss>
            """
        let parsed = try parse(xml, url: "https://g.example/blog/feed.xml")
        #expect(
            parsed.articles.map(\.link) == [
                "https://g.example/g/3", "https://g.example/g/4", "https://g.example/blog/posts/5.html", nil, nil, nil,
                nil, nil,
            ])
        #expect(
            parsed.articles.map(\.id) == [
                "/g/3", "/g/4", "posts/5.html", "posts/6", "12345", "tag:g.example,2024:7", "/g/8", "/g/9 draft",
            ])
    }

    @Test func everyEntryGetsAStableIdentity() throws {
        let xml =
            "<rss version=\"2.0\"><channel><item><title>No id</title><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item><item><title>Linked</title><link>https://x.example/a</link></item></channel></rss>"
        let first = try parse(xml)
        let second = try parse(xml)
        #expect(first.articles[0].id?.hasPrefix("urn:feedmerge:entry:") == true)
        #expect(first.articles[0].id == second.articles[0].id)
        #expect(first.articles[1].id == "https://x.example/a")
    }
}

extension RSSTests {
    /// An item's own `title` is its title wherever it comes; `itunes:title`, `media:title` and
    /// `dc:title` stand in when it has none (a podcast episode with only `itunes:title` was
    /// untitled; a photo's `media:title` before the item's title was taken for it).
    @Test func theItemsOwnTitleWinsAndTheOthersStandIn() throws {
        let parsed = try parse(
            #"<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" "#
                + #"xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>P</title>"#
                + #"<item><itunes:title>Episode 12: The Siege</itunes:title><guid>1</guid></item>"#
                + #"<item><media:content url="https://p.example/a.jpg"><media:title>Photo: the harbour</media:title></media:content>"#
                + #"<title>Harbour reopens</title><guid>2</guid></item>"#
                + #"<item><title>Own title</title><itunes:title>Episode title</itunes:title><guid>3</guid></item>"#
                + #"<item><dc:title>Dublin Core title</dc:title><guid>4</guid></item>"#
                + "</channel></rss>")
        #expect(
            parsed.articles.map(\.title) == [
                "Episode 12: The Siege", "Harbour reopens", "Own title", "Dublin Core title",
            ])

        // The same for the feed's own title.
        let podcast = try parse(
            #"<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" "#
                + #"xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><itunes:title>Hardcore History</itunes:title>"#
                + "</channel></rss>")
        #expect(podcast.feed.title == "Hardcore History")
        let both = try parse(
            #"<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><dc:title>Stand-in</dc:title>"#
                + "<title>Own</title></channel></rss>")
        #expect(both.feed.title == "Own")
    }
}

extension RSSTests {
    /// A podcast episode's summary where the item has no description: Google Play's
    /// `googleplay:description` (as iTunes' `itunes:summary`), else the one-line
    /// `itunes:subtitle`; the item's own description beats both.
    @Test func aPodcastEpisodesDescriptionsStandInForItsSummary() throws {
        let parsed = try parse(
            #"<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" "#
                + #"xmlns:googleplay="http://www.google.com/schemas/play-podcasts/1.0"><channel><title>P</title>"#
                + #"<item><title>1</title><itunes:subtitle>Spices, briefly</itunes:subtitle>"#
                + #"<googleplay:description>This week we talk about salt and pepper shakers.</googleplay:description></item>"#
                + #"<item><title>2</title><itunes:subtitle>Only a subtitle</itunes:subtitle></item>"#
                + #"<item><title>3</title><itunes:subtitle>Subtitle</itunes:subtitle><description>Own description</description></item>"#
                + "</channel></rss>")
        #expect(
            parsed.articles.map(\.summary) == [
                "This week we talk about salt and pepper shakers.", "Only a subtitle", "Own description",
            ])
    }
}

extension RSSTests {
    /// An item's whole text as XHTML beside a short description (`<body
    /// xmlns="http://www.w3.org/1999/xhtml">`, as Chaosradio's podcast gives it) is its
    /// content; it was lost, and the one-line description republished as the text.
    @Test func anXHTMLBodyIsTheItemsContent() throws {
        let parsed = try parse(
            #"<rss version="2.0"><channel><title>C</title><item><title>Ep</title><description>Short.</description>"#
                + #"<body xmlns="http://www.w3.org/1999/xhtml"><div class="intro"><p>The <b>whole</b> text.</p></div>"#
                + #"<p>More.</p></body></item></channel></rss>"#)
        let item = try #require(parsed.articles.first)
        #expect(item.summary == "Short.")
        #expect(item.contentType == .xhtml)
        #expect(item.content == #"<div class="intro"><p>The <b>whole</b> text.</p></div><p>More.</p>"#)
    }
}

@Suite struct AtomTests {
    @Test func readsEveryFieldOfAnAtomEntry() throws {
        let parsed = try FeedParser().parse(fileAt: fixture("atom-full.xml"))
        #expect(parsed.format == .atom10)
        #expect(!parsed.bozo)
        #expect(parsed.feed.title == "Balkan <i>Monitor</i>")
        #expect(parsed.feed.titleType == .html)
        #expect(parsed.feed.link == "https://blog.example/")
        #expect(
            parsed.feed.links.contains(
                Link(href: "https://blog.example/feed.atom", rel: "self", type: "application/atom+xml")))
        #expect(parsed.feed.icon == "https://blog.example/favicon.ico")
        #expect(parsed.feed.image == "https://blog.example/logo.png")
        #expect(parsed.feed.generator == "Generator")
        #expect(parsed.feed.rights == "CC BY 4.0")
        #expect(
            parsed.feed.authors == [Author(name: "Desk", email: "desk@blog.example", uri: "https://blog.example/about")]
        )

        let entry = try #require(parsed.articles.first)
        #expect(entry.id == "tag:blog.example,2025:1")
        #expect(entry.title == "Vučić met Rutte")
        #expect(entry.link == "https://blog.example/posts/2025/vucic-rutte")
        #expect(
            entry.links.contains(
                Link(
                    href: "https://blog.example/posts/2025/vucic-rutte#comments", rel: "replies", title: "Comments",
                    hreflang: "en")))
        #expect(entry.enclosures == [Enclosure(url: "https://cdn.example/a.mp3", type: "audio/mpeg", length: 42)])
        #expect(entry.published == date("2025-04-03T08:15:00Z"))
        #expect(entry.updated == date("2025-04-03T11:20:00Z"))
        #expect(entry.language == "sr-Latn")
        #expect(entry.authors == [Author(name: "Ana")])
        #expect(entry.contributors == [Author(name: "Marko")])
        #expect(entry.categories == [Category(term: "nato", scheme: "https://blog.example/tags", label: "NATO")])
        #expect(entry.summary == #"<p>See <a href="https://blog.example/posts/more">more</a></p>"#)
        #expect(entry.contentType == .xhtml)
        #expect(
            entry.content == #"<p>Inner <a href="https://blog.example/posts/x.html">link</a> &amp; text<br />next</p>"#)
        #expect(entry.source?.id == "tag:origin.example,2025:feed")
        #expect(entry.source?.title == "Origin")
        #expect(entry.source?.link == "https://origin.example/")

        let second = parsed.articles[1]
        #expect(second.title == "Plain <tag> title")
        #expect(second.content == "Just text.")
        #expect(second.contentType == .text)
        #expect(second.language == "en")
    }

    /// A generator that wrote Atom's link as RSS's (`<link>https://…</link>`, no `href`): the
    /// text is the link, for the feed and for an entry, relative ones against the feed's address.
    @Test func anAtomLinkWrittenAsTextIsTheLink() throws {
        let parsed = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><link>https://a.example/</link>"#
                + #"<entry><id>1</id><title>Text</title><link> https://a.example/1 </link></entry>"#
                + #"<entry><id>2</id><title>Relative</title><link rel="alternate">/2</link></entry>"#
                + #"<entry><id>3</id><title>Other rel</title><link rel="enclosure">https://a.example/3.mp3</link></entry>"#
                + #"<entry><id>4</id><title>Both</title><link href="https://a.example/4">https://a.example/t</link></entry>"#
                + "</feed>")
        #expect(parsed.feed.link == "https://a.example/")
        #expect(
            parsed.articles.map(\.link) == [
                "https://a.example/1", "https://feeds.example/2", nil, "https://a.example/4",
            ])
        #expect(parsed.articles[3].links.count == 1)
    }

    /// Of an entry's `alternate` links in several formats (RFC 4287 allows one for each type),
    /// the page is the one a browser shows: an HTML type, or no type (HTML by default), before a
    /// PDF or an audio file listed first. Only alternates of other types give the first of them.
    @Test func theAlternateLinkInHTMLIsThePage() throws {
        let parsed = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>"#
                + #"<link rel="alternate" type="application/atom+xml" href="https://a.example/feed"/>"#
                + #"<link rel="alternate" type="text/html" href="https://a.example/"/>"#
                + #"<entry><id>1</id><title>PDF first</title>"#
                + #"<link rel="alternate" type="application/pdf" href="https://a.example/1.pdf"/>"#
                + #"<link rel="alternate" type="text/html" href="https://a.example/1"/></entry>"#
                + #"<entry><id>2</id><title>Untyped after</title>"#
                + #"<link rel="alternate" type="audio/mpeg" href="https://a.example/2.mp3"/>"#
                + #"<link href="https://a.example/2"/></entry>"#
                + #"<entry><id>3</id><title>XHTML</title>"#
                + #"<link rel="alternate" type="text/plain" href="https://a.example/3.txt"/>"#
                + #"<link rel="alternate" type="application/xhtml+xml; charset=utf-8" href="https://a.example/3"/></entry>"#
                + #"<entry><id>4</id><title>No page</title>"#
                + #"<link rel="alternate" type="application/pdf" href="https://a.example/4.pdf"/>"#
                + #"<link rel="alternate" type="text/plain" href="https://a.example/4.txt"/></entry>"#
                + "</feed>")
        #expect(parsed.feed.link == "https://a.example/")
        #expect(
            parsed.articles.map(\.link) == [
                "https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4.pdf",
            ])
        #expect(parsed.articles[0].links.count == 2)

        // Out-of-line content (`content src`) of another type is not the page either: YouTube's
        // old feeds gave each video's Flash player so, before the page.
        let video = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>V</title><entry><id>v</id><title>Video</title>"#
                + #"<content type="application/x-shockwave-flash" src="https://v.example/v/1?version=3"/>"#
                + #"<link rel="alternate" type="text/html" href="https://v.example/watch?v=1"/></entry>"#
                + #"<entry><id>w</id><title>Page</title><content type="text/html" src="https://v.example/2"/></entry>"#
                + "</feed>")
        #expect(video.articles.map(\.link) == ["https://v.example/watch?v=1", "https://v.example/2"])
    }

    /// RSS's `enclosure` written into an Atom entry (WordPress 2's Atom 0.3) is the entry's media.
    @Test func anRSSEnclosureInAnAtomEntryIsRead() throws {
        let parsed = try parse(
            #"<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>W</title><entry><id>1</id><title>Ep</title>"#
                + #"<enclosure url="https://w.example/ep.mp3" length="4101088" type="audio/mpeg"/></entry></feed>"#)
        #expect(
            parsed.articles.first?.enclosures == [
                Enclosure(url: "https://w.example/ep.mp3", type: "audio/mpeg", length: 4_101_088)
            ])
    }
}

@Suite struct JSONFeedTests {
    @Test func readsJSONFeed11() throws {
        let json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "JF", "home_page_url": "https://jf.example/",
             "feed_url": "https://jf.example/feed.json", "language": "en",
             "items": [{"id": 1, "url": "/p/1", "title": "One", "content_html": "<p><a href=\\"/x\\">x</a></p>",
                        "summary": "S", "date_published": "2025-04-03T10:00:00Z", "tags": ["a", "b"],
                        "authors": [{"name": "N"}],
                        "attachments": [{"url": "https://jf.example/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 7}]}]}
            """
        let parsed = try parse(json)
        #expect(parsed.format == .jsonFeed11)
        let item = try #require(parsed.articles.first)
        #expect(item.id == "1")
        #expect(item.link == "https://jf.example/p/1")
        #expect(item.content == #"<p><a href="https://jf.example/x">x</a></p>"#)
        #expect(item.categories.map(\.term) == ["a", "b"])
        #expect(item.enclosures == [Enclosure(url: "https://jf.example/a.mp3", type: "audio/mpeg", length: 7)])
        #expect(item.authors == [Author(name: "N")])
    }
}
