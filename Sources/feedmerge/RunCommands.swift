import ArgumentParser
import FeedWriter
import FeedmergeConfig
import Foundation
import Pipeline

/// `feedmerge run`: fetch, then build. What cron calls.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Fetch every feed, then build every output (what cron calls).")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, log: logger(options))
        let fetched: FetchReport
        do {
            fetched = try await pipeline.fetch()
        } catch {
            Terminal.fail(error)
        }
        report(fetched, options)
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
    static let configuration = CommandConfiguration(commandName: "fetch", abstract: "Fetch every feed into the store.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, log: logger(options))
        let fetched: FetchReport
        do {
            fetched = try await pipeline.fetch()
        } catch {
            Terminal.fail(error)
        }
        report(fetched, options)
        if !fetched.failures.isEmpty { throw ExitCode(ExitStatus.someFailed) }
    }
}

/// `feedmerge build`: from the store, deduplicate, tag and write every configured output.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Deduplicate, tag and write every output from the store.")

    @OptionGroup var options: CommonOptions

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, log: logger(options))
        do {
            report(try pipeline.build(), configuration, options)
        } catch {
            Terminal.fail(error)
        }
    }
}

private func logger(_ options: CommonOptions) -> @Sendable (String) -> Void {
    let verbose = options.verbose
    return { message in
        if verbose { Terminal.error(message) }
    }
}

private func report(_ fetched: FetchReport, _ options: CommonOptions) {
    for failure in fetched.failures {
        Terminal.error("feed failed: \(failure)")
    }
    if options.isChatty {
        Terminal.say(
            "fetched \(fetched.feeds) feeds: \(fetched.updated) updated, \(fetched.unchanged) unchanged, "
                + "\(fetched.failures.count) failed; \(fetched.newArticles) new articles, \(fetched.changedArticles) changed"
        )
    }
}

private func report(_ built: BuildReport, _ configuration: Configuration, _ options: CommonOptions) {
    guard options.isChatty else { return }
    Terminal.say("built \(built.stories) stories from \(built.articles) articles")
    for output in configuration.outputs {
        let state = built.written.contains(output.path) ? "written" : "unchanged"
        Terminal.say("  \(output.path) (\(output.format.rawValue), \(state))")
    }
}
