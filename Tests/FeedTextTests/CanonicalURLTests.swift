import Testing

@testable import FeedText

@Suite struct CanonicalURLTests {
    @Test(arguments: [
        ("https://www.Example.com:443/a/b/?utm_source=rss&utm_medium=feed#top", "example.com/a/b"),
        ("http://example.com/a/b", "example.com/a/b"),
        ("https://example.com/a?id=7&fbclid=x&gclid=y&mc_cid=z", "example.com/a?id=7"),
        ("https://example.com/story/amp/", "example.com/story"),
        ("https://amp.example.com/story", "example.com/story"),
        ("https://example.com/a?b=2&a=1", "example.com/a?a=1&b=2"),
        ("https://gov.example/a.jsf;jsessionid=9EA7?id=3&PHPSESSID=x1", "gov.example/a.jsf?id=3"),
    ])
    func canonicalizes(url: String, expected: String) {
        #expect(CanonicalURL.make(url) == expected)
    }

    @Test func refusesNonWebURLs() {
        #expect(CanonicalURL.make("mailto:x@example.com") == nil)
        #expect(CanonicalURL.make("urn:uuid:1") == nil)
    }

    /// One page whether its Cyrillic slug is written as it reads or percent-encoded (in either
    /// case of hex digits), as outlets and aggregators write it; reserved characters stay
    /// encoded, and bytes that are not UTF-8 (an old site's Latin-1) are not read as text.
    @Test func percentEncodingIsReadAsTheCharactersItStandsFor() {
        let written = CanonicalURL.make("https://sr.example/vesti/вучић-у-бриселу?id=5&q=вести")
        #expect(written == "sr.example/vesti/вучић-у-бриселу?id=5&q=вести")
        #expect(
            CanonicalURL.make(
                "https://sr.example/vesti/%D0%B2%D1%83%D1%87%D0%B8%D1%9B-%D1%83-%D0%B1%D1%80%D0%B8%D1%81%D0%B5%D0%BB%D1%83?id=5&q=%D0%B2%D0%B5%D1%81%D1%82%D0%B8"
            ) == written)
        #expect(
            CanonicalURL.make(
                "https://sr.example/vesti/%d0%b2%d1%83%d1%87%d0%b8%d1%9b-%d1%83-%d0%b1%d1%80%d0%b8%d1%81%d0%b5%d0%bb%d1%83?q=%d0%b2%d0%b5%d1%81%d1%82%d0%b8&id=5"
            ) == written)
        #expect(
            CanonicalURL.make("https://example.com/%7Ealice/post")
                == CanonicalURL.make("https://example.com/~alice/post"))
        #expect(CanonicalURL.make("https://example.com/a%2fb") == "example.com/a%2Fb")
        #expect(CanonicalURL.make("https://example.com/a%2Fb") != CanonicalURL.make("https://example.com/a/b"))
        #expect(CanonicalURL.make("https://example.com/q?x=a%26b") != CanonicalURL.make("https://example.com/q?x=a&b"))
        #expect(CanonicalURL.make("https://example.com/caf%E9") == "example.com/caf%E9")
        #expect(CanonicalURL.make("https://example.com/caf%e9") != CanonicalURL.make("https://example.com/caf%E8"))
    }

    /// A space (and the other characters a URL may not hold) written raw, as a feed's hand-made
    /// link has it, is the same page as the link a browser or an aggregator escaped.
    @Test func aCharacterWrittenRawIsThePageItsEscapeNames() {
        #expect(
            CanonicalURL.make("https://example.com/Locks port/a b?q=x y")
                == CanonicalURL.make("https://example.com/Locks%20port/a%20b?q=x%20y"))
        #expect(CanonicalURL.make("https://example.com/Locks port") == "example.com/Locks%20port")
        #expect(
            CanonicalURL.make("https://example.com/a\"b<c>{d}|e^f`g")
                == "example.com/a%22b%3Cc%3E%7Bd%7D%7Ce%5Ef%60g")
        #expect(CanonicalURL.make("https://example.com/a%22b") == CanonicalURL.make("https://example.com/a\"b"))
        // A `%` that starts no escape is the character itself.
        #expect(CanonicalURL.make("https://example.com/100%-sure") == "example.com/100%25-sure")
        #expect(CanonicalURL.make("https://example.com/100%25-sure") == "example.com/100%25-sure")
        // Leading and trailing white space is not part of the link.
        #expect(CanonicalURL.make("  https://example.com/a \n") == "example.com/a")
    }

    /// The campaign codes that published links lose (heise's `wt_mc`, Le Monde's `xtor`) are not
    /// part of the page either: a feed's link with them and an outlet's link without are one page.
    @Test func campaignCodesThePublishedLinksLoseAreNotPartOfThePage() {
        #expect(
            CanonicalURL.make("http://www.heise.de/meldung/Patchday-3171881.html?wt_mc=rss.ho.beitrag.rdf")
                == "heise.de/meldung/Patchday-3171881.html")
        #expect(
            CanonicalURL.make("http://www.lemonde.fr/europe/article/x_3214.html?xtor=RSS-3208&page=2")
                == "lemonde.fr/europe/article/x_3214.html?page=2")
        for name in ["wt_zmc", "mc_eid", "at_custom1", "smid"] {
            #expect(CanonicalURL.make("https://example.com/a?\(name)=x") == "example.com/a", "\(name)")
        }
    }

    /// A site whose name is not ASCII is one site however a link writes its host: as it reads
    /// (in either case), or in Punycode, as crawlers and aggregators write it.
    @Test func anInternationalizedHostIsOneSiteInEveryWriting() {
        let written = CanonicalURL.make("https://www.рнидс.срб/вести/1")
        #expect(written == "рнидс.срб/вести/1")
        #expect(CanonicalURL.make("https://xn--d1aholi.xn--90a3ac/вести/1") == written)
        #expect(CanonicalURL.make("https://XN--D1AHOLI.xn--90A3AC/%D0%B2%D0%B5%D1%81%D1%82%D0%B8/1") == written)
        #expect(CanonicalURL.make("https://РНИДС.СРБ/вести/1") == written)
        #expect(CanonicalURL.make("http://xn--bcher-kva.de/a") == "bücher.de/a")
        // A ü written as u and a combining diaeresis is the same letter.
        #expect(CanonicalURL.make("http://Bu\u{308}cher.DE/a") == "bücher.de/a")
        #expect(CanonicalURL.make("http://xn--wgv71a119e.jp/") == "日本語.jp")
        #expect(CanonicalURL.make("http://пример。мкд/x") == CanonicalURL.make("http://xn--e1afmkfd.xn--d1alf/x"))
        // Not Punycode: kept as written.
        #expect(CanonicalURL.make("http://xn--!!.example/a") == "xn--!!.example/a")
        #expect(CanonicalURL.make("http://axn--b.example/a") == "axn--b.example/a")
    }

    /// Scripting News gives each post of a day as an anchor on the day's page; a comment feed
    /// each comment as an anchor on the post. Each is an item of its own.
    @Test(arguments: [
        ("http://scripting.com/2017/06/26.html#a080605", "scripting.com/2017/06/26.html#a080605"),
        ("http://hilfe.us/index.rss/2008/11/15#1115-tornado", "hilfe.us/index.rss/2008/11/15#1115-tornado"),
        ("https://example.org/2012/11/post/#comment-713578640", "example.org/2012/11/post#comment-713578640"),
        ("https://newsletter.example.net/entries.php#111", "newsletter.example.net/entries.php#111"),
        ("https://example.com/app#!/story/12", "example.com/app#!/story/12"),
    ])
    func keepsAFragmentThatNamesAnItem(url: String, expected: String) {
        #expect(CanonicalURL.make(url) == expected)
    }

    /// Outlets' links to one page differ by campaign fragments and by anchors every article has.
    @Test(arguments: [
        "https://example.com/story#xtor=RSS-3208", "https://example.com/story#ftag=RSSbaffb68&x=1",
        "https://example.com/story#.VxYz1Ab", "https://example.com/story#ixzz2abcDEF",
        "https://example.com/story#comments",
        "https://example.com/story#More-1234", "https://example.com/story#respond", "https://example.com/story#",
        "https://example.com/story#Echobox=1700000000", "https://example.com/story#tk.rss_all",
        "https://example.com/story#tk.rss_ios",
    ])
    func dropsAFragmentThatNamesNoItem(url: String) {
        #expect(CanonicalURL.make(url) == "example.com/story")
    }

    /// Google Alerts, Facebook and Bing News send a reader through a redirect that counts the
    /// click; the page is the one it carries.
    @Test(arguments: [
        (
            "https://www.google.com/url?rct=j&sa=t&url=https://investorplace.com/2019/07/slack-stock/&ct=ga&usg=AFQ",
            "https://investorplace.com/2019/07/slack-stock/"
        ),
        ("https://www.google.com/url?q=https%3A%2F%2Fn1info.rs%2Fvesti%3Fid%3D7&sa=D", "https://n1info.rs/vesti?id=7"),
        (
            "https://l.facebook.com/l.php?u=https%3A%2F%2Fbalkaninsight.com%2Fstory%2F&h=AT0",
            "https://balkaninsight.com/story/"
        ),
        (
            "http://www.bing.com/news/apiclick.aspx?ref=FexRss&aid=&tid=1&url=https%3a%2f%2fa.example%2fs&c=1",
            "https://a.example/s"
        ),
    ])
    func aRedirectLeadsToItsTarget(url: String, target: String) {
        #expect(TrackingRedirect.target(of: url) == target)
        #expect(CanonicalURL.make(url) == CanonicalURL.make(target))
    }

    @Test func otherLinksAreNoRedirects() {
        for url in [
            "https://www.google.com/search?q=nato", "https://www.google.com/url?url=javascript:alert(1)",
            "https://t.co/abc", "https://outlet.example/url?url=https://elsewhere.example/",
            "ftp://google.com/url?url=https://a.example/b",
            "https://www.google.com/url",
        ] {
            #expect(TrackingRedirect.target(of: url) == nil, "\(url)")
        }
    }
}
