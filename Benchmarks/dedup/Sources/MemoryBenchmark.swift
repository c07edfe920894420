import BenchmarkSupport
import Dedup
import FeedText
import Foundation

/// Dedups `count` synthetic articles in memory, as a build does (clean, fingerprint, place),
/// streaming in date order and forgetting what leaves the window; generation is not timed.
struct MemoryBenchmark {
    let corpus: String
    let count: Int
    let perDay: Double
    let seed: UInt64

    func run() throws -> String {
        var news = try SyntheticNews(corpus: corpus, perDay: perDay, seed: seed)
        let baseline = Measure.peakMemoryMB()
        let scorer = DuplicateScorer()
        let clusterer = StoryClusterer(scorer: scorer)
        let fingerprinter = Fingerprinter()
        var models = [BoilerplateModel](repeating: BoilerplateModel(), count: news.feeds)
        var learned = [Set<UInt64>](repeating: [], count: news.feeds)
        var placed: [Int32] = []
        var truth: [Int32] = []
        var storyNumbers: [String: Int32] = [:]
        placed.reserveCapacity(count)
        truth.reserveCapacity(count)
        var elapsed: Duration = .zero
        let clock = ContinuousClock()
        var done = 0
        var stories: [String] = []
        // Story keys made before the timing starts, as the store hands them over.
        var keys: [String] = []
        for index in 0..<count { keys.append("entry:\(index)") }
        while done < count {
            let chunk = news.next(min(10_000, count - done))
            let started = clock.now
            for item in chunk {
                // Boilerplate is learned as the pipeline learns it: shapes counted, then the
                // feed's learned set refreshed now and then.
                let prepared = fingerprinter.prepare(item.article)
                models[item.feed].observe(prepared.shapes)
                if models[item.feed].articles % 50 == 3 { learned[item.feed] = models[item.feed].learned }
                let output = fingerprinter.fingerprint(prepared, date: item.date, learned: learned[item.feed])
                let entry = DedupEntry(
                    id: Int64(done), feed: Int64(item.feed), fingerprint: output.fingerprint,
                    identities: StoryMerger.identities(of: item.article))
                stories.append(clusterer.assign(entry, newKey: keys[done]).story)
                truth.append(Int32(item.story))
                done += 1
            }
            if let last = chunk.last { clusterer.forget(before: last.date.addingTimeInterval(-scorer.window - 86_400)) }
            elapsed += clock.now - started
            // Outside the timing: the bookkeeping of the benchmark itself.
            for story in stories {
                let number = storyNumbers[story] ?? Int32(storyNumbers.count)
                storyNumbers[story] = number
                placed.append(number)
            }
            stories.removeAll(keepingCapacity: true)
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let (precision, recall) = Self.pairwise(placed: placed, truth: truth)
        return String(
            format:
                "{\"kind\":\"memory\",\"articles\":%d,\"seconds\":%.3f,\"us_per_article\":%.1f,\"peak_mb\":%.0f,"
                + "\"baseline_mb\":%.0f,\"held\":%d,\"stories\":%d,\"precision\":%.4f,\"recall\":%.4f,\"bases\":%d}",
            count, seconds, seconds / Double(count) * 1e6, Measure.peakMemoryMB(), baseline, clusterer.heldCount,
            storyNumbers.count, precision, recall, news.baseCount)
    }

    /// Pairwise precision and recall of `placed` against `truth`.
    static func pairwise(placed: [Int32], truth: [Int32]) -> (Double, Double) {
        var both: [Int64: Int] = [:]
        var byPlaced: [Int32: Int] = [:]
        var byTruth: [Int32: Int] = [:]
        for (p, t) in zip(placed, truth) {
            both[Int64(p) << 32 | Int64(t), default: 0] += 1
            byPlaced[p, default: 0] += 1
            byTruth[t, default: 0] += 1
        }
        func pairs(_ n: Int) -> Double { Double(n * (n - 1) / 2) }
        let truePairs = both.values.reduce(0) { $0 + pairs($1) }
        let predicted = byPlaced.values.reduce(0) { $0 + pairs($1) }
        let actual = byTruth.values.reduce(0) { $0 + pairs($1) }
        return (predicted == 0 ? 1 : truePairs / predicted, actual == 0 ? 1 : truePairs / actual)
    }
}
