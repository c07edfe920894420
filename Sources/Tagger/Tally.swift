/// What matched for each topic in one article, found through a small open-addressing table
/// (an article can touch dozens of topics out of thousands).
struct Tally {
    struct Entry {
        var topic: Int32
        /// Matches in the title, the summary or the categories.
        var strong: Int32
        var body: Int32
        /// Matches whose capital said little (a headline in title case): they count as body
        /// matches, unless the article writes the term in lower case somewhere (`Turkey Farmers
        /// Brace For Christmas`, then `turkey farmers`), and then they are `contradicted`.
        var uncertain: Int32 = 0
        var contradicted = false
        /// A match that does not count was found (in a language it does not count in, or one
        /// edit from a name where a capital tells no name; see `TermTrie.Hit`): `explain` shows
        /// it as a near miss.
        var nearMiss = false
        var excluded: Bool
        /// What counts against `min_hits`.
        var bodyHits: Int32 { body + uncertain }
        /// Where the last counted match ended, so that overlapping terms of one topic
        /// (`Western Balkans` and `Balkans`, `Pristina` and `Priština`) count one mention once.
        var lastPlace: TextPlace = .title
        var lastEnd = -1
    }

    var entries: [Entry] = []
    /// Entry index + 1 by hashed topic; 0 is empty.
    private var slots: [Int32] = []

    /// Counts a hit; false when it only repeats a mention already counted.
    @discardableResult
    mutating func add(_ hit: TermTrie.Hit, _ place: TextPlace) -> Bool {
        let index = entryIndex(hit.topic)
        if hit.isContradicted {
            entries[index].contradicted = true
            return true
        }
        if hit.isInOtherLanguage || hit.isUnsureName || hit.isInOtherName {
            // Not a near miss where another term of the topic counted the same words (`Kremlin`
            // and `Кремл*` in `Kremlin`).
            if entries[index].lastPlace == place && hit.words.lowerBound < entries[index].lastEnd { return false }
            entries[index].nearMiss = true
            return true
        }
        if hit.excludes {
            entries[index].excluded = true
            return true
        }
        if place != .category {
            if entries[index].lastPlace == place && hit.words.lowerBound < entries[index].lastEnd { return false }
            entries[index].lastPlace = place
            entries[index].lastEnd = hit.words.upperBound
        }
        if hit.isCaseUncertain {
            entries[index].uncertain += 1
        } else if place == .body {
            entries[index].body += 1
        } else {
            entries[index].strong += 1
        }
        return true
    }

    private mutating func entryIndex(_ topic: Int32) -> Int {
        if entries.count < 8 {
            // A few topics: a scan is cheaper than hashing.
            if let index = entries.firstIndex(where: { $0.topic == topic }) { return index }
            // Room for the few at once, not grown from one: 2% of matching's time with 1,000
            // topics at 10% (side by side, new/old 0.983 and 0.981).
            if entries.capacity == 0 { entries.reserveCapacity(8) }
            entries.append(Entry(topic: topic, strong: 0, body: 0, excluded: false))
            return entries.count - 1
        }
        if slots.count < entries.count * 2 { rehash() }
        let mask = slots.count - 1
        var slot = Tally.home(topic, mask)
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].topic == topic { return index }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(topic: topic, strong: 0, body: 0, excluded: false))
        slots[slot] = Int32(entries.count)
        return entries.count - 1
    }

    private mutating func rehash() {
        var count = 32
        while count < entries.count * 4 { count <<= 1 }
        slots = [Int32](repeating: 0, count: count)
        let mask = count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Tally.home(entry.topic, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// A topic's first slot: the low bits of its index times an odd number. They are a
    /// permutation of the index's low bits, so topics listed near each other (a region's
    /// countries, as users write them; fewer apart than the table has slots) never share one.
    @inline(__always)
    private static func home(_ topic: Int32, _ mask: Int) -> Int {
        Int(UInt32(bitPattern: topic) &* 0x013c_6ef3) & mask
    }
}
