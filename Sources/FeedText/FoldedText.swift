/// Text split into words and folded the way `TextNormalizer` folds it (case, diacritics, Serbian
/// Cyrillic to Latin), built for speed: one pass over UTF-8 bytes with a table for the scripts
/// news text uses, no `String` per word. Deduplication reads every article through this, so it
/// is what decides how fast dedup can be.
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
    }

    /// What the source said about a word.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        /// Its first letter was upper case.
        public static let capitalized = Flags(rawValue: 1)
        /// Every letter was upper case, and there were at least two (`NATO`, `UN`).
        public static let allCapitals = Flags(rawValue: 2)
        /// It begins with a digit.
        public static let numeric = Flags(rawValue: 4)
        /// It is the first word of a sentence (or of a paragraph).
        public static let sentenceStart = Flags(rawValue: 8)
        /// It is the first word of a paragraph (a line of the input).
        public static let paragraphStart = Flags(rawValue: 16)
    }

    /// The folded words, each followed by one space.
    public private(set) var bytes: [UInt8] = []
    public private(set) var words: [Word] = []

    public init() {}

    /// Folds `text`.
    public init(_ text: String) {
        append(text)
    }

    /// Forgets the words, keeping the storage.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
    }

    /// Drops every word after the first `count`.
    public mutating func truncate(toWordCount count: Int) {
        guard count < words.count else { return }
        bytes.removeSubrange(Int(words[count].start)...)
        words.removeSubrange(count...)
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
        text.withUTF8 { scan($0) }
    }

    // MARK: Scanning

    private mutating func scan(_ input: UnsafeBufferPointer<UInt8>) {
        let table = ScalarFolds.shared
        var index = 0
        let count = input.count
        var inWord = false
        var wordStart = 0
        var hash: UInt64 = 0
        var flags: Flags = []
        var letters = 0
        var upperLetters = 0
        var nextFlags: Flags = [.sentenceStart, .paragraphStart]
        bytes.reserveCapacity(bytes.count + count + 16)

        func finish(_ this: inout FoldedText) {
            guard inWord else { return }
            if letters >= 2 && upperLetters == letters { flags.insert(.allCapitals) }
            this.words.append(Word(start: Int32(wordStart), end: Int32(this.bytes.count), hash: hash, flags: flags))
            this.bytes.append(0x20)
            inWord = false
        }

        func begin(_ this: inout FoldedText) {
            inWord = true
            wordStart = this.bytes.count
            hash = 0xcbf2_9ce4_8422_2325
            flags = nextFlags
            nextFlags = []
            letters = 0
            upperLetters = 0
        }

        while index < count {
            let byte = input[index]
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A:  // a-z
                    if !inWord { begin(&self) }
                    bytes.append(byte)
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                    letters += 1
                case 0x41...0x5A:  // A-Z
                    if !inWord {
                        begin(&self)
                        flags.insert(.capitalized)
                    }
                    let lower = byte | 0x20
                    bytes.append(lower)
                    hash = (hash ^ UInt64(lower)) &* 0x100_0000_01b3
                    letters += 1
                    upperLetters += 1
                case 0x30...0x39:  // 0-9
                    if !inWord {
                        begin(&self)
                        flags.insert(.numeric)
                    }
                    bytes.append(byte)
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                case 0x2C, 0x2E:  // , . inside a number: 59,141 and 3.5
                    if inWord, flags.contains(.numeric), index + 1 < count, input[index + 1] &- 0x30 < 10,
                        bytes.last.map({ $0 &- 0x30 < 10 }) == true
                    {
                        bytes.append(byte)
                        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                    } else {
                        finish(&self)
                        if byte == 0x2E, isSentenceEnd(input, index) { nextFlags.insert(.sentenceStart) }
                    }
                case 0x27:  // ' : a possessive 's belongs to the word and is dropped
                    if inWord, isPossessive(input, index) {
                        index += 1
                    } else {
                        finish(&self)
                    }
                case 0x21, 0x3F:  // ! ?
                    finish(&self)
                    nextFlags.insert(.sentenceStart)
                case 0x0A, 0x0D:
                    finish(&self)
                    nextFlags = [.sentenceStart, .paragraphStart]
                default:
                    finish(&self)
                }
                index += 1
                continue
            }
            // A multi-byte scalar: decode it, then look its fold up.
            let (scalar, length) = decode(input, index)
            index += length
            if scalar == 0x2019 || scalar == 0x02BC {  // ’ as an apostrophe
                if inWord, isPossessive(input, index - 1) {
                    index += 1
                } else {
                    finish(&self)
                }
                continue
            }
            if scalar == 0x2026 {  // …
                finish(&self)
                nextFlags.insert(.sentenceStart)
                continue
            }
            if scalar == 0x2028 || scalar == 0x2029 {
                finish(&self)
                nextFlags = [.sentenceStart, .paragraphStart]
                continue
            }
            let fold = table.fold(scalar)
            switch fold {
            case .separator:
                finish(&self)
            case .mark:
                continue
            case .letters(let folded, let isUpper):
                if !inWord {
                    begin(&self)
                    if isUpper { flags.insert(.capitalized) }
                }
                for byte in folded {
                    bytes.append(byte)
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                }
                letters += 1
                if isUpper { upperLetters += 1 }
            case .ideograph(let folded):
                finish(&self)
                begin(&self)
                for byte in folded {
                    bytes.append(byte)
                    hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
                }
                finish(&self)
            }
        }
        finish(&self)
    }

    /// A full stop that ends a sentence: followed by white space, a quote or the end.
    private func isSentenceEnd(_ input: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let next = index + 1
        guard next < input.count else { return true }
        let byte = input[next]
        return byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x22 || byte >= 0x80
    }

    /// An apostrophe (one byte `'`, or the last byte of `’`) followed by `s` and a non-letter.
    private func isPossessive(_ input: UnsafeBufferPointer<UInt8>, _ apostropheEnd: Int) -> Bool {
        let next = apostropheEnd + 1
        guard next < input.count, input[next] | 0x20 == 0x73 else { return false }
        let after = next + 1
        guard after < input.count else { return true }
        let byte = input[after]
        return !(byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) && !(byte >= 0x30 && byte <= 0x39) && byte < 0x80
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
