public import Foundation

/// Durations and sizes as the configuration writes them.
public enum Quantity {
    /// `30s`, `5m`, `2h`, `7d`, `1w`, `500ms`, or a plain number of seconds.
    public static func duration(_ text: String) -> TimeInterval? {
        let units: [(String, Double)] = [
            ("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600), ("d", 86_400), ("w", 604_800),
        ]
        return number(text, units: units, plainUnit: 1)
    }

    /// `20MB`, `512KB`, `1GB` (binary multiples: 1 KB = 1,024 bytes), `MiB` forms too, or bytes.
    public static func byteCount(_ text: String) -> Int? {
        let units: [(String, Double)] = [
            ("kib", 1024), ("mib", 1_048_576), ("gib", 1_073_741_824), ("kb", 1024), ("mb", 1_048_576),
            ("gb", 1_073_741_824), ("k", 1024), ("m", 1_048_576), ("g", 1_073_741_824), ("b", 1),
        ]
        return number(text, units: units, plainUnit: 1).map { Int($0) }
    }

    private static func number(_ text: String, units: [(String, Double)], plainUnit: Double) -> Double? {
        let compact = text.lowercased().replacingOccurrences(of: " ", with: "")
        guard !compact.isEmpty else { return nil }
        if let value = Double(compact), value >= 0, value.isFinite { return value * plainUnit }
        for (suffix, factor) in units.sorted(by: { $0.0.count > $1.0.count }) where compact.hasSuffix(suffix) {
            guard let value = Double(compact.dropLast(suffix.count)), value >= 0, value.isFinite else { return nil }
            return value * factor
        }
        return nil
    }
}
