import BenchmarkSupport
import Dedup
import FeedModel
import FeedParser
import FeedText
import Foundation
import Tagger

// tag-bench: tagging the corpus's articles with 1 to 10,000 topics of 20 terms each, side by side
// with parsing the same documents, in one process. Prints a table and one JSON line per row.
//
//   tag-bench [--corpus PATH] [--rounds N]
//             [--topics N [--fuzzy-every N] [--present P] [--profile N [--profile-reading yes]]]
//             [--prefix-terms no] [--language CODE]
//             [--count-hits yes]
//             [--topics N --present P --batch N]
//
// `--topics` runs one row (for profiling); `--count-hits yes` also counts, over 1,000 articles,
// the matches and topics an article touches with 1,000 topics (the work that grows with them).
//
// Three costs are measured apart: reading an article's text (folding and cleaning title, summary
// and body: in a build dedup does most of this and tagging reuses it); what tagging still reads
// itself in a build (a summary the feed gives apart from the text, unless it is an excerpt of it;
// the lead); and matching the topics against the folded words. Terms are drawn from the corpus's own words, so that they
// match as real topics do: mostly capitalized words (names, places), some of any word; single
// words, two-word phrases, prefixes (`word*`), case-sensitive terms; every fourth topic with
// min_hits 2; in some rows one topic in 100 or in 10 fuzzy. A row's "words from the corpus" is
// the share of words drawn so; the others are words no text has: at 100% every term occurs in
// this corpus (20,000 terms then cover a third of its distinctive words, and an article has
// dozens of matches), at 0% nothing matches (what the pass over the words costs).

var arguments = BenchmarkArguments()
let corpus = arguments.corpus()
let rounds = max(1, Int(arguments.option("--rounds", "5")) ?? 5)
let onlyTopics = Int(arguments.option("--topics", ""))  // one row's topic count, for profiling
let onlyFuzzyEvery = Int(arguments.option("--fuzzy-every", ""))
// `--prefix-terms no`: plain words in place of prefix terms (what the prefix gate costs).
let withPrefixTerms = arguments.option("--prefix-terms", "yes") != "no"

let folder = corpus + "/feeds"
guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder).sorted() else {
    FileHandle.standardError.write(Data("tag-bench: the feed corpus is absent at \(corpus)\n".utf8))
    exit(1)
}
let documents = files.compactMap { FileManager.default.contents(atPath: folder + "/" + $0) }
let bytes = documents.reduce(0) { $0 + $1.count }

// Parsing, the yardstick.
var articles: [Article] = []
var parseTimes: [Double] = []
for round in 0..<rounds {
    var parsed: [Article] = []
    let start = Measure.cpuSeconds()
    for document in documents {
        if let feed = try? FeedParser().parse(document) { parsed.append(contentsOf: feed.articles) }
    }
    parseTimes.append(Measure.cpuSeconds() - start)
    if round == 0 { articles = parsed }
}
let parseSeconds = Measure.median(parseTimes)

// `--language CODE`: every article declares that language, as a feed in it does: `sr` (or `hr`,
// `bs`) has the names' South Slavic case forms read too, `sq` their Albanian forms, `de` their
// German genitives, `en` none. What tagging costs articles in such a language, on this corpus's
// words.
let declaredLanguage = arguments.option("--language", "")
if !declaredLanguage.isEmpty {
    for index in articles.indices { articles[index].language = declaredLanguage }
}

// The vocabulary the terms come from: the corpus's words of 4 letters or more, as written, that
// occur in fewer than 1% of the articles (topic terms are names and specific words, not "with").
var documentFrequency: [String: Int] = [:]
var firstSpelling: [String: String] = [:]
for article in articles {
    let text = (article.title ?? "") + " " + HTMLText.plainText(fromHTML: article.summary ?? "")
    var inArticle = Set<String>()
    for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
        let key = word.lowercased()
        if inArticle.insert(key).inserted { documentFrequency[key, default: 0] += 1 }
        if firstSpelling[key] == nil { firstSpelling[key] = String(word) }
    }
}
var vocabulary: [String] = []
var names: [String] = []
for (key, written) in firstSpelling.sorted(by: { $0.key < $1.key })
where documentFrequency[key, default: 0] * 100 < articles.count {
    vocabulary.append(written)
    if written.first?.isUppercase == true { names.append(written) }
}

/// Words on a hash ring: a pick is the first word whose hash follows a random number. A word
/// more or less in the corpus's reading (a parser fix that joins `o&#x1F;ffre` into `offre`)
/// then changes only the picks that land next to it, not every pick after it in an alphabetical
/// list: the terms, and so the matches a row times, stay the same from one version to the next.
struct WordRing {
    private let hashes: [UInt64]
    private let words: [String]

    init(_ words: [String]) {
        let placed = words.map { word -> (UInt64, String) in
            var hash = StableHash()
            hash.combine(word)
            return (hash.value, word)
        }.sorted { $0.0 < $1.0 }
        hashes = placed.map(\.0)
        self.words = placed.map(\.1)
    }

    func pick(_ value: UInt64) -> String {
        var low = 0
        var high = hashes.count
        while low < high {
            let middle = (low + high) / 2
            if hashes[middle] < value { low = middle + 1 } else { high = middle }
        }
        return words[low == hashes.count ? 0 : low]
    }
}
let vocabularyRing = WordRing(vocabulary)
let nameRing = WordRing(names)

// Reading the text, as dedup does in a build (and tagging alone does after the topics change).
var texts: [ArticleText] = []
var readTimes: [Double] = []
for _ in 0..<rounds {
    let start = Measure.cpuSeconds()
    texts = articles.map { ArticleText($0) }
    readTimes.append(Measure.cpuSeconds() - start)
}
let readSeconds = Measure.median(readTimes)
let wordCount = texts.reduce(0) { $0 + $1.wordCount }

// What tagging reads itself in a build: dedup hands over each article's folded title and text
// (`Fingerprinter.Prepared`); tagging folds a summary the feed gives apart from the text (unless
// it is an excerpt of it), and marks the lead. Timed just after dedup's reading, as in a build,
// while that text is in the cache.
func readOwnText(_ articles: [Article]) -> (seconds: Double, words: Int) {
    let fingerprinter = Fingerprinter()
    var seconds = 0.0
    var words = 0
    // The article is copied and dedup's text taken before the clock starts (in a build, tagging
    // borrows both); the text tagging made is freed after it stops.
    for article in articles {
        let prepared = fingerprinter.prepare(article)
        let folded = prepared.text(learned: [])
        let start = Measure.now()
        let text = ArticleText(article, title: prepared.title, text: folded)
        seconds += Measure.now() - start
        words &+= text.wordCount
    }
    return (seconds, words)
}
var ownReadTimes: [Double] = []
var ownWords = 0
for _ in 0..<rounds {
    let (seconds, words) = readOwnText(articles)
    ownReadTimes.append(seconds)
    ownWords = words
}
let ownReadSeconds = Measure.median(ownReadTimes)

/// `present`: the percentage of words drawn from the corpus; the others are words no text has
/// (a configuration of 20,000 terms names far more than one corpus mentions: the share decides
/// how many matches an article has, and the matches are what tagging's time grows with).
/// Tags every article `repeats` times (`texts` empty: reading each just before). Through buffer
/// pointers, whose elements are borrowed: an array's are copied (retaining every string of an
/// article), which took 15% of a profile.
func profile(_ tagger: Tagger, _ articles: [Article], _ texts: [ArticleText], repeats: Int) -> Int {
    var found = 0
    articles.withUnsafeBufferPointer { articles in
        texts.withUnsafeBufferPointer { texts in
            for _ in 0..<repeats {
                for index in articles.indices {
                    if texts.isEmpty {
                        found += tagger.topicIDs(for: articles[index], text: ArticleText(articles[index])).count
                    } else {
                        found += tagger.topicIDs(for: articles[index], text: texts[index]).count
                    }
                }
            }
        }
    }
    return found
}

@MainActor func topics(count: Int, termsEach: Int, fuzzyEvery: Int?, seed: UInt64, present: Int = 100)
    -> [Topic]
{
    var random = SeededRandom(seed: seed)
    func word() -> String {
        guard random.below(100) < present else {
            return String((0..<8).map { _ in Character(Unicode.Scalar(UInt8(0x61 + random.below(26)))) }) + "q"
        }
        return random.below(10) < 7 ? nameRing.pick(random.next()) : vocabularyRing.pick(random.next())
    }
    return (0..<count).map { index in
        var topic = Topic(id: "topic-\(index)")
        for _ in 0..<termsEach {
            switch random.below(20) {
            case 0..<11: topic.match.append(word())
            case 11..<16: topic.match.append(word() + " " + word())
            case 16..<18: topic.match.append(withPrefixTerms ? String(word().prefix(5)) + "*" : word())
            default: topic.matchCase.append(word())
            }
        }
        if let fuzzyEvery, index % fuzzyEvery == fuzzyEvery - 1 { topic.fuzzy = true }
        if index % 4 == 3 { topic.minHits = 2 }
        return topic
    }
}

print(
    "corpus: \(documents.count) documents, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, "
        + "\(articles.count) articles; \(vocabulary.count) distinct words for terms; medians of \(rounds) rounds")
print(
    "parse: \(String(format: "%.3f", parseSeconds)) s CPU, "
        + "\(String(format: "%.1f", parseSeconds / Double(articles.count) * 1e6)) µs an article")
print(
    "read text: \(String(format: "%.3f", readSeconds)) s CPU, "
        + "\(String(format: "%.1f", readSeconds / Double(articles.count) * 1e6)) µs an article "
        + "(\(String(format: "%.0f", readSeconds / parseSeconds * 100))% of parse; shared with dedup in a build); "
        + "\(wordCount / max(1, articles.count)) words an article")
print(
    "tagging's own reading in a build (a summary given apart, the lead; \(ownWords / max(1, articles.count)) words): "
        + "\(String(format: "%.2f", ownReadSeconds / Double(articles.count) * 1e6)) µs an article "
        + "(\(String(format: "%.1f", ownReadSeconds / parseSeconds * 100))% of parse)")
print(
    "| topics | words from the corpus | terms | build ms | match s | µs an article | of parse | "
        + "with its own reading, of parse | tags found | matches an article |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
var rows: [String] = []
let rowsToRun: [(Int, Int?, Int)] = [
    (0, nil, 100), (1, nil, 100), (10, nil, 100), (100, nil, 100), (1000, nil, 100), (1000, 100, 100),
    (1000, 10, 100), (1, nil, 0), (1000, nil, 0), (10_000, nil, 0), (1000, 10, 0), (1000, nil, 10), (1000, nil, 25),
    (1000, nil, 50), (10_000, nil, 10),
]
let onlyPresent = Int(arguments.option("--present", "100")) ?? 100
for (count, fuzzyEvery, present) in rowsToRun
where onlyTopics == nil || (onlyTopics == count && fuzzyEvery == onlyFuzzyEvery && present == onlyPresent) {
    let set = topics(count: count, termsEach: 20, fuzzyEvery: fuzzyEvery, seed: 42, present: present)
    let fuzzyCount = set.filter(\.fuzzy).count
    let buildStart = Measure.cpuSeconds()
    let tagger = Tagger(topics: set)
    let buildSeconds = Measure.cpuSeconds() - buildStart
    // As in a build: each article's text is read (by dedup) and then matched at once, while it
    // is in the cache; only the matching is timed.
    var times: [Double] = []
    var found = 0
    for _ in 0..<rounds {
        found = 0
        var total = 0.0
        for article in articles {
            let text = ArticleText(article)
            // The text lives on past the second clock reading: freeing it (dedup's, in a build)
            // is not tagging's work, and Swift would free it right after its last use.
            withExtendedLifetime(text) {
                let start = Measure.now()
                found += tagger.topicIDs(for: article, text: text).count
                total += Measure.now() - start
            }
        }
        times.append(total)
    }
    let seconds = Measure.median(times)
    let terms = set.reduce(0) { $0 + $1.match.count + $1.matchCase.count }
    // The matches an article has (counted once per mention, as tagging counts them), over the
    // first 1,000 articles.
    let sample = articles.prefix(1000)
    let matches = sample.reduce(0) { sum, article in
        sum + tagger.explain(article).reduce(0) { $0 + $1.matches.reduce(0) { $0 + $1.count } }
    }
    let matchesPerArticle = Double(matches) / Double(max(1, sample.count))
    print(
        "| \(count)\(fuzzyCount > 0 ? " (\(fuzzyCount) fuzzy)" : "") | \(present)% | \(terms) | \(String(format: "%.1f", buildSeconds * 1000)) | \(String(format: "%.3f", seconds)) | "
            + "\(String(format: "%.2f", seconds / Double(articles.count) * 1e6)) | "
            + "\(String(format: "%.1f", seconds / parseSeconds * 100))% | "
            + "\(String(format: "%.1f", (seconds + ownReadSeconds) / parseSeconds * 100))% | \(found) | \(String(format: "%.1f", matchesPerArticle)) |"
    )
    rows.append(
        "{\"topics\":\(count),\"fuzzy_topics\":\(fuzzyCount),\"present_percent\":\(present),\"terms\":\(terms),\"build_ms\":\(String(format: "%.1f", buildSeconds * 1000)),"
            + "\"match_seconds\":\(String(format: "%.4f", seconds)),\"parse_seconds\":\(String(format: "%.4f", parseSeconds)),"
            + "\"read_seconds\":\(String(format: "%.4f", readSeconds)),\"own_read_seconds\":\(String(format: "%.4f", ownReadSeconds)),"
            + "\"articles\":\(articles.count),\"tags\":\(found),\"matches_per_article\":\(String(format: "%.2f", matchesPerArticle))}"
    )
}
for row in rows { print(row) }

// `--profile N`: the row of `--topics` (and `--fuzzy-every`) read and matched N times, nothing
// else in the loop: for `perf record` (`--present P`: the share of words from the corpus).
if let repeats = Int(arguments.option("--profile", "")), let count = onlyTopics {
    let tagger = Tagger(
        topics: topics(count: count, termsEach: 20, fuzzyEvery: onlyFuzzyEvery, seed: 42, present: onlyPresent))
    // `--profile-reading yes`: each text read just before it is matched, as in a build (the words
    // are in the cache); otherwise all read first, so that the profile is of matching alone.
    let withReading = arguments.option("--profile-reading", "") == "yes"
    let texts = withReading ? [] : articles.map { ArticleText($0) }
    let start = Measure.cpuSeconds()
    let found = profile(tagger, articles, texts, repeats: repeats)
    let seconds = Measure.cpuSeconds() - start
    print("profile: \(found) tags, \(String(format: "%.2f", seconds)) s\(withReading ? " with reading the texts" : "")")
}

if arguments.option("--count-hits", "") == "yes" {
    let tagger = Tagger(topics: topics(count: 1000, termsEach: 20, fuzzyEvery: nil, seed: 42))
    var hits = 0
    var topicsTouched = 0
    for article in articles.prefix(1000) {
        let explanations = tagger.explain(article)
        topicsTouched += explanations.count
        hits += explanations.reduce(0) { $0 + $1.matches.reduce(0) { $0 + $1.count } + $1.exclusions.count }
    }
    print("per article: \(Double(hits) / 1000) counted matches, \(Double(topicsTouched) / 1000) topics touched")
}

// `--batch N` (with `--topics`, `--present`): tagging as a build runs it. Dedup reads a batch of N
// articles (a build reads 5,000), then fingerprints each and tags it; the tagging (its own reading
// and the matching) is timed. It checks that the rows above, which tag each text just after
// reading it, time what a build pays.
if let batchSize = Int(arguments.option("--batch", "")) {
    let tagger = Tagger(
        topics: topics(count: onlyTopics ?? 1000, termsEach: 20, fuzzyEvery: nil, seed: 42, present: onlyPresent))
    let fingerprinter = Fingerprinter()
    var times: [Double] = []
    var ownTimes: [Double] = []
    var found = 0
    var lengths = 0
    for _ in 0..<rounds {
        var total = 0.0
        var own = 0.0
        found = 0
        var next = 0
        while next < articles.count {
            let batch = Array(articles[next..<min(next + batchSize, articles.count)])
            next += batch.count
            let prepared = batch.map { fingerprinter.prepare($0) }
            for index in batch.indices {
                let article = batch[index]
                let title = prepared[index].title
                let folded = prepared[index].text(learned: [])
                lengths &+= Int(fingerprinter.fingerprint(prepared[index], date: Date()).fingerprint.length)
                let start = Measure.now()
                let text = ArticleText(article, title: title, text: folded)
                let read = Measure.now()
                found += tagger.topicIDs(for: article, text: text).count
                let end = Measure.now()
                withExtendedLifetime(text) {
                    total += end - start
                    own += read - start
                }
            }
        }
        times.append(total)
        ownTimes.append(own)
    }
    let seconds = Measure.median(times)
    let ownSeconds = Measure.median(ownTimes)
    print(
        "as in a build, batches of \(batchSize): own reading \(String(format: "%.2f", ownSeconds / Double(articles.count) * 1e6)) µs, "
            + "matching \(String(format: "%.2f", (seconds - ownSeconds) / Double(articles.count) * 1e6)) µs, "
            + "both \(String(format: "%.2f", seconds / Double(articles.count) * 1e6)) µs an article "
            + "(\(String(format: "%.1f", seconds / parseSeconds * 100))% of parse); \(found) tags (\(lengths > 0 ? "fingerprinted" : ""))"
    )
}
