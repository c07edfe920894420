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
        // One pass, no allocation: every number in every article comes through here.
        var digits = 0
        var all: Double = 0  // every digit, as one integer
        var beforeLast: Double = 0  // the digits before the last separator
        var group = 0  // digits in the current group
        var firstGroup = 0
        var firstGroupIsZero = true
        var separators = 0
        var sawComma = false
        var sawDot = false
        var trailingGroupsOfThree = true
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                digits += 1
                group += 1
                all = all * 10 + Double(byte - 0x30)
                if separators == 0 && byte != 0x30 { firstGroupIsZero = false }
            } else if byte == 0x2C || byte == 0x2E {
                if separators == 0 { firstGroup = group } else if group != 3 { trailingGroupsOfThree = false }
                if byte == 0x2C { sawComma = true } else { sawDot = true }
                separators += 1
                beforeLast = all
                group = 0
            } else {
                break
            }
            index += 1
        }
        if separators == 0 { firstGroup = group } else if group != 3 { trailingGroupsOfThree = false }
        // A run of digits longer than any figure (an id, a phone number, hostile input) is not
        // a figure, and would not fit the stored form.
        guard firstGroup > 0, digits <= 15 else { return nil }
        let suffix = bytes[index...]

        var value = all
        hasFraction = false
        if separators > 0 {
            let isThousands = !(sawComma && sawDot) && trailingGroupsOfThree && firstGroup <= 3 && !firstGroupIsZero
            if !isThousands {
                // 3.5 / 3,5 / 1,234.5: the last separator is the decimal point.
                let fraction = all - beforeLast * Figure.pow10(group)
                value = beforeLast + fraction / Figure.pow10(group)
                hasFraction = fraction != 0
            }
            // Otherwise 59,141 / 1.897 / 1,234,567: thousands separators, `all` is the value.
        }

        var scale: Double = 1
        if !suffix.isEmpty {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in suffix { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            scale = WordClasses.scales[hash] ?? 1
        } else if let nextWord, let factor = WordClasses.scales[nextWord], factor > 1e3 || nextWord == Figure.thousand {
            scale = factor
        }
        guard value * scale < 1e15 else { return nil }
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
