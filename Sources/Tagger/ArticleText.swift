public import FeedModel
public import FeedText
import Foundation

/// An article's words by where they stand, since a term in the title or the summary says more
/// about what an article is about than one in the body.
///
/// The text is cleaned as for dedup and the outputs (what outlets add to every article, such as
/// "Get our free news app" or "Photo: …", and lines learned per feed, go). The text is the
/// fuller of the content and the summary, as dedup reads it; when the feed gives a summary
/// apart from it, that is the summary. Otherwise (most full-text RSS, or a summary that is the
/// text again or an excerpt of its first lines) the lead stands for the summary: the first
/// sentence, taken on to at least `leadMinimum` words and cut at `leadMaximum`. The rest is
/// body, even in a short text: a topic named once in the third sentence of a brief is named in
/// passing. The lead and the body are ranges of one folded text, not copies of it: in a build that
/// text is dedup's, and tagging should add as little as it can to reading it.
public struct ArticleText: Sendable {
    var title: FoldedText
    /// The summary the feed gave apart from the text; empty when the lead stands for it.
    private(set) var givenSummary: FoldedText
    /// The fuller of the content and the summary, folded and cleaned.
    private(set) var text: FoldedText
    /// How many of the text's first words are the lead, which stands for a summary the feed did
    /// not give apart (0 when it did).
    private(set) var leadCount: Int

    /// The body's words in `text`.
    var bodyWords: Range<Int> { leadCount..<text.words.count }

    /// Calls `body` with the text the summary's words are in (the text itself when the lead
    /// stands for the summary) and those words. Lent, not returned: a returned text is a copy,
    /// two retains and releases an article.
    func withSummary<Result>(_ body: (FoldedText, Range<Int>) -> Result) -> Result {
        leadCount > 0 ? body(text, 0..<leadCount) : body(givenSummary, 0..<givenSummary.words.count)
    }

    /// How many words the title, summary and body hold together.
    public var wordCount: Int { title.words.count + givenSummary.words.count + text.words.count }

    static let leadMinimum = 8
    static let leadMaximum = 60

    /// Folds and cleans `article`.
    public init(_ article: borrowing Article, cleaner: TextCleaner = TextCleaner()) {
        let rawTitle = article.title
        let titleType = article.titleType
        let fuller = ArticleText.fuller(article)
        let (title, text) = CyrillicSpelling.readAlike(
            language: article.language,
            title: { spelling in
                var title = FoldedText(cyrillicUnlessTold: spelling)
                // A title without a type is text, as dedup reads it.
                if let rawTitle { ArticleText.fold(rawTitle, titleType ?? .text, into: &title) }
                return title
            },
            text: { spelling in
                var text = FoldedText(cyrillicUnlessTold: spelling)
                if let (fuller, type) = fuller { ArticleText.fold(fuller, type, into: &text) }
                return cleaner.clean(folded: text).text
            },
            told: { $0.toldSpelling })
        self.init(article, title: title, text: text, cleaner: cleaner)
    }

    /// An article whose title and text (the fuller of its content and summary) are already folded
    /// and cleaned, by dedup (`Fingerprinter.Prepared`): only a separate summary is read here.
    public init(
        _ article: borrowing Article, title: FoldedText, text: FoldedText, cleaner: TextCleaner = TextCleaner()
    ) {
        // Each stored property is set once, at the end: set early and then again, they made the
        // init copy the whole value on its way out (5% of tagging's own reading).
        var givenSummary = FoldedText()
        var leadCount = 0
        if ArticleText.hasSummaryApart(article), let summaryText = article.summary {
            // Read as the text is, where it does not tell its own spelling (see
            // `CyrillicSpelling.readAlike`): an excerpt's words are then the text's.
            let spelling =
                text.toldSpelling ?? title.toldSpelling ?? article.language.flatMap { CyrillicSpelling(language: $0) }
            if let start = ArticleText.excerptStart(
                summaryText, article.summaryType, of: text, cyrillicUnlessTold: spelling)
            {
                leadCount = ArticleText.leadLength(text, from: start)
            } else {
                var summary = FoldedText(cyrillicUnlessTold: spelling)
                ArticleText.fold(summaryText, article.summaryType, into: &summary)
                givenSummary = cleaner.clean(folded: summary).text
            }
        } else {
            leadCount = ArticleText.leadLength(text)
        }
        self.title = title
        self.givenSummary = givenSummary
        self.text = text
        self.leadCount = leadCount
    }

    /// The fuller of the content and the summary (the content on a tie), as dedup chooses.
    static func fuller(_ article: Article) -> (String, TextType)? {
        let content = article.content.flatMap { $0.isEmpty ? nil : ($0, article.contentType ?? .html) }
        let summary = article.summary.flatMap { $0.isEmpty ? nil : ($0, article.summaryType ?? .html) }
        switch (content, summary) {
        case (let content?, let summary?): return content.0.utf8.count >= summary.0.utf8.count ? content : summary
        case (let content?, nil): return content
        case (nil, let summary?): return summary
        case (nil, nil): return nil
        }
    }

    /// Whether the feed gives a summary besides a fuller content, not the content again: the
    /// summary `fuller(_:)` does not choose. Strings of different lengths are not compared, and
    /// those of one length byte by byte: a `String` comparison normalizes as it goes, which took
    /// 8% of tagging's own reading. (Two spellings of one text read as an excerpt, below.)
    static func hasSummaryApart(_ article: borrowing Article) -> Bool {
        guard let summary = article.summary, !summary.isEmpty, let content = article.content else { return false }
        let contentLength = content.utf8.count
        let summaryLength = summary.utf8.count
        return contentLength > summaryLength || (contentLength == summaryLength && !sameBytes(content, summary))
    }

    /// Whether two strings of one length are one text (a feed that repeats its text as the
    /// summary gives two equal strings). Their first and last `endsCompared` bytes are compared,
    /// not all of them: the summary's bytes are not in the cache (dedup read the content), and
    /// reading them all took 10% of tagging's own reading, measured side by side. Two texts of
    /// one length that open and end alike are one text, edited within at most.
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        let same = first.utf8.withContiguousStorageIfAvailable { one in
            second.utf8.withContiguousStorageIfAvailable { other in
                guard let a = one.baseAddress, let b = other.baseAddress, one.count == other.count else {
                    return one.count == other.count
                }
                guard one.count > 2 * endsCompared else { return memcmp(a, b, one.count) == 0 }
                let last = one.count - endsCompared
                return memcmp(a, b, endsCompared) == 0 && memcmp(a + last, b + last, endsCompared) == 0
            }
        }
        return (same ?? nil) ?? first.utf8.elementsEqual(second.utf8)
    }

    private static let endsCompared = 64

    /// Whether a headline is in title case (nearly every word of 4 letters or more capitalized)
    /// and whether it is all in capitals (nearly every word of 2 letters or more), in one pass
    /// over its words: tagging asks both of every title.
    static func headlineCase(_ title: FoldedText) -> (isTitleCase: Bool, isInCapitals: Bool) {
        var long = 0
        var capitalized = 0
        var short = 0
        var capitals = 0
        for word in title.words where word.end - word.start >= 2 && !word.flags.contains(.numeric) {
            short += 1
            let isAllCapitals = word.flags.contains(.allCapitals)
            if isAllCapitals { capitals += 1 }
            guard word.end - word.start >= 4 else { continue }
            long += 1
            if word.flags.contains(.capitalized) && !isAllCapitals { capitalized += 1 }
        }
        return (long >= 3 && capitalized * 5 >= long * 4, short >= 3 && capitals * 5 >= short * 4)
    }

    /// Where in `text` the words of `summary` begin, when it is an excerpt of the text's first
    /// lines (most feeds that give both): its first words (at least 4, at most 8) are the text's
    /// from there, and that is among the text's first `excerptReach` words, since a heading, a
    /// byline or a caption may come first (`Abstract`, `By …`). Then the lead from there stands
    /// for it, and only its opening is read: its first 8 words, however many bytes of tags come
    /// before them. nil when it is not an excerpt.
    static func excerptStart(
        _ summary: String, _ type: TextType?, of text: FoldedText, cyrillicUnlessTold spelling: CyrillicSpelling? = nil
    ) -> Int? {
        // Folded up to its 8th word and no further: windows of its first 64, then 120 bytes
        // folded more than that for most summaries, and read the words of a longer tag before
        // them as text (11% less time for tagging's own reading, measured side by side).
        var opening = FoldedText(cyrillicUnlessTold: spelling)
        opening.append(firstWords: 8, of: summary, isHTML: type != .text)
        let compared = min(8, opening.words.count)
        guard compared >= 4 else { return nil }
        let first = opening.words[0].hash
        let last = min(excerptReach, text.words.count - compared)
        guard last >= 0 else { return nil }
        for start in 0...last where text.words[start].hash == first {
            if (1..<compared).allSatisfy({ opening.words[$0].hash == text.words[start + $0].hash }) { return start }
        }
        return nil
    }

    /// How far into the text an excerpt's words may begin.
    static let excerptReach = 24

    /// Where the lead of `text` ends: its first sentence from word `start` on (a news article's
    /// lead says what the article is about; the sentences after it are body, however short the
    /// text), and the words before `start`.
    static func leadLength(_ text: FoldedText, from start: Int = 0) -> Int {
        let words = text.words
        let end = min(start + leadMaximum, words.count)
        var index = start + leadMinimum
        while index < end {
            if endsLead(words[index - 1], words[index]) { return index }
            index += 1
        }
        return end
    }

    /// Whether `word` begins a sentence after `previous`: a paragraph, or a capital (or digit)
    /// after a full stop that is not an initial's (`U.S. officials`, `J. K. Rowling`).
    private static func endsLead(_ previous: FoldedText.Word, _ word: FoldedText.Word) -> Bool {
        if word.flags.contains(.paragraphStart) { return true }
        return word.flags.contains(.sentenceStart) && !word.flags.isDisjoint(with: [.capitalized, .numeric])
            && previous.end - previous.start > 1
    }

    private static func fold(_ text: String, _ type: TextType?, into folded: inout FoldedText) {
        if type == .text { folded.append(text) } else { folded.append(html: text) }
    }
}
