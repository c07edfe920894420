/// A key for a name that survives the ways outlets and translators spell it: the first letter
/// and the consonant skeleton, with the digraphs of transliteration merged ("kh" → "h",
/// "ph" → "f", "th" → "t", "ch"/"c" → "c", "w" → "v", "x" → "ks", "q"/"ck" → "k") and doubled
/// letters and a final "h" dropped. "Rutte"/"Rute", "Khashoggi"/"Hashoggi", "Faisal"/"Feisal",
/// "Vučić"/"Vucic" and "Zelensky"/"Zelenskyy" each share a key.
enum NameKey {
    /// The key of a folded word, or nil when too little is left to tell names apart.
    static func key(_ folded: ArraySlice<UInt8>) -> UInt32? {
        var skeleton = Skeleton()
        var index = folded.startIndex
        while index < folded.endIndex {
            let byte = folded[index]
            let next = index + 1 < folded.endIndex ? folded[index + 1] : 0
            switch (byte, next) {
            // kh th ch sh zh gh: the second letter goes, kh becomes h.
            case (0x6B, 0x68), (0x74, 0x68), (0x63, 0x68), (0x73, 0x68), (0x7A, 0x68), (0x67, 0x68):
                skeleton.add(byte == 0x6B ? 0x68 : byte)
                index += 2
                continue
            case (0x70, 0x68):  // ph
                skeleton.add(0x66)
                index += 2
                continue
            case (0x63, 0x6B):  // ck
                skeleton.add(0x6B)
                index += 2
                continue
            case (0x64, 0x6A):  // dj
                skeleton.add(0x64)
                index += 2
                continue
            default: break
            }
            switch byte {
            case 0x77: skeleton.add(0x76)  // w → v
            case 0x71: skeleton.add(0x6B)  // q → k
            case 0x78:  // x → ks
                skeleton.add(0x6B)
                skeleton.add(0x73)
            default: skeleton.add(byte)
            }
            index += 1
        }
        return skeleton.key
    }

    /// The first letter, then consonants without repeats, hashed as they come; the last one is
    /// held back, since a final "h" is dropped.
    private struct Skeleton {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        private var count = 0
        private var last: UInt8 = 0

        mutating func add(_ letter: UInt8) {
            if count > 0 && (NameKey.isVowel(letter) || letter == last) { return }
            if count > 0 { hash = (hash ^ UInt64(last)) &* 0x100_0000_01b3 }
            last = letter
            count += 1
        }

        var key: UInt32? {
            guard count >= 2 else { return nil }
            if count > 2 && last == 0x68 {
                return Fingerprinter.fold(hash)
            }
            return Fingerprinter.fold((hash ^ UInt64(last)) &* 0x100_0000_01b3)
        }
    }

    fileprivate static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79 || byte == 0x6A
    }
}
