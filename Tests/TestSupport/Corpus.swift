import Foundation

/// The shared corpus of real-world feeds, found at `$FEEDMERGE_CORPUS` or `../shared/corpus`
/// beside the checkout. A user's clone has no corpus: checks that need it say so and do not run.
public enum Corpus {
    /// The corpus folder, when present.
    public static let folder: String? = {
        if let configured = ProcessInfo.processInfo.environment["FEEDMERGE_CORPUS"],
            FileManager.default.fileExists(atPath: configured)
        {
            return configured
        }
        let beside = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/corpus").path
        return FileManager.default.fileExists(atPath: beside) ? beside : nil
    }()

    /// The large synthetic files of `make_large.py`: `$FEEDMERGE_LARGE`, the corpus's own
    /// `large/`, or `.build-bench/large` where `Benchmarks/parse/run` writes them.
    public static let largeFolder: String? = {
        var candidates: [String] = []
        if let configured = ProcessInfo.processInfo.environment["FEEDMERGE_LARGE"] { candidates.append(configured) }
        if let folder { candidates.append(folder + "/large") }
        candidates.append(PackagePaths.root + "/.build-bench/large")
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/rss2-20k.xml") }
    }()

    public static var hasLargeFiles: Bool {
        if largeFolder == nil {
            FileHandle.standardError.write(
                Data(
                    "note: the large corpus files are absent (run Benchmarks/parse/run, or set FEEDMERGE_LARGE); large-file checks do not run\n"
                        .utf8))
        }
        return largeFolder != nil
    }

    public static var isAvailable: Bool {
        if folder == nil {
            FileHandle.standardError.write(
                Data(
                    "note: the feed corpus is absent (set FEEDMERGE_CORPUS or put it at ../shared/corpus); corpus checks do not run\n"
                        .utf8))
        }
        return folder != nil
    }
}

/// The package's own folders, for tests that read the examples or run the built binary.
public enum PackagePaths {
    /// The checkout's root folder.
    public static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The folder holding the built products (the test bundle's folder).
    public static var products: String {
        let bundle = Bundle.main.bundleURL
        var folder =
            bundle.hasDirectoryPath && bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("feedmerge").path) {
            folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        }
        return folder.path
    }
}
