import ArgumentParser
import FeedModel
import FeedText
import FeedmergeConfig
import Foundation
import Logging
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
    var isChatty: Bool { verbose || Terminal.isInteractive }

    /// A logger writing to standard error: notices and worse by default, everything with --verbose.
    func makeLogger() -> Logger {
        var logger = Logger(label: "feedmerge") { _ in TerminalLogHandler() }
        logger.logLevel = verbose ? .debug : .notice
        return logger
    }
}

/// Options of the commands that change the store or the outputs, and so take the run lock.
struct LockOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Seconds to wait for an overlapping run to finish. If it is still running then, this run is skipped "
                + "with a notice and exit status 0; with --wait 0 it fails at once with status 1.",
            valueName: "seconds"))
    var wait: Double = 10

    /// Takes the lock beside the database, or ends the process as `--wait` says.
    func acquire(_ configuration: Configuration) -> RunLock {
        let path = RunLock.path(forDatabase: configuration.databasePath)
        do {
            if let lock = try RunLock.acquire(path: path, wait: wait) { return lock }
        } catch {
            Terminal.fail(error)
        }
        if wait <= 0 {
            Terminal.error("another feedmerge run holds \(path); not waiting (--wait 0)")
            Foundation.exit(ExitStatus.someFailed)
        }
        Terminal.error("another feedmerge run still holds \(path) after \(Int(wait)) s; this run is skipped")
        Foundation.exit(ExitStatus.success)
    }
}

/// Messages for people: problems to standard error, progress to standard output. What they
/// carry from feeds (titles, names, error messages quoting a document) is shown, never obeyed:
/// control characters are written as U+FFFD (see `ControlCharacters`), so that a title holding
/// `ESC ]0;…BEL` or `ESC [2J`, stored by an earlier version, cannot retitle or clear the terminal.
enum Terminal {
    static let isInteractive = isatty(STDOUT_FILENO) == 1

    static func error(_ message: String) {
        _ = CommandOutput.shared.flush()
        write("feedmerge: " + ControlCharacters.shownSafely(message) + "\n", to: STDERR_FILENO)
    }

    static func say(_ message: String) {
        _ = CommandOutput.shared.flush()
        write(ControlCharacters.shownSafely(message) + "\n", to: STDOUT_FILENO)
    }

    /// Writes all of `text` to `descriptor`, or as much as it takes (a log on a full disk,
    /// `/dev/full`, a closed pipe). Foundation's `FileHandle.write(_:)` traps then: a cron job
    /// whose log filled the disk stopped at its first message, before any output was written.
    /// A message that cannot be written is lost, and the run goes on.
    static func write(_ text: String, to descriptor: Int32) {
        var text = text
        _ = text.withUTF8 { write(UnsafeRawBufferPointer($0), to: descriptor) }
    }

    /// Writes all of `bytes` to `descriptor`: 0, or the `errno` of the write that failed.
    static func write(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var done = 0
        while done < bytes.count {
            let count = Glibc.write(descriptor, base + done, bytes.count - done)
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return errno }
            if count == 0 { return EIO }
            done += count
        }
        return 0
    }

    /// A remark on a command's output (why it is empty, what to try), on standard error after
    /// the output, also when both go down one pipe.
    static func note(_ message: String) {
        _ = CommandOutput.shared.flush()
        write(ControlCharacters.shownSafely(message) + "\n", to: STDERR_FILENO)
    }

    /// A command's output (a table, a report, JSON lines), through `CommandOutput`'s buffer.
    static func show(_ text: String) {
        CommandOutput.shared.append(ControlCharacters.shownSafely(text) + "\n")
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

/// swift-log output for a cron job: one plain line per message on standard error.
struct TerminalLogHandler: LogHandler {
    var logLevel: Logger.Level = .notice
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix = event.level >= .warning ? "\(event.level): " : ""
        // The fetch logs feeds by their URLs, and cron mails what is printed.
        Terminal.error(prefix + URLCredentials.maskingEvery(in: "\(event.message)"))
    }
}
