// What `eval` and `lexicon suggest` both read: gold files (`--gold`, one split with `--split`) and
// the documents they label (PATHs, default the first gold file's folder), with failures reported
// on stderr and the walk's unscored files summarised, the gold files themselves left out.

import NarrascanCore

/// Gold labels and the documents they label, read as `eval` reads them.
struct LabelledInput {
    /// Gold labels by document id.
    var gold: [String: GoldLabel]
    /// Every document read, labelled or not, in input order.
    var documents: [DocumentRecord]
    /// Inputs and records that could not be read (already reported on stderr).
    var failures: [InputError]

    /// Reads the gold files named by `--gold` and the documents at `paths` (when empty: the first
    /// gold file's folder).
    /// - Throws: `CLIError.usage` for a missing gold file, an unknown split or unusable PATHs;
    ///   `CLIError.input` for a malformed gold file.
    static func read(_ args: ParsedArguments, command: String, paths: [String], context: CommandContext) throws(CLIError) -> LabelledInput {
        let goldFiles = args.allValues("--gold")
        guard !goldFiles.isEmpty else { throw .usage(UsageError("\(command) needs --gold FILE")) }
        for file in goldFiles where !fileExists(file) { throw .usage(UsageError("\(file): no such gold file")) }
        var gold: [String: GoldLabel] = [:]
        do {
            for file in goldFiles {
                for g in try GoldLabelReader.parse(try readFile(file), path: file) { gold[g.id] = g }
            }
        } catch { throw .input(error) }
        do { gold = Dictionary(uniqueKeysWithValues: try Array(gold.values).inSplit(args.value("--split")).map { ($0.id, $0) }) } catch {
            throw .usage(error)
        }
        let inputFormat: DocumentFormat?
        do { inputFormat = try args.inputFormat() } catch { throw .usage(error) }
        let loader = DocumentLoader(
            parser: JSONRecordParser(textField: args.value("--text-field") ?? "text", idField: args.value("--id-field") ?? "id"),
            maxLineBytes: 16 << 20, format: inputFormat, identifyLanguage: .always)
        let loaded: (documents: [DocumentRecord], failures: [InputError], notScored: [NotScoredFile])
        do { loaded = try loader.load(paths.isEmpty ? [parentDirectory(goldFiles[0])] : paths, stdin: context.stdin) } catch {
            throw .usage(error)
        }
        for failure in loaded.failures { context.warn("narrascan: \(failure)") }
        let goldPaths = Set(goldFiles.map { realPath($0) ?? $0 })
        reportNotScored(loaded.notScored.filter { !goldPaths.contains(realPath($0.path) ?? $0.path) }, verbose: args.flag("--verbose"), context: context)
        return LabelledInput(gold: gold, documents: loaded.documents, failures: loaded.failures)
    }
}
