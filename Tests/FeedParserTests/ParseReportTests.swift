import FeedModel
import FeedParser
import Foundation
import Testing

@Suite struct ParseReportTests {
    @Test func absentFieldsAreLeftOut() throws {
        let parsed = try parse(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>a</title><link>https://x.example/a</link></item></channel></rss>"
        )
        let line = ParseReport.json(source: "f.xml", parsed: parsed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "rss2.0")
        #expect(object["bozo"] as? Bool == false)
        #expect(object["error"] == nil)
        #expect(object["encoding"] as? String == "utf-8")
        let feed = try #require(object["feed"] as? [String: Any])
        #expect(Set(feed.keys) == ["title", "title_type"])
        let entry = try #require((object["entries"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["id", "title", "title_type", "link", "links"])
        #expect(entry["links"] as? [[String: String]] == [["href": "https://x.example/a", "rel": "alternate"]])
    }

    @Test func datesAreRFC3339InUTC() throws {
        let parsed = try parse(
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>x</id><updated>2004-01-12T19:21:00+02:00</updated></entry></feed>"
        )
        let line = ParseReport.json(source: "f.xml", parsed: parsed)
        #expect(line.contains(#""updated":"2004-01-12T17:21:00Z""#))
    }
}
