// Fuzzes the whole command a monitor runs, end to end: `narrascan score --jobs 1 -` with the
// fuzzer's bytes on standard input and the format sniffed, so argument handling, lexicon loading,
// sniffing, decompression (the same gzip reader the `gzip` target fuzzes), every format reader, the
// pipeline and the writer run as a user runs them. Slow (lexicons are read from disk and compiled
// per execution); the per-format targets (`InputFormatFuzzTarget`, `GzipFuzzTarget`) fuzz the
// same readers in process at many times the rate. Properties: no crash or hang; exit code 0 (all
// read) or 1 (some input reported on stderr), never 2; every output line is one JSON object, a
// scored document or an error record.

import NarrascanCLI

#if canImport(Glibc)
import Glibc
#endif

/// `score-any`: `narrascan score -` on any bytes.
public struct ScoreCommandFuzzTarget: FuzzTarget {
    public let name = "score-any"
    public let seeds = FuzzSeeds("Tests/EndToEndTests/Golden/formats/*")
    public let maxInputBytes = 4096

    public init() {}

    /// A two-narrative lexicon folder, written once per process (the command reads it per run).
    static let lexicons: String = {
        let dir = "/tmp/narrascan-fuzz-lexicons-\(getpid())"
        mkdir(dir, 0o755)
        for (file, text) in InputFormatFuzzTarget.lexiconTexts {
            let fd = open(dir + "/" + file, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        return dir
    }()

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        let out = MemoryOutput()
        let err = MemoryOutput()
        let context = CommandContext(
            stdout: out, stderr: err, stdin: MemoryInput(Array(input)), environment: ["NARRASCAN_LEXICONS": Self.lexicons])
        let code = NarrascanCommand.main(["score", "--jobs", "1", "--format", "jsonl", "-"], context: context)
        try require(code == 0 || code == 1, "exit code \(code); stderr: \(err.text.prefix(300))")
        for line in out.bytes.split(separator: 0x0A) {
            let isObject = line.first == UInt8(ascii: "{") && line.last == UInt8(ascii: "}")
            let known = line.starts(with: Array("{\"id\":".utf8)) || line.starts(with: Array("{\"line\":".utf8))
                || line.starts(with: Array("{\"error\":".utf8))
            try require(isObject && known, "output line is not a document or an error record: \(String(decoding: line.prefix(200), as: UTF8.self))")
        }
    }
}
