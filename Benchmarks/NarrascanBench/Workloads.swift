// The measured workloads, each a function that does one complete pass and returns a check value:
// the tokenizer alone (words), tokenizer + matcher (matches), and the whole `score` pipeline run
// through the real CLI command (JSONL file in, JSONL out to a counting sink). With `jobs > 1` the
// documents are cut into `jobs × 4` contiguous slices scored by `DispatchQueue.concurrentPerform`,
// each worker with its own scratch, as the product does.

import Dispatch
import NarrascanBenchSupport
import NarrascanCLI
import NarrascanCore

/// Documents held in memory for the in-process workloads.
struct LoadedCorpus {
    /// Each document's text (JSON escapes decoded).
    var texts: [[UInt8]]
    /// Total text bytes.
    var bytes: Int { texts.reduce(0) { $0 + $1.count } }

    /// Reads a JSONL corpus's texts.
    static func load(jsonl path: String, limitBytes: Int = .max) throws -> LoadedCorpus {
        let raw = try readEntireFile(path)
        let parser = JSONRecordParser()
        var texts: [[UInt8]] = []
        var total = 0
        try raw.withUnsafeBufferPointer { all in
            var start = 0
            for i in 0..<all.count where all[i] == 0x0A {
                let line = UnsafeBufferPointer(rebasing: all[start..<i])
                start = i + 1
                let record = try parser.parse(line, fallbackID: "")
                texts.append(record.text)
                total += record.text.count
                if total >= limitBytes { break }
            }
        }
        return LoadedCorpus(texts: texts)
    }

    /// The first documents holding at least `bytes` bytes.
    func prefix(bytes: Int) -> LoadedCorpus {
        var total = 0
        var k = 0
        while k < texts.count && total < bytes {
            total += texts[k].count
            k += 1
        }
        return LoadedCorpus(texts: Array(texts[..<k]))
    }
}

/// Counts words; the tokenizer's cheapest possible sink.
struct WordCountingSink: TokenSink {
    var words = 0
    var foldedBytes = 0
    @inline(__always)
    mutating func word(
        start: Int, end: Int, folded: UnsafePointer<UInt8>, count: Int, hash: UInt64, truncated: Bool, hardBreakBefore: Bool
    ) {
        words &+= 1
        foldedBytes &+= count
    }
}

/// Runs `work(lo, hi)` over slices of `0..<count` on `jobs` threads and sums the results.
func parallelSum(_ count: Int, jobs: Int, _ work: @escaping @Sendable (Int, Int) -> Int) -> Int {
    if jobs <= 1 { return work(0, count) }
    let slices = min(count, jobs * 4)
    let totals = SliceTotals(count: slices)
    DispatchQueue.concurrentPerform(iterations: slices) { s in
        totals.store(work(count * s / slices, count * (s + 1) / slices), at: s)
    }
    return totals.total
}

/// A read-only wrapper that lets workers share the texts (an array of arrays is immutable here).
final class SharedTexts: @unchecked Sendable {
    let texts: [[UInt8]]
    init(_ texts: [[UInt8]]) { self.texts = texts }
}

enum Workloads {
    /// Tokenizes every document; returns the word count.
    static func tokenize(_ corpus: SharedTexts, jobs: Int) -> Int {
        let tokenizer = Tokenizer()
        return parallelSum(corpus.texts.count, jobs: jobs) { lo, hi in
            let buffer = FoldBuffer()
            var sink = WordCountingSink()
            for k in lo..<hi {
                _ = corpus.texts[k].withUnsafeBufferPointer { tokenizer.tokenize($0, buffer: buffer, into: &sink) }
            }
            return sink.words
        }
    }

    /// Tokenizes and matches every document; returns the match count.
    static func match(_ corpus: SharedTexts, matcher: PhraseMatcher, jobs: Int) -> Int {
        parallelSum(corpus.texts.count, jobs: jobs) { lo, hi in
            let scratch = MatchScratch()
            var matches = 0
            for k in lo..<hi {
                _ = corpus.texts[k].withUnsafeBufferPointer { matcher.scan($0, scratch: scratch) }
                matches += scratch.matches.count
            }
            return matches
        }
    }

    /// Runs `narrascan score --format jsonl --jobs N ARGS...` in-process; returns the output's
    /// byte count, and its FNV-1a hash through `hash`.
    static func score(_ arguments: [String], lexicons: String, jobs: Int, hash: inout UInt64) -> Int {
        let out = CountingOutput()
        let context = CommandContext(
            stdout: out, stderr: MemoryOutput(), stdin: MemoryInput([UInt8]()), cores: jobs)
        let code: ExitCode
        do {
            code = try ScoreCommand.run(
                ["--lexicons", lexicons, "--format", "jsonl", "--jobs", String(jobs)] + arguments, context: context)
        } catch {
            fatalError("score failed: \(error)")
        }
        if code != .success { fatalError("score exited with \(code)") }
        hash = out.hash
        return out.count
    }
}

/// An output that keeps only a byte count and a hash of everything written (so a 1 GB run uses no
/// memory for its output, and runs with different --jobs can be compared byte for byte).
final class CountingOutput: ByteOutput {
    private(set) var count = 0
    private(set) var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    let isTerminal = false

    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputClosed) {
        count += bytes.count
        var h = hash
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        hash = h
    }

    func flush() throws(OutputClosed) {}
}
