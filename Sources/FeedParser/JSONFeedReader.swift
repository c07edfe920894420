import FeedModel
import FeedText
import Foundation

/// Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into the article model.
enum JSONFeedReader {
    /// - Parameter readsRSS: reads RSS in JSON (`RSSInJSON`) once it is written back as RSS,
    ///   given the problems met so far.
    static func read(
        _ bytes: UnsafeRawBufferPointer, documentURL: String?, encoding: String, problems: [ParseProblem],
        limits: ParserLimits, readsMangledText: Bool = false, emit: ((Article) -> Void)? = nil,
        readsRSS: (_ document: [UInt8], _ problems: [ParseProblem]) -> Result<ParsedFeed, FeedParseError>
    ) -> Result<ParsedFeed, FeedParseError> {
        var problems = problems
        var truncation: String?
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            // A generator that cut a string in UTF-16 code units (JavaScript's `substring`) leaves
            // half an emoji, `\ud83d`, which no JSON reader takes: it is read as U+FFFD. Raw
            // control characters in strings are escaped, and a document cut off is closed after
            // its last complete item.
            let repair = JSONRepair(bytes)
            var repaired = repair?.bytes ?? Data(bytes)
            let count = JSONFeedReader.replaceLoneSurrogates(in: &repaired)
            guard count > 0 || repair != nil,
                let again = try? JSONSerialization.jsonObject(with: repaired, options: [.fragmentsAllowed])
            else {
                return .failure(FeedParseError(.notAFeed, "not valid JSON: \(JSONFeedReader.describe(error))"))
            }
            object = again
            if count > 0 {
                problems.append(
                    ParseProblem(
                        message:
                            "\(count) escaped \(count == 1 ? "half" : "halves") of a UTF-16 surrogate pair (\\ud83d without its other half) read as U+FFFD"
                    ))
            }
            problems += (repair?.problems ?? []).map { ParseProblem(message: $0) }
            if let cutOff = repair?.cutOff { truncation = "the JSON is cut off after \(cutOff.length) bytes" }
        }
        guard let root = object as? [String: Any] else {
            return .failure(FeedParseError(.notAFeed, "JSON, but not a JSON Feed (the top level is not an object)"))
        }
        if RSSInJSON.describes(root) {
            return readsRSS(RSSInJSON.document(root), problems).map { parsed in
                var parsed = parsed
                parsed.truncation = parsed.truncation ?? truncation
                return parsed
            }
        }
        let version = root["version"] as? String ?? ""
        guard version.contains("jsonfeed.org/version/") || root["items"] is [Any] && root["title"] != nil else {
            return .failure(
                FeedParseError(.notAFeed, "JSON, but not a JSON Feed (no jsonfeed.org version and no items)"))
        }
        if version.isEmpty { problems.append(ParseProblem(message: "the JSON Feed has no version; read as 1.0")) }
        let format: FeedFormat = version.hasSuffix("/1.1") ? .jsonFeed11 : .jsonFeed10
        var fields = JSONFeedFields()
        let home = fields.string(root, "home_page_url")
        let base = home ?? documentURL

        var feed = Feed()
        if let title = fields.words(root, "title") { (feed.title, feed.titleType) = TextMarkup.read(title) }
        if let description = fields.words(root, "description") {
            (feed.subtitle, feed.subtitleType) = TextMarkup.readText(description)
        }
        if let home {
            let href = URLResolver.resolve(home, against: documentURL)
            feed.link = href
            feed.links.append(Link(href: href, rel: "alternate", type: "text/html"))
        }
        if let self_ = fields.string(root, "feed_url") {
            feed.links.append(
                Link(href: URLResolver.resolve(self_, against: documentURL), rel: "self", type: "application/feed+json")
            )
        }
        feed.image = fields.string(root, "icon").map { URLResolver.resolve($0, against: base) }
        feed.icon = fields.string(root, "favicon").map { URLResolver.resolve($0, against: base) }
        feed.language = fields.string(root, "language")
        feed.authors = fields.authors(root, base: base)

        var articles: [Article] = []
        var mojibakeFields = 0
        for item in fields.items(root).prefix(limits.maxEntries) {
            var read = article(item, base: base, feedLanguage: feed.language, fields: &fields)
            mojibakeFields += readBack(&read, repairs: readsMangledText)
            if let emit { emit(read) } else { articles.append(read) }
        }
        problems += fields.problems
        if mojibakeFields > 0 {
            problems.append(FeedBuilder.mojibakeNote(fields: mojibakeFields, readAsMeant: readsMangledText))
        }
        var parsed = ParsedFeed(format: format, feed: feed, articles: articles, encoding: encoding, problems: problems)
        parsed.truncation = truncation
        return .success(parsed)
    }

    /// How many of an article's words fields hold UTF-8 read as windows-1252 (`Mojibake`), each
    /// read back when `repairs`.
    private static func readBack(_ article: inout Article, repairs: Bool) -> Int {
        var count = 0
        func check(_ field: inout String?) {
            guard let text = field, let repaired = Mojibake.repaired(text) else { return }
            count += 1
            if repairs { field = repaired }
        }
        check(&article.title)
        check(&article.summary)
        check(&article.content)
        for index in article.authors.indices { check(&article.authors[index].name) }
        return count
    }

    private static func article(
        _ item: [String: Any], base: String?, feedLanguage: String?, fields: inout JSONFeedFields
    ) -> Article {
        var article = Article()
        // An id given as a number is common and allowed by 1.0's wording: not counted as wrong.
        article.id = (item["id"] as? String) ?? (item["id"] as? NSNumber)?.stringValue
        if let title = fields.words(item, "title") {
            (article.title, article.titleType) = TextMarkup.read(title)
        }
        if let url = fields.string(item, "url") {
            let href = URLResolver.resolve(url, against: base)
            article.link = href
            article.links.append(Link(href: href, rel: "alternate"))
        }
        if let external = fields.string(item, "external_url") {
            article.links.append(Link(href: URLResolver.resolve(external, against: base), rel: "related"))
        }
        if let html = fields.words(item, "content_html") {
            article.content = HTMLURLRewriter.absolutize(html, base: article.link ?? base)
            article.contentType = .html
        } else if let text = fields.words(item, "content_text") {
            (article.content, article.contentType) = TextMarkup.readText(text)
            if article.contentType == .html {
                article.content = article.content.map { HTMLURLRewriter.absolutize($0, base: article.link ?? base) }
            }
        }
        if let summary = fields.words(item, "summary") {
            (article.summary, article.summaryType) = TextMarkup.readText(summary)
            if article.summaryType == .html {
                article.summary = article.summary.map { HTMLURLRewriter.absolutize($0, base: article.link ?? base) }
            }
        }
        let language = fields.string(item, "language") ?? feedLanguage
        (article.published, article.publishedRaw) = fields.date(item, "date_published", language: language)
        (article.updated, article.updatedRaw) = fields.date(item, "date_modified", language: language)
        article.authors = fields.authors(item, base: base)
        article.categories = fields.tags(item).map { Category(term: $0) }
        article.language = language
        for attachment in fields.objects(in: fields.list(item, "attachments"), of: "attachments") {
            guard let url = fields.string(attachment, "url") else { continue }
            let href = URLResolver.resolve(url, against: base)
            let length = fields.size(attachment, "size_in_bytes")
            let type = fields.string(attachment, "mime_type")
            article.enclosures.append(Enclosure(url: href, type: type, length: length))
            article.links.append(
                Link(
                    href: href, rel: "enclosure", type: type, title: fields.words(attachment, "title"), length: length))
        }
        if article.content == nil, let summary = article.summary {
            article.content = summary
            article.contentType = article.summaryType
        }
        if article.id == nil { article.id = article.link ?? FeedBuilder.fallbackID(article) }
        return article
    }

    /// Replaces each escaped surrogate that is not half of a pair (`\ud83d` alone) with
    /// `\ufffd`, in place (the two are the same length); returns how many.
    static func replaceLoneSurrogates(in data: inout Data) -> Int {
        var replaced = 0
        data.withUnsafeMutableBytes { (bytes: UnsafeMutableRawBufferPointer) in
            func unit(at index: Int) -> Int? {
                guard index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                else { return nil }
                var value = 0
                for offset in 2..<6 {
                    guard let digit = Int(String(UnicodeScalar(bytes[index + offset])), radix: 16) else { return nil }
                    value = value << 4 | digit
                }
                return value
            }
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                guard let value = unit(at: index) else {
                    index += 2  // another escape: its character is not the start of one
                    continue
                }
                if (0xD800...0xDBFF).contains(value), let next = unit(at: index + 6), (0xDC00...0xDFFF).contains(next) {
                    index += 12
                    continue
                }
                if (0xD800...0xDFFF).contains(value) {
                    for (offset, byte) in "fffd".utf8.enumerated() { bytes[index + 2 + offset] = byte }
                    replaced += 1
                }
                index += 6
            }
        }
        return replaced
    }

    private static func describe(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? "\(error)"
    }
}
