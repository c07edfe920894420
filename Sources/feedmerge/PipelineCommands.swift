import ArgumentParser
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
        report(built, configuration, options)
        if !fetched.failures.isEmpty { throw ExitCode(ExitStatus.someFailed) }
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
        if !fetched.failures.isEmpty { throw ExitCode(ExitStatus.someFailed) }
    }
}

/// `feedmerge build`: from the store, deduplicate, tag and write every configured output.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Deduplicate, tag and write every output from the store.")

    @OptionGroup var options: CommonOptions
    @OptionGroup var lock: LockOptions

    func run() async throws {
        let configuration = options.loadConfiguration()
        let held = lock.acquire(configuration)
        defer { withExtendedLifetime(held) {} }
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        do {
            report(try pipeline.build(), configuration, options)
        } catch {
            Terminal.fail(error)
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
    for failure in fetched.failures {
        Terminal.error("feed failed: \(failure)")
    }
    for (old, new) in fetched.moved.sorted(by: { $0.key < $1.key }) {
        Terminal.error("feed moved: \(old) → \(new) (the store follows it; update feeds.opml when convenient)")
    }
    if options.isChatty {
        Terminal.say(
            "fetched \(fetched.fetched) of \(fetched.feeds) feeds: \(fetched.updated) updated, \(fetched.unchanged) unchanged, "
                + "\(fetched.failures.count) failed; \(fetched.newArticles) new articles, \(fetched.changedArticles) changed, "
                + "\(fetched.prunedArticles) pruned; \(ByteFormat.text(fetched.bytes))")
    }
    return fetched
}

private func report(_ built: BuildReport, _ configuration: Configuration, _ options: CommonOptions) {
    guard options.isChatty else { return }
    if built.skipped {
        Terminal.say("nothing changed since the last build; outputs left as they are")
    } else {
        Terminal.say("built \(built.stories) stories from \(built.articles) articles")
    }
    for output in configuration.outputs {
        let state = built.written.contains(output.path) ? "written" : "unchanged"
        Terminal.say("  \(output.path) (\(output.format.rawValue), \(state))")
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
