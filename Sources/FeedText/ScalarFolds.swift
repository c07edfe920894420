import Foundation

/// How `FoldedText` folds one Unicode scalar, looked up in a flat table for everything below
/// U+2100 (Latin, Greek, Cyrillic, punctuation), so that news text never reaches the slow
/// Unicode property machinery.
struct ScalarFolds: Sendable {
    enum Fold {
        /// Not part of a word.
        case separator
        /// A combining mark: part of the word, adds nothing.
        case mark
        /// Part of a word, folded to these UTF-8 bytes.
        case letters(ArraySlice<UInt8>, isUpper: Bool)
        /// A word by itself: scripts written without spaces (Han, kana) have one word a character.
        case ideograph(ArraySlice<UInt8>)
    }

    private struct Entry {
        var offset: UInt32
        var length: UInt8
        /// 0 separator, 1 mark, 2 letters, 3 upper-case letters.
        var kind: UInt8
    }

    static let shared = ScalarFolds()
    private static let tableEnd: UInt32 = 0x2100

    private let entries: [Entry]
    private let pool: [UInt8]
    /// U+0400–U+04FF in each spelling but Serbian (`spellings`, in that order): for each letter,
    /// its fold inside a word, then at the start of one.
    private let otherSpellings: [[Entry]]
    private static let spellings: [CyrillicSpelling] = [.ukrainian, .russian, .macedonian, .bulgarian]

    private init() {
        var entries: [Entry] = []
        var pool: [UInt8] = []
        entries.reserveCapacity(Int(ScalarFolds.tableEnd))
        let known = FoldTable.shared.entries
        for value in 0..<ScalarFolds.tableEnd {
            guard let scalar = Unicode.Scalar(value) else {
                entries.append(Entry(offset: 0, length: 0, kind: 0))
                continue
            }
            let fold: (folded: String, cased: String)?
            if value < 0x80 {
                fold = TextNormalizer.fold(scalar)
            } else if let entry = known[value] {
                fold = entry.isSeparator ? nil : (entry.folded, entry.cased)
            } else {
                fold = FoldTable.computeFold(scalar)
            }
            guard let fold else {
                entries.append(Entry(offset: 0, length: 0, kind: 0))
                continue
            }
            if fold.folded.isEmpty {
                entries.append(Entry(offset: 0, length: 0, kind: 1))
                continue
            }
            let bytes = Array(fold.folded.utf8)
            let isUpper = fold.cased != fold.folded
            entries.append(Entry(offset: UInt32(pool.count), length: UInt8(bytes.count), kind: isUpper ? 3 : 2))
            pool.append(contentsOf: bytes)
        }
        self.entries = entries
        var others: [[Entry]] = []
        for spelling in ScalarFolds.spellings {
            var folds: [Entry] = []
            for value in UInt32(0x400)..<0x500 {
                for initial in [false, true] {
                    guard let latin = spelling.latin(value, initial: initial) else {
                        folds.append(entries[Int(value)])
                        continue
                    }
                    guard !latin.isEmpty else {
                        folds.append(Entry(offset: 0, length: 0, kind: 1))
                        continue
                    }
                    let isUpper = CyrillicSpelling.lowercase(value) != value
                    folds.append(
                        Entry(offset: UInt32(pool.count), length: UInt8(latin.utf8.count), kind: isUpper ? 3 : 2))
                    pool.append(contentsOf: latin.utf8)
                }
            }
            others.append(folds)
        }
        otherSpellings = others
        self.pool = pool
    }

    func fold(_ value: UInt32) -> Fold {
        if value < ScalarFolds.tableEnd { return fold(entries[Int(value)]) }
        return ScalarFolds.foldRare(value)
    }

    /// How `value` folds in text of `spelling`; `initial`: at the start of a word.
    func fold(_ value: UInt32, _ spelling: CyrillicSpelling, initial: Bool) -> Fold {
        guard CyrillicSpelling.isCyrillic(value) else { return fold(value) }
        let table: Int
        switch spelling {
        case .serbian: return fold(value)
        case .ukrainian: table = 0
        case .russian: table = 1
        case .macedonian: table = 2
        case .bulgarian: table = 3
        }
        let index = Int(value - 0x400) << 1 | (initial ? 1 : 0)
        return fold(otherSpellings[table][index])
    }

    private func fold(_ entry: Entry) -> Fold {
        switch entry.kind {
        case 0: return .separator
        case 1: return .mark
        default:
            let start = Int(entry.offset)
            return .letters(pool[start..<(start + Int(entry.length))], isUpper: entry.kind == 3)
        }
    }

    /// Scalars above the table: letters and digits of other scripts are kept as written (their
    /// case folded where Unicode defines it); everything else separates words.
    private static func foldRare(_ value: UInt32) -> Fold {
        guard let scalar = Unicode.Scalar(value) else { return .separator }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        default: break
        }
        // Invisible (the byte order mark, variation selectors): part of the word, as in the table.
        if properties.isDefaultIgnorableCodePoint { return .mark }
        guard properties.isAlphabetic || properties.numericType != nil else { return .separator }
        if (0x3040...0x30FF).contains(value) || (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
            || value >= 0x20000
        {
            return .ideograph(ArraySlice(String(scalar).utf8))
        }
        if (0xFF01...0xFF5E).contains(value) || (0xFB00...0xFB06).contains(value),
            let fold = TextNormalizer.fold(scalar)
        {
            // Full-width ASCII and Latin ligatures: fold as the letters they stand for.
            return .letters(ArraySlice(fold.folded.utf8), isUpper: fold.cased != fold.folded)
        }
        if isCompatibilityLetter(value), let fold = compatibilityFold(scalar) { return fold }
        let isUpper = properties.isUppercase
        let lower = isUpper ? properties.lowercaseMapping : String(scalar)
        return .letters(ArraySlice(lower.utf8), isUpper: isUpper)
    }

    /// Letterlike symbols, enclosed and squared letters and digits, and the mathematical
    /// alphabets: what NFKC writes as plain letters (`ℌ` → `H`, `Ⓝ` → `N`, `𝐍` → `N`, `㎏` → `kg`).
    private static func isCompatibilityLetter(_ value: UInt32) -> Bool {
        (0x2100...0x218F).contains(value) || (0x2460...0x24FF).contains(value) || (0x3371...0x33FF).contains(value)
            || (0x1D400...0x1D7FF).contains(value) || (0x1F130...0x1F189).contains(value)
    }

    /// The NFKC form of `scalar`, folded letter by letter, when it is made of letters and digits.
    private static func compatibilityFold(_ scalar: Unicode.Scalar) -> Fold? {
        let compatible = String(scalar).precomposedStringWithCompatibilityMapping
        guard compatible.unicodeScalars.first != scalar else { return nil }
        var bytes: [UInt8] = []
        var isUpper = false
        for (index, part) in compatible.unicodeScalars.enumerated() {
            guard let fold = TextNormalizer.fold(part) else { return nil }
            bytes.append(contentsOf: fold.folded.utf8)
            if index == 0 { isUpper = fold.cased != fold.folded }
        }
        return bytes.isEmpty ? .mark : .letters(ArraySlice(bytes), isUpper: isUpper)
    }
}
