import FeedText
import Testing

@Suite struct HTMLTextTests {
    @Test func plainTextDropsTagsScriptsAndDecodesEntities() {
        let html = "<p>Rutte&nbsp;said &amp; left.</p><script>alert(1)</script><p>Second&#8217;s <b>para</b></p>"
        #expect(HTMLText.plainText(fromHTML: html) == "Rutte said & left.\nSecond’s para")
    }

    /// A title on one line: an HTML title read as HTML, a text title as it is, white space of
    /// every kind (line breaks, no-break spaces, an ideographic space) one space.
    /// A table's cells, its caption and the page's other blocks are read apart, not run
    /// together into words no one wrote.
    @Test func tableCellsAndOtherBlocksAreReadApart() {
        let html =
            "<table><caption>Compared</caption><tr><th>Feature</th><th>Watch</th></tr>"
            + "<tr><td>Pre-Loading via Computer</td><td>Yes</td></tr></table><aside>More</aside><nav>Home</nav>"
        #expect(
            HTMLText.plainText(fromHTML: html)
                == "Compared\nFeature\nWatch\nPre-Loading via Computer\nYes\nMore\nHome")
    }

    @Test func aTitleIsShownOnOneLine() {
        #expect(
            HTMLText.line("94 &#8211; How to find<br>hidden  cameras", isHTML: true)
                == "94 – How to find hidden cameras")
        #expect(HTMLText.line("<p>Sarah's</p>\n<p>Scribbles</p>", isHTML: true) == "Sarah's Scribbles")
        #expect(HTMLText.line("Use <b> for bold & R&amp;D", isHTML: false) == "Use <b> for bold & R&amp;D")
        #expect(
            HTMLText.line(" Sarah's\r\n\u{A0}Scribbles\u{3000}Daily\u{2028} ", isHTML: false)
                == "Sarah's Scribbles Daily")
        #expect(HTMLText.line("<img src=x> \n ", isHTML: true) == "")
    }

    /// A title of characters that print nothing is no title: a zero-width space (`&#8203;`, a
    /// publishing system's placeholder for an untitled post), a word joiner, a byte-order mark,
    /// a soft hyphen, direction marks, a Hangul filler, a blank Braille cell, a lone combining
    /// accent. One visible letter among them is a title.
    @Test func aTitleOfInvisibleCharactersIsEmpty() {
        for blank in [
            "\u{200B}", "&#8203; &#160;", "\u{2060}\u{FEFF}", "\u{AD}", "\u{200E}\u{200F}\u{202E}", "\u{3164}",
            "\u{2800}", "\u{0301}", "\u{200C}\u{200D}",
        ] {
            #expect(HTMLText.line(blank, isHTML: true) == "", "\(blank.unicodeScalars.map { $0.value })")
        }
        #expect(HTMLText.line("\u{200B}x", isHTML: false) == "\u{200B}x")
        #expect(HTMLText.line("\u{200B}ب", isHTML: false) == "\u{200B}ب")
        #expect(HTMLText.line("e\u{0301}", isHTML: false) == "e\u{0301}")
        #expect(HTMLText.line("…", isHTML: false) == "…")
    }

    @Test func entitiesDecodeNamedNumericAndWindows1252References() {
        #expect(HTMLEntities.decode("caf&eacute; &#233; &#xE9; &#146; &bogus; &amp;") == "café é é ’ &bogus; &")
    }

    /// A reference to a control character is no text (a terminal would obey it): it is left out,
    /// a form feed is a space, and NUL is U+FFFD as browsers read it.
    @Test func referencesToControlCharactersAreLeftOut() {
        #expect(HTMLEntities.decode("a&#x1b;b&#0;c&#x9;d&#x81;e&#12;f&#127;g&#10;h") == "ab\u{FFFD}c\tde fg\nh")
        #expect(HTMLText.plainText(fromHTML: "<p>x&#x1b;[31my</p>") == "x[31my")
        #expect(ControlCharacters.shownSafely("a\u{1b}[2Jb\tc\u{85}") == "a\u{FFFD}[2Jb\tc\u{FFFD}")
        #expect(ControlCharacters.removed(from: "a\u{1b}b\u{7f}c\u{9f}d\ne") == "abcd\ne")
    }

    @Test func urlAttributesBecomeAbsolute() {
        let html = #"<a href="/a/b">x</a> <img src='img.png'> <a href="https://other/x">y</a>"#
        let rewritten = HTMLURLRewriter.absolutize(html, base: "https://site.example/news/story.html")
        #expect(rewritten.contains(#"href="https://site.example/a/b""#))
        #expect(rewritten.contains("src='https://site.example/news/img.png'"))
        #expect(rewritten.contains(#"href="https://other/x""#))
    }
}

@Suite struct URLResolverTests {
    // RFC 3986 section 5.4.1 and 5.4.2 examples.
    @Test(arguments: [
        ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"), ("/g", "http://a/g"),
        ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"), ("#s", "http://a/b/c/d;p?q#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("..", "http://a/b/"), ("../g", "http://a/b/g"),
        ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("/./g", "http://a/g"), ("g.", "http://a/b/c/g."),
        ("g;x=1/../y", "http://a/b/c/y"), ("http:g", "http:g"),
    ])
    func resolvesLikeRFC3986(reference: String, expected: String) {
        #expect(URLResolver.resolve(reference, against: "http://a/b/c/d;p?q") == expected)
    }

    @Test(arguments: [
        ("feed://example.com/rss.xml", "http://example.com/rss.xml"),
        ("FEED://example.com/rss.xml", "http://example.com/rss.xml"),
        ("feed:https://example.com/atom?x=1", "https://example.com/atom?x=1"),
        ("feed:http://example.com/rss", "http://example.com/rss"),
        (" https://example.com/rss ", "https://example.com/rss"),
        ("feed:mailto:x@example.com", "feed:mailto:x@example.com"),
        ("file:///srv/feed.xml", "file:///srv/feed.xml"),
    ])
    func theFeedSchemeStandsForTheURLItWraps(url: String, expected: String) {
        #expect(URLResolver.withoutFeedScheme(url) == expected)
    }
}

@Suite struct TrackingParametersTests {
    @Test(arguments: [
        ("https://a.example/x?id=7&utm_source=rss&utm_medium=feed#c", "https://a.example/x?id=7#c"),
        ("https://a.example/x?utm_source=rss&UTM_Campaign=y", "https://a.example/x"),
        ("https://a.example/x?fbclid=abc#top", "https://a.example/x#top"),
        (
            "http://www.heise.de/meldung/Patchday-3171881.html?wt_mc=rss.ho.beitrag.rdf",
            "http://www.heise.de/meldung/Patchday-3171881.html"
        ),
        (
            "http://www.lemonde.fr/europe/article/x_3214.html?xtor=RSS-3208",
            "http://www.lemonde.fr/europe/article/x_3214.html"
        ),
        ("https://techcrunch.com/2018/02/14/fund/?ncid=rss", "https://techcrunch.com/2018/02/14/fund/"),
        ("https://a.example/x?ref=home&from=rss&src=feed", "https://a.example/x?ref=home&from=rss&src=feed"),
        ("https://a.example/x", "https://a.example/x"),
        ("https://a.example/x?q=utm_source", "https://a.example/x?q=utm_source"),
        ("?utm_source=rss", "?utm_source=rss"),
        ("https://sr.example/вести/ćao?utm_source=rss&id=č#крај", "https://sr.example/вести/ćao?id=č#крај"),
    ])
    func outletsCampaignCodesAreTakenOut(url: String, expected: String) {
        #expect(TrackingParameters.removed(from: url) == expected)
    }
}

@Suite struct HTMLSanitizerTests {
    @Test(arguments: [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<iframe src=\"https://evil\"></iframe>",
        "<svg><script>alert(1)</script></svg>", "<style>body{}</style>", "<a href=\" vbscript:msgbox(1)\">x</a>",
        "<object data=x></object>", "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<base href=\"https://evil/\">",
        "<form action=\"https://evil\"><input name=x></form>", "<img src=\"data:text/html;base64,PHNjcmlwdD4=\">",
        "<scr<script>ipt>alert(1)</script>",
    ])
    func removesActiveContent(vector: String) {
        let clean = HTMLSanitizer.sanitize(vector).lowercased()
        #expect(!clean.contains("<script"))
        #expect(!clean.contains("javascript:"))
        #expect(!clean.contains("vbscript:"))
        #expect(!clean.contains("onerror"))
        #expect(!clean.contains("<iframe"))
        #expect(!clean.contains("<object"))
        #expect(!clean.contains("style="))
        #expect(!clean.contains("<meta"))
        #expect(!clean.contains("<base"))
        #expect(!clean.contains("<form"))
        #expect(!clean.contains("data:text"))
    }

    @Test func keepsTextLinksAndImagesWithAbsoluteURLs() {
        let clean = HTMLSanitizer.sanitize(
            #"<p>Hi <a href="/x">there</a><img src="p.png" alt="A"></p>"#, base: "https://s.example/n/")
        #expect(
            clean
                == #"<p>Hi <a href="https://s.example/x" rel="nofollow noopener noreferrer">there</a><img src="https://s.example/n/p.png" alt="A" /></p>"#
        )
    }

    @Test func dropsTrackingPixelsAndKeepsSmallImages() {
        let html = """
            <p>Story</p><img src="http://feeds.feedburner.com/~r/x/~4/abc" height="1" width="1" alt=""/>\
            <img src="https://pixel.wp.com/b.gif?host=x" alt="" width="1px" height="0" border="0" />\
            <img src="https://s.example/icon.png" width="16" height="16">\
            <img src="https://s.example/wide.png" width="1" height="300"><img src="https://s.example/p.png">
            """
        #expect(
            HTMLSanitizer.sanitize(html)
                == #"<p>Story</p><img src="https://s.example/icon.png" width="16" height="16" />"#
                + #"<img src="https://s.example/wide.png" width="1" height="300" /><img src="https://s.example/p.png" />"#
        )
    }

    /// Lazily loaded images keep their real source in `data-src` (or WP Rocket's `data-lazy-src`,
    /// jQuery Lazy Load's `data-original`) while `src` holds a blank pixel or a placeholder that
    /// a script would swap: republished, the real source is the image.
    @Test func lazilyLoadedImagesShowTheirRealSource() {
        let html =
            #"<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" "#
            + #"data-src="/img/photo.jpg" class="lazyload" alt="Photo">"#
            + #"<img src="/img/placeholder.png" data-lazy-src="https://cdn.s.example/real.jpg" alt="Second">"#
            + #"<img data-original="/img/third.jpg" alt="Third">"#
            + #"<img src="/img/plain.jpg" data-src="javascript:alert(1)" alt="Fourth">"#
        #expect(
            HTMLSanitizer.sanitize(html, base: "https://s.example/a/")
                == #"<img src="https://s.example/img/photo.jpg" alt="Photo" />"#
                + #"<img src="https://cdn.s.example/real.jpg" alt="Second" />"#
                + #"<img src="https://s.example/img/third.jpg" alt="Third" />"#
                + #"<img src="https://s.example/img/plain.jpg" alt="Fourth" />"#)
    }

    @Test func balancesTags() {
        #expect(HTMLSanitizer.sanitize("<p><b>bold<i>both</p>tail") == "<p><b>bold<i>both</i></b></p>tail")
    }

    /// What a reader was meant to watch or hear leaves a link to it where its player was: an
    /// embedded YouTube or Vimeo player links to the video's own page, another known player
    /// (SoundCloud's) to itself, a `video` or `audio` to its file (its own `src`, else its first
    /// `source`). Not another frame (a share button's, a comment counter's, a tag manager's
    /// hidden one), nor a Flash `embed`, which takes no text after it with it; not a player
    /// inside a link, and not an address a reader may not follow.
    @Test func anEmbeddedPlayerLeavesALinkToWhatItPlays() {
        let rel = #" rel="nofollow noopener noreferrer""#
        let cases: [(String, String)] = [
            (
                #"<p>Watch:</p><iframe width="560" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x"></iframe><p>More.</p>"#,
                #"<p>Watch:</p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"\#(rel)>"#
                    + #"Video: https://www.youtube.com/watch?v=dQw4w9WgXcQ</a><p>More.</p>"#
            ),
            (
                #"<iframe src="https://player.vimeo.com/video/12345?h=9"></iframe>"#,
                #"<a href="https://vimeo.com/12345"\#(rel)>Video: https://vimeo.com/12345</a>"#
            ),
            (
                #"<object data="https://www.youtube.com/v/dQw4w9WgXcQ?version=3"></object>"#,
                #"<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"\#(rel)>"#
                    + #"Video: https://www.youtube.com/watch?v=dQw4w9WgXcQ</a>"#
            ),
            (
                #"<iframe src="https://w.soundcloud.com/player/?url=x"></iframe>"#,
                #"<a href="https://w.soundcloud.com/player/?url=x"\#(rel)>Audio: https://w.soundcloud.com/player/?url=x</a>"#
            ),
            (
                #"<video controls poster="p.jpg"><source src="/media/clip.mp4" type="video/mp4">Not supported.</video>"#,
                #"<a href="https://s.example/media/clip.mp4"\#(rel)>Video: https://s.example/media/clip.mp4</a>"#
            ),
            (
                #"<audio src="ep1.mp3" controls></audio>"#,
                #"<a href="https://s.example/a/ep1.mp3"\#(rel)>Audio: https://s.example/a/ep1.mp3</a>"#
            ),
            (#"<p>a</p><embed src="https://e.example/x.swf"><p>after</p>"#, "<p>a</p><p>after</p>"),
            (#"<iframe src="https://slashdot.org/slashdot-it.pl?op=discuss&id=1"></iframe>z"#, "z"),
            (#"<iframe src="https://www.youtube.com/embed/x" height="0" width="0"></iframe>x"#, "x"),
            (
                #"<a href="https://l.example/"><iframe src="https://player.vimeo.com/video/1"></iframe>Clip</a>"#,
                #"<a href="https://l.example/"\#(rel)>Clip</a>"#
            ),
            (#"<iframe src="javascript:alert(1)"></iframe><video src="about:blank"></video>y"#, "y"),
        ]
        for (html, expected) in cases {
            #expect(HTMLSanitizer.sanitize(html, base: "https://s.example/a/") == expected)
        }
    }
}

@Suite struct SerializationTests {
    @Test func jsonStringsEscapeControlsAndQuotes() {
        #expect(JSONString.quoted("a\"b\\c\n\u{1}") == #""a\"b\\c\n\u0001""#)
        #expect(JSONString.quoted("line\u{2028}para\u{2029}é\u{1F}") == #""line\u2028para\u2029é\u001f""#)
        #expect(JSONString.quoted("plain ünïcödé") == "\"plain ünïcödé\"")
    }

    @Test func xmlEscapingDropsForbiddenCharacters() {
        #expect(XMLEscaping.text("a<b & c\u{1}\u{FFFE}") == "a&lt;b &amp; c")
        #expect(XMLEscaping.attribute("\"x\" 'y'") == "&quot;x&quot; &#39;y&#39;")
    }
}
