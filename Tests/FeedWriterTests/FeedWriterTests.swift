import FeedModel
import FeedWriter
import Foundation
import TestSupport
import Testing

@Suite struct FeedWriterTests {
    let folder = TemporaryFolder()

    private func story(_ id: String, tags: [String], at seconds: Double, also: Bool = false, html: String? = nil)
        -> Story
    {
        let date = Date(timeIntervalSince1970: seconds)
        let primary = SourcedArticle(
            storeID: 1, feedURL: "https://a.example/rss", feedTitle: "Outlet A", feedSiteURL: "https://a.example/",
            article: Article(
                id: id, title: "Title <\(id)> & more", link: "https://a.example/\(id)",
                content: html ?? "<p>Body of \(id)</p><script>alert(1)</script>", contentType: .html, published: date,
                language: "en"),
            firstSeen: date, lastUpdated: date)
        let copies =
            also
            ? [
                SourcedArticle(
                    storeID: 2, feedURL: "https://b.example/rss", feedTitle: "Outlet B",
                    article: Article(
                        id: "b-\(id)", title: "Other title", link: "https://b.example/\(id)", published: date),
                    firstSeen: date, lastUpdated: date)
            ] : []
        return Story(id: "urn:feedmerge:story:\(id)", primary: primary, also: copies, tags: tags)
    }

    /// A story of one article of outlet A with `title` (a missing one too) and `content`.
    private func titledStory(_ id: String, title: String?, content: String?) -> Story {
        let date = Date(timeIntervalSince1970: 1_000)
        let primary = SourcedArticle(
            storeID: 1, feedURL: "https://a.example/rss", feedTitle: "A",
            article: Article(
                id: id, title: title, link: "https://a.example/\(id)", content: content, contentType: .html,
                published: date),
            firstSeen: date, lastUpdated: date)
        return Story(id: "urn:feedmerge:story:\(id)", primary: primary, also: [], tags: [])
    }

    /// The items of a JSON Feed output of `stories`, by id.
    private func jsonItemsByID(_ stories: [Story]) throws -> [String: [String: Any]] {
        let json = try #require(
            JSONSerialization.jsonObject(
                with: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .json, title: "All")))
                as? [String: Any])
        let items = try #require(json["items"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: items.map { ($0["id"] as? String ?? "", $0) })
    }

    private var stories: [Story] {
        [
            story("one", tags: ["nato"], at: 1_000, also: true),
            story("two", tags: ["sports", "western-balkans"], at: 3_000),
            story("three", tags: ["western-balkans"], at: 2_000),
        ]
    }

    @Test func selectionFiltersSortsNewestFirstAndLimits() async throws {
        let writer = FeedWriter()
        let filter = try TagExpression.parse("western-balkans and not sports")
        let selected = writer.select(
            stories, for: OutputDefinition(path: "-", format: .json, title: "t", filter: filter))
        #expect(selected.map(\.id) == ["urn:feedmerge:story:three"])
        let limited = writer.select(stories, for: OutputDefinition(path: "-", format: .json, title: "t", limit: 2))
        #expect(limited.map(\.id) == ["urn:feedmerge:story:two", "urn:feedmerge:story:three"])
        let popular = writer.select(stories, for: OutputDefinition(path: "-", format: .json, title: "t", minSources: 2))
        #expect(popular.map(\.id) == ["urn:feedmerge:story:one"])
    }

    @Test func jsonFeedCarriesTagsAndTheMergeExtension() async throws {
        let data = FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .json, title: "All"))
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        let items = try #require(feed["items"] as? [[String: Any]])
        let first = try #require(items.first { ($0["id"] as? String)?.hasSuffix("one") == true })
        #expect(first["tags"] as? [String] == ["nato"])
        #expect(first["title"] as? String == "Title <one> & more")
        #expect((first["content_html"] as? String)?.contains("<script") == false)
        let merge = try #require(first["_feedmerge"] as? [String: Any])
        let source = try #require(merge["source"] as? [String: String])
        #expect(source == ["title": "Outlet A", "feed_url": "https://a.example/rss", "url": "https://a.example/"])
        let also = try #require(merge["also"] as? [[String: String]])
        #expect(also == [["url": "https://b.example/one", "title": "Other title", "source": "Outlet B"]])
    }

    @Test func aFeedReadFromALocalFileIsNamedWithoutItsPath() async throws {
        let date = Date(timeIntervalSince1970: 1_000)
        func local(site: String?) -> Story {
            let primary = SourcedArticle(
                storeID: 1, feedURL: "file:///home/alice/scrapers/out.xml", feedSiteURL: site,
                article: Article(
                    id: "x", title: "Local", content: #"<img src="/i.png">"#,
                    contentType: .html, published: date),
                firstSeen: date, lastUpdated: date)
            return Story(id: "urn:feedmerge:story:x", primary: primary, also: [], tags: [])
        }
        for format in [OutputFormat.atom, .rss, .json, .html] {
            for site in ["https://outlet.example/", nil] {
                let text = String(
                    decoding: FeedWriter().render(
                        [local(site: site)], as: OutputDefinition(path: "-", format: format, title: "All")),
                    as: UTF8.self)
                #expect(!text.contains("file:") && !text.contains("/home/alice"), "\(format), site \(site ?? "none")")
                // Without a link of its own, the text's relative URLs resolve against the site.
                if format != .html && site != nil {
                    #expect(text.contains("https://outlet.example/i.png"), "\(format)")
                }
                if format == .atom || format == .rss {
                    #expect(try await XMLCheck.isWellFormed(text))
                }
            }
        }
        let named = String(
            decoding: FeedWriter().render(
                [local(site: nil)], as: OutputDefinition(path: "-", format: .atom, title: "All")), as: UTF8.self)
        #expect(named.contains("<title type=\"text\">out.xml</title>"))
        let rss = String(
            decoding: FeedWriter().render(
                [local(site: "https://outlet.example/")], as: OutputDefinition(path: "-", format: .rss, title: "All")),
            as: UTF8.self)
        #expect(rss.contains(#"<source url="https://outlet.example/">"#))
    }

    @Test func aPrivateFeedsPasswordIsNotPublished() async throws {
        let date = Date(timeIntervalSince1970: 1_000)
        let primary = SourcedArticle(
            storeID: 1, feedURL: "https://reader:s3cret@private.example/feed?list=7",
            article: Article(id: "p", title: "Private", link: "https://private.example/p", published: date),
            firstSeen: date, lastUpdated: date)
        let story = Story(id: "urn:feedmerge:story:p", primary: primary, also: [], tags: [])
        for format in [OutputFormat.atom, .rss, .json, .html] {
            let text = String(
                decoding: FeedWriter().render([story], as: OutputDefinition(path: "-", format: format, title: "All")),
                as: UTF8.self)
            #expect(!text.contains("s3cret") && !text.contains("reader:"), "\(format)")
            #expect(text.contains("https://private.example/feed?list=7"), "\(format)")
        }
        // A credential in the query: the feed is named by its site, its URL left out.
        var tokened = story
        tokened.primary.feedURL = "https://github.example/me.private.atom?Token=ABC123"
        tokened.primary.feedSiteURL = "https://github.example/"
        for format in [OutputFormat.atom, .rss, .json, .html] {
            let text = String(
                decoding: FeedWriter().render([tokened], as: OutputDefinition(path: "-", format: format, title: "All")),
                as: UTF8.self)
            #expect(!text.contains("ABC123"), "\(format)")
        }
    }

    /// A hostile feed's links (`javascript:`, `data:`, `vbscript:`) are left out of every format,
    /// not only out of the HTML it republishes: feed readers make item links clickable.
    @Test func linksAReaderShouldNotFollowAreLeftOut() async throws {
        let date = Date(timeIntervalSince1970: 1_000)
        let primary = SourcedArticle(
            storeID: 1, feedURL: "https://evil.example/rss", feedTitle: "Evil",
            feedSiteURL: " JaVaScRiPt:alert('site')",
            article: Article(id: "e", title: "Click", link: "javascript:alert('link')", published: date),
            firstSeen: date, lastUpdated: date)
        let copy = SourcedArticle(
            storeID: 2, feedURL: "https://b.example/rss", feedTitle: "B",
            article: Article(
                id: "b", title: "Copy", link: "data:text/html,<script>alert('also')</script>", published: date),
            firstSeen: date, lastUpdated: date)
        let story = Story(id: "urn:feedmerge:story:e", primary: primary, also: [copy], tags: [])
        for format in [OutputFormat.atom, .rss, .json, .html] {
            let text = String(
                decoding: FeedWriter().render([story], as: OutputDefinition(path: "-", format: format, title: "All")),
                as: UTF8.self)
            #expect(!text.lowercased().contains("alert("), "\(format): \(text)")
            #expect(text.contains("Evil") && text.contains("Click"), "\(format)")
            if format == .atom || format == .rss { #expect(try await XMLCheck.isWellFormed(text)) }
            // Left without an alternate link, an Atom entry has content (RFC 4287, 4.1.2).
            if format == .atom { #expect(text.contains(#"<content type="text">Click</content>"#)) }
        }
    }

    /// A title wrapped across lines in the feed (a tweet, a CMS's hard-wrapped title), and the
    /// opening words that stand in for a missing one, are published on one line: a reader lists
    /// items by their titles.
    @Test func titlesArePublishedOnOneLine() async throws {
        let stories = [
            titledStory("t", title: "It's update time!\nWe updated the website", content: "<p>Body</p>"),
            titledStory("u", title: nil, content: "<p>Kevin Drennan started a Grateful</p><p>Dead Weblog.</p>"),
        ]
        let json = try #require(
            JSONSerialization.jsonObject(
                with: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .json, title: "All")))
                as? [String: Any])
        let titles = try #require(json["items"] as? [[String: Any]]).compactMap { $0["title"] as? String }
        #expect(
            titles.sorted() == [
                "It's update time! We updated the website", "Kevin Drennan started a Grateful Dead Weblog.",
            ])
        for format in [OutputFormat.atom, .rss] {
            let text = String(
                decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: format, title: "All")),
                as: UTF8.self)
            #expect(text.contains("It's update time! We updated the website</title>"), "\(format)")
            #expect(text.contains("Kevin Drennan started a Grateful Dead Weblog.</title>"), "\(format)")
        }
    }

    /// A title of nothing visible (a zero-width space a publishing system gives an untitled post)
    /// is a missing one: the opening words stand in for it, not a link no one can see or click.
    @Test func aTitleOfInvisibleCharactersIsAMissingOne() async throws {
        let stories = [
            titledStory("z", title: "\u{200B}\u{A0}", content: "<p>The ferry to Hvar is cancelled today.</p>")
        ]
        let opening = "The ferry to Hvar is cancelled today."
        let endings: [OutputFormat: String] = [
            .atom: "\(opening)</title>", .rss: "\(opening)</title>", .json: "\"title\":\"\(opening)\"",
            .html: ">\(opening)</a></h3>",
        ]
        for (format, ending) in endings {
            let text = String(
                decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: format, title: "All")),
                as: UTF8.self)
            #expect(!text.contains("\u{200B}"), "\(format)")
            #expect(text.contains(ending), "\(format)")
        }
    }

    /// An HTML page shows no excerpt that says no more than the title above it: a feed that gives
    /// each item's title as its description too, in its own case and with a full stop, or the
    /// title's first words with an ellipsis. An excerpt that goes on says the title again, as
    /// the feed wrote it.
    @Test func anHTMLPageShowsNoExcerptThatRepeatsTheTitle() async throws {
        let stories = [
            titledStory("same", title: "Storm closes schools", content: "<p>storm closes schools.</p>"),
            titledStory("cut", title: "Minister resigns after weeks of pressure", content: "<p>Minister resigns…</p>"),
            titledStory(
                "more", title: "Tram line opens", content: "<p>Tram line opens. It runs every ten minutes.</p>"),
        ]
        let page = String(
            decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .html, title: "All")),
            as: UTF8.self)
        #expect(page.components(separatedBy: "class=\"excerpt\"").count - 1 == 1)
        #expect(page.contains(">Tram line opens. It runs every ten minutes.</p>"))
        #expect(!page.contains(">storm closes schools.</p>"))
        #expect(!page.contains(">Minister resigns…</p>"))
    }

    /// A feed that gives a post's whole text as its title (a chat channel's bridge) does not get a
    /// page's worth of heading: the title is cut after a word, and when the story has no other
    /// text, the whole of it is the text. A social network's post of 280 characters stays whole.
    @Test func aTitleThatIsAWholePostIsCutShort() async throws {
        let post =
            "The strike at the harbour goes on, the union says. " + String(repeating: "More of the post. ", count: 100)
        let tweet = String(repeating: "Short post. ", count: 23)
        let stories = [
            titledStory("long", title: post, content: "<p>Body</p>"),
            titledStory("bare", title: post, content: nil),
            titledStory("tweet", title: tweet, content: nil),
        ]
        let byID = try jsonItemsByID(stories)
        let cut = try #require(byID["urn:feedmerge:story:long"]?["title"] as? String)
        #expect(cut.count <= FeedWriter.longestTitle + 1 && cut.hasSuffix("…"), "\(cut)")
        // Cut after a whole word.
        let kept = String(cut.dropLast())
        #expect(post.hasPrefix(kept))
        #expect(post.dropFirst(kept.count).first.map { $0 == " " || $0 == "." } == true)
        #expect(byID["urn:feedmerge:story:long"]?["content_html"] as? String == "<p>Body</p>")
        let bare = try #require(byID["urn:feedmerge:story:bare"]?["content_html"] as? String)
        #expect(bare.contains("More of the post. More of the post.</p>") && bare.count > post.count)
        #expect(byID["urn:feedmerge:story:tweet"]?["title"] as? String == tweet.trimmingCharacters(in: .whitespaces))
        #expect(byID["urn:feedmerge:story:tweet"]?["content_html"] == nil)
        for format in [OutputFormat.atom, .rss, .html] {
            let text = String(
                decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: format, title: "All")),
                as: UTF8.self)
            #expect(text.contains(cut), "\(format)")
        }
    }

    /// A body of megabytes (a whole book, a data dump, a hostile feed) is cut to `longestBody`,
    /// its elements closed, and ends with a link to the rest, in every format; it was
    /// republished whole, in every output that held it. A text with no space, and plain text,
    /// are cut too; a body under the limit is whole.
    @Test func aBodyOfMegabytesIsCutAndLinksToTheRest() async throws {
        let paragraph = "<p>A paragraph of the book, <b>with <i>marks</i></b> &amp; a reference.</p>"
        let book = "<div><section>" + String(repeating: paragraph, count: 40_000)
        let unbroken = "<p>" + String(repeating: "é&amp;x", count: 400_000) + "</p>"
        let plain = Story(
            id: "urn:feedmerge:story:plain",
            primary: SourcedArticle(
                storeID: 1, feedURL: "https://a.example/rss", feedTitle: "A",
                article: Article(
                    id: "plain", title: "Plain", link: "https://a.example/plain",
                    content: String(repeating: "A line of the log.\n", count: 60_000), contentType: .text,
                    published: Date(timeIntervalSince1970: 1_000)),
                firstSeen: Date(timeIntervalSince1970: 1_000), lastUpdated: Date(timeIntervalSince1970: 1_000)),
            also: [], tags: [])
        // An inline image of megabytes, written as a `data:` URL: its tag is left out whole.
        let pixels = String(repeating: "iVBORw0KGgo", count: 100_000)
        let image =
            "<p>" + String(repeating: "Before the picture. ", count: 20_000) + "<img src=\"data:image/png;base64,"
            + pixels + "\"> after</p>"
        let stories = [
            titledStory("image", title: "Image", content: image), titledStory("book", title: "Book", content: book),
            titledStory("unbroken", title: "Unbroken", content: unbroken),
            plain, titledStory("short", title: "Short", content: paragraph),
        ]
        let byID = try jsonItemsByID(stories)
        let pictured = try #require(byID["urn:feedmerge:story:image"]?["content_html"] as? String)
        #expect(pictured.utf8.count < FeedWriter.longestBody && !pictured.contains("<img"))
        #expect(
            pictured.hasSuffix(
                "Before the picture. </p><p>[…] <a href=\"https://a.example/image\">The rest is at the source.</a></p>")
        )
        for id in ["book", "unbroken", "plain"] {
            let html = try #require(byID["urn:feedmerge:story:\(id)"]?["content_html"] as? String)
            #expect(html.utf8.count < FeedWriter.longestBody + 1024, "\(id): \(html.utf8.count)")
            #expect(html.utf8.count > FeedWriter.longestBody - 1024, "\(id): \(html.utf8.count)")
            #expect(
                html.hasSuffix("<p>[…] <a href=\"https://a.example/\(id)\">The rest is at the source.</a></p>"), "\(id)"
            )
            // Balanced, and no reference cut in two.
            #expect(try await XMLCheck.isWellFormed("<div>" + html + "</div>"), "\(id)")
        }
        let book0 = try #require(byID["urn:feedmerge:story:book"]?["content_html"] as? String)
        #expect(book0.hasPrefix("<div><section><p>A paragraph") && book0.contains("</section></div><p>[…]"))
        #expect(byID["urn:feedmerge:story:short"]?["content_html"] as? String == paragraph)
        for format in [OutputFormat.atom, .rss] {
            let text = FeedWriter().render(stories, as: OutputDefinition(path: "-", format: format, title: "All"))
            // Three cut bodies, escaped again as XML text (whole, they were 7.4 MB before escaping).
            #expect(text.count < 6 * FeedWriter.longestBody, "\(format)")
            #expect(try await XMLCheck.isWellFormed(String(decoding: text, as: UTF8.self)), "\(format)")
        }
    }

    /// A link with a space or a brace (which feeds give, and browsers mend) is published encoded,
    /// as a URL must be, in every format.
    @Test func linksArePublishedAsURLs() async throws {
        let date = Date(timeIntervalSince1970: 1_000)
        let primary = SourcedArticle(
            storeID: 1, feedURL: "https://wiki.example/rss", feedTitle: "Wiki",
            article: Article(
                id: "w", title: "Locks", link: "https://wiki.example/index.php/Locks port", published: date),
            firstSeen: date, lastUpdated: date)
        let story = Story(id: "urn:feedmerge:story:w", primary: primary, also: [], tags: [])
        for format in [OutputFormat.atom, .rss, .json, .html] {
            let text = String(
                decoding: FeedWriter().render([story], as: OutputDefinition(path: "-", format: format, title: "All")),
                as: UTF8.self)
            #expect(text.contains("https://wiki.example/index.php/Locks%20port"), "\(format)")
            #expect(!text.contains("Locks port"), "\(format)")
        }
    }

    /// An aggregator's items (Google News, a planet) say which outlet each came from: the outputs
    /// name that outlet, link its site, drop the ` - Outlet` the aggregator appends to the title,
    /// and do not list its copy of a report as another outlet beside that outlet's own feed.
    @Test func anAggregatorsItemIsTheOutletItCameFrom() async throws {
        let date = Date(timeIntervalSince1970: 1_000)
        func news(_ id: Int64, _ title: String, _ outlet: String, _ site: String) -> SourcedArticle {
            SourcedArticle(
                storeID: id, feedURL: "https://news.google.com/rss/search?q=Kosovo", feedTitle: "Google News: Kosovo",
                feedSiteURL: "https://news.google.com/",
                article: Article(
                    id: "g\(id)", title: title + " - " + outlet, link: "https://news.google.com/rss/articles/\(id)",
                    published: date, source: ArticleSource(title: outlet, url: site)),
                firstSeen: date, lastUpdated: date, feedID: 1)
        }
        let reuters = SourcedArticle(
            storeID: 3, feedURL: "https://www.reuters.com/world/rss", feedTitle: "Reuters World",
            feedSiteURL: "https://www.reuters.com/world/",
            article: Article(
                id: "r", title: "Kosovo police close Serbian-run institutions",
                link: "https://www.reuters.com/world/kosovo-police", published: date),
            firstSeen: date, lastUpdated: date, feedID: 2)
        let stories = [
            Story(
                id: "urn:feedmerge:story:r", primary: reuters,
                also: [news(1, "Kosovo police close Serbian-run institutions", "Reuters", "https://www.reuters.com")],
                tags: []),
            Story(
                id: "urn:feedmerge:story:e",
                primary: news(
                    2, "EU urges calm after Kosovo closes Serbian offices", "Euronews", "https://www.euronews.com"),
                also: [], tags: []),
        ]
        let json = String(
            decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .json, title: "All")),
            as: UTF8.self)
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        let euronews = try #require(items.first { ($0["id"] as? String) == "urn:feedmerge:story:e" })
        #expect(euronews["title"] as? String == "EU urges calm after Kosovo closes Serbian offices")
        let source = (euronews["_feedmerge"] as? [String: Any])?["source"] as? [String: Any]
        #expect(source?["title"] as? String == "Euronews")
        #expect(source?["url"] as? String == "https://www.euronews.com")
        let report = try #require(items.first { ($0["id"] as? String) == "urn:feedmerge:story:r" })
        let also: [Any] = ((report["_feedmerge"] as? [String: Any])?["also"] as? [Any]) ?? []
        #expect(also.isEmpty)
        let html = String(
            decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .html, title: "All")),
            as: UTF8.self)
        #expect(html.contains(#"<span class="source"><bdi>Euronews</bdi></span>"#))
        #expect(!html.contains("Serbian offices - Euronews"))
    }

    @Test func mediaFilesAreRepublishedInEveryFormat() async throws {
        let date = Date(timeIntervalSince1970: 1_000)
        func episode(_ id: String, enclosures: [Enclosure], textSource: [Enclosure]? = nil) -> Story {
            func copy(_ storeID: Int64, _ enclosures: [Enclosure]) -> SourcedArticle {
                SourcedArticle(
                    storeID: storeID, feedURL: "https://pod.example/rss", feedTitle: "A Podcast",
                    feedSiteURL: "https://pod.example/",
                    article: Article(
                        id: id, title: "Episode \(id)", link: "https://pod.example/\(id)", content: "<p>Notes</p>",
                        contentType: .html, published: date, enclosures: enclosures),
                    firstSeen: date, lastUpdated: date)
            }
            return Story(
                id: "urn:feedmerge:story:\(id)", primary: copy(1, enclosures),
                textSource: textSource.map { copy(2, $0) })
        }
        let stories = [
            episode(
                "audio",
                enclosures: [
                    Enclosure(url: "https://cdn.example/cover.jpg", type: "rss_2.0.channel.item[0].enclosure^type"),
                    Enclosure(url: "https://cdn.example/ep1.mp3?a=1&b=2", type: "audio/mpeg", length: 24_300_000),
                    Enclosure(url: "file:///home/me/ep1.mp3", type: "audio/mpeg"),
                    Enclosure(url: "javascript:alert(1)", type: "audio/mpeg"),
                    Enclosure(url: "/relative/ep1.mp3", type: "audio/mpeg"),
                    Enclosure(url: "https://cdn.example/ep1.mp3?a=1&b=2", type: "audio/mpeg"),
                    // YouTube's feeds give every video's Flash player: no reader plays it.
                    Enclosure(url: "https://www.youtube.com/v/abc?version=3", type: "application/x-shockwave-flash"),
                    Enclosure(url: "https://cdn.example/player.xap", type: "application/x-silverlight-app"),
                ]),
            // The source copy has none; the copy whose text is published does.
            episode("video", enclosures: [], textSource: [Enclosure(url: "https://cdn.example/v.webm", length: 0)]),
            episode("none", enclosures: []),
        ]
        let writer = FeedWriter()
        func render(_ format: OutputFormat) -> String {
            let output = OutputDefinition(path: "/tmp/out", format: format, title: "Pods")
            return String(decoding: writer.render(writer.select(stories, for: output), as: output), as: UTF8.self)
        }
        let atom = render(.atom)
        #expect(
            atom.contains(
                #"<link rel="enclosure" type="audio/mpeg" length="24300000" href="https://cdn.example/ep1.mp3?a=1&amp;b=2"/>"#
            ))
        #expect(atom.contains(#"<link rel="enclosure" type="image/jpeg" href="https://cdn.example/cover.jpg"/>"#))
        #expect(atom.contains(#"<link rel="enclosure" type="video/webm" href="https://cdn.example/v.webm"/>"#))
        #expect(atom.components(separatedBy: "rel=\"enclosure\"").count == 4)
        for text in [atom, render(.rss), render(.json), render(.html)] {
            #expect(!text.contains("file:") && !text.contains("javascript:") && !text.contains("/relative/"))
            #expect(!text.contains("youtube.com/v/") && !text.contains("player.xap"))
        }

        // RSS: one enclosure an item, the episode before the cover, every attribute given (a length
        // the feed did not give is 0).
        let rss = render(.rss)
        #expect(
            rss.contains(
                #"<enclosure url="https://cdn.example/ep1.mp3?a=1&amp;b=2" length="24300000" type="audio/mpeg"/>"#))
        #expect(rss.contains(#"<enclosure url="https://cdn.example/v.webm" length="0" type="video/webm"/>"#))
        #expect(rss.components(separatedBy: "<enclosure ").count == 3)

        let feed = try #require(try JSONSerialization.jsonObject(with: Data(render(.json).utf8)) as? [String: Any])
        let items = try #require(feed["items"] as? [[String: Any]])
        let audio = try #require(items.first { ($0["id"] as? String)?.hasSuffix("audio") == true })
        let attachments = try #require(audio["attachments"] as? [[String: Any]])
        #expect(attachments.count == 2)
        #expect(attachments.last?["url"] as? String == "https://cdn.example/ep1.mp3?a=1&b=2")
        #expect(attachments.last?["mime_type"] as? String == "audio/mpeg")
        #expect(attachments.last?["size_in_bytes"] as? Int == 24_300_000)
        #expect(attachments.first?["mime_type"] as? String == "image/jpeg")
        #expect(attachments.first?["size_in_bytes"] == nil)
        let none = try #require(items.first { ($0["id"] as? String)?.hasSuffix("none") == true })
        #expect(none["attachments"] == nil)

        // The page links what a reader plays, with its format and size, and embeds nothing.
        let html = render(.html)
        #expect(
            html.contains(
                #"<p class="media"><a href="https://cdn.example/ep1.mp3?a=1&amp;b=2">Listen</a> · MP3 · 24 MB</p>"#))
        #expect(html.contains(#"<p class="media"><a href="https://cdn.example/v.webm">Watch</a> · WEBM</p>"#))
        #expect(!html.contains("cover.jpg") && !html.contains("<audio") && !html.contains("<img"))
    }

    @Test func linksAreRepublishedWithoutTheOutletsTrackingParameters() throws {
        let date = Date(timeIntervalSince1970: 1_000)
        func copy(_ storeID: Int64, _ feed: String, _ link: String) -> SourcedArticle {
            SourcedArticle(
                storeID: storeID, feedURL: feed, feedTitle: feed,
                article: Article(id: link, title: "Story", link: link, content: "<p>Text</p>", published: date),
                firstSeen: date, lastUpdated: date)
        }
        let story = Story(
            id: "urn:feedmerge:story:t",
            primary: copy(1, "https://a.example/rss", "https://a.example/story?id=7&utm_source=rss&utm_medium=feed"),
            also: [copy(2, "https://b.example/rss", "https://b.example/story?fbclid=x&ref=home")])
        let writer = FeedWriter()
        for format in OutputFormat.allCases {
            let text = String(
                decoding: writer.render([story], as: OutputDefinition(path: "-", format: format, title: "t")),
                as: UTF8.self)
            #expect(!text.contains("utm_") && !text.contains("fbclid"), "\(format)")
            #expect(text.contains("https://a.example/story?id=7"), "\(format)")
            #expect(text.contains("https://b.example/story?ref=home"), "\(format)")
        }
    }

    @Test func atomCarriesCategoriesSourceAndRelatedLinks() async throws {
        let text = String(
            decoding: FeedWriter(topicTitles: ["nato": "NATO"]).render(
                stories, as: OutputDefinition(path: "-", format: .atom, title: "All")), as: UTF8.self)
        #expect(text.contains(#"<category term="nato" label="NATO"/>"#))
        #expect(text.contains(#"<link rel="related" href="https://b.example/one" title="Outlet B"/>"#))
        #expect(text.contains("<source>"))
        #expect(text.contains("<title type=\"text\">Title &lt;one&gt; &amp; more</title>"))
        #expect(!text.contains("&lt;script"))
        #expect(try await XMLCheck.isWellFormed(text))
    }

    @Test func rssCarriesCategoryAndSource() async throws {
        let text = String(
            decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .rss, title: "All")),
            as: UTF8.self)
        #expect(text.contains("<category>western-balkans</category>"))
        #expect(text.contains(#"<source url="https://a.example/rss">Outlet A</source>"#))
        #expect(text.contains(#"<guid isPermaLink="false">urn:feedmerge:story:one</guid>"#))
        #expect(try await XMLCheck.isWellFormed(text))
    }

    @Test func aPageTellsTimesAndDaysInItsTimeZone() {
        // 22:30 UTC on 30 June is 00:30 the next day in Belgrade (summer time, +2); 22:30 UTC on
        // 15 January is 23:30 the same day (+1).
        let summer = Date(timeIntervalSince1970: 1_751_322_600)  // 2025-06-30T22:30:00Z
        let winter = Date(timeIntervalSince1970: 1_736_980_200)  // 2025-01-15T22:30:00Z
        func at(_ date: Date, _ id: String) -> Story {
            let article = SourcedArticle(
                storeID: 1, feedURL: "https://a.example/rss", feedTitle: "Outlet A",
                article: Article(id: id, title: id, link: "https://a.example/\(id)", published: date),
                firstSeen: date, lastUpdated: date)
            return Story(id: "urn:feedmerge:story:\(id)", primary: article)
        }
        var output = OutputDefinition(path: "-", format: .html, title: "Local")
        output.timeZone = TimeZone(identifier: "Europe/Belgrade")
        let page = String(
            decoding: FeedWriter().render([at(summer, "summer"), at(winter, "winter")], as: output), as: UTF8.self)
        #expect(page.contains(">Tuesday, 1 July 2025</h2>"))
        #expect(page.contains(">Wednesday, 15 January 2025</h2>"))
        // Named as the time zone database names them, not by offset.
        #expect(page.contains(#"<time datetime="2025-06-30T22:30:00Z">00:30 CEST</time>"#))
        #expect(page.contains(#"<time datetime="2025-01-15T22:30:00Z">23:30 CET</time>"#))
        #expect(!page.contains(" UTC</time>"))
        let utc = String(
            decoding: FeedWriter().render(
                [at(summer, "summer")], as: OutputDefinition(path: "-", format: .html, title: "UTC")), as: UTF8.self)
        #expect(utc.contains(">Monday, 30 June 2025</h2>") && utc.contains(">22:30 UTC</time>"))
        output.timeZone = TimeZone(identifier: "UTC")
        let named = String(decoding: FeedWriter().render([at(summer, "summer")], as: output), as: UTF8.self)
        #expect(named.contains(">Monday, 30 June 2025</h2>") && named.contains(">22:30 UTC</time>"))
    }

    @Test func htmlIsAPageWithoutScripts() async throws {
        let text = String(
            decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .html, title: "All")),
            as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(!text.lowercased().contains("<script"))
        #expect(text.contains("Also reported by <a href=\"https://b.example/one\"><bdi>Outlet B</bdi></a>"))
    }

    /// A feed's words in any script keep to themselves on the page: a title or an excerpt takes
    /// its direction from its own text (Arabic reads right to left), and an outlet's name, even
    /// one ending in Hebrew or holding a stray right-to-left override, cannot turn the time after
    /// it around.
    @Test func feedsWordsInAnyScriptDoNotTurnThePageAround() {
        let date = Date(timeIntervalSince1970: 1_000)
        let article = SourcedArticle(
            storeID: 1, feedURL: "https://ar.example/rss", feedTitle: "\u{202E}Evil\u{202C} הארץ",
            article: Article(id: "a", title: "عنوان الخبر", summary: "ملخص الخبر", published: date),
            firstSeen: date, lastUpdated: date)
        let page = String(
            decoding: FeedWriter().render(
                [Story(id: "urn:feedmerge:story:a", primary: article)],
                as: OutputDefinition(path: "-", format: .html, title: "All")), as: UTF8.self)
        #expect(page.contains("<h3 dir=\"auto\">عنوان الخبر</h3>"))
        #expect(page.contains("<p class=\"excerpt\" dir=\"auto\">ملخص الخبر</p>"))
        #expect(page.contains("<span class=\"source\"><bdi>\u{202E}Evil\u{202C} הארץ</bdi></span> · <time"))
    }

    @Test func filesAreReplacedAtomicallyAndLeftAloneWhenUnchanged() async throws {
        let path = folder.file("out/all.xml")
        let output = OutputDefinition(path: path, format: .atom, title: "All")
        #expect(try FeedWriter().write(stories, to: output))
        let first = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        try await Task.sleep(for: .milliseconds(50))
        #expect(try !FeedWriter().write(stories, to: output))
        let second = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(first == second)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.file("out")).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty)
        #expect(try FeedWriter().write(Array(stories.prefix(1)), to: output))
    }

    /// An output linked from where it is served (`out/all.xml` pointing into the web server's
    /// folder, through a relative link and a link to that link) is written where the link points:
    /// the links stay links, and what is served is new. The file keeps the permissions it was
    /// given (readable by the web server's group only), and leftovers are looked for beside it.
    @Test func aLinkedOutputIsWrittenWhereTheLinkPoints() throws {
        let served = folder.file("www/feeds/all.xml")
        try FileManager.default.createDirectory(atPath: folder.file("www/feeds"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("out"), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: served, contents: Data("old".utf8)))
        #expect(chmod(served, 0o640) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("out/link.xml"), withDestinationPath: "../www/feeds/all.xml")
        try FileManager.default.createSymbolicLink(
            atPath: folder.file("out/all.xml"), withDestinationPath: folder.file("out/link.xml"))
        let output = OutputDefinition(path: folder.file("out/all.xml"), format: .atom, title: "All")
        #expect(try FeedWriter().write(stories, to: output))
        for link in ["out/all.xml", "out/link.xml"] {
            let type = try FileManager.default.attributesOfItem(atPath: folder.file(link))[.type] as? FileAttributeType
            #expect(type == .typeSymbolicLink, "\(link)")
        }
        let written = try #require(folder.read("www/feeds/all.xml"))
        #expect(written.hasPrefix("<?xml") && written.contains("<feed"))
        let permissions = try FileManager.default.attributesOfItem(atPath: served)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(try !FeedWriter().write(stories, to: output))

        let leftover = folder.file("www/feeds/.all.xml.Ab12Cd")
        #expect(FileManager.default.createFile(atPath: leftover, contents: Data()))
        let removed = FeedWriter.removeLeftoverTemporaries(
            of: [output.path], untouchedSince: Date().addingTimeInterval(60))
        #expect(removed.count == 1 && removed.first?.hasSuffix("/www/feeds/.all.xml.Ab12Cd") == true)
        #expect(!FileManager.default.fileExists(atPath: leftover))
    }

    /// A path that is no file is refused, not renamed over: a device (as root, `/dev/null` became
    /// a file), a named pipe, a folder. A loop of links is named. The device is one of the test's
    /// own, a null device made in its folder where the test may make one (as root), so that a
    /// mistake here replaces no device of the machine's.
    @Test func aPathThatIsNoFileIsRefusedAndLeftAsItIs() throws {
        try FileManager.default.createDirectory(atPath: folder.file("out/dir"), withIntermediateDirectories: true)
        #expect(mkfifo(folder.file("out/pipe"), 0o644) == 0)
        var cases = [
            (folder.file("out/pipe"), S_IFIFO, "is a named pipe, not a file"),
            (folder.file("out/dir"), S_IFDIR, "is a folder, not a file"),
        ]
        if mknod(folder.file("out/null"), S_IFCHR | 0o666, dev_t(0x103)) == 0 {
            cases.append((folder.file("out/null"), S_IFCHR, "is a device, not a file"))
        }
        for (path, kind, message) in cases {
            #expect {
                try FeedWriter().write(stories, to: OutputDefinition(path: path, format: .atom, title: "All"))
            } throws: { error in
                (error as? OutputError)?.message.hasPrefix(message) == true
            }
            var status = stat()
            #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == kind, "\(path)")
        }

        try FileManager.default.createSymbolicLink(atPath: folder.file("out/a"), withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: folder.file("out/b"), withDestinationPath: "a")
        #expect {
            try FeedWriter().write(
                stories, to: OutputDefinition(path: folder.file("out/a"), format: .atom, title: "All"))
        } throws: { error in
            (error as? OutputError)?.message.contains("a loop of links") == true
        }
    }
}
