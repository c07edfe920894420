import FeedWriter
import Testing

@Suite struct TagExpressionTests {
    private func matches(_ expression: String, _ tags: Set<String>, sources: Set<String> = [], languages: [String] = [])
        throws -> Bool
    {
        try TagExpression.parse(expression).matches(.init(tags: tags, sources: sources, languages: languages))
    }

    @Test func precedenceIsNotThenAndThenOr() throws {
        #expect(try matches("western-balkans and not sports", ["western-balkans"]))
        #expect(try !matches("western-balkans and not sports", ["western-balkans", "sports"]))
        #expect(try matches("a or b and c", ["a"]))
        #expect(try !matches("(a or b) and c", ["a"]))
        #expect(try matches("not not a", ["a"]))
    }

    @Test func sourceAndLanguageTerms() throws {
        #expect(try matches("source:n1.example and lang:en", [], sources: ["n1.example"], languages: ["en-GB"]))
        #expect(try !matches("lang:en", [], languages: ["sr-Latn"]))
    }

    @Test(arguments: [
        ("", 1), ("nato and", 9), ("(nato or serbia", 16), ("nato serbia", 6), ("nato and or serbia", 10),
        ("nato $ serbia", 6), ("color:red", 1), (")", 1),
    ])
    func malformedExpressionsPointAtTheColumn(expression: String, column: Int) {
        #expect {
            _ = try TagExpression.parse(expression)
        } throws: { error in
            (error as? TagExpressionError)?.column == column
        }
    }
}
