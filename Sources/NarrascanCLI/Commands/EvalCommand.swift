// `narrascan eval`: scores labelled documents and compares with gold labels: per-narrative
// precision, recall and F1, micro and macro F1, per-language figures, the errors with their
// evidence, and a threshold sweep for setting each lexicon's @threshold deliberately.

import NarrascanCore

/// The `eval` command.
public enum EvalCommand {
    public static let spec = CommandSpec(
        name: "eval",
        abstract: "Measure precision, recall and F1 against gold labels.",
        usage: "narrascan eval --gold FILE [OPTIONS] [PATH ...]",
        discussion: """
            Scores the documents at PATH (default: the folder of the first gold file) and compares the
            labels with the gold file(s). Gold files are TSV with a header naming at least the columns
            'id' and 'labels' (comma-separated narratives, '-' for none; an optional 'lang' column gives
            per-language figures), or JSONL ({"id", "labels": [...], "lang"}) when named *.jsonl.
            Documents without a gold row are ignored (and counted); gold rows without a document are
            reported. Per-language F1 is micro-F1 over that language's documents. --split NAME keeps
            the gold rows whose 'split' column is NAME (Samples/real/manifest.tsv: dev, validation).
            --sweep prints, per narrative, precision/recall/F1 at thresholds 0.05 … 0.95 and the
            threshold that maximises F1 (ties: the lowest).
            """,
        options: lexiconOptions + voiceOptions + inputOptions + [
            OptionSpec("--gold", value: "FILE", repeatable: true, help: "Gold labels (TSV or JSONL)."),
            splitOption,
            OptionSpec("--errors", help: "List false positives and false negatives with their top evidence."),
            OptionSpec("--sweep", help: "Show how precision/recall/F1 move with each narrative's threshold."),
            OptionSpec("--output", short: "-o", value: "FILE", help: "Write to FILE instead of standard output."),
            OptionSpec("--format", value: "FORMAT", help: "table or json (default: table)."),
        ] + recordFieldOptions,
        examples: [
            "narrascan eval --gold Samples/dev/gold.tsv",
            "narrascan eval --gold Samples/test/gold.tsv --errors Samples/test",
            "narrascan eval --gold Samples/dev/gold.tsv --sweep",
            "narrascan eval --gold labels.jsonl --format json corpus.jsonl",
        ])

    public static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        guard let args = try spec.parse(arguments, context: context) else { return .success }
        let context = try context.writingOutput(to: args.value("--output"))
        let json: Bool
        do { json = try args.choice("--format", ["table", "json"]) == "json" } catch { throw .usage(error) }
        let voices: VoiceSelection
        do { voices = try VoiceSelection(args) } catch { throw .usage(error) }
        let classifier = voices.apply(
            to: try LexiconLoader(context: context).classifier(args.value("--lexicons"), narratives: args.allValues("--narrative")))
        let input = try LabelledInput.read(args, command: "eval", paths: args.positionals, context: context)
        let gold = input.gold
        var evaluated: [EvaluatedDocument] = []
        var texts: [String: [UInt8]] = [:]
        var unlabelled = 0
        let scratch = MatchScratch()
        for d in input.documents {
            guard let g = gold[d.id] else {
                unlabelled += 1
                continue
            }
            let score = d.text.withUnsafeBufferPointer { classifier.classify($0, scratch: scratch) }
            evaluated.append(EvaluatedDocument(id: d.id, lang: g.lang ?? d.lang ?? "und", gold: g.labels, score: score))
            texts[d.id] = d.text
        }
        evaluated.sort { $0.id < $1.id }
        let found = Set(evaluated.map(\.id))
        let missing = gold.keys.filter { !found.contains($0) }.sorted()
        let names = classifier.lexicons.names
        let report = EvaluationReport(evaluated, narratives: names)
        let thresholds = Dictionary(uniqueKeysWithValues: classifier.lexicons.lexicons.map { ($0.name, $0.threshold) })
        let renderer = EvaluationRenderer(
            report: report, documents: evaluated, texts: texts, thresholds: thresholds, unlabelled: unlabelled, missing: missing)
        do {
            if json {
                try context.stdout.write(renderer.json(errors: args.flag("--errors"), sweep: args.flag("--sweep")))
            } else {
                try context.stdout.write(renderer.table())
                if args.flag("--errors") { try context.stdout.write(renderer.errors()) }
                if args.flag("--sweep") { try context.stdout.write(renderer.sweepTable()) }
            }
            try context.stdout.flush()
        } catch { throw .outputClosed }
        return input.failures.isEmpty ? .success : .failure
    }
}

/// Formats an evaluation.
struct EvaluationRenderer {
    let report: EvaluationReport
    let documents: [EvaluatedDocument]
    let texts: [String: [UInt8]]
    let thresholds: [String: Double]
    let unlabelled: Int
    let missing: [String]

    static let sweepPoints: [Double] = (1...19).map { Double($0) * 0.05 }

    func table() -> String {
        let width = max(report.narratives.map(\.count).max() ?? 0, 10)
        var s = "\(report.documents) documents"
        if unlabelled > 0 { s += " (\(unlabelled) without gold labels ignored)" }
        s += "\n"
        if !missing.isEmpty { s += "\(missing.count) gold ids without a document: \(missing.prefix(10).joined(separator: ", "))\(missing.count > 10 ? ", …" : "")\n" }
        s += "\n" + pad("NARRATIVE", width) + "  SUPPORT   TP   FP   FN  PRECISION  RECALL  F1     THRESHOLD\n"
        for n in report.narratives {
            let c = report.perNarrative[n]!
            s += pad(n, width) + "  " + row(c) + "  " + formatFixed(thresholds[n] ?? 0, places: 2) + "\n"
        }
        s += pad("micro", width) + "  " + row(report.micro) + "\n"
        s += "\nmacro-F1 \(formatFixed(report.macroF1, places: 3))   micro-F1 \(formatFixed(report.micro.f1, places: 3))\n"
        s += "\nLANGUAGE  DOCS  MICRO-F1  MACRO-F1\n"
        for lang in report.perLanguage.keys.sorted() {
            let l = report.perLanguage[lang]!
            s += pad(lang, 8) + "  " + pad(String(l.documents), 4) + "  " + pad(formatFixed(l.counts.f1, places: 3), 8) + "  " + formatFixed(l.macroF1, places: 3) + "\n"
        }
        return s
    }

    private func row(_ c: ClassificationCounts) -> String {
        pad(String(c.support), 7) + "  " + pad(String(c.truePositives), 3) + "  " + pad(String(c.falsePositives), 3) + "  "
            + pad(String(c.falseNegatives), 3) + "  " + pad(formatFixed(c.precision, places: 3), 9) + "  "
            + pad(formatFixed(c.recall, places: 3), 6) + "  " + pad(formatFixed(c.f1, places: 3), 5)
    }

    /// The wrong decisions: (kind, narrative, document, score).
    func wrongDecisions() -> [(kind: String, narrative: String, document: EvaluatedDocument, score: NarrativeScore)] {
        var result: [(String, String, EvaluatedDocument, NarrativeScore)] = []
        for kind in ["false-positive", "false-negative"] {
            for n in report.narratives {
                for d in documents {
                    guard let ns = d.score.narratives.first(where: { $0.narrative == n }) else { continue }
                    let g = d.gold.contains(n)
                    if (kind == "false-positive" && ns.labelled && !g) || (kind == "false-negative" && !ns.labelled && g) {
                        result.append((kind, n, d, ns))
                    }
                }
            }
        }
        return result
    }

    func topEvidence(_ ns: NarrativeScore, limit: Int = 5) -> [(phrase: String, count: Int, weight: Double)] {
        var counts: [String: (Int, Double)] = [:]
        for e in ns.evidence { counts[e.phrase, default: (0, e.weight)].0 += 1 }
        return counts.map { (phrase: $0.key, count: $0.value.0, weight: $0.value.1) }
            .sorted { (abs($0.weight) * Double($0.count), $1.phrase) > (abs($1.weight) * Double($1.count), $0.phrase) }
            .prefix(limit).map { $0 }
    }

    func errors() -> String {
        var s = ""
        for kind in ["false-positive", "false-negative"] {
            let rows = wrongDecisions().filter { $0.kind == kind }
            s += "\n" + (kind == "false-positive" ? "FALSE POSITIVES" : "FALSE NEGATIVES") + " (\(rows.count))\n"
            for r in rows {
                let evidence = topEvidence(r.score).map { "\($0.phrase) (\(formatDecimal($0.weight))×\($0.count))" }
                s += "  \(pad(r.narrative, 20)) \(r.document.id)  score \(formatFixed(r.score.score, places: 3))"
                s += evidence.isEmpty ? "  no evidence\n" : "  " + evidence.joined(separator: "; ") + "\n"
            }
        }
        return s
    }

    /// Per narrative: (threshold, counts) at each sweep point, and the best threshold.
    func sweep() -> [(narrative: String, points: [(Double, ClassificationCounts)], best: Double)] {
        report.narratives.map { n in
            let points = EvaluationRenderer.sweepPoints.map { t in
                (t, EvaluationReport(documents, narratives: [n], thresholds: [n: t]).perNarrative[n]!)
            }
            var best = points[0]
            for p in points where p.1.f1 > best.1.f1 + 1e-12 { best = p }
            return (n, points, best.0)
        }
    }

    func sweepTable() -> String {
        var s = ""
        for (n, points, best) in sweep() {
            s += "\nSWEEP \(n) (current threshold \(formatFixed(thresholds[n] ?? 0, places: 2)))\n  THRESHOLD  PRECISION  RECALL  F1\n"
            for (t, c) in points {
                s += "  " + pad(formatFixed(t, places: 2), 9) + "  " + pad(formatFixed(c.precision, places: 3), 9) + "  "
                s += pad(formatFixed(c.recall, places: 3), 6) + "  " + formatFixed(c.f1, places: 3) + (t == best ? "  ← best" : "") + "\n"
            }
        }
        return s
    }

    func json(errors: Bool, sweep includeSweep: Bool) -> String {
        var w = JSONWriter()
        func counts(_ c: ClassificationCounts) {
            w.member("{\"support\":", int: c.support)
            w.member(",\"tp\":", int: c.truePositives)
            w.member(",\"fp\":", int: c.falsePositives)
            w.member(",\"fn\":", int: c.falseNegatives)
            w.member(",\"precision\":", number: c.precision)
            w.member(",\"recall\":", number: c.recall)
            w.member(",\"f1\":", number: c.f1)
        }
        w.member("{\"documents\":", int: report.documents)
        w.member(",\"unlabelled\":", int: unlabelled)
        w.raw(",\"missing\":["); for (k, m) in missing.enumerated() { if k > 0 { w.raw(",") }; w.string(m) }
        w.raw("],\"narratives\":{")
        for (k, n) in report.narratives.enumerated() {
            if k > 0 { w.raw(",") }
            w.string(n); w.raw(":"); counts(report.perNarrative[n]!)
            w.member(",\"threshold\":", number: thresholds[n] ?? 0); w.raw("}")
        }
        w.raw("},\"micro\":"); counts(report.micro); w.raw("}")
        w.member(",\"macro_f1\":", number: report.macroF1)
        w.raw(",\"languages\":{")
        for (k, lang) in report.perLanguage.keys.sorted().enumerated() {
            let l = report.perLanguage[lang]!
            if k > 0 { w.raw(",") }
            w.string(lang); w.raw(":{\"documents\":"); w.int(l.documents)
            w.member(",\"micro_f1\":", number: l.counts.f1); w.member(",\"macro_f1\":", number: l.macroF1); w.raw("}")
        }
        w.raw("}")
        if errors {
            w.raw(",\"errors\":[")
            for (k, r) in wrongDecisions().enumerated() {
                if k > 0 { w.raw(",") }
                w.member("{\"kind\":", r.kind); w.member(",\"narrative\":", r.narrative)
                w.member(",\"id\":", r.document.id); w.member(",\"score\":", number: r.score.score)
                w.raw(",\"evidence\":[")
                for (j, e) in topEvidence(r.score).enumerated() {
                    if j > 0 { w.raw(",") }
                    w.member("{\"phrase\":", e.phrase); w.member(",\"count\":", int: e.count)
                    w.member(",\"weight\":", number: e.weight); w.raw("}")
                }
                w.raw("]}")
            }
            w.raw("]")
        }
        if includeSweep {
            w.raw(",\"sweep\":{")
            for (k, s) in sweep().enumerated() {
                if k > 0 { w.raw(",") }
                w.string(s.narrative); w.raw(":{\"best_threshold\":"); w.number(s.best); w.raw(",\"points\":[")
                for (j, p) in s.points.enumerated() {
                    if j > 0 { w.raw(",") }
                    w.member("{\"threshold\":", number: p.0); w.member(",\"precision\":", number: p.1.precision)
                    w.member(",\"recall\":", number: p.1.recall); w.member(",\"f1\":", number: p.1.f1); w.raw("}")
                }
                w.raw("]}")
            }
            w.raw("}")
        }
        w.raw("}\n")
        return String(decoding: w.bytes, as: UTF8.self)
    }
}
