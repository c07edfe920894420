import FeedModel
import FeedWriter
import Foundation
import TestSupport
import Testing

/// The HTML page as people see it: rendered by headless Chromium (Debian's `chromium`) at a
/// phone's and a desktop's width, light and dark, and the screenshots measured (with Python's
/// PIL, Debian's `python3-pil`): the text fills a phone's width inside its margins and nothing
/// runs off the edge (a 150-character URL included); on a desktop it is a centred column; the
/// dark scheme is dark.
@Suite struct PageLayoutTests {
    let folder = TemporaryFolder()

    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    private func page() -> String {
        let base = Date(timeIntervalSince1970: 1_743_600_000)
        let long = "https://example.org/" + String(repeating: "averyveryverylongpathsegment", count: 6)
        let stories = (0..<12).map { index in
            let date = base.addingTimeInterval(Double(-index) * 20_000)
            let article = Article(
                id: "a\(index)",
                title: index == 1
                    ? "A title with a long address \(long)"
                    : "Story number \(index) about the Western Balkans and NATO",
                link: "https://outlet.example/\(index)",
                summary: "The summary of story \(index), which goes on for a while so that it wraps on a phone. "
                    + (index == 2 ? long : ""),
                summaryType: .text, published: date, language: "en")
            let primary = SourcedArticle(
                storeID: Int64(index), feedURL: "https://outlet.example/feed", feedTitle: "Outlet Daily",
                article: article, firstSeen: date, lastUpdated: date)
            let also = SourcedArticle(
                storeID: Int64(100 + index), feedURL: "https://other.example/feed", feedTitle: "Other Wire",
                article: Article(
                    id: "b\(index)", title: "Copy", link: "https://other.example/\(index)", published: date),
                firstSeen: date, lastUpdated: date)
            return Story(
                id: "urn:feedmerge:story:\(index)", primary: primary, also: [also], tags: ["nato", "western-balkans"])
        }
        let output = OutputDefinition(path: folder.file("index.html"), format: .html, title: "Balkans and NATO")
        let writer = FeedWriter(topicTitles: ["nato": "NATO", "western-balkans": "Western Balkans"])
        return String(decoding: writer.render(stories, as: output), as: UTF8.self)
    }

    /// Screenshots `page` at `width`×`height` in the given scheme; returns the measurements.
    private func measure(_ page: String, width: Int, height: Int, dark: Bool) async throws -> [String: Double] {
        let chromium = try #require(Self.chromium, "chromium is not installed (apt-get install chromium)")
        let html = folder.write("page.html", page)
        let png = folder.file("shot-\(width)-\(dark).png")
        let result = try await ProcessRunner.run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--force-device-scale-factor=1", "--user-data-dir=" + folder.file("profile-\(width)-\(dark)"),
                "--blink-settings=preferredColorScheme=\(dark ? 0 : 1)", "--window-size=\(width),\(height)",
                "--screenshot=" + png, "file://" + html,
            ], timeout: 120)
        #expect(FileManager.default.fileExists(atPath: png), "chromium: \(result.stderr.suffix(500))")
        let python = try #require(
            await PythonCheck.interpreter(importing: "PIL"), "no Python with PIL (apt-get install python3-pil)")
        let script = """
            import json, sys
            from PIL import Image
            image = Image.open(sys.argv[1]).convert("RGB")
            width, height = image.size
            pixels = image.load()
            background = pixels[2, 2]
            def differs(p): return sum(abs(a - b) for a, b in zip(p, background)) > 60
            columns = [x for x in range(width) if any(differs(pixels[x, y]) for y in range(0, height, 2))]
            luminance = lambda p: 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2]
            bright = sum(1 for x in range(0, width, 3) for y in range(0, height, 3) if luminance(pixels[x, y]) > 180)
            print(json.dumps({"width": width, "left": min(columns), "right": max(columns),
                "background": luminance(background), "bright": bright}))
            """
        let measured = try await ProcessRunner.run(python, ["-c", script, png], timeout: 60)
        #expect(measured.status == 0, "\(measured.stderr)")
        return try #require(
            try JSONSerialization.jsonObject(with: Data(measured.stdout.utf8)) as? [String: Double])
    }

    @Test func aPhoneGetsTheFullWidthAndNothingRunsOffTheEdge() async throws {
        let shot = try await measure(page(), width: 390, height: 1400, dark: false)
        let width = try #require(shot["width"])
        #expect(try #require(shot["background"]) > 240, "light scheme: \(shot)")
        #expect(try #require(shot["left"]) >= 8 && shot["left"]! <= 32, "left margin: \(shot)")
        #expect(try #require(shot["right"]) >= width - 48, "text does not fill the width: \(shot)")
        #expect(shot["right"]! <= width - 8, "something runs off the right edge: \(shot)")
    }

    @Test func aDesktopGetsACentredColumn() async throws {
        let shot = try await measure(page(), width: 1280, height: 1000, dark: false)
        let width = try #require(shot["width"])
        let left = try #require(shot["left"])
        let right = width - 1 - (try #require(shot["right"]))
        #expect(left > width * 0.15 && right > width * 0.15, "a column, not the full width: \(shot)")
        #expect(abs(left - right) < 60, "centred: \(shot)")
    }

    @Test func theDarkSchemeIsDarkAndReadable() async throws {
        let shot = try await measure(page(), width: 1280, height: 1000, dark: true)
        #expect(try #require(shot["background"]) < 40, "dark background: \(shot)")
        #expect(try #require(shot["bright"]) > 500, "light text on it: \(shot)")
    }
}
