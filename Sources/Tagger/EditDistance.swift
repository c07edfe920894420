/// Edit distance, bounded: fuzzy matching only ever asks whether two words are at most one
/// edit apart (a letter inserted, deleted or replaced, but not the first one replaced, or two
/// neighbours swapped).
enum EditDistance {
    static func isAtMostOne(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
        b.withUnsafeBufferPointer { b in isAtMostOne(a, b) }
    }

    static func isAtMostOne(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var start = 0
        while start < short.count && short[start] == long[start] { start += 1 }
        if start == short.count { return true }  // equal, or one letter added at the end
        if short.count == long.count {
            // One replaced, or two neighbours swapped. Not the first letter replaced: a
            // misspelling keeps it, and another word that shares the rest is another name
            // (`Kristina` is not `Pristina`).
            if start > 0 && rest(short, start + 1, long, start + 1) { return true }
            return start + 1 < short.count && short[start] == long[start + 1] && short[start + 1] == long[start]
                && rest(short, start + 2, long, start + 2)
        }
        return rest(short, start, long, start + 1)
    }

    private static func rest(
        _ a: UnsafeBufferPointer<UInt8>, _ aFrom: Int, _ b: UnsafeBufferPointer<UInt8>, _ bFrom: Int
    ) -> Bool {
        guard a.count - aFrom == b.count - bFrom else { return false }
        var i = aFrom
        var j = bFrom
        while i < a.count {
            if a[i] != b[j] { return false }
            i += 1
            j += 1
        }
        return true
    }
}
