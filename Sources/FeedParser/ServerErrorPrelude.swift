/// What a server prints before a feed when PHP or a template fails on the way (`<br />\n<b>Warning</b>:
/// Cannot modify header information …`, Xdebug's `<font>` table): a common fault of real feeds,
/// which would otherwise stop the parse at an HTML `<br>` for a root element.
enum ServerErrorPrelude {
    /// Where the feed starts in `markup` (the document from its first `<`): 0, unless `markup`
    /// starts with such a message and an XML declaration or a feed's root element follows within
    /// the first 16 KB. Only then is anything skipped: a feed's own text may quote `<?xml` or
    /// `<rss` (in a CDATA section).
    static func feedStart(in markup: UnsafeRawBufferPointer) -> Int {
        guard
            starts(markup, at: 0, with: "<br") || starts(markup, at: 0, with: "<b>")
                || starts(markup, at: 0, with: "<font") || starts(markup, at: 0, with: "<pre")
                || starts(markup, at: 0, with: "<div") || starts(markup, at: 0, with: "<p>")
        else { return 0 }
        let openings = ["<?xml", "<rss", "<feed", "<rdf:RDF", "<RDF"].compactMap { find(markup, $0) }
        return openings.min() ?? 0
    }

    /// Whether `bytes` holds `prefix` at `index`, ignoring ASCII case.
    private static func starts(_ bytes: UnsafeRawBufferPointer, at index: Int, with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] | 0x20 != prefix.utf8Start[offset] | 0x20 {
            return false
        }
        return true
    }

    private static func find(_ bytes: UnsafeRawBufferPointer, _ needle: StaticString) -> Int? {
        let limit = min(bytes.count, 16 * 1024)
        var index = 0
        while index < limit {
            if bytes[index] == UInt8(ascii: "<") && starts(bytes, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }
}
