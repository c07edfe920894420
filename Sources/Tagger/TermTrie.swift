import FeedText
import Foundation

/// Every term of every topic in one trie of folded words, walked once over an article's words.
///
/// An edge leads from a node to the next word of a term: the word itself (by its folded hash),
/// a word prefix (for a trailing `*`), or, for fuzzy topics, a word one edit away (found by
/// symmetric deletion: a word and each of its one-letter deletions are keys) or, for shorter
/// words, the same word with a doubled letter written once (`Rute` for `Rutte`). All edges live in
/// one open-addressing table keyed by (node, symbol), each edge in its slot. Before any probe,
/// Bloom filters of the first words, of the prefixes and of the fuzzy keys turn almost every
/// word of a text away in one memory access, so the cost of a word does not grow with the number
/// of terms; a walk goes deeper only while a phrase goes on matching.
///
/// A class holding immutable `Tables` (compiled by `Builder`): the walk's closures capture it,
/// and a struct of this many arrays would be copied, and each array retained, at every capture;
/// `let` tables are read without exclusivity checks.
final class TermTrie: Sendable {
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
    }

    /// A term occurrence: which term, and which words of the text.
    struct Hit: Sendable {
        var term: Int32
        var words: Range<Int>
        /// Whether a word matched only at edit distance 1.
        var isFuzzy: Bool
        /// Whether the case a case-sensitive term needed says little here (a headline in title
        /// case, where every word is capitalized).
        var isCaseUncertain = false
    }

    enum EdgeKind: UInt8, Sendable {
        case word
        case prefix
        case fuzzy
        /// The word with each run of one letter written once.
        case singled
    }

    /// An edge, stored in its slot of the table (24 bytes: a probe is one memory access).
    struct Edge: Sendable {
        var symbol: UInt64
        var parent: UInt32
        /// `UInt32.max` in an empty slot.
        var child: UInt32
        /// For a fuzzy edge, the folded bytes of the term word (into `fuzzyWords`), else -1.
        var fuzzyWord: Int32
        var kind: EdgeKind

        init(parent: UInt32, symbol: UInt64, child: UInt32, kind: EdgeKind, fuzzyWord: Int32) {
            self.symbol = symbol
            self.parent = parent
            self.child = child
            self.fuzzyWord = fuzzyWord
            self.kind = kind
        }

        static let empty = Edge(parent: 0, symbol: 0, child: .max, kind: .word, fuzzyWord: -1)
    }

    private static let prefixSalt: UInt64 = 0x5be0_cd19_137e_2179
    private static let fuzzySalt: UInt64 = 0x1f83_d9ab_fb41_bd6b
    private static let singledSalt: UInt64 = 0x6a09_e667_f3bc_c908
    /// Words shorter than this (in folded bytes) match fuzzily only by a doubled letter.
    static let fuzzyMinimumLength = 6

    /// Everything the trie is: built by `Builder`, then held as one `let` by the trie, so that
    /// the hot loops read it without copies, retains or exclusivity checks.
    struct Tables: Sendable {
        var terms: [Term] = []
        var edgeCount = 0
        var slots: [Edge] = []
        var slotMask = 0
        var fuzzyWords: [[UInt8]] = []
        /// Per node: terms ending there, whether it has children, prefix lengths of its prefix edges
        /// (bit L for length L, 1…31), whether it has fuzzy edges.
        /// Terms ending at a node, as linked lists through flat arrays (no array per node to retain
        /// on the hot path): the node's first term, and each term's next at the same node.
        var firstOutput: [Int32] = [-1]
        var nextOutput: [Int32] = []
        /// What the scan needs of each term, flat: topic, whether it excludes, and for
        /// case-sensitive terms where their case masks start in `masks` (-1 for the others).
        var termTopics: [Int32] = []
        var termExcludes: [Bool] = []
        /// Case-sensitive terms whose words need only a capital first letter (`Turkey`, not `US`).
        var termNeedsOnlyCapitals: [Bool] = []
        var maskStart: [Int32] = []
        var masks: [UInt32] = []
        var hasChildren: [Bool] = [false]
        var prefixLengths: [UInt32] = [0]
        var hasFuzzy: [Bool] = [false]
        /// Filters that turn most words away before any probe of the table: a bit per first word of
        /// a term (by hash), and a bit per first two bytes of a prefix term's first word. Almost no
        /// word of a text starts a term, so the cost of a word is a bit test or two.
        var firstWords: BitFilter
        /// The prefixes of prefix terms' first words, by the symbol of their edge from the root.
        var prefixStarts: BitFilter
        /// The first two bytes of prefix terms' first words, a bit each: most words are turned
        /// away here, before their prefixes are keyed.
        var prefixBigrams = [UInt64](repeating: 0, count: 65_536 / 64)
        /// For fuzzy edges: a Bloom filter of their keys (so that a word's many deletion variants
        /// cost bit tests, not probes), and, for words at the root, the hashed first and last three
        /// letters of the term words (a word one edit away from a word of 6 letters or more keeps
        /// one end of it whole) and the first two letters of their singled forms.
        var fuzzyKeys: BitFilter
        var fuzzyEnds: BitFilter
        /// Which end widths fuzzy term words at the root need: bit 0 for 3, bit 1 for 4.
        var fuzzyEndWidths: UInt8 = 0
        var singledStarts: BitFilter

        /// A trie sized for about `expectedTerms` terms (it grows past that; its filters fill up).
        init(expectedTerms: Int = 0) {
            firstWords = BitFilter(keys: expectedTerms)
            prefixStarts = BitFilter(keys: expectedTerms / 4)
            fuzzyKeys = BitFilter(keys: expectedTerms * 4)
            fuzzyEnds = BitFilter(keys: expectedTerms)
            singledStarts = BitFilter(keys: expectedTerms / 2)
        }

        func find(parent: UInt32, symbol: UInt64, kind: EdgeKind) -> UInt32? {
            guard slotMask > 0 else { return nil }
            return slots.withUnsafeBufferPointer { slots in
                var slot = Int(truncatingIfNeeded: TermTrie.key(parent, symbol)) & slotMask
                while slots[slot].child != .max {
                    let edge = slots[slot]
                    if edge.symbol == symbol && edge.parent == parent && edge.kind == kind { return edge.child }
                    slot = (slot + 1) & slotMask
                }
                return nil
            }
        }
    }

    /// Compiles terms into `Tables`.
    struct Builder {
        var tables: Tables

        init(expectedTerms: Int = 0) {
            tables = Tables(expectedTerms: expectedTerms)
        }

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
            let termIndex = Int32(tables.terms.count)
            var node: UInt32 = 0
            for (position, word) in folded.words.enumerated() {
                let bytes = Array(folded.slice(word))
                let isLast = position == folded.words.count - 1
                if isLast && isPrefix {
                    let length = min(bytes.count, 31)
                    let symbol = bytes.withUnsafeBufferPointer {
                        TermTrie.prefixKey(TermTrie.packed($0, 0), $0, 0, length: length)
                    }
                    if node == 0 {
                        tables.prefixStarts.insert(symbol)
                        for second in (bytes.count > 1 ? [Int(bytes[1])] : Array(0..<256)) {
                            let bigram = Int(bytes[0]) << 8 | second
                            tables.prefixBigrams[bigram >> 6] |= 1 << UInt64(bigram & 63)
                        }
                    }
                    let child = childNode(from: node, symbol: symbol, kind: .prefix)
                    tables.prefixLengths[Int(node)] |= 1 << UInt32(length)
                    node = child
                } else {
                    if node == 0 { tables.firstWords.insert(word.hash) }
                    let child = childNode(from: node, symbol: word.hash, kind: .word)
                    if isFuzzy && bytes.count >= TermTrie.fuzzyMinimumLength {
                        addFuzzyEdges(from: node, to: child, word: bytes)
                    }
                    // Shorter words: only a doubled letter written once, or a single one doubled
                    // (longer ones have that as one edit).
                    if isFuzzy && bytes.count < TermTrie.fuzzyMinimumLength {
                        tables.hasFuzzy[Int(node)] = true
                        let symbol = bytes.withUnsafeBufferPointer { TermTrie.singledHash($0) } ^ TermTrie.singledSalt
                        tables.fuzzyKeys.insert(TermTrie.key(node, symbol))
                        if node == 0 {
                            bytes.withUnsafeBufferPointer { tables.singledStarts.insert(TermTrie.singledStart($0)) }
                        }
                        if tables.find(parent: node, symbol: symbol, kind: .singled) != child {
                            insert(Edge(parent: node, symbol: symbol, child: child, kind: .singled, fuzzyWord: -1))
                        }
                    }
                    node = child
                }
            }
            tables.nextOutput.append(tables.firstOutput[Int(node)])
            tables.firstOutput[Int(node)] = termIndex
            tables.termTopics.append(Int32(topic))
            tables.termExcludes.append(role == .exclude)
            tables.termNeedsOnlyCapitals.append(isCaseSensitive && folded.words.allSatisfy { $0.caseMask == 1 })
            if isCaseSensitive {
                tables.maskStart.append(Int32(tables.masks.count))
                var wordMasks = folded.words.map(\.caseMask)
                // A prefix's last word: only the letters it gives count.
                let lastLength = Int(folded.words.last!.end - folded.words.last!.start)
                if isPrefix && lastLength < 32 { wordMasks[wordMasks.count - 1] &= (1 << UInt32(lastLength)) &- 1 }
                tables.masks.append(contentsOf: wordMasks)
                tables.masks.append(isPrefix && lastLength < 32 ? (1 << UInt32(lastLength)) &- 1 : UInt32.max)
            } else {
                tables.maskStart.append(-1)
            }
            tables.terms.append(
                Term(topic: Int32(topic), role: role, text: text))
            return true
        }

        /// Adds a term that is matched elsewhere (a source category), so that its hits can be
        /// reported like any other; returns its index.
        mutating func addDetached(_ text: String, topic: Int, role: Role) -> Int32 {
            tables.nextOutput.append(-1)
            tables.termTopics.append(Int32(topic))
            tables.termExcludes.append(role == .exclude)
            tables.termNeedsOnlyCapitals.append(false)
            tables.maskStart.append(-1)
            tables.terms.append(
                Term(topic: Int32(topic), role: role, text: text))
            return Int32(tables.terms.count - 1)
        }

        mutating func childNode(from parent: UInt32, symbol: UInt64, kind: EdgeKind) -> UInt32 {
            if let existing = tables.find(parent: parent, symbol: symbol, kind: kind) { return existing }
            let child = UInt32(tables.firstOutput.count)
            tables.firstOutput.append(-1)
            tables.hasChildren.append(false)
            tables.prefixLengths.append(0)
            tables.hasFuzzy.append(false)
            tables.hasChildren[Int(parent)] = true
            insert(Edge(parent: parent, symbol: symbol, child: child, kind: kind, fuzzyWord: -1))
            return child
        }

        mutating func addFuzzyEdges(from parent: UInt32, to child: UInt32, word: [UInt8]) {
            let wordIndex = Int32(storeWord(word))
            tables.hasFuzzy[Int(parent)] = true
            var symbols: Set<UInt64> = []
            word.withUnsafeBufferPointer { buffer in TermTrie.deletionHashes(of: buffer) { symbols.insert($0) } }
            if parent == 0 {
                word.withUnsafeBufferPointer { buffer in
                    let width = TermTrie.endWidth(buffer.count)
                    tables.fuzzyEndWidths |= width == 3 ? 1 : 2
                    tables.fuzzyEnds.insert(TermTrie.endKey(buffer, width: width, atStart: true))
                    tables.fuzzyEnds.insert(TermTrie.endKey(buffer, width: width, atStart: false))
                }
            }
            for symbol in symbols {
                tables.fuzzyKeys.insert(TermTrie.key(parent, symbol ^ TermTrie.fuzzySalt))
                insert(
                    Edge(
                        parent: parent, symbol: symbol ^ TermTrie.fuzzySalt, child: child, kind: .fuzzy,
                        fuzzyWord: wordIndex))
            }
        }

        mutating func storeWord(_ bytes: [UInt8]) -> Int {
            tables.fuzzyWords.append(bytes)
            return tables.fuzzyWords.count - 1
        }

        mutating func insert(_ edge: Edge) {
            tables.edgeCount += 1
            if tables.edgeCount * 2 > tables.slots.count { rehash(capacity: max(64, tables.slots.count * 2)) }
            place(edge)
        }

        mutating func rehash(capacity: Int) {
            let old = tables.slots
            tables.slots = [Edge](repeating: .empty, count: capacity)
            tables.slotMask = capacity - 1
            for edge in old where edge.child != .max { place(edge) }
        }

        mutating func place(_ edge: Edge) {
            var slot = Int(truncatingIfNeeded: TermTrie.key(edge.parent, edge.symbol)) & tables.slotMask
            while tables.slots[slot].child != .max { slot = (slot + 1) & tables.slotMask }
            tables.slots[slot] = edge
        }
    }

    let tables: Tables

    init(_ builder: Builder) {
        tables = builder.tables
    }

    var terms: [Term] { tables.terms }
    var termTopics: [Int32] { tables.termTopics }
    var termExcludes: [Bool] { tables.termExcludes }
    var termNeedsOnlyCapitals: [Bool] { tables.termNeedsOnlyCapitals }

    /// Calls `report` for each term occurrence in `text`.
    func scan(_ text: FoldedText, _ scratch: inout Scratch, _ report: (Hit) -> Void) {
        let words = text.words
        guard !words.isEmpty, tables.edgeCount > 0 else { return }
        let rootFuzzy = tables.hasFuzzy[0]
        let rootPrefixes = tables.prefixLengths[0] != 0
        let startLengths = tables.prefixLengths[0]
        text.bytes.withUnsafeBufferPointer { bytes in
            tables.prefixBigrams.withUnsafeBufferPointer { bigrams in
                tables.firstWords.withReader { firstWordReader in
                    tables.prefixStarts.withReader { prefixStartReader in
                        for start in words.indices {
                            let word = words[start]
                            var isCandidate = firstWordReader.mayContain(word.hash)
                            if !isCandidate && (rootPrefixes || rootFuzzy) {
                                let wordBytes = UnsafeBufferPointer(rebasing: bytes[Int(word.start)..<Int(word.end)])
                                if rootPrefixes {
                                    let second = wordBytes.count > 1 ? Int(wordBytes[1]) : 0x20
                                    let bigram = Int(wordBytes[0]) << 8 | second
                                    isCandidate =
                                        bigrams[bigram >> 6] & (1 << UInt64(bigram & 63)) != 0
                                        && TermTrie.mayStartPrefix(
                                            bytes, Int(word.start), wordBytes.count, startLengths, prefixStartReader)
                                }
                                if !isCandidate && rootFuzzy { isCandidate = mayBeFuzzy(wordBytes) }
                            }
                            guard isCandidate else { continue }
                            walk(node: 0, position: start, start: start, isFuzzy: false, words, bytes, &scratch, report)
                        }
                    }
                }
            }
        }
    }

    /// Whether a word at the root could be one edit from a fuzzy term word, or its singled form
    /// equal to one: the cheap tests before its deletion variants are hashed.
    private func mayBeFuzzy(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        // Term words of 6–7 letters (3 letters of one end kept) match words of 5–8 letters;
        // term words of 8 or more (4 letters kept) match words of 7 or more.
        if count >= 5 && count <= 8 && tables.fuzzyEndWidths & 1 != 0
            && (tables.fuzzyEnds.mayContain(TermTrie.endKey(word, width: 3, atStart: true))
                || tables.fuzzyEnds.mayContain(TermTrie.endKey(word, width: 3, atStart: false)))
        {
            return true
        }
        if count >= 7 && tables.fuzzyEndWidths & 2 != 0
            && (tables.fuzzyEnds.mayContain(TermTrie.endKey(word, width: 4, atStart: true))
                || tables.fuzzyEnds.mayContain(TermTrie.endKey(word, width: 4, atStart: false)))
        {
            return true
        }
        return count <= TermTrie.fuzzyMinimumLength && tables.singledStarts.mayContain(TermTrie.singledStart(word))
    }

    private func walk(
        node: UInt32, position: Int, start: Int, isFuzzy: Bool, _ words: [FoldedText.Word],
        _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch, _ report: (Hit) -> Void
    ) {
        guard position < words.count else { return }
        let word = words[position]
        // The word itself: visited at once (exact and prefix edges lead to distinct nodes, so
        // only what fuzzy edges find needs collecting and checking for repeats).
        let exact = tables.find(parent: node, symbol: word.hash, kind: .word)
        if let exact {
            visit(exact, position: position, start: start, isFuzzy: isFuzzy, words, bytes, &scratch, report)
        }
        let wordBytes = UnsafeBufferPointer(rebasing: bytes[Int(word.start)..<Int(word.end)])
        // Prefixes of it.
        let lengths = tables.prefixLengths[Int(node)]
        if lengths != 0 {
            let packed = TermTrie.packed(bytes, Int(word.start))
            var remaining = lengths & ((2 << UInt32(min(wordBytes.count, 31))) &- 2)
            while remaining != 0 {
                let length = remaining.trailingZeroBitCount
                remaining &= remaining &- 1
                let symbol = TermTrie.prefixKey(packed, bytes, Int(word.start), length: length)
                if let child = tables.find(parent: node, symbol: symbol, kind: .prefix) {
                    visit(child, position: position, start: start, isFuzzy: isFuzzy, words, bytes, &scratch, report)
                }
            }
        }
        // Words one edit away.
        guard tables.hasFuzzy[Int(node)] && (node != 0 || mayBeFuzzy(wordBytes)) else { return }
        let begin = scratch.children.count
        if wordBytes.count >= TermTrie.fuzzyMinimumLength - 1 { appendFuzzyChildren(of: node, wordBytes, &scratch) }
        let symbol = TermTrie.singledHash(wordBytes) ^ TermTrie.singledSalt
        if tables.fuzzyKeys.mayContain(TermTrie.key(node, symbol)),
            let child = tables.find(parent: node, symbol: symbol, kind: .singled),
            !scratch.children[begin...].contains(where: { $0.node == child })
        {
            scratch.children.append((child, true))
        }
        let end = scratch.children.count
        for index in begin..<end where scratch.children[index].node != exact {
            visit(
                scratch.children[index].node, position: position, start: start, isFuzzy: true, words, bytes,
                &scratch, report)
        }
        scratch.children.removeSubrange(begin...)
    }

    /// Reports the terms that end at `child` and walks on from it.
    private func visit(
        _ child: UInt32, position: Int, start: Int, isFuzzy: Bool, _ words: [FoldedText.Word],
        _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch, _ report: (Hit) -> Void
    ) {
        var term = tables.firstOutput[Int(child)]
        while term >= 0 {
            if accepts(term, words, start, position) {
                report(Hit(term: term, words: start..<(position + 1), isFuzzy: isFuzzy))
            }
            term = tables.nextOutput[Int(term)]
        }
        if tables.hasChildren[Int(child)] {
            walk(node: child, position: position + 1, start: start, isFuzzy: isFuzzy, words, bytes, &scratch, report)
        }
    }

    /// Whether a term that reached its end also holds its case conditions.
    private func accepts(_ term: Int32, _ words: [FoldedText.Word], _ start: Int, _ last: Int) -> Bool {
        let first = Int(tables.maskStart[Int(term)])
        guard first >= 0 else { return true }
        let count = last - start + 1
        let keepLast = tables.masks[first + count]  // the letters of the last word that count
        for offset in 0..<count {
            var mask = words[start + offset].caseMask
            if offset == count - 1 { mask &= keepLast }
            if mask != tables.masks[first + offset] { return false }
        }
        return true
    }

    private func appendFuzzyChildren(of node: UInt32, _ word: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch) {
        // The word itself: a term word one letter longer, one of whose deletions equals it. Its
        // deletions: a term word of the same length (a letter replaced, two swapped) or one
        // shorter, equal to a deletion of it or to it.
        TermTrie.deletionHashes(of: word) { symbol in
            let key = TermTrie.key(node, symbol ^ TermTrie.fuzzySalt)
            if tables.fuzzyKeys.mayContain(key) { appendFuzzy(node, symbol: symbol, word, &scratch) }
        }
    }

    private func appendFuzzy(
        _ node: UInt32, symbol: UInt64, _ word: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch
    ) {
        let key = TermTrie.key(node, symbol ^ TermTrie.fuzzySalt)
        var slot = Int(truncatingIfNeeded: key) & tables.slotMask
        while tables.slots[slot].child != .max {
            let edge = tables.slots[slot]
            if edge.parent == node, edge.symbol == symbol ^ TermTrie.fuzzySalt, edge.kind == .fuzzy,
                EditDistance.isAtMostOne(word, tables.fuzzyWords[Int(edge.fuzzyWord)]),
                !scratch.children.contains(where: { $0.node == edge.child })
            {
                scratch.children.append((edge.child, true))
            }
            slot = (slot + 1) & tables.slotMask
        }
    }

    /// Whether a word could begin with a prefix term's first word: its prefixes of the lengths
    /// prefix terms have, keyed as their edges are, tested against the filter.
    private static func mayStartPrefix(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int, _ lengths: UInt32,
        _ starts: BitFilter.Reader
    ) -> Bool {
        let packed = TermTrie.packed(bytes, start)
        var remaining = lengths & ((2 << UInt32(min(count, 31))) &- 2)  // lengths the word reaches
        while remaining != 0 {
            let length = remaining.trailingZeroBitCount
            remaining &= remaining &- 1
            if starts.mayContain(prefixKey(packed, bytes, start, length: length)) { return true }
        }
        return false
    }

    /// The first 8 bytes at `start`, little-endian (bytes past the buffer read as 0).
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt64 {
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            return UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        }
        var value: UInt64 = 0
        for index in start..<min(start + 8, bytes.count) {
            value |= UInt64(bytes[index]) << UInt64(8 * (index - start))
        }
        return value
    }

    /// The symbol of a prefix of `length` bytes starting at `start` (`packed`: its first 8).
    static func prefixKey(_ packed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, length: Int) -> UInt64 {
        var value = length >= 8 ? packed : packed & ((1 << UInt64(8 * length)) &- 1)
        if length > 8 {
            for index in (start + 8)..<(start + length) { value = (value ^ UInt64(bytes[index])) &* 0x100_0000_01b3 }
        }
        value ^= UInt64(length) &* 0x9e37_79b9_7f4a_7c15
        value = (value ^ (value >> 29)) &* 0xbf58_476d_1ce4_e5b9
        return (value ^ (value >> 32)) ^ TermTrie.prefixSalt
    }

    /// How many bytes of one end a word one edit away from a fuzzy term word of `count` bytes
    /// surely keeps: the edit leaves the bytes before it or the bytes after it, and one of the
    /// two runs is at least half of the rest.
    static func endWidth(_ count: Int) -> Int { count >= 8 ? 4 : 3 }

    /// The first (or last) `width` bytes of a word, as a key.
    private static func endKey(_ word: UnsafeBufferPointer<UInt8>, width: Int, atStart: Bool) -> UInt64 {
        let base = atStart ? 0 : word.count - width
        var key = UInt64(width) << 40 | (atStart ? 0 : 1 << 44)
        for index in 0..<width { key |= UInt64(word[base + index]) << UInt64(8 * index) }
        return key
    }

    /// The first two bytes of a word's singled form (its first byte and the next different one).
    private static func singledStart(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = word.first else { return 0 }
        var index = 1
        while index < word.count && word[index] == first { index += 1 }
        return UInt64(first) << 8 | (index < word.count ? UInt64(word[index]) : 0x20)
    }

    // MARK: Walking

    /// Buffers one article's scans share (one allocation an article, not one a scan).
    struct Scratch {
        var children: [(node: UInt32, isFuzzy: Bool)] = []
    }

    // MARK: Building

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

    /// A polynomial hash of `word` and of each of its one-byte deletions, all in time linear in
    /// its length: for a deletion at k, the hash of the bytes before k, shifted, plus the hash of
    /// the bytes after it. (The same bytes always hash the same, deleted from or not.)
    static func deletionHashes(of word: UnsafeBufferPointer<UInt8>, _ body: (UInt64) -> Void) {
        let base: UInt64 = 0x100_0000_01b3
        let count = min(word.count, 64)
        guard count > 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * (count + 1)) { buffer in
            // powers[i] = base^i; suffix[i]: the bytes i..<count.
            let powers = UnsafeMutableBufferPointer(rebasing: buffer[0...count])
            let suffix = UnsafeMutableBufferPointer(rebasing: buffer[(count + 1)...])
            powers[0] = 1
            for index in 1...count { powers[index] = powers[index - 1] &* base }
            suffix[count] = 0
            var index = count - 1
            while index >= 0 {
                suffix[index] = UInt64(word[index] &+ 1) &* powers[count - 1 - index] &+ suffix[index + 1]
                index -= 1
            }
            body(suffix[0] &+ UInt64(count) &* 0x9e37_79b9_7f4a_7c15)
            var prefix: UInt64 = 0  // the bytes 0..<k
            for k in 0..<count {
                // The bytes after k sit one place lower than in the word itself.
                body(prefix &* powers[count - 1 - k] &+ suffix[k + 1] &+ UInt64(count - 1) &* 0x9e37_79b9_7f4a_7c15)
                prefix = prefix &* base &+ UInt64(word[k] &+ 1)
            }
        }
    }
}
