// narrascan-bench: throughput, memory and scaling figures for narrascan, with a deterministic
// corpus generator and two reference implementations to compare against. Release builds only:
// the numbers of a debug build mean nothing, so it refuses to run.
//
//   narrascan-bench all [--mb 100] [--runs 5] [--lexicons DIR] [--dir DIR] [--ref-mb 2]
//   narrascan-bench corpus --mb N [--seed S] --out BASE        (writes BASE.jsonl and BASE.txt)
//   narrascan-bench scaling [--runs 3]
//   narrascan-bench processes [--mb 1000]                      (start-up time, peak RSS of the CLI)
//
// The peers harness's tool under test is a program of its own: narrascan-peer.

import NarrascanBenchSupport

#if canImport(Glibc)
import Glibc
#endif

#if DEBUG
printError("narrascan-bench: refusing to run a debug build; use: swift run -c release narrascan-bench ...")
exit(2)
#else
let arguments = BenchArguments(Array(CommandLine.arguments.dropFirst()))
do {
    switch arguments.command {
    case "--lexicon":
        throw BenchError("the peers harness's tool under test is narrascan-peer now: narrascan-peer PHRASES [WILD] CORPUS_TXT")
    case "corpus":
        guard let out = arguments.value("--out") else { throw BenchError("corpus needs --out BASE") }
        let lexicons = try BenchLexicons.bundled(arguments.value("--lexicons")).set
        let count = try CorpusWriter.write(
            lexicons: lexicons, seed: UInt64(arguments.integer("--seed", 1)),
            megabytes: arguments.double("--mb", 100), base: out)
        print("wrote \(out).jsonl and \(out).txt: \(count) documents")
    case "all":
        try FullBenchmark(arguments).run()
    case "scaling":
        try ScalingBenchmark(arguments).run()
    case "processes":
        try ProcessBenchmark(arguments).run()
    default:
        throw BenchError("unknown command '\(arguments.command)'; expected all, corpus, scaling or processes")
    }
} catch {
    printError("narrascan-bench: \(error)")
    exit(1)
}
#endif

/// Writes one line to standard error.
func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
