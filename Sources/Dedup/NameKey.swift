/// A key for a name that survives the ways outlets and translators spell it: the first letter
/// and the consonant skeleton, with the digraphs of transliteration merged ("kh" → "h",
/// "ph" → "f", "th" → "t", "ch"/"c" → "c", "w" → "v", "x" → "ks", "q"/"ck" → "k") and doubled
/// letters and a final "h" dropped. "Rutte"/"Rute", "Khashoggi"/"Hashoggi", "Faisal"/"Feisal",
/// "Vučić"/"Vucic" and "Zelensky"/"Zelenskyy" each share a key.
enum NameKey {
    /// The key of a folded word, or nil when too little is left to tell names apart.
    static func key(_ folded: ArraySlice<UInt8>) -> UInt32? {
        var letters: [UInt8] = []
        letters.reserveCapacity(folded.count + 2)
        var index = folded.startIndex
        while index < folded.endIndex {
            let byte = folded[index]
            let next = index + 1 < folded.endIndex ? folded[index + 1] : 0
            switch (byte, next) {
            // kh th ch sh zh gh: the second letter goes, kh becomes h.
            case (0x6B, 0x68), (0x74, 0x68), (0x63, 0x68), (0x73, 0x68), (0x7A, 0x68), (0x67, 0x68):
                letters.append(byte == 0x6B ? 0x68 : byte)
                index += 2
                continue
            case (0x70, 0x68):  // ph
                letters.append(0x66)
                index += 2
                continue
            case (0x63, 0x6B):  // ck
                letters.append(0x6B)
                index += 2
                continue
            case (0x64, 0x6A):  // dj
                letters.append(0x64)
                index += 2
                continue
            default: break
            }
            switch byte {
            case 0x77: letters.append(0x76)  // w → v
            case 0x71: letters.append(0x6B)  // q → k
            case 0x78: letters.append(contentsOf: [0x6B, 0x73])  // x → ks
            default: letters.append(byte)
            }
            index += 1
        }
        guard let first = letters.first else { return nil }
        var key: [UInt8] = [first]
        for letter in letters.dropFirst() where !isVowel(letter) && letter != key.last {
            key.append(letter)
        }
        if key.count > 2, key.last == 0x68 { key.removeLast() }
        guard key.count >= 2 else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Fingerprinter.fold(hash)
    }

    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79 || byte == 0x6A
    }
}
