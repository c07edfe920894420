import Foundation

/// A Python interpreter for checks that need a module feedmerge does not use (jsonschema, PIL):
/// Debian's `/usr/bin/python3` first, where `apt-get install python3-…` puts them, then any on
/// the PATH.
public enum PythonCheck {
    /// The first interpreter that can import `module`, or nil.
    public static func interpreter(importing module: String) async -> String? {
        let onPath = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        for candidate in ["/usr/bin/python3", "/usr/local/bin/python3"] + onPath {
            guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
            if let result = try? await ProcessRunner.run(candidate, ["-c", "import \(module)"], timeout: 30),
                result.status == 0
            {
                return candidate
            }
        }
        return nil
    }
}
