import FeedText
import Foundation

/// Every term of every topic in one trie of folded words, walked once over an article's words.
///
/// An edge leads from a node to the next word of a term: the word itself (by its folded hash),
/// a word prefix (for a trailing `*`), or, for fuzzy topics, a word one edit away (found by
/// symmetric deletion: a word and each of its one-letter deletions are keys) or, for shorter
/// words, the same word with a doubled letter written once (`Rute` for `Rutte`). All edges live in
/// one open-addressing table keyed by (node, symbol), so the cost of a text word is a handful of
/// probes whatever the number of terms; a walk goes deeper only while a phrase goes on matching.
struct TermTrie: Sendable {
    /// What a term is for.
    enum Role: UInt8, Sendable {
        case match
        case exclude
    }

    /// One term as the user wrote it, compiled.
    struct Term: Sendable {
        var topic: Int32
        var role: Role
        var text: String
        var isCaseSensitive: Bool
        var isPrefix: Bool
        /// Upper-case letters of each word (`FoldedText.Word.caseMask`), for case-sensitive terms.
        var caseMasks: [UInt32]
        /// Folded length of the last word (the prefix length of a prefix term).
        var lastWordLength: Int
    }

    /// A term occurrence: which term, and which words of the text.
    struct Hit: Sendable {
        var term: Int32
        var words: Range<Int>
        /// Whether a word matched only at edit distance 1.
        var isFuzzy: Bool
    }

    private enum EdgeKind: UInt8, Sendable {
        case word
        case prefix
        case fuzzy
        /// The word with each run of one letter written once.
        case singled
    }

    private struct Edge: Sendable {
        var parent: UInt32
        var symbol: UInt64
        var child: UInt32
        var kind: EdgeKind
        /// For a fuzzy edge, the folded bytes of the term word (into `fuzzyWords`), else -1.
        var fuzzyWord: Int32
    }

    private static let prefixSalt: UInt64 = 0x5be0_cd19_137e_2179
    private static let fuzzySalt: UInt64 = 0x1f83_d9ab_fb41_bd6b
    private static let singledSalt: UInt64 = 0x6a09_e667_f3bc_c908
    /// Words shorter than this (in folded bytes) match fuzzily only by a doubled letter.
    static let fuzzyMinimumLength = 6

    private(set) var terms: [Term] = []
    private var edges: [Edge] = []
    private var slots: [UInt32] = []  // edge index + 1; 0 is empty
    private var slotMask = 0
    private var fuzzyWords: [[UInt8]] = []
    /// Per node: terms ending there, whether it has children, prefix lengths of its prefix edges
    /// (bit L for length L, 1…31), whether it has fuzzy edges.
    private var outputs: [[Int32]] = [[]]
    private var hasChildren: [Bool] = [false]
    private var prefixLengths: [UInt32] = [0]
    private var hasFuzzy: [Bool] = [false]

    init() {}

    /// Adds a term; returns false when it has no words.
    @discardableResult
    mutating func add(
        _ text: String, topic: Int, role: Role, isCaseSensitive: Bool, isFuzzy: Bool
    ) -> Bool {
        var source = Substring(text.trimmingCharacters(in: .whitespaces))
        let isPrefix = source.hasSuffix("*")
        if isPrefix { source = source.dropLast() }
        let folded = FoldedText(String(source))
        guard !folded.words.isEmpty else { return false }
        let termIndex = Int32(terms.count)
        var node: UInt32 = 0
        for (position, word) in folded.words.enumerated() {
            let bytes = Array(folded.slice(word))
            let isLast = position == folded.words.count - 1
            if isLast && isPrefix {
                let length = min(bytes.count, 31)
                let symbol = TermTrie.hash(bytes[0..<length]) ^ TermTrie.prefixSalt
                let child = childNode(from: node, symbol: symbol, kind: .prefix)
                prefixLengths[Int(node)] |= 1 << UInt32(length)
                node = child
            } else {
                let child = childNode(from: node, symbol: word.hash, kind: .word)
                if isFuzzy && bytes.count >= TermTrie.fuzzyMinimumLength {
                    addFuzzyEdges(from: node, to: child, word: bytes)
                }
                if isFuzzy {
                    hasFuzzy[Int(node)] = true
                    let symbol = bytes.withUnsafeBufferPointer { TermTrie.singledHash($0) } ^ TermTrie.singledSalt
                    if find(parent: node, symbol: symbol, kind: .singled) != child {
                        insert(Edge(parent: node, symbol: symbol, child: child, kind: .singled, fuzzyWord: -1))
                    }
                }
                node = child
            }
        }
        outputs[Int(node)].append(termIndex)
        terms.append(
            Term(
                topic: Int32(topic), role: role, text: text, isCaseSensitive: isCaseSensitive, isPrefix: isPrefix,
                caseMasks: folded.words.map(\.caseMask),
                lastWordLength: Int(folded.words.last!.end - folded.words.last!.start)))
        return true
    }

    /// Adds a term that is matched elsewhere (a source category), so that its hits can be
    /// reported like any other; returns its index.
    mutating func addDetached(_ text: String, topic: Int, role: Role) -> Int32 {
        terms.append(
            Term(
                topic: Int32(topic), role: role, text: text, isCaseSensitive: false, isPrefix: false, caseMasks: [],
                lastWordLength: 0))
        return Int32(terms.count - 1)
    }

    /// Calls `report` for each term occurrence in `text`.
    func scan(_ text: FoldedText, _ report: (Hit) -> Void) {
        let words = text.words
        guard !words.isEmpty, edges.count > 0 else { return }
        text.bytes.withUnsafeBufferPointer { bytes in
            var scratch = Scratch()
            for start in words.indices {
                walk(node: 0, position: start, start: start, isFuzzy: false, words, bytes, &scratch, report)
            }
        }
    }

    // MARK: Walking

    /// Reusable buffers for one scan.
    private struct Scratch {
        var children: [(node: UInt32, isFuzzy: Bool)] = []
    }

    private func walk(
        node: UInt32, position: Int, start: Int, isFuzzy: Bool, _ words: [FoldedText.Word],
        _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch, _ report: (Hit) -> Void
    ) {
        guard position < words.count else { return }
        let word = words[position]
        let begin = scratch.children.count
        // The word itself.
        if let child = find(parent: node, symbol: word.hash, kind: .word) {
            scratch.children.append((child, false))
        }
        let wordBytes = UnsafeBufferPointer(rebasing: bytes[Int(word.start)..<Int(word.end)])
        // Prefixes of it.
        let lengths = prefixLengths[Int(node)]
        if lengths != 0 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for index in 0..<min(wordBytes.count, 31) {
                hash = (hash ^ UInt64(wordBytes[index])) &* 0x100_0000_01b3
                if lengths & (1 << UInt32(index + 1)) != 0,
                    let child = find(parent: node, symbol: hash ^ TermTrie.prefixSalt, kind: .prefix)
                {
                    scratch.children.append((child, false))
                }
            }
        }
        // Words one edit away.
        if hasFuzzy[Int(node)] {
            if wordBytes.count >= TermTrie.fuzzyMinimumLength - 1 { appendFuzzyChildren(of: node, wordBytes, &scratch) }
            let symbol = TermTrie.singledHash(wordBytes) ^ TermTrie.singledSalt
            if let child = find(parent: node, symbol: symbol, kind: .singled),
                !scratch.children[begin...].contains(where: { $0.node == child })
            {
                scratch.children.append((child, true))
            }
        }
        let end = scratch.children.count
        var index = begin
        while index < end {
            let (child, viaFuzzy) = scratch.children[index]
            index += 1
            // The same child reached twice (an exact and a fuzzy edge): walk it once.
            var seen = false
            for earlier in begin..<(index - 1) where scratch.children[earlier].node == child {
                seen = true
                break
            }
            if seen { continue }
            let fuzzy = isFuzzy || viaFuzzy
            for term in outputs[Int(child)] where accepts(terms[Int(term)], words, start, position) {
                report(Hit(term: term, words: start..<(position + 1), isFuzzy: fuzzy))
            }
            if hasChildren[Int(child)] {
                walk(
                    node: child, position: position + 1, start: start, isFuzzy: fuzzy, words, bytes, &scratch,
                    report)
            }
        }
        scratch.children.removeSubrange(begin...)
    }

    /// Whether a term that reached its end also holds its case conditions.
    private func accepts(_ term: Term, _ words: [FoldedText.Word], _ start: Int, _ last: Int) -> Bool {
        guard term.isCaseSensitive else { return true }
        for offset in 0...(last - start) {
            var mask = words[start + offset].caseMask
            var expected = term.caseMasks[offset]
            if term.isPrefix && start + offset == last && term.lastWordLength < 32 {
                let keep: UInt32 = (1 << UInt32(term.lastWordLength)) &- 1
                mask &= keep
                expected &= keep
            }
            if mask != expected { return false }
        }
        return true
    }

    private func appendFuzzyChildren(of node: UInt32, _ word: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch) {
        // A term word one letter longer than this word: a deletion of it equals this word.
        appendFuzzy(node, symbol: TermTrie.hash(word, skipping: -1), word, &scratch)
        // The same length (a letter replaced or two swapped) or one shorter: a deletion of this
        // word equals the term word or one of its deletions.
        for skip in 0..<word.count {
            appendFuzzy(node, symbol: TermTrie.hash(word, skipping: skip), word, &scratch)
        }
    }

    private func appendFuzzy(
        _ node: UInt32, symbol: UInt64, _ word: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch
    ) {
        let key = TermTrie.key(node, symbol ^ TermTrie.fuzzySalt)
        var slot = Int(truncatingIfNeeded: key) & slotMask
        while slots[slot] != 0 {
            let edge = edges[Int(slots[slot] - 1)]
            if edge.parent == node, edge.symbol == symbol ^ TermTrie.fuzzySalt, edge.kind == .fuzzy,
                EditDistance.isAtMostOne(word, fuzzyWords[Int(edge.fuzzyWord)]),
                !scratch.children.contains(where: { $0.node == edge.child })
            {
                scratch.children.append((edge.child, true))
            }
            slot = (slot + 1) & slotMask
        }
    }

    private func find(parent: UInt32, symbol: UInt64, kind: EdgeKind) -> UInt32? {
        guard slotMask > 0 else { return nil }
        var slot = Int(truncatingIfNeeded: TermTrie.key(parent, symbol)) & slotMask
        while slots[slot] != 0 {
            let edge = edges[Int(slots[slot] - 1)]
            if edge.parent == parent && edge.symbol == symbol && edge.kind == kind { return edge.child }
            slot = (slot + 1) & slotMask
        }
        return nil
    }

    // MARK: Building

    private mutating func childNode(from parent: UInt32, symbol: UInt64, kind: EdgeKind) -> UInt32 {
        if let existing = find(parent: parent, symbol: symbol, kind: kind) { return existing }
        let child = UInt32(outputs.count)
        outputs.append([])
        hasChildren.append(false)
        prefixLengths.append(0)
        hasFuzzy.append(false)
        hasChildren[Int(parent)] = true
        insert(Edge(parent: parent, symbol: symbol, child: child, kind: kind, fuzzyWord: -1))
        return child
    }

    private mutating func addFuzzyEdges(from parent: UInt32, to child: UInt32, word: [UInt8]) {
        let wordIndex = Int32(storeWord(word))
        hasFuzzy[Int(parent)] = true
        var symbols: Set<UInt64> = []
        word.withUnsafeBufferPointer { buffer in
            symbols.insert(TermTrie.hash(buffer, skipping: -1))
            for skip in 0..<buffer.count { symbols.insert(TermTrie.hash(buffer, skipping: skip)) }
        }
        for symbol in symbols {
            insert(
                Edge(
                    parent: parent, symbol: symbol ^ TermTrie.fuzzySalt, child: child, kind: .fuzzy,
                    fuzzyWord: wordIndex))
        }
    }

    private mutating func storeWord(_ bytes: [UInt8]) -> Int {
        fuzzyWords.append(bytes)
        return fuzzyWords.count - 1
    }

    private mutating func insert(_ edge: Edge) {
        edges.append(edge)
        if edges.count * 2 > slots.count { rehash(capacity: max(64, slots.count * 2)) } else { place(edges.count - 1) }
    }

    private mutating func rehash(capacity: Int) {
        slots = [UInt32](repeating: 0, count: capacity)
        slotMask = capacity - 1
        for index in edges.indices { place(index) }
    }

    private mutating func place(_ index: Int) {
        let edge = edges[index]
        var slot = Int(truncatingIfNeeded: TermTrie.key(edge.parent, edge.symbol)) & slotMask
        while slots[slot] != 0 { slot = (slot + 1) & slotMask }
        slots[slot] = UInt32(index + 1)
    }

    // MARK: Hashing

    private static func key(_ parent: UInt32, _ symbol: UInt64) -> UInt64 {
        var value = symbol ^ (UInt64(parent) &* 0x9e37_79b9_7f4a_7c15)
        value ^= value >> 29
        value &*= 0xbf58_476d_1ce4_e5b9
        value ^= value >> 32
        return value
    }

    /// FNV-1a, as `FoldedText` hashes words.
    static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// FNV-1a of `bytes` with each run of one byte taken once (`rutte` as `rute`).
    static func singledHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var previous: Int = -1
        for byte in bytes where Int(byte) != previous {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            previous = Int(byte)
        }
        return hash
    }

    /// FNV-1a of `bytes` without the byte at `skip` (-1 skips none).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, skipping skip: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in 0..<bytes.count where index != skip {
            hash = (hash ^ UInt64(bytes[index])) &* 0x100_0000_01b3
        }
        return hash
    }
}
