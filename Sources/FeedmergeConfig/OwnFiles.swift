import Foundation

/// The files feedmerge keeps for itself: the configuration, the subscription list, the database
/// and the files SQLite and the run lock keep beside it. An output replaces its file whole, so
/// an output path that names one of these (a slip of `path: feeds.opml` for `feeds.rss`) would
/// destroy the subscriptions or the state; no output may.
public struct OwnFiles: Sendable {
    private let files: [(path: String, identity: [UInt64]?, role: String)]

    /// The own files of the configuration at `configuration`, listing `feeds` and keeping its
    /// state in `database` (absolute paths).
    public init(configuration: String, feeds: String, database: String) {
        files = [
            (configuration, "this configuration file"),
            (feeds, "the subscription list (feeds:)"),
            (database, "the database (database:)"),
            (database + "-wal", "the database's write-ahead log"),
            (database + "-shm", "the database's shared memory index"),
            (database + "-journal", "the database's rollback journal"),
            (database + ".lock", "the run lock"),
        ].map { path, role in
            let canonical = OwnFiles.canonical(path)
            return (canonical, OwnFiles.identity(canonical), role)
        }
    }

    /// What `path` is to feedmerge when it is one of its own files (`the database (database:)`),
    /// or nil. The same file under another spelling (`./`, `..`, a symbolic link, a hard link)
    /// counts as the same (the own files' device and inode are read once, when this is made).
    public func role(of path: String) -> String? {
        let canonical = OwnFiles.canonical(path)
        let identity = OwnFiles.identity(canonical)
        for file in files {
            if file.path == canonical { return file.role }
            if let identity, identity == file.identity { return file.role }
        }
        return nil
    }

    /// The roles of two own files that are one file (`feeds:` naming the database), or nil.
    public var sharedFile: (first: String, second: String)? {
        for (index, file) in files.enumerated() {
            for other in files[(index + 1)...] {
                if file.path == other.path || (file.identity != nil && file.identity == other.identity) {
                    return (file.role, other.role)
                }
            }
        }
        return nil
    }

    /// Absolute, with `.`, `..` and symbolic links in the folders resolved (the file itself
    /// need not exist yet).
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        var resolved = folder.appendingPathComponent(url.lastPathComponent)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: resolved.path) {
            resolved = URL(fileURLWithPath: target, relativeTo: folder).standardizedFileURL
        }
        return resolved.path
    }

    /// The device and inode of an existing file: one file under two names has one.
    private static func identity(_ path: String) -> [UInt64]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        else { return nil }
        return [device, inode]
    }
}
