// narrascan-peer: the tool under test for the ../shared/bench peers harness (see PeersMode).
// A program of its own because the narrascan CLI links no Foundation and this should not either:
// narrascan-bench needs Foundation for its NSRegularExpression reference, and loading it cost the
// harness's timed process 5 ms of start-up that the product does not have.
//
//   narrascan-peer PHRASES [WILD] CORPUS_TXT [--jobs N] [--lines]
//
// Release builds only, like narrascan-bench.

import NarrascanBenchSupport

#if canImport(Glibc)
import Glibc
#endif

/// Writes one line to standard error.
func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

#if DEBUG
printError("narrascan-peer: refusing to run a debug build; use: swift build -c release")
exit(2)
#else
var files: [String] = []
var jobs = 1
var perLine = false
var rest = CommandLine.arguments.dropFirst()
do {
    while let argument = rest.popFirst() {
        switch argument {
        case "--jobs":
            guard let value = rest.popFirst(), let n = Int(value), n >= 1 else { throw BenchError("--jobs needs a number of at least 1") }
            jobs = n
        case "--lines":
            perLine = true
        default:
            if argument.hasPrefix("--") { throw BenchError("unknown option '\(argument)'") }
            files.append(argument)
        }
    }
    // Each part numbers its own lines: per-line counts need one part.
    if perLine && jobs > 1 { throw BenchError("--lines needs --jobs 1") }
    guard files.count >= 2 else { throw BenchError("usage: narrascan-peer PHRASES [WILD] CORPUS_TXT [--jobs N] [--lines]") }
    try PeersMode.run(phraseFiles: Array(files.dropLast()), corpus: files.last!, jobs: jobs, perLine: perLine)
} catch {
    printError("narrascan-peer: \(error)")
    exit(1)
}
#endif
