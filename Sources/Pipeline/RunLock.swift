public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a file beside the database, so that two overlapping cron runs never
/// work on the same store at once. Held until released or the process ends (the kernel drops
/// `flock` locks of a dead process, so a crash never leaves a stale lock).
public final class RunLock {
    private let descriptor: Int32
    public let path: String

    private init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// The lock file for a database.
    public static func path(forDatabase database: String) -> String { database + ".lock" }

    /// Takes the lock, waiting up to `wait` seconds for another run to finish; nil when it
    /// is still held then.
    public static func acquire(path: String, wait: TimeInterval) throws(PipelineError) -> RunLock? {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw PipelineError(.store, "cannot open the lock file \(path): \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(wait)
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                return RunLock(descriptor: descriptor, path: path)
            }
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                return nil
            }
            usleep(100_000)
        }
    }
}
