import FeedModel
import Tagger
import Testing

@Suite struct CategoryCensusTests {
    let tagger = Tagger(topics: [
        Topic(id: "tech", match: ["software"], categories: ["Gadgets"]),
        Topic(id: "music", match: ["album"]),
    ])

    @Test func categoriesOfUntaggedArticlesAreListedWithTheTopicsOfTheTaggedOnes() {
        var census = CategoryCensus(tagger: tagger)
        let homeTech = Category(term: "home-tech", label: "Home Tech")
        census.add([homeTech, Category(term: "Deals")], topics: [], feed: "a")
        census.add([Category(term: "home tech ", label: " "), Category(term: "deals")], topics: [], feed: "b")
        census.add([homeTech, Category(term: "Deals")], topics: ["tech"], feed: "a")
        census.add([homeTech], topics: ["music", "tech"], feed: "a")
        // Named by a topic (its term or its label): tagged anyway, nothing to add.
        census.add([Category(term: "gadgets"), Category(term: "x", label: "GADGETS")], topics: [], feed: "a")
        census.add([Category(term: "Gadgets")], topics: [], feed: "b")
        // A scheme URI is nothing to write in `categories:`; one untagged article is too few.
        census.add([Category(term: "http://gdata.youtube.com/schemas/2007#video")], topics: [], feed: "a")
        census.add([Category(term: "http://gdata.youtube.com/schemas/2007#video")], topics: [], feed: "b")
        census.add([Category(term: "Once")], topics: [], feed: "a")

        let entries = census.categories(limit: 10)
        #expect(entries.map(\.category) == ["Deals", "Home Tech"])
        let deals = entries[0]
        #expect(deals.untaggedArticles == 2 && deals.feeds == 2 && deals.taggedArticles == 1)
        #expect(deals.topics.map { "\($0.topic) \($0.articles)" } == ["tech 1"])
        // The label when there is one, trimmed; the same key however it is written.
        let home = entries[1]
        #expect(home.untaggedArticles == 2 && home.feeds == 2 && home.taggedArticles == 2)
        #expect(home.topics.map { "\($0.topic) \($0.articles)" } == ["tech 2", "music 1"])
        #expect(census.categories(limit: 1).map(\.category) == ["Deals"])
    }

    @Test func anArticleCountsACategoryOnce() {
        var census = CategoryCensus(tagger: tagger)
        census.add([Category(term: "News"), Category(term: "news")], topics: [], feed: "a")
        census.add([Category(term: "News")], topics: [], feed: "a")
        #expect(census.categories(limit: 10).map(\.untaggedArticles) == [2])
    }
}
