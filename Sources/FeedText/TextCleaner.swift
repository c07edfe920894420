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

        public init() {}
    }

    /// Cleans `paragraphs` (plain text, one paragraph each).
    public func clean(_ paragraphs: some Sequence<some StringProtocol>) -> Result {
        var result = Result()
        var seen = Set<UInt64>()
        for paragraph in paragraphs {
            let wordsBefore = result.text.words.count
            result.text.append(String(paragraph))
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
            result.paragraphs.append(String(paragraph))
        }
        return result
    }

    /// Cleans plain text whose paragraphs are separated by line breaks.
    public func clean(text: String) -> Result {
        clean(text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }))
    }

    /// Cleans HTML: its text, paragraph by paragraph.
    public func clean(html: String) -> Result {
        clean(text: HTMLText.plainText(fromHTML: html))
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
        let hashes = words.map(\.hash)
        for opening in TextCleaner.openingHashes
        where words.count <= opening.maximum && hashes.starts(with: opening.hashes) {
            if opening.hashes == [TextCleaner.the, TextCleaner.post] {
                // "The post <title> appeared first on <site>." and nothing else.
                return contains(hashes, TextCleaner.postMarker)
            }
            return true
        }
        // "1897 views 0 comment(s)"
        let list = Array(words)
        var index = 0
        while index + 3 < list.count {
            if list[index].flags.contains(.numeric), hashes[index + 1] == TextCleaner.views,
                list[index + 2].flags.contains(.numeric), TextCleaner.comments.contains(hashes[index + 3])
            {
                return words.count <= 8
            }
            index += 1
        }
        return false
    }

    /// How many words at the end of a paragraph are a "Continue reading" / "Read more" link.
    private func trailingMarker(_ words: ArraySlice<FoldedText.Word>, in text: FoldedText) -> Int {
        let hashes = words.map(\.hash)
        for marker in TextCleaner.trailingMarkers
        where hashes.count >= marker.count && hashes.suffix(marker.count).elementsEqual(marker) {
            return marker.count
        }
        return 0
    }

    private func contains(_ hashes: [UInt64], _ sequence: [UInt64]) -> Bool {
        guard hashes.count >= sequence.count else { return false }
        for start in 0...(hashes.count - sequence.count)
        where hashes[start..<(start + sequence.count)].elementsEqual(sequence) {
            return true
        }
        return false
    }
}
