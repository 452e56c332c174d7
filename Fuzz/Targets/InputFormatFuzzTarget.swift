// Fuzzes the input formats through the command a monitor runs: `narrascan score --input-format F -`
// with the fuzzer's bytes on standard input, so the sniffing, decoding (declared encodings, entities,
// CDATA), extraction (HTML furniture, feed items, Telegram messages, CSV quoting) and scoring of each
// format see any bytes. Properties: no crash or hang; the run ends with exit code 0 (all read) or 1
// (some input reported on stderr), never 2; every output line is one JSON object, a scored
// document or an error record, so a bad page or row never breaks the output stream.
// The lexicon is a tiny one written once, so that an execution costs the format, not a compile.
// The gzip target lets `score` sniff, seeded with a gzipped dump: inputs that keep gzip's magic bytes
// run the system decompressor once per execution (slow), and a corrupt archive must be an input
// error, not a crash.

import NarrascanCLI

#if canImport(Glibc)
import Glibc
#endif

/// One input format read by `score` from standard input.
public struct InputFormatFuzzTarget: FuzzTarget {
    public let name: String
    public let seeds: FuzzSeeds
    public let maxInputBytes: Int
    /// The `--input-format` value, or nil to let `score` sniff (compressed input).
    let format: String?

    /// The target `name` reading `--input-format format` (nil: sniffed), seeded from `seeds`.
    public init(name: String, format: String?, seeds: FuzzSeeds, maxInputBytes: Int = 4096) {
        self.name = name
        self.format = format
        self.seeds = seeds
        self.maxInputBytes = maxInputBytes
    }

    /// A two-narrative lexicon folder, written once per process.
    static let lexicons: String = {
        let dir = "/tmp/narrascan-fuzz-lexicons-\(getpid())"
        mkdir(dir, 0o755)
        let files = [
            ("h.lex", "@narrative h\n@title H\n@description D\n@threshold 0.5\n3 hybrid attack\n2 гибридн* атак*\n2 weaponi* migra*\n"),
            ("v.lex", "@narrative v\n@title V\n@description D\n@threshold 0.5\n3 pushed back\n2 замерз*\n-1 lampedusa\n"),
        ]
        for (file, text) in files {
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
        let arguments = ["score", "--jobs", "1", "--format", "jsonl"] + (format.map { ["--input-format", $0] } ?? []) + ["-"]
        let code = NarrascanCommand.main(arguments, context: context)
        try require(code == 0 || code == 1, "exit code \(code); stderr: \(err.text.prefix(300))")
        for line in out.bytes.split(separator: 0x0A) {
            let isObject = line.first == UInt8(ascii: "{") && line.last == UInt8(ascii: "}")
            let known = line.starts(with: Array("{\"id\":".utf8)) || line.starts(with: Array("{\"line\":".utf8))
                || line.starts(with: Array("{\"error\":".utf8))
            try require(isObject && known, "output line is not a document or an error record: \(String(decoding: line.prefix(200), as: UTF8.self))")
        }
    }
}
