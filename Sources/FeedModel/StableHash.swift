/// A 64-bit FNV-1a hash: stable across runs and machines (unlike `Hasher`), for identities and
/// change detection that are stored and compared later.
public struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x100_0000_01b3
        }
    }

    public mutating func combine(_ text: String) {
        combine(text.utf8)
        combine(CollectionOfOne(0x1F))  // a separator, so ("ab","c") and ("a","bc") differ
    }

    public var value: UInt64 { state }

    /// The hash as 16 lower-case hex digits.
    public var hex: String {
        let digits = String(state, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of a document's bytes as they came, as hex: the same as `hex(_:)` of its text
    /// for a document in UTF-8. Decoding other encodings as UTF-8 first would read most bytes
    /// outside ASCII as U+FFFD, so that a correction in windows-1252 (`café` to `cafè`) or
    /// windows-1251 would hash the same.
    public static func hex(ofBytes bytes: UnsafeRawBufferPointer) -> String {
        var hash = StableHash()
        hash.combine(bytes)
        hash.combine(CollectionOfOne(0x1F))
        return hash.hex
    }

    /// The hash of `parts`, as hex.
    public static func hex(_ parts: String...) -> String {
        var hash = StableHash()
        for part in parts { hash.combine(part) }
        return hash.hex
    }
}
