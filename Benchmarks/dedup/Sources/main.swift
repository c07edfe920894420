import BenchmarkSupport
import Foundation

// dedup-bench: the dedup benchmarks, one measurement per process (so that peak memory is the
// measurement's own), one JSON line on stdout. Benchmarks/dedup/run runs the rounds and reports
// medians.
//
//   dedup-bench memory ARTICLES [--per-day N] [--corpus PATH]
//   dedup-bench incremental STORE_ARTICLES NEW_ARTICLES [--per-day N] [--corpus PATH] [--folder PATH]

var options = BenchmarkArguments()
let corpus = options.corpus()
let perDay = Double(options.option("--per-day", "5000")) ?? 5000
let folder = options.option("--folder", ".build-bench")
let arguments = options.remaining

do {
    switch (arguments.first, arguments.count) {
    case ("memory", 2):
        print(try MemoryBenchmark(corpus: corpus, count: Int(arguments[1]) ?? 10_000, perDay: perDay, seed: 1).run())
    case ("incremental", 3):
        print(
            try IncrementalBenchmark(
                corpus: corpus, storeSize: Int(arguments[1]) ?? 10_000, newCount: Int(arguments[2]) ?? 1000,
                perDay: perDay, folder: folder
            ).run())
    default:
        FileHandle.standardError.write(
            Data("usage: dedup-bench memory ARTICLES | incremental STORE_ARTICLES NEW_ARTICLES [options]\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("dedup-bench: \(error)\n".utf8))
    exit(1)
}
