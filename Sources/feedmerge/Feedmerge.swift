import ArgumentParser
import Foundation

/// The `feedmerge` command: argument parsing only; the work is in the library modules.
@main
struct Feedmerge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedmerge",
        abstract: "Merge many news feeds into one: each story once, tagged by topic.",
        subcommands: [
            RunCommand.self, FetchCommand.self, BuildCommand.self, ParseCommand.self, StatusCommand.self,
            ReviveCommand.self, ClustersCommand.self, ExplainCommand.self, TagsCommand.self, AddCommand.self,
            RemoveCommand.self,
        ]
    )

    /// Usage and configuration errors exit with 2 (ArgumentParser would use 64).
    static func main() async {
        // Commands that end early (`Foundation.exit`) leave nothing of their output behind.
        atexit { CommandOutput.shared.flushAtExit() }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            // A table or JSON written to a file on a full disk is cut short: not a success.
            let failure = CommandOutput.shared.flush()
            if failure != 0 {
                Terminal.error("cannot write to standard output: \(String(cString: strerror(failure)))")
                Foundation.exit(ExitStatus.someFailed)
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                Terminal.write(fullMessage(for: error) + "\n", to: STDERR_FILENO)
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}

/// The exit statuses of the CLI contract.
enum ExitStatus {
    static let success: Int32 = 0
    /// The run finished, but some feeds (or inputs) failed, or no server could be reached.
    static let someFailed: Int32 = 1
    /// Usage or configuration error.
    static let usage: Int32 = 2
}
