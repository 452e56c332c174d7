// `narrascan report`: one self-contained HTML file for a scored collection — timelines of each
// narrative's share with spikes marked, a per-source breakdown, the most frequent phrases per
// narrative with their voices, and the top-scoring documents with each match shown in its
// sentence. Inputs as for `trend`; sentences need the text, so they appear for raw documents
// (scored on the way), while score output lines show their phrases only.

#if canImport(Glibc)
import Glibc
#endif
import NarrascanCore
import NarrascanMonitoring

/// The `report` command.
public enum ReportCommand {
    public static let spec = CommandSpec(
        name: "report",
        abstract: "Write a self-contained HTML report of narrative trends.",
        usage: "narrascan report [OPTIONS] [PATH ...] > report.html",
        discussion: """
            Reads what 'trend' reads (score/stream output, or raw JSONL documents that it scores with
            voice attribution) and writes one HTML file: inline CSS and SVG, no scripts, no network.
            Evidence sentences need the document text, so give raw documents for them.

            """ + "\n" + spikeMethodHelp,
        options: monitoringInputOptions + spikeOptions + [
            OptionSpec("--by", value: "UNIT", help: "Bucket width: day, week or month (default: week)."),
            OptionSpec("--title", value: "TEXT", help: "The report's title (default: Narrative monitoring report)."),
            OptionSpec("--top", value: "N", help: "Top-scoring documents to show (default: 12)."),
            OptionSpec("--output", short: "-o", value: "FILE", help: "Write the HTML here instead of standard output."),
        ],
        examples: [
            "narrascan report Samples/feeds > report.html",
            "narrascan report --by day --title 'Border feeds, November' -o nov.html nov.jsonl",
        ])

    public static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        guard let args = try spec.parse(arguments, context: context) else { return .success }
        let unit: BucketUnit
        let parameters: SpikeParameters
        let top: Int
        let reader: MonitoringReader
        do {
            unit = try args.bucketUnit()
            parameters = try args.spikeParameters()
            top = try args.integer("--top", default: 12, range: 1...500)
            reader = try MonitoringReader(args, context: context, keepText: true)
        } catch { throw .usage(error) }
        var collector = ReportCollector(unit: unit, top: top)
        try reader.read(args.positionals.isEmpty ? ["-"] : args.positionals) { (d: MonitoredDocument) throws(CLIError) in collector.add(d) }
        let report = HTMLReport(
            title: args.value("--title") ?? "Narrative monitoring report", data: collector, detector: SpikeDetector(parameters: parameters))
        let html = report.render()
        do {
            let output = try context.writingOutput(to: args.value("--output"))
            try output.stdout.write(html)
            try output.stdout.flush()
        } catch let error as CLIError {
            throw error
        } catch {
            throw .outputClosed
        }
        if collector.overall.undated > 0 {
            context.warn("narrascan: \(collector.overall.undated) of \(collector.overall.documents) documents have no YYYY-MM-DD date and are left out of the timelines")
        }
        if let code = interruptionExitCode(context) { return code }
        return reader.failures > 0 ? .failure : .success
    }
}

/// Phrase counts of one narrative: documents it matched in, and its matches per voice.
struct PhraseStats: Sendable {
    var documents = 0
    var voices = VoiceCounts()
    var unattributed = 0
}

/// Everything the report shows, gathered in one pass.
struct ReportCollector {
    var overall: TrendAggregation
    var bySource: TrendAggregation
    /// Per narrative, per phrase.
    var phrases: [String: [String: PhraseStats]] = [:]
    /// The top documents by their highest score (kept with text).
    var topDocuments: [MonitoredDocument] = []
    let top: Int

    init(unit: BucketUnit, top: Int) {
        overall = TrendAggregation(unit: unit, bySource: false)
        bySource = TrendAggregation(unit: unit, bySource: true)
        self.top = top
    }

    mutating func add(_ d: MonitoredDocument) {
        overall.add(d)
        var sourced = d
        sourced.date = d.date.flatMap { parseDay($0) != nil ? $0 : nil } ?? "1970-01-01"  // per-source totals include undated
        bySource.add(sourced)
        var seen = Set<String>()
        for e in d.evidence where e.weight > 0 {
            var stats = phrases[e.narrative, default: [:]][e.phrase, default: PhraseStats()]
            if seen.insert(e.narrative + "\u{0}" + e.phrase).inserted { stats.documents += 1 }
            if let v = e.voice { stats.voices[v] += 1 } else { stats.unattributed += 1 }
            phrases[e.narrative, default: [:]][e.phrase] = stats
        }
        guard d.topScore > 0 else { return }
        topDocuments.append(d)
        if topDocuments.count > top * 8 { prune(perSource: top) }
    }

    /// Keeps the `top` best documents (score, then id), with `perSource` of one source at most.
    mutating func prune(perSource: Int = .max) {
        topDocuments.sort { ($1.topScore, $0.id) < ($0.topScore, $1.id) }
        var perSourceCount: [String: Int] = [:]
        topDocuments = topDocuments.filter { d in
            let key = d.source ?? ""
            perSourceCount[key, default: 0] += 1
            return perSourceCount[key]! <= perSource
        }
        if topDocuments.count > top { topDocuments.removeLast(topDocuments.count - top) }
    }
}
