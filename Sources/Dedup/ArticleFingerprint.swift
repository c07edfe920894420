public import Foundation

/// What deduplication compares of an article, computed once from its cleaned text and stored, so
/// that comparing two articles never reads their text again.
///
/// Every feature is a sorted, duplicate-free array of 32-bit hashes, so that overlaps are merges
/// of two short arrays.
public struct ArticleFingerprint: Sendable, Hashable {
    /// When the article was published (or first seen): the time window is measured from it.
    public var date: Date
    /// Phrases of the body: hashes of every run of three words (of the first 250 words), which a
    /// copy keeps and a retelling does not.
    var shingles: [UInt32]
    /// Content words of the title, stemmed.
    var titleWords: [UInt32]
    /// Content words of the title and body, stemmed: what a retelling in other words still shares.
    var words: [UInt32]
    /// Names (capitalized words that are not function words or calendar words), by a key that
    /// survives transliteration: "Rutte"/"Rute", "Khashoggi"/"Hashoggi", "Vučić"/"Vucic".
    var names: [UInt32]
    /// Figures of title and body (values times 100), the ones that tell events apart: every
    /// figure of 10 or more, and every figure with a fraction.
    var figures: [Int64]
    /// How many words the cleaned body has.
    public var length: Int32

    init(
        date: Date, shingles: [UInt32], titleWords: [UInt32], words: [UInt32], names: [UInt32], figures: [Int64],
        length: Int32
    ) {
        self.date = date
        self.shingles = shingles
        self.titleWords = titleWords
        self.words = words
        self.names = names
        self.figures = figures
        self.length = length
    }

    /// True when there is nothing to compare (no title, no text).
    public var isEmpty: Bool { titleWords.isEmpty && words.isEmpty }

    // MARK: Storage

    private static let format: UInt8 = 1

    /// A compact binary form for the store.
    public var encoded: Data {
        var data = Data()
        data.reserveCapacity(
            24 + 4 * (shingles.count + titleWords.count + words.count + names.count) + 8 * figures.count)
        data.append(ArticleFingerprint.format)
        append(date.timeIntervalSince1970.bitPattern, to: &data)
        append(UInt32(bitPattern: length), to: &data)
        for array in [shingles, titleWords, words, names] {
            append(UInt32(array.count), to: &data)
            for value in array { append(value, to: &data) }
        }
        append(UInt32(figures.count), to: &data)
        for value in figures { append(UInt64(bitPattern: value), to: &data) }
        return data
    }

    /// Reads `encoded`; nil when the bytes are not a fingerprint of this format.
    public init?(encoded data: Data) {
        var reader = Reader(bytes: [UInt8](data))
        guard reader.byte() == ArticleFingerprint.format, let bits = reader.uint64(), let length = reader.uint32()
        else { return nil }
        var arrays: [[UInt32]] = []
        for _ in 0..<4 {
            guard let count = reader.uint32(), Int(count) <= reader.remaining / 4 else { return nil }
            var array: [UInt32] = []
            array.reserveCapacity(Int(count))
            for _ in 0..<count { array.append(reader.uint32() ?? 0) }
            arrays.append(array)
        }
        guard let count = reader.uint32(), Int(count) * 8 == reader.remaining else { return nil }
        let figures = (0..<count).map { _ in Int64(bitPattern: reader.uint64() ?? 0) }
        self.init(
            date: Date(timeIntervalSince1970: Double(bitPattern: bits)), shingles: arrays[0], titleWords: arrays[1],
            words: arrays[2], names: arrays[3], figures: figures, length: Int32(bitPattern: length))
    }

    private func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        var remaining: Int { bytes.count - offset }

        mutating func byte() -> UInt8? {
            guard offset < bytes.count else { return nil }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func uint32() -> UInt32? {
            guard remaining >= 4 else { return nil }
            var value: UInt32 = 0
            for shift in 0..<4 { value |= UInt32(bytes[offset + shift]) << (8 * shift) }
            offset += 4
            return value
        }

        mutating func uint64() -> UInt64? {
            guard remaining >= 8 else { return nil }
            var value: UInt64 = 0
            for shift in 0..<8 { value |= UInt64(bytes[offset + shift]) << (8 * shift) }
            offset += 8
            return value
        }
    }
}
