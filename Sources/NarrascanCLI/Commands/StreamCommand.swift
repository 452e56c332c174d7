// `narrascan stream`: a live feed on standard input, one output line per input line, each visible
// to the reader before the stream waits for more input: results are buffered while input lines are
// already there and flushed before a read that would wait (`FlushBeforeWaitingInput`), when the
// buffer is full, and at the end. A bad line yields an error record and the stream goes on; memory
// stays flat (one reused line buffer, one reused scratch). With --input-name the stream is a slice of a
// JSONL file read as `score` reads that file (ids, blank lines, line numbers): how a distributed
// driver hands each partition to one `stream` process and still gets one machine's records.

import NarrascanCore

/// The `stream` command.
public enum StreamCommand {
    public static let spec = CommandSpec(
        name: "stream",
        abstract: "Score a live feed line by line from standard input.",
        usage: "narrascan stream [OPTIONS] < feed.jsonl",
        discussion: """
            Each input line is a JSONL record (or, with --plain, the text of one document whose id is its
            line number). Each input line produces exactly one output line, in order, written out before
            the stream waits for more input (lines already there are answered in one write):
            the score record, or {"line": N, "error": "..."} for a line that cannot be scored (bad JSON,
            no text, an empty line, a line longer than --max-line-bytes). Lines end at LF only: a CR
            just before the LF is dropped, a lone CR stays inside its line, so output line N answers
            input line N as 'wc -l' counts. A closed stdout ends the
            stream quietly (exit 0); SIGINT/SIGTERM finish the record in hand, flush, and exit 130/143.
            With --input-name PATH (and --first-line N) standard input is lines N, N+1, ... of the JSONL
            file PATH and is read as `score` reads that file: a record without an id gets the id
            PATH:LINE, blank lines are skipped, and an error record names the file's line and
            {"path": PATH}. scripts/spark/narrascan_spark.py runs one such process per partition.
            """,
        options: lexiconOptions + recordOptions + voiceOptions + [
            OptionSpec("--plain", help: "Lines are plain text, not JSONL."),
            OptionSpec("--evidence", help: "Include the matched phrases with byte offsets."),
        ] + fileSliceOptions,
        examples: [
            "tail -f feed.jsonl | narrascan stream",
            "narrascan stream --plain --evidence < headlines.txt",
            "narrascan stream --narrative blame-the-eu --text-field body < posts.jsonl",
        ],
        maxPositionals: 0)

    public static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        guard let args = try spec.parse(arguments, context: context) else { return .success }
        let maxLineBytes: Int
        do { maxLineBytes = try args.integer("--max-line-bytes", default: 16 << 20, range: 1...(1 << 31)) } catch { throw .usage(error) }
        let voices: VoiceSelection
        do { voices = try VoiceSelection(args) } catch { throw .usage(error) }
        let classifier = voices.apply(
            to: try LexiconLoader(context: context).classifier(args.value("--lexicons"), narratives: args.allValues("--narrative")))
        context.keepUntilEnd(classifier)  // freed with the process, not at return
        let formatter = ResultFormatter(format: .jsonl, narratives: classifier.lexicons.names, includeEvidence: args.flag("--evidence"), includeVoices: voices.attribute)
        let parser = JSONRecordParser(textField: args.value("--text-field") ?? "text", idField: args.value("--id-field") ?? "id")
        let plain = args.flag("--plain")
        let slice: FileSlice?
        do { slice = try FileSlice(args) } catch { throw .usage(error) }
        if slice != nil && plain { throw .usage(UsageError("--input-name names a JSONL file; it does not go with --plain")) }
        let firstLine = slice?.firstLine ?? 1
        let input = FlushBeforeWaitingInput(context.stdin, flushing: context.stdout)
        let reader = LineReader(input: input, maxLineBytes: maxLineBytes)
        let scratch = MatchScratch()
        var out: [UInt8] = []
        var record = DocumentRecord(id: "", text: [])  // reused: its text keeps its storage
        do {
            while context.interruption.signal == 0 {
                let event: LineEvent?
                do { event = try reader.next() } catch {
                    try context.stdout.write(errorRecord(line: reader.lineNumber + firstLine, message: error.reason, path: slice?.name))
                    try context.stdout.flush()
                    break
                }
                guard let event else { break }
                out.removeAll(keepingCapacity: true)
                let n = reader.lineNumber + firstLine - 1
                switch event {
                case .oversized(let length):
                    out = errorRecord(
                        line: n, message: "line of \(length) bytes is longer than --max-line-bytes \(maxLineBytes); skipped", path: slice?.name)
                case .line(var line):
                    if n == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = UnsafeBufferPointer(rebasing: line[3...]) }
                    if plain {
                        let record = DocumentRecord(id: String(n), text: Array(line))
                        let score = classifier.classify(line, scratch: scratch, evidence: formatter.includeEvidence)
                        formatter.append(record, score, to: &out)
                    } else if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                        if slice == nil { out = errorRecord(line: n, message: "empty line") }  // score skips blank lines between records
                    } else {
                        do {
                            try parser.parse(line, fallbackID: slice.map { "\($0.name):\(n)" } ?? String(n), into: &record)
                            let score = record.text.withUnsafeBufferPointer { classifier.classify($0, scratch: scratch, evidence: formatter.includeEvidence) }
                            formatter.append(record, score, to: &out)
                        } catch {
                            out = errorRecord(line: n, message: "invalid record: \(error)", path: slice?.name)
                        }
                    }
                }
                try context.stdout.write(out)  // flushed before the next read that would wait
            }
            try context.stdout.flush()
        } catch {
            return .success  // stdout closed: end quietly
        }
        if input.outputClosed { return .success }
        return interruptionExitCode(context) ?? .success
    }
}
