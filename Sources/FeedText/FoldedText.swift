/// Text split into words and folded the way `TextNormalizer` folds it (case, diacritics, Serbian
/// Cyrillic to Latin), built for speed: one pass over UTF-8 bytes with a table for the scripts
/// news text uses, no `String` per word. Deduplication reads every article through this, so it
/// is what decides how fast dedup can be. HTML is read directly (`append(html:)`): tags are
/// skipped, character references decoded, block elements end paragraphs, as `HTMLText` does.
///
/// The symbols that make a name of a letter or a word (`C#`, `C++`, `AT&T`, `.NET`) are words of
/// their own, so that a term written with them needs them; `TextNormalizer` drops them, as a
/// slug should.
///
/// Each word carries what the text around it said: whether it was capitalized, whether it opened
/// a sentence or a paragraph, whether it is a number. Numbers keep their inner separators
/// (`59,141`, `3.5`) so that they can be read as values.
public struct FoldedText: Sendable {
    /// One word of the text.
    public struct Word: Sendable, Hashable {
        /// Where the folded word lies in `FoldedText.bytes`.
        public var start: Int32
        public var end: Int32
        /// FNV-1a of the folded bytes: equal words, equal hashes.
        public var hash: UInt64
        public var flags: Flags
        /// Which folded bytes (of the first 32) began an upper-case letter: case-sensitive
        /// matching compares these, so `US` is told from `Us` and `us` without a second string.
        public var caseMask: UInt32
    }

    /// What the source said about a word.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        @inlinable public init(rawValue: UInt8) { self.rawValue = rawValue }

        // The flags are computed and inlinable, not stored constants: read from another module,
        // a stored one is a call to its accessor, and tagging tests them for every word it
        // looks at (4% of its own reading was these calls).

        /// Its first letter was upper case.
        @inlinable public static var capitalized: Flags { Flags(rawValue: 1) }
        /// Every letter was upper case, and there were at least two (`NATO`, `UN`).
        @inlinable public static var allCapitals: Flags { Flags(rawValue: 2) }
        /// It begins with a digit.
        @inlinable public static var numeric: Flags { Flags(rawValue: 4) }
        /// It is the first word of a sentence (or of a paragraph).
        @inlinable public static var sentenceStart: Flags { Flags(rawValue: 8) }
        /// It is the first word of a paragraph (a line of the input, or an HTML block).
        @inlinable public static var paragraphStart: Flags { Flags(rawValue: 16) }
        /// Some of its letters were Cyrillic.
        @inlinable public static var cyrillic: Flags { Flags(rawValue: 32) }
        /// A number with a percent sign after it (`5%`): the sign is no word, and a percentage is
        /// a measurement whatever its size.
        @inlinable public static var percent: Flags { Flags(rawValue: 64) }
    }

    /// The folded words, each followed by one space.
    public private(set) var bytes: [UInt8] = []
    public private(set) var words: [Word] = []
    /// The spelling Cyrillic is read in; nil: told anew by each text appended (see `CyrillicSpelling`).
    public let cyrillic: CyrillicSpelling?
    /// The spelling Cyrillic is read in where a text appended does not tell its own; nil: Serbian.
    public let cyrillicUnlessTold: CyrillicSpelling?
    /// The spelling the first text appended that told one by its letters told.
    public private(set) var toldSpelling: CyrillicSpelling?
    /// The letters few languages write that the words not capitalized have (see `TellingLetters`).
    public private(set) var tellingLetters: TellingLetters = []

    public init() {
        cyrillic = nil
        cyrillicUnlessTold = nil
    }

    /// An empty text whose appended texts read Cyrillic in the spelling each tells by its
    /// letters, and in `spelling` where one does not tell (a short headline, in a feed whose
    /// text or declared language does: see `CyrillicSpelling.readAlike`).
    public init(cyrillicUnlessTold spelling: CyrillicSpelling?) {
        cyrillic = nil
        cyrillicUnlessTold = spelling
    }

    /// Folds `text`.
    public init(_ text: String) {
        cyrillic = nil
        cyrillicUnlessTold = nil
        append(text)
    }

    /// Folds `text`, reading its Cyrillic in `spelling` whatever its letters say: what a term is
    /// folded with when its own letters do not tell (`Херсон` is `Herson` in Serbian, `Kherson`
    /// in Ukrainian).
    public init(_ text: String, cyrillic spelling: CyrillicSpelling) {
        cyrillic = spelling
        cyrillicUnlessTold = nil
        append(text)
    }

    /// The ways a term can be written in the text it is looked for in, each with whether only
    /// Cyrillic text can hold it. A term whose Cyrillic shows its language (`Київ`, `фільм`) is
    /// that language's spelling, in Cyrillic text: English `film` is not the Ukrainian `фільм`.
    /// Other Cyrillic (`Херсон`) is folded as Serbian (which Latin text also matches: `Вучић`
    /// is `Vučić`), then in the other spellings (Ukrainian, Russian, Macedonian, Bulgarian) where
    /// they differ, for Cyrillic text only (`Херсон` is `kherson` in Ukrainian text; in Latin
    /// text `ЄС`, `yes`, is not the EU). Latin and Serbian terms have one reading, for any text.
    public static func readings(of text: String) -> [(text: FoldedText, cyrillicOnly: Bool)] {
        guard CyrillicSpelling.mayReadOtherThanSerbian(text) else { return [(FoldedText(text), false)] }
        let shown = CyrillicSpelling.detect(text)
        if shown != .serbian { return [(FoldedText(text, cyrillic: shown), true)] }
        var readings: [(text: FoldedText, cyrillicOnly: Bool)] = []
        for spelling in CyrillicSpelling.allCases {
            let folded = FoldedText(text, cyrillic: spelling)
            if !readings.contains(where: { $0.text.bytes == folded.bytes }) {
                readings.append((folded, !readings.isEmpty))
            }
        }
        return readings
    }

    /// Folds the text of an HTML fragment.
    public init(html: String) {
        cyrillic = nil
        cyrillicUnlessTold = nil
        append(html: html)
    }

    /// Forgets the words, keeping the storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        toldSpelling = nil
        tellingLetters = []
    }

    /// The folded form of `word`.
    public func string(_ word: Word) -> String {
        String(decoding: bytes[Int(word.start)..<Int(word.end)], as: UTF8.self)
    }

    /// The folded bytes of `word`.
    public func slice(_ word: Word) -> ArraySlice<UInt8> {
        bytes[Int(word.start)..<Int(word.end)]
    }

    /// Appends the words of `text`; a line break in it starts a new paragraph, and so does the
    /// start of `text`.
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { scan($0, isHTML: false) }
    }

    /// Appends the words of `text` (see `append(_:)` for a `String`).
    public mutating func append(_ text: Substring) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ scan($0, isHTML: false) }) { return done }
        append(String(text))
    }

    /// Appends the words of an HTML fragment: the words `HTMLText.plainText(fromHTML:)` would
    /// give, without making that text first.
    public mutating func append(html: String) {
        var html = html
        html.withUTF8 { scan($0, isHTML: true) }
    }

    /// Appends the first `count` words of `text` (an HTML fragment when `isHTML`), as `append(_:)`
    /// and `append(html:)` would, reading no more of `text` than they need. No word is cut: one
    /// that begins with the last of them (a character reference that decodes to two letters, an
    /// ideograph) is read to its end, so a rare text gives one or two more. The words are those
    /// the whole text would give, so they can be compared with another text's opening.
    public mutating func append(firstWords count: Int, of text: String, isHTML: Bool) {
        var text = text
        text.withUTF8 { scanOpening($0, isHTML: isHTML, words: count) }
    }

    /// Appends the words `range` of `other`, as they are.
    public mutating func append(contentsOf other: FoldedText, words range: Range<Int>) {
        if toldSpelling == nil { toldSpelling = other.toldSpelling }
        tellingLetters.formUnion(other.tellingLetters)
        guard !range.isEmpty else { return }
        let byteStart = Int(other.words[range.lowerBound].start)
        let byteEnd = Int(other.words[range.upperBound - 1].end) + 1
        let shift = Int32(bytes.count) - Int32(byteStart)
        bytes.append(contentsOf: other.bytes[byteStart..<byteEnd])
        for var word in other.words[range] {
            word.start += shift
            word.end += shift
            words.append(word)
        }
    }

    /// Drops every word after the first `count`.
    public mutating func truncate(toWordCount count: Int) {
        guard count < words.count else { return }
        bytes.removeSubrange(Int(words[count].start)...)
        words.removeSubrange(count...)
    }

    // MARK: Scanning

    /// When a scan stops: at the end of its text, or after its first words.
    private protocol WordLimit {
        func isReached(_ words: Int) -> Bool
        func bytesToReserve(_ count: Int) -> Int
        func wordsToReserve(_ count: Int) -> Int
    }

    private struct NoWordLimit: WordLimit {
        func isReached(_ words: Int) -> Bool { false }
        func bytesToReserve(_ count: Int) -> Int { count }
        func wordsToReserve(_ count: Int) -> Int { count }
    }

    private struct FirstWords: WordLimit {
        let count: Int
        func isReached(_ words: Int) -> Bool { words >= count }
        /// The folded bytes of a few words (the output grows if they are longer).
        func bytesToReserve(_ count: Int) -> Int { min(count, 256) }
        func wordsToReserve(_ count: Int) -> Int { min(count, self.count) }
    }

    /// The word being read and what the text said before it.
    private struct Cursor {
        /// The folded bytes of this scan, appended to `bytes` when it ends.
        var output: Output
        var inWord = false
        var wordStart = 0
        var hash: UInt64 = 0
        var flags: Flags = []
        var letters = 0
        var upperLetters = 0
        var caseMask: UInt32 = 0
        var nextFlags: Flags = [.sentenceStart, .paragraphStart]
        /// Told at the first Cyrillic letter.
        var spelling: CyrillicSpelling?

        /// Where the next folded byte goes in `bytes`.
        var position: Int { output.offset + output.count }
    }

    /// Memory a scan folds into, grown as it needs: an array's `append` checks at every byte
    /// that the array is its storage's only owner, which was most of what folding a byte cost.
    private struct Output {
        /// Where the first byte goes in `bytes`.
        let offset: Int
        private(set) var start: UnsafeMutablePointer<UInt8>
        private(set) var count = 0
        private var capacity: Int

        init(offset: Int, capacity: Int) {
            self.offset = offset
            self.capacity = max(capacity, 16)
            start = .allocate(capacity: self.capacity)
        }

        var last: UInt8? { count > 0 ? start[count - 1] : nil }

        /// The byte at `position` of `bytes` (written by this scan).
        func byte(at position: Int) -> UInt8 { start[position - offset] }

        /// Whether the last word written is `byte` alone or ends with it: a symbol kept as a
        /// word (no other word holds one).
        func endsWithWord(_ byte: UInt8) -> Bool { count >= 2 && start[count - 2] == byte && start[count - 1] == 0x20 }

        @inline(__always) mutating func append(_ byte: UInt8) {
            if count == capacity { grow() }
            start[count] = byte
            count += 1
        }

        /// Room for twice as many bytes (a scalar can fold into several: `ß`, `ﬃ`, `щ`).
        @inline(never) private mutating func grow() {
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            larger.initialize(from: start, count: count)
            start.deallocate()
            start = larger
            capacity *= 2
        }

        /// Appends the bytes to `bytes` and frees the memory (the output is not used after).
        func move(into bytes: inout [UInt8]) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
            start.deallocate()
        }
    }

    /// The spelling the Cyrillic of `input` from `index` on is read in.
    private mutating func spelling(of input: UnsafeBufferPointer<UInt8>, from index: Int) -> CyrillicSpelling {
        guard let told = CyrillicSpelling.told(input, from: index) else {
            // No letter tells one spelling. A letter Serbian and Macedonian never write (`я ю й
            // щ ь`: `Шойгу уволен`, `Встреча с Вучичем`) says it is Russian, Ukrainian or
            // Bulgarian all the same, read as Russian, whose Latin is the nearest to each (`kh`,
            // `ts`, `ch`, `sh`, `zh`; Serbian's read `Шойгу` as `sojgu`, English's `Shoigu` as
            // `shoygu`); the tagger needs to know it too (`Путина` is Putin's genitive).
            if CyrillicSpelling.hasLettersSouthSlavicLacks(input, from: index) {
                tellingLetters.insert(.eastSlavic)
                return cyrillicUnlessTold ?? .russian
            }
            return cyrillicUnlessTold ?? .serbian
        }
        if toldSpelling == nil { toldSpelling = told }
        return told
    }

    private mutating func finish(_ cursor: inout Cursor) {
        guard cursor.inWord else { return }
        if cursor.letters >= 2 && cursor.upperLetters == cursor.letters { cursor.flags.insert(.allCapitals) }
        words.append(
            Word(
                start: Int32(cursor.wordStart), end: Int32(cursor.position), hash: cursor.hash, flags: cursor.flags,
                caseMask: cursor.caseMask))
        cursor.output.append(0x20)
        cursor.inWord = false
    }

    /// Notes what the letter `scalar`, just folded into the word being read, tells. A capitalized
    /// word's letters say little: English news writes `Vučić`, `Erdoğan` and `Wałęsa` with theirs.
    /// Greek letters tell in a word that opens with two of them (not `μm`). Out of the loop, and
    /// not noted when a word ends: a test at every word's end made folding 6.5% dearer.
    @inline(never) private mutating func note(_ scalar: UInt32, _ cursor: Cursor) {
        guard let tells = TellingLetters(letter: scalar) else { return }
        if cursor.flags.contains(.capitalized) {
            if tells == .polish { tellingLetters.insert(.polishInCapitalized) }
            return
        }
        if tells == .greek {
            // The second letter, and the first was Greek too (folded, it is still Greek: a lead
            // byte 0xCE or 0xCF).
            guard cursor.letters == 2, cursor.output.byte(at: cursor.wordStart) & 0xFE == 0xCE else { return }
        }
        tellingLetters.formUnion(tells)
    }

    private mutating func begin(_ cursor: inout Cursor) {
        cursor.inWord = true
        cursor.wordStart = cursor.position
        cursor.hash = 0xcbf2_9ce4_8422_2325
        cursor.flags = cursor.nextFlags
        cursor.nextFlags = []
        cursor.letters = 0
        cursor.upperLetters = 0
        cursor.caseMask = 0
    }

    /// Marks the next byte as the start of an upper-case letter.
    private func markUpper(_ cursor: inout Cursor) {
        let position = cursor.position - cursor.wordStart
        if position < 32 { cursor.caseMask |= 1 << UInt32(position) }
    }

    private mutating func add(_ byte: UInt8, _ cursor: inout Cursor) {
        cursor.output.append(byte)
        cursor.hash = (cursor.hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    private mutating func breakParagraph(_ cursor: inout Cursor) {
        finish(&cursor)
        cursor.nextFlags = [.sentenceStart, .paragraphStart]
    }

    private mutating func scan(_ input: UnsafeBufferPointer<UInt8>, isHTML: Bool) {
        scan(input, isHTML: isHTML, limit: NoWordLimit())
    }

    private mutating func scanOpening(_ input: UnsafeBufferPointer<UInt8>, isHTML: Bool, words count: Int) {
        scan(input, isHTML: isHTML, limit: FirstWords(count: count))
    }

    /// Generic over the limit, so that a whole text's scan (dedup's, every byte of every article)
    /// is a copy of its own that does not test one at each byte.
    private mutating func scan<Limit: WordLimit>(_ input: UnsafeBufferPointer<UInt8>, isHTML: Bool, limit: Limit) {
        let count = input.count
        var cursor = Cursor(output: Output(offset: bytes.count, capacity: limit.bytesToReserve(count) + 16))
        cursor.spelling = cyrillic
        var index = 0
        // About a word for every 6 bytes of text (fewer in HTML): room for them at once, not
        // grown 7 or 8 times from nothing for an article's text.
        if words.capacity - words.count < count / 8 {
            words.reserveCapacity(words.count + limit.wordsToReserve(min(count / 6, 16_384)) + 4)
        }
        let wordsBefore = words.count
        while index < count {
            if limit.isReached(words.count - wordsBefore) && !cursor.inWord { break }
            let byte = input[index]
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A:  // a-z
                    if !cursor.inWord { begin(&cursor) }
                    add(byte, &cursor)
                    cursor.letters += 1
                case 0x41...0x5A:  // A-Z
                    if !cursor.inWord {
                        begin(&cursor)
                        cursor.flags.insert(.capitalized)
                    }
                    markUpper(&cursor)
                    add(byte | 0x20, &cursor)
                    cursor.letters += 1
                    cursor.upperLetters += 1
                case 0x30...0x39:  // 0-9
                    if !cursor.inWord {
                        begin(&cursor)
                        cursor.flags.insert(.numeric)
                    }
                    add(byte, &cursor)
                case 0x2C, 0x2E:  // , . inside a number: 59,141 and 3.5
                    if cursor.inWord, cursor.flags.contains(.numeric),
                        cursor.output.last.map({ $0 &- 0x30 < 10 }) == true,
                        let next = nextTextByte(input, after: index, isHTML: isHTML), next &- 0x30 < 10
                    {
                        add(byte, &cursor)
                    } else if byte == 0x2E {
                        punctuation(byte, input, index, isHTML: isHTML, &cursor)
                    } else {
                        finish(&cursor)
                    }
                case 0x23, 0x2B:  // # +
                    punctuation(byte, input, index, isHTML: isHTML, &cursor)
                case 0x27:  // ' : a possessive 's belongs to the word and is dropped
                    if cursor.inWord, isPossessive(input, index) {
                        index += 1
                    } else if cursor.inWord && cursor.spelling == .ukrainian && isCyrillic(input, index + 1) {
                        // Ukrainian writes an apostrophe inside words (`п'ять`); the transliteration drops it.
                    } else {
                        finish(&cursor)
                    }
                case 0x25:  // %
                    if cursor.inWord && cursor.flags.contains(.numeric) { cursor.flags.insert(.percent) }
                    finish(&cursor)
                case 0x21, 0x3F:  // ! ?
                    finish(&cursor)
                    cursor.nextFlags.insert(.sentenceStart)
                case 0x0A, 0x0D:
                    breakParagraph(&cursor)
                case 0x3C where isHTML:  // <
                    index = skipMarkup(input, index, &cursor)
                    continue
                case 0x26 where isHTML:  // &
                    if let (decoded, length) = HTMLEntities.reference(in: input, at: index) {
                        index += length
                        let isApostrophe = decoded == "\u{2019}" || decoded == "'" || decoded == "\u{02BC}"
                        if isApostrophe, cursor.inWord, isPossessive(input, index - 1) {
                            index += 1  // &#8217;s: the possessive goes, as with a literal apostrophe
                            continue
                        }
                        if isApostrophe && cursor.inWord && cursor.spelling == .ukrainian && isCyrillic(input, index) {
                            continue  // п&#8217;ять: inside a Ukrainian word, as a literal apostrophe
                        }
                        if decoded == "&" {
                            punctuation(0x26, input, index - 1, isHTML: true, &cursor)  // AT&amp;T
                            continue
                        }
                        for scalar in decoded.unicodeScalars {
                            if CyrillicSpelling.isCyrillic(scalar.value) && cursor.spelling == nil {
                                // Told by the letters written as such (`&#1093;` are not counted).
                                cursor.spelling = spelling(of: input, from: index)
                            }
                            consume(scalar.value, &cursor)
                        }
                        continue
                    }
                    punctuation(byte, input, index, isHTML: true, &cursor)
                case 0x26:  // &
                    punctuation(byte, input, index, isHTML: false, &cursor)
                default:
                    finish(&cursor)
                }
                index += 1
                continue
            }
            // A multi-byte scalar: decode it, then fold it.
            let (scalar, length) = decode(input, index)
            if CyrillicSpelling.isCyrillic(scalar) && cursor.spelling == nil {
                cursor.spelling = spelling(of: input, from: index)
            }
            index += length
            if scalar == 0x2019 || scalar == 0x02BC {  // ’ as an apostrophe
                if cursor.inWord, isPossessive(input, index - 1) {
                    index += 1
                } else if cursor.inWord && cursor.spelling == .ukrainian && isCyrillic(input, index) {
                    // inside a Ukrainian word, as `'` above
                } else {
                    finish(&cursor)
                }
                continue
            }
            consume(scalar, &cursor)
        }
        finish(&cursor)
        cursor.output.move(into: &bytes)
    }

    /// Emits `byte` as a word of its own, outside the sentence's flow: the symbols that tell one
    /// name from a plain word (`C#` and `C++` from the letter C, `AT&T` from "at", `.NET` from
    /// "net") are kept as words, so that a term written with them needs them. Each symbol is a
    /// word (`C++` is `c + +`), and a plain word's term still matches beside one (`Disney` in
    /// `Disney+`).
    private mutating func symbol(_ byte: UInt8, _ cursor: inout Cursor) {
        finish(&cursor)
        let upcoming = cursor.nextFlags
        begin(&cursor)
        cursor.flags = []
        add(byte, &cursor)
        finish(&cursor)
        cursor.nextFlags = upcoming
    }

    /// `#`, `+`, `&` or `.` (not inside a number) at `index`: a word of its own where it makes
    /// a name (see `symbol`), else a break between words. Out of the scan's loop: they are rare,
    /// and the loop's registers are not for them.
    @inline(never) private mutating func punctuation(
        _ byte: UInt8, _ input: UnsafeBufferPointer<UInt8>, _ index: Int, isHTML: Bool, _ cursor: inout Cursor
    ) {
        let keep: Bool
        switch byte {
        case 0x2E:  // .NET: not in a word, nor an ellipsis's
            keep =
                !cursor.inWord && (index == 0 || input[index - 1] != 0x2E)
                && nextTextByte(input, after: index, isHTML: isHTML).map(isASCIILetter) == true
        case 0x26:  // AT&T, R&D, S&P
            keep = isGluedAmpersand(input, endingAt: index, isHTML: isHTML, cursor)
        default:  // C#, C++, F#, Notepad++: after a word's letters, or after the symbol before
            keep = cursor.inWord ? !cursor.flags.contains(.numeric) : cursor.output.endsWithWord(byte)
        }
        if keep {
            symbol(byte, &cursor)
            return
        }
        finish(&cursor)
        if byte == 0x2E, isSentenceEnd(input, index) { cursor.nextFlags.insert(.sentenceStart) }
    }

    /// An `&` right after a word's letters and right before a letter (`AT&T`, not `Bosnia &
    /// Herzegovina`, nor `3&4`); `end` is its last byte (of `&amp;`, in HTML).
    private func isGluedAmpersand(
        _ input: UnsafeBufferPointer<UInt8>, endingAt end: Int, isHTML: Bool, _ cursor: Cursor
    ) -> Bool {
        guard cursor.inWord, !cursor.flags.contains(.numeric),
            let next = nextTextByte(input, after: end, isHTML: isHTML)
        else { return false }
        return isASCIILetter(next)
    }

    private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Folds one scalar that did not take the ASCII fast path (or came from a character reference).
    private mutating func consume(_ scalar: UInt32, _ cursor: inout Cursor) {
        if scalar < 0x80 {
            switch scalar {
            case 0x61...0x7A, 0x41...0x5A, 0x30...0x39:
                let byte = UInt8(scalar)
                if !cursor.inWord {
                    begin(&cursor)
                    if byte &- 0x41 < 26 { cursor.flags.insert(.capitalized) }
                    if byte &- 0x30 < 10 { cursor.flags.insert(.numeric) }
                }
                if byte &- 0x41 < 26 { markUpper(&cursor) }
                add(byte &- 0x41 < 26 ? byte | 0x20 : byte, &cursor)
                if byte &- 0x30 >= 10 { cursor.letters += 1 }
                if byte &- 0x41 < 26 { cursor.upperLetters += 1 }
            case 0x0A, 0x0D:
                breakParagraph(&cursor)
            case 0x21, 0x3F, 0x2E:
                finish(&cursor)
                cursor.nextFlags.insert(.sentenceStart)
            default:
                finish(&cursor)
            }
            return
        }
        switch scalar {
        case 0x2019, 0x02BC:
            finish(&cursor)
            return
        case 0x2026:  // …
            finish(&cursor)
            cursor.nextFlags.insert(.sentenceStart)
            return
        case 0x2028, 0x2029:
            breakParagraph(&cursor)
            return
        default: break
        }
        let isCyrillic = CyrillicSpelling.isCyrillic(scalar)
        let fold =
            isCyrillic
            ? ScalarFolds.shared.fold(scalar, cursor.spelling ?? .serbian, initial: !cursor.inWord)
            : ScalarFolds.shared.fold(scalar)
        switch fold {
        case .separator:
            finish(&cursor)
        case .mark:
            break
        case .letters(let folded, let isUpper):
            if !cursor.inWord {
                begin(&cursor)
                if isUpper { cursor.flags.insert(.capitalized) }
            }
            if isUpper { markUpper(&cursor) }
            for byte in folded { add(byte, &cursor) }
            cursor.letters += 1
            if isUpper { cursor.upperLetters += 1 }
            if isCyrillic { cursor.flags.insert(.cyrillic) }
            if scalar >= 0xC0 && !isCyrillic { note(scalar, cursor) }
        case .ideograph(let folded):
            finish(&cursor)
            begin(&cursor)
            for byte in folded { add(byte, &cursor) }
            finish(&cursor)
        }
    }

    /// Skips a tag, comment or raw-text element starting at `start` (a `<`); returns where the
    /// text goes on. Block elements end the paragraph; inline ones leave words whole (`Vu<b>č</b>ić`).
    private mutating func skipMarkup(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ cursor: inout Cursor)
        -> Int
    {
        let count = input.count
        if start + 3 < count, input[start + 1] == 0x21, input[start + 2] == 0x2D, input[start + 3] == 0x2D {
            // <!-- … -->
            var index = start + 4
            while index + 2 < count {
                if input[index] == 0x2D && input[index + 1] == 0x2D && input[index + 2] == 0x3E { return index + 3 }
                index += 1
            }
            return count
        }
        guard let close = firstIndex(of: 0x3E, in: input, from: start + 1) else {
            // An unclosed '<' is text, as browsers read it (and text '<' separates words).
            finish(&cursor)
            return start + 1
        }
        var nameStart = start + 1
        let isClosing = nameStart < close && input[nameStart] == 0x2F
        if isClosing { nameStart += 1 }
        var nameEnd = nameStart
        while nameEnd < close, isNameByte(input[nameEnd]) { nameEnd += 1 }
        let name = UnsafeBufferPointer(rebasing: input[nameStart..<nameEnd])
        if !isClosing && (equalsLowercased(name, "script") || equalsLowercased(name, "style")) {
            finish(&cursor)
            return skipRawText(input, from: close + 1, name: name)
        }
        if isBlockElement(name) { breakParagraph(&cursor) }
        return close + 1
    }

    /// The position after `</name…>`, or the end.
    private func skipRawText(_ input: UnsafeBufferPointer<UInt8>, from start: Int, name: UnsafeBufferPointer<UInt8>)
        -> Int
    {
        var index = start
        while let open = firstIndex(of: 0x3C, in: input, from: index) {
            let nameStart = open + 2
            if nameStart + name.count <= input.count, input[open + 1] == 0x2F {
                var matches = true
                for offset in 0..<name.count where input[nameStart + offset] | 0x20 != name[offset] | 0x20 {
                    matches = false
                    break
                }
                if matches { return (firstIndex(of: 0x3E, in: input, from: nameStart) ?? input.count - 1) + 1 }
            }
            index = open + 1
        }
        return input.count
    }

    /// Whether a Cyrillic letter starts at `index`.
    private func isCyrillic(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        index + 1 < input.count && input[index] & 0xFC == 0xD0
    }

    private func firstIndex(of byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < input.count {
            if input[index] == byte { return index }
            index += 1
        }
        return nil
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private func equalsLowercased(_ name: UnsafeBufferPointer<UInt8>, _ expected: StaticString) -> Bool {
        guard name.count == expected.utf8CodeUnitCount else { return false }
        return expected.withUTF8Buffer { expected in
            for index in 0..<name.count where name[index] | 0x20 != expected[index] { return false }
            return true
        }
    }

    /// The block elements `HTMLText` ends a line at, by their names packed into an integer
    /// (lower case, at most 10 letters): no `String` for every tag of every article.
    private func isBlockElement(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count >= 1, name.count <= 10 else { return false }
        return FoldedText.blockElementKeys.contains(FoldedText.nameKey(name))
    }

    private static func nameKey<Bytes: Collection<UInt8>>(_ name: Bytes) -> UInt128 {
        var key: UInt128 = 0
        for byte in name { key = key << 8 | UInt128(byte | 0x20) }
        return key
    }

    /// Few enough for a linear scan of integers to beat hashing.
    private static let blockElementKeys: [UInt128] = HTMLText.blockElements.map { nameKey(Array($0.utf8)) }

    /// A full stop that ends a sentence: followed by white space, a quote or the end.
    private func isSentenceEnd(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let next = index + 1
        guard next < input.count else { return true }
        let byte = input[next]
        return byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x22 || byte >= 0x80
    }

    /// The byte of text after `index`, past any inline tags in HTML (which `HTMLText` drops,
    /// joining what they separate: `1,<span>2</span>` reads `1,2`).
    private func nextTextByte(_ input: UnsafeBufferPointer<UInt8>, after index: Int, isHTML: Bool) -> UInt8? {
        var next = index + 1
        while isHTML, next < input.count, input[next] == 0x3C,
            let close = firstIndex(of: 0x3E, in: input, from: next + 1)
        {
            var nameStart = next + 1
            if nameStart < close, input[nameStart] == 0x2F { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < close, isNameByte(input[nameEnd]) { nameEnd += 1 }
            guard nameEnd > nameStart, !isBlockElement(UnsafeBufferPointer(rebasing: input[nameStart..<nameEnd])) else {
                return input[next]
            }
            next = close + 1
        }
        return next < input.count ? input[next] : nil
    }

    /// An apostrophe (one byte `'`, or the last byte of `’` or of a reference to one) followed
    /// by `s` and something that is not part of a word.
    private func isPossessive(_ input: UnsafeBufferPointer<UInt8>, _ apostropheEnd: Int) -> Bool {
        let next = apostropheEnd + 1
        guard next < input.count, input[next] | 0x20 == 0x73 else { return false }
        let after = next + 1
        guard after < input.count else { return true }
        let byte = input[after]
        if byte < 0x80 { return !(byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) && !(byte >= 0x30 && byte <= 0x39) }
        let (scalar, _) = decode(input, after)
        switch scalar {
        case 0x2019, 0x02BC, 0x2026, 0x2028, 0x2029: return true
        default:
            if case .separator = ScalarFolds.shared.fold(scalar) { return true }
            return false
        }
    }

    private func decode(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let lead = input[index]
        let count = input.count
        if lead & 0xE0 == 0xC0, index + 1 < count {
            return (UInt32(lead & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F), 2)
        }
        if lead & 0xF0 == 0xE0, index + 2 < count {
            return (
                UInt32(lead & 0x0F) << 12 | UInt32(input[index + 1] & 0x3F) << 6 | UInt32(input[index + 2] & 0x3F), 3
            )
        }
        if lead & 0xF8 == 0xF0, index + 3 < count {
            let value =
                UInt32(lead & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12 | UInt32(input[index + 2] & 0x3F) << 6
                | UInt32(input[index + 3] & 0x3F)
            return (value, 4)
        }
        return (0xFFFD, 1)
    }
}
