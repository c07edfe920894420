import FeedModel
import FeedText
import Foundation
import Pipeline
import Tagger

/// How `feedmerge tags --topic ID` shows how one topic tags a period's articles, term by term.
enum TopicAuditListing {
    static func text(_ audit: TopicAudit, since: String) -> [String] {
        let name = audit.topic.title.map { "\(audit.topic.id) (\($0))" } ?? audit.topic.id
        var lines = [
            "\(name) since \(since) ago: of \(audit.articles) articles, \(audit.tagged) tagged by its terms, "
                + "\(audit.inherited) through topics within it, \(audit.fromFeeds) by feed tags alone; near misses: "
                + "\(audit.belowMinimum) below min_hits, \(audit.excluded) excluded.",
            "",
        ]
        if audit.terms.isEmpty {
            lines.append("none of its terms matched")
        } else {
            let width = max(4, audit.terms.map(\.term.count).max() ?? 4)
            lines.append("term".padding(toLength: width, withPad: " ", startingAt: 0) + "  tagged  alone  near")
            for use in audit.terms {
                lines.append(
                    use.term.padding(toLength: width, withPad: " ", startingAt: 0) + TextColumn.right(use.tagged, 8)
                        + TextColumn.right(use.alone, 7) + TextColumn.right(use.nearMisses, 6))
                for (index, article) in use.examples.enumerated() {
                    lines.append((index < use.alone ? "    alone  " : "           ") + ArticleReference.line(article))
                }
            }
        }
        if !audit.exclusions.isEmpty {
            lines.append("")
            lines.append("exclude terms that vetoed it:")
            for use in audit.exclusions {
                lines.append("  \(use.term): \(use.nearMisses) \(use.nearMisses == 1 ? "article" : "articles")")
                for article in use.examples { lines.append("    " + ArticleReference.line(article)) }
            }
        }
        if !audit.unused.isEmpty {
            lines.append("")
            lines.append("terms that matched nothing since \(since) ago: " + audit.unused.joined(separator: ", "))
        }
        return lines
    }

    static func json(_ audit: TopicAudit) -> String {
        var object = JSONObjectBuilder()
        object.add("topic", audit.topic.id)
        object.add("title", audit.topic.title)
        object.add("articles", audit.articles)
        object.add("tagged", audit.tagged)
        object.add("inherited", audit.inherited)
        object.add("from_feeds", audit.fromFeeds)
        object.add("below_min_hits", audit.belowMinimum)
        object.add("excluded", audit.excluded)
        object.add("terms", jsonArray: audit.terms.map(term))
        object.add("exclusions", jsonArray: audit.exclusions.map(term))
        object.add("unused", strings: audit.unused)
        return object.json
    }

    private static func term(_ use: TopicAudit.TermUse) -> String {
        var entry = JSONObjectBuilder()
        entry.add("term", use.term)
        entry.add("tagged", use.tagged)
        entry.add("alone", use.alone)
        entry.add("near_misses", use.nearMisses)
        var places = JSONObjectBuilder()
        for place in TextPlace.allCases { places.add(place.rawValue, use.places[place]) }
        entry.add("places", json: places.isEmpty ? nil : places.json)
        entry.add("examples", jsonArray: use.examples.map(ArticleReference.json))
        return entry.json
    }
}
