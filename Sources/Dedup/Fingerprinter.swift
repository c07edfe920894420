public import FeedModel
public import FeedText
public import Foundation

/// Turns an article into its fingerprint: cleans the text, then takes phrases, stemmed words,
/// name keys and figures from what is left.
public struct Fingerprinter: Sendable {
    /// Phrases are taken from this many words at most, and everything else from `readWords`:
    /// copies share their opening, and long articles would otherwise cost storage and time for
    /// nothing.
    static let phraseWords = 250
    static let readWords = 1000

    public init() {}

    /// An article's fingerprint, with the shapes of its short paragraphs for per-feed learning.
    public struct Output: Sendable {
        public var fingerprint: ArticleFingerprint
        /// Shapes of the article's short paragraphs (see `TextCleaner.Result.shapes`).
        public var shapes: [UInt64]
        /// Readable forms of the names and figures, when asked for (to explain a match).
        public var vocabulary: [UInt32: String] = [:]
    }

    /// Cleans `article` with `cleaner` and fingerprints it; `date` is the date it is filed under.
    public func fingerprint(
        _ article: Article, date: Date, cleaner: TextCleaner = TextCleaner(), keepVocabulary: Bool = false
    ) -> Output {
        fingerprint(prepare(article, cleaner: cleaner), date: date, keepVocabulary: keepVocabulary)
    }

    /// An article's title and text folded and cleaned of what every outlet adds, before the
    /// feed's learned boilerplate is known: one pass gives both the shapes to learn from and,
    /// with `fingerprint(_:date:learned:)`, the fingerprint.
    public struct Prepared: Sendable {
        /// The folded title.
        public internal(set) var title: FoldedText
        var body: TextCleaner.Result
        /// The article's own files (see `media(of:)`), by their hashed addresses.
        var media: [UInt32] = []

        /// The shapes of the article's short paragraphs: what per-feed learning counts.
        public var shapes: [UInt64] { body.shapes }

        /// The fuller of the article's content and summary, folded and cleaned, the paragraphs
        /// with a shape in `learned` left out too: what tagging reads, so that a build folds each
        /// article's text once.
        public func text(learned: Set<UInt64>) -> FoldedText {
            learned.isEmpty ? body.text : body.removing(learned)
        }
    }

    /// Folds and cleans `article`.
    public func prepare(_ article: Article, cleaner: TextCleaner = TextCleaner()) -> Prepared {
        let (title, body) = Fingerprinter.read(article, with: cleaner)
        return Prepared(title: title, body: body, media: Fingerprinter.media(of: article))
    }

    /// The article's title, folded, and its text, folded and cleaned, their Cyrillic read alike.
    static func read(_ article: Article, with cleaner: TextCleaner) -> (FoldedText, TextCleaner.Result) {
        CyrillicSpelling.readAlike(
            language: article.language,
            title: { spelling in
                var title = FoldedText(cyrillicUnlessTold: spelling)
                if let raw = article.title {
                    title.append(
                        article.titleType == .text || article.titleType == nil
                            ? raw : HTMLText.plainText(fromHTML: raw))
                }
                return title
            },
            text: { spelling in Fingerprinter.clean(article, with: cleaner, cyrillicUnlessTold: spelling) },
            told: { $0.text.toldSpelling })
    }

    /// The hashed addresses of an article's own files (audio, video, torrents, documents): a
    /// podcast's episode is its file, whatever its description shares with the feed's other
    /// episodes.
    static func media(of article: Article) -> [UInt32] {
        var media: [UInt32] = []
        for enclosure in article.enclosures where enclosure.isDownload {
            let url = enclosure.url.trimmingWhitespace()
            var hash = StableHash()
            hash.combine((CanonicalURL.make(url) ?? url).utf8)
            media.append(fold(hash.value))
        }
        return sortedUnique(media)
    }

    /// The fingerprint of a prepared article, the paragraphs with a shape in `learned` (its
    /// feed's boilerplate) left out.
    public func fingerprint(
        _ prepared: Prepared, date: Date, learned: Set<UInt64> = [], keepVocabulary: Bool = false
    ) -> Output {
        var vocabulary: [UInt32: String]? = keepVocabulary ? [:] : nil
        let body = learned.isEmpty ? prepared.body.text : prepared.body.removing(learned)
        var fingerprint = make(title: prepared.title, body: body, date: date, vocabulary: &vocabulary)
        fingerprint.media = prepared.media
        return Output(fingerprint: fingerprint, shapes: prepared.body.shapes, vocabulary: vocabulary ?? [:])
    }

    /// The shapes of the article's short paragraphs, as written (nothing learned removed): what
    /// per-feed boilerplate learning counts.
    public func shapes(of article: Article) -> [UInt64] {
        Fingerprinter.read(article, with: TextCleaner()).1.shapes
    }

    static func clean(_ article: Article, with cleaner: TextCleaner, cyrillicUnlessTold spelling: CyrillicSpelling?)
        -> TextCleaner.Result
    {
        guard let body = body(of: article) else { return TextCleaner.Result() }
        var folded = FoldedText(cyrillicUnlessTold: spelling)
        switch body.type {
        case .text: folded.append(body.text)
        case .html, .xhtml: folded.append(html: body.text)
        }
        return cleaner.clean(folded: folded)
    }

    /// The fuller of the article's content and summary.
    static func body(of article: Article) -> (text: String, type: TextType)? {
        let content = article.content.map { ($0, article.contentType ?? .html) }
        let summary = article.summary.map { ($0, article.summaryType ?? .html) }
        switch (content, summary) {
        case (let content?, let summary?): return content.0.utf8.count >= summary.0.utf8.count ? content : summary
        case (let content?, nil): return content
        case (nil, let summary?): return summary
        case (nil, nil): return nil
        }
    }

    func make(title: FoldedText, body: FoldedText, date: Date, vocabulary: inout [UInt32: String]?)
        -> ArticleFingerprint
    {
        let fullLength = body.words.count
        var body = body
        body.truncate(toWordCount: Fingerprinter.readWords)
        var shingles: [UInt32] = []
        let phraseEnd = min(body.words.count, Fingerprinter.phraseWords)
        if phraseEnd >= 3 {
            shingles.reserveCapacity(phraseEnd - 2)
            for index in 2..<phraseEnd {
                let a = body.words[index - 2].hash
                let b = body.words[index - 1].hash
                let c = body.words[index].hash
                shingles.append(Fingerprinter.fold((a &* 0x9E37_79B9_7F4A_7C15 ^ b) &* 0xBF58_476D_1CE4_E5B9 ^ c))
            }
        }

        var titleWords: [UInt32] = []
        var words: [UInt32] = []
        for word in title.words where isContentWord(word) {
            let stem = Fingerprinter.stem(title.slice(word))
            titleWords.append(stem)
            words.append(stem)
        }
        for word in body.words where isContentWord(word) {
            words.append(Fingerprinter.stem(body.slice(word)))
        }

        // Names: capitalized words in mid-sentence; a capitalized word that opens a sentence (or
        // a headline, which may capitalize every word) only if it also appears in mid-sentence.
        var midSentence = HashSet()
        for text in [body, title] {
            for word in text.words where isNameCandidate(word) && !word.flags.contains(.sentenceStart) {
                midSentence.insert(word.hash)
            }
        }
        var names: [UInt32] = []
        var titleNames: [UInt32] = []
        func collectNames(_ text: FoldedText, isTitle: Bool) {
            for word in text.words where isNameCandidate(word) {
                let isMidSentence = midSentence.contains(word.hash)
                if isTitle && !body.words.isEmpty && !isMidSentence { continue }
                guard isMidSentence || word.flags.contains(.allCapitals), let key = Fingerprinter.nameKey(text, word)
                else {
                    continue
                }
                names.append(key)
                if isTitle { titleNames.append(key) }
                if vocabulary != nil, vocabulary![key] == nil {
                    // The folded form, cased again for reading: "NATO", "Rutte", "Vucic".
                    let folded = text.string(word)
                    vocabulary![key] =
                        word.flags.contains(.allCapitals)
                        ? folded.uppercased() : folded.prefix(1).uppercased() + folded.dropFirst()
                }
            }
        }
        collectNames(title, isTitle: true)
        collectNames(body, isTitle: false)

        var figures: [Int64] = []
        for text in [title, body] {
            for (index, word) in text.words.enumerated() where word.flags.contains(.numeric) {
                let next = index + 1 < text.words.count ? text.words[index + 1].hash : nil
                guard let figure = Figure(text.slice(word), nextWord: next),
                    figure.isTelling || Fingerprinter.isPercentage(text, index)
                else { continue }
                figures.append(figure.key)
            }
        }

        var fingerprint = ArticleFingerprint(
            date: date, shingles: Fingerprinter.sortedUnique(shingles), lead: Array(shingles.prefix(4)),
            titleWords: Fingerprinter.sortedUnique(titleWords),
            words: Fingerprinter.sortedUnique(words), names: Fingerprinter.sortedUnique(names),
            figures: Fingerprinter.sortedUnique(figures), length: Int32(fullLength))
        fingerprint.titleNames = Fingerprinter.sortedUnique(titleNames)
        fingerprint.seriesNumbers = Fingerprinter.sortedUnique(Fingerprinter.seriesNumbers(title))
        return fingerprint
    }

    /// Whether the number at `index` is a percentage (`5%`, `4 percent`, `3 per cent`, `2
    /// posto`): small whole numbers are no figures (`3 dead`, `Game 3`), but `falls 5%` and
    /// `falls 3%` are two days' market reports, not one story.
    static func isPercentage(_ text: FoldedText, _ index: Int) -> Bool {
        let words = text.words
        if words[index].flags.contains(.percent) { return true }
        guard index + 1 < words.count else { return false }
        let next = words[index + 1].hash
        if WordClasses.percentWords.contains(next) { return true }
        return next == WordClasses.per && index + 2 < words.count && words[index + 2].hash == WordClasses.cent
    }

    /// The key of a name: one that survives transliteration (`NameKey`), or, for a code written
    /// with digits (a road's `M25`, a flight's `BA2490`), the code itself: its digits are not
    /// spelt differently, and `M1` and `M11` are two roads.
    private static func nameKey(_ text: FoldedText, _ word: FoldedText.Word) -> UInt32? {
        let bytes = text.slice(word)
        guard bytes.contains(where: { $0 &- 0x30 < 10 }) else { return NameKey.key(bytes) }
        return fold(word.hash)
    }

    private func isContentWord(_ word: FoldedText.Word) -> Bool {
        !word.flags.contains(.numeric) && word.end - word.start >= 3 && !WordClasses.stopwords.contains(word.hash)
    }

    private func isNameCandidate(_ word: FoldedText.Word) -> Bool {
        word.flags.contains(.capitalized) && !word.flags.contains(.numeric) && word.end - word.start >= 2
            && !WordClasses.notNames.contains(word.hash)
    }

    // MARK: Words

    /// A crude English stem (plural, -ing, -ed dropped; at most seven letters), so that
    /// "prisoners"/"prisoner" and "estimates"/"estimated" meet in a retelling.
    static func stem(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        var end = bytes.endIndex
        let count = bytes.count
        func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length + 2 else { return false }
            let start = end - length
            return suffix.withUTF8Buffer { bytes[start..<end].elementsEqual($0) }
        }
        if endsWith("ies") {
            end -= 2
        } else if endsWith("ing") {
            end -= 3
        } else if endsWith("ed") {
            end -= 2
        } else if endsWith("es") {
            end -= 2
        } else if count > 3, bytes[end - 1] == 0x73, bytes[end - 2] != 0x73, bytes[end - 2] != 0x75 {
            end -= 1
        }
        end = min(end, bytes.startIndex + 7)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes[bytes.startIndex..<end] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return fold(hash)
    }

    static func fold(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The numbers a headline gives as its item's place in a series: after a word that names
    /// one (`Part 2`, `Episode 17`, `Day 300`, `Game 5`, `Teil 3`), or before `of` and a total
    /// (`2 of 3`). Small numbers are no figures (`isTelling`), so without these a series' second
    /// part, its text sharing the first's introduction and vocabulary, was taken for a copy of
    /// the first.
    static func seriesNumbers(_ title: FoldedText) -> [UInt32] {
        var numbers: [UInt32] = []
        let words = title.words
        for (index, word) in words.enumerated() where word.flags.contains(.numeric) {
            guard let value = UInt32(String(decoding: title.slice(word), as: UTF8.self)) else { continue }
            let follows = index > 0 && seriesWords.contains(words[index - 1].hash)
            let ofTotal =
                index + 2 < words.count && words[index + 1].hash == ofWord
                && words[index + 2].flags.contains(.numeric)
            if follows || ofTotal { numbers.append(value) }
        }
        return numbers
    }

    /// Words that name a place in a series, folded as headlines write them (English, German,
    /// French, Spanish, Italian, Serbian and Croatian).
    private static let seriesWords = HashSet(
        [
            "part", "pt", "episode", "ep", "chapter", "day", "week", "round", "season", "volume", "vol", "issue",
            "lesson", "step", "stage", "leg", "game", "teil", "folge", "kapitel", "tag", "partie", "chapitre",
            "jour", "semaine", "parte", "capitulo", "capitolo", "puntata", "giorno", "dio", "deo", "epizoda",
            "nastavak", "sezona",
        ].map(WordClasses.hash))
    private static let ofWord = WordClasses.hash("of")

    static func sortedUnique(_ values: [UInt32]) -> [UInt32] {
        guard values.count > 1 else { return values }
        var values = values
        HashSort.sort(&values)
        return unique(values)
    }

    static func sortedUnique(_ values: [Int64]) -> [Int64] {
        guard values.count > 1 else { return values }
        var values = values
        HashSort.sort(generic: &values)
        return unique(values)
    }

    private static func unique<T: Equatable>(_ values: [T]) -> [T] {
        var values = values
        var write = 1
        for read in 1..<values.count where values[read] != values[write - 1] {
            values[write] = values[read]
            write += 1
        }
        values.removeSubrange(write...)
        return values
    }
}
