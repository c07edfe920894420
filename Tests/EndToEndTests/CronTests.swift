import FeedModel
@_spi(Testing) import FeedStore
import Foundation
import TestSupport
import Testing

/// `feedmerge` as cron runs it: overlapping runs, a run killed at any moment, the status table.
@Suite struct CronTests {
    let folder = TemporaryFolder()
    var binary: String { PackagePaths.products + "/feedmerge" }

    /// A farm of `count` feeds; each answer takes `delay` seconds; the content changes with `round`.
    /// A gated farm holds every answer until `openGate()` (or `gateLimit` seconds, so that a test
    /// that fails before it opens the gate cannot hang), so a test can keep a run busy for as long
    /// as it needs however slowly a loaded machine starts processes.
    final class Farm: @unchecked Sendable {
        // Immutable after init; the round and the gate live in thread-safe boxes.
        let server: LoopbackHTTPServer

        init(delay: Double, gated: Bool = false) throws {
            let state = Box()
            let gate = Gate(open: !gated)
            server = try LoopbackHTTPServer { request in
                let round = state.round
                var response = LoopbackHTTPServer.Response(
                    contentType: "application/rss+xml",
                    body: "<rss version=\"2.0\"><channel><title>Feed \(request.path)</title>"
                        + (1...round).map {
                            "<item><title>Round \($0) of \(request.path)</title><link>https://farm.example\(request.path)/\($0)</link></item>"
                        }
                        .joined() + "</channel></rss>")
                response.delay = delay
                // Held with white space, not silence: a silent answer held longer than libcurl's
                // low-speed limit (15 s, which a loaded machine's runs took) failed the feed.
                if gated {
                    let deadline = Date(timeIntervalSinceNow: Farm.gateLimit)
                    response.holdBody = { !gate.isOpen && Date() < deadline }
                }
                return response
            }
            box = state
            self.gate = gate
        }

        private let box: Box
        private let gate: Gate

        /// Longer than a loaded machine takes to start the runs a gated test starts while the
        /// gate is shut: a gate that opened by itself after 20 s let the held run finish before
        /// the run that should find its lock (one failure in four full runs of the suite, 37 s).
        static let gateLimit = 90.0

        func nextRound() { box.advance() }
        func openGate() { gate.open() }

        final class Box: @unchecked Sendable {
            // `lock` guards `value`.
            private let lock = NSLock()
            private var value = 1
            var round: Int { lock.withLock { value } }
            func advance() { lock.withLock { value += 1 } }
        }

        final class Gate: @unchecked Sendable {
            // `lock` guards `opened`.
            private let lock = NSLock()
            private var opened: Bool
            init(open: Bool) { opened = open }
            var isOpen: Bool { lock.withLock { opened } }
            func open() { lock.withLock { opened = true } }
        }
    }

    private func configure(_ farm: Farm, feeds: Int, concurrency: Int = 2, timeout: Int = 30) -> String {
        let outlines = (0..<feeds).map { "<outline text=\"F\($0)\" xmlUrl=\"\(farm.server.url("/f\($0)"))\"/>" }
            .joined()
        folder.write("feeds.opml", "<opml version=\"2.0\"><body>\(outlines)</body></opml>")
        return folder.write(
            "feedmerge.yaml",
            "database: state.sqlite\nfetch:\n  concurrency: \(concurrency)\n  per_host: \(concurrency)\n  timeout: \(timeout)s\noutputs:\n  - path: out/all.xml\n    format: atom\n"
        )
    }

    @Test(.timeLimit(.minutes(3))) func overlappingRunsNeverRunAtOnce() async throws {
        let farm = try Farm(delay: 0, gated: true)
        defer { farm.server.stop() }
        // The held transfers must not time out before the gate opens.
        let config = configure(farm, feeds: 4, timeout: Int(Farm.gateLimit) + 30)
        let first = try ProcessRunner.start(binary, ["run", "--config", config])
        // The first run holds the lock once it fetches (a fixed sleep is not enough when the
        // machine is busy starting it); its transfers then wait at the gate until the other
        // runs are done, since a loaded machine can take seconds to start each of them.
        defer { farm.openGate() }
        for _ in 0..<1_200 where farm.server.requests.isEmpty { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!farm.server.requests.isEmpty, "the first run never fetched")
        let waiting = try await ProcessRunner.run(binary, ["run", "--config", config, "--wait", "0.3"])
        #expect(waiting.status == 0)
        #expect(waiting.stderr.contains("still holds"))
        #expect(waiting.stderr.contains("skipped"))
        let impatient = try await ProcessRunner.run(binary, ["fetch", "--config", config, "--wait", "0"])
        #expect(impatient.status == 1)
        #expect(impatient.stderr.contains("--wait 0"))
        farm.openGate()
        let result = await first.wait()
        #expect(result.status == 0, "\(result.stderr)")
        // Only the first run fetched: 4 feeds, 4 requests.
        #expect(farm.server.requests.count == 4)
        // Once it is done, the next run gets the lock.
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config, "--wait", "0"]).status == 0)
    }

    @Test(.timeLimit(.minutes(3)), arguments: [0.4, 1.2, 2.5])
    func aRunKilledAtAnyMomentLeavesTheStoreAndOutputsIntact(killAfter: Double) async throws {
        let farm = try Farm(delay: 0.25)
        defer { farm.server.stop() }
        let config = configure(farm, feeds: 24)
        let complete = try await ProcessRunner.run(binary, ["run", "--config", config, "--force"])
        #expect(complete.status == 0, "\(complete.stderr)")
        let before = try #require(folder.read("out/all.xml"))

        farm.nextRound()
        let victim = try ProcessRunner.start(binary, ["run", "--config", config, "--force"])
        try await Task.sleep(for: .milliseconds(Int(killAfter * 1000)))
        victim.killHard()
        _ = await victim.wait()

        // The database is consistent and holds every feed it stored completely; the outputs
        // are the previous ones, whole (a kill during their replacement leaves old or new).
        let store = try FeedStore(path: folder.file("state.sqlite"))
        #expect(try store.isConsistent())
        let articles = try store.articles()
        #expect(articles.count >= 24)
        let perFeed = Dictionary(grouping: articles, by: \.feedURL).mapValues(\.count)
        #expect(perFeed.values.allSatisfy { $0 == 1 || $0 == 2 })
        let after = try #require(folder.read("out/all.xml"))
        #expect(try await XMLCheck.isWellFormed(after))
        #expect(after == before || after.contains("Round 2"))

        // The next run picks up where it stopped.
        let rerun = try await ProcessRunner.run(binary, ["run", "--config", config, "--force"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try FeedStore(path: folder.file("state.sqlite")).articles().count == 48)
        #expect(folder.read("out/all.xml")?.contains("Round 2 of /f23") == true)
    }

    @Test func statusShowsEveryFeedAsATableAndAsJSON() async throws {
        let farm = try Farm(delay: 0)
        defer { farm.server.stop() }
        let config = configure(farm, feeds: 2)
        // Before the first fetch the store knows no feed, and says where they will come from.
        let empty = try await ProcessRunner.run(binary, ["status", "--config", config])
        #expect(empty.status == 0)
        #expect(empty.stderr.contains("no feeds yet") && empty.stderr.contains("feeds.opml"), "\(empty.stderr)")
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let table = try await ProcessRunner.run(binary, ["status", "--config", config])
        #expect(!table.stderr.contains("no feeds yet"))
        #expect(table.status == 0)
        #expect(table.stdout.contains("last success"))
        #expect(table.stdout.contains("F0"))
        let json = try await ProcessRunner.run(binary, ["status", "--config", config, "--json"])
        let lines = json.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["last_status"] as? Int == 200)
        #expect(first["articles"] as? Int == 1)
        #expect(first["dead"] as? Bool == false)
        #expect(first["newest_article"] as? String != nil && first["last_new_article"] as? String != nil)
        #expect(!table.stdout.contains("nothing new"))

        // A feed whose site abandoned it still answers every fetch with its old items: the table
        // says how long it has brought nothing new.
        let store = try FeedStore(path: folder.file("state.sqlite"))
        try store.execute("UPDATE articles SET first_seen = first_seen - 40 * 86400")
        let quiet = try await ProcessRunner.run(binary, ["status", "--config", config])
        #expect(quiet.stdout.contains("nothing new for 40d"), "\(quiet.stdout)")
    }

    /// What a feed says is shown, never obeyed: a title holding terminal commands (as an
    /// earlier version could store one) is printed with them as U+FFFD, in the table and in the
    /// messages on standard error.
    @Test func theTerminalShowsWhatAFeedSaysAndObeysNothing() async throws {
        let farm = try Farm(delay: 0)
        defer { farm.server.stop() }
        let config = configure(farm, feeds: 1)
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        let store = try FeedStore(path: folder.file("state.sqlite"))
        try store.execute(
            """
            UPDATE feeds SET title = 'F0 ' || char(27) || ']0;pwned' || char(7) || char(27) || '[2J',
                last_error = 'HTTP 500: ' || char(27) || '[31mred', consecutive_failures = 1
            """)
        let table = try await ProcessRunner.run(binary, ["status", "--config", config])
        #expect(table.status == 0)
        #expect(table.stdout.contains("F0 \u{FFFD}]0;pwned\u{FFFD}\u{FFFD}[2J"), "\(table.stdout)")
        #expect(table.stdout.contains("HTTP 500: \u{FFFD}[31mred"), "\(table.stdout)")
        for output in [table.stdout, table.stderr] {
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        }
    }

    @Test func quietWhenNotATerminalAndVerboseWhenAsked() async throws {
        let farm = try Farm(delay: 0)
        defer { farm.server.stop() }
        let config = configure(farm, feeds: 1)
        let quiet = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty)
        #expect(quiet.stderr.isEmpty)
        let verbose = try await ProcessRunner.run(binary, ["run", "--config", config, "--verbose", "--force"])
        #expect(verbose.stdout.contains("fetched 1 of 1 feeds"))
        #expect(verbose.stderr.contains("fetching 1 of 1 feeds"))
    }

    /// With `report_after: 2`, a feed's first failure is left out of what cron mails (a site's
    /// passing trouble), its second is told; the exit status counts both, and a feed that died
    /// is told at once.
    @Test func failuresAreToldFromTheConfiguredCount() async throws {
        let server = try LoopbackHTTPServer { request in .init(status: request.path == "/gone" ? 410 : 500) }
        defer { server.stop() }
        let outlines = ["/broken", "/gone"].map { "<outline text=\"F\($0)\" xmlUrl=\"\(server.url($0))\"/>" }
        folder.write("feeds.opml", "<opml version=\"2.0\"><body>\(outlines.joined())</body></opml>")
        let config = folder.write(
            "feedmerge.yaml",
            "database: state.sqlite\nfetch:\n  report_after: 2\noutputs:\n  - path: out/all.xml\n    format: atom\n")
        let first = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(first.status == 1)
        #expect(!first.stderr.contains("/broken"), "\(first.stderr)")
        #expect(first.stderr.contains("/gone") && first.stderr.contains("410"), "\(first.stderr)")
        let second = try await ProcessRunner.run(binary, ["run", "--config", config, "--force"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("/broken") && second.stderr.contains("2 failures in a row"), "\(second.stderr)")
    }

    /// Offline, cron mails one line for the run, not one for each feed, and the run fails.
    @Test func anOfflineRunIsOneLine() async throws {
        let farms = try (0..<3).map { _ in try Farm(delay: 0) }
        let outlines = farms.enumerated().map {
            // A path of its own on each: three of one document would be one feed listed thrice.
            "<outline text=\"F\($0.offset)\" xmlUrl=\"\($0.element.server.url("/f\($0.offset)"))\"/>"
        }
        folder.write("feeds.opml", "<opml version=\"2.0\"><body>\(outlines.joined())</body></opml>")
        let config = folder.write(
            "feedmerge.yaml", "database: state.sqlite\noutputs:\n  - path: out/all.xml\n    format: atom\n")
        #expect(try await ProcessRunner.run(binary, ["run", "--config", config]).status == 0)
        farms.forEach { $0.server.stop() }
        let offline = try await ProcessRunner.run(binary, ["run", "--config", config])
        #expect(offline.status == 1)
        let lines = offline.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(offline.stderr)")
        #expect(lines.first?.hasPrefix("feedmerge: no server could be reached: the 3 feeds asked for") == true)
        #expect(!offline.stderr.contains("feed failed"))
    }

    /// Cron's `feedmerge run >> feedmerge.log 2>&1`, with the log's disk full (`/dev/full`
    /// fails every write with ENOSPC): a message that cannot be written is lost, and the run
    /// goes on to write its outputs (it stopped at its first message, killed by a trap in
    /// Foundation's `FileHandle.write`). Output asked for on standard output that cannot be
    /// written is a failure, not a success.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aRunWhoseLogCannotBeWrittenGoesOn() async throws {
        let farm = try Farm(delay: 0)
        defer { farm.server.stop() }
        let config = configure(farm, feeds: 2)
        folder.write(
            "feeds.opml",
            "<opml version=\"2.0\"><body><outline text=\"F0\" xmlUrl=\"\(farm.server.url("/f0"))\"/>"
                + "<outline text=\"Gone\" xmlUrl=\"file://\(folder.file("missing.xml"))\"/></body></opml>")
        func toFullDisk(_ arguments: String) async throws -> (status: String, stderr: String) {
            let result = try await ProcessRunner.run(
                "/bin/sh", ["-c", "'\(binary)' \(arguments) --config '\(config)' >/dev/full 2>/dev/full; echo $?"])
            return (result.stdout.trimmingCharacters(in: .whitespacesAndNewlines), result.stderr)
        }
        // One feed fails (a line for the log), the other is fetched and published.
        #expect(try await toFullDisk("run --verbose").status == "1")
        let atom = try #require(folder.read("out/all.xml"))
        #expect(atom.contains("Round 1 of /f0"))
        #expect(try await toFullDisk("status").status == "1")
        #expect(try await toFullDisk("status --json").status == "1")
        let view = try await ProcessRunner.run(
            "/bin/sh", ["-c", "'\(binary)' build --output - --config '\(config)' >/dev/full; echo $?"])
        #expect(view.stdout == "1\n")
        #expect(view.stderr.contains("cannot write the view to standard output: No space left on device"))
        #expect(try await ProcessRunner.run(binary, ["status", "--config", config]).status == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalGetsAProgressBarAndASummary() async throws {
        let farm = try Farm(delay: 0)
        defer { farm.server.stop() }
        let config = configure(farm, feeds: 3)
        // `script` gives the run a pseudo-terminal, as a person at a shell would have.
        let result = try await ProcessRunner.run(
            "/usr/bin/script", ["-qec", "\(binary) run --config \(config)", "/dev/null"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("3/3 feeds"))
        #expect(result.stdout.contains("fetched 3 of 3 feeds"))
        #expect(result.stdout.contains("out/all.xml (atom, written)"))
    }
}
