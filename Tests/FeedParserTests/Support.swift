import FeedModel
import FeedParser
import Foundation

/// Parses a document given as text (UTF-8) or bytes.
func parse(_ xml: String, url: String? = "https://feeds.example/feed.xml", contentType: String? = nil) throws
    -> ParsedFeed
{
    try FeedParser().parse(Data(xml.utf8), documentURL: url, contentType: contentType)
}

func parse(bytes: [UInt8], url: String? = "https://feeds.example/feed.xml", contentType: String? = nil) throws
    -> ParsedFeed
{
    try FeedParser().parse(Data(bytes), documentURL: url, contentType: contentType)
}

/// The path of a fixture file of this test target.
func fixture(_ name: String) -> String {
    Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")!.path
}

func date(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    return formatter.date(from: text)
}
