import FeedModel
import FeedText
import Foundation

private let rdfNamespace: StaticString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

extension FeedBuilder {
    /// Reacts to an element that opens outside any text field.
    func open(_ info: ElementInfo, attributes: XMLAttributes) {
        switch info.kind {
        case .item, .entry:
            if inEntry {
                // An entry inside an entry: an empty `<item/>` by mistake, or libxml2's recovery
                // nesting the next entry after a tag mismatch. Read it as its own entry and
                // resume the outer one afterwards.
                suspended.append(
                    SuspendedEntry(
                        article: entry, permalink: permalink, summaryRank: summaryRank,
                        titleIsStandIn: titleIsStandIn, index: entryIndex))
            }
            entryIndex = articles.count
            var article = Article()
            article.language = language
            if let about = attributes.value("about", namespace: rdfNamespace), !about.isEmpty { article.id = about }
            entry = article
            inEntry = true
            entryCategories.removeAll(keepingCapacity: true)
            permalink = nil
            summaryRank = 0
            titleIsStandIn = false
        case .image:
            if !inEntry { imageLevel += 1 }
        case .textInput:
            textInputLevel += 1
        case .author, .contributor:
            if info.vocabulary == .plain && format?.isAtom != true {
                beginCapture(.rssAuthor, type: .text)
            } else {
                person = Author()
            }
        case .source:
            guard inEntry else { return }
            if info.vocabulary == .atom10 || info.vocabulary == .atom03 || format?.isAtom == true {
                source = ArticleSource()
            } else {
                beginCapture(.rssSourceTitle, type: .text, extras: CaptureExtras(url: attributes.value("url")))
            }
        case .mediaGroup:
            mediaGroupLevel += 1
        case .atomLink:
            addAtomLink(attributes)
        case .link where info.vocabulary != .plain && attributes.value("href") != nil && format?.isAtom != true:
            addAtomLink(attributes)
        case .enclosure:
            addEnclosure(
                url: attributes.value("url"), type: attributes.value("type"), length: attributes.value("length"))
        case .mediaContent:
            addEnclosure(
                url: attributes.value("url"), type: attributes.value("type"), length: attributes.value("fileSize"))
        case .itunesImage:
            if !inEntry, feed.image == nil, let href = attributes.value("href") {
                feed.image = URLResolver.resolve(href, against: base)
            }
        case .atomCategory:
            if let term = attributes.value("term")?.trimmingWhitespace(), !term.isEmpty {
                addCategory(Category(term: term, scheme: attributes.value("scheme"), label: attributes.value("label")))
            }
        case .itunesCategory:
            if !inEntry, let text = attributes.value("text"), !text.isEmpty {
                addCategory(Category(term: text, scheme: "http://www.itunes.com/"))
            }
        case .guid:
            let permaLink = attributes.value("isPermaLink")?.trimmingWhitespace().lowercased()
            beginCapture(
                .guid, type: .text,
                extras: CaptureExtras(isPermaLink: permaLink != "false", saysPermaLink: permaLink == "true"))
        case .category:
            let domain = attributes.value("domain").flatMap { $0.isEmpty ? nil : $0 }
            beginCapture(.category, type: .text, extras: CaptureExtras(domain: domain))
        case .title, .subtitle, .summary, .content, .rights:
            if info.kind == .title && info.vocabulary != .atom10 && info.vocabulary != .atom03 && format?.isAtom != true
            {
                beginCapture(.title, type: .text)
            } else {
                let (type, mode) = FeedBuilder.textConstructType(attributes)
                var extras = CaptureExtras(isBase64: mode == "base64")
                if info.kind == .content, let src = attributes.value("src") {
                    extras.src = URLResolver.resolve(src, against: base)
                    extras.srcType = attributes.value("type").flatMap { $0.contains("/") ? $0 : nil }
                }
                beginCapture(info.kind, type: type, extras: extras)
            }
        case .description, .contentEncoded, .dcDescription:
            beginCapture(info.kind, type: .html)
        case .mediaDescription:
            beginCapture(info.kind, type: attributes.value("type") == "html" ? .html : .text)
        case .xhtmlBody:
            // An item's whole text as XHTML (`<body xmlns="http://www.w3.org/1999/xhtml">`), as some
            // podcast and blog feeds give it beside a short description: the body is the wrapper.
            if inEntry {
                beginCapture(.content, type: .xhtml)
                captureSkipsWrapper = false
            }
        case .link, .pubDate, .rssAuthor, .comments, .ttl, .language, .copyright, .managingEditor, .lastBuildDate,
            .generator, .url, .id, .published, .updated, .issued, .modified, .name, .email, .uri, .icon, .logo,
            .dcCreator, .dcDate, .dcSubject, .dcLanguage, .dcRights, .dcTitle, .dcContributor, .dctermsIssued,
            .dctermsModified, .itunesAuthor, .itunesSummary, .itunesSubtitle, .itunesTitle, .googlePlayDescription,
            .mediaTitle, .origLink, .updatePeriod, .updateFrequency, .commentRSS:
            beginCapture(info.kind, type: .text)
        case .rssRoot, .rdfRoot, .atomFeed, .htmlRoot, .channel, .mediaThumbnail, .rssSourceTitle, .unknown:
            break
        }
    }

    /// Reacts to an element that closes outside any text field.
    func close(_ info: ElementInfo) {
        switch info.kind {
        case .item, .entry:
            closeEntry()
        case .image:
            if !inEntry { imageLevel = max(0, imageLevel - 1) }
        case .textInput:
            textInputLevel = max(0, textInputLevel - 1)
        case .author, .contributor, .rssAuthor:
            // An RSS author is a person here only when written as one (`<author><name>…`).
            guard let finished = person else { return }
            person = nil
            guard !finished.isEmpty, source == nil else { return }
            if info.kind == .contributor { addContributor(finished) } else { addAuthor(finished) }
        case .source:
            if let finished = source, inEntry {
                entry.source = finished.isEmpty ? nil : finished
            }
            source = nil
        case .mediaGroup:
            mediaGroupLevel = max(0, mediaGroupLevel - 1)
        default:
            break
        }
    }

    /// Atom's `type` (and Atom 0.3's `mode`) as a text type.
    static func textConstructType(_ attributes: XMLAttributes) -> (TextType, String?) {
        let mode = attributes.value("mode")?.lowercased()
        let type = attributes.value("type")?.lowercased().trimmingWhitespace()
        switch type {
        case nil, "text", "text/plain":
            if mode == "escaped" && type == nil { return (.html, mode) }
            return (.text, mode)
        case "html", "text/html":
            return (mode == "xml" ? .xhtml : .html, mode)
        case "xhtml", "application/xhtml+xml":
            return (mode == "escaped" ? .html : .xhtml, mode)
        default:
            return (.text, mode)
        }
    }

    // MARK: Attribute-only elements

    private func addAtomLink(_ attributes: XMLAttributes) {
        guard let href = attributes.value("href")?.trimmingWhitespace(), !href.isEmpty else {
            // `<link>https://…</link>`: a generator that wrote Atom's link as RSS's, with the
            // address as its text. Read as RSS's link, unless the element says it is another.
            let rel = attributes.value("rel")?.trimmingWhitespace() ?? ""
            if attributes.value("href") == nil, rel.isEmpty || rel == "alternate" { beginCapture(.link, type: .text) }
            return
        }
        let resolved = URLResolver.resolve(href, against: base)
        let rel = attributes.value("rel")?.trimmingWhitespace()
        var link = Link(
            href: resolved, rel: (rel?.isEmpty ?? true) ? "alternate" : rel, type: attributes.value("type"),
            title: attributes.value("title"), hreflang: attributes.value("hreflang"),
            length: attributes.value("length").flatMap { Int64($0.trimmingWhitespace()) })
        if link.rel == "http://www.iana.org/assignments/relation/alternate" { link.rel = "alternate" }
        if source != nil {
            if link.rel == "alternate", source?.link == nil { source?.link = resolved }
            return
        }
        if inEntry {
            entry.links.append(link)
            if link.rel == "enclosure" {
                addEnclosure(url: resolved, type: link.type, length: link.length.map(String.init), asLink: false)
            }
        } else if imageLevel == 0 {
            feed.links.append(link)
            notePublishedLocation(link)
        }
    }

    func addEnclosure(url: String?, type: String?, length: String?, asLink: Bool = true) {
        guard inEntry, let url = url?.trimmingWhitespace(), !url.isEmpty else { return }
        let resolved = URLResolver.resolve(url, against: base)
        guard !entry.enclosures.contains(where: { $0.url == resolved }) else { return }
        let size = length.flatMap { Int64($0.trimmingWhitespace()) }
        entry.enclosures.append(Enclosure(url: resolved, type: type?.isEmpty == true ? nil : type, length: size))
    }

    func addCategory(_ category: Category) {
        if inEntry {
            // A set, not `contains`: some feeds give an entry hundreds of categories.
            if entryCategories.insert(category).inserted { entry.categories.append(category) }
        } else if feedCategories.insert(category).inserted {
            feed.categories.append(category)
        }
    }

    func addAuthor(_ author: Author) {
        if inEntry {
            if !FeedBuilder.contains(entry.authors, author) { entry.authors.append(author) }
        } else if !FeedBuilder.contains(feed.authors, author) {
            feed.authors.append(author)
        }
    }

    func addContributor(_ author: Author) {
        if inEntry {
            if !FeedBuilder.contains(entry.contributors, author) { entry.contributors.append(author) }
        } else if !FeedBuilder.contains(feed.contributors, author) {
            feed.contributors.append(author)
        }
    }

    /// The same person credited twice (RSS `author` and `dc:creator`) counts once.
    private static func contains(_ authors: [Author], _ author: Author) -> Bool {
        authors.contains { existing in
            (author.name != nil && existing.name == author.name)
                || (author.email != nil && existing.email == author.email)
        }
    }

    // MARK: Finishing

    /// Leaves out the entry the document ends inside: its end tag never came, so it was cut
    /// (a transfer that stopped, gzip cut short, a generator that died), and what was read of it
    /// is cut too: a link cut to another page's address, a title or a text cut short, an id that
    /// is not its own. Stored, it would stay so; the next whole document brings it entire. The
    /// entries around it, suspended while a nested one was read, were interrupted, not cut, and
    /// are closed as usual.
    func leaveOutCutEntry() {
        guard inEntry else { return }
        _ = endEntry()
    }

    /// Ends the entry being read, and resumes the one around it, if any; returns whether there
    /// was one.
    private func endEntry() -> Bool {
        inEntry = false
        person = nil
        source = nil
        guard let outer = suspended.popLast() else { return false }
        entry = outer.article
        entryCategories = Set(outer.article.categories)
        inEntry = true
        permalink = outer.permalink
        summaryRank = outer.summaryRank
        titleIsStandIn = outer.titleIsStandIn
        entryIndex = outer.index
        return true
    }

    func closeEntry() {
        guard inEntry else { return }
        var article = entry
        let index = entryIndex
        let ownPermalink = permalink
        if endEntry() {
            let isEmpty =
                article.title == nil && article.link == nil && article.id == nil && article.summary == nil
                && article.content == nil && article.links.isEmpty
            if isEmpty { return }
        }
        if article.link == nil {
            article.link = FeedBuilder.pageLink(in: article.links)
        }
        if article.link == nil, let ownPermalink {
            article.link = ownPermalink
            article.links.insert(Link(href: ownPermalink, rel: "alternate"), at: 0)
        }
        for enclosure in article.enclosures where !article.links.contains(where: { $0.href == enclosure.url }) {
            article.links.append(
                Link(href: enclosure.url, rel: "enclosure", type: enclosure.type, length: enclosure.length))
        }
        if article.content == nil, let summary = article.summary {
            article.content = summary
            article.contentType = article.summaryType
        }
        if article.id == nil {
            article.id = article.link ?? FeedBuilder.fallbackID(article)
        }
        if article.language == nil { article.language = feed.language }
        guard entryCount < limits.maxEntries else {
            droppedEntries += 1
            return
        }
        entryCount += 1
        if let emit {
            emittedCount += 1
            if emittedCount > skipEmissions { emit(article) }
        } else {
            articles.insert(article, at: min(index, articles.count))
        }
    }

    func finishFeed() {
        if feed.link == nil {
            feed.link = FeedBuilder.pageLink(in: feed.links)
        }
        if let language = feed.language {
            for index in articles.indices where articles[index].language == nil {
                articles[index].language = language
            }
        }
    }

    /// A stable identity for an entry with no id and no link: a hash of its title and date.
    /// The page among `alternate` links: RFC 4287 allows one for each type, and generators list
    /// a PDF, an episode's audio or the feed itself (`application/atom+xml`) before the HTML, so
    /// the first link with an HTML type (or none, which means HTML) is taken, else the first.
    static func pageLink(in links: [Link]) -> String? {
        let alternates = links.lazy.filter { $0.rel == "alternate" }
        let page = alternates.first { link in
            guard let type = link.type?.split(separator: ";").first?.trimmingWhitespace().lowercased(),
                !type.isEmpty
            else { return true }
            return type == "text/html" || type == "application/xhtml+xml"
        }
        return (page ?? alternates.first)?.href
    }

    static func fallbackID(_ article: Article) -> String {
        let date = article.published.map(InternetDate.rfc3339) ?? article.publishedRaw ?? ""
        let updated = article.updated.map(InternetDate.rfc3339) ?? article.updatedRaw ?? ""
        return "urn:feedmerge:entry:" + StableHash.hex(article.title ?? "", date, updated, article.summary ?? "")
    }
}
