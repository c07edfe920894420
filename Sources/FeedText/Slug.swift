/// Tag identifiers made from free text: `"Western Balkans"` → `"western-balkans"`.
public enum Slug {
    /// Folds case and diacritics, transliterates Cyrillic, and joins the words with `-`.
    public static func make(_ text: String) -> String {
        TextNormalizer.tokens(in: text).map(\.folded).joined(separator: "-")
    }
}
