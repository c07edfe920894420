import FeedText
import Foundation

/// Every term of every topic in one trie of folded words, walked once over an article's words.
///
/// An edge leads from a node to the next word of a term: the word itself (by its folded hash),
/// a word prefix (for a trailing `*`), or, for fuzzy topics, a word one edit away (found by
/// symmetric deletion: a word and each of its one-letter deletions are keys) or, for shorter
/// words, the same word with a doubled letter written once (`Rute` for `Rutte`). All edges live in
/// one open-addressing table keyed by (node, symbol), each edge in a 16-byte slot that also says
/// what a match needs of the node it leads to (its first term, whether it goes on), so a matching
/// word costs one probe and one read of its term. Before any probe, Bloom filters of the first
/// words, of the prefixes and of the fuzzy keys turn almost every word of a text away in one
/// memory access, so the cost of a word barely grows with the number of terms; a walk goes deeper
/// only while a phrase goes on matching.
///
/// A class holding the tables `Builder` compiles, each as its own `let`: the walk's closures
/// capture the class, where a struct of this many arrays would be copied at every capture, and
/// `let` tables are read without exclusivity checks.
final class TermTrie: Sendable {
    /// What a term is for.
    enum Role: UInt8, Sendable {
        case match
        case exclude
    }

    /// A term occurrence: which term (and what the tagger needs of it), and which words of the text.
    struct Hit: Sendable {
        var term: Int32
        var topic: Int32
        var excludes: Bool
        /// A case-sensitive term whose words need only a capital first letter (`Turkey`, not `US`).
        var needsOnlyCapitals: Bool
        var words: Range<Int>
        /// Whether a word matched only at edit distance 1.
        var isFuzzy: Bool
        /// Whether the case a case-sensitive term needed says little here (a headline in title
        /// case, where every word is capitalized).
        var isCaseUncertain = false
        /// A term that needs only capitals, found written all in lower case (`turkey`): not a
        /// match, but it tells what the word means in this article.
        var isInLowerCase = false
        /// An uncertain match whose term the article also writes in lower case: not counted.
        var isContradicted = false
        /// A Cyrillic term's Serbian Latin reading, found in Latin words, that counts only in an
        /// article in Serbian, Croatian, Bosnian, Montenegrin or Slovenian (see
        /// `TermInfo.needsSouthSlavicInLatin`).
        var needsSouthSlavic = false
        /// Such a hit in an article that is not in those languages: reported to `explain` only,
        /// as a near miss, and counted for nothing.
        var isInOtherLanguage = false
        /// A word one edit from a name whose capital tells no name where it stands (see `walk`):
        /// reported to `explain` only, as a near miss, and counted for nothing.
        var isUnsureName = false
        /// A nationality's or a place's adjective, as a language writes it (`srpskoj` for
        /// `Serbian`; see `NationalityAdjectives`): inside a longer name another topic lists
        /// (`Republici Srpskoj`, `Republika Srpska`) it is that name's word, and does not count.
        var isAdjective = false
        /// Such an adjective inside another topic's name: reported to `explain` only, as a near
        /// miss, and counted for nothing.
        var isInOtherName = false
    }

    /// An edge in its slot of the table: 16 bytes, four to a cache line. Its kind (word, prefix,
    /// fuzzy, singled) is salted into its symbol, and the slot keeps the mixed (node, symbol) key
    /// whole, so a probe compares one integer.
    struct Edge: Sendable {
        var key: UInt64
        /// The node it leads to, with `goesOn` set when that node has edges of its own and
        /// `special` when some are prefix or fuzzy edges; `UInt32.max` in an empty slot.
        var child: UInt32
        /// For a word, prefix or singled edge, the first term ending at `child` (-1: none); for a
        /// fuzzy edge, its term word's folded bytes (into `fuzzyWords`).
        var payload: Int32

        static let goesOn: UInt32 = 1 << 31
        /// Set when the node it leads to has prefix or fuzzy edges (the walk then reads its `Node`).
        static let special: UInt32 = 1 << 30
        static let empty = Edge(key: 0, child: .max, payload: -1)

        static let nodeMask: UInt32 = ~(goesOn | special)

        var node: UInt32 { child & Edge.nodeMask }
    }

    /// What the scan needs of a node, in one place.
    struct Node: Sendable {
        /// Terms ending here, as a linked list through `TermInfo.next` (no array per node to
        /// retain on the hot path).
        var firstTerm: Int32 = -1
        /// Lengths of its prefix edges (bit L for length L, 1…31).
        var prefixLengths: UInt32 = 0
        var hasChildren = false
        var hasFuzzy = false
    }

    /// What the scan needs of a term, in one place (16 bytes).
    struct TermInfo: Sendable {
        var topic: Int32
        /// The next term ending at the same node, or -1.
        var next: Int32
        /// For a case-sensitive term, where its case masks start in `masks`; -1 for the others.
        var maskStart: Int32
        var excludes: Bool
        var needsOnlyCapitals: Bool
        /// A Ukrainian or Russian reading of a Cyrillic term: only Cyrillic words match it.
        var needsCyrillic = false
        /// The Serbian reading of a Cyrillic prefix (`Крим*`) or short word (`САД`, `РФ`): Latin
        /// words match it only in the languages that write Serbian's Latin letters. Elsewhere
        /// those letters begin or spell other words (`Kriminalität`, `Krimitsos`, English `sad`).
        var needsSouthSlavicInLatin = false
    }

    private static let prefixSalt: UInt64 = 0x5be0_cd19_137e_2179
    private static let fuzzySalt: UInt64 = 0x1f83_d9ab_fb41_bd6b
    private static let singledSalt: UInt64 = 0x6a09_e667_f3bc_c908
    /// A model edge of a designation (`35` after `f`, `su`; `MiG-29` takes `29smt`): any letters
    /// after the number. See `modelEdge`.
    private static let modelSalt: UInt64 = 0x510e_527f_ade6_82d1
    /// A model edge of a number after a longer name (`2` after `leopard`): letters and a digit
    /// after the number (`2a6`, not `Article 5a`).
    private static let namedModelSalt: UInt64 = 0x9b05_688c_2b3e_6c1f
    /// Words shorter than this (in folded bytes) match fuzzily only by a doubled letter.
    static let fuzzyMinimumLength = 6

    /// Everything the trie is, as `Builder` compiles it (the trie then keeps each table as its own
    /// `let`).
    struct Tables: Sendable {
        /// Each term as the user wrote it (what `explain` shows).
        var termTexts: [String] = []
        var termInfo: [TermInfo] = []
        var edgeCount = 0
        var slots: [Edge] = []
        var slotMask = 0
        var fuzzyWords: [[UInt8]] = []
        /// For each of `fuzzyWords`: whether the term writes it with a capital, as a name. A
        /// name misspelled is still written as one, so only a capitalized word can be one edit
        /// from it (`Rute` is Rutte; the Ukrainian `серія`, `seriia`, is not Serbia).
        var fuzzyNames: [Bool] = []
        var nodes: [Node] = [Node()]
        /// For each case-sensitive term, two for each of its words: its case mask, and which of
        /// the word's letters count.
        var masks: [UInt32] = []
        /// Filters that turn most words away before any probe of the table: a bit per first word of
        /// a term (by hash), and (`prefixGate`) a bit per opening of a prefix term's first word.
        /// Almost no word of a text starts a term, so the cost of a word is a bit test or two.
        var firstWords: BitFilter
        /// The prefixes of prefix terms' first words, by the symbol of their edge from the root.
        var prefixStarts: BitFilter
        /// A bit per opening of prefix terms' first words (their first three bytes, five bits of
        /// each: `gateIndex`; four bytes when there are many prefix terms, since thousands of
        /// them begin with most triples of letters): most words are turned away here, before
        /// their prefixes are keyed, by a bit test read straight from their bytes. Built last,
        /// from `rootPrefixes`, once their number is known.
        var prefixGate: [UInt64] = []
        var gateMask = 0
        var rootPrefixes: [[UInt8]] = []
        /// For fuzzy edges: a Bloom filter of their keys (so that a word's many deletion variants
        /// cost bit tests, not probes), and, for words at the root, the hashed first and last three
        /// letters of the term words (a word one edit away from a word of 6 letters or more keeps
        /// one end of it whole) and the first two letters of their singled forms.
        var fuzzyKeys: BitFilter
        var fuzzyEnds: BitFilter
        /// Which end widths fuzzy term words at the root need: bit 0 for 3, bit 1 for 4.
        var fuzzyEndWidths: UInt8 = 0
        var singledStarts: BitFilter
        /// The words that go on a phrase after its first (by their edge's key): most phrases
        /// whose first word a text has stop there, and the filter says so without a probe.
        var nextWords: BitFilter

        /// A trie sized for about `expectedTerms` terms (it grows past that; its filters fill up).
        init(expectedTerms: Int = 0) {
            firstWords = BitFilter(keys: expectedTerms)
            prefixStarts = BitFilter(keys: expectedTerms / 4)
            fuzzyKeys = BitFilter(keys: expectedTerms * 4)
            fuzzyEnds = BitFilter(keys: expectedTerms)
            singledStarts = BitFilter(keys: expectedTerms / 2)
            nextWords = BitFilter(keys: expectedTerms / 2)
        }

        /// The edge from `parent` by `symbol` (salted by its kind), or nil.
        func find(parent: UInt32, symbol: UInt64) -> Edge? {
            TermTrie.find(TermTrie.key(parent, symbol), in: slots, mask: slotMask)
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
            var added = false
            // One spelling of the term (of its words as written, or another way to write them).
            func enter(
                _ folded: FoldedText, isPrefix: Bool, cyrillicOnly: Bool = false, southSlavicInLatin: Bool = false,
                isFuzzy: Bool = isFuzzy
            ) {
                guard !folded.words.isEmpty else { return }
                add(
                    text, folded, isPrefix: isPrefix, topic: topic, role: role, isCaseSensitive: isCaseSensitive,
                    isFuzzy: isFuzzy, needsCyrillic: cyrillicOnly, needsSouthSlavicInLatin: southSlavicInLatin)
            }
            // Cyrillic that may be Ukrainian or Russian (`Херсон`) is entered in each spelling,
            // the East Slavic ones for Cyrillic text only. Its Serbian reading, which Latin text
            // matches too, stands in any language's Latin text as a longer whole word (a name:
            // `Вучић` is `Vucic` in English news); as a prefix or a word of three letters or
            // fewer, only in the South Slavic languages' (`Крим*` is `Krimu` in Serbian, not the
            // German `Kriminalität`; `САД` is `SAD` in Serbian, not the English `sad`).
            let isShortWord = !source.contains(" ") && source.count <= 3
            let readings = FoldedText.readings(of: String(source))
            for (folded, cyrillicOnly) in readings where !folded.words.isEmpty {
                let isCyrillic = folded.words.contains { $0.flags.contains(.cyrillic) }
                enter(
                    folded, isPrefix: isPrefix, cyrillicOnly: cyrillicOnly,
                    southSlavicInLatin: !cyrillicOnly && isCyrillic && (isPrefix || isShortWord))
                added = true
                // A designation's plural ("MiG-29s", "Boeing 737s", "F-35As") is a word of its own;
                // a number alone ("1990", not the 1990s) is not a designation.
                if !isPrefix && !cyrillicOnly && Builder.endsInDesignation(folded) {
                    enter(FoldedText(String(source) + "s"), isPrefix: false)
                }
            }
            guard added else { return false }
            // `F-35` is also `F35`, `B52` also `B-52` (see `DesignationSpelling`), plurals too.
            let variants = DesignationSpelling.variants(of: String(source))
            if !variants.isEmpty {
                let isDesignation = !isPrefix && Builder.endsInDesignation(FoldedText(String(source)))
                for variant in variants {
                    let folded = FoldedText(variant)
                    enter(folded, isPrefix: isPrefix)
                    if !folded.words.isEmpty && !isPrefix && (isDesignation || Builder.endsInDesignation(folded)) {
                        enter(FoldedText(variant + "s"), isPrefix: false)
                    }
                }
            }
            // `F-35` is also `F35B` (see `DesignationSpelling.models`); `F-35A`, `F-35As`,
            // `Su-30SM`, `Leopard 2A6` take the model edge of the number's word (`modelEdge`).
            if !isPrefix {
                for spelling in [String(source)] + variants {
                    for model in DesignationSpelling.models(of: spelling) {
                        enter(FoldedText(model), isPrefix: false)
                        enter(FoldedText(model + "s"), isPrefix: false)
                    }
                }
            }
            // `Vučić` is also `Вучич` in Russian, Ukrainian and Bulgarian text, `Вучиќ` in
            // Macedonian: in Cyrillic words only.
            for folded in SouthSlavicLatinNames.cyrillicReadings(of: String(source)) {
                enter(folded, isPrefix: isPrefix, cyrillicOnly: true)
            }
            // `Sergei Lavrov` is `Сергей Лавров` in Russian news, read `Sergey Lavrov`; `Shoigu`
            // `Шойгу`, `shoygu` (see `RussianSpelling`): in Cyrillic words only.
            for written in isPrefix ? [] : RussianSpelling.cyrillic(of: String(source)) {
                let folded = FoldedText(written, cyrillic: .russian)
                if folded.bytes != readings.first?.text.bytes { enter(folded, isPrefix: false, cyrillicOnly: true) }
            }
            // `Andriy Yermak` is `Андрій Єрмак` in Ukrainian news, read `Andrii Yermak` as English
            // news also writes him (see `UkrainianSpelling.englishVariants`, below); in Russian
            // news he is `Андрей Ермак`, read `Andrey Yermak`, and `Syrskyi` `Сырский`, `syrskiy`:
            // in Cyrillic words only.
            for written in isPrefix ? [] : UkrainianSpelling.russianCyrillic(of: String(source)) {
                let folded = FoldedText(written, cyrillic: .russian)
                if folded.bytes != readings.first?.text.bytes { enter(folded, isPrefix: false, cyrillicOnly: true) }
            }
            // `Kovačevski` is also `Kovachevski` in English news, and `Zhelyazkov` `Željazkov` in
            // Serbian, Croatian and Bosnian news.
            for folded in SouthSlavicLatinNames.latinReadings(of: String(source), isPrefix: isPrefix) {
                enter(folded, isPrefix: isPrefix)
            }
            // `Zürich` is also `Zuerich`, `Schröder` `Schroeder` (see `UmlautSpelling`); `Zelensky`
            // is also `Zelenskyy`, `Zelenskiy`, `Zelenskyi` (see `SlavicNameEndings`), and in
            // German news `Selenskyj` (see `GermanSlavicSpelling`).
            // `Andriy Yermak` is also `Andrii Yermak`, `Podolyak` `Podoliak`, `Yevhen` `Yevgen`
            // (see `UkrainianSpelling.englishVariants`).
            let ukrainian = isPrefix ? [] : UkrainianSpelling.englishVariants(of: String(source))
            var endings: [String] = []
            for spelling in ([String(source)] + ukrainian).flatMap({
                SlavicNameEndings.variants(of: $0, isPrefix: isPrefix)
            }) + ukrainian where spelling != String(source) && !endings.contains(spelling) {
                endings.append(spelling)
            }
            let german = ([String(source)] + endings).flatMap {
                GermanSlavicSpelling.variants(of: $0, isPrefix: isPrefix)
            }
            var romanized = (UmlautSpelling.variant(of: String(source)).map { [$0] } ?? []) + endings
            for spelling in german where !romanized.contains(spelling) { romanized.append(spelling) }
            // `Serbia` is `Serbien` in German news, `Moscow` `Moskau` (see `Exonyms.german`),
            // `Serbie`, `Moscou` in French (`Exonyms.romance`); `Kyiv` is `Kiev` in older English
            // news, `Pristina` `Prishtina` in Kosovo's outlets (`Exonyms.spellings`): all of them
            // from `Exonyms.namesInAnyArticle`. Not fuzzy, since a word one letter from another
            // language's name is no misspelling of the term (`Serien`, German's series, is one
            // letter from `Serbien`).
            if !isPrefix {
                for name in Exonyms.namesInAnyArticle(of: String(source)) where !romanized.contains(name) {
                    enter(FoldedText(name), isPrefix: false, isFuzzy: false)
                }
            }
            // `Serbian` is `serbe` in French news, `serbo` in Italian, `serbio` in Spanish (see
            // `NationalityAdjectives.romance`), whole words whatever the term's `*`.
            for adjective in NationalityAdjectives.romance(of: String(source)) {
                enter(FoldedText(adjective), isPrefix: false, isFuzzy: false)
            }
            for variant in romanized {
                enter(FoldedText(variant), isPrefix: isPrefix)
            }
            // `Київ*` is also `Києв*` (`Києва`, `Києві`), `Харків*` also `Харков*`: the stems of
            // a Ukrainian name's other forms, in Cyrillic words only. A stem may lack the letters
            // that tell Ukrainian (`Харков`), and so may a short text (`Новини Харкова`), which
            // then reads as Serbian: the stem is entered in each spelling, as such terms are.
            if isPrefix {
                for stem in UkrainianAlternation.stems(of: String(source)) {
                    for (folded, _) in FoldedText.readings(of: stem) {
                        enter(folded, isPrefix: true, cyrillicOnly: true)
                    }
                }
            }
            return added
        }

        private mutating func add(
            _ text: String, _ folded: FoldedText, isPrefix: Bool, topic: Int, role: Role, isCaseSensitive: Bool,
            isFuzzy: Bool, needsCyrillic: Bool, needsSouthSlavicInLatin: Bool = false
        ) {
            let termIndex = Int32(tables.termTexts.count)
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
                        tables.rootPrefixes.append(bytes)
                    }
                    let child = childNode(from: node, symbol: symbol)
                    tables.nodes[Int(node)].prefixLengths |= 1 << UInt32(length)
                    node = child
                } else {
                    if node == 0 { tables.firstWords.insert(word.hash) }
                    let child = childNode(from: node, symbol: word.hash)
                    if node != 0 { tables.nextWords.insert(TermTrie.key(node, word.hash)) }
                    if node != 0,
                        let salt = Builder.modelSalt(bytes, after: folded.slice(folded.words[position - 1]))
                    {
                        addModelEdge(from: node, to: child, number: word.hash ^ salt)
                    }
                    if isFuzzy && bytes.count >= TermTrie.fuzzyMinimumLength {
                        addFuzzyEdges(
                            from: node, to: child, word: bytes, isName: word.flags.contains(.capitalized))
                    }
                    // Shorter words: only a doubled letter written once, or a single one doubled
                    // (longer ones have that as one edit).
                    if isFuzzy && bytes.count < TermTrie.fuzzyMinimumLength {
                        tables.nodes[Int(node)].hasFuzzy = true
                        let symbol = bytes.withUnsafeBufferPointer { TermTrie.singledHash($0) } ^ TermTrie.singledSalt
                        tables.fuzzyKeys.insert(TermTrie.key(node, symbol))
                        if node == 0 {
                            bytes.withUnsafeBufferPointer { tables.singledStarts.insert(TermTrie.singledStart($0)) }
                        }
                        if let edge = tables.find(parent: node, symbol: symbol), edge.node == child {
                            if !word.flags.contains(.capitalized) { tables.fuzzyNames[Int(edge.payload)] = false }
                        } else {
                            let wordIndex = storeWord(bytes, isName: word.flags.contains(.capitalized))
                            insert(parent: node, symbol: symbol, child: child, payload: Int32(wordIndex))
                        }
                    }
                    node = child
                }
            }
            var info = TermInfo(
                topic: Int32(topic), next: tables.nodes[Int(node)].firstTerm, maskStart: -1,
                excludes: role == .exclude,
                needsOnlyCapitals: isCaseSensitive && folded.words.allSatisfy { $0.caseMask == 1 },
                needsCyrillic: needsCyrillic, needsSouthSlavicInLatin: needsSouthSlavicInLatin)
            tables.nodes[Int(node)].firstTerm = termIndex
            if isCaseSensitive {
                info.maskStart = Int32(tables.masks.count)
                // Each word's case mask, then which of its letters count: a prefix's last word
                // counts the letters it gives; a number (or, last, its plural) its digits only, so
                // that a model's letters (`Su-35S`, `T-72B3 tanks`) do not count.
                for (position, word) in folded.words.enumerated() {
                    let bytes = folded.slice(word)
                    let isLast = position == folded.words.count - 1
                    let digits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
                    let isNumber =
                        digits > 0
                        && (digits == bytes.count
                            || (isLast && digits == bytes.count - 1 && bytes.last == UInt8(ascii: "s")))
                    let kept = isLast && isPrefix ? bytes.count : isNumber ? digits : 32
                    let keep: UInt32 = kept < 32 ? (1 << UInt32(kept)) &- 1 : .max
                    tables.masks.append(word.caseMask & keep)
                    tables.masks.append(keep)
                }
            }
            tables.termInfo.append(info)
            tables.termTexts.append(text)
        }

        /// How many terms (spellings) have been added: the index the next one gets.
        var termCount: Int32 { Int32(tables.termTexts.count) }

        /// Adds `spelling`, a form of the term `text` (a genitive, a case), as a whole-word
        /// term of its own, named `text`; returns false when it has no words.
        mutating func addSpelling(_ spelling: String, of text: String, topic: Int, role: Role, isCaseSensitive: Bool)
            -> Bool
        {
            let folded = FoldedText(spelling)
            guard !folded.words.isEmpty else { return false }
            add(
                text, folded, isPrefix: false, topic: topic, role: role, isCaseSensitive: isCaseSensitive,
                isFuzzy: false, needsCyrillic: false)
            return true
        }

        /// `term` with a German genitive `s` (`Putins`, `Vučićs`, `Olaf Scholz` none), when its
        /// last word is a name: capitalized, not all in capitals (`NATO`, `EU` are feminine in
        /// German and take none), in Latin letters, not ending in `s`, `ß`, `x` or `z` (German
        /// writes `Merz'` there, which folds to `Merz`).
        static func germanGenitive(of term: String) -> String? {
            guard let last = term.split(separator: " ").last, last.count >= 2, let first = last.first,
                first.isUppercase, last.dropFirst().contains(where: \.isLowercase),
                last.allSatisfy({ $0.isLetter && $0.unicodeScalars.allSatisfy { $0.value < 0x0370 } }),
                let end = last.last, !"sSßxXzZ".contains(end)
            else { return nil }
            return term + "s"
        }

        /// Whether a term of two words or more ends in one that begins with a digit and is not
        /// already a plural: a model or type (`MiG-29`, `Boeing 737`, `F-35A`).
        static func endsInDesignation(_ folded: FoldedText) -> Bool {
            guard folded.words.count >= 2, let last = folded.words.last, last.flags.contains(.numeric) else {
                return false
            }
            return folded.bytes[Int(last.end) - 1] != UInt8(ascii: "s")
        }

        /// Adds a term that is matched elsewhere (a source category), so that its hits can be
        /// reported like any other; returns its index.
        mutating func addDetached(_ text: String, topic: Int, role: Role) -> Int32 {
            tables.termInfo.append(
                TermInfo(
                    topic: Int32(topic), next: -1, maskStart: -1, excludes: role == .exclude, needsOnlyCapitals: false))
            tables.termTexts.append(text)
            return Int32(tables.termTexts.count - 1)
        }

        /// The prefix gate for `prefixes`: over three letters, or four when they are many.
        static func prefixGate(_ prefixes: [[UInt8]]) -> (bits: [UInt64], mask: Int) {
            guard !prefixes.isEmpty else { return ([], 0) }
            let letters = Set(prefixes.map { $0.prefix(3) }).count > TermTrie.manyOpenings ? 4 : 3
            let mask = (1 << (5 * letters)) - 1
            var bits = [UInt64](repeating: 0, count: (mask + 1) / 64)
            for prefix in Set(prefixes.map { $0.prefix(letters) }) {
                // Any byte may follow a prefix shorter than the gate.
                let known = prefix.count
                for rest in 0..<(1 << (5 * (letters - known))) {
                    var packed: UInt64 = 0
                    for (index, byte) in prefix.enumerated() { packed |= UInt64(byte) << UInt64(8 * index) }
                    for index in known..<letters {
                        packed |= UInt64((rest >> (5 * (index - known))) & 31) << UInt64(8 * index)
                    }
                    let gate = TermTrie.gateIndex(packed) & mask
                    bits[gate >> 6] |= 1 << UInt64(gate & 63)
                }
            }
            return (bits, mask)
        }

        mutating func childNode(from parent: UInt32, symbol: UInt64) -> UInt32 {
            if let existing = tables.find(parent: parent, symbol: symbol) { return existing.node }
            let child = UInt32(tables.nodes.count)
            tables.nodes.append(Node())
            tables.nodes[Int(parent)].hasChildren = true
            insert(parent: parent, symbol: symbol, child: child, payload: -1)
            return child
        }

        mutating func addFuzzyEdges(from parent: UInt32, to child: UInt32, word: [UInt8], isName: Bool) {
            let wordIndex = Int32(storeWord(word, isName: isName))
            tables.nodes[Int(parent)].hasFuzzy = true
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
                insert(parent: parent, symbol: symbol ^ TermTrie.fuzzySalt, child: child, payload: wordIndex)
            }
        }

        /// The salt of the model edge a term's word takes (`modelSalt`, `namedModelSalt`): a
        /// number after a word of letters, or nil (at the end of the term or inside it: `T-72`,
        /// `T-72 tanks`). Five letters at most make a designation
        /// (`Su`, `MiG`, `COVID`), whose models add any letters (`Su-30SM`, `T-90M`); after a
        /// longer name (`Leopard 2`, `Boeing 737`, `Article 5`) a model adds letters and a digit
        /// (`Leopard 2A6`), since one letter more names another thing (`Article 5A`).
        static func modelSalt(_ number: [UInt8], after previous: ArraySlice<UInt8>) -> UInt64? {
            guard !number.isEmpty, number.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), !previous.isEmpty,
                previous.allSatisfy(TermTrie.isLetter)
            else { return nil }
            // Letters, not bytes: a UTF-8 continuation byte is part of the letter before it.
            let letters = previous.count { $0 < 0x80 || $0 >= 0xC0 }
            return letters <= 5 ? TermTrie.modelSalt : TermTrie.namedModelSalt
        }

        mutating func addModelEdge(from parent: UInt32, to child: UInt32, number: UInt64) {
            tables.nextWords.insert(TermTrie.key(parent, number))
            guard tables.find(parent: parent, symbol: number) == nil else { return }
            insert(parent: parent, symbol: number, child: child, payload: -1)
        }

        mutating func storeWord(_ bytes: [UInt8], isName: Bool) -> Int {
            tables.fuzzyWords.append(bytes)
            tables.fuzzyNames.append(isName)
            return tables.fuzzyWords.count - 1
        }

        mutating func insert(parent: UInt32, symbol: UInt64, child: UInt32, payload: Int32) {
            tables.edgeCount += 1
            if tables.edgeCount * 2 > tables.slots.count { rehash(capacity: max(64, tables.slots.count * 2)) }
            place(Edge(key: TermTrie.key(parent, symbol), child: child, payload: payload))
        }

        /// The tables, with what each word or prefix edge's slot says of the node it leads to
        /// (terms are added after their edges, so this is filled in last).
        func finished() -> Tables {
            var tables = self.tables
            for index in tables.slots.indices where tables.slots[index].child != .max {
                let node = tables.nodes[Int(tables.slots[index].node)]
                if node.hasChildren { tables.slots[index].child |= Edge.goesOn }
                if node.prefixLengths != 0 || node.hasFuzzy { tables.slots[index].child |= Edge.special }
                if tables.slots[index].payload < 0 { tables.slots[index].payload = node.firstTerm }
            }
            (tables.prefixGate, tables.gateMask) = Builder.prefixGate(tables.rootPrefixes)
            return tables
        }

        mutating func rehash(capacity: Int) {
            let old = tables.slots
            tables.slots = [Edge](repeating: .empty, count: capacity)
            tables.slotMask = capacity - 1
            for edge in old where edge.child != .max { place(edge) }
        }

        mutating func place(_ edge: Edge) {
            var slot = Int(truncatingIfNeeded: edge.key) & tables.slotMask
            while tables.slots[slot].child != .max { slot = (slot + 1) & tables.slotMask }
            tables.slots[slot] = edge
        }
    }

    // The tables, each its own `let`: the hot loops read them without copying `Tables` (160
    // bytes) into every closure.
    let termTexts: [String]
    let termInfo: [TermInfo]
    private let edgeCount: Int
    private let slots: [Edge]
    private let slotMask: Int
    private let fuzzyWords: [[UInt8]]
    private let fuzzyNames: [Bool]
    private let nodes: [Node]
    private let masks: [UInt32]
    private let firstWords: BitFilter
    private let prefixStarts: BitFilter
    private let prefixGate: [UInt64]
    private let gateMask: Int
    private let fuzzyKeys: BitFilter
    private let fuzzyEnds: BitFilter
    private let fuzzyEndWidths: UInt8
    private let singledStarts: BitFilter
    private let nextWords: BitFilter
    /// Whether some term's hits in Latin words count only in South Slavic articles (see
    /// `TermInfo.needsSouthSlavicInLatin`): the tagger then tells each article's language.
    let hasSouthSlavicLatinTerms: Bool

    init(_ builder: Builder) {
        let tables = builder.finished()
        termTexts = tables.termTexts
        termInfo = tables.termInfo
        edgeCount = tables.edgeCount
        slots = tables.slots
        slotMask = tables.slotMask
        fuzzyWords = tables.fuzzyWords
        fuzzyNames = tables.fuzzyNames
        nodes = tables.nodes
        masks = tables.masks
        firstWords = tables.firstWords
        prefixStarts = tables.prefixStarts
        prefixGate = tables.prefixGate
        gateMask = tables.gateMask
        fuzzyKeys = tables.fuzzyKeys
        fuzzyEnds = tables.fuzzyEnds
        fuzzyEndWidths = tables.fuzzyEndWidths
        singledStarts = tables.singledStarts
        nextWords = tables.nextWords
        hasSouthSlavicLatinTerms = tables.termInfo.contains { $0.needsSouthSlavicInLatin }
    }

    private func find(parent: UInt32, symbol: UInt64) -> Edge? {
        TermTrie.find(TermTrie.key(parent, symbol), in: slots, mask: slotMask)
    }

    /// Calls `report` for each term occurrence in `text`.
    func scan(_ text: FoldedText, _ scratch: inout Scratch, _ report: (Hit) -> Void) {
        scan(text, words: 0..<text.words.count, &scratch, report)
    }

    /// Calls `report` for each term occurrence within the words `range` of `text` (a term does
    /// not run past its end), the words of its hits numbered as in `text`.
    func scan(_ text: FoldedText, words range: Range<Int>, _ scratch: inout Scratch, _ report: (Hit) -> Void) {
        guard !range.isEmpty, edgeCount > 0 else { return }
        text.words.withUnsafeBufferPointer { all in
            // The words up to the end of the range, numbered as in the text.
            scan(
                UnsafeBufferPointer(rebasing: all[..<range.upperBound]), from: range.lowerBound, text, &scratch, report)
        }
    }

    private func scan(
        _ words: UnsafeBufferPointer<FoldedText.Word>, from first: Int, _ text: FoldedText, _ scratch: inout Scratch,
        _ report: (Hit) -> Void
    ) {
        let root = nodes[0]
        let rootPrefixes = root.prefixLengths != 0
        // The few words the filters let through (`sift`) are looked at here; those that may
        // start a term are collected a batch at a time, their slots read in a pass of their own
        // (reads that do not wait on each other, served together rather than one walk at a
        // time), then walked.
        let batchSize = 64
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 2 * batchSize) { buffers in
            let batch = UnsafeMutableBufferPointer(rebasing: buffers[..<batchSize])
            let sifted = UnsafeMutableBufferPointer(rebasing: buffers[batchSize...])
            text.bytes.withUnsafeBufferPointer { bytes in
                prefixGate.withUnsafeBufferPointer { gate in
                    firstWords.withReader { firstWordReader in
                        prefixStarts.withReader { prefixStartReader in
                            var collected = 0
                            var next = first
                            while next < words.count {
                                let end = min(next + batchSize, words.count)
                                let count = TermTrie.sift(
                                    words, next..<end, bytes, firstWordReader,
                                    gate: rootPrefixes ? gate : UnsafeBufferPointer(start: nil, count: 0),
                                    gateMask: gateMask, keepsAll: root.hasFuzzy, into: sifted)
                                next = end
                                for entry in sifted[..<count] {
                                    let start = Int(entry >> 2)
                                    var isCandidate = entry & TermTrie.siftedFirstWord != 0
                                    // Whether the walk from the root has prefix or fuzzy edges
                                    // to try: a first word whose opening no prefix term has
                                    // skips them.
                                    var isSpecial = root.hasFuzzy
                                    if entry & TermTrie.siftedOpening != 0 {
                                        let word = words[start]
                                        if isCandidate {
                                            isSpecial = true
                                        } else if TermTrie.mayStartPrefix(
                                            TermTrie.packed(bytes, Int(word.start)), bytes, Int(word.start),
                                            Int(word.end - word.start), root.prefixLengths, prefixStartReader)
                                        {
                                            isCandidate = true
                                            isSpecial = true
                                        }
                                    }
                                    if !isCandidate && root.hasFuzzy {
                                        let word = words[start]
                                        isCandidate = mayBeFuzzy(
                                            UnsafeBufferPointer(rebasing: bytes[Int(word.start)..<Int(word.end)]))
                                    }
                                    guard isCandidate else { continue }
                                    batch[collected] =
                                        UInt32(start) | (isSpecial ? TermTrie.specialStart : 0)
                                        | (entry & TermTrie.siftedFirstWord != 0 ? TermTrie.firstWordStart : 0)
                                    collected += 1
                                    guard collected == batchSize else { continue }
                                    walk(batch: UnsafeBufferPointer(batch), words, bytes, &scratch, report)
                                    collected = 0
                                }
                            }
                            walk(
                                batch: UnsafeBufferPointer(rebasing: batch[..<collected]), words, bytes, &scratch,
                                report)
                        }
                    }
                }
            }
        }
    }

    /// In a sifted word (its position shifted left by 2; positions stay far below 2^29, a field
    /// being at most 4 MB, as `specialStart` and `firstWordStart` also need): the first-word
    /// filter passed it.
    private static let siftedFirstWord: UInt32 = 1
    /// In a sifted word: its opening is a prefix term's (the prefix gate passed it).
    private static let siftedOpening: UInt32 = 2

    /// The pass over every word: the positions of `range` (at most as many as `found` holds)
    /// that the first-word filter or the prefix gate (`gate`; none when empty) let through
    /// (every one when `keepsAll`: fuzzy terms look further), marked, into `found`; returns how
    /// many. Kept apart from what follows for the few words it lets through, whose state would
    /// otherwise crowd the registers of a loop that runs for every word of every article (8.5%
    /// fewer instructions in matching with 1,000 topics and no matches); a loop for each case,
    /// most words read without a test of where the text ends, took 18% fewer again (14% at 10%
    /// of terms present), 4–6% of matching's time.
    @inline(never)
    private static func sift(
        _ words: UnsafeBufferPointer<FoldedText.Word>, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>,
        _ firstWords: BitFilter.Reader, gate: UnsafeBufferPointer<UInt64>, gateMask: Int, keepsAll: Bool,
        into found: UnsafeMutableBufferPointer<UInt32>
    ) -> Int {
        // A loop for each case, so that none tests for every word what holds for the whole text.
        if keepsAll {
            var count = 0
            for position in range {
                found[count] =
                    UInt32(truncatingIfNeeded: position) << 2
                    | checkedMarks(words[position], bytes, firstWords, gate, gateMask)
                count += 1
            }
            return count
        }
        guard !gate.isEmpty, let base = bytes.baseAddress else {
            var count = 0
            for position in range where firstWords.mayContain(words[position].hash) {
                found[count] = UInt32(truncatingIfNeeded: position) << 2 | siftedFirstWord
                count += 1
            }
            return count
        }
        // The words whose first 8 bytes lie inside the text are read without a check (the
        // words are in the order of their bytes); the last few, past them, with one.
        var inside = range.upperBound
        while inside > range.lowerBound && Int(words[inside - 1].start) + 8 > bytes.count { inside -= 1 }
        var count = 0
        for position in range.lowerBound..<inside {
            let word = words[position]
            let packed = UInt64(littleEndian: UnsafeRawPointer(base + Int(word.start)).loadUnaligned(as: UInt64.self))
            let mark = marks(word.hash, packed, firstWords, gate, gateMask)
            // A branch, not a store that always happens: it is almost never taken, and the
            // processor predicts it (storing every word and counting only some was 4% slower
            // with 10% of terms present, 13% with none).
            if mark != 0 {
                found[count] = UInt32(truncatingIfNeeded: position) << 2 | mark
                count += 1
            }
        }
        for position in inside..<range.upperBound {
            let mark = checkedMarks(words[position], bytes, firstWords, gate, gateMask)
            if mark != 0 {
                found[count] = UInt32(truncatingIfNeeded: position) << 2 | mark
                count += 1
            }
        }
        return count
    }

    /// The marks of a word (`siftedFirstWord`, `siftedOpening`), its opening read with a test of
    /// where the text ends.
    private static func checkedMarks(
        _ word: FoldedText.Word, _ bytes: UnsafeBufferPointer<UInt8>, _ firstWords: BitFilter.Reader,
        _ gate: UnsafeBufferPointer<UInt64>, _ gateMask: Int
    ) -> UInt32 {
        if gate.isEmpty { return firstWords.mayContain(word.hash) ? siftedFirstWord : 0 }
        return marks(word.hash, packed(bytes, Int(word.start)), firstWords, gate, gateMask)
    }

    /// The marks of a word, by its hash and its first 8 bytes (`packed`).
    @inline(__always)
    private static func marks(
        _ hash: UInt64, _ packed: UInt64, _ firstWords: BitFilter.Reader, _ gate: UnsafeBufferPointer<UInt64>,
        _ gateMask: Int
    ) -> UInt32 {
        let opening = gateIndex(packed) & gateMask
        let isOpening = gate[opening >> 6] & (1 << UInt64(opening & 63)) != 0
        return (firstWords.mayContain(hash) ? siftedFirstWord : 0) | (isOpening ? siftedOpening : 0)
    }

    /// In a batch of candidate words, marks a word whose walk from the root tries prefix or
    /// fuzzy edges.
    private static let specialStart: UInt32 = 1 << 30
    /// In a batch of candidate words, marks a word the first-word filter passed: only such a word
    /// can be the first word of a term (every one is in the filter), so only its root slot is
    /// read. The others passed as openings of prefix terms.
    private static let firstWordStart: UInt32 = 1 << 29
    /// In a batch of candidate words, the word's position.
    private static let batchPosition: UInt32 = (1 << 29) - 1

    /// Reads the root slot of each word of `batch` (word positions, marked `specialStart` and
    /// `firstWordStart`) that may be a term's first word, and the term its edge leads to, then
    /// walks from each. A word that passed only as an opening of prefix terms is not looked up
    /// as a first word: that read missed the cache and found nothing for about 2.5 words an
    /// article with 1,000 topics at 10% (3% of matching's time, measured side by side; 10% with
    /// fuzzy topics, where every word is looked at).
    private func walk(
        batch: UnsafeBufferPointer<UInt32>, _ words: UnsafeBufferPointer<FoldedText.Word>,
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ scratch: inout Scratch, _ report: (Hit) -> Void
    ) {
        if batch.count > 1 {
            let mask = slotMask
            var sink: UInt64 = 0
            slots.withUnsafeBufferPointer { slots in
                for entry in batch where entry & TermTrie.firstWordStart != 0 {
                    let start = Int(entry & TermTrie.batchPosition)
                    sink &+= slots[Int(truncatingIfNeeded: TermTrie.key(0, words[start].hash)) & mask].key
                }
                termInfo.withUnsafeBufferPointer { terms in
                    for entry in batch where entry & TermTrie.firstWordStart != 0 {
                        let key = TermTrie.key(0, words[Int(entry & TermTrie.batchPosition)].hash)
                        let edge = slots[Int(truncatingIfNeeded: key) & mask]
                        if edge.key == key && edge.payload >= 0 {
                            sink &+= UInt64(truncatingIfNeeded: terms[Int(edge.payload)].topic)
                        }
                    }
                }
            }
            scratch.sink &+= sink
        }
        for entry in batch {
            let start = Int(entry & TermTrie.batchPosition)
            walk(
                node: 0, special: entry & TermTrie.specialStart != 0,
                mayBeFirstWord: entry & TermTrie.firstWordStart != 0, position: start, start: start,
                isFuzzy: false, words, bytes, &scratch, report)
        }
    }

    /// The edge a designation's model takes from `node`, where a term's number would go on: a
    /// word of that number and letters after it (`35a`, `30sm`, `72b3`; `2a6` after a longer
    /// name, see `Builder.modelSalt`), not an ordinal (`2nd`, `1er`). News names the model as
    /// often as the type (`Su-30SM`, `T-72B3`, `Leopard 2A6`), and a user who writes the type
    /// means them all; the models are too many to enter one by one.
    @inline(never)
    private func modelEdge(from node: UInt32, _ word: UnsafeBufferPointer<UInt8>) -> Edge? {
        var digits = 0
        while digits < word.count && word[digits] >= 0x30 && word[digits] <= 0x39 { digits += 1 }
        guard digits > 0, digits < word.count, TermTrie.isLetter(word[digits]) else { return nil }
        let suffix = UnsafeBufferPointer(rebasing: word[digits...])
        guard !TermTrie.isOrdinal(suffix) else { return nil }
        let number = TermTrie.hash(UnsafeBufferPointer(rebasing: word[..<digits]))
        if nextWords.mayContain(TermTrie.key(node, number ^ TermTrie.modelSalt)),
            let edge = find(parent: node, symbol: number ^ TermTrie.modelSalt)
        {
            return edge
        }
        guard suffix.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
            nextWords.mayContain(TermTrie.key(node, number ^ TermTrie.namedModelSalt))
        else { return nil }
        return find(parent: node, symbol: number ^ TermTrie.namedModelSalt)
    }

    /// A folded letter's byte: ASCII, or a multi-byte letter's (folding leaves no other symbol
    /// inside a word but digits and the few of `C#` and `AT&T`).
    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte >= 0x80
    }

    /// The English and French ordinal endings after a number (`2nd`, `4th`, `1er`, `2eme`).
    private static func isOrdinal(_ suffix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard suffix.count <= 3 else { return false }
        var packed: UInt32 = 0
        for byte in suffix { packed = packed << 8 | UInt32(byte) }
        return ordinalEndings.contains(packed)
    }

    private static let ordinalEndings: [UInt32] = ["st", "nd", "rd", "th", "er", "re", "eme", "ere"].map {
        $0.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Whether a word at the root could be one edit from a fuzzy term word, or its singled form
    /// equal to one: the cheap tests before its deletion variants are hashed.
    private func mayBeFuzzy(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = word.count
        // Term words of 6–7 letters (3 letters of one end kept) match words of 5–8 letters;
        // term words of 8 or more (4 letters kept) match words of 7 or more.
        if count >= 5 && count <= 8 && fuzzyEndWidths & 1 != 0
            && (fuzzyEnds.mayContain(TermTrie.endKey(word, width: 3, atStart: true))
                || fuzzyEnds.mayContain(TermTrie.endKey(word, width: 3, atStart: false)))
        {
            return true
        }
        if count >= 7 && fuzzyEndWidths & 2 != 0
            && (fuzzyEnds.mayContain(TermTrie.endKey(word, width: 4, atStart: true))
                || fuzzyEnds.mayContain(TermTrie.endKey(word, width: 4, atStart: false)))
        {
            return true
        }
        return count <= TermTrie.fuzzyMinimumLength && singledStarts.mayContain(TermTrie.singledStart(word))
    }

    private func walk(
        node: UInt32, special: Bool, mayBeFirstWord: Bool = true, position: Int, start: Int, isFuzzy: Bool,
        _ words: UnsafeBufferPointer<FoldedText.Word>,
        _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch, _ report: (Hit) -> Void
    ) {
        guard position < words.count else { return }
        let word = words[position]
        // The word itself: visited at once (exact and prefix edges lead to distinct nodes, so
        // only what fuzzy edges find needs collecting and checking for repeats).
        let exact =
            (node == 0 ? mayBeFirstWord : nextWords.mayContain(TermTrie.key(node, word.hash)))
            ? find(parent: node, symbol: word.hash) : nil
        if let exact {
            visit(
                exact.child, exact.payload, position: position, start: start, isFuzzy: isFuzzy, words, bytes, &scratch,
                report)
        } else if node != 0 && word.flags.contains(.numeric),
            let model = modelEdge(
                from: node, UnsafeBufferPointer(rebasing: bytes[Int(word.start)..<Int(word.end)]))
        {
            visit(
                model.child, model.payload, position: position, start: start, isFuzzy: isFuzzy, words, bytes, &scratch,
                report)
        }
        guard special else { return }
        let info = nodes[Int(node)]
        let wordBytes = UnsafeBufferPointer(rebasing: bytes[Int(word.start)..<Int(word.end)])
        // Prefixes of it.
        if info.prefixLengths != 0 {
            let packed = TermTrie.packed(bytes, Int(word.start))
            var remaining = info.prefixLengths & ((2 << UInt32(min(wordBytes.count, 31))) &- 2)
            while remaining != 0 {
                let length = remaining.trailingZeroBitCount
                remaining &= remaining &- 1
                let symbol = TermTrie.prefixKey(packed, bytes, Int(word.start), length: length)
                // At the root, most words start no prefix term: the filter says so without a probe.
                if node == 0 && !prefixStarts.mayContain(symbol) { continue }
                if let edge = find(parent: node, symbol: symbol) {
                    visit(
                        edge.child, edge.payload, position: position, start: start, isFuzzy: isFuzzy, words, bytes,
                        &scratch, report)
                }
            }
        }
        // Words one edit away.
        guard info.hasFuzzy && (node != 0 || mayBeFuzzy(wordBytes)) else { return }
        let begin = scratch.children.count
        // A word one edit from a name is taken for a misspelling of it only where its capital
        // may tell a name: not in a headline in title case or in capitals (`Perfect Crime`);
        // as a term's first word, not in a run of capitals either (`Doing Crimes // A Nice
        // School`, `Crime Is Done Out Of Desperation`). Inside a phrase the term began, a
        // capital is enough.
        let isCapitalized =
            word.flags.contains(.capitalized) && !scratch.capitalsTellNoNames
            && (node != 0 || TermTrie.capitalTellsName(words, position, bytes))
        if wordBytes.count >= TermTrie.fuzzyMinimumLength - 1 {
            appendFuzzyChildren(of: node, wordBytes, isCapitalized: isCapitalized, &scratch)
        }
        let symbol = TermTrie.singledHash(wordBytes) ^ TermTrie.singledSalt
        if fuzzyKeys.mayContain(TermTrie.key(node, symbol)),
            let edge = find(parent: node, symbol: symbol), isCapitalized || !isName(edge.payload),
            !scratch.children[begin...].contains(where: { $0 & Edge.nodeMask == edge.node })
        {
            scratch.children.append(edge.child)
        }
        let end = scratch.children.count
        for index in begin..<end where scratch.children[index] & Edge.nodeMask != exact?.node {
            let child = scratch.children[index]
            visit(
                child, nodes[Int(child & Edge.nodeMask)].firstTerm, position: position, start: start,
                isFuzzy: true, words, bytes, &scratch, report)
        }
        if scratch.reportsNearMisses && word.flags.contains(.capitalized) && !isCapitalized
            && wordBytes.count >= TermTrie.fuzzyMinimumLength - 1
        {
            reportUnsureNames(of: node, wordBytes, position: position, start: start, words, &scratch, report)
        }
        scratch.children.removeSubrange(begin...)
    }

    /// For `explain`: the terms a capitalized word would be a misspelling of, were its capital
    /// to tell a name, as near misses (the terms that end with it; not the phrases it would go on).
    private func reportUnsureNames(
        of node: UInt32, _ word: UnsafeBufferPointer<UInt8>, position: Int, start: Int,
        _ words: UnsafeBufferPointer<FoldedText.Word>, _ scratch: inout Scratch, _ report: (Hit) -> Void
    ) {
        let begin = scratch.children.count
        // Only the name edges the walk passed over: the others are in `children` already.
        appendFuzzyChildren(of: node, word, isCapitalized: true, &scratch)
        for child in scratch.children[begin...] {
            var term = nodes[Int(child & Edge.nodeMask)].firstTerm
            while term >= 0 {
                let info = termInfo[Int(term)]
                if info.maskStart < 0 && !info.needsCyrillic {
                    report(
                        Hit(
                            term: term, topic: info.topic, excludes: info.excludes, needsOnlyCapitals: false,
                            words: start..<(position + 1), isFuzzy: true, isUnsureName: true))
                }
                term = info.next
            }
        }
        scratch.children.removeSubrange(begin...)
    }

    /// Reports the terms that end at `child` (the first is `firstTerm`) and walks on from it.
    private func visit(
        _ child: UInt32, _ firstTerm: Int32, position: Int, start: Int, isFuzzy: Bool,
        _ words: UnsafeBufferPointer<FoldedText.Word>,
        _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch, _ report: (Hit) -> Void
    ) {
        var term = firstTerm
        while term >= 0 {
            let info = termInfo[Int(term)]
            // Text all in capitals: a case-sensitive term matches whatever its case, uncertainly.
            let ignoresCase = info.maskStart >= 0 && scratch.casesSayNothing
            if (info.maskStart < 0 || ignoresCase || accepts(info.maskStart, words, start, position))
                && (!info.needsCyrillic || TermTrie.areCyrillic(words, start, position))
            {
                report(
                    Hit(
                        term: term, topic: info.topic, excludes: info.excludes,
                        needsOnlyCapitals: info.needsOnlyCapitals, words: start..<(position + 1), isFuzzy: isFuzzy,
                        isCaseUncertain: ignoresCase,
                        needsSouthSlavic: info.needsSouthSlavicInLatin
                            && !TermTrie.areCyrillic(words, start, position)))
            } else if !ignoresCase && info.needsOnlyCapitals && !isFuzzy
                && TermTrie.areInLowerCase(words, start, position)
            {
                report(
                    Hit(
                        term: term, topic: info.topic, excludes: info.excludes, needsOnlyCapitals: true,
                        words: start..<(position + 1), isFuzzy: false, isInLowerCase: true))
            }
            term = info.next
        }
        if child & Edge.goesOn != 0 {
            walk(
                node: child & Edge.nodeMask, special: child & Edge.special != 0, position: position + 1, start: start,
                isFuzzy: isFuzzy, words, bytes, &scratch, report)
        }
    }

    /// Whether the capital of the word at `position` may say it is a name: a word of its
    /// sentence beside it is in lower case (`Rute says`, `chief Rute`), or none beside it is
    /// capitalized as a title's words are (`Rute: NATO ready`). In a run of such capitals (a
    /// list of titles, a name of many words) a capital says nothing.
    private static func capitalTellsName(
        _ words: UnsafeBufferPointer<FoldedText.Word>, _ position: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let previous = position > 0 && !words[position].flags.contains(.sentenceStart) ? position - 1 : nil
        let next =
            position + 1 < words.count && !words[position + 1].flags.contains(.sentenceStart) ? position + 1 : nil
        // In lower case, and a word of letters (not `568` or `&`).
        func isInLowerCase(_ index: Int?) -> Bool {
            guard let index, words[index].caseMask == 0 else { return false }
            let first = bytes[Int(words[index].start)]
            return first >= 0x80 || (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
        }
        // Capitalized, not an acronym (`NATO`, `EU`).
        func isCapitalized(_ index: Int?) -> Bool {
            guard let index else { return false }
            let flags = words[index].flags
            return flags.contains(.capitalized) && !flags.contains(.allCapitals)
        }
        if isInLowerCase(previous) || isInLowerCase(next) { return true }
        return !isCapitalized(previous) && !isCapitalized(next)
    }

    private static func areInLowerCase(_ words: UnsafeBufferPointer<FoldedText.Word>, _ start: Int, _ last: Int) -> Bool
    {
        for index in start...last where words[index].caseMask != 0 { return false }
        return true
    }

    private static func areCyrillic(_ words: UnsafeBufferPointer<FoldedText.Word>, _ start: Int, _ last: Int) -> Bool {
        for index in start...last where !words[index].flags.contains(.cyrillic) { return false }
        return true
    }

    /// Whether a case-sensitive term (its masks at `first`) that reached its end holds its case.
    private func accepts(_ first: Int32, _ words: UnsafeBufferPointer<FoldedText.Word>, _ start: Int, _ last: Int)
        -> Bool
    {
        // Each word's mask, then which of its letters count (see `Builder.add`).
        let first = Int(first)
        for offset in 0..<(last - start + 1) {
            let kept = words[start + offset].caseMask & masks[first + 2 * offset + 1]
            if kept != masks[first + 2 * offset] { return false }
        }
        return true
    }

    /// Whether the fuzzy term word `index` is written as a name (false for what is not one).
    private func isName(_ index: Int32) -> Bool {
        index >= 0 && Int(index) < fuzzyNames.count && fuzzyNames[Int(index)]
    }

    private func appendFuzzyChildren(
        of node: UInt32, _ word: UnsafeBufferPointer<UInt8>, isCapitalized: Bool, _ scratch: inout Scratch
    ) {
        // The word itself: a term word one letter longer, one of whose deletions equals it. Its
        // deletions: a term word of the same length (a letter replaced, two swapped) or one
        // shorter, equal to a deletion of it or to it.
        TermTrie.deletionHashes(of: word) { symbol in
            let key = TermTrie.key(node, symbol ^ TermTrie.fuzzySalt)
            if fuzzyKeys.mayContain(key) { appendFuzzy(node, symbol: symbol, word, isCapitalized, &scratch) }
        }
    }

    private func appendFuzzy(
        _ node: UInt32, symbol: UInt64, _ word: UnsafeBufferPointer<UInt8>, _ isCapitalized: Bool,
        _ scratch: inout Scratch
    ) {
        let key = TermTrie.key(node, symbol ^ TermTrie.fuzzySalt)
        var slot = Int(truncatingIfNeeded: key) & slotMask
        while slots[slot].child != .max {
            let edge = slots[slot]
            // A fuzzy edge's payload is its word; a key that collides with another edge's is passed over.
            if edge.key == key, edge.payload >= 0, Int(edge.payload) < fuzzyWords.count,
                isCapitalized || !isName(edge.payload), EditDistance.isAtMostOne(word, fuzzyWords[Int(edge.payload)]),
                !scratch.children.contains(where: { $0 & Edge.nodeMask == edge.node })
            {
                scratch.children.append(edge.child)
            }
            slot = (slot + 1) & slotMask
        }
    }

    /// Whether a word could begin with a prefix term's first word: its prefixes of the lengths
    /// prefix terms have, keyed as their edges are, tested against the filter.
    private static func mayStartPrefix(
        _ packed: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int, _ lengths: UInt32,
        _ starts: BitFilter.Reader
    ) -> Bool {
        var remaining = lengths & ((2 << UInt32(min(count, 31))) &- 2)  // lengths the word reaches
        while remaining != 0 {
            let length = remaining.trailingZeroBitCount
            remaining &= remaining &- 1
            if starts.mayContain(prefixKey(packed, bytes, start, length: length)) { return true }
        }
        return false
    }

    /// The first 8 bytes at `start`, little-endian (bytes past the buffer read as 0).
    @inline(__always) static func packed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt64 {
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            return UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        }
        return packedNearEnd(bytes, start)
    }

    /// `packed` for the last words of a text: kept out of the loops that call `packed`.
    @inline(never) private static func packedNearEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in start..<min(start + 8, bytes.count) {
            value |= UInt64(bytes[index]) << UInt64(8 * (index - start))
        }
        return value
    }

    /// Above this many distinct three-letter openings of prefix terms the gate reads four.
    static let manyOpenings = 64

    /// A word's place in the prefix gate: the low five bits of each of its first four bytes
    /// (`packed`: its first 8), of which a three-letter gate keeps 15. Letters keep their identity
    /// (a–z are 1–26); other bytes share places, which only lets more words through. A shorter
    /// word's places take the bytes after it (a space, then the next word), as if they were its
    /// own.
    static func gateIndex(_ packed: UInt64) -> Int {
        Int(
            truncatingIfNeeded: packed & 0x1f | (packed >> 3) & 0x3e0 | (packed >> 6) & 0x7c00
                | (packed >> 9) & 0xf_8000)
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

    /// The first (or last) `width` bytes of a word, as a key (hashed: a `BitFilter` takes hashes).
    private static func endKey(_ word: UnsafeBufferPointer<UInt8>, width: Int, atStart: Bool) -> UInt64 {
        let base = atStart ? 0 : word.count - width
        var key = UInt64(width) << 40 | (atStart ? 0 : 1 << 44)
        for index in 0..<width { key |= UInt64(word[base + index]) << UInt64(8 * index) }
        return TermTrie.key(0, key)
    }

    /// The first two bytes of a word's singled form (its first byte and the next different one),
    /// as a key (hashed, as `endKey`).
    private static func singledStart(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let first = word.first else { return 0 }
        var index = 1
        while index < word.count && word[index] == first { index += 1 }
        return TermTrie.key(0, UInt64(first) << 8 | (index < word.count ? UInt64(word[index]) : 0x20))
    }

    // MARK: Walking

    /// Buffers one article's scans share (one allocation an article, not one a scan).
    struct Scratch {
        /// Nodes fuzzy edges found for the word at hand, with their edges' flags.
        var children: [UInt32] = []
        /// Keeps the reads of `walk(batch:)` ahead of the walks from being optimized away.
        var sink: UInt64 = 0
        /// Set while scanning text written all in capitals (`TURKEY FARMERS BRACE FOR WINTER`),
        /// where case-sensitive terms cannot tell `US` from "us": they match whatever their case,
        /// as uncertain hits.
        var casesSayNothing = false
        /// Set while scanning a headline in title case or in capitals, whose capitals tell no
        /// names: no word of it is one edit from a name (`Perfect Crime` is no `Crimea`).
        var capitalsTellNoNames = false
        /// Set for `explain`: the words one edit from a name whose capital tells no name are
        /// reported too, as near misses (`Hit.isUnsureName`).
        var reportsNearMisses = false
    }

    // MARK: Building

    // MARK: Hashing

    /// The edge whose mixed key is `key`, or nil.
    private static func find(_ key: UInt64, in slots: [Edge], mask: Int) -> Edge? {
        guard mask > 0 else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot].child != .max {
                if slots[slot].key == key { return slots[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

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
