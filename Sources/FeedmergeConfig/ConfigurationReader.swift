import FeedText
import FeedWriter
import Foundation
import Tagger
import Yams

/// Reads `feedmerge.yaml` node by node, so that every error can name its line, column and key.
/// Unknown keys and bad values are errors, never silently ignored.
struct ConfigurationReader {
    let path: String
    private let folder: String
    private let displayPath: String

    init(path: String) {
        self.path = (path as NSString).expandingTildeInPath
        let absolute = URL(fileURLWithPath: self.path).standardizedFileURL.path
        folder = (absolute as NSString).deletingLastPathComponent
        displayPath = path
    }

    func read() throws(ConfigError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw ConfigError(file: displayPath, "the configuration file \(reason)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigError(file: displayPath, "the configuration file is not UTF-8 text")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ConfigError(file: displayPath, "the configuration file is empty")
            }
            root = node
        } catch let error as ConfigError {
            throw error
        } catch let error as YamlError {
            throw yamlError(error)
        } catch {
            throw ConfigError(file: displayPath, "cannot read YAML: \(error)")
        }

        let top = try mapping(root, key: nil)
        try checkKeys(top, allowed: ["feeds", "database", "fetch", "outputs", "topics", "retention", "dedup"], in: nil)
        let feeds = try optionalString(top, "feeds", in: nil) ?? "feeds.opml"
        let database = try optionalString(top, "database", in: nil) ?? "feedmerge.sqlite"
        for (key, path) in [("feeds", feeds), ("database", database)] where path.contains("://") {
            // Read as a path, `http://host/list.opml` named a file `http:/host/list.opml` that
            // does not exist.
            throw error(
                at: value(top, key) ?? root, key: key,
                "'\(path)' is an address; \(key) names a file on this machine"
                    + (key == "feeds"
                        ? " (to follow a list kept on the web, download it before each run: curl -fsS -o feeds.opml URL)"
                        : ""))
        }
        var configuration = Configuration(
            path: path, feedsPath: absolute(feeds), databasePath: absolute(database))
        if let shared = configuration.ownFiles.sharedFile {
            // Read as both, the file failed as the other ("not an OPML document … read as
            // windows-1252"), an error far from the slip in this file.
            let key = value(top, "feeds") != nil ? "feeds" : "database"
            throw error(
                at: value(top, key) ?? root, key: key,
                "\(shared.first) and \(shared.second) are one file; give each its own")
        }
        if let node = value(top, "fetch") { configuration.fetch = try fetchSettings(node) }
        if let node = value(top, "retention") {
            configuration.retention = try duration(node, key: "retention")
        }
        if let node = value(top, "dedup") { configuration.dedup = try dedupSettings(node) }
        if let node = value(top, "topics") { configuration.topics = try topics(node) }
        if let node = value(top, "outputs") {
            configuration.outputs = try outputs(node, topics: configuration.topics, ownFiles: configuration.ownFiles)
        }
        return configuration
    }

    // MARK: Sections

    private func fetchSettings(_ node: Node) throws(ConfigError) -> FetchSettings {
        let map = try mapping(node, key: "fetch")
        try checkKeys(
            map,
            allowed: [
                "concurrency", "per_host", "timeout", "max_bytes", "user_agent", "min_interval", "max_interval",
                "max_backoff", "report_after",
            ],
            in: "fetch")
        var settings = FetchSettings()
        if let node = value(map, "concurrency") {
            settings.concurrency = try integer(node, key: "fetch.concurrency", range: 1...1000)
        }
        if let node = value(map, "per_host") {
            settings.perHost = try integer(node, key: "fetch.per_host", range: 1...100)
        }
        if let node = value(map, "timeout") {
            settings.timeout = try duration(node, key: "fetch.timeout")
            if settings.timeout < 1 { throw error(at: node, key: "fetch.timeout", "must be at least 1s") }
        }
        if let node = value(map, "max_bytes") {
            let text = try scalar(node, key: "fetch.max_bytes")
            guard let bytes = Quantity.byteCount(text), bytes >= 1024 else {
                throw error(
                    at: node, key: "fetch.max_bytes", "'\(text)' is not a size of at least 1KB (e.g. 20MB, 512KB)")
            }
            settings.maxBytes = bytes
        }
        if let node = value(map, "user_agent") {
            let agent = try scalar(node, key: "fetch.user_agent")
            // A line break would end the header and begin another one of the text's making.
            guard !agent.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
                throw error(
                    at: node, key: "fetch.user_agent",
                    "a User-Agent is one line of text: this one holds a line break or another control character")
            }
            settings.userAgent = agent
        }
        if let node = value(map, "min_interval") {
            // A floor may be nothing (the default: a feed's own hints are taken as they are).
            settings.minInterval = try duration(node, key: "fetch.min_interval", allowsZero: true)
        }
        if let node = value(map, "max_interval") {
            settings.maxInterval = try duration(node, key: "fetch.max_interval")
        }
        if let node = value(map, "max_backoff") { settings.maxBackoff = try duration(node, key: "fetch.max_backoff") }
        if let node = value(map, "report_after") {
            settings.reportAfter = try integer(node, key: "fetch.report_after", range: 1...100)
        }
        if settings.minInterval > settings.maxInterval, let node = value(map, "min_interval") {
            throw error(at: node, key: "fetch.min_interval", "is longer than fetch.max_interval")
        }
        return settings
    }

    private func dedupSettings(_ node: Node) throws(ConfigError) -> DedupSettings {
        let map = try mapping(node, key: "dedup")
        try checkKeys(map, allowed: ["window"], in: "dedup")
        var settings = DedupSettings()
        if let node = value(map, "window") {
            settings.window = try duration(node, key: "dedup.window")
            if settings.window < 60 || settings.window > 30 * 86_400 {
                throw error(at: node, key: "dedup.window", "must be between 1m and 30d")
            }
        }
        return settings
    }

    /// The outputs; one whose `path` holds `{topic}` stands for one output per topic (see
    /// `perTopic`), and one whose `path` holds `{tag}` for one output per tag, made at each build.
    /// Two outputs may not write one file.
    private func outputs(_ node: Node, topics: [Topic], ownFiles: OwnFiles) throws(ConfigError) -> [OutputDefinition] {
        guard case .sequence(let sequence) = node else {
            throw error(at: node, key: "outputs", "must be a list of outputs (each '- path: …')")
        }
        var outputs: [OutputDefinition] = []
        var writers: [String: String] = [:]
        for (index, item) in sequence.enumerated() {
            let key = "outputs[\(index)]"
            let map = try mapping(item, key: key)
            try checkKeys(
                map,
                allowed: ["path", "format", "title", "limit", "filter", "since", "min_sources", "url", "timezone"],
                in: key)
            guard let pathNode = value(map, "path") else { throw error(at: item, key: key, "needs a 'path'") }
            let outputPath = try scalar(pathNode, key: key + ".path")
            // An empty path or one ending in `/` names a folder, which an output cannot replace.
            guard !outputPath.trimmingCharacters(in: .whitespaces).isEmpty, !outputPath.hasSuffix("/") else {
                throw error(
                    at: pathNode, key: key + ".path",
                    "'\(outputPath)' names no file; give the file's path (public/all.xml)")
            }
            guard outputPath != "-" else {
                // Written as a file named `-` in whatever folder cron ran in, it went unseen.
                throw error(
                    at: pathNode, key: key + ".path",
                    "'-' (standard output) is for a view, `feedmerge build --filter EXPR --output -`; "
                        + "an output is a file")
            }
            let format: OutputFormat
            if let formatNode = value(map, "format") {
                let text = try scalar(formatNode, key: key + ".format")
                guard let parsed = OutputFormat(rawValue: text.lowercased()) else {
                    throw error(
                        at: formatNode, key: key + ".format",
                        "unknown format '\(text)'; expected atom, rss, json or html")
                }
                format = parsed
            } else {
                throw error(at: item, key: key, "needs a 'format' (atom, rss, json or html)")
            }
            let title = try optionalString(map, "title", in: key)
            var output = OutputDefinition(
                path: absolute(outputPath), format: format,
                title: title ?? "feedmerge")
            if let node = value(map, "limit") {
                output.limit = try integer(node, key: key + ".limit", range: 1...10_000_000)
            }
            if let node = value(map, "min_sources") {
                output.minSources = try integer(node, key: key + ".min_sources", range: 1...10_000)
            }
            if let node = value(map, "since") { output.since = try duration(node, key: key + ".since") }
            if let node = value(map, "url") { output.url = try scalar(node, key: key + ".url") }
            if let node = value(map, "timezone") {
                let name = try scalar(node, key: key + ".timezone")
                guard format == .html else {
                    throw error(
                        at: node, key: key + ".timezone",
                        "only an html output tells times in a zone (feeds give theirs in UTC, which readers convert)")
                }
                guard let zone = TimeZone(identifier: name) else {
                    let suggestion =
                        Spelling.nearest(to: name, among: TimeZone.knownTimeZoneIdentifiers).map {
                            " (did you mean '\($0)'?)"
                        } ?? ""
                    throw error(
                        at: node, key: key + ".timezone",
                        "unknown time zone '\(name)'\(suggestion); use a name from the tz database, such as Europe/Belgrade, or UTC"
                    )
                }
                output.timeZone = zone
            }
            if let node = value(map, "filter") {
                let text = try scalar(node, key: key + ".filter")
                do {
                    output.filter = try TagExpression.parse(text)
                } catch {
                    // Point at the column inside the expression: the scalar's own column, plus the
                    // quote when the value is quoted.
                    var column = node.mark?.column
                    if let start = column, case .scalar(let value) = node, value.style != .plain {
                        column = start + 1 + error.column - 1
                    } else if let start = column {
                        column = start + error.column - 1
                    }
                    throw ConfigError(
                        file: displayPath, line: node.mark?.line, column: column, key: key + ".filter",
                        "bad filter expression '\(text)': \(error.message) (at column \(error.column) of the expression)"
                    )
                }
            }
            let expanded: [OutputDefinition]
            if outputPath.contains(OutputDefinition.tagPlaceholder) {
                guard !outputPath.contains(ConfigurationReader.topicPlaceholder) else {
                    throw error(
                        at: pathNode, key: key + ".path",
                        "holds both \(ConfigurationReader.topicPlaceholder) and \(OutputDefinition.tagPlaceholder); \(OutputDefinition.tagPlaceholder) already stands for every topic"
                    )
                }
                // The tags are known at each build (the OPML's folders change without this file).
                output.title = title ?? OutputDefinition.tagPlaceholder
                output.isPerTag = true
                expanded = [output]
            } else if outputPath.contains(ConfigurationReader.topicPlaceholder) {
                expanded = try perTopic(output, path: outputPath, title: title, topics: topics, at: pathNode, key: key)
            } else {
                expanded = [output]
            }
            for output in expanded where output.path != "-" {
                if let role = ownFiles.role(of: output.path) {
                    throw error(
                        at: pathNode, key: key + ".path",
                        "writes \(output.path), which is \(role): an output replaces its file whole, so this one would destroy it; give the output a path of its own"
                    )
                }
                if let first = writers[output.path] {
                    throw error(at: pathNode, key: key + ".path", "writes \(output.path), as \(first) does")
                }
                writers[output.path] = key
            }
            outputs += expanded
        }
        return outputs
    }

    static let topicPlaceholder = "{topic}"

    /// One output per topic, from an output whose `path` (and `title`, `url`) holds `{topic}`:
    /// the topic's id in the path and the URL, its title in the title (the title is the topic's
    /// when none is given), and the stories tagged with it, within the output's own `filter`
    /// when it has one. Per-topic feeds for every topic, without an entry for each to keep up.
    private func perTopic(
        _ output: OutputDefinition, path: String, title: String?, topics: [Topic], at node: Node, key: String
    ) throws(ConfigError) -> [OutputDefinition] {
        let placeholder = ConfigurationReader.topicPlaceholder
        guard !topics.isEmpty else {
            throw error(at: node, key: key + ".path", "holds \(placeholder), but no topics are configured")
        }
        return try topics.map { topic throws(ConfigError) in
            // An id such as ".." would lead the file out of its folder.
            guard topic.id.contains(where: { $0 != "." }) else {
                throw error(at: node, key: key + ".path", "topic id '\(topic.id)' cannot name a file")
            }
            var one = output
            one.path = absolute(path.replacingOccurrences(of: placeholder, with: topic.id))
            one.title = (title ?? placeholder).replacingOccurrences(of: placeholder, with: topic.title ?? topic.id)
            one.url = output.url?.replacingOccurrences(of: placeholder, with: topic.id)
            one.filter = output.filter.map { .and(.tag(topic.id), $0) } ?? .tag(topic.id)
            one.topic = topic.id
            return one
        }
    }

    private func topics(_ node: Node) throws(ConfigError) -> [Topic] {
        let map = try mapping(node, key: "topics")
        var topics: [Topic] = []
        var marks: [String: Node] = [:]
        for (keyNode, valueNode) in map {
            let id = try scalar(keyNode, key: "topics")
            let key = "topics.\(id)"
            guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." })
            else {
                throw error(at: keyNode, key: key, "a topic id may hold only letters, digits, '-', '_' and '.'")
            }
            let topicMap = try mapping(valueNode, key: key)
            try checkKeys(
                topicMap,
                allowed: [
                    "title", "match", "match_case", "exclude", "within", "min_hits", "min_hits_per_words", "fuzzy",
                    "categories",
                ], in: key)
            var topic = Topic(id: id, title: try optionalString(topicMap, "title", in: key))
            topic.match = try stringList(topicMap, "match", in: key)
            topic.matchCase = try stringList(topicMap, "match_case", in: key)
            topic.exclude = try stringList(topicMap, "exclude", in: key)
            topic.within = try stringList(topicMap, "within", in: key)
            topic.categories = try stringList(topicMap, "categories", in: key)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if let node = value(topicMap, "min_hits") {
                topic.minHits = try integer(node, key: key + ".min_hits", range: 1...1000)
            }
            if let node = value(topicMap, "min_hits_per_words") {
                topic.minHitsPerWords = try integer(node, key: key + ".min_hits_per_words", range: 0...1_000_000)
            }
            if let node = value(topicMap, "fuzzy") {
                topic.fuzzy = try boolean(node, key: key + ".fuzzy")
            }
            for term in topic.match + topic.matchCase + topic.exclude {
                let trimmed = term.trimmingCharacters(in: .whitespaces)
                let words = TextNormalizer.tokens(in: trimmed.replacingOccurrences(of: "*", with: ""))
                guard !words.isEmpty else {
                    throw error(at: valueNode, key: key, "the term '\(term)' has no letters or digits to match")
                }
                // A `*` elsewhere would be read as a space ("Ukr*ine" as two words).
                guard !trimmed.dropLast().contains("*") else {
                    throw error(
                        at: valueNode, key: key,
                        "the term '\(term)' has a '*' inside it; only one at its end makes a prefix term ('Kosov*')")
                }
                if trimmed.hasSuffix("*"), let last = words.last, last.folded.count < 2 {
                    throw error(
                        at: valueNode, key: key,
                        "the prefix term '\(term)' gives one letter before its '*', which nearly every text matches")
                }
            }
            marks[id] = valueNode
            topics.append(topic)
        }
        let ids = Set(topics.map(\.id))
        for topic in topics {
            for parent in topic.within where !ids.contains(parent) {
                throw error(at: marks[topic.id]!, key: "topics.\(topic.id).within", "unknown topic '\(parent)'")
            }
        }
        if let cycle = TopicGraph.cycle(in: topics) {
            throw error(
                at: marks[cycle[0]]!, key: "topics.\(cycle[0]).within",
                "'within' makes a cycle: " + (cycle + [cycle[0]]).joined(separator: " → "))
        }
        return topics
    }

    // MARK: Node helpers

    private func value(_ map: Node.Mapping, _ key: String) -> Node? {
        map.first(where: { $0.key.string == key })?.value
    }

    private func mapping(_ node: Node, key: String?) throws(ConfigError) -> Node.Mapping {
        guard case .mapping(let map) = node else {
            throw error(at: node, key: key, "must be a mapping of 'key: value' lines")
        }
        return map
    }

    private func checkKeys(_ map: Node.Mapping, allowed: Set<String>, in parent: String?) throws(ConfigError) {
        for (keyNode, _) in map {
            let name = keyNode.string ?? "?"
            guard allowed.contains(name) else {
                let prefix = parent.map { $0 + "." } ?? ""
                let suggestion =
                    Spelling.nearest(to: name, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                throw error(
                    at: keyNode, key: prefix + name,
                    "unknown key\(suggestion); expected one of \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    private func scalar(_ node: Node, key: String) throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node else {
            throw error(at: node, key: key, "must be a single value, not a list or mapping")
        }
        return scalar.string
    }

    private func optionalString(_ map: Node.Mapping, _ name: String, in parent: String?) throws(ConfigError) -> String?
    {
        guard let node = value(map, name) else { return nil }
        let key = parent.map { $0 + "." + name } ?? name
        let text = try scalar(node, key: key)
        guard !text.isEmpty else { throw error(at: node, key: key, "must not be empty") }
        return text
    }

    private func stringList(_ map: Node.Mapping, _ name: String, in parent: String) throws(ConfigError) -> [String] {
        guard let node = value(map, name) else { return [] }
        let key = parent + "." + name
        switch node {
        case .scalar(let scalar):
            return scalar.string.isEmpty ? [] : [scalar.string]
        case .sequence(let sequence):
            var items: [String] = []
            for item in sequence {
                let text = try scalar(item, key: key)
                guard !text.isEmpty else { throw error(at: item, key: key, "an empty term matches nothing") }
                items.append(text)
            }
            return items
        default:
            throw error(at: node, key: key, "must be a list of terms, e.g. [\"NATO\", \"Rutte\"]")
        }
    }

    private func integer(_ node: Node, key: String, range: ClosedRange<Int>) throws(ConfigError) -> Int {
        let text = try scalar(node, key: key)
        guard let number = Int(text), range.contains(number) else {
            throw error(
                at: node, key: key, "'\(text)' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    private func boolean(_ node: Node, key: String) throws(ConfigError) -> Bool {
        let text = try scalar(node, key: key)
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(at: node, key: key, "'\(text)' is not true or false")
        }
    }

    private func duration(_ node: Node, key: String, allowsZero: Bool = false) throws(ConfigError) -> TimeInterval {
        let text = try scalar(node, key: key)
        guard let seconds = Quantity.duration(text) else {
            throw error(at: node, key: key, "'\(text)' is not a duration (e.g. 30s, 5m, 2h, 7d)")
        }
        guard seconds > 0 || allowsZero else {
            throw error(at: node, key: key, "'\(text)' is not a duration longer than zero (e.g. 30s, 5m, 2h, 7d)")
        }
        return seconds
    }

    private func absolute(_ relative: String) -> String {
        let expanded = (relative as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return expanded }
        return URL(fileURLWithPath: (folder as NSString).appendingPathComponent(expanded)).standardizedFileURL.path
    }

    private func error(at node: Node, key: String?, _ message: String) -> ConfigError {
        ConfigError(file: displayPath, line: node.mark?.line, column: node.mark?.column, key: key, message)
    }

    private func yamlError(_ error: YamlError) -> ConfigError {
        switch error {
        case .scanner(_, let problem, let mark, let yaml), .parser(_, let problem, let mark, let yaml),
            .composer(_, let problem, let mark, let yaml):
            // libyaml's word for a tab that indents a line is "found character that cannot
            // start any token"; the tab is the commonest mistake in a hand-written file.
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let nearby = lines.indices.filter { abs($0 + 1 - mark.line) <= 1 }
            if let tabbed = nearby.first(where: { lines[$0].prefix { $0 == " " || $0 == "\t" }.contains("\t") }) {
                return ConfigError(
                    file: displayPath, line: tabbed + 1, column: 1,
                    "not valid YAML: a tab indents line \(tabbed + 1); YAML indents with spaces only")
            }
            return ConfigError(file: displayPath, line: mark.line, column: mark.column, "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ConfigError(
                file: displayPath, line: context.mark.line, column: context.mark.column,
                "not valid YAML: \(names) \(duplicates.count == 1 ? "is" : "are") given twice in one mapping "
                    + "(the one around this line); keep one")
        default:
            return ConfigError(file: displayPath, "not valid YAML: \(error)")
        }
    }
}
