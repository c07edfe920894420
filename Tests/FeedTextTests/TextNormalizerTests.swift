import FeedText
import Testing

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("Vučić", "vucic"), ("Вучић", "vucic"), ("VUČIĆ", "vucic"), ("Đukanović", "djukanovic"),
        ("Приштина", "pristina"), ("Straße", "strasse"), ("Ｎａｔｏ", "nato"), ("ﬁnance", "finance"),
    ])
    func foldsCaseDiacriticsAndScripts(input: String, folded: String) {
        #expect(TextNormalizer.folded(input) == folded)
    }

    @Test func splitsHyphensAndDropsPossessives() {
        let words = TextNormalizer.tokens(in: "NATO's pro-Russian Rutte’s (KFOR) 2025").map(\.folded)
        #expect(words == ["nato", "pro", "russian", "rutte", "kfor", "2025"])
    }

    @Test func keepsCaseInTheCasedForm() {
        let tokens = TextNormalizer.tokens(in: "US us Vučić")
        #expect(tokens.map(\.cased) == ["US", "us", "Vucic"])
        #expect(tokens.map(\.folded) == ["us", "us", "vucic"])
    }

    @Test func slugs() {
        #expect(Slug.make("Western Balkans") == "western-balkans")
        #expect(Slug.make("  Bosna i Hercegovina / BiH ") == "bosna-i-hercegovina-bih")
    }
}
