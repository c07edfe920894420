import FeedModel
import FeedParser
import Foundation
import TestSupport
import Testing

@Suite struct BrokenDocumentTests {
    private static func rss(_ items: String) -> String {
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>\(items)</channel></rss>"
    }

    /// Whether one of the problems `parsed` reports says `text`.
    private static func says(_ parsed: ParsedFeed, _ text: String) -> Bool {
        parsed.problems.contains { $0.message.contains(text) }
    }

    @Test func bareAmpersandsAndHTMLEntitiesKeepTheirText() throws {
        let parsed = try parse(
            Self.rss("<item><title>AT&T &amp; Procter&Gamble&nbsp;caf&eacute; &#233;</title></item>"))
        #expect(parsed.articles.first?.title == "AT&T & Procter&Gamble\u{A0}café é")
        #expect(parsed.bozo)
    }

    /// HTML's names in attribute values (a category's term, an enclosure's URL) keep their
    /// characters: libxml2 inlines only the first byte of an entity it is told is predefined,
    /// and `Caf&eacute;` read as `Caf\u{FFFD}`.
    @Test func htmlEntitiesInAttributesKeepTheirCharacters() throws {
        let atom = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1</id><title>One</title>"#
                + #"<link href="https://a.example/caf&eacute;/x"/><category term="Caf&eacute; &mdash; culture"/>"#
                + #"<category term="&amp;eacute; &#38;nbsp; &lt;b&gt;"/></entry></feed>"#)
        #expect(atom.articles.first?.link == "https://a.example/café/x")
        #expect(atom.articles.first?.categories.map(\.term) == ["Café — culture", "&eacute; &nbsp; <b>"])
        let rss = try parse(
            Self.rss(
                #"<item><title>T</title><enclosure url="https://a.example/caf&eacute;.mp3" type="audio/mpeg"/></item>"#)
        )
        #expect(rss.articles.first?.enclosures.map(\.url) == ["https://a.example/café.mp3"])
        #expect(!atom.bozo && !rss.bozo)
    }

    /// Reddit's feeds give a post's own text escaped twice, before the real markup of the
    /// submitter's line; a post about HTML quotes tags inside real markup, and keeps them. The
    /// fetch reads such HTML once more; `parse --json` gives fields as the feed gave them. Both
    /// say what was wrong.
    @Test func htmlEscapedTwiceIsReadOnceMoreWhenAsked() throws {
        let reddit =
            "&amp;lt;!-- SC_OFF --&amp;gt;&amp;lt;div class=&amp;quot;md&amp;quot;&amp;gt;&amp;lt;p&amp;gt;A threesome"
            + "&amp;lt;/p&amp;gt; &amp;lt;/div&amp;gt;&amp;lt;!-- SC_ON --&amp;gt; submitted by "
            + "&lt;a href=&quot;/user/x&quot;&gt;x&lt;/a&gt;"
        let tutorial = "&lt;p&gt;Write &amp;lt;/div&amp;gt; to close &amp;lt;div&amp;gt;.&lt;/p&gt;"
        let quoted = "&amp;lt;b&amp;gt; makes text bold."
        let document = Self.rss(
            "<item><title>joke</title><description>\(reddit)</description></item>"
                + "<item><title>tutorial</title><description>\(tutorial)</description></item>"
                + "<item><title>quoted</title><description>\(quoted)</description></item>")
        let read = try FeedParser(readsMangledText: true).parse(
            Data(document.utf8), documentURL: "https://feeds.example/feed.xml")
        #expect(
            read.articles[0].summary
                == #"<!-- SC_OFF --><div class="md"><p>A threesome</p> </div><!-- SC_ON --> submitted by "#
                + #"<a href="https://feeds.example/user/x">x</a>"#)
        #expect(read.articles[1].summary == "<p>Write &lt;/div&gt; to close &lt;div&gt;.</p>")
        #expect(read.articles[2].summary == "&lt;b&gt; makes text bold.")
        #expect(read.problems.map(\.message) == ["1 field's HTML is escaped twice (&amp;lt;p&amp;gt;); read once more"])

        let asGiven = try parse(document)
        #expect(asGiven.articles[0].summary?.hasPrefix("&lt;!-- SC_OFF --&gt;&lt;div class=&quot;md&quot;&gt;") == true)
        #expect(asGiven.articles[1].summary == read.articles[1].summary)
        #expect(asGiven.problems.map(\.message) == ["1 field's HTML is escaped twice (&amp;lt;p&amp;gt;)"])
    }

    /// A WordPress or PHP site that fails on the way prints its warning before the feed
    /// (`<br />\n<b>Warning</b>: Cannot modify header information …`), with or without an XML
    /// declaration after it: the feed is read, in the encoding it declares, and the message says
    /// what was skipped, which is what its owner needs to fix it. A feed that quotes `<?xml` in
    /// its own text is read as it is.
    @Test func aServerErrorBeforeTheFeedIsSkippedAndNamed() throws {
        let warning =
            "<br />\n<b>Warning</b>:  Cannot modify header information - headers already sent by (output started "
            + "at /var/www/wp-config.php:1) in <b>/var/www/wp-includes/feed-rss2.php</b> on line <b>8</b><br />\n"
        let declared = try parse(warning + Self.rss("<item><title>one</title></item>"))
        #expect(declared.articles.map(\.title) == ["one"])
        #expect(
            declared.problems.first?.message
                == "text before the feed was skipped: \"<br /> <b>Warning</b>: Cannot modify header information - "
                + "headers already sent by (output started at…\"")

        let notice = "<br />\n<b>Notice</b>:  Undefined index: id in <b>/srv/rss.php</b> on line <b>3</b><br />\n"
        let undeclared = try parse(
            notice + "<rss version=\"2.0\"><channel><title>T</title><item><title>two</title>"
                + "<description><![CDATA[Write <?xml version=\"1.0\"?> first.]]></description></item></channel></rss>")
        #expect(undeclared.articles.map(\.title) == ["two"])
        #expect(undeclared.articles.first?.summary == "Write <?xml version=\"1.0\"?> first.")

        // Latin-2, which the bytes alone would not tell from Windows-1252 (`Vuèiæ`).
        let latin2 =
            Data(notice.utf8)
            + "<?xml version=\"1.0\" encoding=\"iso-8859-2\"?><rss version=\"2.0\"><channel><title>Vesti</title>"
            .data(using: .isoLatin2)! + "<item><title>Vučić u Briselu</title></item></channel></rss>".data(
                using: .isoLatin2)!
        let decoded = try FeedParser().parse(latin2)
        #expect(decoded.articles.map(\.title) == ["Vučić u Briselu"])
        #expect(decoded.encoding == "iso-8859-2")

        let quoting = try parse(
            Self.rss("<item><title>three</title><description><![CDATA[<br> <?xml?> <rss>]]></description></item>"))
        #expect(quoting.articles.map(\.title) == ["three"])
        #expect(quoting.articles.first?.summary == "<br> <?xml?> <rss>")
        #expect(!quoting.bozo)
    }

    /// A body still compressed (a server that gzips without saying so in Content-Encoding, or
    /// gzips twice, or a `.xml.gz` file) is read decompressed, and the parse says so; bytes
    /// that are not text are named as such, not quoted.
    @Test func aCompressedDocumentIsReadAndBinaryBytesAreNamed() throws {
        // gzip of `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>`.
        let gzip: [UInt8] = [
            0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xb3, 0xb1, 0xaf, 0xc8, 0xcd, 0x51, 0x28, 0x4b,
            0x2d, 0x2a, 0xce, 0xcc, 0xcf, 0xb3, 0x55, 0x32, 0xd4, 0x33, 0x50, 0xb2, 0xb7, 0xb3, 0x29, 0x2a, 0x2e, 0x46,
            0x88, 0x19, 0x01, 0xc5, 0xec, 0x6c, 0x92, 0x33, 0x12, 0xf3, 0xf2, 0x52, 0x73, 0xec, 0x6c, 0x4a, 0x32, 0x4b,
            0x72, 0x52, 0xed, 0x42, 0x6c, 0xf4, 0x21, 0x0c, 0x1b, 0x7d, 0xb8, 0x8c, 0x3e, 0x50, 0x9b, 0x1d, 0x00, 0x93,
            0x46, 0x79, 0xdd, 0x51, 0x00, 0x00, 0x00,
        ]
        let compressed = try parse(bytes: gzip)
        #expect(compressed.format == .rss20)
        #expect(compressed.feed.title == "T")
        #expect(
            compressed.problems.map(\.message) == [
                "the document is gzip-compressed: the server compressed it without saying so (Content-Encoding); read decompressed"
            ])
        let binary = try parse(
            bytes: [0x00, 0x01, 0x02, 0x62, 0x03] + Array(Self.rss("<item><title>one</title></item>").utf8))
        #expect(binary.articles.map(\.title) == ["one"])
        #expect(binary.problems.first?.message == "5 bytes that are not text were skipped before the feed")
    }

    /// Compressed twice, in members one after another (as `cat a.gz b.gz` makes), cut short,
    /// damaged, or followed by bytes that are no gzip: read as far as the stream goes, and said.
    @Test func everyShapeOfACompressedDocumentIsRead() throws {
        let items = (1...40).map { "<item><title>Story \($0)</title><link>https://c.example/\($0)</link></item>" }
        let document = Data(Self.rss(items.joined()).utf8)
        let once = try TestSupport.gzip(document)
        let titles = (1...40).map { "Story \($0)" }

        let twice = try parse(bytes: Array(try TestSupport.gzip(once)))
        #expect(twice.articles.map(\.title) == titles)
        #expect(twice.problems.first?.message.contains("gzip-compressed twice") == true)

        // Two members: the document's first half, then its second.
        let half = document.count / 2
        let members = try TestSupport.gzip(document.prefix(half)) + TestSupport.gzip(document.dropFirst(half))
        let joined = try parse(bytes: Array(members))
        #expect(joined.articles.map(\.title) == titles)
        #expect(joined.problems.count == 1)
        #expect(twice.truncation == nil && joined.truncation == nil)

        let trailing = try parse(bytes: Array(once) + Array("garbage".utf8))
        #expect(trailing.articles.map(\.title) == titles)
        #expect(trailing.problems.map(\.message).contains("7 bytes after the gzip stream were ignored"))
        #expect(trailing.truncation == nil)

        // Cut short: the items whole before the cut are read, the one it cut is left out.
        let cut = try parse(bytes: Array(once.prefix(once.count * 2 / 3)))
        #expect(!cut.articles.isEmpty && cut.articles.count < 40)
        #expect(cut.articles.map(\.title) == Array(titles.prefix(cut.articles.count)))
        #expect(cut.problems.contains { $0.message.hasPrefix("the gzip stream is cut short after") })
        #expect(cut.truncation?.hasPrefix("the gzip stream is cut short after") == true)

        // Damaged in the middle: read up to the damage, and what zlib found said.
        var damaged = Array(once)
        for index in (damaged.count / 2)..<(damaged.count / 2 + 16) { damaged[index] ^= 0xA5 }
        let broken = try parse(bytes: damaged)
        #expect(broken.articles.count < 40)
        #expect(broken.problems.contains { $0.message.hasPrefix("the gzip stream is ") })
        #expect(broken.truncation?.hasPrefix("the gzip stream is damaged") == true, "\(broken.truncation ?? "nil")")
    }

    /// A gzip bomb is stopped at the document limit counted after decompression: 64 MB of
    /// white space inside a feed, compressed to about 64 KB.
    @Test func aCompressedDocumentIsBoundedByTheLimitDecompressed() throws {
        func padded(_ spaces: Int) -> Data {
            Data("<rss version=\"2.0\"><channel><title>T</title>".utf8) + Data(repeating: 0x20, count: spaces)
                + Data("<item><title>one</title></item></channel></rss>".utf8)
        }
        let bomb = try TestSupport.gzip(padded(64 << 20))
        #expect(bomb.count < 1 << 20)
        #expect {
            try FeedParser(limits: ParserLimits(maxDocumentBytes: 8 << 20)).parse(bomb)
        } throws: { error in
            (error as? FeedParseError)?.code == .tooLarge
                && "\(error)".contains("gzip-compressed, and decompressed it is larger than the limit of 8388608 bytes")
        }
        let small = try FeedParser(limits: ParserLimits(maxDocumentBytes: 8 << 20)).parse(
            try TestSupport.gzip(padded(1 << 20)))
        #expect(small.articles.map(\.title) == ["one"])
    }

    /// An address that answers with an image, a PDF or an archive (the site moved its feed and
    /// serves its logo there, or the OPML names the wrong link) is told as that, not as XML
    /// errors about the bytes.
    @Test func aFileOfAnotherKindIsNamed() throws {
        let files: [(bytes: [UInt8], kind: String, type: String?)] = [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image", "image/png"),
            (Array("%PDF-1.4\n%\u{E2}\u{E3}\n1 0 obj\n".utf8), "a PDF document", "application/pdf"),
            ([0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8), "a JPEG image", nil),
            ([0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0], "a ZIP archive (or an Office document)", "application/zip"),
        ]
        for file in files {
            #expect {
                try parse(bytes: file.bytes + Array(repeating: 0, count: 64), contentType: file.type)
            } throws: { error in
                "\(error)".contains("not a feed but \(file.kind)\(file.type.map { " (Content-Type: \($0))" } ?? ""):")
            }
        }
        // An XML document that is no feed says what it says: S3's refusal, an API's limit.
        #expect {
            try parse(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <Error><Code>AccessDenied</Code>
                  <Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>
                """)
        } throws: { error in
            "\(error)".contains(
                #"not an RSS, Atom or JSON feed (root element: <Error>, which says "AccessDenied Access Denied 4442587FB7D0A2F9")"#
            )
        }
        // A feed behind a wrong label is still read.
        #expect(try parse(Self.rss("<item><title>one</title></item>"), contentType: "image/png").articles.count == 1)
    }

    /// A document with no element at all says what it is: an XML declaration and nothing more
    /// (with or without a comment or a DOCTYPE), or the text it holds, a PHP warning after the
    /// declaration or a server's plain-text error, quoted (libxml2 said "Extra content at the
    /// end of the document" or "Document is empty").
    @Test func aDocumentWithNoElementSaysWhatItHolds() throws {
        let declarations = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<?xml version=\"1.0\"?>\n<!-- generated in 0.02 s -->\n<!DOCTYPE rss>\n",
        ]
        for document in declarations {
            #expect {
                try parse(document)
            } throws: { error in
                (error as? FeedParseError)?.code == .empty
                    && "\(error)".contains("the document is an XML declaration and nothing more: no feed element")
            }
        }
        let texts = [
            (
                "<?xml version=\"1.0\"?>\nWarning:  mysql_connect() failed\nin feed.php on line 3\n",
                #"no element, only the text "Warning: mysql_connect() failed in feed.php on line 3""#
            ),
            ("Service Unavailable\n", #"no element, only the text "Service Unavailable""#),
        ]
        for (document, message) in texts {
            #expect {
                try parse(document)
            } throws: { error in
                (error as? FeedParseError)?.code == .notAFeed
                    && "\(error)".contains("not an RSS, Atom or JSON feed: \(message)")
            }
        }
    }

    /// Titles are given as plain text (RSS has no type; JSON Feed says text) but written as HTML:
    /// Mint's rupee sign in a span, Craigslist's `ft<sup>2</sup>`, a JSON Feed's `&#039;`. Markup
    /// makes the title HTML (the outputs then give its text); entities are read. A title that
    /// only names tags stays text.
    @Test func titlesWrittenAsHTMLAreReadAsHTML() throws {
        let rss = try parse(
            Self.rss(
                "<item><title>Kochi to raise &lt;span class='webrupee'&gt;₹&lt;/span&gt;4,000 crore</title></item>"
                    + "<item><title>Victorian 1930ft&lt;sup&gt;2&lt;/sup&gt;</title></item>"
                    + "<item><title><![CDATA[Die Rückkehr von <i> und <b>]]></title></item>"
                    + "<item><title>Tom &amp; Jerry &lt; 3</title></item>"))
        #expect(rss.articles.map(\.titleType) == [.html, .html, .text, .text])
        #expect(rss.articles[0].title == "Kochi to raise <span class='webrupee'>₹</span>4,000 crore")
        #expect(rss.articles[2].title == "Die Rückkehr von <i> und <b>")
        #expect(rss.articles[3].title == "Tom & Jerry < 3")

        let json = try parse(
            #"{"version":"https://jsonfeed.org/version/1.1","title":"Blog &#8211; InfluxData","items":[{"id":"a","#
                + #""title":"Satechi&#039;s charger &amp; FCC&#8217;s &#8216;jokes&#8217;"},"#
                + #"{"id":"b","title":"The <em>best</em> of 2023"}]}"#)
        #expect(json.feed.title == "Blog – InfluxData")
        #expect(json.articles[0].title == "Satechi's charger & FCC’s ‘jokes’")
        #expect(json.articles[0].titleType == .text)
        #expect(json.articles[1].titleType == .html)
    }

    /// Summaries and texts given as plain text (an Atom summary without a type, Atom 0.3's
    /// `text/plain`, iTunes' summary, JSON Feed's `summary` and `content_text`) but written as
    /// HTML: thoughtbot's `&amp;ldquo;`, bildblog's `&#252;`, a podcast's `<p><a …>…</a></p>`.
    /// Paragraphs, lists and inline elements opened and closed make them HTML (with their links
    /// made absolute); entities are read; a text that only names tags stays text.
    @Test func summariesWrittenAsHTMLAreReadAsHTML() throws {
        let atom = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>"#
                + #"<entry><id>1</id><title>One</title><summary>Applying &amp;ldquo;Tell, Don&amp;rsquo;t Ask&amp;rdquo;.</summary></entry>"#
                + #"<entry><id>2</id><title>Two</title><summary>&lt;p&gt;Read &lt;a href="/more"&gt;more&lt;/a&gt;&lt;/p&gt;</summary></entry>"#
                + #"<entry><id>3</id><title>Three</title><summary>Web developers left &lt;i&gt;, &lt;b&gt; and &lt;u&gt; behind.</summary></entry>"#
                + #"<entry><id>4</id><title>Four</title><content type="text">&lt;h1&gt;История&lt;/h1&gt;&lt;p&gt;Осенью&lt;/p&gt;</content></entry>"#
                + "</feed>")
        #expect(atom.articles.map(\.summaryType) == [.text, .html, .text, nil])
        #expect(atom.articles[0].summary == "Applying “Tell, Don’t Ask”.")
        #expect(atom.articles[1].summary == #"<p>Read <a href="https://feeds.example/more">more</a></p>"#)
        #expect(atom.articles[2].summary == "Web developers left <i>, <b> and <u> behind.")
        #expect(atom.articles[3].contentType == .html)

        let atom03 = try parse(
            #"<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>B</title><entry><title>One</title>"#
                + #"<summary type="text/plain" mode="escaped"><![CDATA[Bild.de berichtet &#252;ber den Baubeginn]]></summary>"#
                + "</entry></feed>")
        #expect(atom03.articles.first?.summary == "Bild.de berichtet über den Baubeginn")

        let json = try parse(
            #"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"a","url":"https://j.example/a","#
                + #""summary":"<p>Support <a href=\"/plus\">the show</a></p>","content_text":"Caf&eacute; &amp; bar"}]}"#
        )
        #expect(json.articles.first?.summaryType == .html)
        #expect(json.articles.first?.summary == #"<p>Support <a href="https://j.example/plus">the show</a></p>"#)
        #expect(json.articles.first?.content == "Café & bar")
        #expect(json.articles.first?.contentType == .text)
    }

    /// Names are a line of plain text: Macworld's names broken over lines and indented, a podcast's
    /// `&amp;amp;` escaped twice, an address after a name hidden as `&amp;#100;…`, and Google
    /// Cloud's RSS authors written as Atom persons (a name, then the job title run on without a space).
    @Test func namesAreReadAsOneLineOfText() throws {
        let rss = try parse(
            #"<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" "#
                + #"xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>T</title>"#
                + "<item><title>a</title><author>Macworld Staff,\n\t\t\t\n\t\t\tGlenn Fleishman</author></item>"
                + "<item><title>b</title><itunes:author>R.Scheer, M.Miller &amp;amp; T.Blankley</itunes:author></item>"
                + "<item><title>c</title><dc:creator>DonDahlmann (mailto:&amp;#100;&amp;#111;&amp;#110;&amp;#64;"
                + "&amp;#103;&amp;#109;&amp;#97;&amp;#105;&amp;#108;&amp;#46;&amp;#99;&amp;#111;&amp;#109;)</dc:creator></item>"
                + "<item><title>d</title><author>jane@example.com (Jane  Doe)</author></item>"
                + "<item><title>e</title><dc:creator>Donna Lu (now) and Christopher Knaus (earlier)</dc:creator></item>"
                + #"<item><title>f</title><author xmlns:author="http://www.w3.org/2005/Atom"><name>Diane Chaleff</name>"#
                + "<title>Product Manager</title><department></department></author><category>Cloud</category></item>"
                + "</channel></rss>")
        #expect(
            rss.articles.map { $0.authors.first?.name } == [
                "Macworld Staff, Glenn Fleishman", "R.Scheer, M.Miller & T.Blankley", "DonDahlmann", "Jane Doe",
                "Donna Lu (now) and Christopher Knaus (earlier)", "Diane Chaleff",
            ])
        // The author's own title is not the item's, and what follows the author is read.
        #expect(rss.articles[5].title == "f")
        #expect(rss.articles[5].categories.map(\.term) == ["Cloud"])
        #expect(rss.articles[2].authors.first?.email == "don@gmail.com")
        #expect(rss.articles[3].authors.first?.email == "jane@example.com")
        let atom = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>t</title>"#
                + "<author><name>\n  Лев  Николаевич\n  Толстой </name></author></entry></feed>")
        #expect(atom.articles.first?.authors.first?.name == "Лев Николаевич Толстой")
    }

    /// A windows-1252 writer's `&#146;` in XML (which, unlike HTML, reads it as the control
    /// character U+0092), and UTF-8 read as ISO-8859-1 on its way (`userâ\u{80}\u{99}s`), hold C1
    /// control characters: the fetch reads them as windows-1252 signs, as browsers do, and the
    /// second then as the mojibake it is. `parse --json` gives them as the feed did; both say so.
    @Test func windows1252SignsWrittenAsControlCharactersAreReadAsMeant() throws {
        let rss = Self.rss(
            "<item><title>Don&#146;t stop &#150; ever&#129;</title>"
                + "<description>A user\u{E2}\u{80}\u{99}s podcast</description></item>")
        let read = try FeedParser(readsMangledText: true).parse(Data(rss.utf8))
        // windows-1252 leaves 0x81 empty: it stays.
        #expect(read.articles.first?.title == "Don’t stop – ever\u{81}")
        #expect(read.articles.first?.summary == "A user’s podcast")
        #expect(
            read.problems.map(\.message).contains(
                "2 fields hold control characters a windows-1252 writer meant as signs (&#146; for ’); read as meant"))
        let asGiven = try parse(rss)
        #expect(asGiven.articles.first?.title == "Don\u{92}t stop \u{96} ever\u{81}")
        // In a JSON Feed, where control characters are left out, such a sign is kept as meant.
        let json = try parse(
            #"{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "title": "Don\u0092t\u0081"}]}"#
        )
        #expect(json.articles.first?.title == "Don’t")
    }

    /// A publishing system that read its UTF-8 as windows-1252 and wrote it out again gives
    /// `FÃ³rmula` and `userâ€™s`: the fetch reads them as meant; `parse --json` gives them as the
    /// feed did. Both say so.
    @Test func utf8ReadAsWindows1252IsReadAsMeantWhenAsked() throws {
        let rss = Self.rss(
            "<item><title>RSS.com and Grupo FÃ³rmula</title><author>JosÃ© Ruiz</author>"
                + "<description>&lt;p&gt;A userâ€™s podcast costs Â£5.&lt;/p&gt;</description></item>"
                + "<item><title>SÃO PAULO: Grüße</title></item>")
        let read = try FeedParser(readsMangledText: true).parse(Data(rss.utf8))
        #expect(read.articles.map(\.title) == ["RSS.com and Grupo Fórmula", "SÃO PAULO: Grüße"])
        #expect(read.articles[0].summary == "<p>A user’s podcast costs £5.</p>")
        #expect(read.articles[0].authors.first?.name == "José Ruiz")
        #expect(read.problems.map(\.message) == ["3 fields hold UTF-8 read as windows-1252 (Ã© for é); read as meant"])
        let asGiven = try parse(rss)
        #expect(asGiven.articles[0].title == "RSS.com and Grupo FÃ³rmula")
        #expect(asGiven.problems.map(\.message) == ["3 fields hold UTF-8 read as windows-1252 (Ã© for é)"])

        let json =
            #"{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"a","#
            + #""title":"AquÃ­ Hay 7 Cosas","content_text":"Itâ€™s about","authors":[{"name":"JosÃ©"}]}]}"#
        let jsonRead = try FeedParser(readsMangledText: true).parse(Data(json.utf8))
        #expect(jsonRead.articles.first?.title == "Aquí Hay 7 Cosas")
        #expect(jsonRead.articles.first?.content == "It’s about")
        #expect(jsonRead.articles.first?.authors.first?.name == "José")
        #expect(
            jsonRead.problems.map(\.message) == ["3 fields hold UTF-8 read as windows-1252 (Ã© for é); read as meant"])
    }

    @Test func aStrayLessThanDoesNotEndTheDocument() throws {
        let parsed = try parse(Self.rss("<item><title>a < b</title></item><item><title>second</title></item>"))
        #expect(parsed.articles.map(\.title) == ["a < b", "second"])
        #expect(parsed.bozo)
    }

    @Test func badNestingRecoversEveryItem() throws {
        let parsed = try parse(
            Self.rss("<item><title>one</title><description>x<br>y</description></item><item><title>two</title></item>"))
        #expect(parsed.articles.compactMap(\.title).sorted() == ["one", "two"])
        #expect(parsed.bozo)
        #expect(parsed.problems.contains { $0.line != nil })
    }

    /// An HTML `<br>`, `<hr>` or `<img>` written as HTML writes it, unescaped in a title or a
    /// description, is closed where it opens: the fields after it (the link) stay the item's
    /// own, and the items after it stay items. A `</br>` is dropped, an `<img/>` kept as it is.
    @Test func anHTMLLineBreakOrImageLeftOpenEndsNothing() throws {
        let parsed = try parse(
            Self.rss(
                "<item><title>one</title><description>x<br>y<IMG src=\"/a.png?w=1&h=2\" alt='>'></description>"
                    + "<link>https://a.example/1</link></item>"
                    + "<item><title>A <br > B</title><link>https://a.example/2</link></item>"
                    + "<item><title>three<hr></hr></title><description>z<img src=\"b.png\"/></description>"
                    + "<link>https://a.example/3</link></item>"))
        #expect(parsed.articles.map(\.link) == ["https://a.example/1", "https://a.example/2", "https://a.example/3"])
        #expect(parsed.articles.map(\.title) == ["one", "A  B", "three"])
        #expect(parsed.articles.first?.summary?.contains("https://a.example/1") == false)
        #expect(parsed.articles.first?.summary?.contains("/a.png?w=1&amp;h=2") == true, "\(parsed.articles)")
        #expect(Self.says(parsed, "5 HTML <br>, <hr> or <img> tags written as HTML writes them"), "\(parsed.problems)")
    }

    /// An element HTML lets a writer leave open (`<p>` before the next `<p>`) or that one
    /// forgot to close (`<b>`) is closed by the end tag of the element around it, and an end
    /// tag that closes nothing is dropped: each item keeps its own link, and the next item is
    /// an item.
    @Test func anElementLeftOpenIsClosedByTheOneAroundIt() throws {
        let parsed = try parse(
            Self.rss(
                "<item><title>Broken <b>bold title</title><link>https://a.example/1</link></item>"
                    + "<item><title>two</title><description><p>one<p>two</description>"
                    + "<link>https://a.example/2</link></item>"
                    + "<item><title>three</b></title><link>https://a.example/3</link></item>"))
        #expect(parsed.articles.map(\.link) == ["https://a.example/1", "https://a.example/2", "https://a.example/3"])
        #expect(parsed.articles.map(\.title) == ["Broken bold title", "two", "three"])
        #expect(parsed.articles.dropFirst().first?.summary == "<p>one<p>two</p></p>")
        #expect(
            Self.says(
                parsed, "3 elements left open (closed with the ones around them), 1 end tag that closed no element"),
            "\(parsed.problems)")
    }

    /// HTML's attributes written as HTML writes them, unescaped in a description: a value
    /// without quotes is quoted (libxml2 drops the attribute, a link's address), one without a
    /// value gets an empty one, and a quoted value's bare `&` and `<` are escaped.
    /// A feed's field left open (its end tag forgotten, or written as a second start tag) is
    /// closed where the next field or item begins: no field holds another. libxml2 would close
    /// it only at the end of the element around it, with all that came between inside it: a
    /// channel's title held every item, and the feed read as none.
    @Test func aFieldLeftOpenIsClosedWhereTheNextFieldBegins() throws {
        let channelTitle = try parse(
            "<rss version=\"2.0\"><channel><title>Broken feed<link>https://b.example/</link>"
                + "<item><title>One</title><link>https://b.example/1</link></item>"
                + "<item><title>Two</title><link>https://b.example/2</link></item></channel></rss>")
        #expect(channelTitle.feed.title == "Broken feed")
        #expect(channelTitle.feed.link == "https://b.example/")
        #expect(channelTitle.articles.map(\.link) == ["https://b.example/1", "https://b.example/2"])
        #expect(Self.says(channelTitle, "1 field left open (closed where the next field or item begins)"))

        let typos = try parse(
            Self.rss(
                "<item><title>One<title><link>https://b.example/1<link><description>Text <b>one</description></item>"
                    + "<item><title>Two</title><link>https://b.example/2</link></item>"))
        #expect(typos.articles.map(\.title) == ["One", "Two"])
        #expect(typos.articles.map(\.link) == ["https://b.example/1", "https://b.example/2"])
        #expect(typos.articles.first?.summary == "Text <b>one</b>")

        // Atom's empty elements written as HTML writes them, without the slash.
        let atom = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>One</title>"#
                + #"<link rel="alternate" href="https://a.example/1"><id>urn:1</id><summary>S</summary></entry>"#
                + #"<entry><title>Two</title><link href="https://a.example/2"><id>urn:2</id></entry></feed>"#)
        #expect(atom.articles.map(\.id) == ["urn:1", "urn:2"])
        #expect(atom.articles.map(\.link) == ["https://a.example/1", "https://a.example/2"])
        #expect(atom.articles.first?.summary == "S")

        // What holds fields is left alone: an Atom entry's source, a description's raw HTML
        // (each document with a bare `&`, which the repair reads).
        let page = try parse(
            Self.rss(
                "<item><title>Page & co</title><description><html><head><title>Head</title></head>"
                    + "<body><p>Body</p></body></html></description><link>https://b.example/p</link></item>"))
        #expect(page.articles.first?.title == "Page & co")
        #expect(page.articles.first?.link == "https://b.example/p")
        #expect(page.articles.first?.summary?.contains("Body") == true)
        #expect(!Self.says(page, "field left open"))
        let source = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>One & more</title>"#
                + #"<source><title>Origin</title><id>urn:o</id></source><id>urn:1</id>"#
                + #"<content type="html">x</content></entry></feed>"#)
        #expect(source.articles.first?.title == "One & more")
        #expect(source.articles.first?.source?.title == "Origin")
        #expect(source.articles.first?.id == "urn:1")
        #expect(!Self.says(source, "field left open"))
    }

    /// A CDATA section never closed (`<![CDATA[text</description></item>`) ran on to the next
    /// `]]>`: the next item was lost into the first one's summary, a well-formed document that
    /// said nothing; with every section left open, as a template that forgot `]]>` writes them,
    /// nothing was read. It ends with the field it was opened in.
    @Test func aCDATASectionLeftOpenEndsWithItsField() throws {
        func item(_ number: Int, closed: Bool, text: String = "story") -> String {
            "<item><title>T\(number)</title><link>https://c.example/\(number)</link>"
                + "<description><![CDATA[<p>\(text) \(number)</p>\(closed ? "]]>" : "")</description></item>\n"
        }
        let long = String(repeating: "a longer story, ", count: 40)
        let cases: [(items: String, sections: Int)] = [
            (item(1, closed: false) + item(2, closed: true) + item(3, closed: true), 1),
            (item(1, closed: true) + item(2, closed: false) + item(3, closed: true), 1),
            ((1...3).map { item($0, closed: false) }.joined(), 3),
            ((1...3).map { item($0, closed: false, text: long) }.joined(), 3),
        ]
        for (items, sections) in cases {
            let parsed = try parse(Self.rss(items))
            #expect(parsed.articles.map(\.title) == ["T1", "T2", "T3"], "\(items.prefix(120))")
            #expect(parsed.articles.map(\.link) == (1...3).map { "https://c.example/\($0)" })
            #expect(parsed.articles.allSatisfy { $0.summary?.hasSuffix("</p>") == true })
            #expect(
                Self.says(parsed, sections == 1 ? "1 CDATA section left open" : "\(sections) CDATA sections left open"))
        }
        // A section still open where a piece of the document ends (the parser takes 256 KB at a
        // time) is handed over in pieces of about 300 bytes: at one of these lengths the item's
        // end tag falls across two of them.
        let start = Self.rss("").utf8.count - "</channel></rss>".utf8.count
        let opening = item(0, closed: true, text: "").utf8.count + "<item><title>T1</title>".utf8.count + 40
        let filler = item(0, closed: true, text: String(repeating: "f", count: 256 * 1024 - 330 - start - opening))
        for length in 0..<320 {
            let text = String(repeating: "x", count: length)
            let parsed = try parse(Self.rss(filler + item(1, closed: false, text: text) + item(2, closed: true)))
            #expect(parsed.articles.map(\.title) == ["T0", "T1", "T2"], "\(length)")
        }
        let atom = try parse(
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>"#
                + #"<entry><id>urn:1</id><title>One</title><content type="html"><![CDATA[<p>one</p></content></entry>"#
                + #"<entry><id>urn:2</id><title>Two</title><content type="html"><![CDATA[<p>two</p>]]></content></entry>"#
                + "</feed>")
        #expect(atom.articles.map(\.id) == ["urn:1", "urn:2"])
        #expect(atom.articles.map(\.content) == ["<p>one</p>", "<p>two</p>"])

        // A section that is closed keeps a field's end tag written in it as text, where no
        // markup follows the tag (a document repaired for a bare `&`).
        let sample = try parse(
            Self.rss(
                "<item><title>Tips & tricks</title><description><![CDATA[End it with </description> and go on]]>"
                    + "</description><link>https://c.example/s</link></item>"))
        #expect(sample.articles.first?.summary == "End it with </description> and go on")
        #expect(sample.articles.first?.link == "https://c.example/s")
        #expect(!Self.says(sample, "CDATA"))
    }

    @Test func htmlAttributesWithoutQuotesKeepTheirValues() throws {
        let parsed = try parse(
            Self.rss(
                "<item><title>one</title><description>see <a href=https://x.example/a?b=1&c=2 title='a<b'>this</a>"
                    + "<img src=/p.png/> <input disabled> ok</description><link>https://a.example/1</link></item>"
                    + "<item><title>two</title><link>https://a.example/2</link></item>"))
        #expect(parsed.articles.map(\.link) == ["https://a.example/1", "https://a.example/2"])
        #expect(
            parsed.articles.first?.summary
                == "see <a href=\"https://x.example/a?b=1&amp;c=2\" title=\"a&lt;b\">this</a>"
                + "<img src=\"https://feeds.example/p.png\" /> <input disabled=\"\" /> ok", "\(parsed.articles)")
        #expect(Self.says(parsed, "3 HTML attributes without quotes or a value"), "\(parsed.problems)")
    }

    /// End tags with what only start tags have (the fuzzer's `</descriptoAlt Download: …\u{1}`):
    /// they are closed or dropped whole, nothing in them repaired first.
    @Test func anEndTagWithAttributesIsDroppedWhole() throws {
        let parsed = try parse(
            Self.rss(
                "<item><title>one</title><description>a<b>b</b x&y \u{1}>c</br &amp z></description>"
                    + "<link>https://a.example/1</link></item><item><title>two</title></item>"))
        #expect(parsed.articles.compactMap(\.title) == ["one", "two"])
        #expect(parsed.articles.first?.link == "https://a.example/1")
    }

    /// The same where the `<img …>` is cut by the end of the piece the parser reads at a time
    /// (256 KB): its end is waited for, not taken for missing.
    @Test func anImageLeftOpenAcrossTheParsersPiecesIsClosed() throws {
        let head =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>a</title><description>"
        let filler = String(repeating: "word ", count: (256 * 1024 - 60 - head.utf8.count) / 5)
        let image = "<img src=\"https://a.example/" + String(repeating: "x", count: 300) + ".png\">"
        let document =
            head + filler + image + "after</description><link>https://a.example/1</link></item>"
            + "<item><title>b</title><link>https://a.example/2</link></item></channel></rss>"
        let parsed = try parse(document)
        #expect(parsed.articles.map(\.link) == ["https://a.example/1", "https://a.example/2"])
        #expect(parsed.articles.first?.summary?.hasSuffix(".png\" />after") == true)
    }

    /// A reference in an attribute at the end of a piece (`&amp;` cut after `&am`) is read as a
    /// reference once the rest arrives, not escaped as a bare `&`.
    @Test func aReferenceInAnAttributeAtTheEndOfAPieceStaysOne() throws {
        let head =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>A & B</title><item><title>a</title><description>"
        let opening = "<a title=\"" + String(repeating: "t", count: 60) + "\" href=\"https://a.example/?a=1"
        let link = opening + "&amp;b=2\">x</a>"
        // The tag starts well before the end of the first 256 KB, and its `&amp;` is cut there.
        let fill = 256 * 1024 - 3 - head.utf8.count - opening.utf8.count
        let document =
            head + String(repeating: "w", count: fill) + link + "</description><link>https://a.example/1</link></item>"
            + "</channel></rss>"
        let parsed = try parse(document)
        #expect(parsed.articles.first?.link == "https://a.example/1")
        #expect(parsed.articles.first?.summary?.hasSuffix("href=\"https://a.example/?a=1&amp;b=2\">x</a>") == true)
    }

    /// A document cut off (a transfer that stopped, a generator that died halfway) ends inside
    /// elements libxml2 never closes. The items before the cut arrived whole and are read; the
    /// item the cut falls in is left out, as JSON Feed's is: its fields are cut too, here its link
    /// to another story's address. The parse says so before libxml2's errors.
    @Test func aDocumentCutOffInsideAnItemLeavesThatItemOut() throws {
        let whole = Self.rss(
            "<item><title>Story 1</title><link>https://a.example/1</link></item>"
                + "<item><title>Story 2</title><link>https://a.example/2</link></item>"
                + "<item><title>Story 12</title><link>https://a.example/12</link></item>")
        #expect(try parse(whole).articles.count == 3)
        #expect(try parse(whole).truncation == nil)
        let insideLink = String(whole.prefix(upTo: whole.range(of: "2</link></item></channel>")!.lowerBound))
        let parsed = try parse(insideLink)
        #expect(parsed.articles.map(\.title) == ["Story 1", "Story 2"])
        #expect(parsed.articles.map(\.link) == ["https://a.example/1", "https://a.example/2"])
        #expect(parsed.feed.title == "T")
        #expect(parsed.bozo)
        #expect(
            parsed.problems.first?.message
                == "the document is cut off inside an entry: the 2 before it are read, and the one cut off is left "
                + "out (the next whole document brings it)")
        #expect(parsed.truncation == "cut off inside an entry")
        // Cut between two of its fields, or inside its first: the same.
        let afterTitle = String(whole.prefix(upTo: whole.range(of: "<link>https://a.example/12")!.lowerBound))
        #expect(try parse(afterTitle).articles.map(\.title) == ["Story 1", "Story 2"])
        let first = try parse(String(whole.prefix(upTo: whole.range(of: "1</title>")!.lowerBound)))
        #expect(first.articles.isEmpty)
        #expect(
            first.problems.first?.message.hasPrefix("the document is cut off inside an entry: no entry before it")
                == true)
        // Cut after an item's end: every item arrived whole, and the cut is said in words a user
        // can act on (libxml2's own is "Extra content at the end of the document").
        let afterItem = String(whole.prefix(upTo: whole.range(of: "</channel>")!.lowerBound))
        let whole3 = try parse(afterItem)
        #expect(whole3.articles.count == 3)
        #expect(!Self.says(whole3, "cut off inside an entry"))
        #expect(
            whole3.problems.first?.message
                == "the document ends before its root element closes (cut off): the 3 entries before the cut are read")
        #expect(whole3.truncation == "cut off before its root element closes")
        // An Atom entry the same.
        let atom =
            #"<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>urn:1</id><title>One</title></entry>"#
            + #"<entry><id>urn:2</id><title>Two</title><content type="html">&lt;p&gt;Half a sen"#
        #expect(try parse(atom).articles.map(\.title) == ["One"])
    }

    /// An item left open (its end tag forgotten) holds the items after it, as libxml2 nests
    /// them; when the document is then cut off, only the innermost item was cut: the one around
    /// it had ended its fields when the next item began, and is read.
    @Test func aDocumentCutOffInsideANestedItemKeepsTheItemAroundIt() throws {
        let document =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
            + "<item><title>Open</title><link>https://a.example/open</link>"
            + "<item><title>Inner</title><link>https://a.example/inner</link></item>"
            + "<item><title>Cut</title><link>https://a.example/cu"
        let parsed = try parse(document)
        #expect(Set(parsed.articles.compactMap(\.title)) == ["Open", "Inner"])
        #expect(parsed.articles.first { $0.title == "Open" }?.link == "https://a.example/open")
    }

    @Test func garbageAfterTheRootAndControlCharactersAreSkipped() throws {
        let parsed = try parse(Self.rss("<item><title>one\u{1}\u{8}</title></item>") + "<junk>after</junk>\u{0}")
        #expect(parsed.articles.first?.title == "one")
        #expect(parsed.bozo)
    }

    @Test func whitespaceBeforeTheDeclarationIsAccepted() throws {
        let parsed = try parse("\n\n  " + Self.rss("<item><title>one</title></item>"))
        #expect(parsed.articles.count == 1)
    }

    @Test func anHTMLPageNamesTheFeedItAdvertises() {
        let html = """
            <!DOCTYPE html><html><head><title>Site</title>
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
            <link rel="stylesheet" href="/s.css"></head><body><p>Hello</body></html>
            """
        #expect {
            _ = try parse(html, url: "https://site.example/news/")
        } throws: { error in
            guard let error = error as? FeedParseError else { return false }
            return error.code == .htmlPage && error.advertisedFeeds == ["https://site.example/feed.xml"]
                && error.message.contains("https://site.example/feed.xml")
        }
    }

    /// The feed a page most likely stands for comes first: a section's own (under the page's
    /// path) before the site's, comment feeds last (by address, or by a title in the site's
    /// language), the page's order otherwise.
    @Test func theFeedsOfAPageAreRankedByWhatThePageIs() {
        func head(_ links: [(String, String)]) -> String {
            "<html><head>"
                + links.map {
                    "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"\($0.0)\" href=\"\($0.1)\">"
                }
                .joined() + "</head></html>"
        }
        let wordpress = head([
            ("Site » Feed", "/feed/"), ("Site » Comments Feed", "/comments/feed/"),
            ("Site » Serbia Category Feed", "/category/serbia/feed/"),
        ])
        #expect(
            HTMLFeedDiscovery.rankedFeeds(in: wordpress, page: "https://site.example/category/serbia/")
                == [
                    "https://site.example/category/serbia/feed/", "https://site.example/feed/",
                    "https://site.example/comments/feed/",
                ])
        #expect(
            HTMLFeedDiscovery.rankedFeeds(in: wordpress, page: "https://site.example/")
                == [
                    "https://site.example/feed/", "https://site.example/category/serbia/feed/",
                    "https://site.example/comments/feed/",
                ])
        // A post's page: its comments feed lies under its path, and is still last.
        let post = head([("Вести", "/feed/"), ("Вести » Коментари на „Избори“", "/2025/04/izbori/feed/")])
        #expect(
            HTMLFeedDiscovery.rankedFeeds(in: post, page: "https://site.example/2025/04/izbori/")
                == ["https://site.example/feed/", "https://site.example/2025/04/izbori/feed/"])
        // Another host's feed shares no path with the page, whatever its path says.
        let elsewhere = head([("A", "https://other.example/category/serbia/feed/"), ("B", "/feed/")])
        #expect(
            HTMLFeedDiscovery.rankedFeeds(in: elsewhere, page: "https://site.example/category/serbia/")
                == ["https://other.example/category/serbia/feed/", "https://site.example/feed/"])
        // An opinion section named "Comment" is no comment feed.
        let opinion = head([("Comment is free | The Guardian", "/commentisfree/rss")])
        #expect(
            HTMLFeedDiscovery.rankedFeeds(
                in: opinion + head([("All", "/rss")]), page: "https://site.example/commentisfree"
            )
            .first == "https://site.example/commentisfree/rss")
    }

    @Test func aBaseElementSetsTheBaseOfTheFeedLinksAfterIt() {
        let html = """
            <html><head><link rel="alternate" type="application/rss+xml" href="a.xml">
            <base href="https://cdn.example/feeds/">
            <link rel="alternate" type="application/atom+xml" href="b.atom"></head></html>
            """
        #expect(
            HTMLFeedDiscovery.advertisedFeeds(in: html, base: "https://site.example/news/")
                == ["https://site.example/news/a.xml", "https://cdn.example/feeds/b.atom"])
    }

    @Test func anEmptyDocumentIsAnError() {
        #expect(throws: FeedParseError.self) { _ = try parse("   \n ") }
    }

    @Test func anotherXMLVocabularyIsNotAFeed() {
        #expect {
            _ = try parse("<?xml version=\"1.0\"?><svg><g/></svg>")
        } throws: { error in
            (error as? FeedParseError)?.code == .notAFeed
        }
    }

    @Test func streamingHandsEachArticleOverOnceEvenWhenRepairStartsOver() throws {
        // Two clean entries, then one whose bare `&` makes the parser start over with repair.
        var items = (1...2).map { "<item><title>clean \($0)</title></item>" }.joined()
        items += String(repeating: "<!-- padding -->", count: 20_000)
        items += "<item><title>Q&A</title></item><item><title>after</title></item>"
        var seen: [String] = []
        let parsed = try FeedParser().parse(Data(Self.rss(items).utf8)) { seen.append($0.title ?? "") }
        #expect(seen == ["clean 1", "clean 2", "Q&A", "after"])
        #expect(parsed.articles.isEmpty)
        #expect(parsed.bozo)
    }
}
