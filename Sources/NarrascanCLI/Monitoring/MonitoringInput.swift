// The input side of `trend` and `report`: PATHs (or standard input) of `score`/`stream` output,
// raw JSONL documents, or text files, read one record at a time. Raw documents are scored on the
// way with voice attribution on (the lexicons are loaded only when the first raw document comes);
// scored lines are taken as they are. Bad lines are reported on stderr and skipped; `stream`'s
// own error records are counted and skipped.

import NarrascanCore

/// The options that control reading, shared by `trend` and `report`.
let monitoringInputOptions: [OptionSpec] = lexiconOptions + [
    OptionSpec("--text-field", value: "NAME", help: "JSONL member holding the text of raw documents (default: text)."),
    OptionSpec("--id-field", value: "NAME", help: "JSONL member holding the id (default: id)."),
] + voiceOptions.filter { $0.name != "--voices" }

/// Reads monitored documents.
final class MonitoringReader {
    let context: CommandContext
    let parser: ScoredRecordParser
    let keepText: Bool
    private let lexiconPath: String?
    private let narratives: [String]
    private let voices: VoiceSelection
    private var classifier: NarrativeClassifier?
    private let scratch = MatchScratch()
    /// Inputs and lines that failed.
    private(set) var failures = 0
    /// `stream` error records skipped.
    private(set) var errorRecords = 0

    init(_ args: ParsedArguments, context: CommandContext, keepText: Bool) throws(UsageError) {
        self.context = context
        self.parser = ScoredRecordParser(raw: JSONRecordParser(textField: args.value("--text-field") ?? "text", idField: args.value("--id-field") ?? "id"))
        self.keepText = keepText
        self.lexiconPath = args.value("--lexicons")
        self.narratives = args.allValues("--narrative")
        self.voices = try VoiceSelection(args)
    }

    private func score(_ record: DocumentRecord) throws(CLIError) -> MonitoredDocument {
        if classifier == nil {
            classifier = try LexiconLoader(context: context).classifier(lexiconPath, narratives: narratives)
                .attributingVoices(counting: voices.counting)
        }
        let score = record.text.withUnsafeBufferPointer { classifier!.classify($0, scratch: scratch) }
        return MonitoredDocument(record: record, score: score, keepText: keepText)
    }

    private func fail(_ error: InputError) {
        failures += 1
        context.warn("narrascan: \(error)")
    }

    /// Reads every PATH in order ("-" is standard input), calling `handle` per document.
    func read(_ paths: [String], maxLineBytes: Int = 16 << 20, _ handle: (MonitoredDocument) throws(CLIError) -> Void) throws(CLIError) {
        let items: [Result<InputItem, InputError>]
        do { items = try InputCollector().collect(paths) } catch { throw .usage(error) }
        for item in items {
            if context.interruption.signal != 0 { return }
            switch item {
            case .failure(let error): fail(error)
            case .success(let input):
                switch input.kind {
                case .text:
                    do {
                        var bytes = try readFile(input.path)
                        if let utf8 = transcodeUTF16(bytes) { bytes = utf8 }
                        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                        try handle(try score(DocumentRecord(id: documentID(forPath: input.path), text: bytes, path: input.path)))
                    } catch let error as InputError {
                        fail(error)
                    } catch let error as CLIError {
                        throw error
                    } catch {
                        throw .outputClosed
                    }
                case .jsonl, .standardInput:
                    let source: ByteInput
                    if input.kind == .jsonl {
                        do { source = try FileDescriptorInput(path: input.path) } catch {
                            fail(error)
                            continue
                        }
                    } else {
                        source = context.stdin
                    }
                    try readLines(LineReader(input: source, maxLineBytes: maxLineBytes), path: input.path, handle)
                }
            }
        }
    }

    private func readLines(_ reader: LineReader, path: String, _ handle: (MonitoredDocument) throws(CLIError) -> Void) throws(CLIError) {
        while context.interruption.signal == 0 {
            let event: LineEvent?
            do { event = try reader.next() } catch {
                fail(error)
                return
            }
            guard let event else { return }
            switch event {
            case .oversized(let length):
                fail(InputError(path: path, line: reader.lineNumber, reason: "line of \(length) bytes is too long; skipped"))
            case .line(var line):
                if reader.lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = UnsafeBufferPointer(rebasing: line[3...]) }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                let parsed: MonitoredLine
                do { parsed = try parser.parse(line, fallbackID: "\(path):\(reader.lineNumber)") } catch {
                    fail(InputError(path: path, line: reader.lineNumber, reason: "invalid record: \(error)"))
                    continue
                }
                switch parsed {
                case .scored(let d): try handle(d)
                case .raw(let record): try handle(try score(record))
                case .errorRecord: errorRecords += 1
                }
            }
        }
    }
}

extension ParsedArguments {
    /// A decimal option within `range`.
    func decimal(_ name: String, default fallback: Double, range: ClosedRange<Double>) throws(UsageError) -> Double {
        guard let text = value(name) else { return fallback }
        guard let v = Double(text), range.contains(v) else {
            throw UsageError("\(name) takes a number from \(formatDecimal(range.lowerBound)) to \(formatDecimal(range.upperBound)), not '\(text)'")
        }
        return v
    }

    /// `--by`: the bucket width, week when absent.
    func bucketUnit() throws(UsageError) -> BucketUnit {
        try choice("--by", BucketUnit.allCases.map(\.rawValue)).flatMap(BucketUnit.init) ?? .week
    }

    /// The spike-detection options.
    func spikeParameters() throws(UsageError) -> SpikeParameters {
        var p = SpikeParameters()
        p.window = try integer("--window", default: p.window, range: 1...1000)
        p.minimumBaseline = try integer("--min-baseline", default: p.minimumBaseline, range: 1...1000)
        p.threshold = try decimal("--z", default: p.threshold, range: 0...1000)
        p.minimumCount = try integer("--min-count", default: p.minimumCount, range: 1...1_000_000)
        p.floor = try decimal("--floor", default: p.floor, range: 0.0001...1)
        if p.minimumBaseline > p.window { throw UsageError("--min-baseline (\(p.minimumBaseline)) cannot exceed --window (\(p.window))") }
        return p
    }
}

/// The spike-detection options, shared by `trend` and `report`.
let spikeOptions: [OptionSpec] = [
    OptionSpec("--window", value: "K", help: "Baseline: the previous K buckets that have documents (default: 8)."),
    OptionSpec("--min-baseline", value: "N", help: "Fewest baseline buckets for a verdict (default: 3)."),
    OptionSpec("--z", value: "Z", help: "Robust z-score a spike must reach (default: 3)."),
    OptionSpec("--min-count", value: "N", help: "Fewest labelled documents in a spike bucket (default: 3)."),
    OptionSpec("--floor", value: "X", help: "Smallest spread of the share, 0-1 (default: 0.05)."),
]

/// The help paragraph on the spike method, shared by `trend` and `report`.
let spikeMethodHelp = """
    SPIKES: for each narrative (and group), a bucket's share of labelled documents is compared with
    its baseline, the shares of the previous --window buckets that have documents (at least
    --min-baseline of them): expected = their median; spread = the largest of 1.4826 x their median
    absolute deviation, the binomial noise sqrt(expected x (1 - expected) / documents in the
    bucket), and --floor; z = (share - expected) / spread. A bucket is a spike when z >= --z and
    it has at least --min-count labelled documents. Buckets are days, ISO weeks (Monday start,
    2021-W45) or months; a document's bucket is the YYYY-MM-DD prefix of its "date"; documents
    without one are counted and reported, not bucketed.
    """
