/// A set of 64-bit hashes with open addressing and a multiplicative hash: the word classes and
/// per-article sets are queried for every word of every article, where `Set<UInt64>`'s seeded
/// SipHash costs more than the rest of the lookup.
struct HashSet: Sendable {
    private var slots: [UInt64]
    private var mask: Int
    private(set) var count = 0
    /// Zero marks an empty slot, so zero itself is kept apart.
    private var hasZero = false

    init(minimumCapacity: Int = 16) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
    }

    init(_ values: some Sequence<UInt64>) {
        let array = Array(values)
        self.init(minimumCapacity: array.count)
        for value in array { insert(value) }
    }

    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        var index = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let slot = slots[index]
            if slot == value { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }

    /// Inserts `value`; returns whether it was new.
    @discardableResult
    mutating func insert(_ value: UInt64) -> Bool {
        if value == 0 {
            defer { hasZero = true }
            return !hasZero
        }
        if (count + 1) * 2 > slots.count { grow() }
        var index = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let slot = slots[index]
            if slot == value { return false }
            if slot == 0 {
                slots[index] = value
                count += 1
                return true
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for value in old where value != 0 { insert(value) }
    }
}
