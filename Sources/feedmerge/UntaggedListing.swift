import FeedModel
import FeedText
import Foundation
import Pipeline
import Tagger

/// How `feedmerge tags --untagged` shows the articles no topic tags.
enum UntaggedListing {
    /// The report as lines, with at most `limit` feeds (a store of hundreds would push the
    /// names off the screen; the JSON has them all).
    static func text(_ report: UntaggedReport, since: String, limit: Int) -> [String] {
        guard report.articles > 0 else { return ["0 articles since \(since) ago"] }
        guard report.untagged > 0 else {
            return ["every one of the \(report.articles) articles since \(since) ago carries a topic"]
        }
        let share = Int((Double(report.untagged) / Double(report.articles) * 100).rounded())
        var lines = [
            "\(report.untagged) of \(report.articles) articles since \(since) ago carry no topic (\(share)%), "
                + "with the topics as configured now.",
            "",
        ]
        let shown = report.feeds.prefix(limit)
        let width = max(4, shown.map(\.feed.count).max() ?? 4)
        lines.append("feed".padding(toLength: width, withPad: " ", startingAt: 0) + "  untagged  articles")
        for feed in shown {
            lines.append(
                feed.feed.padding(toLength: width, withPad: " ", startingAt: 0) + TextColumn.right(feed.untagged, 10)
                    + TextColumn.right(feed.articles, 10))
        }
        if report.feeds.count > shown.count {
            let rest = report.feeds.dropFirst(shown.count)
            lines.append(
                "… and \(rest.count) more \(rest.count == 1 ? "feed" : "feeds") with "
                    + "\(rest.reduce(0) { $0 + $1.untagged }) untagged articles (--limit shows more, --json all)")
        }
        lines.append("")
        if report.names.isEmpty {
            lines.append("no name that no topic names is in two untagged articles or more")
        } else {
            lines.append(
                "names in untagged articles that no topic names (untagged articles, their feeds, tagged articles):")
            let nameWidth = report.names.map(\.name.count).max() ?? 0
            for name in report.names {
                lines.append(
                    "  " + name.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                        + TextColumn.right(name.untaggedArticles, 6) + TextColumn.right(name.feeds, 6)
                        + TextColumn.right(name.taggedArticles, 6))
            }
        }
        lines.append("")
        if report.categories.isEmpty {
            lines.append("no source category that no topic's categories: names is in two untagged articles or more")
        } else {
            lines.append(
                "source categories of untagged articles that no topic's categories: names "
                    + "(untagged articles, their feeds, tagged articles: their topics):")
            let categoryWidth = report.categories.map(\.category.count).max() ?? 0
            for entry in report.categories {
                let topics = entry.topics.map { "\($0.topic) \($0.articles)" }.joined(separator: ", ")
                lines.append(
                    "  " + entry.category.padding(toLength: categoryWidth, withPad: " ", startingAt: 0)
                        + TextColumn.right(entry.untaggedArticles, 6) + TextColumn.right(entry.feeds, 6)
                        + TextColumn.right(entry.taggedArticles, 6) + (topics.isEmpty ? "" : "  " + topics))
            }
        }
        lines.append("")
        lines.append("newest untagged articles (feedmerge explain URL tells what each came near):")
        for article in report.newest {
            lines.append("  " + ArticleReference.line(article))
            if let link = article.article.link { lines.append("      \(link)") }
        }
        return lines
    }

    static func json(_ report: UntaggedReport) -> String {
        var object = JSONObjectBuilder()
        object.add("articles", report.articles)
        object.add("untagged", report.untagged)
        object.add("feeds", objects: report.feeds) { entry, feed in
            entry.add("feed", feed.feed)
            entry.add("url", URLCredentials.masked(feed.url))
            entry.add("untagged", feed.untagged)
            entry.add("articles", feed.articles)
        }
        object.add("names", objects: report.names) { entry, name in
            entry.add("name", name.name)
            entry.add("untagged_articles", name.untaggedArticles)
            entry.add("feeds", name.feeds)
            entry.add("tagged_articles", name.taggedArticles)
        }
        object.add("categories", objects: report.categories) { entry, category in
            entry.add("category", category.category)
            entry.add("untagged_articles", category.untaggedArticles)
            entry.add("feeds", category.feeds)
            entry.add("tagged_articles", category.taggedArticles)
            entry.add("topics", objects: category.topics) { topic, count in
                topic.add("topic", count.topic)
                topic.add("articles", count.articles)
            }
        }
        object.add("newest", jsonArray: report.newest.map(ArticleReference.json))
        return object.json
    }
}
