import FeedModel
import FeedParser
import Foundation
import Testing

@Suite struct EncodingTests {
    /// "Vučić i Đilas – Šešelj" in windows-1250.
    private static let windows1250Name: [UInt8] = [
        0x56, 0x75, 0xE8, 0x69, 0xE6, 0x20, 0x69, 0x20, 0xD0, 0x69, 0x6C, 0x61, 0x73, 0x20, 0x96, 0x20, 0x8A, 0x65,
        0x9A, 0x65, 0x6C, 0x6A,
    ]

    private static func document(declaring encoding: String?, title: [UInt8]) -> [UInt8] {
        let prolog = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? ""
        return Array((prolog + "<rss version=\"2.0\"><channel><item><title>").utf8) + title
            + Array("</title></item></channel></rss>".utf8)
    }

    @Test func theDeclarationDecodesLegacyBytes() throws {
        let parsed = try parse(bytes: Self.document(declaring: "windows-1250", title: Self.windows1250Name))
        #expect(parsed.articles.first?.title == "Vučić i Đilas – Šešelj")
        #expect(parsed.encoding == "windows-1250")
        #expect(!parsed.bozo)
    }

    @Test func aWrongUTF8HeaderIsOverruledByTheBytes() throws {
        let parsed = try parse(
            bytes: Self.document(declaring: "windows-1250", title: Self.windows1250Name),
            contentType: "application/rss+xml; charset=utf-8")
        #expect(parsed.articles.first?.title == "Vučić i Đilas – Šešelj")
        #expect(parsed.encoding == "windows-1250")
        #expect(parsed.bozo)
    }

    @Test func theHTTPCharsetWinsOverTheDeclaration() throws {
        // ISO-8859-2 bytes for "Łódź", declared (wrongly) as iso-8859-1 in the document.
        let parsed = try parse(
            bytes: Self.document(declaring: "iso-8859-1", title: [0xA3, 0xF3, 0x64, 0xBC]),
            contentType: "text/xml; charset=iso-8859-2")
        #expect(parsed.articles.first?.title == "Łódź")
        #expect(parsed.encoding == "iso-8859-2")
    }

    /// ISO-8859-1 is the label servers and CMSs give by default, whatever they send. UTF-8
    /// behind it is read as UTF-8 (laut.de's `verÃ¶ffentlicht` was `veröffentlicht`), and a stray
    /// Latin-1 byte among it as the label says (bold.dk's `besøge`).
    @Test func aLatin1LabelInFrontOfUTF8IsOverruled() throws {
        let utf8 = try parse(bytes: Self.document(declaring: "iso-8859-1", title: Array("Vučić veröffentlicht".utf8)))
        #expect(utf8.articles.first?.title == "Vučić veröffentlicht")
        #expect(utf8.encoding == "utf-8")
        #expect(
            utf8.problems.first?.message
                == "the XML declaration says iso-8859-1 but the bytes prove it wrong; read as utf-8")
        let stray = try parse(
            bytes: Self.document(
                declaring: "iso-8859-1", title: Array("Brøndby og FCK: ".utf8) + [0x62, 0x65, 0x73, 0xF8]))
        #expect(stray.articles.first?.title == "Brøndby og FCK: besø")
    }

    /// South Slavic sites long wrote windows-1250 behind a Western label: `Vuèiæ i Ðilas` is
    /// `Vučić i Đilas`. Danish, Norwegian and Icelandic, whose æ and ð those bytes are in Latin-1,
    /// stay Latin-1, and so does French.
    @Test func windows1250BehindAWesternLabelIsReadAsWindows1250() throws {
        let name = try #require("Vučić i Đilas – Šešelj, Đukanović".data(using: .windowsCP1250))
        let slavic = try parse(bytes: Self.document(declaring: "iso-8859-1", title: Array(name)))
        #expect(slavic.articles.first?.title == "Vučić i Đilas – Šešelj, Đukanović")
        #expect(slavic.encoding == "windows-1250")
        #expect(
            slavic.problems.map(\.message) == [
                "the XML declaration says iso-8859-1 but the text reads as windows-1250 (ć and đ, not æ and ð); "
                    + "read as windows-1250"
            ])
        // Slovene has no ć or đ: its č beside š and ž tells it.
        let slovene = try #require("Počitnice na Šmarni gori: večer, ko se začne žur".data(using: .windowsCP1250))
        let sloveneParsed = try parse(bytes: Self.document(declaring: "windows-1252", title: Array(slovene)))
        #expect(sloveneParsed.articles.first?.title == "Počitnice na Šmarni gori: večer, ko se začne žur")
        #expect(sloveneParsed.encoding == "windows-1250")
        #expect(
            sloveneParsed.problems.map(\.message) == [
                "the XML declaration says windows-1252 but the text reads as windows-1250 (č beside š and ž, not è); "
                    + "read as windows-1250"
            ])
        let undeclared = try parse(bytes: Self.document(declaring: nil, title: Array(slovene)))
        #expect(undeclared.articles.first?.title == "Počitnice na Šmarni gori: večer, ko se začne žur")
        for (label, text) in [
            ("iso-8859-1", "Brøndby har karantæne på Ærø, siger Æbelø"),
            ("windows-1252", "Eiður og Þóra: Ísland í ævintýri, æfing í dag"),
            ("iso-8859-1", "Le cœur à Noël: où sont les élèves? Ça va, très bien"),
            // è twice, with š and ž in names, but ì and ò tell Italian.
            ("windows-1252", "Žižek è a Milano: è più noto di Šešelj? Però sì"),
        ] {
            let bytes = try #require(text.data(using: .isoLatin1) ?? text.data(using: .windowsCP1252))
            let western = try parse(bytes: Self.document(declaring: label, title: Array(bytes)))
            #expect(western.articles.first?.title == text)
            #expect(western.encoding == label)
        }
    }

    /// Servers long defaulted to `charset=iso-8859-1` in front of Cyrillic pages in windows-1251
    /// (or KOI8-R), and Greek ones in windows-1253: `Âó÷èž ó Áðèñåëó` is `Вучић у Бриселу`.
    @Test func cyrillicAndGreekBehindAWesternLabelAreReadAsSuch() throws {
        let serbian = "Вучић у Бриселу: преговори о Косову настављени, рекао је председник"
        let bytes = try #require(serbian.data(using: .windowsCP1251))
        let declared = try parse(bytes: Self.document(declaring: "iso-8859-1", title: Array(bytes)))
        #expect(declared.articles.first?.title == serbian)
        #expect(declared.encoding == "windows-1251")
        #expect(
            declared.problems.map(\.message) == [
                "the XML declaration says iso-8859-1 but the text reads as windows-1251 (Cyrillic words, not "
                    + "accented Latin letters); read as windows-1251"
            ])
        // A server's default label in front of a document that declares itself rightly.
        let served = try parse(
            bytes: Self.document(declaring: "windows-1251", title: Array(bytes)),
            contentType: "text/xml; charset=ISO-8859-1")
        #expect(served.articles.first?.title == serbian)
        #expect(served.encoding == "windows-1251")
        // KOI8-R, its lower-case letters in the other half.
        let russian: [UInt8] = [
            0xF0, 0xD5, 0xD4, 0xC9, 0xCE, 0x20, 0xDA, 0xC1, 0xD1, 0xD7, 0xC9, 0xCC, 0x20, 0xCF, 0x20, 0xD0, 0xC5, 0xD2,
            0xC5, 0xC7, 0xCF, 0xD7, 0xCF, 0xD2, 0xC1, 0xC8,
        ]
        let koi8 = try parse(bytes: Self.document(declaring: "windows-1252", title: russian))
        #expect(koi8.articles.first?.title == "Путин заявил о переговорах")
        #expect(koi8.encoding == "koi8-r")
        // Greek in windows-1253, behind the label or none: α and ο, not а and о.
        let greek = "Ο πρωθυπουργός συναντήθηκε με τον πρόεδρο στην Αθήνα"
        let greekBytes = Array(try #require(greek.data(using: String.Encoding(rawValue: 0x8000_0503))))
        for label in ["iso-8859-1", nil] {
            let parsed = try parse(bytes: Self.document(declaring: label, title: greekBytes))
            #expect(parsed.articles.first?.title == greek)
            #expect(parsed.encoding == "windows-1253")
        }
        // Latin text with many accented letters stays as labelled.
        let german = "Die Größe der Straßenbahn: Übergänge für Fußgänger, schöne Grüße aus Köln"
        let western = try parse(
            bytes: Self.document(declaring: "iso-8859-1", title: Array(try #require(german.data(using: .isoLatin1)))))
        #expect(western.articles.first?.title == german)
        #expect(western.encoding == "iso-8859-1")
    }

    @Test func undeclaredLegacyBytesAreDetected() throws {
        let parsed = try parse(bytes: Self.document(declaring: nil, title: Self.windows1250Name))
        #expect(parsed.articles.first?.title == "Vučić i Đilas – Šešelj")
        #expect(parsed.encoding == "windows-1250")
        #expect(parsed.bozo)
    }

    @Test func aUTF8DeclarationInFrontOfLatin1BytesFallsBack() throws {
        let parsed = try parse(bytes: Self.document(declaring: "utf-8", title: [0x43, 0x61, 0x66, 0xE9]))
        #expect(parsed.articles.first?.title == "Café")
        #expect(parsed.bozo)
    }

    @Test(arguments: [
        ("windows-1251", [0xC2, 0xF3, 0xF7, 0xE8, 0xF9] as [UInt8], "Вучищ"),
        ("koi8-r", [0xF7, 0xD5, 0xDE, 0xC9, 0xDE], "Вучич"),
        ("shift_jis", [0x93, 0xFA, 0x96, 0x7B], "日本"),
        ("gb2312", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
        ("iso-8859-1", [0x47, 0x72, 0xFC, 0xDF, 0x65], "Grüße"),
    ])
    func legacyEncodingsDecode(encoding: String, bytes: [UInt8], expected: String) throws {
        let parsed = try parse(bytes: Self.document(declaring: encoding, title: bytes))
        #expect(parsed.articles.first?.title == expected)
    }

    @Test func utf16WithAByteOrderMark() throws {
        let text =
            "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel><item><title>Ćao</title></item></channel></rss>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let parsed = try parse(bytes: bytes)
        #expect(parsed.articles.first?.title == "Ćao")
        #expect(parsed.encoding == "utf-16le")
    }

    /// A JSON Feed saved by a Windows tool (PowerShell 5's `Out-File` writes UTF-16 with a byte
    /// order mark): the mark is read past, and the first character tells JSON from XML.
    @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
    func aJSONFeedInUTF16IsReadWithOrWithoutAByteOrderMark(littleEndian: Bool, marked: Bool) throws {
        let text =
            #"  {"version": "https://jsonfeed.org/version/1.1", "title": "Ж", "items": [{"id": "1", "title": "Ćao"}]}"#
        var bytes: [UInt8] = marked ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let parsed = try parse(bytes: bytes)
        #expect(parsed.format == .jsonFeed11)
        #expect(parsed.articles.first?.title == "Ćao")
        #expect(parsed.encoding == (littleEndian ? "utf-16le" : "utf-16be"))
    }

    @Test func textXMLWithoutACharsetIsUSASCIIUntilTheBytesSayOtherwise() throws {
        let ascii = try parse(
            bytes: Self.document(declaring: "utf-8", title: Array("plain".utf8)), contentType: "text/xml")
        #expect(ascii.encoding == "us-ascii")
        #expect(!ascii.bozo)
        let utf8 = try parse(
            bytes: Self.document(declaring: "utf-8", title: Array("Vučić".utf8)), contentType: "text/xml")
        #expect(utf8.articles.first?.title == "Vučić")
        #expect(utf8.encoding == "utf-8")
        #expect(utf8.bozo)
    }

    @Test func aStrayLatin1ByteInAUTF8FeedIsReadAsWindows1252() throws {
        // Mostly UTF-8, with one byte from a copy-paste in windows-1252 (0x92, a right quote).
        let title = Array("Vučić".utf8) + [0x20, 0x92, 0x73]
        let parsed = try parse(bytes: Self.document(declaring: "utf-8", title: title))
        #expect(parsed.articles.first?.title == "Vučić ’s")
        #expect(parsed.encoding == "utf-8")
        #expect(parsed.bozo)
    }

    /// A UTF-8 feed that carries one item pasted in windows-1251: its Cyrillic words hold more
    /// bytes that are not UTF-8 than the other items hold letters that are, yet the others are
    /// UTF-8 word after word. Read as windows-1251, every one of their letters was mojibake
    /// (`familjekГ¤nsla`); read as UTF-8, the pasted item's bytes are read in the fallback.
    @Test(arguments: ["utf-8", nil] as [String?])
    func anItemPastedInALegacyEncodingLeavesTheUTF8ItemsAlone(declaring encoding: String?) throws {
        let cyrillic = Array("Вучич: Сербия не откажется от Косова, заявил он в Белграде".data(using: .windowsCP1251)!)
        let prolog = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>" } ?? ""
        let bytes =
            Array((prolog + "<rss version=\"2.0\"><channel>").utf8)
            + Array("<item><title>Familjekänsla i Göteborg</title></item>".utf8)
            + Array("<item><title>Vučić i Šešelj</title></item><item><title>Åsa ser på</title></item>".utf8)
            + Array("<item><title>".utf8) + cyrillic + Array("</title></item></channel></rss>".utf8)
        let parsed = try parse(bytes: bytes)
        #expect(
            parsed.articles.map(\.title) == [
                "Familjekänsla i Göteborg", "Vučić i Šešelj", "Åsa ser på",
                "Вучич: Сербия не откажется от Косова, заявил он в Белграде",
            ])
        #expect(parsed.encoding == "utf-8")
        #expect(parsed.bozo)
    }

    @Test func undeclaredCyrillicIsDetected() throws {
        // "Вучић у Београду" in windows-1251.
        let title: [UInt8] = [
            0xC2, 0xF3, 0xF7, 0xE8, 0x9E, 0x20, 0xF3, 0x20, 0xC1, 0xE5, 0xEE, 0xE3, 0xF0, 0xE0, 0xE4, 0xF3,
        ]
        let parsed = try parse(bytes: Self.document(declaring: nil, title: title))
        #expect(parsed.articles.first?.title == "Вучић у Београду")
        #expect(parsed.encoding == "windows-1251")
    }

    @Test(arguments: [
        ("big5", [0xA4, 0xA4, 0xA4, 0xE5] as [UInt8], "中文"),
        ("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC], "日本"),
        ("iso-8859-5", [0xB2, 0xE3, 0xE7, 0xD8, 0xE7], "Вучич"),
        ("windows-1252", [0x93, 0x51, 0x94, 0x20, 0x80], "“Q” €"),
    ])
    func moreLegacyEncodings(encoding: String, bytes: [UInt8], expected: String) throws {
        let parsed = try parse(bytes: Self.document(declaring: encoding, title: bytes))
        #expect(parsed.articles.first?.title == expected)
        #expect(parsed.encoding == encoding)
    }

    @Test func anUnknownLabelIsReportedAndTheBytesDecide() throws {
        let parsed = try parse(bytes: Self.document(declaring: "x-made-up", title: Array("Vučić".utf8)))
        #expect(parsed.articles.first?.title == "Vučić")
        #expect(parsed.problems.contains { $0.message.contains("x-made-up") })
    }
}
