// A run of lines of one JSONL file arriving on standard input: `--input-name PATH --first-line N`.
// A distributed driver splits a file into partitions and pipes each into its own narrascan
// process; naming the slice lets that process give the records one machine would give for the
// same lines — fallback ids `PATH:LINE`, line numbers of the file, blank lines skipped — instead
// of numbering from 1 in every partition.

/// The options that name a slice of a file.
let fileSliceOptions: [OptionSpec] = [
    OptionSpec("--input-name", value: "PATH", help: "Standard input is (a slice of) the JSONL file PATH: ids, line numbers and error records as `score` gives them for it."),
    OptionSpec("--first-line", value: "N", help: "With --input-name: standard input starts at line N of that file (default: 1)."),
]

/// Standard input as lines `firstLine...` of the file `name`.
struct FileSlice: Sendable, Equatable {
    /// The file the lines come from, as the user named it (any URI: it is only printed).
    var name: String
    /// The number, in that file, of the first line read.
    var firstLine: Int

    /// The slice that `args` name, or nil without `--input-name`.
    /// - Throws: `UsageError` for `--first-line` without `--input-name`, or a line number below 1.
    init?(_ args: ParsedArguments) throws(UsageError) {
        guard let name = args.value("--input-name") else {
            if args.value("--first-line") != nil { throw UsageError("--first-line needs --input-name (the file the lines come from)") }
            return nil
        }
        if name.isEmpty { throw UsageError("--input-name needs a non-empty PATH") }
        self.name = name
        self.firstLine = try args.integer("--first-line", default: 1, range: 1...1_000_000_000_000)
    }
}
