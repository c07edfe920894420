/// How near two names are, for the "did you mean" of an error about a misspelt key or tag.
enum Spelling {
    /// The one of `names` nearest to `name`, when it is at most two edits away (the first in
    /// sorted order on a tie). Case is no edit: ids and keys are written in lower case, and
    /// `NATO` or `Match` means `nato` or `match`, four and one edits away otherwise.
    static func nearest(to name: String, among names: some Collection<String>) -> String? {
        var best: (name: String, distance: Int)?
        let lowered = name.lowercased()
        for candidate in names.sorted() {
            let found = distance(candidate.lowercased(), lowered)
            if found <= 2 && found < (best?.distance ?? .max) { best = (candidate, found) }
        }
        return best?.name
    }

    /// The Levenshtein distance between `a` and `b`, in characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
