public import FeedModel
import FeedText
public import Foundation

/// A subscription list that could not be read.
public struct OPMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The OPML file.
    public var path: String
    public var message: String
    public var line: Int?

    public init(path: String, _ message: String, line: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
    }

    public var description: String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }
}

/// Reads OPML 1.0 and 2.0 subscription lists.
///
/// Each outline with an `xmlUrl` is a feed; the outlines around it are folders, whose names
/// (slugified) tag every article of the feed, as does its `category` attribute. A relative
/// `xmlUrl` is a path relative to the OPML file's folder.
public enum OPMLReader {
    /// The feeds listed in the OPML file at `path`.
    public static func read(fileAt path: String) throws(OPMLError) -> [Subscription] {
        try readList(fileAt: path).subscriptions
    }

    /// The feeds listed in the OPML file at `path`, and the names its folders and `category`
    /// attributes give each tag, as written (`Western Balkans` for `western-balkans`; the
    /// first place that gives a tag names it).
    public static func readList(fileAt path: String) throws(OPMLError) -> (
        subscriptions: [Subscription], tagNames: [String: String]
    ) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw OPMLError(path: path, "the OPML file \(reason)")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let builder = try build(data, path: path, folder: folder)
        return (builder.subscriptions, builder.tagNames)
    }

    /// The feeds listed in an OPML document; `folder` resolves relative paths.
    public static func read(_ data: Data, path: String, folder: String) throws(OPMLError) -> [Subscription] {
        try build(data, path: path, folder: folder).subscriptions
    }

    /// Reads the document whole or not at all: an empty or cut-off file (an editor or a sync
    /// halfway through writing it) is an error, not a shorter list, which would unsubscribe every
    /// feed after the cut.
    private static func build(_ data: Data, path: String, folder: String) throws(OPMLError) -> OPMLBuilder {
        guard data.contains(where: { !FeedBuilder.isSpace($0) }) else {
            throw OPMLError(path: path, "the OPML file is empty; the subscriptions stay as they were")
        }
        let builder = OPMLBuilder(folder: folder)
        let stream = XMLDocumentStream(handler: builder, contentType: nil, limits: .standard)
        data.withUnsafeBytes { stream.push($0) }
        stream.finish()
        let problems = stream.problems
        guard builder.sawRoot else {
            let detail = problems.first.map { ": \($0)" } ?? ""
            throw OPMLError(
                path: path, "not an OPML document (no <opml> root element)\(detail)", line: problems.first?.line)
        }
        guard builder.sawRootEnd else {
            let lines = data.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw OPMLError(
                path: path,
                "the OPML file ends before its </opml> (cut off, or still being written); the subscriptions stay as they were",
                line: lines)
        }
        // A root (or body) closed early, `<opml version="2.0"/>` or a list pasted after its
        // `</opml>`: libxml2 reads nothing past the root's end, and the feeds there would be
        // unsubscribed without a word.
        if let line = stream.contentPastEndLine, OPMLReader.hasOutline(in: data, fromLine: line) {
            throw OPMLError(
                path: path,
                "the list goes on after its <opml> element ends (closed too early, or a second list pasted after "
                    + "it): the feeds there would be lost; the subscriptions stay as they were",
                line: line)
        }
        return builder
    }

    private static func hasOutline(in data: Data, fromLine line: Int) -> Bool {
        var start = data.startIndex
        var lines = 1
        while lines < line, let newline = data[start...].firstIndex(of: 0x0A) {
            start = data.index(after: newline)
            lines += 1
        }
        return String(decoding: data[start...], as: UTF8.self).range(of: "<outline", options: .caseInsensitive) != nil
    }
}

/// Collects subscriptions from the SAX events of an OPML document.
final class OPMLBuilder: XMLEventHandler {
    private enum Element { case opml, outline, other }

    private let folder: String
    private var names: [Element] = []
    /// Per open outline: the folder slug it adds (nil for a feed outline).
    private var folders: [String?] = []
    private(set) var subscriptions: [Subscription] = []
    /// Each tag's name as the OPML first writes it.
    private(set) var tagNames: [String: String] = [:]
    private(set) var sawRoot = false
    /// Whether the root element closed: the document was read to its end.
    private(set) var sawRootEnd = false
    /// Where each feed's subscription is, by URL: a feed listed again is the same subscription.
    private var indexByURL: [String: Int] = [:]

    init(folder: String) {
        self.folder = folder
    }

    func elementCode(namespace: String?, localName: String, prefix: String?) -> Int {
        let name = localName.lowercased()
        names.append(name == "opml" ? .opml : name == "outline" ? .outline : .other)
        return names.count - 1
    }

    func startElement(_ code: Int, attributes: XMLAttributes) {
        switch names[code] {
        case .opml:
            sawRoot = true
        case .outline:
            // Attribute names in any case: OPML files are edited by hand (`xmlurl`, `XMLURL`).
            let xmlURL =
                attributes.value(ignoringCase: "xmlUrl")
                ?? (attributes.value(ignoringCase: "type")?.lowercased() == "rss"
                    ? attributes.value(ignoringCase: "url") : nil)
            let text = attributes.value(ignoringCase: "text") ?? attributes.value(ignoringCase: "title")
            guard let xmlURL = xmlURL?.trimmingWhitespace(), !xmlURL.isEmpty else {
                let slug = text.map(Slug.make).flatMap { $0.isEmpty ? nil : $0 }
                if let slug, let text, tagNames[slug] == nil { tagNames[slug] = text.trimmingWhitespace() }
                folders.append(slug)
                return
            }
            folders.append(nil)
            let url = resolve(xmlURL)
            var tags = folders.compactMap { $0 }
            for category in (attributes.value(ignoringCase: "category") ?? "").split(separator: ",") {
                for part in category.split(separator: "/") {
                    let slug = Slug.make(String(part))
                    if !slug.isEmpty && !tags.contains(slug) { tags.append(slug) }
                    if !slug.isEmpty && tagNames[slug] == nil { tagNames[slug] = part.trimmingWhitespace() }
                }
            }
            let priority = attributes.value(ignoringCase: "priority").flatMap { Int($0.trimmingWhitespace()) } ?? 0
            let subscription = Subscription(
                url: url, title: attributes.value(ignoringCase: "title") ?? text,
                siteURL: attributes.value(ignoringCase: "htmlUrl"),
                tags: tags, priority: priority)
            // A feed filed in two folders (defence, and the Western Balkans) belongs in both:
            // it is fetched once and carries the tags of every place it is listed.
            if let index = indexByURL[url] {
                subscriptions[index].merge(subscription)
            } else {
                indexByURL[url] = subscriptions.count
                subscriptions.append(subscription)
            }
        case .other:
            break
        }
    }

    func endElement(_ code: Int) {
        if names[code] == .outline, !folders.isEmpty { folders.removeLast() }
        if names[code] == .opml { sawRootEnd = true }
    }

    func characters(_ bytes: UnsafeRawBufferPointer) {}

    private func resolve(_ reference: String) -> String {
        OPMLReader.feedURL(reference, listFolder: folder)
    }
}

extension OPMLReader {
    /// The absolute URL an outline's `xmlUrl` stands for, in a list kept in `listFolder`: URLs
    /// stay as they are (a `feed:` one made the URL it stands for), paths become `file:` URLs. A
    /// web address written without its scheme (`www.example.com/feed`) is the `https:` URL a
    /// browser would take it for, unless a file of that name is there: as a path, it named a file
    /// that never was.
    public static func feedURL(_ reference: String, listFolder folder: String) -> String {
        // `example.org:8443/feed` begins as a URL with the scheme `example.org` would.
        if let scheme = URLResolver.scheme(of: reference), scheme.count > 1,
            URLResolver.webAddressWithoutScheme(reference) == nil
        {
            return URLResolver.withoutFeedScheme(reference)
        }
        let path = reference.hasPrefix("/") ? reference : (folder as NSString).appendingPathComponent(reference)
        if let address = URLResolver.webAddressWithoutScheme(reference), !FileManager.default.fileExists(atPath: path) {
            return address
        }
        return URL(fileURLWithPath: (path as NSString).standardizingPath).absoluteString
    }
}
