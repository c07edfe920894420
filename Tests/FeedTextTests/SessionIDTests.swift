import Testing

@testable import FeedText

@Suite struct SessionIDTests {
    /// The session ids servers write into links for a client without cookies come out; the
    /// page's own address, its other parameters and its fragment stay.
    @Test(arguments: [
        // A Java servlet's path parameter (the EU court's, a hotel chain's, CiteSeerX's).
        (
            "http://curia.europa.eu/juris/document/document.jsf;jsessionid=9ea7d2dc30d52ba7cde0c9fd4783ab2fd151bdf7a60b.e34KaxiLc3qMb40Rch0SaxuNbh90?text=&docid=152065",
            "http://curia.europa.eu/juris/document/document.jsf?text=&docid=152065"
        ),
        (
            "http://www.hyatt.com/hyatt/rss/;jsessionid=32D4BBA8CF54E55B741EB221B7A1C5AC.atg02-prd-atg3",
            "http://www.hyatt.com/hyatt/rss/"
        ),
        ("https://gov.example/news/1;JSESSIONID=AB12#top", "https://gov.example/news/1#top"),
        ("https://gov.example/a;jsessionid=X/b;v=2", "https://gov.example/a/b;v=2"),
        // In the query, alone or among others.
        ("https://gov.example/news?id=7&jsessionid=AB12", "https://gov.example/news?id=7"),
        ("https://php.example/post.php?PHPSESSID=u8k2q9&p=12", "https://php.example/post.php?p=12"),
        ("https://php.example/post.php?PHPSESSID=u8k2q9", "https://php.example/post.php"),
        // ASP.NET's cookieless session segment.
        ("https://asp.example/(S(lit3py55t21z5v55vlm25s55))/news.aspx?id=3", "https://asp.example/news.aspx?id=3"),
        ("https://asp.example/(X(1)S(lit3py55t21z5v55vlm25s55))/news.aspx", "https://asp.example/news.aspx"),
    ])
    func sessionIDsAreTakenOut(url: String, without: String) {
        #expect(SessionID.removed(from: url) == without)
    }

    /// Names that are a session's on some sites and a page's own on others (Slashdot's story
    /// `sid`, a search's `s`, Pheedo's item hash in `s`), other path parameters, parentheses in
    /// a path, and addresses that are not http(s) stay as they are.
    @Test(arguments: [
        "https://slashdot.org/article.pl?sid=06/01/01/123",
        "http://ads.pheedo.com/click.phdo?s=cc0c5fb09865354bbec8415210a554da&p=4",
        "https://forum.example/viewtopic.php?f=2&t=9&sid=0f3a9c1b2d4e5f60718293a4b5c6d7e8",
        "https://blog.example/?s=kosovo",
        "https://blog.example/?sid=12345",
        "https://en.wikipedia.org/wiki/Georgia_(country)",
        "https://matrix.example/a;v=2/b",
        "https://plain.example/news/42",
        "tag:gov.example,2026:news;jsessionid=AB12",
        "",
    ])
    func addressesWithoutSessionsStay(url: String) {
        #expect(SessionID.removed(from: url) == url)
    }

    /// A hostile link (a megabyte of `=`, of `;`, of parameters) is read in linear time.
    @Test(.timeLimit(.minutes(1))) func aHostileLinkIsReadInLinearTime() {
        let equals = "https://h.example/?" + String(repeating: "a=", count: 500_000)
        #expect(SessionID.removed(from: equals) == equals)
        let semicolons = "https://h.example/a" + String(repeating: ";jsessionid=1", count: 100_000) + "?x=1"
        #expect(SessionID.removed(from: semicolons) == "https://h.example/a?x=1")
        let parameters = "https://h.example/?" + String(repeating: "phpsessid=1&", count: 100_000) + "id=2"
        #expect(SessionID.removed(from: parameters) == "https://h.example/?id=2")
    }

    /// Links in republished text lose their sessions and campaign codes, as an item's own link
    /// does; the page's own parameters stay.
    @Test func linksInRepublishedTextLoseSessionsAndCampaignCodes() {
        let html =
            #"<p><a href="http://curia.europa.eu/juris/document/document.jsf;jsessionid=9ea7d2dc?text=&amp;docid=152065">ruling</a> "#
            + #"<a href="https://outlet.example/story?id=4&amp;utm_source=rss&amp;fbclid=x1">story</a></p>"#
        #expect(
            HTMLSanitizer.sanitize(html, base: nil)
                == #"<p><a href="http://curia.europa.eu/juris/document/document.jsf?text=&amp;docid=152065" rel="nofollow noopener noreferrer">ruling</a> "#
                + #"<a href="https://outlet.example/story?id=4" rel="nofollow noopener noreferrer">story</a></p>"#)
    }
}
