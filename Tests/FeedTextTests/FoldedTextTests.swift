import FeedText
import Testing

@Suite struct FoldedTextTests {
    @Test(arguments: [
        "Vučić", "Вучић", "VUČIĆ", "Đukanović", "Приштина", "Straße", "Ｎａｔｏ", "ﬁnance", "Ελλάδα", "Київ",
        "NATO's pro-Russian Rutte’s (KFOR) 2025", "Ⓝⓐⓣⓞ 𝐍𝐀𝐓𝐎 ℌ 5㎏",
        "Vu\u{AD}čić Verteidigungs\u{200B}minister \u{FEFF}NA\u{2060}TO",
        // Folded bytes outnumber the text's (`щ`, 2 bytes, is `shch` in Ukrainian): the scan's
        // memory grows.
        "Київ " + String(repeating: "щука ", count: 40) + String(repeating: "Щ", count: 300),
    ])
    func foldsAsTheNormalizerDoes(input: String) {
        let text = FoldedText(input)
        #expect(text.words.map { text.string($0) } == TextNormalizer.tokens(in: input).map(\.folded))
    }

    /// The symbols that tell a name from a plain word (`C#`, `C++`, `AT&T`, `.NET`) are words of
    /// their own, where `TextNormalizer` (which makes slugs) drops them; elsewhere they part
    /// words as before, and the word after a leading dot still opens its sentence.
    @Test func symbolsThatMakeANameAreWords() {
        let text = FoldedText(
            "C# and C++ at AT&T. .NET, not Bosnia & Herzegovina, #Ukraine, 3+4, 5# or the end .\nR&D")
        #expect(
            text.words.map { text.string($0) } == [
                "c", "#", "and", "c", "+", "+", "at", "at", "&", "t", ".", "net", "not", "bosnia", "herzegovina",
                "ukraine", "3", "4", "5", "or", "the", "end", "r", "&", "d",
            ])
        #expect(text.words[11].flags.contains(.sentenceStart))
        #expect(!text.words[10].flags.contains(.sentenceStart))
        let html = FoldedText(html: "<p>AT&amp;T and <b>.NET</b>, R&amp; D</p>")
        #expect(html.words.map { html.string($0) } == ["at", "&", "t", "and", ".", "net", "r", "d"])
    }

    /// A table's cells are paragraphs of their own: the words of two cells are two words
    /// (`computer`, `yes`, not `computeryes`), and an inline tag still leaves a word whole.
    @Test func tableCellsPartWords() {
        let text = FoldedText(
            html: "<table><tr><td>Via Computer</td><td>Yes</td><th>GPS</th></tr><tr><td>Vu<b>č</b>ić</td></tr></table>")
        #expect(text.words.map { text.string($0) } == ["via", "computer", "yes", "gps", "vucic"])
        #expect(text.words.map { $0.flags.contains(.paragraphStart) } == [true, false, true, true, true])
    }

    /// A Cyrillic letter written as a character reference reads in the spelling of the text's
    /// written letters, as the letters around it do.
    @Test func cyrillicReferencesReadInTheTextsSpelling() {
        let text = FoldedText(html: "<p>&#1061;арків і Київ</p>")
        #expect(text.words.map { text.string($0) } == ["kharkiv", "i", "kyiv"])
        #expect(text.words[0].flags.contains(.cyrillic))
    }

    /// A soft hyphen (`&shy;`, which German and Serbian outlets put into long words) is
    /// invisible: the word stays whole.
    @Test func softHyphensLeaveAWordWhole() {
        let text = FoldedText(html: "<p>Der Verteidigungs&shy;minister und Vu&#173;čić</p>")
        #expect(text.words.map { text.string($0) } == ["der", "verteidigungsminister", "und", "vucic"])
    }

    /// An apostrophe written as a reference inside a Ukrainian word is dropped, as one written
    /// as such is (`п’ять` is `piat`), not a break between two words.
    @Test func aUkrainianApostropheAsAReferenceStaysInsideTheWord() {
        let text = FoldedText(html: "<p>П&#8217;ять і В&#39;ячеслав, м&rsquo;ята</p>")
        #expect(text.words.map { text.string($0) } == ["piat", "i", "viacheslav", "miata"])
        #expect(
            text.words.map { text.string($0) } == TextNormalizer.tokens(in: "П’ять і В'ячеслав, м’ята").map(\.folded))
    }

    /// Text appended to a folded text reads as it would alone, its words placed after the others.
    @Test func appendedTextReadsAsItWouldAlone() {
        let first = "Вучић у Бриселу, Straße 5"
        let second = "Київ " + String(repeating: "щ", count: 200) + " <b>NATO</b>"
        var text = FoldedText(first)
        text.append(html: second)
        let alone = [FoldedText(first), FoldedText(html: second)].flatMap { part in part.words.map { part.string($0) } }
        #expect(text.words.map { text.string($0) } == alone)
        #expect(
            text.words.map(\.hash) == FoldedText(first).words.map(\.hash) + FoldedText(html: second).words.map(\.hash))
    }

    /// A text's first words read alone are its first words read whole (flags, hashes, bytes),
    /// however many bytes of tags come before them, and none is cut.
    @Test(arguments: [
        ("Ministers of the alliance met in Brussels on Monday to discuss air defence.", false),
        (
            "<p><img src=\"https://example.com/" + String(repeating: "a/", count: 80) + "x.jpg\" alt=\"\"/></p>"
                + "<p>Ministers of the <a href=\"https://example.com/long/path\">alliance</a> met in Brussels.</p>",
            true
        ),
        ("Вучић у Бриселу: NATO's 59,141 troops &amp; Straße. Київ щука", true),
        ("Short text", false),
        ("", true),
    ])
    func firstWordsReadAsTheWholeTextGivesThem(text: String, isHTML: Bool) {
        let whole = isHTML ? FoldedText(html: text) : FoldedText(text)
        for count in [1, 3, 8, 40] {
            var opening = FoldedText()
            opening.append(firstWords: count, of: text, isHTML: isHTML)
            let expected = min(count, whole.words.count)
            #expect(opening.words.count == expected, "\(count) words of \(text)")
            #expect(opening.words == Array(whole.words.prefix(expected)), "\(count) words of \(text)")
            #expect(opening.bytes == Array(whole.bytes.prefix(opening.bytes.count)))
            #expect(opening.bytes.count == (expected == 0 ? 0 : Int(whole.words[expected - 1].end) + 1))
        }
    }

    /// Appended after other words, the first words are counted from where they begin.
    @Test func firstWordsCountFromTheAppendedText() {
        var text = FoldedText("one two three")
        text.append(firstWords: 2, of: "four five six", isHTML: false)
        #expect(text.words.map { text.string($0) } == ["one", "two", "three", "four", "five"])
    }

    @Test func equalWordsHashEqually() {
        let text = FoldedText("Vučić met Vucic and ВУЧИЋ")
        #expect(text.words[0].hash == text.words[2].hash)
        #expect(text.words[0].hash == text.words[4].hash)
        #expect(text.words[0].hash != text.words[1].hash)
    }

    @Test func marksCapitalsSentencesAndParagraphs() {
        let text = FoldedText("The NATO chief met Rutte. Then he left!\nNew line")
        let flags = text.words.map(\.flags)
        #expect(
            flags[0].contains(.sentenceStart) && flags[0].contains(.paragraphStart) && flags[0].contains(.capitalized))
        #expect(flags[1].contains(.allCapitals) && !flags[1].contains(.sentenceStart))
        #expect(!flags[2].contains(.capitalized))
        #expect(flags[4].contains(.capitalized) && !flags[4].contains(.sentenceStart))
        #expect(flags[5].contains(.sentenceStart) && !flags[5].contains(.paragraphStart))
        #expect(flags[8].contains(.paragraphStart))
    }

    @Test func keepsNumbersWhole() {
        let text = FoldedText("Sensex closed at 59,141, up 0.7%. Nifty: 17.600 and 3,5 million, 3.6m")
        let numbers = text.words.filter { $0.flags.contains(.numeric) }.map { text.string($0) }
        #expect(numbers == ["59,141", "0.7", "17.600", "3,5", "3.6m"])
    }

    @Test func writesEachIdeographAsAWord() {
        let text = FoldedText("東京 news")
        #expect(text.words.map { text.string($0) } == ["東", "京", "news"])
    }

    /// Letters few languages write are noted in words not capitalized, where they tell the
    /// language of a short text; a capitalized word's are a name's, as English news writes it.
    @Test(arguments: [
        ("Vučić će se sastati s Kurtijem", TellingLetters.southSlavic),
        ("Zełenski spotka się z Putinem", TellingLetters([.polish, .polishInCapitalized])),
        ("Zelenskyj se setká s Putinem příští týden", .czech),
        ("Putyinnal tárgyal Orbán a jövő héten", .hungarian),
        ("Sırbistan'da seçim yapıldı", .turkish),
        ("UE pregătește sancțiuni", .romanian),
        ("Kurti takon Vuçiçin në Bruksel", .albanian),
        ("Was Putins Rede heißt", .german),
        ("Ο Πούτιν στη Σερβία", .greek),
        ("Đoković meets Erdoğan and Dvořák in Brașov", TellingLetters()),
        ("Wałęsa and Đoković", .polishInCapitalized),
        ("Cafés and naïve façades über alles", TellingLetters()),
        ("Sensors at the μm scale, 5 μs apart", TellingLetters()),
        ("VUČIĆ ĆE SE SASTATI", TellingLetters()),
        // Cyrillic that tells no spelling, with a letter Serbian never writes; Cyrillic that
        // tells one (Ukrainian `і`, Serbian `ћ`) or has none of them notes nothing.
        ("Встреча Путина в Москве состоялась", .eastSlavic), ("Зустріч у Києві", TellingLetters()),
        ("Вучић у Београду", TellingLetters()), ("Путин у Београду", TellingLetters()),
    ])
    func notesTheLettersThatTellALanguage(_ text: String, _ letters: TellingLetters) {
        #expect(FoldedText(text).tellingLetters == letters, "\(text)")
        var appended = FoldedText()
        appended.append(contentsOf: FoldedText(text), words: 0..<1)
        #expect(appended.tellingLetters == letters)
        appended.removeAll()
        #expect(appended.tellingLetters == [])
    }

    @Test func truncatesToAWordCount() {
        var text = FoldedText("one two three")
        text.truncate(toWordCount: 1)
        #expect(text.words.count == 1)
        text.append("four")
        #expect(text.words.map { text.string($0) } == ["one", "four"])
    }
}

@Suite struct TextCleanerTests {
    @Test func removesWhatOutletsAddToEveryArticle() {
        let text = """
            1897 views 0 comment(s)
            Photo: REUTERS
            NATO Secretary General Mark Rutte stated today in Brussels that the Western Balkans is not on the agenda.
            Photo: REUTERS
            Disclaimer: The translations are mostly done through AI translator and might not be 100% accurate.
            The post Rutte in Brussels appeared first on Example Portal.
            """
        let result = TextCleaner().clean(text: text)
        #expect(result.paragraphs.count == 1)
        #expect(result.paragraphs.first?.hasPrefix("NATO Secretary General") == true)
        #expect(result.removed == 5)
    }

    @Test func dropsATrailingContinueReading() {
        let result = TextCleaner().clean(
            text: "The minister resigned on Friday. Continue reading...\nContinue reading...")
        #expect(result.text.words.map { result.text.string($0) } == ["the", "minister", "resigned", "on", "friday"])
    }

    @Test func keepsARepeatedParagraphOnce() {
        let result = TextCleaner().clean(text: "Same paragraph here.\nOther text.\nSame paragraph here.")
        #expect(result.paragraphs == ["Same paragraph here.", "Other text."])
    }

    @Test func removesLearnedLinesWhateverTheirFigures() {
        let shape = TextCleaner.shape(of: "Bonus video: 3 things to know")
        #expect(shape == TextCleaner.shape(of: "Bonus video: 12 things to know"))
        let cleaner = TextCleaner(learned: [TextCleaner.shape(of: "Subscribe to our channel on Viber")])
        let result = cleaner.clean(text: "Real news text.\nSubscribe to our channel on Viber")
        #expect(result.paragraphs == ["Real news text."])
        #expect(cleaner.isBoilerplate("Subscribe to our channel on Viber"))
        #expect(!cleaner.isBoilerplate("Real news text."))
    }

    @Test func theFastPathRemovesWhatTheWrittenPathRemoves() {
        let cleaner = TextCleaner(learned: [TextCleaner.shape(of: "Portal Rijeka is on Viber: join 21,000 readers")])
        let text = """
            1897 views 0 comment(s)
            Dock workers in Rijeka stopped the cranes. Continue reading...
            Photo: REUTERS
            Dock workers in Rijeka stopped the cranes. Continue reading...
            Portal Rijeka is on Viber: join 20,000 readers
            The strike ends on Friday.
            """
        let written = cleaner.clean(text: text)
        let fast = cleaner.clean(text: text, keepingParagraphs: false)
        #expect(fast.text.words.map { fast.text.string($0) } == written.text.words.map { written.text.string($0) })
        #expect(fast.shapes == written.shapes)
        #expect(fast.removed == written.removed)
        let html = "<p>" + text.split(separator: "\n").joined(separator: "</p><p>") + "</p>"
        let fromHTML = cleaner.clean(html: html, keepingParagraphs: false)
        #expect(
            fromHTML.text.words.map { fromHTML.text.string($0) } == written.text.words.map { written.text.string($0) })
    }

    @Test func neverRemovesLongParagraphs() {
        let long = "Photo " + Array(repeating: "word", count: 60).joined(separator: " ")
        #expect(TextCleaner().clean(text: long).paragraphs.count == 1)
    }
}
