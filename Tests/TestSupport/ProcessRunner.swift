import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion, with a deadline after which it is killed (SIGKILL by pid,
/// since a child started from a test thread may not see SIGTERM).
public enum ProcessRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs the program on a thread of its own and waits without holding one of Swift's few
    /// cooperative threads (a blocked pool starves every other test).
    public static func run(
        _ executable: String, _ arguments: [String], in folder: String? = nil, timeout: Double = 120,
        environment: [String: String]? = nil
    ) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(
                    with: Swift.Result {
                        try runBlocking(executable, arguments, in: folder, timeout: timeout, environment: environment)
                    })
            }
        }
    }

    private static func runBlocking(
        _ executable: String, _ arguments: [String], in folder: String?, timeout: Double,
        environment: [String: String]?
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        if let environment { process.environment = environment }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts a program without waiting for it.
    public static func start(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil
    ) throws -> RunningProcess {
        try RunningProcess(executable, arguments, environment: environment)
    }
}

/// A program started by a test, to be killed or waited for.
public final class RunningProcess: @unchecked Sendable {
    // Set once in init; `wait` is called from one test at a time.
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()

    init(_ executable: String, _ arguments: [String], environment: [String: String]?) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.standardOutput = output
        process.standardError = errors
        try process.run()
    }

    /// Kills the program at once, as a power cut or `kill -9` would.
    public func killHard() {
        kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the end (at most `timeout` seconds, then kills it), off the cooperative pool.
    public func wait(timeout: Double = 120) async -> ProcessRunner.Result {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: self.waitBlocking(timeout: timeout)) }
        }
    }

    private func waitBlocking(timeout: Double) -> ProcessRunner.Result {
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return ProcessRunner.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
