import FeedFetcher
public import FeedModel
import FeedParser
import FeedStore
import FeedText
import FeedWriter
import FeedmergeConfig
import Foundation

/// What `Pipeline.subscribe` did.
public struct Subscribed: Sendable, Hashable {
    /// The feed's address as listed, and its title as listed (nil when it has none).
    public var url: String
    public var title: String?
    /// The folder it is listed in, as the list writes its name.
    public var folder: String?
    /// How many entries the feed carries now.
    public var entries: Int
    /// The page the feed was found on, when the address given was a page that advertises it.
    public var foundOn: String?
    /// False when the list already had the feed, and nothing was written (`url` and `title`
    /// are then as listed).
    public var isNew: Bool
}

extension Pipeline {
    /// Adds the feed at `address` to the subscription list (`feeds.opml`), in `folder` when
    /// given: it is fetched and read first, and a page is followed to the feed it advertises,
    /// so that only a feed that can be read is listed, under its own title (or `title`). The
    /// list's text is changed by one outline, checked by reading it back, and replaced whole;
    /// a list that does not exist yet is made. A feed already listed is left as it is.
    public func subscribe(to address: String, folder: String?, title: String?) async throws(PipelineError)
        -> Subscribed
    {
        let path = configuration.feedsPath
        let exists = FileManager.default.fileExists(atPath: path)
        let listed = exists ? try readList(path) : []
        let url = try webAddress(address)
        if let known = listed.first(where: { Pipeline.isSameAddress($0.url, url) }) {
            return Subscribed(url: known.url, title: known.title, folder: nil, entries: 0, isNew: false)
        }
        let (feedURL, parsed, page) = try await readFeed(url)
        if let known = listed.first(where: { Pipeline.isSameAddress($0.url, feedURL) }) {
            return Subscribed(url: known.url, title: known.title, folder: nil, entries: 0, foundOn: page, isNew: false)
        }
        let shownTitle = title ?? Pipeline.titledForDisplay(parsed.feed).title
        let entry = OPMLEditor.Entry(url: feedURL, title: shownTitle, siteURL: parsed.feed.link)
        let folderName = folder.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        var listedFolder = folderName
        let text: String
        if exists {
            let old = try listText(path, toEdit: "add the feed by hand: \(feedURL)")
            if let folderName { listedFolder = OPMLEditor.folderName(matching: folderName, in: old) ?? folderName }
            do {
                text = try OPMLEditor.adding(entry, toFolder: folderName, in: old, path: path)
            } catch {
                throw PipelineError(.subscriptions, error.description)
            }
        } else {
            text = OPMLEditor.newList(with: entry, inFolder: folderName)
        }
        try check(text, path: path, against: listed, adding: feedURL, folder: folderName)
        try replaceList(path, with: text)
        return Subscribed(
            url: feedURL, title: shownTitle, folder: listedFolder, entries: parsed.articles.count, foundOn: page,
            isNew: true)
    }

    /// Takes the feed at `address` (or listed under the title `address`) out of the subscription
    /// list: its outlines go, with their lines, and the rest of the file stays as it was, but
    /// for a folder it leaves empty, which goes too. Its stories stay in the outputs until they
    /// age out, as for a feed taken out by hand. Returns the subscription taken out and the
    /// names of the folders that went.
    public func unsubscribe(from address: String) throws(PipelineError) -> (
        subscription: Subscription, emptiedFolders: [String]
    ) {
        let path = configuration.feedsPath
        let listed = try readList(path)
        let listFolder = (path as NSString).deletingLastPathComponent
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        let spellings = [
            trimmed, URLResolver.withoutFeedScheme(trimmed), URLResolver.webAddressWithoutScheme(trimmed),
            OPMLReader.feedURL(trimmed, listFolder: FileManager.default.currentDirectoryPath),
        ].compactMap { $0 }
        let byAddress = listed.first { feed in spellings.contains { Pipeline.isSameAddress(feed.url, $0) } }
        let byTitle = listed.filter { $0.title?.caseInsensitiveCompare(trimmed) == .orderedSame }
        guard let target = byAddress ?? (byTitle.count == 1 ? byTitle[0] : nil) else {
            let reason =
                byTitle.count > 1
                ? "\(byTitle.count) feeds are listed under that title; give the address" : "not listed"
            throw PipelineError(.feed, "\(address): \(reason) in \(path)")
        }
        let old = try listText(path, toEdit: "remove the feed by hand")
        let (text, _, emptied) = OPMLEditor.removing(
            { Pipeline.isSameAddress(OPMLReader.feedURL($0, listFolder: listFolder), target.url) }, in: old)
        let rest = listed.filter { $0.url != target.url }
        guard (try? readBack(text, path: path)) == rest else {
            throw PipelineError(
                .subscriptions,
                "\(path): the feed could not be taken out without changing the list otherwise; remove it by hand: "
                    + target.url)
        }
        try replaceList(path, with: text)
        return (target, emptied)
    }

    /// The list's text, to edit; `otherwise` says what to do when it is not UTF-8.
    private func listText(_ path: String, toEdit otherwise: String) throws(PipelineError) -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw PipelineError(.subscriptions, "\(path): not UTF-8 text, which feedmerge edits; \(otherwise)")
        }
        return text
    }

    /// The feeds an edited list's text names, read as the list at `path` is read.
    private func readBack(_ text: String, path: String) throws(OPMLError) -> [Subscription] {
        let folder = (path as NSString).deletingLastPathComponent
        return try OPMLReader.read(Data(text.utf8), path: path, folder: folder.isEmpty ? "." : folder)
    }

    /// Replaces the list whole, as outputs are replaced (`AtomicFile`).
    private func replaceList(_ path: String, with text: String) throws(PipelineError) {
        do {
            try AtomicFile.write(Data(text.utf8), to: path)
        } catch {
            throw PipelineError(.subscriptions, error.description)
        }
    }

    private func readList(_ path: String) throws(PipelineError) -> [Subscription] {
        do {
            return try OPMLReader.read(fileAt: path)
        } catch {
            throw PipelineError(.subscriptions, error.description + "; mend it before adding to it")
        }
    }

    /// `address` as the http(s) URL to fetch: a `feed:` one as the URL it stands for, one without
    /// its scheme as `https:`.
    private func webAddress(_ address: String) throws(PipelineError) -> String {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        let url = URLResolver.withoutFeedScheme(trimmed)
        if URLResolver.isHTTP(url) { return url }
        if let web = URLResolver.webAddressWithoutScheme(trimmed) { return web }
        throw PipelineError(
            .feed,
            "\(address): not an http(s) address; a feed kept in a file is listed in \(configuration.feedsPath) "
                + "by hand, as a path")
    }

    /// The feed at `url`, or the one the page at `url` advertises, read as a run reads a new
    /// subscription (`Pipeline.parse`): its address (where a run would move it), what it holds,
    /// and the page it was found on.
    private func readFeed(_ url: String) async throws(PipelineError) -> (String, ParsedFeed, String?) {
        let fetcher = FeedFetcher()
        let response: FetchResponse
        switch await fetcher.fetch(FetchRequest(url: url)) {
        case .failure(let error): throw PipelineError(.feed, "\(url): \(error.message)")
        case .success(let fetched): response = fetched
        }
        let newFeed = FeedRecord(id: 0, url: url, subscribedURL: url)
        switch await Pipeline.parse(response, of: newFeed, hash: "", parser: FeedParser(), fetcher: fetcher) {
        case .parsed(_, let read, let parsed, _, let page):
            return (page == nil ? url : read.finalURL, parsed, page)
        case .unreadable(_, _, let message):
            throw PipelineError(.feed, "\(url): \(message)")
        case .failed(_, let error):
            throw PipelineError(.feed, "\(url): \(error.message)")
        case .unchanged:
            throw PipelineError(.feed, "\(url): no document to read")
        }
    }

    /// Reads the new list back before it replaces the old: every feed listed before is there as
    /// it was, and the new one with its folder's tag. Otherwise the file is left alone.
    private func check(
        _ text: String, path: String, against listed: [Subscription], adding url: String, folder: String?
    )
        throws(PipelineError)
    {
        let read: [Subscription]
        do {
            read = try readBack(text, path: path)
        } catch {
            throw PipelineError(
                .subscriptions, "\(path): the list with the feed added does not read (\(error)); add it by hand: \(url)"
            )
        }
        let added = read.filter { new in !listed.contains { $0.url == new.url } }
        let kept = read.filter { new in listed.contains { $0 == new } }
        guard kept.count == listed.count, added.count == 1, added[0].url == url,
            folder.map({ added[0].tags.contains(Slug.make($0)) }) ?? true
        else {
            throw PipelineError(
                .subscriptions,
                "\(path): the feed could not be placed in the list without changing it otherwise; add it by hand: \(url)"
            )
        }
    }

    /// Whether two feed addresses name the same feed (`http`/`https`, `www.`, a trailing slash).
    static func isSameAddress(_ first: String, _ second: String) -> Bool {
        first == second || (CanonicalURL.make(first).map { $0 == CanonicalURL.make(second) } ?? false)
    }
}
