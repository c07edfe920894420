import Dedup
import FeedModel
import Foundation
import Testing

@Suite struct CanonicalURLTests {
    @Test(arguments: [
        ("https://www.Example.com:443/a/b/?utm_source=rss&utm_medium=feed#top", "example.com/a/b"),
        ("http://example.com/a/b", "example.com/a/b"),
        ("https://example.com/a?id=7&fbclid=x&gclid=y&mc_cid=z", "example.com/a?id=7"),
        ("https://example.com/story/amp/", "example.com/story"),
        ("https://amp.example.com/story", "example.com/story"),
        ("https://example.com/a?b=2&a=1", "example.com/a?a=1&b=2"),
    ])
    func canonicalizes(url: String, expected: String) {
        #expect(CanonicalURL.make(url) == expected)
    }

    @Test func refusesNonWebURLs() {
        #expect(CanonicalURL.make("mailto:x@example.com") == nil)
        #expect(CanonicalURL.make("urn:uuid:1") == nil)
    }
}

@Suite struct StoryMergerTests {
    private func copy(_ feed: String, _ link: String?, id: String, at seconds: Double, priority: Int = 0)
        -> SourcedArticle
    {
        let date = Date(timeIntervalSince1970: seconds)
        return SourcedArticle(
            storeID: Int64(seconds), feedURL: feed, feedTitle: feed, feedPriority: priority,
            article: Article(id: id, title: id, link: link, published: date), firstSeen: date, lastUpdated: date)
    }

    @Test func theSameLinkFromTwoOutletsIsOneStory() {
        let stories = StoryMerger().merge([
            copy("a", "https://wire.example/x?utm_source=a", id: "a1", at: 200),
            copy("b", "https://wire.example/x/", id: "b1", at: 100),
            copy("b", "https://b.example/other", id: "b2", at: 300),
        ])
        #expect(stories.count == 2)
        let merged = try? #require(stories.first { $0.members.count == 2 })
        #expect(merged?.primary.feedURL == "b")
        #expect(merged?.also.map(\.feedURL) == ["a"])
    }

    @Test func theHigherRankedFeedRepresentsTheStory() {
        let stories = StoryMerger().merge([
            copy("early", "https://wire.example/x", id: "1", at: 100),
            copy("ranked", "https://wire.example/x", id: "2", at: 200, priority: 5),
        ])
        #expect(stories.first?.primary.feedURL == "ranked")
    }

    @Test func idsAreStableAndIndependentOfOrder() {
        let a = copy("a", "https://wire.example/x", id: "1", at: 100)
        let b = copy("b", "https://wire.example/x", id: "2", at: 200)
        #expect(StoryMerger().merge([a, b]).first?.id == StoryMerger().merge([b, a]).first?.id)
        #expect(StoryMerger().merge([a]).first?.id == StoryMerger().merge([a, b]).first?.id)
    }

    @Test func articlesWithoutLinksStayApart() {
        let stories = StoryMerger().merge([copy("a", nil, id: "1", at: 1), copy("b", nil, id: "1", at: 2)])
        #expect(stories.count == 2)
    }
}
