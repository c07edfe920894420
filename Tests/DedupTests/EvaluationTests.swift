import Dedup
import Foundation
import TestSupport
import Testing

/// Quality of deduplication on the labelled set: the figures the README reports.
@Suite struct EvaluationTests {
    @Test func precisionAndRecallOnTheLabelledSet() throws {
        let set = try EvaluationSet()
        #expect(set.items.count >= 200)
        let report = set.score(set.cluster())
        var lines = [
            String(
                format: "dedup evaluation: %d articles, precision %.3f, recall %.3f, F1 %.3f (TP %d, FP %d, FN %d)",
                set.items.count, report.precision, report.recall, report.f1, report.truePositives,
                report.falsePositives, report.falseNegatives)
        ]
        for (kind, entry) in report.recallByKind.sorted(by: { $0.key < $1.key }) {
            lines.append(
                String(
                    format: "  recall %-14@ %.3f (%d of %d pairs)", kind, Double(entry.found) / Double(entry.total),
                    entry.found, entry.total))
        }
        lines += report.mistakes.map { "  " + $0 }
        TestReport.show(lines.joined(separator: "\n"))
        #expect(report.precision >= 0.97)
        #expect(report.recall >= 0.90)
    }
}
