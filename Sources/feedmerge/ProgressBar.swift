import Foundation
import Pipeline

/// A one-line progress bar on the terminal: feeds done of total, bytes, errors.
final class ProgressBar: @unchecked Sendable {
    // `lock` guards `lastDraw` and `drawn`; updates come from the fetch task.
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    func update(_ progress: FetchProgress) {
        lock.withLock {
            let now = Date()
            guard progress.done == progress.total || now.timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = now
            drawn = true
            let width = 30
            let filled = progress.total > 0 ? width * progress.done / progress.total : width
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            let line =
                "\r[\(bar)] \(progress.done)/\(progress.total) feeds, \(ByteFormat.text(progress.bytes)), "
                + "\(progress.errors) errors"
            Terminal.write(line, to: STDOUT_FILENO)
        }
    }

    func finish() {
        lock.withLock {
            if drawn { Terminal.write("\r\u{1B}[K", to: STDOUT_FILENO) }
        }
    }
}
