import FeedText
import Testing

@Suite struct PublishedHTMLCleaningTests {
    /// A table's cells are data: figures repeat there and are no boilerplate. Before, every
    /// numeric cell after the first of its shape was dropped as a paragraph said twice, and an
    /// empty cell was taken out, moving the row's other cells a column.
    @Test func aTablesCellsAreKeptAsTheyAre() {
        let table =
            "<p>Rates since 1989.</p><table><tr><th></th><th>5y</th><th>2y</th></tr>"
            + "<tr><th>1989-11-22</th><td>13.50</td><td>13.50</td></tr>"
            + "<tr><th>1991-01-14</th><td>14.00</td><td>14.75</td></tr></table>"
        #expect(TextCleaner().clean(htmlMarkup: table) == table)
        // Nor is a figure the feed's boilerplate when it stands in a cell.
        let learned = TextCleaner(learned: [TextCleaner.shape(of: "13.50")])
        #expect(learned.clean(htmlMarkup: table) == table)
    }

    /// Outside tables the rules stand: a paragraph said twice is kept once, a line the feed
    /// repeats goes, and so does a block it leaves empty.
    @Test func repeatedAndLearnedParagraphsStillGo() {
        let learned = TextCleaner(learned: [TextCleaner.shape(of: "1897 views 0 comments")])
        let html = "<p>The story.</p><p>The story.</p><div>12 views 3 comments</div><p>The end.</p>"
        #expect(learned.clean(htmlMarkup: html) == "<p>The story.</p><p>The end.</p>")
    }
}
