extension TextCleaner {
    /// HTML with the boilerplate taken out, for publishing: each run of inline content between
    /// block boundaries (a paragraph, a caption, a loose "Continue reading…" link) is judged as
    /// `clean(_:)` judges a paragraph and dropped whole, images excepted; a run repeated earlier
    /// is dropped too; blocks left empty go with it. Markup is otherwise passed through as
    /// written (the sanitizer runs afterwards).
    public func clean(htmlMarkup html: String) -> String {
        var tokenizer = HTMLTokenizer(html)
        var output: [Piece] = []
        var run: [Piece] = []
        var runText = ""
        var seen = Set<UInt64>()
        // Within a table's cell: its text is data, where figures repeat (`13.50`, `2y`) and
        // are neither boilerplate nor a paragraph said twice.
        var cellDepth = 0

        func flush() {
            defer {
                run.removeAll()
                runText = ""
            }
            let words = FoldedText(runText).words[...]
            guard !words.isEmpty, cellDepth == 0 else {
                output.append(contentsOf: run)
                return
            }
            let shape = TextCleaner.shape(of: words)
            let isRepeat = !seen.insert(shape).inserted
            if isRepeat || isBoilerplate(runText) {
                output.append(contentsOf: run.filter { $0.isKeptWithoutText })
            } else {
                output.append(contentsOf: run)
            }
        }

        while let token = tokenizer.next() {
            switch token {
            case .text(let range):
                let text = tokenizer.text(range)
                run.append(Piece(markup: text))
                if !tokenizerIsInRawText(run) { runText += HTMLEntities.decode(text) }
            case .startTag(let nameRange, let selfClosing):
                let name = tokenizer.name(nameRange)
                let markup = TextCleaner.startTag(name, tokenizer.attributes(), selfClosing)
                if TextCleaner.blockElements.contains(name) {
                    flush()
                    if TextCleaner.tableCells.contains(name) { cellDepth += 1 }
                    output.append(Piece(markup: markup, openedBlock: name))
                } else {
                    run.append(
                        Piece(
                            markup: markup, isKeptWithoutText: name == "img",
                            rawText: HTMLTokenizer.rawTextElements.contains(name)))
                    if name == "br" { runText += "\n" }
                }
            case .endTag(let nameRange):
                let name = tokenizer.name(nameRange)
                if TextCleaner.blockElements.contains(name) {
                    flush()
                    let isCell = TextCleaner.tableCells.contains(name)
                    if isCell { cellDepth = max(0, cellDepth - 1) }
                    // An empty cell stays: without it the row's other cells move a column.
                    if output.last?.openedBlock == name && !isCell {
                        output.removeLast()  // a block left empty
                    } else {
                        output.append(Piece(markup: "</\(name)>"))
                    }
                } else {
                    run.append(Piece(markup: "</\(name)>"))
                }
            case .ignored:
                break
            }
        }
        flush()
        return output.map(\.markup).joined()
    }

    private struct Piece {
        var markup: String
        /// The block element this start tag opens, so that an empty block can be taken back.
        var openedBlock: String? = nil
        var isKeptWithoutText = false
        var rawText = false
    }

    /// Whether the last tag of the run opened a raw-text element (`script`, `style`), whose text
    /// is not the article's.
    private func tokenizerIsInRawText(_ run: [Piece]) -> Bool {
        run.count >= 2 && run[run.count - 2].rawText
    }

    private static let tableCells: Set<String> = ["td", "th"]

    private static let blockElements: Set<String> = [
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "blockquote",
        "pre", "hr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "dl", "aside",
    ]

    private static func startTag(_ name: String, _ attributes: [(name: String, value: String)], _ selfClosing: Bool)
        -> String
    {
        var markup = "<" + name
        for attribute in attributes {
            markup += " \(attribute.name)=\"\(XMLEscaping.attribute(attribute.value))\""
        }
        return markup + (selfClosing ? "/>" : ">")
    }
}
