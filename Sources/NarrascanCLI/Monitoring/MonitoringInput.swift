// The input side of `trend` and `report`: PATHs (or standard input) of `score`/`stream` output,
// raw JSONL documents, or text files, read one record at a time. Raw documents are scored on the
// way with voice attribution on (the lexicons are loaded only when the first raw document comes);
// scored lines are taken as they are. Bad lines are reported on stderr and skipped; `stream`'s
// own error records are counted and skipped. Partial counts (`trend --emit-counts` records) go
// to a separate handler, which only `trend` sets.

import NarrascanCore
import NarrascanMonitoring

extension SpikeParameters {
    /// One line for output headers.
    var summary: String {
        "window \(window), min baseline \(minimumBaseline), z ≥ \(formatDecimal(threshold, places: 2)), min count \(minimumCount), floor \(formatDecimal(floor, places: 3))"
    }
}

/// The options that control reading, shared by `trend` and `report`.
let monitoringInputOptions: [OptionSpec] = lexiconOptions + [
    OptionSpec("--text-field", value: "NAME", help: "JSONL member holding the text of raw documents (default: text)."),
    OptionSpec("--id-field", value: "NAME", help: "JSONL member holding the id (default: id)."),
] + inputOptions + voiceOptions.filter { $0.name != "--voices" }

/// Reads monitored documents.
final class MonitoringReader {
    let context: CommandContext
    let parser: ScoredRecordParser
    let keepText: Bool
    private let lexiconPath: String?
    private let narratives: [String]
    private let voices: VoiceSelection
    private let inputFormat: DocumentFormat?
    private let verbose: Bool
    private var classifier: NarrativeClassifier?
    private let scratch = MatchScratch()
    /// Inputs and lines that failed.
    private(set) var failures = 0
    /// `stream` error records skipped.
    private(set) var errorRecords = 0
    /// Standard input as a named slice of a file (`--input-name`, `--first-line`), if it is one.
    var slice: FileSlice?
    /// Receives partial counts; without it a counts record is a bad line.
    var countsHandler: ((TrendCounts) throws(CLIError) -> Void)?

    init(_ args: ParsedArguments, context: CommandContext, keepText: Bool) throws(UsageError) {
        self.context = context
        self.parser = ScoredRecordParser(raw: JSONRecordParser(textField: args.value("--text-field") ?? "text", idField: args.value("--id-field") ?? "id"))
        self.keepText = keepText
        self.lexiconPath = args.value("--lexicons")
        self.narratives = args.allValues("--narrative")
        self.voices = try VoiceSelection(args)
        self.inputFormat = try args.inputFormat()
        self.verbose = args.flag("--verbose")
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

    /// Reads every PATH in order ("-" is standard input), calling `handle` per document. Inputs of
    /// every format are read; JSONL lines may be `score`/`stream` output or raw documents.
    func read(_ paths: [String], maxLineBytes: Int = 16 << 20, _ handle: (MonitoredDocument) throws(CLIError) -> Void) throws(CLIError) {
        let items: [Result<InputItem, InputError>]
        var notScored: [NotScoredFile]
        do { (items, notScored) = try InputCollector().collectAccounting(paths) } catch { throw .usage(error) }
        let source = DocumentSource(
            format: inputFormat, textField: parser.raw.textField, idField: parser.raw.idField, maxLineBytes: maxLineBytes,
            identifyLanguage: .always, stdin: context.stdin)
        for item in items {
            if context.interruption.signal != 0 { return }
            switch item {
            case .failure(let error): fail(error)
            case .success(let input):
                try source.read(input) { (event) throws(CLIError) -> Bool in
                    switch event {
                    case .document(let d): try handle(try score(d))
                    case .failure(let error): fail(error)
                    case .notScored(let reason): notScored.append(NotScoredFile(path: input.path, reason: reason))
                    case .line(let line, let number):
                        // Standard input may be a slice of a named file (`--input-name`, `--first-line`):
                        // ids and messages then use that file's name and line numbers.
                        let sliced = input.path == "-" ? slice : nil
                        let path = sliced?.name ?? input.path
                        let n = number + (sliced?.firstLine ?? 1) - 1
                        let parsed: MonitoredLine
                        do { parsed = try parser.parse(line, fallbackID: "\(path):\(n)") } catch {
                            fail(InputError(path: path, line: n, reason: "invalid record: \(error)"))
                            return context.interruption.signal == 0
                        }
                        switch parsed {
                        case .scored(let d): try handle(d)
                        case .raw(let record): try handle(try score(source.withLanguage(record, plain: false)))
                        case .errorRecord: errorRecords += 1
                        case .counts(let counts):
                            guard let countsHandler else {
                                fail(InputError(path: path, line: n, reason: "partial counts ({\"type\":\"counts\"}) are read by trend only"))
                                return context.interruption.signal == 0
                            }
                            if case .totals(_, _, let failed, let skipped) = counts.kind {
                                failures += failed
                                errorRecords += skipped
                            }
                            try countsHandler(counts)
                        }
                    }
                    return context.interruption.signal == 0
                }
            }
        }
        reportNotScored(notScored, verbose: verbose, context: context)
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
