import FeedModel
import FeedText
import Foundation

extension FeedBuilder {
    /// Stores the text of a finished field where it belongs in the current context.
    func assign(_ kind: ElementKind, text rawText: String, type: TextType, extras: CaptureExtras) {
        var text = rawText
        var type = type
        if extras.isBase64, let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) {
            text = String(decoding: data, as: UTF8.self)
        }
        // First, so that UTF-8 read as ISO-8859-1 (`â\u{80}\u{99}`) becomes the mojibake read next.
        if let repaired = Windows1252Controls.repaired(text) {
            windows1252ControlFields += 1
            if readsMangledText { text = repaired }
        }
        if FeedBuilder.mayHoldMojibake(kind), let repaired = Mojibake.repaired(text) {
            mojibakeFields += 1
            if readsMangledText { text = repaired }
        }
        // Read before the HTML repairs, since it may find the text to be HTML.
        if type == .text {
            switch kind {
            case .title: (text, type) = TextMarkup.read(text)
            case .description, .summary, .dcDescription, .itunesSummary, .itunesSubtitle, .googlePlayDescription,
                .mediaDescription, .content, .contentEncoded:
                (text, type) = TextMarkup.readText(text)
            default: break
            }
        }
        if type == .html && !text.isEmpty {
            if let repaired = DoublyEscapedHTML.repaired(text) {
                doublyEscapedFields += 1
                if readsMangledText { text = repaired }
            }
            text = HTMLURLRewriter.absolutize(text, base: base)
        }
        if FeedBuilder.namesAPerson(kind) { text = FeedBuilder.personText(text) }
        if kind == .content, text.isEmpty, let src = extras.src {
            // Typed, so that a player's address (`application/x-shockwave-flash`) is not taken
            // for the entry's page before its HTML link.
            entry.links.append(Link(href: src, rel: "alternate", type: extras.srcType))
            return
        }
        guard !text.isEmpty else { return }
        if imageLevel > 0 || textInputLevel > 0 {
            assignInsideImage(kind, text)
            return
        }
        if person != nil {
            switch kind {
            case .name: person?.name = text
            case .email: person?.email = text
            case .uri: person?.uri = URLResolver.resolve(text, against: base)
            default: break
            }
            return
        }
        if source != nil {
            switch kind {
            case .title: source?.title = text
            case .id: source?.id = text
            case .updated, .modified: source?.updated = DateParser.parse(text)
            default: break
            }
            return
        }
        if inEntry {
            assignToEntry(kind, text, type: &type, extras: extras)
        } else {
            assignToFeed(kind, text, type: type, extras: extras)
        }
    }

    private func assignInsideImage(_ kind: ElementKind, _ text: String) {
        if kind == .url, imageLevel > 0, !inEntry, feed.image == nil {
            feed.image = URLResolver.resolve(text, against: base)
        }
    }

    private func assignToEntry(_ kind: ElementKind, _ text: String, type: inout TextType, extras: CaptureExtras) {
        switch kind {
        case .title:
            if entry.title == nil || titleIsStandIn {
                entry.title = text
                entry.titleType = type
                titleIsStandIn = false
            }
        case .dcTitle, .mediaTitle, .itunesTitle:
            // A stand-in until the entry's own title comes: a podcast's episode may have only
            // `itunes:title`, and a photo's `media:title` may come before the item's title.
            if entry.title == nil {
                entry.title = text
                entry.titleType = .text
                titleIsStandIn = true
            }
        case .link:
            let href = URLResolver.resolve(text, against: base)
            if !entry.links.contains(where: { $0.href == href && $0.rel == "alternate" }) {
                entry.links.append(Link(href: href, rel: "alternate"))
            }
        case .origLink:
            let href = URLResolver.resolve(text, against: base)
            entry.links.removeAll { $0.href == href }
            entry.links.insert(Link(href: href, rel: "alternate"), at: 0)
        case .description, .summary, .dcDescription, .itunesSummary, .mediaDescription, .googlePlayDescription,
            .itunesSubtitle:
            // The format's own summary beats Dublin Core's, which beats iTunes', Google Play's and
            // Media RSS's; an episode's one-line `itunes:subtitle` stands in when nothing else does.
            let rank =
                switch kind {
                case .description, .summary: 4
                case .dcDescription: 3
                case .itunesSubtitle: 1
                default: 2
                }
            if rank > summaryRank {
                summaryRank = rank
                entry.summary = text
                entry.summaryType = type
            }
        case .content, .contentEncoded:
            if entry.content == nil || kind == .contentEncoded && entry.contentType != .html {
                entry.content = text
                entry.contentType = type
            }
        case .guid, .id:
            if entry.id == nil || kind == .guid { entry.id = text }
            if kind == .guid, extras.isPermaLink,
                FeedBuilder.looksLikeURL(text) || FeedBuilder.isRelativePermalink(text, said: extras.saysPermaLink)
            {
                permalink = URLResolver.resolve(text, against: base)
            }
        case .pubDate, .published, .issued, .dctermsIssued:
            if entry.published == nil && entry.publishedRaw == nil {
                let (date, raw) = FeedBuilder.readDate(text, language: entry.language ?? feed.language)
                entry.published = date
                entry.publishedRaw = raw
            }
        case .updated, .modified, .dcDate, .dctermsModified:
            if entry.updated == nil && entry.updatedRaw == nil {
                let (date, raw) = FeedBuilder.readDate(text, language: entry.language ?? feed.language)
                entry.updated = date
                entry.updatedRaw = raw
            }
        case .rssAuthor:
            addAuthor(FeedBuilder.person(fromRSS: text))
        case .dcCreator, .itunesAuthor:
            addAuthor(FeedBuilder.person(named: text))
        case .dcContributor:
            addContributor(FeedBuilder.person(named: text))
        case .category:
            addCategory(Category(term: text, scheme: extras.domain))
        case .dcSubject:
            addCategory(Category(term: text))
        case .comments:
            entry.comments = URLResolver.resolve(text, against: base)
        case .commentRSS:
            // wfw:commentRss: the feed of the entry's comments, as Atom threading links it.
            entry.links.append(
                Link(href: URLResolver.resolve(text, against: base), rel: "replies", type: "application/rss+xml"))
        case .language, .dcLanguage:
            entry.language = text
        case .rights, .copyright, .dcRights:
            if entry.rights == nil {
                entry.rights = text
                entry.rightsType = kind == .rights ? type : .text
            }
        case .rssSourceTitle:
            var origin = entry.source ?? ArticleSource()
            origin.title = text
            if let url = extras.url, !url.isEmpty { origin.url = URLResolver.resolve(url, against: base) }
            entry.source = origin
        default:
            break
        }
    }

    private func assignToFeed(_ kind: ElementKind, _ text: String, type: TextType, extras: CaptureExtras) {
        switch kind {
        case .title:
            if feed.title == nil || feedTitleIsStandIn {
                feed.title = text
                feed.titleType = type
                feedTitleIsStandIn = false
            }
        case .dcTitle, .itunesTitle:
            if feed.title == nil {
                feed.title = text
                feed.titleType = .text
                feedTitleIsStandIn = true
            }
        case .link:
            let href = URLResolver.resolve(text, against: base)
            if !feed.links.contains(where: { $0.href == href && $0.rel == "alternate" }) {
                feed.links.append(Link(href: href, rel: "alternate"))
                notePublishedLocation(Link(href: href, rel: "alternate"))
            }
        case .description, .subtitle, .dcDescription, .itunesSummary:
            if feed.subtitle == nil {
                feed.subtitle = text
                feed.subtitleType = type
            }
        case .id:
            feed.id = feed.id ?? text
        case .language, .dcLanguage:
            feed.language = feed.language ?? text
        case .rights, .copyright, .dcRights:
            if feed.rights == nil {
                feed.rights = text
                feed.rightsType = kind == .rights ? type : .text
            }
        case .generator:
            feed.generator = feed.generator ?? text
        case .icon:
            feed.icon = feed.icon ?? URLResolver.resolve(text, against: base)
        case .logo:
            feed.image = feed.image ?? URLResolver.resolve(text, against: base)
        case .pubDate, .published, .issued, .dctermsIssued:
            if feed.published == nil && feed.publishedRaw == nil {
                (feed.published, feed.publishedRaw) = FeedBuilder.readDate(text, language: feed.language)
            }
        case .updated, .modified, .dcDate, .dctermsModified, .lastBuildDate:
            if feed.updated == nil && feed.updatedRaw == nil {
                (feed.updated, feed.updatedRaw) = FeedBuilder.readDate(text, language: feed.language)
            }
        case .rssAuthor, .managingEditor:
            addAuthor(FeedBuilder.person(fromRSS: text))
        case .dcCreator, .itunesAuthor:
            addAuthor(FeedBuilder.person(named: text))
        case .dcContributor:
            addContributor(FeedBuilder.person(named: text))
        case .category:
            addCategory(Category(term: text, scheme: extras.domain))
        case .dcSubject:
            addCategory(Category(term: text))
        case .ttl:
            feed.ttl = Int(text.trimmingWhitespace())
        case .updatePeriod:
            let seconds: Double? = [
                "hourly": 3600, "daily": 86_400, "weekly": 604_800, "monthly": 2_592_000, "yearly": 31_536_000,
            ][text.lowercased()]
            updatePeriod = seconds
            feed.updateInterval = seconds.map { $0 / Double(max(1, updateFrequency)) }
        case .updateFrequency:
            updateFrequency = Int(text) ?? 1
            feed.updateInterval = updatePeriod.map { $0 / Double(max(1, updateFrequency)) }
        default:
            break
        }
    }

    static func readDate(_ text: String, language: String?) -> (Date?, String?) {
        if let date = DateParser.parse(text, language: language) { return (date, nil) }
        return (nil, text)
    }

    static func looksLikeURL(_ text: String) -> Bool {
        let lower = text.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// True when a permalink guid is written relative to the feed (`/2024/05/story`, or, when the
    /// guid says `isPermaLink="true"`, `posts/story.html`), as some generators write it. Guids
    /// that are numbers or names (`12345`, `tag:…`, `urn:…`) stay ids: a guid without the
    /// attribute counts as a permalink by default, and those are no addresses.
    static func isRelativePermalink(_ text: String, said: Bool) -> Bool {
        guard !text.isEmpty, !text.contains(where: \.isWhitespace), !text.contains(":") else { return false }
        return text.hasPrefix("/") || (said && text.contains("/"))
    }

    /// RSS writes people as `email (Name)`, `Name <email>`, a bare email or a bare name.
    static func person(fromRSS text: String) -> Author {
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let name = text[text.index(after: open)..<close].trimmingWhitespace()
            let email = text[..<open].trimmingWhitespace()
            if email.contains("@") { return Author(name: name.isEmpty ? nil : name, email: email) }
        }
        if let author = nameThenEmail(text) { return author }
        if let open = text.firstIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            let email = text[text.index(after: open)..<close].trimmingWhitespace()
            let name = text[..<open].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
            if email.contains("@") { return Author(name: name.isEmpty ? nil : name, email: email) }
        }
        if text.contains("@"), !text.contains(" ") {
            return Author(email: text)
        }
        return Author(name: text)
    }

    /// A Dublin Core or iTunes name: a name, or a name with an address after it in brackets
    /// (`DonDahlmann (mailto:…)`).
    static func person(named text: String) -> Author {
        nameThenEmail(text) ?? Author(name: text)
    }

    /// `Name (address)`, `Name (mailto:address)`: the name, and the address without its scheme.
    private static func nameThenEmail(_ text: String) -> Author? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        var email = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingWhitespace()
        if email.lowercased().hasPrefix("mailto:") { email = String(email.dropFirst(7)).trimmingWhitespace() }
        let name = text[..<open].trimmingWhitespace()
        guard email.contains("@"), !email.contains(" "), !name.isEmpty, !name.contains("@") else { return nil }
        return Author(name: name, email: email)
    }

    /// Whether `kind` holds a person's name (or address), which is plain text on one line.
    static func namesAPerson(_ kind: ElementKind) -> Bool {
        switch kind {
        case .name, .email, .rssAuthor, .managingEditor, .dcCreator, .dcContributor, .itunesAuthor: return true
        default: return false
        }
    }

    /// A name as written to be read: its runs of white space one space (`Macworld Staff,\n\t\t
    /// Glenn Fleishman`), and entities a feed escaped twice decoded (`M.Miller &amp;amp; T.Blankley`,
    /// an address hidden as `&amp;#100;&amp;#111;…`).
    static func personText(_ text: String) -> String {
        // One pass over the bytes: most names need nothing, and Unicode's properties are slow.
        var hasReference = false
        var hasBreak = false
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x26 {
                hasReference = true
            } else if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) {
                hasBreak = true
            }
            previous = byte
        }
        guard hasReference || hasBreak else { return text }
        let decoded = hasReference ? HTMLEntities.decode(text) : text
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The fields that hold an article's or a feed's words (not its links, ids or dates).
    static func mayHoldMojibake(_ kind: ElementKind) -> Bool {
        switch kind {
        case .title, .description, .subtitle, .summary, .content, .contentEncoded, .dcTitle, .dcDescription,
            .mediaTitle, .mediaDescription, .itunesSummary, .itunesSubtitle, .itunesTitle, .googlePlayDescription,
            .name, .dcCreator, .itunesAuthor,
            .rssAuthor:
            return true
        default:
            return false
        }
    }
}
