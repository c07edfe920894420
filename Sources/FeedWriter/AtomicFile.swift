public import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Replaces a file so that readers see either the old content or the new, never a mix: the new
/// content goes to a temporary file in the same folder, is synced, and is renamed over the old.
/// A file whose content would not change is left alone, so its mtime and a web server's ETag stay.
///
/// A symbolic link is followed: the file it points to is replaced (a published `all.xml` linked
/// from the web server's folder), not the link, which a rename would turn into a file of its own
/// while the page served went stale. The file keeps its permissions (and, for root, its owner).
public enum AtomicFile {
    /// Writes `data` to `requested`; returns false when the file already held exactly that.
    @discardableResult
    public static func write(_ data: Data, to requested: String) throws(OutputError) -> Bool {
        // The kind of file is what `requested` leads to (the kernel follows every link, `/proc`'s
        // too); where to write is the last link's target.
        var existing = stat()
        let exists = stat(requested, &existing) == 0
        let path = try target(of: requested)
        if exists, let kind = kindOtherThanFile(existing.st_mode) {
            // Renamed over, a device or a pipe would be gone: as root, `/dev/null` made a file.
            throw OutputError(
                path: requested,
                "is \(kind), not a file: an output replaces its file whole, so it must be a file's path (or `-`, "
                    + "standard output, for a view)")
        }
        if exists, let contents = FileManager.default.contents(atPath: path), contents == data { return false }
        let (directory, name) = split(path)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: path, "cannot create the folder \(directory): \(error.localizedDescription)")
        }
        var template = Array("\(directory)/\(temporaryPrefix(name))XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw OutputError(
                path: path, "cannot create a temporary file in \(directory): \(String(cString: strerror(errno)))")
        }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        var failure: String?
        data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = "cannot write: \(String(cString: strerror(errno)))"
                    return
                }
                offset += written
            }
        }
        if failure == nil && fchmod(descriptor, exists ? existing.st_mode & 0o7777 : 0o644) != 0 {
            failure = "cannot set permissions"
        }
        if failure == nil && exists && geteuid() == 0 && (existing.st_uid != 0 || existing.st_gid != 0) {
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        }
        if failure == nil && fsync(descriptor) != 0 { failure = "cannot sync: \(String(cString: strerror(errno)))" }
        close(descriptor)
        if failure == nil && rename(temporary, path) != 0 {
            failure = "cannot replace the file: \(String(cString: strerror(errno)))"
        }
        if let failure {
            unlink(temporary)
            throw OutputError(path: path == requested ? path : "\(requested) (a link to \(path))", failure)
        }
        // Make the rename itself durable.
        let folderDescriptor = open(directory, O_RDONLY | O_DIRECTORY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return true
    }

    /// The file `path` names, following symbolic links (a link to a link too, relative ones from
    /// the link's folder); `path` itself when it is no link or does not exist.
    private static func target(of path: String) throws(OutputError) -> String {
        var current = path
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        for _ in 0..<40 {
            let length = buffer.withUnsafeMutableBufferPointer { readlink(current, $0.baseAddress!, $0.count - 1) }
            guard length > 0 else { return current }
            let link = String(decoding: buffer[..<length], as: UTF8.self)
            current = link.hasPrefix("/") ? link : split(current).directory + "/" + link
        }
        throw OutputError(path: path, "is a symbolic link that leads to itself (a loop of links)")
    }

    /// What a file of `mode` is, when it is not a regular file.
    private static func kindOtherThanFile(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    /// The folder `path` is in and its file name. Not NSString's path methods: Foundation traps on
    /// some one-character paths.
    private static func split(_ path: String) -> (directory: String, name: String) {
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return (directory, name)
    }

    /// What the temporary files for `name` begin with; `mkstemp` adds six letters and digits.
    private static func temporaryPrefix(_ name: String) -> String { "." + name + "." }

    /// Removes the temporary files that writes of `paths` left when their process died between
    /// creating one and renaming it (killed, `timeout` in cron, the machine stopped), untouched
    /// since `before`; returns their paths. Only names this type makes are looked at: a dot,
    /// an output's file name, a dot and six letters or digits.
    static func removeLeftovers(of paths: [String], untouchedSince before: Date) -> [String] {
        var namesByFolder: [String: Set<String>] = [:]
        for path in paths where path != "-" {
            let (directory, name) = split((try? target(of: path)) ?? path)
            namesByFolder[directory, default: []].insert(temporaryPrefix(name))
        }
        var removed: [String] = []
        for (directory, prefixes) in namesByFolder.sorted(by: { $0.key < $1.key }) {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for entry in entries.sorted() where entry.hasPrefix(".") {
                let suffix = entry.utf8.suffix(6)
                guard suffix.count == 6, suffix.allSatisfy(isTemplateCharacter),
                    prefixes.contains(String(decoding: entry.utf8.dropLast(6), as: UTF8.self))
                else { continue }
                let path = directory + "/" + entry
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                    attributes[.type] as? FileAttributeType == .typeRegular,
                    let modified = attributes[.modificationDate] as? Date, modified < before,
                    (try? FileManager.default.removeItem(atPath: path)) != nil
                else { continue }
                removed.append(path)
            }
        }
        return removed
    }

    private static func isTemplateCharacter(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}

/// An output file that could not be written.
public struct OutputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
