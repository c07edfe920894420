import Foundation

/// A character encoding a feed can arrive in, by its lower-case IANA name.
struct CharacterEncoding: Hashable, Sendable, CustomStringConvertible {
    /// The lower-case IANA name reported to users (`utf-8`, `windows-1250`).
    let name: String

    init(name: String) { self.name = name }

    static let utf8 = CharacterEncoding(name: "utf-8")
    static let usASCII = CharacterEncoding(name: "us-ascii")
    static let latin1 = CharacterEncoding(name: "iso-8859-1")
    static let windows1250 = CharacterEncoding(name: "windows-1250")
    static let windows1251 = CharacterEncoding(name: "windows-1251")
    static let windows1252 = CharacterEncoding(name: "windows-1252")
    static let windows1253 = CharacterEncoding(name: "windows-1253")
    static let koi8r = CharacterEncoding(name: "koi8-r")
    static let utf16LE = CharacterEncoding(name: "utf-16le")
    static let utf16BE = CharacterEncoding(name: "utf-16be")
    static let utf32LE = CharacterEncoding(name: "utf-32le")
    static let utf32BE = CharacterEncoding(name: "utf-32be")

    var description: String { name }

    /// True for encodings in which every byte below 0x80 is ASCII, so that markup can be
    /// found before decoding.
    var isASCIICompatible: Bool { !name.hasPrefix("utf-16") && !name.hasPrefix("utf-32") }

    /// True when any byte sequence decodes (so bytes can never prove this label wrong).
    var isSingleByte: Bool {
        name.hasPrefix("iso-8859-") || name.hasPrefix("windows-12") || name.hasPrefix("koi8") || name == "macintosh"
            || name == "ibm866"
    }

    /// The encoding a label names, folding the aliases feeds and servers use. Nil for a label
    /// nothing here can decode.
    init?(label: String) {
        var key = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'")).lowercased()
        key = key.replacingOccurrences(of: "_", with: "-")
        guard !key.isEmpty else { return nil }
        if let alias = CharacterEncoding.aliases[key] {
            self.name = alias
        } else if key.hasPrefix("iso-8859-") || key.hasPrefix("windows-125") {
            self.name = key
        } else if key.hasPrefix("iso8859-") {
            self.name = "iso-8859-" + key.dropFirst(8)
        } else if key.hasPrefix("iso8859") {
            self.name = "iso-8859-" + key.dropFirst(7)
        } else if key.hasPrefix("cp125"), key.count == 6 {
            self.name = "windows-" + key.dropFirst(2)
        } else if IconvDecoder.canDecode(key) {
            self.name = key
        } else {
            return nil
        }
    }

    private static let aliases: [String: String] = [
        "utf-8": "utf-8", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
        "us-ascii": "us-ascii", "ascii": "us-ascii", "ansi-x3.4-1968": "us-ascii",
        "latin1": "iso-8859-1", "latin-1": "iso-8859-1", "l1": "iso-8859-1", "iso-ir-100": "iso-8859-1",
        "iso-latin-1": "iso-8859-1", "iso-8859-1": "iso-8859-1", "iso8859-1": "iso-8859-1",
        "latin2": "iso-8859-2", "l2": "iso-8859-2",
        "cp1250": "windows-1250", "x-cp1250": "windows-1250", "cp1251": "windows-1251", "x-cp1251": "windows-1251",
        "cp1252": "windows-1252", "x-cp1252": "windows-1252",
        "koi8-r": "koi8-r", "koi8r": "koi8-r", "koi8-u": "koi8-u",
        "shift-jis": "shift_jis", "shift_jis": "shift_jis", "sjis": "shift_jis", "x-sjis": "shift_jis",
        "ms-kanji": "shift_jis", "windows-31j": "shift_jis", "cp932": "shift_jis",
        "euc-jp": "euc-jp", "x-euc-jp": "euc-jp", "euc-kr": "euc-kr", "ks-c-5601-1987": "euc-kr",
        "gb2312": "gb2312", "gbk": "gbk", "x-gbk": "gbk", "gb18030": "gb18030", "cp936": "gbk",
        "big5": "big5", "big5-hkscs": "big5-hkscs", "x-big5": "big5",
        "utf-16": "utf-16", "utf-16le": "utf-16le", "utf-16be": "utf-16be", "ucs-2": "utf-16",
        "utf-32": "utf-32", "utf-32le": "utf-32le", "utf-32be": "utf-32be",
        "macintosh": "macintosh", "mac": "macintosh", "x-mac-roman": "macintosh",
        "ibm866": "ibm866", "cp866": "ibm866", "tis-620": "tis-620", "windows-874": "windows-874",
    ]
}
