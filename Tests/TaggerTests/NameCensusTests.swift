import FeedModel
import Foundation
import Tagger
import Testing

@Suite struct NameCensusTests {
    let tagger = Tagger(topics: [
        Topic(id: "tech", match: ["software", "Kotlin*"], matchCase: ["Apple"]),
        Topic(id: "serbia", match: ["Vučić"]),
    ])

    private func census(_ articles: [(title: String, body: String, isTagged: Bool)]) -> [NameCensus.Name] {
        var census = NameCensus(tagger: tagger)
        for article in articles {
            census.add(
                Article(title: article.title, content: article.body, contentType: .text), isTagged: article.isTagged,
                feed: "one feed")
        }
        return census.names(limit: 10)
    }

    @Test func namesWrittenWithACapitalInTwoUntaggedArticlesAreListed() {
        let names = census([
            ("Rainbow deployments", "Teams moving to Kubernetes describe the switch.", false),
            ("A cluster story", "The old setup ran on Kubernetes and Nomad until March.", false),
            ("Software news", "Kubernetes again, in a tagged article.", true),
        ])
        #expect(names.map(\.name) == ["Kubernetes"])
        #expect(names.first?.untaggedArticles == 2)
        // "Kubernetes again" opens its sentence, but the word is a name elsewhere.
        #expect(names.first?.taggedArticles == 1)
    }

    @Test func wordsWrittenInLowerCaseAnywhereAreNotNames() {
        let names = census([
            ("Notes", "We met the Deployment team about Rollouts.", false),
            ("More notes", "The Deployment team wrote about Rollouts again.", false),
            ("Other", "Each deployment of rollouts is logged.", true),
        ])
        #expect(names.isEmpty)
    }

    @Test func aCapitalThatOpensASentenceOrIsInATitleCaseHeadlineSaysNothing() {
        let names = census([
            ("Rainbow Deployments With Clusters Explained", "Clusters grow. Nothing else here.", false),
            ("Rainbow Deployments For Clusters Explained", "Clusters shrink. Nothing else here.", false),
        ])
        #expect(names.isEmpty)
    }

    @Test func namesTheTopicsNameAndDaysAndMonthsAreLeftOut() {
        let names = census([
            (
                "Release notes",
                "A new Kotlin/Native build for Apple hardware came out on Monday, says Vucic and Ember for FY19.", false
            ),
            (
                "Release notes again", "Kotlin tools for Apple devices, on Mondays in Mar. with Vučić, Ember and FY19.",
                false
            ),
        ])
        // Kotlin is named by `Kotlin*`, Apple by its case-sensitive term, Vucic by Vučić; Native
        // is in one article only.
        #expect(names.map(\.name) == ["Ember"])
    }

    @Test func namesAreWrittenWithTheirCapitals() {
        let names = census([
            ("Patents", "The MPEG group and the ASIC makers disagree about GPUs and eBay.", false),
            ("Patents again", "MPEG licences end; ASIC makers, GPUs and eBay cheer.", false),
        ])
        // As the articles write them, not merely capitalized.
        #expect(names.map(\.name) == ["ASIC", "GPUs", "MPEG"])
    }

    @Test func aPersonIsListedByBothNamesAndGivenNamesAloneAreLeftOut() {
        let names = census([
            ("Protests", "Crowds in the streets named Mahsa Amini, and Michael Dell spoke at Dell.", false),
            ("More protests", "The death of Mahsa Amini, said Michael Jordan, moved the Bulls.", false),
            ("Films", "A film with Michael Fassbender, seen by Dell and the Bulls.", false),
        ])
        // Amini always follows Mahsa: one name. Michael comes before three surnames: a given
        // name, in no one's topic. Dell and the Bulls stand alone too.
        #expect(names.map(\.name) == ["Bulls", "Dell", "Mahsa Amini"])
        #expect(names.last?.untaggedArticles == 2)
    }

    @Test func aNameThatSometimesComesBeforeAnotherStaysAName() {
        let names = census([
            ("Phones", "The new Sony Xperia and a Sony camera.", false),
            ("More phones", "Sony said the Xperia line goes on; Sony agreed.", false),
            ("Cameras", "Sony cameras again, from Sony Pictures.", false),
        ])
        #expect(names.map(\.name) == ["Sony", "Xperia"])
    }

    @Test func namesFromMoreFeedsComeFirst() {
        var census = NameCensus(tagger: tagger)
        // One feed repeats its show's name; two feeds carry Kubernetes.
        for index in 0..<5 {
            census.add(
                Article(
                    title: "Episode \(index)", content: "Welcome to the Bombcast, episode \(index).", contentType: .text
                ),
                isTagged: false, feed: "podcast")
        }
        for feed in ["ars", "slashdot"] {
            census.add(
                Article(title: "Clusters", content: "A story about Kubernetes.", contentType: .text), isTagged: false,
                feed: feed)
        }
        let names = census.names(limit: 10)
        #expect(names.map(\.name) == ["Kubernetes", "Bombcast"])
        #expect(names.map(\.feeds) == [2, 1])
        #expect(names.map(\.untaggedArticles) == [2, 5])
    }
}
