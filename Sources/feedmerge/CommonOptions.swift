import ArgumentParser
import FeedmergeConfig
import Foundation
import Pipeline

/// Options every pipeline command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "The configuration file.")
    var config: String = "feedmerge.yaml"

    @Flag(name: .shortAndLong, help: "Tell what happens, not only what fails.")
    var verbose = false

    /// The configuration, or exit 2 with an error naming the file, line and key.
    func loadConfiguration() -> Configuration {
        do {
            return try Configuration.load(path: config)
        } catch {
            Terminal.error(error.description)
            Foundation.exit(ExitStatus.usage)
        }
    }

    /// Whether to report progress and summaries (always when asked, else only on a terminal).
    var isChatty: Bool { verbose || isatty(STDOUT_FILENO) == 1 }
}

/// Messages for people: problems to standard error, progress to standard output.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("feedmerge: " + message + "\n").utf8))
    }

    static func say(_ message: String) {
        FileHandle.standardOutput.write(Data((message + "\n").utf8))
    }

    /// Reports a pipeline error and exits with the status its kind calls for.
    static func fail(_ error: PipelineError) -> Never {
        Terminal.error(error.message)
        switch error.code {
        case .subscriptions, .store: Foundation.exit(ExitStatus.usage)
        default: Foundation.exit(ExitStatus.someFailed)
        }
    }
}
