/// What a document that is not text is, from its first bytes: a server that answers a feed's
/// address with an image, a PDF or an archive (the address serves something else now, or was
/// never the feed's) is told apart from a broken feed, and said so in words.
enum FileSignature {
    /// What `bytes` begin as ("a PNG image"), or nil when they begin as nothing known.
    static func kind(of bytes: [UInt8]) -> String? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && bytes[offset..<(offset + prefix.count)].elementsEqual(prefix)
        }
        func starts(_ text: String, at offset: Int = 0) -> Bool { starts(Array(text.utf8), at: offset) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "a PNG image" }
        if starts([0xFF, 0xD8, 0xFF]) { return "a JPEG image" }
        if starts("GIF87a") || starts("GIF89a") { return "a GIF image" }
        if starts("RIFF") && starts("WEBP", at: 8) { return "a WebP image" }
        if starts([0x00, 0x00, 0x01, 0x00]) { return "an icon" }
        if starts("%PDF-") { return "a PDF document" }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (or an Office document)" }
        if starts([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return "an Office document" }
        if starts("ID3") || starts([0xFF, 0xFB]) { return "an MP3 file" }
        if starts("ftyp", at: 4) { return "an MP4 or QuickTime file" }
        if starts("OggS") { return "an Ogg file" }
        if starts("wOFF") || starts("wOF2") { return "a web font" }
        if starts([0x7F, 0x45, 0x4C, 0x46]) { return "a program (ELF)" }
        return nil
    }
}
