import FeedModel
import Foundation
import Testing

@Suite struct FeedModelTests {
    @Test func stableHashIsStableAcrossRuns() {
        // FNV-1a 64 of known input: a stored identity must never change between builds.
        var hash = StableHash()
        hash.combine(Array("hello".utf8))
        #expect(hash.hex == "a430d84680aabd0b")
        #expect(StableHash.hex("a", "bc") != StableHash.hex("ab", "c"))
    }

    @Test func storyDateIsTheEarliestAndSourcesAreDistinctFeeds() {
        let early = Date(timeIntervalSince1970: 1_000)
        let late = Date(timeIntervalSince1970: 2_000)
        func copy(_ feed: String, _ date: Date) -> SourcedArticle {
            SourcedArticle(
                storeID: 1, feedURL: feed, article: Article(published: date), firstSeen: date, lastUpdated: date)
        }
        let story = Story(id: "s", primary: copy("a", late), also: [copy("b", early), copy("a", late)])
        #expect(story.date == early)
        #expect(story.sourceCount == 2)
    }
}
