/// RFC 3492's Punycode, decoding only: how an internationalized host name's labels are written
/// in ASCII (`xn--d1aholi` is `рнидс`). Outlets link to their pages one way, aggregators and
/// crawlers the other.
enum Punycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700
    private static let initialBias = 72
    private static let initialN = 128

    /// The Unicode scalars `encoded` (a label without its `xn--`) stands for, or nil when it is
    /// not valid Punycode (a bad digit, an overflow, a code point out of range).
    static func decode(_ encoded: some Collection<UInt8>) -> String? {
        let input = Array(encoded)
        var output: [Unicode.Scalar] = []
        // The basic code points come first, up to the last delimiter.
        let delimiter = input.lastIndex(of: 0x2D) ?? 0
        for byte in input[..<delimiter] {
            guard byte < 0x80 else { return nil }
            output.append(Unicode.Scalar(byte))
        }
        var position = delimiter > 0 ? delimiter + 1 : 0
        var n = initialN
        var i = 0
        var bias = initialBias
        while position < input.count {
            let oldI = i
            var weight = 1
            var k = base
            while true {
                guard position < input.count, let digit = digitValue(input[position]) else { return nil }
                position += 1
                let (added, overflow) = digit.multipliedReportingOverflow(by: weight)
                guard !overflow, i <= Int(Int32.max) - added else { return nil }
                i += added
                let threshold = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if digit < threshold { break }
                let (next, weightOverflow) = weight.multipliedReportingOverflow(by: base - threshold)
                guard !weightOverflow, next <= Int(Int32.max) else { return nil }
                weight = next
                k += base
            }
            let count = output.count + 1
            bias = adapt(i - oldI, count: count, isFirst: oldI == 0)
            n += i / count
            i %= count
            guard let scalar = Unicode.Scalar(UInt32(clamping: n)), n >= 0x80 else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: output)
        return text
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte) - 0x30 + 26
        case 0x41...0x5A: return Int(byte) - 0x41
        case 0x61...0x7A: return Int(byte) - 0x61
        default: return nil
        }
    }

    private static func adapt(_ delta: Int, count: Int, isFirst: Bool) -> Int {
        var delta = isFirst ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
