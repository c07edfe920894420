import ArgumentParser
import Dedup
import FeedModel
import FeedText
import FeedmergeConfig
import Foundation
import Pipeline
import Tagger

/// `feedmerge clusters`: the merged stories, their copies, and why each copy is there.
struct ClustersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "List merged stories with their copies and the scores that merged them.")

    @OptionGroup var options: CommonOptions

    @Option(name: .long, help: "Only stories with a copy this recent (e.g. 24h, 3d, 1w).")
    var since = "24h"

    @Flag(name: .long, help: "Print one JSON object per story, one per line.")
    var json = false

    func validate() throws {
        guard Quantity.duration(since) != nil else {
            throw ValidationError("--since '\(since)' is not a duration (e.g. 24h, 3d, 1w)")
        }
    }

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        let clusters: [StoryCluster]
        let start = Date().addingTimeInterval(-(Quantity.duration(since) ?? 86_400))
        do {
            clusters = try pipeline.clusters(since: start)
        } catch {
            Terminal.fail(error)
        }
        if clusters.isEmpty {
            if !json { Terminal.show("no merged stories since \(since) ago") }
            // A store of older articles (the demo's, a feed archive) has none in the default day:
            // say how far back its newest article is, rather than leave "none" to be read as
            // deduplication that found nothing.
            if let newest = try? pipeline.newestArticleDate(), newest < start {
                Terminal.note(TagsCommand.noArticleNote(since: since, newest: newest))
            }
            return
        }
        if json {
            for cluster in clusters { Terminal.show(Self.json(cluster)) }
            return
        }
        for cluster in clusters {
            let title = Self.title(cluster.members[0].article)
            Terminal.show(
                "\(cluster.id)  \(cluster.members.count) copies  \(InternetDate.rfc3339(cluster.date))  \(title)")
            for member in cluster.members {
                Terminal.show(
                    "  \(Self.describe(member.evidence))  \(member.article.outletName): \(Self.title(member.article))")
                if let link = member.article.article.link { Terminal.show("      \(link)") }
            }
        }
    }

    static func title(_ article: SourcedArticle) -> String {
        let title = ArticleReference.title(article) ?? "(untitled)"
        return title.count > 100 ? String(title.prefix(99)) + "…" : title
    }

    /// "founder", "same link", "copy 0.97", "retold 0.71"…
    static func describe(_ evidence: MatchEvidence?) -> String {
        guard let evidence else { return "not placed yet" }
        switch evidence.reason {
        case .founder: return "founder"
        case .sameLink: return "same link"
        case .matched: return "\(evidence.verdict?.rawValue ?? "match") \(String(format: "%.2f", evidence.score))"
        }
    }

    static func json(_ cluster: StoryCluster) -> String {
        var object = JSONObjectBuilder()
        object.add("id", cluster.id)
        object.add("key", cluster.key)
        object.add("date", InternetDate.rfc3339(cluster.date))
        object.add("title", cluster.members.first.map { title($0.article) })
        object.add("sources", Set(cluster.members.map(\.article.outletKey)).count)
        let members = cluster.members.map { member -> String in memberJSON(member.article, member.evidence) }
        object.add("members", jsonArray: members)
        return object.json
    }

    static func memberJSON(_ article: SourcedArticle, _ evidence: MatchEvidence?) -> String {
        var object = JSONObjectBuilder()
        object.add("article_id", article.storeID)
        object.add("feed", URLCredentials.masked(article.feedURL))
        object.add("outlet", article.outletName)
        object.add("title", ArticleReference.title(article))
        object.add("link", article.article.link)
        object.add("published", InternetDate.rfc3339(article.date))
        if let evidence {
            object.add("reason", evidence.reason.rawValue)
            object.add("verdict", evidence.verdict?.rawValue)
            object.add("score", evidence.score, decimals: 3)
            object.add("matched_article_id", evidence.matchedArticle)
            if let value = evidence.phrases { object.add("phrases", value, decimals: 3) }
            if let value = evidence.words { object.add("words", value, decimals: 3) }
            if let value = evidence.names { object.add("names", value, decimals: 3) }
            if let value = evidence.title { object.add("title_similarity", value, decimals: 3) }
            object.add("matched_copies", evidence.matchedCopies)
            object.add("compared_copies", evidence.comparedCopies)
        }
        return object.json
    }
}

/// `feedmerge explain URL`: which story an article joined and why, or what came nearest.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Say which story an article joined and why (or its nearest misses), and why it has its tags.")

    @OptionGroup var options: CommonOptions

    @Argument(help: "The article's link (as its feed gives it, or any form of it that canonicalizes the same).")
    var url: String

    @Flag(name: .long, help: "Print one JSON object per matching article, one per line.")
    var json = false

    @Option(
        name: .long,
        help: "Also show the words this topic's terms nearly match: longer forms, another case, one letter off.")
    var topic: String?

    func run() async throws {
        let configuration = options.loadConfiguration()
        let pipeline = Pipeline(configuration: configuration, logger: options.makeLogger())
        var checked: Topic?
        if let topic {
            guard let found = configuration.topics.first(where: { $0.id == topic }) else {
                Terminal.error(configuration.noTopicMessage(topic))
                throw ExitCode(ExitStatus.usage)
            }
            checked = found
        }
        let explanations: [ArticleExplanation]
        do {
            explanations = try pipeline.explain(link: url, topic: checked)
        } catch {
            Terminal.fail(error)
        }
        guard !explanations.isEmpty else {
            Terminal.error("no stored article has the link \(url)")
            throw ExitCode(ExitStatus.someFailed)
        }
        for explanation in explanations {
            Terminal.show(json ? Self.json(explanation) : Self.text(explanation))
        }
    }

    static func text(_ explanation: ArticleExplanation) -> String {
        let article = explanation.article
        var lines = [
            "\(ClustersCommand.title(article))",
            "  \(article.outletName), \(InternetDate.rfc3339(article.date)), \(article.article.link ?? "no link")",
        ]
        let tags =
            TagReport.text(explanation.tags, feedTags: explanation.feedTags)
            + TagReport.nearMatches(explanation.nearMatches, of: explanation.checkedTopic)
        guard let story = explanation.story, let evidence = explanation.evidence else {
            lines.append("Not placed in a story yet: the next `feedmerge build` places it.")
            return (lines + tags).joined(separator: "\n")
        }
        let others = story.members.filter { $0.article.storeID != article.storeID }
        let outlets = Set(story.members.map(\.article.outletKey)).count
        lines.append(
            "Story \(story.id): \(Self.count(story.members.count, "copy", "copies")) from "
                + Self.count(outlets, "outlet", "outlets"))
        switch evidence.reason {
        case .founder:
            lines.append(
                others.isEmpty
                    ? "It founded its story, and no other article matched it."
                    : "It founded its story; the other copies joined it.")
        case .sameLink:
            lines.append(
                "It joined because its link is the same page as \(explanation.decidingCopy.map(Self.cite) ?? "a copy already there")."
            )
        case .matched:
            if let copies = evidence.matchedCopies, let compared = evidence.comparedCopies {
                lines.append("It joined because it matched \(copies) of the \(compared) copies within the window.")
            }
            if let deciding = explanation.decidingCopy, let detail = explanation.decidingComparison {
                lines.append("Best match, \(cite(deciding)): \(detail.summary).")
            }
        }
        for member in others {
            lines.append("  also: \(ClustersCommand.describe(member.evidence))  \(cite(member.article))")
        }
        if !explanation.nearestMisses.isEmpty {
            lines.append("Nearest articles not merged with it:")
            for miss in explanation.nearestMisses {
                lines.append("  \(cite(miss.article)): \(miss.detail.summary).")
            }
        }
        return (lines + tags).joined(separator: "\n")
    }

    static func count(_ value: Int, _ one: String, _ many: String) -> String {
        "\(value) \(value == 1 ? one : many)"
    }

    static func cite(_ article: SourcedArticle) -> String {
        "\"\(ClustersCommand.title(article))\" (\(article.outletName))"
    }

    static func json(_ explanation: ArticleExplanation) -> String {
        var object = JSONObjectBuilder()
        object.add("article", json: ClustersCommand.memberJSON(explanation.article, explanation.evidence))
        if let story = explanation.story { object.add("story", json: ClustersCommand.json(story)) }
        var dedup = JSONObjectBuilder()
        dedup.add("reason", explanation.evidence?.reason.rawValue)
        if let deciding = explanation.decidingCopy, let detail = explanation.decidingComparison {
            dedup.add("deciding_copy", json: ClustersCommand.memberJSON(deciding, nil))
            dedup.add("comparison", json: comparisonJSON(detail))
        }
        let misses = explanation.nearestMisses.map { miss -> String in
            var entry = JSONObjectBuilder()
            entry.add("article", json: ClustersCommand.memberJSON(miss.article, nil))
            entry.add("comparison", json: comparisonJSON(miss.detail))
            return entry.json
        }
        dedup.add("nearest_misses", jsonArray: misses)
        object.add("dedup", json: dedup.json)
        object.add("tags", jsonArray: TagReport.json(explanation.tags))
        object.add("feed_tags", strings: explanation.feedTags)
        if let topic = explanation.checkedTopic {
            var near = JSONObjectBuilder()
            near.add("topic", topic)
            near.add("matches", jsonArray: explanation.nearMatches.map(TagReport.json))
            object.add("near_matches", json: near.json)
        }
        return object.json
    }

    static func comparisonJSON(_ detail: ComparisonDetail) -> String {
        let c = detail.comparison
        var object = JSONObjectBuilder()
        object.add("verdict", c.verdict.rawValue)
        object.add("duplicate", c.verdict.isDuplicate)
        object.add("summary", detail.summary)
        object.add("phrases", c.phrases, decimals: 3)
        object.add("words", c.words, decimals: 3)
        object.add("names", c.names, decimals: 3)
        object.add("title_similarity", c.title, decimals: 3)
        object.add("hours_apart", c.hoursApart, decimals: 1)
        object.add("shared_names", strings: detail.sharedNames)
        object.add("figures_only_here", strings: detail.figuresOnlyFirst)
        object.add("figures_only_there", strings: detail.figuresOnlySecond)
        return object.json
    }
}
