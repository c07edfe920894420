/// A URL as the outputs give it: the ASCII characters no URL may hold written percent-encoded.
///
/// Feeds link to `…/index.php/Locks port` or `…?q={x}|y`; browsers mend such links, but Atom's
/// `href` must be an IRI and a JSON Feed's `url` a URL, and stricter readers refuse them. Letters
/// beyond ASCII stay as they are (an IRI allows them), and so does every `%` (it is already an
/// escape, and encoding it again would change the address).
public enum PublishedURL {
    /// `url` with spaces, controls, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|` and `}` encoded (tabs
    /// and line breaks dropped).
    public static func escaped(_ url: String) -> String {
        guard url.utf8.contains(where: needsEscape) else { return url }
        var output: [UInt8] = []
        output.reserveCapacity(url.utf8.count + 8)
        for byte in url.utf8 {
            // Tabs and line breaks inside a URL are dropped, as browsers drop them (a link
            // wrapped across lines in the feed's source).
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if needsEscape(byte) {
                output += CanonicalURL.encoded(byte)
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `byte` is one no URL may hold as it is: a control, the space, `"`, `<`, `>`, `\`,
    /// `^`, `` ` ``, `{`, `|`, `}`.
    static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00...0x20, 0x7F, 0x22, 0x3C, 0x3E, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return true
        default: return false
        }
    }
}
