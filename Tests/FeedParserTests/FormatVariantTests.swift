import FeedModel
import FeedParser
import Foundation
import Testing

@Suite struct FormatVariantTests {
    @Test func netscapeRSS091WithItsDoctypeAndHTMLEntities() throws {
        let xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Caf&eacute; News</title><link>http://x.example/</link>
            <description>d</description><language>fr</language>
            <image><title>Logo</title><url>http://x.example/logo.gif</url><link>http://x.example/</link></image>
            <item><title>Cr&egrave;me br&ucirc;l&eacute;e&nbsp;&copy;</title><link>http://x.example/1</link><description>One</description></item>
            </channel></rss>
            """
        let parsed = try parse(xml)
        #expect(parsed.format == .rss091)
        #expect(parsed.feed.title == "Café News")
        #expect(parsed.feed.image == "http://x.example/logo.gif")
        #expect(parsed.articles.first?.title == "Crème brûlée\u{A0}©")
        #expect(parsed.articles.first?.language == "fr")
    }

    @Test(arguments: [("0.93", FeedFormat.rss093), ("0.94", .rss094), ("2.01", .rss20), ("2.1", .rss20), ("9.9", .rss)])
    func rssVersions(version: String, format: FeedFormat) throws {
        let parsed = try parse(
            "<rss version=\"\(version)\"><channel><title>t</title><item><title>a</title></item></channel></rss>")
        #expect(parsed.format == format)
    }

    @Test func atom03WithItsOwnNames() throws {
        let xml = """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en">
              <title mode="escaped" type="text/html">A &lt;b&gt;feed&lt;/b&gt;</title>
              <tagline>The tagline</tagline>
              <link rel="alternate" type="text/html" href="http://a.example/"/>
              <copyright>(c) A</copyright>
              <modified>2004-01-12T17:21:00Z</modified>
              <entry>
                <title>Entry</title>
                <link rel="alternate" type="text/html" href="http://a.example/1"/>
                <id>tag:a.example,2004:1</id>
                <issued>2004-01-12T10:00:00-05:00</issued>
                <modified>2004-01-12T18:00:00Z</modified>
                <created>2004-01-12T09:00:00Z</created>
                <summary type="text/plain">Short</summary>
                <content type="text/html" mode="base64">PHA+SGVsbG8gPGI+d29ybGQ8L2I+PC9wPg==</content>
                <author><name>Ann</name><url>http://a.example/ann</url></author>
              </entry>
            </feed>
            """
        let parsed = try parse(xml)
        #expect(parsed.format == .atom03)
        #expect(parsed.feed.title == "A <b>feed</b>")
        #expect(parsed.feed.titleType == .html)
        #expect(parsed.feed.subtitle == "The tagline")
        #expect(parsed.feed.rights == "(c) A")
        #expect(parsed.feed.updated == date("2004-01-12T17:21:00Z"))
        let entry = try #require(parsed.articles.first)
        #expect(entry.published == date("2004-01-12T15:00:00Z"))
        #expect(entry.updated == date("2004-01-12T18:00:00Z"))
        #expect(entry.summary == "Short")
        #expect(entry.content == "<p>Hello <b>world</b></p>")
        #expect(entry.contentType == .html)
        #expect(entry.authors == [Author(name: "Ann", uri: "http://a.example/ann")])
    }

    @Test func atomWithoutItsNamespace() throws {
        let parsed = try parse(
            "<feed><title>t</title><entry><id>1</id><title>a</title><link href=\"http://x.example/a\"/><author><name>N</name></author></entry></feed>"
        )
        #expect(parsed.format == .atom10)
        #expect(parsed.articles.first?.link == "http://x.example/a")
        #expect(parsed.articles.first?.authors == [Author(name: "N")])
    }

    @Test func jsonFeed10WithASingleAuthorAndNoVersion() throws {
        let parsed = try parse(
            #"{"version":"https://jsonfeed.org/version/1","title":"J","author":{"name":"Solo"},"items":[{"id":"a","content_text":"Hi","author":{"name":"Item author"}}]}"#
        )
        #expect(parsed.format == .jsonFeed10)
        #expect(parsed.feed.authors == [Author(name: "Solo")])
        #expect(parsed.articles.first?.authors == [Author(name: "Item author")])
        #expect(parsed.articles.first?.content == "Hi")
        #expect(parsed.articles.first?.contentType == .text)
        let unversioned = try parse(#"{"title":"J","items":[{"id":"a","title":"x"}]}"#)
        #expect(unversioned.format == .jsonFeed10)
        #expect(unversioned.bozo)
    }

    @Test func halfASurrogatePairIsReadAsAReplacementCharacter() throws {
        // Cut in UTF-16 code units (JavaScript's substring): the first half of an emoji alone,
        // a second half alone, a whole pair, and an escaped backslash before a `u`.
        let parsed = try parse(
            #"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"a","title":"Cut \ud83d","summary":"\ude00 and \ud83d\ude00 and \\ud800"}]}"#
        )
        #expect(parsed.articles.first?.title == "Cut \u{FFFD}")
        #expect(parsed.articles.first?.summary == "\u{FFFD} and 😀 and \\ud800")
        #expect(parsed.bozo)
        #expect(parsed.problems.contains { $0.message.contains("2 escaped halves") })
        // Invalid JSON for other reasons is still an error.
        #expect(throws: FeedParseError.self) { _ = try parse(#"{"title":"J","items":[{"id":"a" "x"}]}"#) }
    }

    @Test func rawControlCharactersInStringsAreReadAsText() throws {
        // A generator that wrote a tab and a line break into strings unescaped (JSON forbids
        // both); an escaped one and a backslash before a quote stay as they are.
        let parsed = try parse(
            "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[{\"id\":\"a\",\"title\":\"One\ttwo\","
                + "\"content_text\":\"Line one\nline two \\\"quoted\\\" \\n\"}]}")
        let article = try #require(parsed.articles.first)
        #expect(article.title == "One\ttwo")
        #expect(article.content == "Line one\nline two \"quoted\"")
        #expect(parsed.bozo)
        #expect(parsed.problems.contains { $0.message.contains("2 control characters written raw inside strings") })
    }

    /// A hand-written template's JSON Feed: values of the wrong type where the meaning is plain
    /// are read as meant (rose.json in the corpus gives `"tags": "workflow,omnifocus"`), the rest
    /// is left out, and the parse says which.
    @Test func jsonFeedFieldsOfTheWrongTypeAreReadWhereTheirMeaningIsPlain() throws {
        let parsed = try parse(
            #"{"version":"https://jsonfeed.org/version/1","title":"J","items":[1, "x", null, [],"#
                + #"{"id":"a","url":"https://j.example/a","title":2025,"tags":"workflow, pdf,","author":"Ann <ann@j.example>","#
                + #""date_published":1764496800},"#
                + #"{"id":"b","url":5,"title":"B","authors":{"name":"Bob"},"tags":["x",7,null,{"y":1}],"#
                + #""date_published":1764496800123,"date_modified":true,"#
                + #""attachments":{"url":"https://j.example/b.mp3","mime_type":"audio/mpeg","size_in_bytes":"1234"}}]}"#
        )
        #expect(parsed.articles.count == 2)
        let a = try #require(parsed.articles.first)
        #expect(a.title == "2025")
        #expect(a.categories.map(\.term) == ["workflow", "pdf"])
        #expect(a.authors == [Author(name: "Ann", email: "ann@j.example")])
        #expect(a.published == Date(timeIntervalSince1970: 1_764_496_800))
        let b = try #require(parsed.articles.last)
        #expect(b.link == nil)
        #expect(b.authors == [Author(name: "Bob")])
        #expect(b.categories.map(\.term) == ["x", "7"])
        #expect(b.published == Date(timeIntervalSince1970: 1_764_496_800))
        #expect(b.updated == nil && b.updatedRaw == nil)
        #expect(b.enclosures == [Enclosure(url: "https://j.example/b.mp3", type: "audio/mpeg", length: 1234)])
        #expect(parsed.bozo)
        let messages = parsed.problems.map(\.message)
        #expect(
            messages.contains(
                "4 of the items are not objects (a number, a string or a list where an item belongs), left out"))
        #expect(
            messages.contains {
                $0.hasPrefix(
                    "fields of the wrong type, read as meant: date_published given as a number (read as a Unix time) (2×)"
                )
                    && $0.contains("tags given as a string rather than a list (split at its commas) (1×)")
                    && $0.contains("title given as a number (1×)") && $0.contains("author given as a string (1×)")
                    && $0.contains("authors given as an object rather than a list (1×)")
                    && $0.contains("size_in_bytes given as a string (1×)")
            })
        #expect(
            messages.contains(
                "fields of the wrong type, left out: an object in tags (1×), date_modified given as true or false (1×), url given as a number (1×)"
            ))
        // A feed of the right types says nothing.
        let right = try parse(
            #"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":1,"title":"T","tags":["a"],"#
                + #""authors":[{"name":"N"}],"date_published":"2025-04-03T09:41:00Z","attachments":[{"url":"https://j.example/c.mp3","size_in_bytes":5}]}]}"#
        )
        #expect(!right.bozo)
        #expect(right.articles.first?.enclosures.first?.length == 5)
    }

    @Test func aDocumentCutOffGivesTheItemsBeforeTheCut() throws {
        let whole =
            #"{"version":"https://jsonfeed.org/version/1.1","title":"J","authors":[{"name":"A"}],"items":["#
            + #"{"id":"1","title":"First","content_html":"<p>one</p>","authors":[{"name":"B"}]},"#
            + #"{"id":"2","title":"Second","content_text":"two"},"#
            + #"{"id":"3","title":"Third","content_text":"three, cut here"}]}"#
        #expect(try parse(whole).articles.count == 3)
        // Cut inside the third item's text: the first two are read, and the parse says where.
        let cut = String(whole.prefix(upTo: whole.range(of: "cut here")!.lowerBound))
        let parsed = try parse(cut)
        #expect(parsed.articles.map(\.title) == ["First", "Second"])
        #expect(parsed.feed.title == "J")
        #expect(parsed.bozo)
        #expect(
            parsed.problems.contains {
                $0.message.contains("cut off after \(cut.utf8.count) bytes")
                    && $0.message.contains("last complete item")
            })
        #expect(parsed.truncation == "the JSON is cut off after \(cut.utf8.count) bytes")
        #expect(try parse(whole).truncation == nil)
        // Cut inside an item's nested author: that item is left out whole.
        let inAuthor = String(whole.prefix(upTo: whole.range(of: #""B"}]},"#)!.lowerBound))
        #expect(try parse(inAuthor).articles.isEmpty)
        // Cut just after an item: nothing is lost.
        let afterSecond = String(whole.prefix(upTo: whole.range(of: #",{"id":"3""#)!.lowerBound))
        #expect(try parse(afterSecond).articles.count == 2)
        // Cut before anything ended is still an error.
        #expect(throws: FeedParseError.self) { _ = try parse(#"{"version":"https://jsonfeed.org/version/1.1","ti"#) }
    }

    /// RSS written as JSON (scripting.com's `rss.json`): RSS's elements as properties, repeated
    /// ones as arrays, attributes as an object's properties. It is read as the RSS it stands for.
    @Test func rssWrittenAsJSONIsReadAsTheRSSItStandsFor() throws {
        let parsed = try parse(
            #"""
            {"rss": {"version": "2.0", "xmlns:source": "http://source.scripting.com/",
              "channel": {
                "item": [
                  {"title": "5 < 6 & \"seven\"", "link": "http://scripting.com/a",
                   "description": "<p>Body with <a href=\"/x\">a link</a></p>",
                   "pubDate": "Mon, 26 Jun 2017 19:40:58 GMT", "guid": "http://scripting.com/a",
                   "category": ["Tech", "Web"],
                   "enclosure": {"url": "http://scripting.com/p.m4a", "type": "audio/mpeg", "length": 277413},
                   "source:outline": {"text": "outline", "type": "outline"}},
                  {"description": "Untitled \u0001note", "guid": {"isPermaLink": false, "#value": "tag-2"},
                   "link": "http://scripting.com/b", "author": "dave@example.com (Dave Winer)",
                   "not a name": "x", "undeclared:element": "y", "comments": null}
                ],
                "title": "Scripting News", "link": "http://scripting.com/", "language": "en-us",
                "cloud": {"domain": "rpc.rsscloud.io", "port": 5337, "path": "/pleaseNotify"}
              }}}
            """#)
        #expect(parsed.format == .rss20)
        #expect(!parsed.bozo)
        #expect(parsed.feed.title == "Scripting News")
        #expect(parsed.feed.link == "http://scripting.com/")
        try #require(parsed.articles.count == 2)
        let first = parsed.articles[0]
        #expect(first.title == #"5 < 6 & "seven""#)
        #expect(first.id == "http://scripting.com/a")
        // Relative references resolve against the document, as in RSS.
        #expect(first.content == #"<p>Body with <a href="https://feeds.example/x">a link</a></p>"#)
        #expect(first.published == Date(timeIntervalSince1970: 1_498_506_058))
        #expect(first.categories.map(\.term) == ["Tech", "Web"])
        #expect(first.enclosures.map(\.url) == ["http://scripting.com/p.m4a"])
        #expect(first.enclosures.first?.length == 277_413)
        #expect(first.language == "en-us")
        let second = parsed.articles[1]
        #expect(second.id == "tag-2")
        #expect(second.link == "http://scripting.com/b")
        #expect(second.title == nil)
        #expect(second.content == "Untitled note")
        #expect(second.authors.first?.name == "Dave Winer")
        #expect(second.authors.first?.email == "dave@example.com")
        // A channel with nothing in it is an empty feed, not an error.
        #expect(try parse(#"{"rss": {"channel": {}}}"#).articles.isEmpty)
    }

    @Test func aJSONDocumentThatIsNotAJSONFeedIsAnError() {
        #expect {
            _ = try parse(#"{"rss": "2.0"}"#)
        } throws: { error in
            (error as? FeedParseError)?.code == .notAFeed && "\(error)".contains("not a JSON Feed")
        }
        #expect {
            _ = try parse(#"{"feed": {"entries": []}}"#)
        } throws: { error in
            (error as? FeedParseError)?.code == .notAFeed && "\(error)".contains("not a JSON Feed")
        }
    }
}

@Suite struct NamespaceTests {
    @Test func extensionNamespacesFillTheModel() throws {
        let xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"
                 xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/"
                 xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
                 xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>t</title><itunes:author>Show Host</itunes:author><itunes:image href="http://x.example/art.jpg"/>
            <itunes:category text="News"/>
            <item>
              <title>a</title><guid isPermaLink="false">g1</guid>
              <dc:subject>Politics</dc:subject><dc:contributor>Editor</dc:contributor>
              <dcterms:issued>2025-04-03T10:00:00Z</dcterms:issued><dcterms:modified>2025-04-04T10:00:00Z</dcterms:modified>
              <itunes:author>Voice</itunes:author><itunes:summary>Podcast summary</itunes:summary>
              <media:group><media:content url="http://x.example/v.mp4" type="video/mp4" fileSize="10"/></media:group>
              <slash:comments>12</slash:comments>
              <wfw:commentRss>http://x.example/a/comments/feed</wfw:commentRss>
              <atom:link rel="related" href="http://x.example/related"/>
            </item></channel></rss>
            """
        let parsed = try parse(xml)
        #expect(parsed.feed.authors == [Author(name: "Show Host")])
        #expect(parsed.feed.image == "http://x.example/art.jpg")
        #expect(parsed.feed.categories.map(\.term) == ["News"])
        let item = try #require(parsed.articles.first)
        #expect(item.categories.map(\.term) == ["Politics"])
        #expect(item.contributors == [Author(name: "Editor")])
        #expect(item.published == date("2025-04-03T10:00:00Z"))
        #expect(item.updated == date("2025-04-04T10:00:00Z"))
        #expect(item.authors == [Author(name: "Voice")])
        #expect(item.summary == "Podcast summary")
        #expect(item.enclosures == [Enclosure(url: "http://x.example/v.mp4", type: "video/mp4", length: 10)])
        #expect(item.links.contains(Link(href: "http://x.example/related", rel: "related")))
        #expect(
            item.links.contains(
                Link(href: "http://x.example/a/comments/feed", rel: "replies", type: "application/rss+xml")))
    }

    @Test func misspelledAndUndeclaredNamespaceURIsAreRecognized() throws {
        let xml = """
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1" xmlns:content="https://purl.org/rss/1.0/modules/content/"
                 xmlns:atom="http://www.w3.org/2005/Atom/"><channel><title>t</title>
            <atom:link rel="self" href="http://x.example/rss"/>
            <item><title>a</title><dc:creator>Ann</dc:creator><content:encoded><![CDATA[<p>full</p>]]></content:encoded>
            <media:content url="http://x.example/i.jpg" type="image/jpeg"/></item></channel></rss>
            """
        let parsed = try parse(xml)
        #expect(parsed.feed.links.contains(Link(href: "http://x.example/rss", rel: "self")))
        let item = try #require(parsed.articles.first)
        #expect(item.authors == [Author(name: "Ann")])
        #expect(item.content == "<p>full</p>")
        #expect(item.enclosures.map(\.url) == ["http://x.example/i.jpg"])
        #expect(parsed.bozo)  // the undeclared media: prefix is still an XML error
    }

    @Test func feedBurnerOriginalLinksAreTheLink() throws {
        let parsed = try parse(
            "<rss version=\"2.0\" xmlns:feedburner=\"http://rssnamespace.org/feedburner/ext/1.0\"><channel><item><title>a</title><link>http://feedproxy.example/~r/x/1</link><feedburner:origLink>https://site.example/post/1</feedburner:origLink></item></channel></rss>"
        )
        #expect(parsed.articles.first?.link == "https://site.example/post/1")
    }

    @Test func xmlBaseNestsAndResolvesLinksAndHTML() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/root/">
              <entry xml:base="posts/">
                <id>1</id><link href="one.html"/>
                <content type="html" xml:base="/assets/">&lt;img src="pic.png"&gt; &lt;a href="../x"&gt;x&lt;/a&gt;</content>
              </entry>
            </feed>
            """
        let parsed = try parse(xml, url: "http://feeds.example/feed")
        let entry = try #require(parsed.articles.first)
        #expect(entry.link == "http://example.org/root/posts/one.html")
        #expect(entry.content == #"<img src="http://example.org/assets/pic.png"> <a href="http://example.org/x">x</a>"#)
    }

    @Test func aFeedReadFromAFileCanResolveAgainstTheAddressItGivesForItself() throws {
        // xml:lang on the root opens a scope before the self link is met: it must not fix the base.
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <link rel="alternate" href="https://outlet.example/"/>
              <link rel="self" href="https://outlet.example/feeds/all.atom"/>
              <entry><id>1</id><link href="/2025/04/story"/><link rel="enclosure" href="audio/1.mp3"/>
                <content type="html">&lt;img src="/i/1.png"&gt;</content></entry>
              <entry xml:base="https://other.example/x/"><id>2</id><link href="two"/></entry>
            </feed>
            """
        let parser = FeedParser(resolvesAgainstPublishedAddress: true)
        func read(_ xml: String, _ url: String, _ parser: FeedParser) throws -> ParsedFeed {
            try parser.parse(Data(xml.utf8), documentURL: url)
        }
        let parsed = try read(atom, "file:///srv/feeds/outlet.atom", parser)
        #expect(parsed.articles.map(\.link) == ["https://outlet.example/2025/04/story", "https://other.example/x/two"])
        #expect(parsed.articles.first?.enclosures.map(\.url) == ["https://outlet.example/feeds/audio/1.mp3"])
        #expect(parsed.articles.first?.content == #"<img src="https://outlet.example/i/1.png">"#)

        // RSS with only the site's link: links resolve against the site.
        let rss = """
            <rss version="2.0"><channel><title>t</title><link>https://site.example/news/</link>
            <item><title>a</title><link>/p/1</link></item></channel></rss>
            """
        #expect(try read(rss, "file:///srv/feeds/site.xml", parser).articles.first?.link == "https://site.example/p/1")
        // A self link that is itself relative (to the file) says nothing.
        let relativeSelf = atom.replacingOccurrences(of: "https://outlet.example/feeds/all.atom", with: "all.atom")
        #expect(
            try read(relativeSelf, "file:///srv/feeds/outlet.atom", parser).articles.first?.link
                == "https://outlet.example/2025/04/story")
        // Fetched over HTTP, the address it was fetched from is the base, whatever the feed says.
        #expect(
            try read(atom, "https://mirror.example/outlet.atom", parser).articles.first?.link
                == "https://mirror.example/2025/04/story")
        // Unasked (as `parse --json` reads, per its specification), the file is the base.
        #expect(
            try read(atom, "file:///srv/feeds/outlet.atom", FeedParser()).articles.first?.link
                == "file:///2025/04/story")
    }

    @Test func titlesEscapedTwiceReadOnce() throws {
        let parsed = try parse(
            "<rss version=\"2.0\"><channel><item><title>AT&amp;amp;T &amp;#8220;quoted&amp;#8221;</title></item></channel></rss>"
        )
        #expect(parsed.articles.first?.title == "AT&T “quoted”")
    }

    /// `parse` shows a document's ids and links as it gives them (its specification keeps ids
    /// verbatim), session ids included: the store takes those out (`SessionFreeLinks`).
    @Test func sessionIDsAreLeftInWhatTheParserReads() throws {
        let rss = try parse(
            "<rss version=\"2.0\"><channel><item><title>A</title><link>https://gov.example/a.jsf;jsessionid=F00D</link>"
                + "<guid>https://gov.example/a.jsf;jsessionid=F00D</guid></item></channel></rss>")
        #expect(rss.articles.first?.id == "https://gov.example/a.jsf;jsessionid=F00D")
        #expect(rss.articles.first?.link == "https://gov.example/a.jsf;jsessionid=F00D")
    }
}
