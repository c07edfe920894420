import FeedModel
import FeedParser
import FeedText
import Foundation
import TestSupport
import Testing

@Suite struct OPMLTests {
    @Test func nestedFoldersBecomeTagsAndRelativePathsBecomeFileURLs() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "lists/feeds.opml",
            """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>t</title></head><body>
              <outline text="Western Balkans">
                <outline text="Serbia">
                  <outline text="N1" xmlUrl="https://n1.example/rss" htmlUrl="https://n1.example/" priority="3"/>
                </outline>
                <outline text="Local" type="rss" xmlUrl="local/feed.xml" category="/Security/Defence,Ops"/>
              </outline>
              <outline title="Top" xmlUrl="/abs/feed.xml"/>
              <outline text="dup" xmlUrl="https://n1.example/rss"/>
            </body></opml>
            """)
        let subscriptions = try OPMLReader.read(fileAt: path)
        #expect(subscriptions.count == 3)
        #expect(
            subscriptions[0]
                == Subscription(
                    url: "https://n1.example/rss", title: "N1", siteURL: "https://n1.example/",
                    tags: ["western-balkans", "serbia"], priority: 3))
        #expect(subscriptions[1].url == URL(fileURLWithPath: folder.file("lists/local/feed.xml")).absoluteString)
        #expect(subscriptions[1].tags == ["western-balkans", "security", "defence", "ops"])
        #expect(subscriptions[2].url == "file:///abs/feed.xml")
        #expect(subscriptions[2].title == "Top")
        #expect(subscriptions[2].tags.isEmpty)
    }

    /// OPML written by hand spells its attribute and element names in any case (`XMLURL`,
    /// `xmlurl`, `HTMLUrl`, `<OUTLINE>`); each was a feed left out without a word.
    @Test func attributeAndElementNamesAreReadInAnyCase() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "feeds.opml",
            """
            <?xml version="1.0"?>
            <OPML version="2.0"><BODY>
              <Outline TEXT="Defence">
                <outline Text="Upper" XMLURL="https://u.example/rss" HTMLURL="https://u.example/" Priority="2"/>
                <OUTLINE title="Lower" xmlurl="https://l.example/rss" CATEGORY="Ops"/>
                <outline text="Typed" TYPE="RSS" URL="https://t.example/rss"/>
              </Outline>
            </BODY></OPML>
            """)
        let subscriptions = try OPMLReader.read(fileAt: path)
        #expect(
            subscriptions == [
                Subscription(
                    url: "https://u.example/rss", title: "Upper", siteURL: "https://u.example/", tags: ["defence"],
                    priority: 2),
                Subscription(url: "https://l.example/rss", title: "Lower", tags: ["defence", "ops"]),
                Subscription(url: "https://t.example/rss", title: "Typed", tags: ["defence"]),
            ])
    }

    /// A feed filed under two folders is fetched once and tagged with both.
    @Test func aFeedListedInTwoFoldersCarriesTheTagsOfBoth() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "feeds.opml",
            """
            <opml version="2.0"><body>
              <outline text="Defence">
                <outline text="BIRN" xmlUrl="https://birn.example/rss" category="Investigations"/>
              </outline>
              <outline text="Western Balkans">
                <outline text="Balkan Insight" xmlUrl="https://birn.example/rss" htmlUrl="https://birn.example/"
                  priority="2"/>
              </outline>
            </body></opml>
            """)
        let subscriptions = try OPMLReader.read(fileAt: path)
        #expect(
            subscriptions == [
                Subscription(
                    url: "https://birn.example/rss", title: "BIRN", siteURL: "https://birn.example/",
                    tags: ["defence", "investigations", "western-balkans"], priority: 2)
            ])
    }

    @Test func feedSchemeAddressesAreTheURLsTheyStandFor() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "feeds.opml",
            """
            <opml version="2.0"><body>
              <outline text="a" xmlUrl="feed://a.example/rss"/>
              <outline text="b" xmlUrl="feed:https://b.example/atom.xml"/>
              <outline text="a again" xmlUrl="http://a.example/rss"/>
            </body></opml>
            """)
        #expect(try OPMLReader.read(fileAt: path).map(\.url) == ["http://a.example/rss", "https://b.example/atom.xml"])
    }

    /// An address written without its scheme, as into a browser's address bar, is the `https:`
    /// URL a browser takes it for: as a path beside the OPML file, it named a file that never
    /// was. A file of that name that is there is read; so is a path that names a file
    /// (`feeds/news.xml`, `local.rss`), there or not.
    @Test func aWebAddressWithoutItsSchemeIsAnHTTPSURL() throws {
        let folder = TemporaryFolder()
        folder.write("saved.example.org", "<rss version=\"2.0\"/>")
        let path = folder.write(
            "feeds.opml",
            """
            <opml version="2.0"><body>
              <outline text="a" xmlUrl="www.example.com/feed/"/>
              <outline text="b" xmlUrl="example.org"/>
              <outline text="c" xmlUrl="saved.example.org"/>
              <outline text="d" xmlUrl="feeds/news.xml"/>
              <outline text="e" xmlUrl="local.rss"/>
              <outline text="f" xmlUrl="example.org:8443/feed"/>
              <outline text="g" xmlUrl="127.0.0.1:8080/rss"/>
              <outline text="h" xmlUrl="localhost:8080"/>
            </body></opml>
            """)
        #expect(
            try OPMLReader.read(fileAt: path).map(\.url) == [
                "https://www.example.com/feed/", "https://example.org",
                URL(fileURLWithPath: folder.file("saved.example.org")).absoluteString,
                URL(fileURLWithPath: folder.file("feeds/news.xml")).absoluteString,
                URL(fileURLWithPath: folder.file("local.rss")).absoluteString,
                // With a port too (it was read as a file); a local server's as browsers take it.
                "https://example.org:8443/feed", "http://127.0.0.1:8080/rss", "http://localhost:8080",
            ])
    }

    @Test func opml1WithoutHeadIsRead() throws {
        let folder = TemporaryFolder()
        let path = folder.write(
            "a.opml",
            "<opml version=\"1.0\"><body><outline title=\"x\" type=\"rss\" xmlUrl=\"http://x.example/rss\"/></body></opml>"
        )
        #expect(try OPMLReader.read(fileAt: path).map(\.url) == ["http://x.example/rss"])
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect {
            _ = try OPMLReader.read(fileAt: "/nonexistent/feeds.opml")
        } throws: { error in
            "\(error)".contains("/nonexistent/feeds.opml") && "\(error)".contains("does not exist")
        }
    }

    /// A list an editor or a sync is halfway through writing is not a shorter list: read as one,
    /// it would unsubscribe every feed after the cut. Empty, a byte order mark alone, or cut
    /// before `</opml>`, it is an error that says the subscriptions stay as they were.
    @Test func anEmptyOrCutOffListIsAnErrorNotAShorterList() throws {
        let folder = TemporaryFolder()
        let whole =
            "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n<outline text=\"A\" xmlUrl=\"http://a.example/rss\"/>\n"
            + "<outline text=\"B\" xmlUrl=\"http://b.example/rss\"/>\n</body></opml>\n"
        #expect(try OPMLReader.read(fileAt: folder.write("whole.opml", whole)).count == 2)
        let cut = String(whole.prefix(whole.count - 30))
        for (name, bytes) in [
            ("empty.opml", [UInt8]()), ("blank.opml", Array(" \n\t".utf8)), ("cut.opml", Array(cut.utf8)),
        ] {
            let path = folder.write(name, bytes: bytes)
            #expect {
                _ = try OPMLReader.read(fileAt: path)
            } throws: { error in
                "\(error)".contains(path) && "\(error)".contains("the subscriptions stay as they were")
            }
        }
        #expect {
            _ = try OPMLReader.read(fileAt: folder.write("cut-line.opml", cut))
        } throws: { error in
            (error as? OPMLError)?.line == 4 && "\(error)".contains("ends before its </opml>")
        }
        // A byte order mark alone is no document either (and once stopped the program).
        #expect(throws: OPMLError.self) {
            _ = try OPMLReader.read(fileAt: folder.write("bom.opml", bytes: [0xEF, 0xBB, 0xBF]))
        }
    }

    /// A root closed early (`<opml version="2.0"/>`) or a second list pasted after the first:
    /// libxml2 reads nothing past the root's end, and the feeds there were unsubscribed without a
    /// word. Markup past the end that lists no feed (a comment, junk) is let be.
    @Test func aListThatGoesOnPastItsEndIsAnError() throws {
        let folder = TemporaryFolder()
        let feed = { (name: String) in "<outline text=\"\(name)\" xmlUrl=\"https://\(name).example/rss\"/>" }
        for (name, text, line) in [
            ("early.opml", "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"/>\n<body>\n\(feed("a"))\n</body>\n", 3),
            ("two.opml", "<opml><body>\(feed("a"))</body></opml>\n<opml><body>\(feed("b"))</body></opml>\n", 2),
        ] {
            #expect {
                _ = try OPMLReader.read(fileAt: folder.write(name, text))
            } throws: { error in
                (error as? OPMLError)?.line == line
                    && "\(error)".contains("the list goes on after its <opml> element ends")
            }
        }
        let junk = "<opml><body>\(feed("a"))</body></opml>\n<!-- note -->\n</body>\n"
        #expect(try OPMLReader.read(fileAt: folder.write("junk.opml", junk)).map(\.title) == ["a"])
    }

    @Test func aNonOPMLDocumentIsAnError() {
        let folder = TemporaryFolder()
        let path = folder.write("x.opml", "<rss><channel/></rss>")
        #expect(throws: OPMLError.self) { _ = try OPMLReader.read(fileAt: path) }
    }
}

/// `OPMLEditor` adds one outline to a list's text and leaves every other byte as it was.
@Suite struct OPMLEditorTests {
    private let entry = OPMLEditor.Entry(
        url: "https://n.example/feed?a=1&b=2", title: "News & \"Views\"", siteURL: "https://n.example/")
    private let line =
        #"<outline type="rss" text="News &amp; &quot;Views&quot;" title="News &amp; &quot;Views&quot;" "#
        + #"xmlUrl="https://n.example/feed?a=1&amp;b=2" htmlUrl="https://n.example/"/>"#

    private let list = """
        <?xml version="1.0"?>
        <!-- <outline text="Serbia"> in a comment is no folder -->
        <opml version="2.0"><head><title>t</title></head>
        <body>
            <outline text="Western Balkans">
                <outline text="Serbia">
                    <outline text="N1" xmlUrl="https://n1.example/rss" custom="kept"/>
                </outline>
                <outline text="Kosovo"><outline text="K" xmlUrl="https://k.example/rss"/></outline>
            </outline>
            <outline text="Top" xmlUrl="https://top.example/rss"/>
        </body>
        </opml>

        """

    @Test func aFeedGoesIntoItsFolderIndentedAsItsNeighbours() throws {
        let added = try OPMLEditor.adding(entry, toFolder: "serbia", in: list, path: "feeds.opml")
        #expect(
            added
                == list.replacingOccurrences(
                    of: "custom=\"kept\"/>\n",
                    with: "custom=\"kept\"/>\n            \(line)\n"))
        // A folder's end tag on the line of its other outlines: the outline goes just before it.
        let kosovo = try OPMLEditor.adding(entry, toFolder: "Kosovo", in: list, path: "feeds.opml")
        #expect(kosovo == list.replacingOccurrences(of: "rss\"/></outline>", with: "rss\"/>\(line)</outline>"))
        // A folder that holds folders: after its last one, at their indentation.
        let outer = try OPMLEditor.adding(entry, toFolder: "Western Balkans", in: list, path: "feeds.opml")
        #expect(
            outer
                == list.replacingOccurrences(
                    of: "k.example/rss\"/></outline>\n", with: "k.example/rss\"/></outline>\n        \(line)\n"))
    }

    @Test func withoutAFolderOrWithANewOneItGoesAtTheEndOfTheBody() throws {
        let top = try OPMLEditor.adding(entry, toFolder: nil, in: list, path: "feeds.opml")
        #expect(top == list.replacingOccurrences(of: "rss\"/>\n</body>", with: "rss\"/>\n    \(line)\n</body>"))
        let folder = try OPMLEditor.adding(entry, toFolder: "Ukraine", in: list, path: "feeds.opml")
        #expect(
            folder
                == list.replacingOccurrences(
                    of: "rss\"/>\n</body>",
                    with: "rss\"/>\n    <outline text=\"Ukraine\">\n      \(line)\n    </outline>\n</body>"))
    }

    @Test func anEmptyBodyACRLFListAndNoBody() throws {
        let empty = "<opml version=\"1.0\">\r\n  <body/>\r\n</opml>\r\n"
        #expect(
            try OPMLEditor.adding(entry, toFolder: nil, in: empty, path: "f.opml")
                == "<opml version=\"1.0\">\r\n  <body>\r\n    \(line)\r\n  </body>\r\n</opml>\r\n")
        let crlf =
            "<opml version=\"2.0\">\r\n<body>\r\n  <outline text=\"a\" xmlUrl=\"https://a.example/\"/>\r\n</body>\r\n</opml>"
        #expect(
            try OPMLEditor.adding(entry, toFolder: nil, in: crlf, path: "f.opml")
                == crlf.replacingOccurrences(of: "/>\r\n</body>", with: "/>\r\n  \(line)\r\n</body>"))
        #expect(throws: OPMLError.self) {
            try OPMLEditor.adding(entry, toFolder: nil, in: "<opml><head/></opml>", path: "f.opml")
        }
    }

    @Test func aFeedIsTakenOutWithItsLineAndNothingElse() {
        let top = OPMLEditor.removing({ $0 == "https://top.example/rss" }, in: list)
        #expect(top.removed == 1)
        #expect(
            top.text
                == list.replacingOccurrences(
                    of: "    <outline text=\"Top\" xmlUrl=\"https://top.example/rss\"/>\n", with: ""))
        // One that shares its line keeps the line; one listed twice goes twice.
        let twice = list.replacingOccurrences(
            of: "</body>", with: "    <outline text=\"K again\" xmlUrl=\"https://k.example/rss\"/>\n</body>")
        let kosovo = OPMLEditor.removing({ $0 == "https://k.example/rss" }, in: twice)
        #expect(kosovo.removed == 2)
        // Its folder, left empty, goes with it, on its line.
        #expect(kosovo.emptiedFolders == ["Kosovo"])
        #expect(
            kosovo.text
                == list.replacingOccurrences(
                    of:
                        "        <outline text=\"Kosovo\"><outline text=\"K\" xmlUrl=\"https://k.example/rss\"/></outline>\n",
                    with: ""))
        // An outline of type rss with `url`, as the reader takes it; one in a comment is no outline.
        let typed =
            "<opml><body>\r\n  <outline type=\"RSS\" url=\"https://t.example/\"/>\r\n  <!-- <outline xmlUrl=\"https://t.example/\"/> -->\r\n</body></opml>"
        let taken = OPMLEditor.removing({ $0 == "https://t.example/" }, in: typed)
        #expect(taken.removed == 1)
        #expect(taken.text == "<opml><body>\r\n  <!-- <outline xmlUrl=\"https://t.example/\"/> -->\r\n</body></opml>")
        #expect(OPMLEditor.removing({ _ in false }, in: list) == (list, 0, []))
    }

    /// A folder whose feeds all went goes too, and so does a folder that held only that one
    /// (it stayed, an empty outline that tags nothing); a folder that keeps a feed stays, and
    /// so does one that was empty before.
    @Test func aFolderLeftEmptyGoesWithItsLastFeed() {
        let nested = """
            <opml version="2.0"><body>
              <outline text="Defence">
                <outline text="Air">
                  <outline text="A" xmlUrl="https://a.example/rss"/>
                </outline>
              </outline>
              <outline text="Balkans">
                <outline text="B" xmlUrl="https://b.example/rss"/>
                <outline text="C" xmlUrl="https://c.example/rss"/>
              </outline>
              <outline text="Later"/>
              <outline text="Also later"></outline>
            </body></opml>
            """
        let air = OPMLEditor.removing({ $0 == "https://a.example/rss" }, in: nested)
        #expect(air.removed == 1)
        #expect(air.emptiedFolders == ["Defence", "Air"])
        #expect(!air.text.contains("Defence") && !air.text.contains("Air") && air.text.contains("Balkans"))
        #expect(air.text.hasPrefix("<opml version=\"2.0\"><body>\n  <outline text=\"Balkans\">"))
        let balkans = OPMLEditor.removing({ $0 == "https://b.example/rss" }, in: nested)
        #expect(balkans.emptiedFolders == [])
        #expect(
            balkans.text.contains("Balkans") && balkans.text.contains("Later") && balkans.text.contains("Also later"))
        let both = OPMLEditor.removing({ $0 != "https://a.example/rss" }, in: nested)
        #expect(both.removed == 2 && both.emptiedFolders == ["Balkans"])
        #expect(both.text.contains("Defence") && both.text.contains("Later"))
    }

    @Test func whatItWritesReadsBackAsTheFeedInItsFolder() throws {
        for folder in [nil, "Serbia", "Kosovo", "Western Balkans", "New one"] as [String?] {
            let added = try OPMLEditor.adding(entry, toFolder: folder, in: list, path: "feeds.opml")
            let read = try OPMLReader.read(Data(added.utf8), path: "feeds.opml", folder: "/tmp")
            let before = try OPMLReader.read(Data(list.utf8), path: "feeds.opml", folder: "/tmp")
            #expect(before.allSatisfy { read.contains($0) } && read.count == before.count + 1)
            let new = try #require(read.first { $0.url == entry.url })
            #expect(new.title == entry.title)
            #expect(new.siteURL == entry.siteURL)
            #expect(new.tags.contains(Slug.make(folder ?? "")) || folder == nil)
        }
        let fresh = OPMLEditor.newList(with: entry, inFolder: "Defence")
        let read = try OPMLReader.read(Data(fresh.utf8), path: "feeds.opml", folder: "/tmp")
        #expect(read == [Subscription(url: entry.url, title: entry.title, siteURL: entry.siteURL, tags: ["defence"])])
    }
}
