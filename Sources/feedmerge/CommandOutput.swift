import Foundation

/// A command's output (tables, reports, JSON lines) on its way to standard output: buffered, so
/// that a long listing costs few system calls, and written with `write(2)`, so that a failure is
/// seen. `print` (C's stdio) drops a failed write silently: `status --json > status.json` on a
/// full disk left half a document and exited 0.
final class CommandOutput: @unchecked Sendable {
    // `lock` guards `pending` and `failure`: commands print from tasks, the exit hook from
    // the main thread.
    private let lock = NSLock()
    private var pending: [UInt8] = []
    private var failure: Int32 = 0

    static let shared = CommandOutput()

    /// Adds `text`, writing out what is held once it passes 64 KB.
    func append(_ text: String) {
        lock.withLock {
            pending.append(contentsOf: text.utf8)
            if pending.count >= 1 << 16 { writeOut() }
        }
    }

    /// Writes out what is held: 0, or the `errno` of the first write that failed (then and
    /// ever since: output that went missing stays missing).
    func flush() -> Int32 {
        lock.withLock {
            writeOut()
            return failure
        }
    }

    /// `flush()` for the exit hook: it does not wait for the lock (a thread stopped holding it
    /// would otherwise keep the process from ever exiting), and leaves the output then.
    func flushAtExit() {
        guard lock.try() else { return }
        writeOut()
        lock.unlock()
    }

    private func writeOut() {
        guard !pending.isEmpty else { return }
        let result = pending.withUnsafeBytes { Terminal.write($0, to: STDOUT_FILENO) }
        if failure == 0 { failure = result }
        pending.removeAll(keepingCapacity: true)
    }
}
