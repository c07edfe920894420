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
        lines += longerForms(
            audit.longerForms,
            heading: "longer words that begin with a term, which no term matches (a term matches whole words: "
                + "list the word too, or end the term with *):")
        lines += longerForms(
            audit.otherForms,
            heading: "other forms of Ukrainian names, which no term matches (the і of the last syllable becomes о "
                + "or е: end the term with * to match them all):")
        return lines
    }

    /// The longer words, grouped by term (the term with the most articles first), at most
    /// `perTerm` words to a term.
    private static func longerForms(_ forms: [TopicAudit.LongerForm], heading: String, perTerm: Int = 5) -> [String] {
        guard !forms.isEmpty else { return [] }
        var order: [String] = []
        var byTerm: [String: [TopicAudit.LongerForm]] = [:]
        for form in forms {
            if byTerm[form.term] == nil { order.append(form.term) }
            byTerm[form.term, default: []].append(form)
        }
        var lines = ["", heading]
        for term in order {
            let words = byTerm[term] ?? []
            let shown = words.prefix(perTerm).map { "\($0.word) (\($0.articles))" }.joined(separator: ", ")
            lines.append("  \(term): \(shown)\(words.count > perTerm ? ", … \(words.count - perTerm) more" : "")")
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
        object.add("longer_forms", jsonArray: audit.longerForms.map(form))
        object.add("other_forms", jsonArray: audit.otherForms.map(form))
        return object.json
    }

    private static func form(_ form: TopicAudit.LongerForm) -> String {
        var entry = JSONObjectBuilder()
        entry.add("term", form.term)
        entry.add("word", form.word)
        entry.add("articles", form.articles)
        return entry.json
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
