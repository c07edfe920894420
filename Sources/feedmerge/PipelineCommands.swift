import ArgumentParser
import FeedModel
import FeedWriter
import FeedmergeConfig
import Foundation
import Pipeline

/// `feedmerge run`: fetch, then build. What cron calls.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Fetch every due feed, then build every output (what cron calls).")

    @OptionGroup var options: CommonOptions
    @OptionGroup var lock: LockOptions

    @Flag(name: .long, help: "Fetch every feed now, ignoring backoff and update hints.")
    var force = false

    func run() async throws {
        let configuration = options.loadConfiguration()
        let held = lock.acquire(configuration)
        defer { withExtendedLifetime(held) {} }
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        let fetched = await fetch(pipeline, force: force, options: options)
        let built: BuildReport
        do {
            built = try pipeline.build()
        } catch {
            Terminal.fail(error)
        }
        report(built, options)
        if !fetched.failures.isEmpty || fetched.notReached > 0 { throw ExitCode(ExitStatus.someFailed) }
    }
}

/// `feedmerge fetch`: fetch every feed of the OPML into the store.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch", abstract: "Fetch every due feed into the store.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var lock: LockOptions

    @Flag(name: .long, help: "Fetch every feed now, ignoring backoff and update hints.")
    var force = false

    func run() async throws {
        let configuration = options.loadConfiguration()
        let held = lock.acquire(configuration)
        defer { withExtendedLifetime(held) {} }
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        let fetched = await fetch(pipeline, force: force, options: options)
        if !fetched.failures.isEmpty || fetched.notReached > 0 { throw ExitCode(ExitStatus.someFailed) }
    }
}

/// `feedmerge build`: from the store, deduplicate, tag and write every configured output.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Deduplicate, tag and write every output from the store.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var lock: LockOptions

    @Option(
        name: .long,
        help: "Build one ad hoc view instead of the configured outputs: stories matching this tag expression.")
    var filter: String?

    @Option(name: .long, help: "The ad hoc view's format: atom, rss, json or html (default atom).")
    var format: String?

    @Option(name: .long, help: "Where the ad hoc view goes: a file (replaced atomically) or - for standard output.")
    var output: String?

    @Option(name: .long, help: "The ad hoc view's newest N stories.")
    var limit: Int?

    @Option(name: .long, help: "The ad hoc view's stories of this period (e.g. 24h, 7d).")
    var since: String?

    @Option(name: .customLong("min-sources"), help: "Only stories carried by at least N outlets.")
    var minSources: Int?

    @Option(name: .long, help: "The ad hoc view's title.")
    var title: String?

    private var isAdHoc: Bool {
        filter != nil || format != nil || output != nil || limit != nil || since != nil || minSources != nil
            || title != nil
    }

    func validate() throws {
        if let format, OutputFormat(rawValue: format) == nil {
            throw ValidationError("--format '\(format)' is not one of atom, rss, json, html")
        }
        if let since, Quantity.duration(since) == nil {
            throw ValidationError("--since '\(since)' is not a duration (e.g. 24h, 7d)")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
        if let minSources, minSources < 1 { throw ValidationError("--min-sources must be at least 1") }
        if let filter {
            do {
                _ = try TagExpression.parse(filter)
            } catch {
                throw ValidationError(
                    "--filter: column \(error.column): \(error.message)\n  \(filter)\n  "
                        + String(repeating: " ", count: max(0, error.column - 1)) + "^")
            }
        }
    }

    func run() async throws {
        let configuration = options.loadConfiguration()
        let held = lock.acquire(configuration)
        defer { withExtendedLifetime(held) {} }
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        if isAdHoc {
            try writeView(pipeline)
            return
        }
        do {
            report(try pipeline.build(), options)
        } catch {
            Terminal.fail(error)
        }
    }

    /// `--filter EXPR --format FMT --output PATH|-`: one view, not the configured outputs.
    private func writeView(_ pipeline: Pipeline) throws {
        let path = output ?? "-"
        let view = OutputDefinition(
            path: path, format: format.flatMap(OutputFormat.init(rawValue:)) ?? .atom,
            title: title ?? filter ?? "All stories", limit: limit,
            filter: try filter.map { try TagExpression.parse($0) },
            since: since.flatMap(Quantity.duration), minSources: minSources)
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        if path != "-", let role = pipeline.configuration.ownFiles.role(of: absolute) {
            Terminal.error("--output \(path) is \(role), which the view would replace whole; give it a path of its own")
            throw ExitCode(ExitStatus.usage)
        }
        let data: Data
        do {
            data = try pipeline.render(view)
        } catch {
            Terminal.fail(error)
        }
        if path == "-" {
            let failure = data.withUnsafeBytes { Terminal.write($0, to: STDOUT_FILENO) }
            guard failure == 0 else {
                Terminal.error("cannot write the view to standard output: \(String(cString: strerror(failure)))")
                throw ExitCode(ExitStatus.someFailed)
            }
            return
        }
        do {
            let changed = try FeedWriter.replaceAtomically(absolute, with: data)
            if options.isChatty {
                Terminal.say("\(path) (\(view.format.rawValue), \(changed ? "written" : "unchanged"))")
            }
        } catch {
            Terminal.error("cannot write \(path): \(error.description)")
            throw ExitCode(ExitStatus.someFailed)
        }
    }
}

/// Runs the fetch with a progress bar on a terminal, then reports failures and moves.
private func fetch(_ pipeline: Pipeline, force: Bool, options: CommonOptions) async -> FetchReport {
    let bar: ProgressBar? = Terminal.isInteractive && !options.verbose ? ProgressBar() : nil
    let progress: (@Sendable (FetchProgress) -> Void)?
    if let bar {
        progress = { bar.update($0) }
    } else {
        progress = nil
    }
    let fetched: FetchReport
    do throws(PipelineError) {
        fetched = try await pipeline.fetch(force: force, progress: progress)
    } catch {
        bar?.finish()
        Terminal.fail(error)
    }
    bar?.finish()
    // A feed that has failed fewer times in a row than `report_after` is left out (unless it
    // died), and so from what cron mails; `--verbose` tells every one, and the exit status counts
    // them all.
    let reportAfter = pipeline.configuration.fetch.reportAfter
    for failure in fetched.failures
    where failure.consecutiveFailures >= reportAfter || fetched.died.contains(failure.url) || options.verbose {
        Terminal.error("feed failed: \(failure)")
    }
    // One line for the whole run: the feeds did not fail, the network did.
    if let notice = fetched.offlineNotice { Terminal.error(notice) }
    for (old, new) in fetched.moved.sorted(by: { $0.key < $1.key }) {
        Terminal.error(
            "feed moved: \(URLCredentials.masked(old)) → \(URLCredentials.masked(new)) (the store follows it; update feeds.opml when convenient)"
        )
    }
    if options.isChatty {
        Terminal.say(
            "fetched \(fetched.fetched) of \(fetched.feeds) feeds: \(fetched.updated) updated, \(fetched.unchanged) unchanged, "
                + "\(fetched.failures.count) failed"
                + (fetched.notReached > 0 ? ", \(fetched.notReached) not reached (no server could be)" : "")
                + (fetched.deferred > 0 ? ", \(fetched.deferred) put off (their site asked to wait)" : "")
                + "; \(fetched.newArticles) new articles, \(fetched.changedArticles) changed, "
                + "\(fetched.prunedArticles) pruned; \(ByteFormat.text(fetched.bytes))")
    }
    return fetched
}

private func report(_ built: BuildReport, _ options: CommonOptions) {
    guard options.isChatty else { return }
    if built.skipped {
        Terminal.say("nothing changed since the last build; outputs left as they are")
    } else {
        Terminal.say("built \(built.stories) stories from \(built.articles) articles")
    }
    for output in built.outputs {
        let state = built.written.contains(output.path) ? "written" : "unchanged"
        Terminal.say("  \(output.path) (\(output.format.rawValue), \(state))")
    }
    for path in built.removed {
        Terminal.say("  \(path) (removed: written for a topic or a tag, and no output writes it now)")
    }
}

/// Human-readable byte counts.
enum ByteFormat {
    static func text(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / 1_048_576) }
        if bytes >= 1 << 10 { return String(format: "%.0f KB", Double(bytes) / 1024) }
        return "\(bytes) bytes"
    }
}
