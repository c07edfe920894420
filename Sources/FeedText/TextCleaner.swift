/// Takes out of an article's text what is not the article: lines that outlets add to every
/// article (view counters, photo credits, "Continue reading…", machine-translation disclaimers,
/// "The post … appeared first on …"), lines a feed repeats across its articles (learned per feed,
/// passed in as paragraph shapes), and a paragraph repeated within the article.
///
/// Deduplication compares what is left, and the outputs publish it, so that the same story is
/// recognized, and read, without each outlet's furniture.
public struct TextCleaner: Sendable {
    /// Paragraphs of at most this many words can be boilerplate; longer ones are always content.
    public static let shortParagraph = 40

    /// Shapes of paragraphs this feed repeats across its articles.
    public var learned: Set<UInt64>

    public init(learned: Set<UInt64> = []) {
        self.learned = learned
    }

    /// What cleaning a text left.
    public struct Result: Sendable {
        /// The words of the paragraphs kept, paragraph by paragraph.
        public var text = FoldedText()
        /// The kept paragraphs as written, for showing.
        public var paragraphs: [String] = []
        /// The shape of every short paragraph, kept or not, once each: what per-feed learning counts.
        public var shapes: [UInt64] = []
        /// How many paragraphs were dropped.
        public var removed = 0
        /// The kept short paragraphs: their shapes and words, so that boilerplate learned later
        /// can still be taken out (see `removing(_:)`) without cleaning the text again.
        var shortSpans: [(shape: UInt64, words: Range<Int>)] = []

        public init() {}

        /// The words left once the paragraphs with a shape in `learned` are taken out too.
        public func removing(_ learned: Set<UInt64>) -> FoldedText {
            let spans = shortSpans.filter { learned.contains($0.shape) }
            guard !spans.isEmpty else { return text }
            var kept = FoldedText()
            var start = 0
            for span in spans {
                kept.append(contentsOf: text, words: start..<span.words.lowerBound)
                start = span.words.upperBound
            }
            kept.append(contentsOf: text, words: start..<text.words.count)
            return kept
        }
    }

    /// Cleans `paragraphs` (plain text, one paragraph each); `keepingParagraphs: false` leaves
    /// `Result.paragraphs` empty, for callers that need only the words.
    public func clean(_ paragraphs: some Sequence<Substring>, keepingParagraphs: Bool = true) -> Result {
        var result = Result()
        var seen = Set<UInt64>()
        for paragraph in paragraphs {
            let wordsBefore = result.text.words.count
            result.text.append(paragraph)
            let words = result.text.words[wordsBefore...]
            guard !words.isEmpty else { continue }
            let shape = TextCleaner.shape(of: words)
            let isShort = words.count <= TextCleaner.shortParagraph
            let isRepeat = !seen.insert(shape).inserted
            if isShort && !isRepeat { result.shapes.append(shape) }
            if isRepeat || (isShort && (learned.contains(shape) || isGenericBoilerplate(words, in: result.text))) {
                result.text.truncate(toWordCount: wordsBefore)
                result.removed += 1
                continue
            }
            let trailing = trailingMarker(words, in: result.text)
            if trailing > 0 {
                result.text.truncate(toWordCount: result.text.words.count - trailing)
                if result.text.words.count == wordsBefore {
                    result.removed += 1
                    continue
                }
            }
            if isShort { result.shortSpans.append((shape, wordsBefore..<result.text.words.count)) }
            if keepingParagraphs { result.paragraphs.append(String(paragraph)) }
        }
        return result
    }

    /// Cleans plain text whose paragraphs are separated by line breaks.
    public func clean(text: String, keepingParagraphs: Bool = true) -> Result {
        guard keepingParagraphs else { return clean(folded: FoldedText(text)) }
        return clean(TextCleaner.lines(text), keepingParagraphs: true)
    }

    /// Cleans HTML: its text, paragraph by paragraph.
    public func clean(html: String, keepingParagraphs: Bool = true) -> Result {
        guard keepingParagraphs else { return clean(folded: FoldedText(html: html)) }
        return clean(text: HTMLText.plainText(fromHTML: html), keepingParagraphs: true)
    }

    /// Cleans folded text paragraph by paragraph (paragraphs start at `.paragraphStart`), as
    /// `clean(_:)` cleans written paragraphs, without the written form: the fast path for dedup.
    public func clean(folded source: FoldedText) -> Result {
        var result = Result()
        var seen = Set<UInt64>()
        var kept: [(words: Range<Int>, shape: UInt64, isShort: Bool)] = []
        var removedAny = false
        let words = source.words
        var start = 0
        while start < words.count {
            var end = start + 1
            while end < words.count, !words[end].flags.contains(.paragraphStart) { end += 1 }
            defer { start = end }
            let paragraph = words[start..<end]
            let shape = TextCleaner.shape(of: paragraph)
            let isShort = paragraph.count <= TextCleaner.shortParagraph
            let isRepeat = !seen.insert(shape).inserted
            if isShort && !isRepeat { result.shapes.append(shape) }
            if isRepeat || (isShort && (learned.contains(shape) || isGenericBoilerplate(paragraph, in: source))) {
                result.removed += 1
                removedAny = true
                continue
            }
            let trailing = trailingMarker(paragraph, in: source)
            if trailing == paragraph.count {
                result.removed += 1
                removedAny = true
                continue
            }
            if trailing > 0 { removedAny = true }
            kept.append((start..<(end - trailing), shape, isShort))
        }
        if !removedAny {
            result.text = source
            result.shortSpans = kept.filter(\.isShort).map { ($0.shape, $0.words) }
            return result
        }
        for paragraph in kept {
            let first = result.text.words.count
            result.text.append(contentsOf: source, words: paragraph.words)
            if paragraph.isShort { result.shortSpans.append((paragraph.shape, first..<result.text.words.count)) }
        }
        return result
    }

    /// The non-empty lines of `text`, found by bytes (a `Character` split costs more than all
    /// the cleaning).
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x0D {
                if start < index { lines.append(Substring(utf8[start..<index])) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { lines.append(Substring(utf8[start..<utf8.endIndex])) }
        return lines
    }

    /// Whether one paragraph (plain text) would be removed as boilerplate.
    public func isBoilerplate(_ paragraph: String) -> Bool {
        let text = FoldedText(paragraph)
        let words = text.words[...]
        guard !words.isEmpty, words.count <= TextCleaner.shortParagraph else { return false }
        return learned.contains(TextCleaner.shape(of: words)) || isGenericBoilerplate(words, in: text)
            || trailingMarker(words, in: text) == words.count
    }

    /// The shape of a paragraph: its folded words with every number written as `#`, so that
    /// "1897 views 0 comment(s)" and "12 views 3 comment(s)" are one line.
    public static func shape(of words: ArraySlice<FoldedText.Word>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for word in words {
            let value = word.flags.contains(.numeric) ? 0x23 : word.hash
            hash = (hash ^ value) &* 0x100_0000_01b3
            hash ^= hash >> 29
        }
        return hash
    }

    /// The shape of a plain-text paragraph.
    public static func shape(of paragraph: String) -> UInt64 {
        shape(of: FoldedText(paragraph).words[...])
    }

    // MARK: Lines every outlet adds

    /// Openings of lines that carry no story: credits, navigation, calls to act, disclaimers.
    private static let openings: [(words: [String], maximum: Int)] = [
        (["continue", "reading"], 6), (["read", "more"], 20), (["read", "also"], 30), (["see", "also"], 30),
        (["see", "all", "our"], 12), (["related"], 30), (["photo"], 12), (["photos"], 12), (["photograph"], 12),
        (["foto"], 12), (["image"], 12), (["picture"], 12), (["video"], 12), (["bonus", "video"], 20),
        (["follow", "us"], 25), (["share", "this"], 20), (["sign", "up"], 30), (["subscribe"], 30),
        (["advertisement"], 4), (["disclaimer"], 40), (["click", "here"], 30), (["source"], 8),
        (["izvor"], 8), (["copyright"], 30), (["all", "rights", "reserved"], 12), (["the", "post"], 40),
        (["this", "article", "was", "originally", "published"], 40), (["originally", "published"], 30),
        (["get", "our"], 20), (["download", "our"], 20), (["follow", "our"], 20),
    ]

    private static let openingHashes: [(hashes: [UInt64], maximum: Int)] = openings.map { opening in
        (opening.words.map { FoldedText($0).words.first?.hash ?? 0 }, opening.maximum)
    }

    private static func hashOf(_ word: String) -> UInt64 { FoldedText(word).words.first?.hash ?? 0 }
    private static let postMarker = ["appeared", "first", "on"].map(hashOf)
    private static let views = hashOf("views")
    private static let comments = [hashOf("comment"), hashOf("comments")]
    private static let trailingMarkers = [["continue", "reading"], ["read", "more"]].map { $0.map(hashOf) }
    private static let the = hashOf("the")
    private static let post = hashOf("post")

    private func isGenericBoilerplate(_ words: ArraySlice<FoldedText.Word>, in text: FoldedText) -> Bool {
        let start = words.startIndex
        for opening in TextCleaner.openingHashes
        where words.count <= opening.maximum && words.count >= opening.hashes.count {
            var matches = true
            for (offset, hash) in opening.hashes.enumerated() where words[start + offset].hash != hash {
                matches = false
                break
            }
            guard matches else { continue }
            if opening.hashes == [TextCleaner.the, TextCleaner.post] {
                // "The post <title> appeared first on <site>." and nothing else.
                return contains(words, TextCleaner.postMarker)
            }
            return true
        }
        // "1897 views 0 comment(s)"
        guard words.count <= 8 else { return false }
        var index = start
        while index + 3 < words.endIndex {
            if words[index].flags.contains(.numeric), words[index + 1].hash == TextCleaner.views,
                words[index + 2].flags.contains(.numeric), TextCleaner.comments.contains(words[index + 3].hash)
            {
                return true
            }
            index += 1
        }
        return false
    }

    /// How many words at the end of a paragraph are a "Continue reading" / "Read more" link.
    private func trailingMarker(_ words: ArraySlice<FoldedText.Word>, in text: FoldedText) -> Int {
        for marker in TextCleaner.trailingMarkers where words.count >= marker.count {
            let start = words.endIndex - marker.count
            if marker.indices.allSatisfy({ words[start + $0].hash == marker[$0] }) { return marker.count }
        }
        return 0
    }

    private func contains(_ words: ArraySlice<FoldedText.Word>, _ sequence: [UInt64]) -> Bool {
        guard words.count >= sequence.count else { return false }
        for start in words.startIndex...(words.endIndex - sequence.count)
        where sequence.indices.allSatisfy({ words[start + $0].hash == sequence[$0] }) {
            return true
        }
        return false
    }
}
