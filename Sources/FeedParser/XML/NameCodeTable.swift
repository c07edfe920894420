/// Element codes by (local name, namespace) pointer pair: an open-addressing table, because a
/// `Dictionary` lookup (hashing with a random seed) showed in profiles at two lookups per element.
///
/// The pointers come from libxml2's dictionary, so one pointer means one string for the life
/// of the parser context.
struct NameCodeTable {
    private var names: [UInt]
    private var namespaces: [UInt]
    private var codes: [Int]
    private var count = 0

    init(capacity: Int = 256) {
        names = Array(repeating: 0, count: capacity)
        namespaces = Array(repeating: 0, count: capacity)
        codes = Array(repeating: -1, count: capacity)
    }

    @inline(__always)
    private func slot(_ name: UInt, _ namespace: UInt, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((name >> 3) &* 0x9E37_79B9_7F4A_7C15) ^ (namespace >> 3)) & mask
    }

    func code(_ name: UInt, _ namespace: UInt) -> Int? {
        let mask = codes.count - 1
        var index = slot(name, namespace, mask: mask)
        while codes[index] >= 0 {
            if names[index] == name && namespaces[index] == namespace { return codes[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    mutating func insert(_ name: UInt, _ namespace: UInt, _ code: Int) {
        if (count + 1) * 2 > codes.count { grow() }
        let mask = codes.count - 1
        var index = slot(name, namespace, mask: mask)
        while codes[index] >= 0 { index = (index + 1) & mask }
        names[index] = name
        namespaces[index] = namespace
        codes[index] = code
        count += 1
    }

    private mutating func grow() {
        let old = (names, namespaces, codes)
        self = NameCodeTable(capacity: codes.count * 2)
        for index in old.2.indices where old.2[index] >= 0 {
            insert(old.0[index], old.1[index], old.2[index])
        }
    }
}
