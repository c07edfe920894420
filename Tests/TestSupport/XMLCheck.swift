import Foundation

/// Well-formedness and schema checks with `xmllint` (Debian's libxml2-utils), as a second opinion
/// that does not share code with feedmerge's own parser.
public enum XMLCheck {
    /// The path of xmllint, when installed.
    public static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// True when `text` is well-formed XML. Without xmllint, checks with libxml2 through
    /// feedmerge's own parser is not an independent opinion, so this fails loudly instead.
    public static func isWellFormed(_ text: String) async throws -> Bool {
        guard let xmllint else { throw ServerError("xmllint is not installed (apt-get install libxml2-utils)") }
        let folder = TemporaryFolder("xmlcheck")
        let path = folder.write("doc.xml", text)
        let result = try await ProcessRunner.run(xmllint, ["--noout", path], timeout: 60)
        return result.status == 0
    }

    /// The texts of every `<name …>…</name>` in `xml`, unescaped once.
    public static func elementTexts(_ name: String, in xml: String) -> [String] {
        var texts: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<\(name)") {
            guard let start = rest[open.upperBound...].firstIndex(of: ">"),
                let close = rest[start...].range(of: "</\(name)>")
            else { break }
            let escaped = rest[rest.index(after: start)..<close.lowerBound]
            texts.append(
                escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                    .replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[close.upperBound...]
        }
        return texts
    }
}
