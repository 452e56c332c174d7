// `narrascan-bench all`: every figure of Benchmarks/README.md in one run over one generated corpus.
//
// Order: compile time of the bundled lexicons; then, with 1 job and with all cores, the tokenizer
// alone, tokenizer + matcher, the whole `score` pipeline on the JSONL file, and `score` over a
// directory of .txt files (the multi-file batch); then the two reference implementations on a
// prefix of the same documents, with the fast matcher timed on that same prefix, the counts
// checked against each other and the ratios printed. Each figure is the median of --runs timed
// runs after one warm-up run.

import Foundation
import NarrascanBenchSupport
import NarrascanCLI
import NarrascanCore

struct FullBenchmark {
    let megabytes: Double
    let runs: Int
    let seed: UInt64
    let directory: String
    let lexiconPath: String?
    let referenceMB: Double
    let regexMB: Double
    let cores: Int

    init(megabytes: Double, runs: Int, seed: UInt64, directory: String, lexiconPath: String?) {
        self.megabytes = megabytes
        self.runs = runs
        self.seed = seed
        self.directory = directory
        self.lexiconPath = lexiconPath
        referenceMB = 1
        regexMB = 0.1
        cores = 1
    }

    init(_ a: BenchArguments) {
        megabytes = a.double("--mb", 100)
        runs = a.integer("--runs", 5)
        seed = UInt64(a.integer("--seed", 1))
        directory = a.value("--dir") ?? "/tmp/narrascan-bench"
        lexiconPath = a.value("--lexicons")
        referenceMB = a.double("--ref-mb", 1)
        regexMB = a.double("--regex-mb", 0.1)
        cores = a.integer("--jobs", Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    func run() throws {
        let (lexicons, lexiconDir) = try BenchLexicons.bundled(lexiconPath)
        let entries = lexicons.lexicons.reduce(0) { $0 + $1.entries.count }
        print("# narrascan-bench all: \(cpuModel()), \(cores) cores; median of \(runs) runs after a warm-up; MB = 10^6 bytes")
        print("# lexicons \(lexiconDir): \(lexicons.lexicons.count) narratives, \(entries) entries")

        // Compile time.
        let compile = measureCompile(lexicons)
        let loadCompile = measureLoadAndCompile(lexiconDir)
        let matcher = try PhraseMatcher(lexicons: lexicons)
        print("compile bundled lexicons: \(ms(compile)) ms (median of 21); parse files + compile: \(ms(loadCompile)) ms; \(matcher.stateCount) states, \(matcher.transitionCount) transitions")

        // Corpus.
        let base = try ensureCorpus(lexicons)
        let corpus = try LoadedCorpus.load(jsonl: base + ".jsonl")
        let shared = SharedTexts(corpus.texts)
        let jsonlBytes = fileSize(base + ".jsonl")
        print("# corpus \(base).jsonl: \(jsonlBytes) bytes JSONL, \(corpus.texts.count) documents, \(corpus.bytes) text bytes")
        let filesDir = try ensureFileBatch(base, corpus)
        let fileBatch = corpus.prefix(bytes: 20_000_000)

        var results: [Measurement] = []
        let jobCounts = cores > 1 ? [1, cores] : [1]
        for jobs in jobCounts {
            results.append(
                measure("tokenizer", jobs: jobs, bytes: corpus.bytes, documents: corpus.texts.count, runs: runs) {
                    Workloads.tokenize(shared, jobs: jobs)
                })
        }
        for jobs in jobCounts {
            results.append(
                measure("tokenizer+matcher", jobs: jobs, bytes: corpus.bytes, documents: corpus.texts.count, runs: runs) {
                    Workloads.match(shared, matcher: matcher, jobs: jobs)
                })
        }
        var hashes: [String: Set<UInt64>] = [:]
        for jobs in jobCounts {
            var hash: UInt64 = 0
            results.append(
                measure("score JSONL->JSONL", jobs: jobs, bytes: jsonlBytes, documents: corpus.texts.count, runs: runs) {
                    Workloads.score([base + ".jsonl"], lexicons: lexiconDir, jobs: jobs, hash: &hash)
                })
            hashes["jsonl", default: []].insert(hash)
        }
        for jobs in jobCounts {
            var hash: UInt64 = 0
            results.append(
                measure("score .txt files", jobs: jobs, bytes: fileBatch.bytes, documents: fileBatch.texts.count, runs: runs) {
                    Workloads.score([filesDir], lexicons: lexiconDir, jobs: jobs, hash: &hash)
                })
            hashes["files", default: []].insert(hash)
        }
        printTable(results)
        for (kind, set) in hashes.sorted(by: { $0.key < $1.key }) {
            print("output of \(kind) identical for --jobs \(jobCounts.map(String.init).joined(separator: " and ")): \(set.count == 1 ? "yes" : "NO")")
        }
        printCPUOverhead(results)

        try runReferences(corpus.prefix(bytes: Int(referenceMB * 1e6)), lexicons: lexicons, matcher: matcher)
    }

    // MARK: compile

    func measureCompile(_ lexicons: LexiconSet) -> Double {
        _ = try? PhraseMatcher(lexicons: lexicons)
        var times: [Double] = []
        for _ in 0..<21 {
            let t0 = monotonicSeconds()
            _ = try? PhraseMatcher(lexicons: lexicons)
            times.append(monotonicSeconds() - t0)
        }
        return median(times)
    }

    func measureLoadAndCompile(_ path: String) -> Double {
        var times: [Double] = []
        for _ in 0..<11 {
            let t0 = monotonicSeconds()
            if let set = try? BenchLexicons.bundled(path).set { _ = try? PhraseMatcher(lexicons: set) }
            times.append(monotonicSeconds() - t0)
        }
        return median(times)
    }

    // MARK: corpus

    /// Generates the corpus unless a file of that name exists.
    func ensureCorpus(_ lexicons: LexiconSet) throws -> String {
        mkdir(directory, 0o755)
        let base = "\(directory)/corpus-\(formatDecimal(megabytes, places: 1))mb-seed\(seed)"
        if access(base + ".jsonl", R_OK) != 0 || access(base + ".txt", R_OK) != 0 {
            let t0 = monotonicSeconds()
            let n = try CorpusWriter.write(lexicons: lexicons, seed: seed, megabytes: megabytes, base: base)
            print("# generated \(base).{jsonl,txt}: \(n) documents in \(formatFixed(monotonicSeconds() - t0, places: 1)) s")
        }
        return base
    }

    /// Writes the first 20 MB of documents as .txt files (the multi-file batch), once.
    func ensureFileBatch(_ base: String, _ corpus: LoadedCorpus) throws -> String {
        let dir = base + "-files"
        if access(dir + "/done", R_OK) == 0 { return dir }
        mkdir(dir, 0o755)
        for (k, text) in corpus.prefix(bytes: 20_000_000).texts.enumerated() {
            let name = String(k)
            let file = try BufferedFile(path: "\(dir)/doc-\(String(repeating: "0", count: max(0, 6 - name.count)))\(name).txt")
            file.append(text)
            file.close()
        }
        try BufferedFile(path: dir + "/done").close()
        return dir
    }

    // MARK: references

    func runReferences(_ prefix: LoadedCorpus, lexicons: LexiconSet, matcher: PhraseMatcher) throws {
        print("\n# reference implementations on the first \(prefix.bytes) bytes (\(prefix.texts.count) documents), same process")
        let shared = SharedTexts(prefix.texts)
        let fast = measure("narrascan", jobs: 1, bytes: prefix.bytes, documents: prefix.texts.count, runs: runs) {
            Workloads.match(shared, matcher: matcher, jobs: 1)
        }
        let scratch = MatchScratch()
        var nCount = 0
        for text in prefix.texts {
            _ = text.withUnsafeBufferPointer { matcher.scan($0, scratch: scratch) }
            nCount += leftmostLongestCount(scratch.matches)
        }
        let entries = matcher.entries
        let naive = NaivePhraseScanner(entries: entries)
        let naiveRun = measure("naive per-phrase scan", jobs: 1, bytes: prefix.bytes, documents: prefix.texts.count, runs: 1) {
            prefix.texts.reduce(0) { $0 + naive.count(normalised: NaivePhraseScanner.normalise($1)) }
        }
        let regex = try RegexPhraseScanner(entries: entries)
        // The regex is far slower: it runs on a shorter prefix, and narrascan is timed again on it.
        let regexPrefix = prefix.prefix(bytes: Int(regexMB * 1e6))
        let regexShared = SharedTexts(regexPrefix.texts)
        let fastOnRegexPrefix = measure("narrascan", jobs: 1, bytes: regexPrefix.bytes, documents: regexPrefix.texts.count, runs: runs) {
            Workloads.match(regexShared, matcher: matcher, jobs: 1)
        }
        var regexExpected = 0
        for text in regexPrefix.texts {
            _ = text.withUnsafeBufferPointer { matcher.scan($0, scratch: scratch) }
            regexExpected += leftmostLongestCount(scratch.matches)
        }
        let strings = regexPrefix.texts.map { String(decoding: $0, as: UTF8.self) }
        let regexRun = measure("NSRegularExpression", jobs: 1, bytes: regexPrefix.bytes, documents: regexPrefix.texts.count, runs: 1) {
            strings.reduce(0) { $0 + regex.count($1) }
        }
        print("name                         bytes     MB/s   matches  sem  ratio(narrascan/this)  agrees")
        func line(_ m: Measurement, _ sem: String, _ expected: Int, _ fast: Measurement) {
            print(
                pad(m.name, 22) + lpad(String(m.bytes), 11) + lpad(formatFixed(m.mbPerSecond, places: 2), 9)
                    + lpad(String(m.check), 10) + "  " + sem + "  "
                    + lpad(formatFixed(fast.mbPerSecond / m.mbPerSecond, places: 1), 20) + "  "
                    + (m.check == expected ? "yes" : "NO (narrascan \(expected))"))
        }
        line(fast, "O", fast.check, fast)
        line(naiveRun, "O", fast.check, fast)
        line(fastOnRegexPrefix, "O", fastOnRegexPrefix.check, fastOnRegexPrefix)
        line(regexRun, "N", regexExpected, fastOnRegexPrefix)
        print("(N = narrascan's matches reduced to leftmost-longest non-overlapping: \(nCount) on the first prefix, \(regexExpected) on the regex prefix)")
    }

    // MARK: printing

    func printTable(_ results: [Measurement]) {
        print("\nworkload              jobs     MB/s     docs/s   wall_s    cpu_s  peakRSS_MB  spread      check")
        for m in results {
            print(
                pad(m.name, 20) + lpad(String(m.jobs), 6) + lpad(formatFixed(m.mbPerSecond, places: 1), 9)
                    + lpad(String(Int(m.documentsPerSecond)), 11) + lpad(formatFixed(m.medianWall, places: 3), 9)
                    + lpad(formatFixed(m.medianCPU, places: 3), 9) + lpad(formatFixed(m.peakMB, places: 1), 12)
                    + lpad(String(Int(m.spread * 100)) + "%", 8) + lpad(String(m.check), 11))
        }
    }

    func printCPUOverhead(_ results: [Measurement]) {
        let names = Array(Set(results.map(\.name))).sorted()
        for name in names {
            let rows = results.filter { $0.name == name }.sorted { $0.jobs < $1.jobs }
            guard rows.count == 2 else { continue }
            let extra = (rows[1].medianCPU / rows[0].medianCPU - 1) * 100
            let speedup = rows[0].medianWall / rows[1].medianWall
            print(
                "\(name): --jobs \(rows[1].jobs) uses \(formatFixed(extra, places: 1))% more CPU than --jobs 1; wall-clock speed-up \(formatFixed(speedup, places: 2))×"
            )
        }
    }
}

func ms(_ seconds: Double) -> String { formatFixed(seconds * 1000, places: 2) }
func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
func lpad(_ s: String, _ n: Int) -> String { s.count >= n ? s : String(repeating: " ", count: n - s.count) + s }

func fileSize(_ path: String) -> Int {
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
}

/// The CPU model from /proc/cpuinfo.
func cpuModel() -> String {
    guard let bytes = try? readEntireFile("/proc/cpuinfo") else { return "unknown CPU" }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("model name") {
        return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    }
    return "unknown CPU"
}
