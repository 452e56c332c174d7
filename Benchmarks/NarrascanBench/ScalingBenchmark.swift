// `narrascan-bench scaling`: how throughput and compile time change as the lexicon grows
// (100 → 1,000 → 10,000 → 100,000 generated entries, see `BenchLexicons.generated`) and as the
// documents grow (1 KB → 1 MB, built by joining the corpus's documents). Each step scans the same
// bytes (the first --scan-mb of the corpus) with tokenizer + matcher on one core.

import NarrascanCLI
import NarrascanCore

#if canImport(Glibc)
import Glibc
#endif

struct ScalingBenchmark {
    let megabytes: Double
    let scanMB: Double
    let runs: Int
    let seed: UInt64
    let directory: String
    let lexiconPath: String?

    init(_ a: BenchArguments) {
        megabytes = a.double("--mb", 100)
        scanMB = a.double("--scan-mb", 20)
        runs = a.integer("--runs", 5)
        seed = UInt64(a.integer("--seed", 1))
        directory = a.value("--dir") ?? "/tmp/narrascan-bench"
        lexiconPath = a.value("--lexicons")
    }

    func run() throws {
        let (bundled, _) = try BenchLexicons.bundled(lexiconPath)
        let full = FullBenchmark(megabytes: megabytes, runs: runs, seed: seed, directory: directory, lexiconPath: lexiconPath)
        let base = try full.ensureCorpus(bundled)
        let corpus = try LoadedCorpus.load(jsonl: base + ".jsonl", limitBytes: Int(scanMB * 1e6))
        let shared = SharedTexts(corpus.texts)
        print("# narrascan-bench scaling: \(cpuModel()); tokenizer + matcher, 1 job, median of \(runs) runs; \(corpus.bytes) bytes, \(corpus.texts.count) documents")
        for realWords in [false, true] {
        print(realWords
            ? "\n# generated phrases drawn from corpus words (an extreme: far more of them match)"
            : "\n# generated phrases that start with a word absent from the corpus (the match count stays that of the bundled phrases)")
        print("entries  vocabulary_words   states  transitions  compile_ms     MB/s  vs_100  matches")
        var first = 0.0
        for count in [100, 1_000, 10_000, 100_000] {
            let lexicons = try BenchLexicons.generated(count: count, base: bundled, seed: seed, realWords: realWords)
            var compileTimes: [Double] = []
            var matcher: PhraseMatcher? = nil
            for _ in 0..<(count >= 100_000 ? 3 : 7) {
                let t0 = monotonicSeconds()
                matcher = try PhraseMatcher(lexicons: lexicons)
                compileTimes.append(monotonicSeconds() - t0)
            }
            let m = matcher!
            let result = measure("scan", jobs: 1, bytes: corpus.bytes, documents: corpus.texts.count, runs: runs) {
                Workloads.match(shared, matcher: m, jobs: 1)
            }
            if first == 0 { first = result.mbPerSecond }
            let words = Set(lexicons.lexicons.flatMap(\.entries).flatMap(\.words).filter { !$0.isPrefix }).count
            print(
                lpad(String(count), 7) + lpad(String(words), 18) + lpad(String(m.stateCount), 9)
                    + lpad(String(m.transitionCount), 13) + lpad(ms(median(compileTimes)), 12)
                    + lpad(formatFixed(result.mbPerSecond, places: 1), 9)
                    + lpad(formatFixed(result.mbPerSecond / first, places: 2), 8) + lpad(String(result.check), 9))
        }
        }

        print("\n# document size (bundled lexicons; documents of the corpus joined with blank lines)")
        print("doc_bytes  documents     MB/s   docs/s  matches")
        let matcher = try PhraseMatcher(lexicons: bundled)
        for size in [1_000, 10_000, 100_000, 1_000_000] {
            var docs: [[UInt8]] = []
            var current: [UInt8] = []
            for text in corpus.texts {
                var remaining = text[...]
                while !remaining.isEmpty {
                    let take = min(remaining.count, max(1, size - current.count))
                    current += remaining.prefix(take)
                    remaining = remaining.dropFirst(take)
                    if current.count >= size {
                        docs.append(current)
                        current = []
                    }
                }
                if !current.isEmpty { current += [0x0A, 0x0A] }
            }
            if !current.isEmpty { docs.append(current) }
            let sharedDocs = SharedTexts(docs)
            let bytes = docs.reduce(0) { $0 + $1.count }
            let result = measure("scan", jobs: 1, bytes: bytes, documents: docs.count, runs: runs) {
                Workloads.match(sharedDocs, matcher: matcher, jobs: 1)
            }
            print(
                lpad(String(size), 9) + lpad(String(docs.count), 11) + lpad(formatFixed(result.mbPerSecond, places: 1), 9)
                    + lpad(String(Int(result.documentsPerSecond)), 9) + lpad(String(result.check), 9))
        }
    }
}
