import FeedModel
import Foundation
import Tagger
import Testing

@Suite struct TaggerTests {
    let tagger = Tagger(topics: [
        Topic(
            id: "nato", title: "NATO", match: ["North Atlantic Treaty Organization", "Rutte"],
            matchCase: ["NATO", "KFOR"], exclude: ["NATO Tiger Meet"]),
        Topic(id: "serbia", match: ["Serbia", "Serbian", "Belgrade", "Vučić"], within: ["western-balkans"]),
        Topic(id: "western-balkans", match: ["Western Balkans"]),
        Topic(id: "us", matchCase: ["US"]),
        Topic(id: "energy", match: ["nuclear*", "gas pipeline"]),
    ])

    private func tags(_ title: String, body: String? = nil) -> [String] {
        tagger.topicIDs(for: Article(title: title, summary: body, summaryType: .html))
    }

    @Test func matchesWordsAndPhrasesIgnoringCaseAndDiacritics() {
        #expect(tags("Vucic meets envoys") == ["serbia", "western-balkans"])
        #expect(tags("ВУЧИЋ meets envoys") == ["serbia", "western-balkans"])
        #expect(tags("the north atlantic treaty organization summit") == ["nato"])
        #expect(tags("Belgrader") == [])
    }

    @Test func caseSensitiveTermsNeedTheirCase() {
        #expect(tags("NATO's new plan") == ["nato"])
        #expect(tags("nato is a word in some languages") == [])
        #expect(tags("US troops") == ["us"])
        #expect(tags("tell us more") == [])
    }

    @Test func excludeVetoes() {
        #expect(tags("NATO Tiger Meet opens") == [])
    }

    @Test func withinAddsParents() {
        #expect(tags("Pro-Serbian rally") == ["serbia", "western-balkans"])
    }

    @Test func prefixTermsAndBodiesAndHTML() {
        #expect(tags("Plant", body: "<p>The <b>nuclear</b>-powered…</p>") == ["energy"])
        #expect(tags("Nuclearization debate") == ["energy"])
        #expect(tags("A new gas pipeline") == ["energy"])
    }

    @Test func storiesGetTopicsOfEveryCopyAndTheirFeedsTags() {
        let date = Date()
        let story = Story(
            id: "s",
            primary: SourcedArticle(
                storeID: 1, feedURL: "a", feedTags: ["balkans"], article: Article(title: "Rutte speaks"),
                firstSeen: date, lastUpdated: date),
            also: [
                SourcedArticle(
                    storeID: 2, feedURL: "b", article: Article(title: "In Belgrade"), firstSeen: date, lastUpdated: date
                )
            ])
        #expect(tagger.tag([story]).first?.tags == ["balkans", "nato", "serbia", "western-balkans"])
    }
}
