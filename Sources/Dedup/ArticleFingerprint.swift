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
    /// The first few phrases of the body, in order: what a truncated copy surely keeps, and so
    /// what the candidate index always follows.
    var lead: [UInt32]
    /// Content words of the title, stemmed.
    var titleWords: [UInt32]
    /// Content words of the title and body, stemmed: what a retelling in other words still shares.
    var words: [UInt32]
    /// Names (capitalized words that are not function words or calendar words), by a key that
    /// survives transliteration: "Rutte"/"Rute", "Khashoggi"/"Hashoggi", "Vučić"/"Vucic".
    var names: [UInt32]
    /// The names of the title (among `names`): what an item of a feed's template is about (the
    /// road of a traffic alert, the winner of an award), where the rest of its title and text
    /// are the template's.
    var titleNames: [UInt32] = []
    /// Figures of title and body (values times 100), the ones that tell events apart: every
    /// figure of 10 or more, and every figure with a fraction.
    var figures: [Int64]
    /// How many words the cleaned body has.
    public var length: Int32
    /// The article's own files (hashed addresses: audio, video, torrents, documents): two items
    /// of one feed with files of their own are two episodes, however alike their descriptions.
    var media: [UInt32] = []
    /// The numbers the title gives as the item's place in a series (`part 2`, `episode 17`,
    /// `day 300`, `game 5`, `2 of 3`): two items whose titles give other places are two parts,
    /// however much their texts share (a series' introduction, its vocabulary).
    var seriesNumbers: [UInt32] = []

    init(
        date: Date, shingles: [UInt32], lead: [UInt32], titleWords: [UInt32], words: [UInt32], names: [UInt32],
        figures: [Int64], length: Int32
    ) {
        self.date = date
        self.shingles = shingles
        self.lead = lead
        self.titleWords = titleWords
        self.words = words
        self.names = names
        self.figures = figures
        self.length = length
    }

    /// True when there is nothing to compare (no title, no text).
    public var isEmpty: Bool { titleWords.isEmpty && words.isEmpty }

    // MARK: Storage

    private static let format: UInt8 = 5
    /// The format before `seriesNumbers`, still read (as having none) until its article is placed
    /// again.
    private static let formatWithoutSeries: UInt8 = 4

    /// A compact binary form for the store.
    public var encoded: Data {
        var data = Data()
        data.reserveCapacity(
            36 + 4
                * (shingles.count + lead.count + titleWords.count + words.count + names.count + media.count
                    + titleNames.count + seriesNumbers.count)
                + 8 * figures.count)
        data.append(ArticleFingerprint.format)
        append(date.timeIntervalSince1970.bitPattern, to: &data)
        append(UInt32(bitPattern: length), to: &data)
        for array in [shingles, lead, titleWords, words, names] {
            append(UInt32(array.count), to: &data)
            for value in array { append(value, to: &data) }
        }
        append(UInt32(figures.count), to: &data)
        for value in figures { append(value, to: &data) }
        append(UInt32(media.count), to: &data)
        for value in media { append(value, to: &data) }
        append(UInt32(titleNames.count), to: &data)
        for value in titleNames { append(value, to: &data) }
        append(UInt32(seriesNumbers.count), to: &data)
        for value in seriesNumbers { append(value, to: &data) }
        return data
    }

    /// Reads `encoded`; nil when the bytes are not a fingerprint of this format.
    ///
    /// A build reads the fingerprints of every article in the window of the new ones, so the
    /// arrays are copied whole rather than value by value.
    public init?(encoded data: Data) {
        let parsed: ArticleFingerprint? = data.withUnsafeBytes { raw -> ArticleFingerprint? in
            var offset = 0
            func read<T: FixedWidthInteger>(_: T.Type) -> T? {
                guard offset + MemoryLayout<T>.size <= raw.count else { return nil }
                defer { offset += MemoryLayout<T>.size }
                return T(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: T.self))
            }
            func readArray<T: FixedWidthInteger>(_: T.Type) -> [T]? {
                guard let count = read(UInt32.self), Int(count) <= (raw.count - offset) / MemoryLayout<T>.size else {
                    return nil
                }
                let array = [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                    let bytes = UnsafeMutableRawBufferPointer(buffer)
                    bytes.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + bytes.count)]))
                    initialized = Int(count)
                }
                offset += Int(count) * MemoryLayout<T>.size
                return array.map { T(littleEndian: $0) }
            }
            guard let format = read(UInt8.self),
                format == ArticleFingerprint.format || format == ArticleFingerprint.formatWithoutSeries,
                let bits = read(UInt64.self),
                let length = read(UInt32.self), let shingles = readArray(UInt32.self),
                let lead = readArray(UInt32.self),
                let titleWords = readArray(UInt32.self), let words = readArray(UInt32.self),
                let names = readArray(UInt32.self), let figures = readArray(Int64.self),
                let media = readArray(UInt32.self), let titleNames = readArray(UInt32.self)
            else { return nil }
            var seriesNumbers: [UInt32] = []
            if format == ArticleFingerprint.format {
                guard let numbers = readArray(UInt32.self) else { return nil }
                seriesNumbers = numbers
            }
            guard offset == raw.count else { return nil }
            var fingerprint = ArticleFingerprint(
                date: Date(timeIntervalSince1970: Double(bitPattern: bits)), shingles: shingles, lead: lead,
                titleWords: titleWords, words: words, names: names, figures: figures,
                length: Int32(bitPattern: length))
            fingerprint.media = media
            fingerprint.titleNames = titleNames
            fingerprint.seriesNumbers = seriesNumbers
            return fingerprint
        }
        guard let parsed else { return nil }
        self = parsed
    }

    private func append<T: FixedWidthInteger>(_ value: T, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }
}
