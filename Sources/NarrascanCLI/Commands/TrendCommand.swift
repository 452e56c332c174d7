// `narrascan trend`: documents per time bucket (and source), labelled documents, share and mean
// score per narrative, and the buckets where a narrative's share spikes above its own baseline.
// Batch mode reads everything, then prints the series and the spikes; `--follow` reads a feed
// (typically `narrascan stream` output) and prints an alert as soon as a bucket closes with a
// spike — a bucket closes when the first document of a later bucket arrives, or at the end of
// input. Documents that arrive after their bucket closed are counted but raise no alert.
// `--emit-counts` stops before bucketing: it prints partial counts per day and source (see
// TrendCounts.swift), which `trend` reads back and adds up — how a cluster aggregates in parts.

import NarrascanCore
import NarrascanMonitoring

/// The `trend` command.
public enum TrendCommand {
    public static let spec = CommandSpec(
        name: "trend",
        abstract: "Narrative shares over time, with spike alerts.",
        usage: "narrascan trend [OPTIONS] [PATH ...]",
        discussion: """
            Reads score/stream output (JSONL with "scores", "labels", "date", "source" and, for top
            phrases, "evidence") or raw JSONL documents (lines with "text": scored on the way, with
            evidence and voices) from PATHs or standard input, and aggregates them per time bucket
            (--by) and optionally per source (--group source): documents, documents labelled per
            narrative, their share, and the mean score. Output: jsonl (records of "type" bucket,
            spike and undated), csv (one row per bucket and narrative, then one per spike) or table.
            --follow prints only spikes, each as soon as its bucket closes: when the first document
            of a later bucket arrives, or at the end of input (so feed it in date order).

            PARTIAL COUNTS: --emit-counts prints, instead of series and spikes, the counts of the input
            per day and source as {"type":"counts",...} records (whatever --by and --group say), and a
            last record with the undated documents, failed lines and skipped error records. trend reads
            such records among its input and adds them up, so counts made separately (one process per
            partition of a cluster job) give exactly the output of one trend over all the documents.
            --input-name and --first-line name standard input as a slice of a JSONL file, for the ids
            and line numbers of its records.

            """ + "\n" + spikeMethodHelp,
        options: monitoringInputOptions + spikeOptions + [
            OptionSpec("--by", value: "UNIT", help: "Bucket width: day, week or month (default: week)."),
            OptionSpec("--group", value: "KEY", help: "Aggregate per 'source' or per 'lang' (given, else identified) as well as per bucket."),
            OptionSpec("--output", short: "-o", value: "FILE", help: "Write to FILE instead of standard output."),
            OptionSpec("--format", value: "FORMAT", help: "jsonl, csv or table (default: table on a terminal, else jsonl)."),
            OptionSpec("--spikes-only", help: "Print the spikes, not the series."),
            OptionSpec("--follow", help: "Print each spike as soon as its bucket closes (implies --spikes-only)."),
            OptionSpec("--max-line-bytes", value: "N", help: "Longest JSONL line read (default: 16777216)."),
            OptionSpec("--emit-counts", help: "Print partial counts per day and source, for a later trend to add up."),
        ] + fileSliceOptions,
        examples: [
            "narrascan trend --format table Samples/feeds",
            "narrascan trend --by day --group source --format csv scores.jsonl",
            "narrascan score --evidence feed.jsonl | narrascan trend --spikes-only -",
            "tail -f feed.jsonl | narrascan stream --evidence | narrascan trend --follow --by day",
            "cat part-*.jsonl | narrascan trend --emit-counts > counts.jsonl; narrascan trend counts.jsonl",
        ])

    public static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        guard let args = try spec.parse(arguments, context: context) else { return .success }
        let context = try context.writingOutput(to: args.value("--output"))
        let unit: BucketUnit
        let format: OutputFormat
        let parameters: SpikeParameters
        let reader: MonitoringReader
        let maxLineBytes: Int
        do throws(UsageError) {
            unit = try args.bucketUnit()
            _ = try args.choice("--group", ["source", "lang"])
            format = try args.choice("--format", OutputFormat.allCases.map(\.rawValue)).flatMap(OutputFormat.init) ?? (context.stdout.isTerminal ? .table : .jsonl)
            parameters = try args.spikeParameters()
            maxLineBytes = try args.integer("--max-line-bytes", default: 16 << 20, range: 1...(1 << 31))
            reader = try MonitoringReader(args, context: context, keepText: false)
            reader.slice = try FileSlice(args)
            if args.flag("--emit-counts") && (args.flag("--follow") || args.flag("--spikes-only")) {
                throw UsageError("--emit-counts prints counts, not spikes; it does not go with --follow or --spikes-only")
            }
        } catch { throw .usage(error) }
        let paths = args.positionals.isEmpty ? ["-"] : args.positionals
        if args.flag("--emit-counts") { return try emitCounts(reader, paths: paths, maxLineBytes: maxLineBytes, context: context) }
        var aggregation = TrendAggregation(unit: unit, grouping: args.value("--group").flatMap(TrendGrouping.init) ?? .none)
        let printer = TrendPrinter(format: format, unit: unit, parameters: parameters)
        let detector = SpikeDetector(parameters: parameters)
        /// Partial counts are kept per day and source: they cannot be grouped by language.
        func mergeCounts(_ c: TrendCounts) throws(CLIError) -> Int? {
            if aggregation.grouping == .lang {
                throw .usage(UsageError("partial counts ({\"type\":\"counts\"}) are kept per day and source; --group lang cannot be made from them"))
            }
            return aggregation.merge(c)
        }

        if args.flag("--follow") {
            var open: Int? = nil
            var late = 0
            var headerWritten = false
            func close(_ bucket: Int) throws(CLIError) {
                let spikes = aggregation.spikes(detector, only: bucket, through: bucket)
                guard !spikes.isEmpty else { return }
                do {
                    if !headerWritten { try context.stdout.write(printer.spikeHeader()); headerWritten = true }
                    try context.stdout.write(printer.spikes(spikes, groups: aggregation.isGrouped, alert: true))
                    try context.stdout.flush()
                } catch { throw .outputClosed }
            }
            func track(_ bucket: Int?) throws(CLIError) {
                let before = open
                guard let bucket else { return }
                if let before, bucket > before {
                    try close(before)
                    open = bucket
                } else if let before, bucket < before {
                    late += 1
                } else {
                    open = bucket
                }
            }
            reader.countsHandler = { (c: TrendCounts) throws(CLIError) in try track(try mergeCounts(c)) }
            try reader.read(paths, maxLineBytes: maxLineBytes) { (d: MonitoredDocument) throws(CLIError) in try track(aggregation.add(d)) }
            if let open { try close(open) }
            if late > 0 { context.warn("narrascan: \(late) documents arrived after their \(unit.rawValue) had closed; counted, no alerts") }
        } else {
            reader.countsHandler = { (c: TrendCounts) throws(CLIError) in _ = try mergeCounts(c) }
            try reader.read(paths, maxLineBytes: maxLineBytes) { (d: MonitoredDocument) throws(CLIError) in aggregation.add(d) }
            let spikes = aggregation.spikes(detector)
            do {
                if args.flag("--spikes-only") {
                    try context.stdout.write(printer.spikeHeader())
                    try context.stdout.write(printer.spikes(spikes, groups: aggregation.isGrouped, alert: false))
                } else {
                    try context.stdout.write(printer.series(aggregation, spikes: spikes))
                    try context.stdout.write(printer.spikes(spikes, groups: aggregation.isGrouped, alert: false, titled: true))
                    try context.stdout.write(printer.undated(aggregation))
                }
                try context.stdout.flush()
            } catch { throw .outputClosed }
        }
        if aggregation.undated > 0 {
            context.warn(
                "narrascan: \(aggregation.undated) of \(aggregation.documents) documents have no YYYY-MM-DD date and were not bucketed (first: \(aggregation.undatedIDs.prefix(3).joined(separator: ", ")))")
        }
        if reader.errorRecords > 0 { context.warn("narrascan: skipped \(reader.errorRecords) error records of the input") }
        if let code = interruptionExitCode(context) { return code }
        return reader.failures > 0 ? .failure : .success
    }

    /// `--emit-counts`: reads `paths` into per-day, per-source counts and prints them.
    private static func emitCounts(_ reader: MonitoringReader, paths: [String], maxLineBytes: Int, context: CommandContext) throws(CLIError) -> ExitCode {
        var aggregation = TrendAggregation(unit: .day, bySource: true)
        reader.countsHandler = { (c: TrendCounts) throws(CLIError) in aggregation.merge(c) }
        try reader.read(paths, maxLineBytes: maxLineBytes) { (d: MonitoredDocument) throws(CLIError) in aggregation.add(d) }
        do {
            try context.stdout.write(aggregation.countsRecords(failures: reader.failures, errorRecords: reader.errorRecords))
            try context.stdout.flush()
        } catch { throw .outputClosed }
        if let code = interruptionExitCode(context) { return code }
        return reader.failures > 0 ? .failure : .success
    }
}

/// Formats trend series and spikes.
struct TrendPrinter {
    let format: OutputFormat
    let unit: BucketUnit
    let parameters: SpikeParameters

    static let csvHeader = "type,bucket,start,group,narrative,documents,labelled,share,mean_score,expected,z,top_phrases\n"

    /// The header before spike records (CSV only).
    func spikeHeader() -> String { format == .csv ? TrendPrinter.csvHeader : "" }

    /// The series: one record per bucket (and group).
    func series(_ a: TrendAggregation, spikes: [Spike]) -> String {
        let narratives = a.narratives
        let spiked = Set(spikes.map { "\($0.bucket)|\($0.group)|\($0.narrative)" })
        var s = ""
        switch format {
        case .jsonl:
            for group in a.groups {
                for p in a.series(group) {
                    var w = JSONWriter()
                    w.raw("{\"type\":\"bucket\",\"bucket\":")
                    w.string(unit.label(of: p.bucket))
                    w.member(",\"start\":", formatDay(unit.startDay(of: p.bucket)))
                    if a.isGrouped {
                        w.member(",\"group\":", group)
                    }
                    w.member(",\"documents\":", int: p.cell.documents)
                    w.raw(",\"narratives\":{")
                    for (k, n) in narratives.enumerated() {
                        if k > 0 { w.raw(",") }
                        w.string(n)
                        w.raw(":{\"labelled\":")
                        w.int(p.cell.labelled[n] ?? 0)
                        w.member(",\"share\":", number: p.cell.share(n))
                        w.member(",\"mean_score\":", number: p.cell.meanScore(n))
                        if spiked.contains("\(p.bucket)|\(group)|\(n)") { w.raw(",\"spike\":true") }
                        w.raw("}")
                    }
                    w.raw("}}\n")
                    s += String(decoding: w.bytes, as: UTF8.self)
                }
            }
        case .csv:
            s += TrendPrinter.csvHeader
            for group in a.groups {
                for p in a.series(group) {
                    for n in narratives {
                        s += [
                            "bucket", unit.label(of: p.bucket), formatDay(unit.startDay(of: p.bucket)), csvField(group), csvField(n),
                            String(p.cell.documents), String(p.cell.labelled[n] ?? 0), formatDecimal(p.cell.share(n)),
                            formatDecimal(p.cell.meanScore(n)), "", "", "",
                        ].joined(separator: ",") + "\n"
                    }
                }
            }
        case .table:
            let labelWidth = max(unit == .day ? 10 : 8, 6)
            for group in a.groups {
                if a.isGrouped { s += "\n\(a.grouping == .lang ? "LANG" : "SOURCE") \(group)\n" }
                var header = pad(unit.rawValue.uppercased(), labelWidth) + "  START       " + pad("DOCS", 5)
                for n in narratives { header += "  " + pad(shorten(n, 22), 22) }
                s += trimTrailing(header) + "\n"
                var sub = String(repeating: " ", count: labelWidth + 2 + 12 + 5)
                for _ in narratives { sub += "  " + pad("  N  SHARE   MEAN", 22) }
                s += trimTrailing(sub) + "\n"
                for p in a.series(group) {
                    var line = pad(unit.label(of: p.bucket), labelWidth) + "  " + formatDay(unit.startDay(of: p.bucket)) + "  "
                    line += leftPad(String(p.cell.documents), 5)
                    for n in narratives {
                        let mark = spiked.contains("\(p.bucket)|\(group)|\(n)") ? " ▲" : "  "
                        let cell = leftPad(String(p.cell.labelled[n] ?? 0), 3) + "  " + leftPad(formatPercent(p.cell.share(n)), 5) + "  "
                            + formatFixed(p.cell.meanScore(n), places: 3) + mark
                        line += "  " + pad(cell, 22)
                    }
                    s += trimTrailing(line) + "\n"
                }
            }
            s += "\n\(a.documents) documents"
            if a.undated > 0 { s += ", \(a.undated) without a date" }
            s += "; ▲ = spike\n"
        }
        return s
    }

    /// Spike records (with `titled`, a table gets a heading even when there are none).
    func spikes(_ spikes: [Spike], groups: Bool, alert: Bool, titled: Bool = false) -> String {
        var s = ""
        switch format {
        case .jsonl:
            for sp in spikes {
                var w = JSONWriter()
                w.raw("{\"type\":\"spike\",\"bucket\":")
                w.string(unit.label(of: sp.bucket))
                w.member(",\"start\":", formatDay(unit.startDay(of: sp.bucket)))
                if groups {
                    w.member(",\"group\":", sp.group)
                }
                w.member(",\"narrative\":", sp.narrative)
                w.member(",\"documents\":", int: sp.documents)
                w.member(",\"labelled\":", int: sp.labelled)
                w.member(",\"observed\":", number: sp.test.observed)
                w.member(",\"expected\":", number: sp.test.expected)
                w.member(",\"z\":", number: sp.test.z, places: 2)
                w.member(",\"baseline\":", int: sp.test.baselineBuckets)
                w.raw(",\"top_phrases\":[")
                for (k, p) in sp.topPhrases.enumerated() {
                    if k > 0 { w.raw(",") }
                    w.member("{\"phrase\":", p.phrase)
                    w.member(",\"documents\":", int: p.documents)
                    w.raw("}")
                }
                w.raw("]}\n")
                s += String(decoding: w.bytes, as: UTF8.self)
            }
        case .csv:
            for sp in spikes {
                s += [
                    "spike", unit.label(of: sp.bucket), formatDay(unit.startDay(of: sp.bucket)), csvField(sp.group), csvField(sp.narrative),
                    String(sp.documents), String(sp.labelled), formatDecimal(sp.test.observed), "", formatDecimal(sp.test.expected),
                    formatDecimal(sp.test.z, places: 2), csvField(sp.topPhrases.map { "\($0.phrase) (\($0.documents))" }.joined(separator: "; ")),
                ].joined(separator: ",") + "\n"
            }
        case .table:
            if titled { s += "\nSPIKES (\(parameters.summary))\n" + (spikes.isEmpty ? "none\n" : "") }
            for sp in spikes {
                var line = alert ? "ALERT  " : ""
                line += unit.label(of: sp.bucket) + "  "
                if groups { line += sp.group + "  " }
                line += sp.narrative + "  \(sp.labelled)/\(sp.documents) documents  share " + formatPercent(sp.test.observed)
                line += " vs expected " + formatPercent(sp.test.expected) + "  z " + formatFixed(sp.test.z, places: 1)
                if !sp.topPhrases.isEmpty { line += "  top: " + sp.topPhrases.map { "\($0.phrase) (\($0.documents))" }.joined(separator: ", ") }
                s += line + "\n"
            }
        }
        return s
    }

    /// The undated-documents record (JSONL/CSV) or line (table).
    func undated(_ a: TrendAggregation) -> String {
        guard a.undated > 0 else { return "" }
        switch format {
        case .jsonl:
            var w = JSONWriter()
            w.raw("{\"type\":\"undated\",\"documents\":")
            w.int(a.undated)
            w.raw(",\"ids\":[")
            for (k, id) in a.undatedIDs.enumerated() {
                if k > 0 { w.raw(",") }
                w.string(id)
            }
            w.raw("]}\n")
            return String(decoding: w.bytes, as: UTF8.self)
        case .csv:
            return "undated,,,,,\(a.undated),,,,,,\(csvField(a.undatedIDs.joined(separator: "; ")))\n"
        case .table:
            return "\nUNDATED: \(a.undated) documents without a YYYY-MM-DD date (first: \(a.undatedIDs.joined(separator: ", ")))\n"
        }
    }
}

/// A share as a percentage with one decimal ("12.5%").
func formatPercent(_ share: Double) -> String { formatFixed(share * 100, places: 1) + "%" }

func leftPad(_ s: String, _ width: Int) -> String { s.count >= width ? s : String(repeating: " ", count: width - s.count) + s }

func trimTrailing(_ s: String) -> String {
    var s = s
    while s.last == " " { s.removeLast() }
    return s
}
