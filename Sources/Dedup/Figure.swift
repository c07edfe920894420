/// A figure as a story states it: "59,141", "3.5", "3.6m", "9.9 million", "1.897" (a European
/// thousands separator). Two reports that differ only in their figures are different events,
/// so figures are read as values, whichever way they were written.
struct Figure {
    /// The value.
    var value: Double
    /// Whether it had a fractional part as written.
    var hasFraction: Bool

    /// Reads the folded word `bytes` (digits, separators, an optional unit suffix); `nextWord`
    /// is the hash of the following word, which may be a scale ("million").
    init?(_ bytes: ArraySlice<UInt8>, nextWord: UInt64?) {
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] &- 0x30 < 10 || bytes[index] == 0x2C || bytes[index] == 0x2E {
            if bytes[index] &- 0x30 < 10 {
                groups[groups.count - 1].append(bytes[index])
            } else {
                separators.append(bytes[index])
                groups.append([])
            }
            index += 1
        }
        guard let first = groups.first, !first.isEmpty else { return nil }
        let suffix = bytes[index...]
        func number(_ digits: [UInt8]) -> Double { digits.reduce(0) { $0 * 10 + Double($1 - 0x30) } }

        var integer: [UInt8] = first
        var fraction: [UInt8] = []
        if !separators.isEmpty {
            let isThousands =
                Set(separators).count == 1 && groups.dropFirst().allSatisfy { $0.count == 3 } && first.count <= 3
                && first != [0x30]
            if isThousands {
                integer = groups.flatMap { $0 }  // 59,141 / 1.897 / 1,234,567
            } else {
                integer = groups.dropLast().flatMap { $0 }  // 3.5 / 3,5 / 1,234.5
                fraction = groups.last ?? []
            }
        }
        var value = number(integer)
        if !fraction.isEmpty { value += number(fraction) / Figure.pow10(fraction.count) }
        hasFraction = fraction.contains { $0 != 0x30 }

        var scale: Double = 1
        if !suffix.isEmpty {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in suffix { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            scale = WordClasses.scales[hash] ?? 1
        } else if let nextWord, let factor = WordClasses.scales[nextWord], factor > 1e3 || nextWord == Figure.thousand {
            scale = factor
        }
        self.value = value * scale
    }

    /// Small whole numbers ("Game 3", "two-day") are in every story; larger or fractional ones
    /// are what tell one event from the next.
    var isTelling: Bool { value >= 10 || hasFraction }

    /// The value in hundredths, as stored.
    var key: Int64 { Int64((value * 100).rounded()) }

    private static let thousand = WordClasses.hash("thousand")

    private static func pow10(_ count: Int) -> Double {
        var result: Double = 1
        for _ in 0..<count { result *= 10 }
        return result
    }
}
