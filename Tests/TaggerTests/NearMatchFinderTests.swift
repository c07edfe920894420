import FeedModel
import Tagger
import Testing

@Suite struct NearMatchFinderTests {
    /// A whole-word Ukrainian name matches its other forms in an article told Ukrainian (see
    /// `EastSlavicCases`); where the article is not told so (a headline with none of Ukrainian's
    /// own letters, read as Serbian), it misses them, since they do not begin with it (`Харкова`
    /// for `Харків`): they are shown as other forms, where a longer form shows a plural.
    @Test func theOtherFormsOfAUkrainianNameAreShown() {
        let topic = Topic(id: "ukraine", match: ["Київ", "Харків", "drone"])
        func listed(_ article: Article) -> Set<String> {
            let text = ArticleText(article)
            let explanation = Tagger(topics: [topic]).explain(article, text: text).first
            let found = NearMatchFinder(topic).nearMatches(in: article, text: text, matched: explanation?.matches ?? [])
            return Set(found.map { "\($0.kind.rawValue) \($0.term) \($0.text) \($0.place.rawValue)" })
        }
        let article = Article(
            title: "Новини Києва та Харкова", content: "Дрони над Києвом. Drones over the city.", contentType: .text)
        #expect(listed(article) == ["longer drone drones summary"])
        let untold = Article(title: "Новини Харкова")
        #expect(listed(untold) == ["other-form Харків harkova title"])
        // Asked for longer forms only, it shows no other form; with the prefix written, none at all.
        #expect(
            NearMatchFinder(topic, kinds: [.longer]).nearMatches(in: untold, text: ArticleText(untold), matched: [])
                .isEmpty)
        let text = ArticleText(article)
        let prefixed = Topic(id: "ukraine", match: ["Київ*", "Харків*"])
        let matched = Tagger(topics: [prefixed]).explain(article, text: text).first?.matches ?? []
        #expect(NearMatchFinder(prefixed).nearMatches(in: article, text: text, matched: matched).isEmpty)
    }
}
