import ArgumentParser
import FeedModel
import FeedParser
import FeedText
import Foundation
import Pipeline

/// `feedmerge parse`: the parser's view of feeds, as JSON lines (docs/parse-json.md).
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Parse feed files or URLs and print what the parser reads.")

    @Flag(name: .long, help: "Print the normalized article model as JSON, one line per input.")
    var json = false

    @Flag(name: .long, help: "Print counts only, and a timing summary (for benchmarks).")
    var stats = false

    @Option(name: .long, help: "The configuration file (unused by parse; accepted everywhere).")
    var config: String = "feedmerge.yaml"

    @Argument(help: "Feed files or http(s) URLs.")
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("give at least one file or URL") }
    }

    func run() async throws {
        let parser = FeedParser()
        var failed = false
        var files = 0
        var bytes = 0
        var entries = 0
        var parseSeconds = 0.0
        let cpuStart = ProcessClock.cpuSeconds()
        for input in inputs {
            let started = Date()
            let outcome: (data: Int, result: Result<ParsedFeed, FeedParseError>, entries: Int)
            let address = URLResolver.withoutFeedScheme(input)
            if URLResolver.isHTTP(address) {
                let fetched = await fetchAndParse(address, parser: parser)
                outcome = (fetched.0, fetched.1, (try? fetched.1.get().articles.count) ?? 0)
            } else {
                outcome = parseFile(input, parser: parser)
            }
            parseSeconds += Date().timeIntervalSince(started)
            files += 1
            bytes += outcome.data
            switch outcome.result {
            case .success(let parsed):
                entries += outcome.entries
                if stats {
                    Terminal.show(ParseReport.statsJSON(source: input, parsed: parsed, entries: outcome.entries))
                } else if json {
                    Terminal.show(ParseReport.json(source: input, parsed: parsed))
                } else {
                    Terminal.show(summary(input, parsed))
                }
            case .failure(let error):
                failed = true
                if stats {
                    Terminal.show(ParseReport.statsJSON(source: input, error: error))
                } else if json {
                    Terminal.show(ParseReport.json(source: input, error: error))
                } else {
                    Terminal.error("\(input): \(error)")
                }
            }
        }
        if stats {
            Terminal.show(
                "{\"files\":\(files),\"bytes\":\(bytes),\"entries\":\(entries),"
                    + "\"parse_seconds\":\(String(format: "%.3f", parseSeconds)),"
                    + "\"cpu_seconds\":\(String(format: "%.3f", ProcessClock.cpuSeconds() - cpuStart))}")
        }
        if failed { throw ExitCode(ExitStatus.someFailed) }
    }

    private func parseFile(_ path: String, parser: FeedParser) -> (Int, Result<ParsedFeed, FeedParseError>, Int) {
        if let address = URLResolver.webAddressWithoutScheme(path), !FileManager.default.fileExists(atPath: path) {
            let error = FeedParseError(.unreadable, "no such file; for a web address, write its scheme: \(address)")
            return (0, .failure(error), 0)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard stats else {
            let result = Result { () throws(FeedParseError) in try parser.parse(fileAt: path) }
            return (size, result, (try? result.get().articles.count) ?? 0)
        }
        // Counting only: articles are handed over one by one and dropped, so memory stays
        // bounded by the largest entry.
        var count = 0
        let result = Result { () throws(FeedParseError) in try parser.parse(fileAt: path) { _ in count += 1 } }
        return (size, result, count)
    }

    private func fetchAndParse(_ url: String, parser: FeedParser) async -> (Int, Result<ParsedFeed, FeedParseError>) {
        let fetched = await RemoteFeed.fetchAndParse(url, parser: parser)
        return (fetched.bytes, fetched.result)
    }

    private func summary(_ input: String, _ parsed: ParsedFeed) -> String {
        var lines = ["\(input): \(parsed.format.rawValue), \(parsed.encoding), \(parsed.articles.count) entries"]
        // Titles as a reader sees them; `--json` gives them as the feed did.
        if let title = HTMLText.shownLine(parsed.feed.title, isHTML: parsed.feed.titleType?.isMarkup == true) {
            lines[0] += " — \(title)"
        }
        for problem in parsed.problems { lines.append("  recovered: \(problem)") }
        for article in parsed.articles.prefix(50) {
            let title = HTMLText.shownLine(article.title, isHTML: article.titleType?.isMarkup == true) ?? "(untitled)"
            lines.append("  - \(title)" + (article.link.map { " <\($0)>" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}

/// Process CPU time, for `--stats`.
enum ProcessClock {
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
