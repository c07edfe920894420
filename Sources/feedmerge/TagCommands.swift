import ArgumentParser
import FeedText
import FeedmergeConfig
import Foundation
import Pipeline
import Tagger

/// `feedmerge tags`: every tag with how many articles and stories of a period carry it.
struct TagsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "List tags (topics and feed tags) with their article and story counts over a period.",
        discussion: """
            With --topic ID, show instead how that topic tags the period's articles: for each of \
            its terms, the articles it tagged (on its own, or with others), those it only came \
            near, and a few examples; the exclude terms that vetoed it; the terms that matched \
            nothing; the longer words that begin with a term and that no term matches (plurals, \
            inflected forms: a term matches whole words). With --untagged, list instead what the period's articles that no topic tags have in \
            common: the feeds they come from, the names they carry that no topic names (where to \
            look for the terms the topics lack), the feeds' own categories they carry that no \
            topic's categories: names (with the topics of the tagged articles that carry them), \
            and the newest of them. That report tags with \
            the topics as configured now, so it needs no build after editing them.
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Count articles dated within this period (e.g. 24h, 7d, 4w).")
    var since = "7d"

    @Flag(name: .long, help: "Print one JSON object per tag, one per line (with --untagged, one object).")
    var json = false

    @Flag(
        name: .long,
        help: "Report the articles no topic tags: their feeds, their names and categories no topic names, the newest.")
    var untagged = false

    @Option(name: .long, help: "With --untagged, list at most this many feeds, names, categories and articles.")
    var limit = 20

    @Option(name: .long, help: "Show how this topic tags the period's articles, term by term.")
    var topic: String?

    @Option(name: .long, help: "With --topic, show at most this many articles for each term.")
    var examples = 2

    func validate() throws {
        guard Quantity.duration(since) != nil else {
            throw ValidationError("--since '\(since)' is not a duration (e.g. 24h, 7d, 4w)")
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard examples >= 0 else { throw ValidationError("--examples must be 0 or more") }
        guard !(untagged && topic != nil) else {
            throw ValidationError("--untagged and --topic are two reports; ask for one")
        }
    }

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        let start = Date().addingTimeInterval(-(Quantity.duration(since) ?? 604_800))
        let counted: Int
        do {
            if let topic {
                counted = try audit(topic, pipeline, configuration, since: start)
            } else if untagged {
                let report = try pipeline.untagged(since: start, limit: limit)
                Terminal.show(
                    json
                        ? UntaggedListing.json(report)
                        : UntaggedListing.text(report, since: since, limit: limit).joined(separator: "\n"))
                counted = report.articles
            } else {
                counted = try listCounts(pipeline, since: start)
            }
        } catch {
            Terminal.fail(error)
        }
        // A store of older articles (the demo's, a feed archive) counts nothing in the default
        // week: say so, rather than leave a table of zeros to be read as tagging that failed.
        if counted == 0, let newest = try? pipeline.newestArticleDate(), newest < start {
            Terminal.note(Self.noArticleNote(since: since, newest: newest))
        }
    }

    /// What a report says when its period holds no article: how old the newest is, and a
    /// `--since` that reaches it.
    static func noArticleNote(since: String, newest: Date) -> String {
        let day = newest.formatted(.iso8601.year().month().day())
        return "no article is dated within the last \(since); the newest is dated \(day) "
            + "(look further back with --since, e.g. --since \(period(reaching: newest)))"
    }

    /// Prints the article and story counts of every tag; returns the articles counted.
    private func listCounts(_ pipeline: Pipeline, since start: Date) throws(PipelineError) -> Int {
        let counts = try pipeline.tagCounts(since: start)
        let counted = counts.map(\.articles).max() ?? 0
        if json {
            for count in counts {
                var object = JSONObjectBuilder()
                object.add("tag", count.tag)
                object.add("title", count.title)
                object.add("source", count.isTopic ? "topic" : "feed")
                object.add("articles", count.articles)
                object.add("stories", count.stories)
                Terminal.show(object.json)
            }
            return counted
        }
        if counts.isEmpty {
            Terminal.show("no topics are configured and no feed has tags")
            return counted
        }
        let width = max(3, counts.map(\.tag.count).max() ?? 3)
        Terminal.show(
            "tag".padding(toLength: width, withPad: " ", startingAt: 0) + "  articles  stories  (since \(since) ago)")
        for count in counts {
            var line = count.tag.padding(toLength: width, withPad: " ", startingAt: 0)
            line += TextColumn.right(count.articles, 10) + TextColumn.right(count.stories, 9)
            if !count.isTopic { line += "  (feed tag)" }
            if let title = count.title, title != count.tag { line += "  \(title)" }
            Terminal.show(line)
        }
        return counted
    }

    /// Prints how the topic `id` tags the period's articles; returns the articles read.
    private func audit(
        _ id: String, _ pipeline: Pipeline, _ configuration: Configuration, since start: Date
    ) throws(PipelineError) -> Int {
        guard let audit = try pipeline.audit(topic: id, since: start, examples: examples) else {
            Terminal.error(configuration.noTopicMessage(id))
            Foundation.exit(ExitStatus.usage)
        }
        Terminal.show(
            json ? TopicAuditListing.json(audit) : TopicAuditListing.text(audit, since: since).joined(separator: "\n"))
        return audit.articles
    }

    /// A period in weeks that reaches back to `date`.
    static func period(reaching date: Date) -> String {
        "\(max(1, Int((Date().timeIntervalSince(date) / 604_800).rounded(.up))))w"
    }
}

/// How `feedmerge explain` shows the tags of one article.
enum TagReport {
    static func text(_ tags: [TagExplanation], feedTags: [String]) -> [String] {
        var lines: [String] = []
        let tagged = tags.filter(\.isTagged)
        let misses = tags.filter { !$0.isTagged }
        let all = Set(tagged.map(\.topic)).union(feedTags).sorted()
        lines.append(all.isEmpty ? "Tags: none" : "Tags: " + all.joined(separator: ", "))
        for tag in tagged {
            switch tag.verdict {
            case .inherited: lines.append("  \(tag.topic): within \(tag.via.joined(separator: ", "))")
            default: lines.append("  \(tag.topic): " + occurrences(tag.matches))
            }
        }
        if !feedTags.isEmpty { lines.append("  from the feed: " + feedTags.joined(separator: ", ")) }
        if !misses.isEmpty {
            lines.append("Near misses:")
            for tag in misses {
                switch tag.verdict {
                case .excluded:
                    lines.append(
                        "  \(tag.topic): excluded by " + occurrences(tag.exclusions) + "; it matched "
                            + occurrences(tag.matches))
                default:
                    let needed =
                        tag.neededHits == tag.minHits
                        ? "min_hits is \(tag.minHits)"
                        : "\(tag.neededHits) needed in its \(tag.bodyWords) words (min_hits \(tag.minHits) for "
                            + "every \(tag.minHitsPerWords))"
                    lines.append(
                        "  \(tag.topic): \(tag.bodyHits) \(tag.bodyHits == 1 ? "match" : "matches") in the body, "
                            + needed + ": " + occurrences(tag.matches))
                }
            }
        }
        return lines
    }

    /// The words the terms of `topic` nearly matched (`explain --topic`).
    static func nearMatches(_ matches: [NearMatchFinder.NearMatch], of topic: String?) -> [String] {
        guard let topic else { return [] }
        guard !matches.isEmpty else { return ["Near matches of \(topic): none (no word comes near its terms)"] }
        return ["Near matches of \(topic):"]
            + matches.map { match in
                var line = "  \"\(match.text)\" in the \(match.place.rawValue)"
                if match.count > 1 { line += " ×\(match.count)" }
                switch match.kind {
                case .longer:
                    line +=
                        ": longer than the term \"\(match.term)\" (a term matches whole words: list the word, or end "
                        + "the term with *)"
                case .otherForm:
                    line +=
                        ": another form of the term \"\(match.term)\" (Ukrainian writes о or е for the і of its last "
                        + "syllable in the other forms: end the term with * to match them all)"
                case .otherCase: line += ": the term \"\(match.term)\" in another case (it is a match_case term)"
                case .oneEdit: line += ": one letter from the term \"\(match.term)\" (\(topic) is not fuzzy)"
                }
                return line
            }
    }

    static func json(_ match: NearMatchFinder.NearMatch) -> String {
        var object = JSONObjectBuilder()
        object.add("kind", match.kind.rawValue)
        object.add("term", match.term)
        object.add("text", match.text)
        object.add("where", match.place.rawValue)
        object.add("count", match.count)
        return object.json
    }

    /// Whether `text` is more than `term` in another case or with other accents.
    private static func isAnotherSpelling(_ text: String, of term: String) -> Bool {
        let written = term.hasSuffix("*") ? String(term.dropLast()) : term
        return FoldedText(text).bytes != FoldedText(written).bytes
    }

    private static func occurrences(_ list: [TermOccurrence]) -> String {
        list.map { occurrence in
            var text = "\"\(occurrence.term)\" in the \(occurrence.place.rawValue)"
            if occurrence.count > 1 { text += " ×\(occurrence.count)" }
            if occurrence.isUnsureName {
                text +=
                    " (as \"\(occurrence.text)\", one letter off, but its capital tells no name here: a headline in "
                    + "title case or a run of capitalized words: not counted)"
            } else if occurrence.isFuzzy {
                text += " (as \"\(occurrence.text)\", one letter off)"
            } else if occurrence.place != .category, isAnotherSpelling(occurrence.text, of: occurrence.term) {
                // A prefix's word, another spelling (`Zuerich`, `Zelenskyy`, `F35`), a Cyrillic
                // reading: the words the article wrote (folded), where they are not the term's own.
                text += " (as \"\(occurrence.text)\")"
            }
            if occurrence.isInOtherName {
                text += " (a word of a longer name another topic lists: not counted)"
            } else if occurrence.isInOtherLanguage {
                text +=
                    " (a Cyrillic term's Latin letters, counted only in a Serbian, Croatian, Bosnian, Montenegrin or "
                    + "Slovenian article: not counted)"
            } else if occurrence.isContradicted {
                text += " (case says nothing in this headline, and the article writes it in lower case: not counted)"
            } else if occurrence.isCaseUncertain {
                text += " (case says nothing in this headline: counted as in the body)"
            }
            return text
        }.joined(separator: ", ")
    }

    static func json(_ tags: [TagExplanation]) -> [String] {
        tags.map { tag in
            var object = JSONObjectBuilder()
            object.add("topic", tag.topic)
            object.add("verdict", tag.verdict.rawValue)
            object.add("tagged", tag.isTagged)
            object.add("matches", jsonArray: tag.matches.map(json))
            object.add("exclusions", jsonArray: tag.exclusions.map(json))
            object.add("body_hits", tag.bodyHits)
            object.add("min_hits", tag.minHits)
            object.add("needed_hits", tag.neededHits)
            object.add("min_hits_per_words", tag.minHitsPerWords)
            object.add("body_words", tag.bodyWords)
            if !tag.via.isEmpty { object.add("via", strings: tag.via) }
            return object.json
        }
    }

    private static func json(_ occurrence: TermOccurrence) -> String {
        var object = JSONObjectBuilder()
        object.add("term", occurrence.term)
        object.add("where", occurrence.place.rawValue)
        object.add("text", occurrence.text)
        object.add("count", occurrence.count)
        object.add("fuzzy", occurrence.isFuzzy)
        object.add("case_uncertain", occurrence.isCaseUncertain)
        object.add("lower_case_elsewhere", occurrence.isContradicted)
        object.add("other_language", occurrence.isInOtherLanguage)
        object.add("capital_tells_no_name", occurrence.isUnsureName)
        object.add("in_other_topics_name", occurrence.isInOtherName)
        return object.json
    }
}
