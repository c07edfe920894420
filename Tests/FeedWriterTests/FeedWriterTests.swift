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

    @Test func htmlIsAPageWithoutScripts() async throws {
        let text = String(
            decoding: FeedWriter().render(stories, as: OutputDefinition(path: "-", format: .html, title: "All")),
            as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(!text.lowercased().contains("<script"))
        #expect(text.contains("Also reported by <a href=\"https://b.example/one\">Outlet B</a>"))
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
}
