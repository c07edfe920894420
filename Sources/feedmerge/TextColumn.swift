/// Right-aligned numbers for the plain-text tables of `feedmerge tags`.
enum TextColumn {
    /// `value` right-aligned in `width` characters, with at least two spaces before it.
    static func right(_ value: Int, _ width: Int) -> String {
        String(repeating: " ", count: max(2, width - String(value).count)) + "\(value)"
    }
}
