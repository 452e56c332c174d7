// `narrascan score`: the batch job over files, directories and standard input.

import NarrascanCore

/// Options shared by the commands that load lexicons.
let lexiconOptions: [OptionSpec] = [
    OptionSpec("--lexicons", value: "DIR|FILE", help: "Lexicon folder or file (default: NARRASCAN_LEXICONS, else the bundled Lexicons/)."),
    OptionSpec("--narrative", value: "NAME", repeatable: true, help: "Use only this narrative."),
]

/// The options of the commands that read files of every format.
let inputOptions: [OptionSpec] = [
    OptionSpec("--input-format", value: "FORMAT", help: "Read every input as jsonl, text, html, rss, atom, telegram, csv or tsv (default: by extension, else by content)."),
    OptionSpec("--verbose", help: "List each file a directory walk does not score (a summary line is always printed)."),
]

extension ParsedArguments {
    /// `--input-format`, when given.
    func inputFormat() throws(UsageError) -> DocumentFormat? {
        try choice("--input-format", DocumentFormat.allCases.map(\.rawValue)).flatMap(DocumentFormat.init)
    }
}

/// The JSONL members that hold a record's text and id.
let recordFieldOptions: [OptionSpec] = [
    OptionSpec("--text-field", value: "NAME", help: "JSONL member holding the text (default: text)."),
    OptionSpec("--id-field", value: "NAME", help: "JSONL member holding the id (default: id)."),
]

let recordOptions: [OptionSpec] = recordFieldOptions + [
    OptionSpec("--max-line-bytes", value: "N", help: "Longest JSONL line read; a longer one is reported and skipped (default: 16777216)."),
]

/// The `score` command.
public enum ScoreCommand {
    public static let spec = CommandSpec(
        name: "score",
        abstract: "Score documents against the narrative lexicons.",
        usage: "narrascan score [OPTIONS] [PATH ...]",
        discussion: """
            PATHs are files or directories (searched recursively, in name order). A .txt or .md file is one
            document, its id the file name without extension; a .jsonl or .ndjson file holds one JSON
            record per line ({"id", "text", optional "title", "source", "date", "url", "lang"}); a web page
            (.html) is one document, its article's text; a feed (.rss, .rdf, .atom, or .xml) one per item;
            a Telegram Desktop export (result.json) one per message; a .csv or .tsv table with a header
            one per row (--text-field, --id-field name the columns). .gz, .zst, .bz2 and .xz files are
            decompressed on the way. '-' (or no PATH) reads standard input, its format sniffed from the
            first bytes. A directory walk prints one line on stderr counting the files it did not score
            (a table without the text column, like a gold.tsv, is one of them); --verbose lists them.
            Documents of the formats other than JSONL and text get a 'lang' from language
            identification when they have none.
            A file or record that cannot be read is reported on stderr and the batch goes on (exit 1).
            Output follows input order whatever --jobs is. JSONL keys: id, labels, scores, tokens, then
            path, title, date, source, url, lang when present, then evidence with --evidence.
            """,
        options: lexiconOptions + recordOptions + inputOptions + voiceOptions + [
            OptionSpec("--identify-lang", help: "Identify the language of JSONL and text documents without 'lang' too (always done for the other formats)."),
            OptionSpec("--output", short: "-o", value: "FILE", help: "Write to FILE instead of standard output."),
            OptionSpec("--format", value: "FORMAT", help: "jsonl, csv or table (default: table on a terminal, else jsonl)."),
            OptionSpec("--evidence", help: "Include the matched phrases with byte offsets (JSONL)."),
            OptionSpec("--jobs", value: "N", help: "Worker threads (default: all cores)."),
            OptionSpec("--fail-fast", help: "Stop at the first input that fails."),
        ],
        examples: [
            "narrascan score Samples/dev Samples/test",
            "narrascan score --format table --narrative hybrid-attack feed.jsonl",
            "narrascan score --evidence --jobs 2 dumps/ > scores.jsonl",
            "cat article.txt | narrascan score -",
        ])

    public static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        guard let args = try spec.parse(arguments, context: context) else { return .success }
        let context = try context.writingOutput(to: args.value("--output"))
        let format: OutputFormat
        let jobs: Int
        let maxLineBytes: Int
        do {
            format = try args.choice("--format", OutputFormat.allCases.map(\.rawValue)).flatMap(OutputFormat.init) ?? (context.stdout.isTerminal ? .table : .jsonl)
            jobs = try args.integer("--jobs", default: context.cores, range: 1...256)
            maxLineBytes = try args.integer("--max-line-bytes", default: 16 << 20, range: 1...(1 << 31))
        } catch { throw .usage(error) }
        let voices: VoiceSelection
        do { voices = try VoiceSelection(args) } catch { throw .usage(error) }
        var loader = LexiconLoader(context: context)
        loader.jobs = jobs
        let classifier = voices.apply(to: try loader.classifier(args.value("--lexicons"), narratives: args.allValues("--narrative")))
        context.keepUntilEnd(classifier)  // freed with the process, not at return
        let paths = args.positionals.isEmpty ? ["-"] : args.positionals
        let items: [Result<InputItem, InputError>]
        var notScored: [NotScoredFile]
        do { (items, notScored) = try InputCollector().collectAccounting(paths) } catch { throw .usage(error) }
        let inputFormat: DocumentFormat?
        do { inputFormat = try args.inputFormat() } catch { throw .usage(error) }

        let formatter = ResultFormatter(format: format, narratives: classifier.lexicons.names, includeEvidence: args.flag("--evidence"), includeVoices: voices.attribute)
        let parser = JSONRecordParser(textField: args.value("--text-field") ?? "text", idField: args.value("--id-field") ?? "id")
        let pipeline = ScorePipeline(
            classifier: classifier, formatter: formatter, parser: parser, jobs: jobs, failFast: args.flag("--fail-fast"),
            context: context)
        pipeline.identifyLanguage = args.flag("--identify-lang")
        var reader = BatchReader(
            source: DocumentSource(
                format: inputFormat, textField: parser.textField, idField: parser.idField, maxLineBytes: maxLineBytes,
                identifyLanguage: args.flag("--identify-lang") ? .always : .newFormats, stdin: context.stdin,
                openFile: context.openFile, lineArena: pipeline.lineArena))
        do {
            try context.stdout.write(formatter.header())
            for item in items {
                if pipeline.stopped || context.interruption.signal != 0 { break }
                switch item {
                case .failure(let error): try pipeline.fail(error)
                case .success(let input): try reader.feed(input, to: pipeline)
                }
            }
            try pipeline.finish()
        } catch {
            throw .outputClosed
        }
        notScored += reader.notScored
        reportNotScored(notScored, verbose: args.flag("--verbose"), context: context)
        if context.stderr.isTerminal && pipeline.documents >= 2000 { context.warn("") }
        if let code = interruptionExitCode(context) { return code }
        return pipeline.failures > 0 ? .failure : .success
    }
}

/// The exit code for a signal that stopped the run, if any.
func interruptionExitCode(_ context: CommandContext) -> ExitCode? {
    switch context.interruption.signal {
    case 0: return nil
    case 15: return .terminated
    default: return .interrupted
    }
}
