import FeedModel
import Tagger
import Testing

@Suite struct NearMatchFinderTests {
    /// A whole-word Ukrainian name misses its other forms, which do not begin with it (`Києва`
    /// for `Київ`): they are shown as other forms, where a longer form shows a plural.
    @Test func theOtherFormsOfAUkrainianNameAreShown() {
        let topic = Topic(id: "ukraine", match: ["Київ", "Харків", "drone"])
        let article = Article(
            title: "Новини Києва та Харкова", content: "Дрони над Києвом. Drones over the city.", contentType: .text)
        let text = ArticleText(article)
        let explanation = Tagger(topics: [topic]).explain(article, text: text).first
        let found = NearMatchFinder(topic).nearMatches(in: article, text: text, matched: explanation?.matches ?? [])
        let listed = Set(found.map { "\($0.kind.rawValue) \($0.term) \($0.text) \($0.place.rawValue)" })
        #expect(
            listed == [
                "other-form Київ kyieva title", "other-form Харків kharkova title", "other-form Київ kyievom summary",
                "longer drone drones summary",
            ], "\(listed)")
        // Asked for longer forms only, it shows no other form; with the prefix written, none at all.
        #expect(
            NearMatchFinder(topic, kinds: [.longer]).nearMatches(in: article, text: text, matched: [])
                .allSatisfy { $0.kind == .longer })
        let prefixed = Topic(id: "ukraine", match: ["Київ*", "Харків*"])
        let matched = Tagger(topics: [prefixed]).explain(article, text: text).first?.matches ?? []
        #expect(NearMatchFinder(prefixed).nearMatches(in: article, text: text, matched: matched).isEmpty)
    }
}
