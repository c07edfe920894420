/// Tag identifiers made from free text: `"Western Balkans"` → `"western-balkans"`.
public enum Slug {
    /// Folds case and diacritics, transliterates Cyrillic, and joins the words with `-`.
    public static func make(_ text: String) -> String {
        // Always Serbian Latin, as slugs were first made: a slug is a tag id that filters and
        // outputs name, and must not change under them.
        TextNormalizer.tokens(in: text, cyrillic: .serbian).map(\.folded).joined(separator: "-")
    }
}
