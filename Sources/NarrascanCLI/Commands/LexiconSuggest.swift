// `narrascan lexicon suggest`: grow a lexicon from labelled documents. Reads a gold file and the
// documents it labels (as `eval` does), ranks per narrative the words and 2–4-word phrases that
// separate its positives from the other documents (`LexiconSuggester`), and prints them as a table,
// TSV or JSONL for a person to judge. Nothing is written to any lexicon.

import NarrascanCore

/// `--split NAME`: keep the gold rows of one split (eval and lexicon suggest).
let splitOption = OptionSpec("--split", value: "NAME", help: "Use only the gold rows whose 'split' column is NAME (e.g. dev).")

/// The options of `lexicon suggest`, beside the lexicon options every `lexicon` subcommand takes.
let suggestOptions: [OptionSpec] = [
    OptionSpec("--gold", value: "FILE", repeatable: true, help: "With suggest: gold labels (TSV or JSONL), as eval reads them."),
    splitOption,
    OptionSpec("--format", value: "FORMAT", help: "With suggest: table, tsv or jsonl (default: table)."),
    OptionSpec("--min-count", value: "N", help: "With suggest: fewest positive documents a phrase must occur in (default 3)."),
    OptionSpec("--top", value: "N", help: "With suggest: phrases per narrative (default 30)."),
    OptionSpec("--max-words", value: "N", help: "With suggest: longest phrase in words, 1-8 (default 4)."),
    OptionSpec("--stem", value: "N", help: "With suggest: cut longer words to N letters + '*' as candidates too; 0: none (default 6)."),
] + recordFieldOptions + inputOptions

/// The `lexicon suggest` subcommand.
enum LexiconSuggest {
    static func run(_ args: ParsedArguments, loader: LexiconLoader, context: CommandContext) throws(CLIError) -> ExitCode {
        let format: String
        let options: SuggestionOptions
        let candidates: PhraseCandidateOptions
        do {
            format = try args.choice("--format", ["table", "tsv", "jsonl"]) ?? "table"
            options = SuggestionOptions(
                minCount: try args.integer("--min-count", default: 3, range: 1...1_000_000),
                top: try args.integer("--top", default: 30, range: 1...100_000))
            candidates = PhraseCandidateOptions(
                maxWords: try args.integer("--max-words", default: 4, range: 1...8),
                stemLength: try args.integer("--stem", default: 6, range: 0...64))
        } catch { throw .usage(error) }
        let classifier = try loader.classifier(args.value("--lexicons"))
        let input = try LabelledInput.read(args, command: "lexicon suggest", paths: Array(args.positionals.dropFirst()), context: context)
        let gold = input.gold
        var documents: [SuggestionDocument] = []
        var seen: Set<String> = []
        for d in input.documents {
            guard let g = gold[d.id], seen.insert(d.id).inserted else { continue }
            documents.append(SuggestionDocument(id: d.id, text: d.text, labels: g.labels))
        }
        documents.sort { $0.id < $1.id }
        let unlabelled = input.documents.count - documents.count
        let missing = gold.count - documents.count
        context.warn(
            "narrascan: lexicon suggest: \(documents.count) labelled documents"
                + (unlabelled > 0 ? ", \(unlabelled) without a gold row (ignored)" : "")
                + (missing > 0 ? ", \(missing) gold rows without a document" : ""))
        guard !documents.isEmpty else { throw .usage(UsageError("no document read has a gold row")) }

        let suggester = LexiconSuggester(documents: documents, options: candidates)
        let requested = args.allValues("--narrative")
        let narratives = requested.isEmpty ? suggester.labelledNarratives : requested
        var out: [UInt8] = []
        if format == "tsv" {
            out += Array("narrative\trank\tphrase\twords\tpositive_docs\tother_docs\tz\tlog_odds\tcovered_by\texample\n".utf8)
        }
        for narrative in narratives {
            let result = suggester.suggest(for: narrative, options: options, classifier: classifier)
            switch format {
            case "tsv": out += Array(SuggestionRenderer.tsv(result).utf8)
            case "jsonl": out += SuggestionRenderer.jsonl(result)
            default: out += Array(SuggestionRenderer.table(result).utf8)
            }
        }
        do {
            try context.stdout.write(out)
            try context.stdout.flush()
        } catch { throw .outputClosed }
        return input.failures.isEmpty ? .success : .failure
    }
}

/// Prints suggestions.
enum SuggestionRenderer {
    static func covered(_ s: PhraseSuggestion) -> String {
        s.coveredBy.map { "\($0.phrase) (\(formatDecimal($0.weight, places: 2)))" } ?? "-"
    }

    static func table(_ r: NarrativeSuggestions) -> String {
        var s = "\(r.narrative): \(r.positives) positive and \(r.others) other documents\n"
        if r.phrases.isEmpty { return s + "  (no phrase occurs in enough positive documents)\n\n" }
        let width = min(40, max(6, r.phrases.map(\.phrase.count).max() ?? 6) + 2)
        s += "  " + pad("RANK", 6) + pad("PHRASE", width) + pad("POS", 6) + pad("OTHER", 7) + pad("Z", 7) + pad("COVERED BY", 26) + "EXAMPLE\n"
        for (k, p) in r.phrases.enumerated() {
            s += "  " + pad("\(k + 1)", 6) + pad(shorten(p.phrase, width - 2), width) + pad("\(p.positiveDocuments)", 6)
                + pad("\(p.otherDocuments)", 7) + pad(formatFixed(p.keyness.z, places: 2), 7) + pad(shorten(covered(p), 24), 26)
                + shorten(p.examples.first ?? "", 90) + "\n"
        }
        return s + "\n"
    }

    static func tsv(_ r: NarrativeSuggestions) -> String {
        var s = ""
        for (k, p) in r.phrases.enumerated() {
            let cells = [
                r.narrative, "\(k + 1)", p.phrase, "\(p.words)", "\(p.positiveDocuments)", "\(p.otherDocuments)",
                formatFixed(p.keyness.z, places: 3), formatFixed(p.keyness.logOdds, places: 3), covered(p),
                p.examples.joined(separator: " | "),
            ]
            s += cells.map { $0.replacingAll("\t", with: " ") }.joined(separator: "\t") + "\n"
        }
        return s
    }

    static func jsonl(_ r: NarrativeSuggestions) -> [UInt8] {
        var w = JSONWriter()
        for (k, p) in r.phrases.enumerated() {
            w.member("{\"narrative\":", r.narrative)
            w.member(",\"rank\":", int: k + 1)
            w.member(",\"phrase\":", p.phrase)
            w.member(",\"words\":", int: p.words)
            w.member(",\"positiveDocuments\":", int: p.positiveDocuments)
            w.member(",\"otherDocuments\":", int: p.otherDocuments)
            w.member(",\"positives\":", int: r.positives)
            w.member(",\"others\":", int: r.others)
            w.member(",\"z\":", number: p.keyness.z, places: 3)
            w.member(",\"logOdds\":", number: p.keyness.logOdds, places: 3)
            if let c = p.coveredBy {
                w.member(",\"coveredBy\":{\"phrase\":", c.phrase)
                w.member(",\"weight\":", number: c.weight, places: 2)
                w.raw("}")
            } else {
                w.raw(",\"coveredBy\":null")
            }
            w.raw(",\"examples\":[")
            for (i, e) in p.examples.enumerated() {
                if i > 0 { w.raw(",") }
                w.string(e)
            }
            w.raw("]}\n")
        }
        return w.bytes
    }
}
