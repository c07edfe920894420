import FeedModel
@_spi(Testing) import FeedStore
import FeedText
import FeedmergeConfig
import Foundation
import Pipeline
import TestSupport
import Testing

/// The fetch as cron runs it, against a real server on 127.0.0.1.
@Suite struct FetchBehaviourTests {
    let folder = TemporaryFolder()

    static func rss(_ title: String, ttl: Int? = nil) -> String {
        "<rss version=\"2.0\"><channel><title>\(title)</title>" + (ttl.map { "<ttl>\($0)</ttl>" } ?? "")
            + "<item><title>\(title) story</title><link>https://\(title).example/1</link></item></channel></rss>"
    }

    private func pipeline(feeds urls: [String], extra: String = "") throws -> Pipeline {
        let outlines = urls.enumerated().map { "<outline text=\"F\($0.offset)\" xmlUrl=\"\($0.element)\"/>" }.joined()
        folder.write("feeds.opml", "<opml version=\"2.0\"><body>\(outlines)</body></opml>")
        let yaml =
            "feeds: feeds.opml\ndatabase: state.sqlite\n\(extra)outputs:\n  - path: out/all.json\n    format: json\n"
        return Pipeline(configuration: try Configuration.load(path: folder.write("feedmerge.yaml", yaml)))
    }

    private func feed(_ pipeline: Pipeline) throws -> FeedRecord {
        try #require(try pipeline.status().first)
    }

    @Test func permanentRedirectsMoveTheFeedAndTemporaryOnesDoNot() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/permanent": return .init(status: 301, headers: [("Location", "/moved")])
            case "/temporary": return .init(status: 302, headers: [("Location", "/elsewhere")])
            default: return .init(contentType: "application/rss+xml", body: Self.rss("x"))
            }
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/permanent"), server.url("/temporary")])
        let report = try await pipeline.fetch()
        #expect(report.failures.isEmpty)
        #expect(report.moved == [server.url("/permanent"): server.url("/moved")])
        let feeds = try pipeline.status()
        #expect(feeds.contains { $0.url == server.url("/moved") && $0.movedFrom == server.url("/permanent") })
        #expect(feeds.contains { $0.url == server.url("/temporary") && $0.movedFrom == nil })
        // The next run asks the new URL directly.
        _ = try await pipeline.fetch(force: true)
        #expect(server.requests.filter { $0.path == "/permanent" }.count == 1)
        #expect(server.requests.filter { $0.path == "/moved" }.count == 2)
    }

    /// A feed moved permanently whose new address has nothing new (a 304 to the validators the
    /// store holds, or the same body again) has moved all the same: the stored URL follows at the
    /// first such answer, not at the feed's next change, which could be weeks off, with a
    /// redirect through the old server at every run until then.
    @Test func aFeedMovedPermanentlyMovesEvenWhenItsNewAddressHasNothingNew() async throws {
        let moved = VersionBox(0)
        let server = try LoopbackHTTPServer { request in
            switch (request.path, moved.value) {
            case ("/etag", 1), ("/same", 1):
                return .init(status: 301, headers: [("Location", "/new" + request.path)])
            case ("/etag", _), ("/new/etag", _):
                if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
                var response = LoopbackHTTPServer.Response(contentType: "application/rss+xml", body: Self.rss("e"))
                response.headers.append(("ETag", "\"v1\""))
                return response
            default: return .init(contentType: "application/rss+xml", body: Self.rss("s"))
            }
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/etag"), server.url("/same")])
        #expect(try await pipeline.fetch().updated == 2)
        _ = moved.advance()
        let report = try await pipeline.fetch(force: true)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.unchanged == 2)
        #expect(server.requests.last { $0.path == "/new/etag" }.flatMap { $0.headers["if-none-match"] } == "\"v1\"")
        #expect(
            report.moved == [
                server.url("/etag"): server.url("/new/etag"), server.url("/same"): server.url("/new/same"),
            ])
        let feeds = try pipeline.status()
        #expect(Set(feeds.map(\.url)) == [server.url("/new/etag"), server.url("/new/same")])
        #expect(Set(feeds.compactMap(\.movedFrom)) == [server.url("/etag"), server.url("/same")])
        // The next run asks the new addresses directly.
        _ = try await pipeline.fetch(force: true)
        #expect(server.requests.filter { $0.path == "/etag" || $0.path == "/same" }.count == 4)
    }

    /// A 304 from another server, after a permanent redirect, is taken as the feed's only when it
    /// gives back the feed's ETag: a parked domain's page, older than the feed's Last-Modified,
    /// answers If-Modified-Since with a 304 too, and the feed would have moved to it unseen.
    @Test func aNotModifiedFromAnotherServerMovesTheFeedOnlyWhenItsETagSaysItIsTheFeed() async throws {
        let moved = VersionBox(0)
        let target = try LoopbackHTTPServer { request in
            switch request.path {
            case "/etag":
                if request.headers["if-none-match"] == "\"v1\"" {
                    return .init(status: 304, headers: [("ETag", "\"v1\"")])
                }
                return .init(contentType: "application/rss+xml", body: Self.rss("e"), headers: [("ETag", "\"v1\"")])
            default:
                if request.headers["if-modified-since"] != nil { return .init(status: 304) }
                return .init(contentType: "text/html", body: "<html><body>This domain is for sale</body></html>")
            }
        }
        defer { target.stop() }
        let origin = try LoopbackHTTPServer { request in
            if moved.value == 1 { return .init(status: 301, headers: [("Location", target.url(request.path))]) }
            return .init(
                contentType: "application/rss+xml", body: Self.rss(request.path == "/etag" ? "e" : "p"),
                headers: request.path == "/etag"
                    ? [("ETag", "\"v1\"")] : [("Last-Modified", "Mon, 30 Nov 2026 10:00:00 GMT")])
        }
        defer { origin.stop() }
        let pipeline = try pipeline(feeds: [origin.url("/parked"), origin.url("/etag")])
        #expect(try await pipeline.fetch().updated == 2)
        _ = moved.advance()
        let report = try await pipeline.fetch(force: true)
        #expect(report.failures.isEmpty, "\(report.failures)")
        #expect(report.unchanged == 2)
        #expect(report.moved == [origin.url("/etag"): target.url("/etag")])
        #expect(Set(try pipeline.status().map(\.url)) == [origin.url("/parked"), target.url("/etag")])
    }

    /// A run that hears only 304s writes little: the unchanged feeds' rows go in batches, one
    /// transaction each, where a commit for each wrote the feeds' pages to the WAL again; and
    /// the subscriptions, synced at every run, write nothing when the list did not change.
    @Test func aRunOfNotModifiedAnswersWritesLittle() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304, headers: [("ETag", "\"v1\"")]) }
            return .init(contentType: "application/rss+xml", body: Self.rss("n"), headers: [("ETag", "\"v1\"")])
        }
        defer { server.stop() }
        let pipeline = try pipeline(
            feeds: (0..<400).map { server.url("/feed/\($0)") }, extra: "fetch:\n  per_host: 16\n  concurrency: 16\n")
        #expect(try await pipeline.fetch().updated == 400)
        let (report, wal) = try await walWritten(by: pipeline)
        #expect(report.unchanged == 400)
        // A commit for each of the 400 wrote 1.7 MB here; in batches, 95 KB.
        #expect(wal < 400_000, "\(wal) bytes of WAL")
        #expect(try pipeline.status().allSatisfy { $0.lastStatus == 304 && $0.etag == "\"v1\"" })
    }

    /// A forced fetch, and what it wrote to the store's WAL, emptied just before it. A connection
    /// held open keeps the WAL as the run left it (the last one to close folds it into the
    /// database and deletes it).
    private func walWritten(by pipeline: Pipeline) async throws -> (FetchReport, Int) {
        let path = pipeline.configuration.databasePath
        let holder = try FeedStore(path: path)
        try holder.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        let report = try await pipeline.fetch(force: true)
        let wal = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? 0
        withExtendedLifetime(holder) {}
        return (report, wal)
    }

    /// A run in which many feeds bring an article each writes them in batches too: a commit for
    /// each feed wrote again the pages every feed's write touches (its row, the leaves of the
    /// article indexes), many times the article itself. Nothing is lost by it: every feed holds
    /// both its articles, and its new validators.
    @Test func aRunOfFeedsWithAnArticleEachWritesInBatches() async throws {
        let round = VersionBox(1)
        let server = try LoopbackHTTPServer { request in
            let items = (1...round.value).map {
                "<item><title>Story \($0) of \(request.path)</title><link>https://n.example\(request.path)/\($0)</link></item>"
            }
            return .init(
                contentType: "application/rss+xml",
                body: "<rss version=\"2.0\"><channel><title>N</title>" + items.joined() + "</channel></rss>",
                headers: [("ETag", "\"r\(round.value)\"")])
        }
        defer { server.stop() }
        let pipeline = try pipeline(
            feeds: (0..<400).map { server.url("/feed/\($0)") }, extra: "fetch:\n  per_host: 16\n  concurrency: 16\n")
        #expect(try await pipeline.fetch().updated == 400)
        round.value = 2
        let (report, wal) = try await walWritten(by: pipeline)
        #expect(report.updated == 400 && report.newArticles == 400)
        // A commit for each of the 400 wrote 4.2 MB here; in batches, 0.66 MB.
        #expect(wal < 1_500_000, "\(wal) bytes of WAL")
        #expect(try pipeline.status().allSatisfy { $0.articleCount == 2 && $0.etag == "\"r2\"" })
    }

    /// A body that ends early (a generator that died halfway behind an honest Content-Length, a
    /// gzip stream damaged on the way) is read as far as it goes, named, and keeps no validators:
    /// the next request asks for the whole document, where the ETag of the cut one would have had
    /// a 304 leave its missing items out until the feed changed.
    @Test func aDocumentThatEndsEarlyIsAskedForWholeNextTime() async throws {
        let items = (1...12).map { "<item><title>Story \($0)</title><link>https://c.example/\($0)</link></item>" }
        let whole = Data(("<rss version=\"2.0\"><channel><title>C</title>" + items.joined() + "</channel></rss>").utf8)
        let cut = whole.prefix(upTo: whole.range(of: Data("<item><title>Story 7<".utf8))!.lowerBound)
        let zipped = try TestSupport.gzip(whole)
        var damaged = [UInt8](zipped)
        for index in (damaged.count / 2)..<(damaged.count / 2 + 16) { damaged[index] ^= 0xA5 }
        let round = VersionBox(0)
        let server = try LoopbackHTTPServer { [damaged, zipped] request in
            let validators = [("ETag", "\"v1\""), ("Last-Modified", "Mon, 30 Nov 2026 10:00:00 GMT")]
            if request.headers["if-none-match"] == "\"v1\"" || request.headers["if-modified-since"] != nil {
                return .init(status: 304, headers: validators)
            }
            let first = round.value == 0
            switch request.path {
            case "/cut":
                return .init(headers: [("Content-Type", "application/rss+xml")] + validators, body: first ? cut : whole)
            default:
                return .init(
                    headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")] + validators,
                    body: first ? Data(damaged) : zipped)
            }
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/cut"), server.url("/gzip")])
        let first = try await pipeline.fetch()
        #expect(first.failures.isEmpty, "\(first.failures)")
        #expect(first.updated == 2)
        #expect(first.truncated[server.url("/cut")] == "cut off before its root element closes")
        #expect(first.truncated[server.url("/gzip")]?.hasPrefix("the gzip stream is damaged") == true)
        let before = Dictionary(uniqueKeysWithValues: try pipeline.status().map { ($0.url, $0) })
        #expect(before[server.url("/cut")]?.articleCount == 6)
        #expect((before[server.url("/gzip")]?.articleCount ?? 12) < 12)
        #expect(
            before.values.allSatisfy {
                $0.etag == nil && $0.lastModified == nil && $0.lastBodyEndedEarly
            })

        _ = round.advance()
        let second = try await pipeline.fetch(force: true)
        #expect(second.failures.isEmpty && second.truncated.isEmpty, "\(second.failures) \(second.truncated)")
        for path in ["/cut", "/gzip"] {
            let asked = try #require(server.requests.last { $0.path == path })
            #expect(asked.headers["if-none-match"] == nil && asked.headers["if-modified-since"] == nil, "\(path)")
        }
        #expect(
            try pipeline.status().allSatisfy { $0.articleCount == 12 && $0.etag == "\"v1\"" && !$0.lastBodyEndedEarly })
        // Whole now: the next request is conditional again, and answered with a 304.
        let third = try await pipeline.fetch(force: true)
        #expect(third.unchanged == 2)
    }

    /// A generator that never closes its document sends the same cut body at every request: the
    /// second time, byte for byte, it is the feed as it is, not a transfer that died. It is taken
    /// as unchanged (not read, stored and reported as cut again at every run), and still asked
    /// for whole: a cache that kept a cut copy under the feed's ETag would answer a 304 to it.
    @Test func theSameCutBodyAgainIsUnchanged() async throws {
        let items = (1...3).map { "<item><title>Story \($0)</title><link>https://u.example/\($0)</link></item>" }
        let unclosed = "<rss version=\"2.0\"><channel><title>U</title>" + items.joined()
        let closed = VersionBox(0)
        let server = try LoopbackHTTPServer { request in
            if request.headers["if-none-match"] == "\"u1\"" { return .init(status: 304, headers: [("ETag", "\"u1\"")]) }
            let body = closed.value == 0 ? unclosed : unclosed + "</channel></rss>"
            return .init(headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"u1\"")], body: Data(body.utf8))
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/unclosed")])
        let first = try await pipeline.fetch()
        #expect(first.updated == 1 && first.truncated.count == 1)

        let second = try await pipeline.fetch(force: true)
        #expect(second.updated == 0 && second.unchanged == 1, "\(second)")
        #expect(second.truncated.isEmpty && second.failures.isEmpty)
        let status = try #require(try pipeline.status().first)
        #expect(status.articleCount == 3 && status.etag == nil && status.lastBodyEndedEarly)
        #expect(server.requests.allSatisfy { $0.headers["if-none-match"] == nil })

        // Closed at last: read, and conditional from then on.
        closed.value = 1
        let third = try await pipeline.fetch(force: true)
        #expect(third.updated == 1 && third.truncated.isEmpty)
        let whole = try #require(try pipeline.status().first)
        #expect(whole.etag == "\"u1\"" && !whole.lastBodyEndedEarly)
        #expect(try await pipeline.fetch(force: true).unchanged == 1)
        #expect(server.requests.last?.headers["if-none-match"] == "\"u1\"")
    }

    /// Two subscriptions that move to one address (a site that merged its feeds, a feed listed
    /// as http and as https) cannot both take it: the first does, the second keeps its own URL
    /// and follows the redirect, and neither run stops (it once ended every run with a UNIQUE
    /// constraint error).
    @Test func twoFeedsMovingToOneAddressDoNotStopTheRun() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/rss", "/atom": return .init(status: 301, headers: [("Location", "/feed")])
            default: return .init(contentType: "application/rss+xml", body: Self.rss("merged"))
            }
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/rss"), server.url("/atom")])
        for round in 0..<2 {
            let report = try await pipeline.fetch(force: true)
            #expect(report.failures.isEmpty, "\(report.failures)")
            #expect(report.updated + report.unchanged == 2)
            #expect(report.moved.count == (round == 0 ? 1 : 0))
        }
        let urls = try pipeline.status().map(\.url).sorted()
        #expect(urls.contains(server.url("/feed")))
        #expect(urls.count == 2)
        #expect(try pipeline.build().stories == 1)
    }

    @Test func goneFeedsDieAndCanBeRevived() async throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 410) }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/gone")])
        let first = try await pipeline.fetch()
        #expect(first.died == [server.url("/gone")])
        #expect(first.failures.first?.message.contains("410") == true)
        #expect(try feed(pipeline).isDead)
        let second = try await pipeline.fetch(force: true)
        #expect(second.fetched == 0)
        #expect(server.requests.count == 1)
        #expect(try pipeline.revive(urls: []) == 1)
        _ = try await pipeline.fetch()
        #expect(server.requests.count == 2)
    }

    @Test func retryAfterIsHonouredAndForceOverridesIt() async throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 429, headers: [("Retry-After", "3600")]) }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/busy")])
        let started = Date()
        let first = try await pipeline.fetch()
        #expect(first.failures.count == 1)
        let due = try #require(try feed(pipeline).nextDue)
        #expect(abs(due.timeIntervalSince(started) - 3600) < 60)
        let second = try await pipeline.fetch()
        #expect(second.fetched == 0)
        #expect(server.requests.count == 1)
        _ = try await pipeline.fetch(force: true)
        #expect(server.requests.count == 2)
    }

    /// A site that answers one feed with 429 Too Many Requests is not asked for its other feeds
    /// in that run: they wait as long as it asked, without counting as failures, and another
    /// site's feeds go on.
    @Test func aSiteThatAsksToWaitIsNotAskedForItsOtherFeeds() async throws {
        let busy = try LoopbackHTTPServer { _ in .init(status: 429, headers: [("Retry-After", "600")]) }
        defer { busy.stop() }
        let other = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.rss("o")) }
        defer { other.stop() }
        let pipeline = try pipeline(
            feeds: ["/a", "/b", "/c", "/d", "/e", "/f"].map(busy.url) + [other.url("/x")],
            extra: "fetch:\n  per_host: 1\n")
        let now = Date()
        let report = try await pipeline.fetch(now: now)
        #expect(busy.requests.count == 1)
        #expect(report.failures.count == 1)
        #expect(report.failures.first?.message.contains("429") == true)
        #expect(report.deferred == 5)
        #expect(report.updated == 1)
        let waiting = try pipeline.status(now: now).filter { $0.url.hasPrefix(busy.url("/")) && $0.lastStatus == nil }
        #expect(waiting.count == 5)
        for feed in waiting {
            #expect(feed.consecutiveFailures == 0)
            #expect(abs((feed.nextDue ?? now).timeIntervalSince(now) - 600) < 60)
        }
        // Nothing of the site is asked before the wait is over (the other site's feed, due at
        // every run, is); after it, one feed is, and the site still asks to wait.
        #expect(try await pipeline.fetch(now: now.addingTimeInterval(300)).fetched == 1)
        #expect(busy.requests.count == 1)
        let later = try await pipeline.fetch(now: now.addingTimeInterval(601))
        #expect(later.fetched == 7)
        #expect(later.deferred == 5)
        #expect(busy.requests.count == 2)
    }

    /// The wait holds for the server's feeds that were fetched before it asked, and for those
    /// that were not due: none is asked for until it is over.
    @Test func aSiteThatAsksToWaitIsNotAskedForAnyFeedUntilThen() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/b-busy"
                ? .init(status: 429, headers: [("Retry-After", "3600")])
                : .init(contentType: "application/rss+xml", body: Self.rss("t", ttl: 1))
        }
        defer { server.stop() }
        let pipeline = try pipeline(
            feeds: [server.url("/a-early"), server.url("/b-busy")], extra: "fetch:\n  per_host: 1\n")
        let now = Date()
        let first = try await pipeline.fetch(now: now)
        #expect(first.updated == 1)
        #expect(first.failures.count == 1)
        // /a-early asks to be fetched every minute; the server asked for an hour.
        #expect(try await pipeline.fetch(now: now.addingTimeInterval(120)).fetched == 0)
        #expect(server.requests.count == 2)
        #expect(try await pipeline.fetch(now: now.addingTimeInterval(3660)).fetched == 2)
    }

    /// A wait longer than a feed's longest interval (a day, where `max_interval` is 12h) is put
    /// off by that interval, not taken for a date a wrong clock left and ended at once.
    @Test func aLongWaitPutsOffTheOtherFeedsByTheLongestInterval() async throws {
        let busy = try LoopbackHTTPServer { _ in .init(status: 429, headers: [("Retry-After", "86400")]) }
        defer { busy.stop() }
        let pipeline = try pipeline(feeds: [busy.url("/a"), busy.url("/b")], extra: "fetch:\n  per_host: 1\n")
        let now = Date()
        #expect(try await pipeline.fetch(now: now).deferred == 1)
        #expect(try await pipeline.fetch(now: now.addingTimeInterval(3600)).fetched == 0)
        #expect(try await pipeline.fetch(now: now.addingTimeInterval(12 * 3600 + 60)).fetched == 1)
        #expect(busy.requests.count == 2)
    }

    /// A clock two hours behind the servers' (their `Date` headers, with a cache's `Age`) is
    /// told: it dates what is fetched early, and nothing else shows it. It takes three servers
    /// that agree; one server's clock, or a right one, says nothing.
    @Test func aWrongClockIsToldByTheServersDates() async throws {
        func server(ahead: TimeInterval, age: Int = 0) throws -> LoopbackHTTPServer {
            try LoopbackHTTPServer { _ in
                let formatter = DateFormatter()
                formatter.locale = Locale(identifier: "en_US_POSIX")
                formatter.timeZone = TimeZone(identifier: "GMT")
                formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
                let date = formatter.string(from: Date().addingTimeInterval(ahead - TimeInterval(age)))
                return .init(
                    contentType: "application/rss+xml", body: Self.rss("c"),
                    headers: [("Date", date), ("Age", String(age))])
            }
        }
        let behind = try [server(ahead: 7200), server(ahead: 7200, age: 600), server(ahead: 7100)]
        let right = try server(ahead: 0)
        defer { (behind + [right]).forEach { $0.stop() } }
        let report = try await pipeline(feeds: behind.map { $0.url("/feed") } + [right.url("/feed")]).fetch()
        #expect(report.updated == 4)
        let offset = try #require(report.clockOffset)
        #expect(abs(offset - 7200) < 60)
        #expect(report.clockWarning?.hasPrefix("this machine's clock is 2h behind the clocks of the 4 servers") == true)

        let fine = try await pipeline(feeds: [right.url("/feed"), behind[0].url("/feed")]).fetch(force: true)
        #expect(fine.clockOffset == nil)
        #expect(fine.clockWarning == nil)
    }

    /// A machine without a network (its DNS or proxy down, a laptop offline) reaches no server.
    /// Its feeds did not fail: they do not back off, and are asked for again at the next run,
    /// not hours after the network is back.
    @Test func aMachineOfflineDoesNotCountAgainstTheFeeds() async throws {
        let servers = try (0..<3).map { _ in
            try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.rss("o")) }
        }
        let pipeline = try pipeline(feeds: servers.map { $0.url("/feed") })
        #expect(try await pipeline.fetch().updated == 3)
        // Stopped, each port refuses connections, as every server does to a machine offline.
        servers.forEach { $0.stop() }
        let now = Date()
        for minute in 1...3 {
            let report = try await pipeline.fetch(now: now.addingTimeInterval(Double(minute) * 600))
            #expect(report.fetched == 3)
            #expect(report.failures.isEmpty)
            #expect(report.notReached == 3)
            let notice = try #require(report.offlineNotice)
            #expect(notice.hasPrefix("no server could be reached: the 3 feeds asked for, on 3 servers"), "\(notice)")
            #expect(notice.contains("Is this machine offline"))
        }
        for feed in try pipeline.status() {
            #expect(feed.consecutiveFailures == 0)
            #expect(feed.failureCount == 0)
            #expect((feed.nextDue ?? .distantPast) <= now)
        }
    }

    /// One server down, while another answers, is that server's failure; so are addresses that
    /// never answered (a new OPML's dead links, next test), which may be gone for good.
    @Test func serversDownWhileOthersAnswerAreFailures() async throws {
        let down = try (0..<2).map { _ in
            try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.rss("d")) }
        }
        let up = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.rss("u")) }
        defer { up.stop() }
        let urls = down.map { $0.url("/feed") } + [up.url("/feed")]
        let pipeline = try pipeline(feeds: urls)
        #expect(try await pipeline.fetch().updated == 3)
        down.forEach { $0.stop() }
        let now = Date()
        let report = try await pipeline.fetch(now: now)
        #expect(report.notReached == 0)
        #expect(report.offlineNotice == nil)
        #expect(report.failures.map(\.url).sorted() == Array(urls.prefix(2)).sorted())
        for feed in try pipeline.status() where feed.url != up.url("/feed") {
            #expect(feed.consecutiveFailures == 1)
            #expect(abs((feed.nextDue ?? now).timeIntervalSince(now) - 300) < 60)
        }
    }

    @Test func addressesThatNeverAnsweredAreFailures() async throws {
        let neverAnswered = try (0..<2).map { _ in try LoopbackHTTPServer { _ in .init(status: 200) } }
        neverAnswered.forEach { $0.stop() }
        let report = try await pipeline(feeds: neverAnswered.map { $0.url("/feed") }).fetch()
        #expect(report.notReached == 0)
        #expect(report.failures.count == 2)
    }

    @Test func serverErrorsBackOffExponentially() async throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 500) }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/broken")], extra: "fetch:\n  max_backoff: 1h\n")
        var waits: [TimeInterval] = []
        var lines: [String] = []
        for _ in 0..<6 {
            let now = Date()
            let report = try await pipeline.fetch(force: true, now: now)
            waits.append(try #require(try feed(pipeline).nextDue).timeIntervalSince(now))
            lines += report.failures.map(\.description)
        }
        // 5 min, doubling, capped at the configured hour.
        let minutes = waits.map { Int(($0 / 60).rounded()) }
        #expect(minutes == [5, 10, 20, 40, 60, 60])
        #expect(try feed(pipeline).consecutiveFailures == 6)
        // What cron mails says how long the feed has been failing and when it is tried again.
        #expect(lines.count == 6)
        let status = "the server answered HTTP 500 (Internal Server Error: a fault on the site's side)"
        #expect(lines.first?.hasSuffix(status) == true)
        #expect(lines[1].hasSuffix(status + " (2 failures in a row, never fetched; next try in 10m)"))
        #expect(lines[5].hasSuffix("(6 failures in a row, never fetched; next try in 1h)"))
    }

    /// A wait set under earlier settings ends where the settings now end it: a user who lowers
    /// `max_backoff` to get a failing feed tried sooner gets it tried sooner, not a day later.
    @Test func aShorterCeilingShortensWaitsAlreadyScheduled() async throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 503, headers: [("Retry-After", "86400")]) }
        defer { server.stop() }
        let now = Date()
        _ = try await pipeline(feeds: [server.url("/busy")]).fetch(now: now)
        #expect(server.requests.count == 1)
        let day = try #require(try feed(pipeline(feeds: [server.url("/busy")])).nextDue)
        #expect(abs(day.timeIntervalSince(now) - 86_400) < 60)

        let hourly = try pipeline(feeds: [server.url("/busy")], extra: "fetch:\n  max_backoff: 1h\n")
        let waitsAnHour = try #require(try hourly.status(now: now.addingTimeInterval(60)).first?.nextDue)
        #expect(abs(waitsAnHour.timeIntervalSince(now) - 3600) < 60)
        #expect(try await hourly.fetch(now: now.addingTimeInterval(30 * 60)).fetched == 0)
        #expect(try await hourly.fetch(now: now.addingTimeInterval(61 * 60)).fetched == 1)
        #expect(server.requests.count == 2)
    }

    /// A run while the clock was a year ahead (a machine booted with a wrong clock, before NTP
    /// set it) schedules its feeds a year ahead; once the clock is right they are due at once,
    /// not a year later.
    @Test func aClockSetBackDoesNotLeaveFeedsWaiting() async throws {
        let server = try LoopbackHTTPServer { _ in .init(status: 500) }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/clock-set-back")])
        let now = Date()
        _ = try await pipeline.fetch(now: now.addingTimeInterval(365 * 86_400))
        #expect(try pipeline.status(now: now).first?.nextDue == now)
        #expect(try await pipeline.fetch(now: now).fetched == 1)
        // A third request came once, in a full run under load. The path is this test's own and the
        // message lists what came, so that a recurrence tells this feed's request sent again
        // from another test's that reached a port the system had given out before.
        #expect(
            server.requests.count == 2,
            "\(server.requests.map { "\($0.method) \($0.path) \($0.headers["user-agent"] ?? "-")" }), \(server.connectionCount) connections"
        )
        // Scheduled from the right time now: ten minutes' backoff, the second failure's.
        let due = try #require(try pipeline.status(now: now).first?.nextDue)
        #expect(abs(due.timeIntervalSince(now) - 600) < 60)
    }

    @Test func aFailureLineSaysHowLongTheFeedHasFailed() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let first = FeedFailure(url: "https://a.example/rss", title: "A", message: "timed out", at: now)
        #expect(first.description == "A <https://a.example/rss>: timed out")
        let later = FeedFailure(
            url: "https://me:pw@a.example/rss", title: nil, message: "timed out", consecutiveFailures: 9,
            lastSuccess: now.addingTimeInterval(-3 * 86_400), nextTry: now.addingTimeInterval(8 * 3600), at: now)
        #expect(
            later.description
                == "https://me:***@a.example/rss: timed out (9 failures in a row, last fetched 3d ago; next try in 8h)")
    }

    @Test func theFeedsOwnUpdateHintsSetTheNextFetchWithinTheLimits() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/ttl": return .init(contentType: "application/rss+xml", body: Self.rss("t", ttl: 60))
            case "/long": return .init(contentType: "application/rss+xml", body: Self.rss("l", ttl: 10_000))
            default:
                return .init(
                    contentType: "application/rss+xml", body: Self.rss("c"),
                    headers: [("Cache-Control", "public, max-age=900")])
            }
        }
        defer { server.stop() }
        let pipeline = try pipeline(
            feeds: [server.url("/ttl"), server.url("/long"), server.url("/cached")],
            extra: "fetch:\n  min_interval: 20m\n  max_interval: 2h\n")
        let now = Date()
        _ = try await pipeline.fetch(now: now)
        let feeds = Dictionary(uniqueKeysWithValues: try pipeline.status().map { ($0.url, $0) })
        func wait(_ path: String) -> Int {
            Int(((feeds[server.url(path)]?.nextDue ?? now).timeIntervalSince(now) / 60).rounded())
        }
        #expect(wait("/ttl") == 60)
        #expect(wait("/long") == 120)  // the ceiling
        #expect(wait("/cached") == 20)  // max-age 15 min, raised to the floor
        let second = try await pipeline.fetch(now: now.addingTimeInterval(30 * 60))
        #expect(second.fetched == 1)  // only /cached is due after 30 minutes
    }

    /// A server whose 304s are stuck (an ETag that never changes, a cache that keeps one answer)
    /// would hide the feed's new items for good: a feed that has sent no whole body for a day
    /// is asked once without its validators, and asked conditionally again after it.
    @Test func aFeedAnsweredOnlyWith304sForADayIsAskedWhole() async throws {
        let edition = VersionBox()
        let server = try LoopbackHTTPServer { request in
            if request.headers["if-none-match"] != nil { return .init(status: 304) }
            let items = (1...edition.value).map {
                "<item><title>Item \($0)</title><link>https://stuck.example/\($0)</link></item>"
            }
            return .init(
                contentType: "application/rss+xml",
                body: "<rss version=\"2.0\"><channel><title>Stuck</title>\(items.joined())</channel></rss>",
                headers: [("ETag", "\"always\"")])
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/stuck")])
        let now = Date()
        #expect(try await pipeline.fetch(now: now).newArticles == 1)
        _ = edition.advance()
        for hours in [1.0, 12, 23] {
            let report = try await pipeline.fetch(now: now.addingTimeInterval(hours * 3600))
            #expect(report.unchanged == 1 && report.newArticles == 0)
        }
        #expect(server.requests.dropFirst().allSatisfy { $0.headers["if-none-match"] == "\"always\"" })

        let day = try await pipeline.fetch(now: now.addingTimeInterval(25 * 3600))
        #expect(day.newArticles == 1)
        #expect(server.requests.last?.headers["if-none-match"] == nil)
        // Asked conditionally again, from the whole answer on.
        _ = try await pipeline.fetch(now: now.addingTimeInterval(26 * 3600))
        #expect(server.requests.last?.headers["if-none-match"] == "\"always\"")
        #expect(server.requests.count == 6)
    }

    /// A Java site without a cookie from us writes a new session into every link it hands out
    /// (`;jsessionid=…`); items without a guid, whose link is their id, were new articles at
    /// each fetch, and so were items whose guid is such a link. They are stored once, and
    /// published without the session (their enclosures too).
    @Test func anItemWhoseLinkCarriesANewSessionAtEveryFetchIsStoredOnce() async throws {
        let sessions = VersionBox(0)
        let server = try LoopbackHTTPServer { request in
            let session = String(format: "%032X", sessions.advance())
            if request.path == "/json" {
                let item =
                    #"{"id":"https://gov.example/notice.jsf;jsessionid=\#(session)","title":"Notice","#
                    + #""url":"https://gov.example/notice.jsf;jsessionid=\#(session)","content_text":"A notice.","#
                    + #""attachments":[{"url":"https://gov.example/notice.pdf;jsessionid=\#(session)","mime_type":"application/pdf"}]}"#
                return .init(
                    contentType: "application/feed+json",
                    body: #"{"version":"https://jsonfeed.org/version/1.1","title":"Gov JSON","items":[\#(item)]}"#)
            }
            let items = ["Ministry statement", "Tender notice"].enumerated().map {
                "<item><title>\($0.element)</title><link>https://gov.example/news/\($0.offset).jsf;jsessionid=\(session)"
                    + "?lang=en</link><description>\($0.element) in full.</description></item>"
            }
            return .init(
                contentType: "application/rss+xml",
                body: "<rss version=\"2.0\"><channel><title>Gov</title>\(items.joined())</channel></rss>")
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/rss"), server.url("/json")])
        #expect(try await pipeline.fetch().newArticles == 3)
        for _ in 0..<2 {
            let again = try await pipeline.fetch(force: true)
            #expect(again.newArticles == 0 && again.failures.isEmpty)
        }
        #expect(server.requests.count == 6)
        _ = try pipeline.build()
        let output = try #require(folder.read("out/all.json"))
        #expect(output.contains("https://gov.example/news/0.jsf?lang=en"))
        #expect(output.contains("https://gov.example/notice.jsf"))
        #expect(output.contains("https://gov.example/notice.pdf"))
        #expect(!output.contains("jsessionid"))
    }

    @Test func lastModifiedAloneMakesAConditionalRequest() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.headers["if-modified-since"] == "Thu, 03 Apr 2025 09:00:00 GMT" { return .init(status: 304) }
            return .init(
                contentType: "application/rss+xml", body: Self.rss("m"),
                headers: [("Last-Modified", "Thu, 03 Apr 2025 09:00:00 GMT")])
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/m")])
        _ = try await pipeline.fetch()
        let second = try await pipeline.fetch()
        #expect(second.unchanged == 1)
        #expect(server.requests.last?.headers["if-none-match"] == nil)
    }

    /// A new version (another program) fetches each feed whole once and reads it again, so that
    /// what it reads differently (a date, a name, a summary it now reads right) reaches the
    /// articles already stored, not only the ones a feed sends next. Emulated with a stored
    /// article that an earlier version read otherwise.
    @Test func anUpgradeReadsEveryFeedAgainOnce() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.headers["if-none-match"] == "\"v1\"" { return .init(status: 304) }
            return .init(contentType: "application/rss+xml", body: Self.rss("up"), headers: [("ETag", "\"v1\"")])
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/up")])
        #expect(try await pipeline.fetch().newArticles == 1)
        let store = try FeedStore(path: folder.file("state.sqlite"))
        try store.execute(
            """
            UPDATE articles SET data = CAST(replace(CAST(data AS TEXT), 'up story', 'up storey') AS BLOB),
                content_hash = 'read by an earlier version'
            """)
        // The same program asks conditionally, and the stored article stays as it was read.
        #expect(try await pipeline.fetch(force: true).unchanged == 1)

        let upgraded = Pipeline(configuration: pipeline.configuration, program: "feedmerge, upgraded")
        let again = try await upgraded.fetch(force: true)
        #expect(server.requests.last?.headers["if-none-match"] == nil)
        #expect(again.changedArticles == 1)
        _ = try upgraded.build()
        let json = try #require(folder.read("out/all.json"))
        #expect(json.contains("up story") && !json.contains("up storey"))
        // Once: its next fetch is conditional again.
        #expect(try await upgraded.fetch(force: true).unchanged == 1)
        #expect(server.requests.last?.headers["if-none-match"] == "\"v1\"")
    }

    /// A retired feed whose address now redirects to the site's home page fails saying where it
    /// redirects (the user's cue that the feed is gone), and the subscription does not move to a
    /// page that is no feed.
    @Test func aFeedRedirectedToAPageSaysWhere() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/feed"
                ? .init(status: 301, headers: [("Location", "/home")])
                : .init(contentType: "text/html", body: "<html><head><title>Home</title></head><body>Hi</body></html>")
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/feed")])
        let report = try await pipeline.fetch()
        let failure = try #require(report.failures.first)
        #expect(
            failure.message.hasSuffix("(the feed's address redirects, HTTP 301, to \(server.url("/home")))"),
            "\(failure.message)")
        #expect(try feed(pipeline).url == server.url("/feed"))
        #expect(try feed(pipeline).lastError == failure.message)
    }

    @Test func anHTMLPageLeadsToTheFeedItAdvertises() async throws {
        let server = try LoopbackHTTPServer { request in
            request.path == "/blog/"
                ? .init(
                    contentType: "text/html",
                    body:
                        "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/blog/atom.xml\"></head><body>hi</body></html>"
                )
                : .init(
                    contentType: "application/atom+xml",
                    body:
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>B</title><entry><id>1</id><title>Found</title></entry></feed>"
                )
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/blog/")])
        let report = try await pipeline.fetch()
        #expect(report.failures.isEmpty)
        #expect(report.newArticles == 1)
        #expect(report.moved[server.url("/blog/")] == server.url("/blog/atom.xml"))
        #expect(try feed(pipeline).url == server.url("/blog/atom.xml"))
    }

    /// A feed that was read before is not followed to another feed (another title): not when
    /// its address now redirects to the site's main feed, nor to the home page that advertises
    /// it (a retired section feed), where a subscription to one section would become one to the
    /// whole site, for good. A page that advertises the same feed at a new address is a move,
    /// and followed.
    @Test func aFeedReadBeforeIsNotFollowedToAnotherFeed() async throws {
        let phase = VersionBox(0)
        @Sendable func rss(_ title: String, _ item: String) -> LoopbackHTTPServer.Response {
            .init(
                contentType: "application/rss+xml",
                body: "<rss version=\"2.0\"><channel><title>\(title)</title><link>https://bi.example/</link>"
                    + "<item><title>\(item)</title><link>https://bi.example/\(item.count)</link></item></channel></rss>"
            )
        }
        @Sendable func page(_ feeds: [String]) -> LoopbackHTTPServer.Response {
            let links = feeds.map { "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"\($0)\">" }
            return .init(contentType: "text/html", body: "<html><head>\(links.joined())</head><body>Page</body></html>")
        }
        let server = try LoopbackHTTPServer { request in
            switch (request.path, phase.value) {
            case ("/serbia/feed", 0): return rss("Balkan Insight » Serbia", "Belgrade protest")
            // Retired: sent to the home page, which advertises the site's feed, then to that feed.
            case ("/serbia/feed", 1): return .init(status: 301, headers: [("Location", "/")])
            case ("/serbia/feed", 2): return .init(status: 301, headers: [("Location", "/feed")])
            // Moved: sent to the section's page, which advertises the site's feed and its
            // comments before the section's new feed, as WordPress pages do.
            case ("/serbia/feed", _): return .init(status: 301, headers: [("Location", "/serbia/")])
            case ("/", _): return page(["/feed"])
            case ("/serbia/", _): return page(["/feed", "/comments/feed", "/rss/serbia"])
            case ("/feed", _): return rss("Balkan Insight", "Everything on the site")
            // The section's new address, on a new system that writes its title its own way.
            default: return rss("Serbia Archives - BALKAN INSIGHT", "Novi Sad rally")
            }
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/serbia/feed")])
        #expect(try await pipeline.fetch().newArticles == 1)

        for retired in 1...2 {
            _ = phase.advance()
            let report = try await pipeline.fetch(force: true)
            let failure = try #require(report.failures.first)
            #expect(
                failure.message.contains(
                    "leads to another feed, “Balkan Insight”, where this address gave “Balkan Insight » Serbia” before: not followed"
                ), "\(retired): \(failure.message)")
            #expect(
                failure.message.hasSuffix(
                    "(the feed's address redirects, HTTP 301, to \(server.url(retired == 1 ? "/" : "/feed")))"))
            #expect(report.newArticles == 0 && report.moved.isEmpty)
            #expect(try feed(pipeline).url == server.url("/serbia/feed"))
        }

        _ = phase.advance()
        let moved = try await pipeline.fetch(force: true)
        #expect(moved.failures.isEmpty && moved.newArticles == 1)
        #expect(try feed(pipeline).url == server.url("/rss/serbia"))
    }

    /// A subscription given as a section's page (a WordPress category page, whose head lists
    /// the site's feed and its comments before the category's) is one to the section's feed.
    @Test func aSectionsPageLeadsToTheSectionsFeed() async throws {
        let server = try LoopbackHTTPServer { request in
            switch request.path {
            case "/category/serbia/":
                let links = [
                    ("Balkan Insight » Feed", "/feed/"), ("Balkan Insight » Comments Feed", "/comments/feed/"),
                    ("Balkan Insight » Serbia Category Feed", "/category/serbia/feed/"),
                ].map { "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"\($0.0)\" href=\"\($0.1)\">" }
                return .init(
                    contentType: "text/html", body: "<html><head>\(links.joined())</head><body>Serbia</body></html>")
            default:
                let title =
                    request.path == "/category/serbia/feed/" ? "Serbia Archives - Balkan Insight" : "Balkan Insight"
                return .init(
                    contentType: "application/rss+xml",
                    body: "<rss version=\"2.0\"><channel><title>\(title)</title><item><title>\(request.path)</title>"
                        + "<link>https://bi.example\(request.path)1</link></item></channel></rss>")
            }
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/category/serbia/")])
        let report = try await pipeline.fetch()
        #expect(report.failures.isEmpty && report.newArticles == 1)
        #expect(try feed(pipeline).url == server.url("/category/serbia/feed/"))
        #expect(server.requests.map(\.path) == ["/category/serbia/", "/category/serbia/feed/"])
    }

    /// A page fetched over HTTP leads to HTTP addresses only, as redirects do: one that
    /// advertises a `file:` feed (written as such, or relative to a `file:` `base`) would have
    /// the fetch read a file of this machine into the outputs.
    @Test func anHTMLPageOverHTTPDoesNotLeadToALocalFile() async throws {
        let secret = folder.write(
            "secret.xml",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>S</title><entry><id>1</id><title>Secret</title></entry></feed>"
        )
        let fileURL = URL(fileURLWithPath: secret).absoluteString
        let server = try LoopbackHTTPServer { request in
            let link =
                request.path == "/based/"
                ? "<base href=\"\(fileURL)\"><link rel=\"alternate\" type=\"application/atom+xml\" href=\"secret.xml\">"
                : "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"\(fileURL)\">"
            return .init(contentType: "text/html", body: "<html><head>\(link)</head><body>hi</body></html>")
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/plain/"), server.url("/based/")])
        let report = try await pipeline.fetch()
        #expect(report.newArticles == 0)
        #expect(report.moved.isEmpty)
        #expect(report.failures.count == 2)
        for failure in report.failures {
            #expect(failure.message.contains("only to http"), "\(failure)")
        }
        #expect(try pipeline.status().allSatisfy { $0.url.hasPrefix("http://") })
    }

    /// A server that gzips a feed without saying so in Content-Encoding, and one that gzips
    /// it twice (an application's gzip under the web server's, which libcurl takes off): both
    /// feeds are read, and stored.
    @Test func aFeedStillCompressedWhenItArrivesIsRead() async throws {
        let document = Data(Self.rss("z").utf8)
        let once = try gzip(document)
        let twice = try gzip(once)
        let server = try LoopbackHTTPServer { request in
            request.path == "/undeclared"
                ? .init(headers: [("Content-Type", "application/rss+xml")], body: once)
                : .init(headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")], body: twice)
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/undeclared"), server.url("/twice")])
        let report = try await pipeline.fetch()
        #expect(report.updated == 2)
        #expect(report.failures.isEmpty)
        #expect(report.newArticles == 2)
        let titles = try FeedStore(path: pipeline.configuration.databasePath).articles().map(\.article.title)
        #expect(titles == ["z story", "z story"])
    }

    @Test func unchangedBodiesAreNotParsedAgain() async throws {
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.rss("u")) }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/u")])
        let first = try await pipeline.fetch()
        #expect(first.updated == 1)
        let second = try await pipeline.fetch()
        #expect(second.unchanged == 1)
        #expect(second.updated == 0)
    }

    /// Through the parser, as a run stores them: a feed that dates its items at each request,
    /// and one that also makes up their ids, bring nothing new or changed after the first fetch,
    /// and the items keep their first dates. (The store compared a date's written text, which
    /// the parser keeps only for a date it cannot read, so every date moved on was taken.)
    @Test func itemsRedatedAtEveryRequestAreNoChange() async throws {
        let round = VersionBox()
        let server = try LoopbackHTTPServer { request in
            let date = InternetDate.rfc822(Date(timeIntervalSince1970: 1_743_670_800 + Double(round.value) * 600))
            let items = (0..<3).map { item in
                let id = request.path == "/ids" ? "\(round.value)-\(item)" : "\(item)"
                return
                    "<item><title>Story \(item)</title><link>https://r.example/\(item)</link><guid isPermaLink=\"false\">\(id)</guid>"
                    + "<pubDate>\(date)</pubDate><description>Text \(item).</description></item>"
            }
            return .init(
                contentType: "application/rss+xml",
                body:
                    "<rss version=\"2.0\"><channel><title>R</title><link>https://r.example/</link>\(items.joined())</channel></rss>"
            )
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/dates"), server.url("/ids")])
        #expect(try await pipeline.fetch().newArticles == 6)
        for next in 2...4 {
            round.value = next
            let again = try await pipeline.fetch(force: true)
            #expect(again.updated == 2 && again.newArticles == 0 && again.changedArticles == 0)
        }
        let store = try FeedStore(path: pipeline.configuration.databasePath)
        let articles = try store.articles()
        #expect(articles.count == 6)
        #expect(articles.allSatisfy { $0.article.published == Date(timeIntervalSince1970: 1_743_671_400) })
    }

    /// A body cut short between two fetches of such a feed does not make it one read anew: the
    /// items keep their first dates when the whole body comes back, where a feed whose last body
    /// is forgotten takes the dates it gives (every item would have come back dated now).
    @Test func itemsRedatedAtEveryRequestKeepTheirDatesAcrossACutBody() async throws {
        let round = VersionBox()
        let server = try LoopbackHTTPServer { _ in
            let date = InternetDate.rfc822(Date(timeIntervalSince1970: 1_743_670_800 + Double(round.value) * 600))
            let items = (0..<3).map { item in
                "<item><title>Story \(item)</title><link>https://r.example/\(item)</link><guid isPermaLink=\"false\">\(item)</guid>"
                    + "<pubDate>\(date)</pubDate><description>Text \(item).</description></item>"
            }
            let whole = "<rss version=\"2.0\"><channel><title>R</title>\(items.joined())</channel></rss>"
            // The second answer stops after its second item.
            let body = round.value == 2 ? String(whole[..<whole.range(of: "<item><title>Story 2")!.lowerBound]) : whole
            return .init(contentType: "application/rss+xml", body: body)
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/dates")])
        #expect(try await pipeline.fetch().newArticles == 3)
        for next in 2...3 {
            round.value = next
            let again = try await pipeline.fetch(force: true)
            #expect(again.newArticles == 0 && again.changedArticles == 0)
            #expect(again.truncated.count == (next == 2 ? 1 : 0))
        }
        let articles = try FeedStore(path: pipeline.configuration.databasePath).articles()
        #expect(articles.count == 3)
        #expect(articles.allSatisfy { $0.article.published == Date(timeIntervalSince1970: 1_743_671_400) })
    }

    /// A feed in a single-byte encoding whose only change is a letter outside ASCII (a Serbian
    /// outlet in windows-1251 corrects a typo, "Вучиђ" to "Вучић") changed: the body is compared
    /// as the bytes it is, not as UTF-8 it is not, where both read `и` and the next letter as
    /// one U+FFFD.
    @Test func aChangeOfOneLetterInAnotherEncodingIsAChange() async throws {
        let version = VersionBox()
        let server = try LoopbackHTTPServer { _ in
            let name = version.value == 1 ? "Вучиђ" : "Вучић"
            let xml =
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>B</title>"
                + "<item><title>\(name) у Бриселу</title><link>https://b.example/1</link></item>"
                + "</channel></rss>"
            return .init(headers: [("Content-Type", "application/rss+xml")], body: Self.windows1251(xml))
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/b")])
        #expect(try await pipeline.fetch().updated == 1)
        version.value = 2
        let second = try await pipeline.fetch(force: true)
        #expect(second.unchanged == 0)
        #expect(second.updated == 1)
        _ = try pipeline.build()
        #expect(folder.read("out/all.json")?.contains("Вучић у Бриселу") == true)
    }

    /// A gzip stream cut short in a body whose transfer completed: libcurl hands over what it
    /// inflated as a whole body (`curl --compressed` exits 0 on it). The item the cut falls in is
    /// not stored with what arrived of it, a title cut short and a link cut to another story's
    /// address; the next whole document stores it whole.
    @Test func anItemCutOffInAGzipStreamCutShortIsNotStored() async throws {
        let version = VersionBox()
        let xml =
            "<rss version=\"2.0\"><channel><title>Cut</title>"
            + (1...12).map {
                "<item><title>Report \($0) on the talks</title><link>https://c.example/\($0)</link></item>"
            }
            .joined() + "</channel></rss>"
        let server = try LoopbackHTTPServer { _ in
            guard version.value == 1 else { return .init(contentType: "application/rss+xml", body: xml) }
            let cut = Data(xml.prefix(upTo: xml.range(of: "2</link></item></channel>")!.lowerBound).utf8)
            return .init(
                headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")],
                body: Self.gzipCutShort(cut, length: xml.utf8.count))
        }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/cut")])
        let first = try await pipeline.fetch()
        #expect(first.updated == 1 && first.failures.isEmpty)
        #expect(first.newArticles == 11)
        _ = try pipeline.build()
        let cut = try published()
        #expect(cut.count == 11)
        #expect(cut.allSatisfy { $0.title.hasSuffix(" on the talks") })
        #expect(cut.filter { $0.url == "https://c.example/1" }.map(\.title) == ["Report 1 on the talks"])

        version.value = 2
        #expect(try await pipeline.fetch(force: true).newArticles == 1)
        _ = try pipeline.build()
        let whole = try published()
        #expect(whole.count == 12)
        #expect(whole.contains { $0.title == "Report 12 on the talks" && $0.url == "https://c.example/12" })
        #expect(whole.filter { $0.url == "https://c.example/1" }.count == 1)
    }

    /// The title and link of each item of `out/all.json`.
    private func published() throws -> [(title: String, url: String)] {
        let data = Data(try #require(folder.read("out/all.json")).utf8)
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])["items"]
        return try #require(items as? [[String: Any]]).map {
            ($0["title"] as? String ?? "", $0["url"] as? String ?? "")
        }
    }

    /// `bytes` as the start of a gzip stream that would hold `length` bytes: one stored deflate
    /// block, cut where `bytes` end, without the trailer.
    private static func gzipCutShort(_ bytes: Data, length: Int) -> Data {
        precondition(length < 65_536)
        let size = UInt16(length)
        return Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF, 1, UInt8(size & 0xFF), UInt8(size >> 8)])
            + Data([UInt8(~size & 0xFF), UInt8(~size >> 8)]) + bytes
    }

    /// `text` in windows-1251 (its Cyrillic and ASCII, all these tests need).
    private static func windows1251(_ text: String) -> Data {
        let special: [Character: UInt8] = ["ђ": 0x90, "ј": 0xBC, "љ": 0x9A, "њ": 0x9C, "ћ": 0x9E, "џ": 0x9F]
        return Data(
            text.map { character -> UInt8 in
                if let byte = special[character] { return byte }
                let scalar = character.unicodeScalars.first!.value
                if scalar < 0x80 { return UInt8(scalar) }
                precondition((0x410...0x44F).contains(scalar), "not in this table: \(character)")
                return UInt8(scalar - 0x410 + 0xC0)
            })
    }

    /// An outlet the OPML gives no name is named by its feed's title, as one line of text:
    /// not `Sarah's` and `Scribbles` on two lines, nor an Atom title's markup.
    @Test func aFeedsOwnTitleNamesItsOutletOnOneLine() async throws {
        let server = try LoopbackHTTPServer { request in
            if request.path == "/atom" {
                return .init(
                    contentType: "application/atom+xml",
                    body:
                        #"<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; News</title>"#
                        + "<entry><id>a1</id><title>Atom story</title><link href=\"https://a.example/1\"/></entry></feed>"
                )
            }
            return .init(
                contentType: "application/rss+xml",
                body: "<rss version=\"2.0\"><channel><title>Sarah's\n   Scribbles</title>"
                    + "<item><title>RSS story</title><link>https://s.example/1</link></item></channel></rss>")
        }
        defer { server.stop() }
        folder.write(
            "feeds.opml",
            "<opml version=\"2.0\"><body><outline xmlUrl=\"\(server.url("/rss"))\"/><outline xmlUrl=\"\(server.url("/atom"))\"/></body></opml>"
        )
        let config = folder.write(
            "feedmerge.yaml",
            "feeds: feeds.opml\ndatabase: state.sqlite\noutputs:\n  - path: out/all.json\n    format: json\n")
        let pipeline = Pipeline(configuration: try Configuration.load(path: config))
        _ = try await pipeline.fetch()
        _ = try pipeline.build()
        let json = try #require(folder.read("out/all.json"))
        let feed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let names = (feed["items"] as? [[String: Any]] ?? []).compactMap {
            (($0["_feedmerge"] as? [String: Any])?["source"] as? [String: Any])?["title"] as? String
        }
        #expect(names.sorted() == ["Bold & News", "Sarah's Scribbles"])
        #expect(try pipeline.status().compactMap(\.title).sorted() == ["Bold & News", "Sarah's Scribbles"])
    }

    @Test func aBuildWithNothingNewDoesNothing() async throws {
        let server = try LoopbackHTTPServer { _ in .init(contentType: "application/rss+xml", body: Self.rss("b")) }
        defer { server.stop() }
        let pipeline = try pipeline(feeds: [server.url("/b")])
        _ = try await pipeline.fetch()
        let first = try pipeline.build()
        #expect(!first.skipped)
        _ = try await pipeline.fetch()
        let second = try pipeline.build()
        #expect(second.skipped)
        try FileManager.default.removeItem(atPath: folder.file("out/all.json"))
        #expect(try !pipeline.build().skipped)
        #expect(try pipeline.build().skipped)
        // Another program (an upgrade) writes the outputs again, whose form it may have fixed;
        // the same one again does nothing.
        let upgraded = Pipeline(configuration: pipeline.configuration, program: "feedmerge, upgraded")
        #expect(try !upgraded.build().skipped)
        #expect(try upgraded.build().skipped)
        #expect(!Pipeline.runningProgram.isEmpty)
    }
}

/// Incremental work and the OPML as the source of truth.
@Suite struct IncrementalTests {
    let folder = TemporaryFolder()

    @Test func onlyNewOrChangedArticlesAreIndexedAgain() async throws {
        let version = VersionBox()
        let server = try LoopbackHTTPServer { request in
            let items = (1...5).map { index in
                "<item><guid>\(request.path)-\(index)</guid><title>\(index == 1 ? "Title v\(version.value)" : "Story \(index)")</title></item>"
            }.joined()
            return .init(
                contentType: "application/rss+xml",
                body: "<rss version=\"2.0\"><channel><title>t</title>\(items)</channel></rss>")
        }
        defer { server.stop() }
        folder.write(
            "feeds.opml",
            "<opml version=\"2.0\"><body><outline text=\"A\" xmlUrl=\"\(server.url("/a"))\"/><outline text=\"B\" xmlUrl=\"\(server.url("/b"))\"/></body></opml>"
        )
        let config = folder.write(
            "feedmerge.yaml",
            "database: state.sqlite\noutputs:\n  - path: out/all.json\n    format: json\ntopics:\n  v:\n    match: [\"v2\"]\n"
        )
        var pipeline = Pipeline(configuration: try Configuration.load(path: config))
        _ = try await pipeline.fetch()
        #expect(try pipeline.build().indexed == 10)
        version.value = 2
        let fetched = try await pipeline.fetch()
        #expect(fetched.changedArticles == 2)
        let build = try pipeline.build()
        #expect(build.indexed == 2)
        let json = try #require(folder.read("out/all.json"))
        #expect(json.contains("Title v2"))
        #expect(json.contains("\"v\""))
        // Changing the topics re-tags everything once.
        folder.write(
            "feedmerge.yaml",
            "database: state.sqlite\noutputs:\n  - path: out/all.json\n    format: json\ntopics:\n  s:\n    match: [\"story\"]\n"
        )
        pipeline = Pipeline(configuration: try Configuration.load(path: config))
        #expect(try pipeline.build().indexed == 10)
        #expect(try pipeline.build().skipped)
        // So does any other key of a topic.
        folder.write(
            "feedmerge.yaml",
            "database: state.sqlite\noutputs:\n  - path: out/all.json\n    format: json\ntopics:\n  s:\n    match: [\"story\"]\n    min_hits: 2\n"
        )
        pipeline = Pipeline(configuration: try Configuration.load(path: config))
        #expect(try pipeline.build().indexed == 10)
    }

    /// A server whose every path is a feed of one post, named by the path.
    private static func onePostServer() throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer { request in
            .init(
                contentType: "application/rss+xml",
                body:
                    "<rss version=\"2.0\"><channel><title>t</title><item><guid>\(request.path)</guid><title>x</title></item></channel></rss>"
            )
        }
    }

    @Test func theOPMLDecidesWhatIsFetched() async throws {
        let server = try Self.onePostServer()
        defer { server.stop() }
        let config = folder.write("feedmerge.yaml", "database: state.sqlite\n")
        folder.write(
            "feeds.opml",
            "<opml version=\"2.0\"><body><outline text=\"A\" xmlUrl=\"\(server.url("/a"))\"/></body></opml>")
        let pipeline = Pipeline(configuration: try Configuration.load(path: config))
        _ = try await pipeline.fetch()
        folder.write(
            "feeds.opml",
            "<opml version=\"2.0\"><body><outline text=\"B\" xmlUrl=\"\(server.url("/b"))\"/></body></opml>")
        let second = try await pipeline.fetch(force: true)
        #expect(second.fetched == 1)
        #expect(server.requests.map(\.path) == ["/a", "/b"])
        let feeds = try pipeline.status()
        #expect(feeds.first { $0.url == server.url("/a") }?.isSubscribed == false)
        #expect(feeds.first { $0.url == server.url("/a") }?.articleCount == 1)  // kept until retention
        // Once its articles age out, the feed the OPML dropped goes too; the listed one stays.
        _ = try await pipeline.fetch(now: Date().addingTimeInterval(pipeline.configuration.retention + 3600))
        #expect(try pipeline.status().map(\.url) == [server.url("/b")])
    }

    /// An OPML cut off mid-write (an editor or a sync saving it while cron runs) stops the fetch
    /// with an error naming the file, and unsubscribes nothing; the whole file is read again.
    @Test func aCutOffOPMLUnsubscribesNothing() async throws {
        let server = try Self.onePostServer()
        defer { server.stop() }
        let config = folder.write("feedmerge.yaml", "database: state.sqlite\n")
        let whole =
            "<opml version=\"2.0\"><body>\n<outline text=\"A\" xmlUrl=\"\(server.url("/a"))\"/>\n"
            + "<outline text=\"B\" xmlUrl=\"\(server.url("/b"))\"/>\n</body></opml>\n"
        folder.write("feeds.opml", whole)
        let pipeline = Pipeline(configuration: try Configuration.load(path: config))
        _ = try await pipeline.fetch()
        for broken in [String(whole.prefix(whole.count - 60)), ""] {
            folder.write("feeds.opml", broken)
            await #expect {
                _ = try await pipeline.fetch(force: true)
            } throws: { error in
                "\(error)".contains("feeds.opml") && "\(error)".contains("the subscriptions stay as they were")
            }
            #expect(try pipeline.status().filter(\.isSubscribed).count == 2)
        }
        folder.write("feeds.opml", whole)
        #expect(try await pipeline.fetch(force: true).fetched == 2)
    }
}

/// A value the test server reads while the test changes it.
final class VersionBox: @unchecked Sendable {
    // `lock` guards `stored`.
    private let lock = NSLock()
    private var stored: Int

    init(_ value: Int = 1) { stored = value }

    var value: Int {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    /// Adds one and returns the new value, in one step (requests may come at once).
    func advance() -> Int {
        lock.withLock {
            stored += 1
            return stored
        }
    }
}
