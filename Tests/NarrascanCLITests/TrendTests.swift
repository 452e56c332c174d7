// `trend`: calendar buckets (ISO weeks), spike detection on synthetic series, the scored-record
// reader, batch output, undated documents, and --follow emitting an alert when a bucket closes.

@testable import NarrascanCLI
@testable import NarrascanMonitoring
import NarrascanCore
import Testing

struct TrendTests {
    // MARK: calendar

    @Test(arguments: [
        ("2021-01-03", "2020-W53", "2020-12-28"),  // a Sunday: still the last ISO week of 2020
        ("2021-01-04", "2021-W01", "2021-01-04"),
        ("2020-12-31", "2020-W53", "2020-12-28"),
        ("2024-12-30", "2025-W01", "2024-12-30"),  // a Monday in 2024 that opens 2025-W01
        ("2021-11-14T23:59:00+03:00", "2021-W45", "2021-11-08"),
        ("2021-11-15", "2021-W46", "2021-11-15"),
        ("1969-12-31", "1970-W01", "1969-12-29"),
    ])
    func isoWeeks(date: String, label: String, start: String) throws {
        let day = try #require(parseDay(date))
        let bucket = BucketUnit.week.bucket(ofDay: day)
        #expect(BucketUnit.week.label(of: bucket) == label)
        #expect(formatDay(BucketUnit.week.startDay(of: bucket)) == start)
    }

    @Test func daysAndMonths() throws {
        let day = try #require(parseDay("2024-02-29"))
        #expect(formatDay(day) == "2024-02-29")
        #expect(BucketUnit.day.label(of: BucketUnit.day.bucket(ofDay: day)) == "2024-02-29")
        let month = BucketUnit.month.bucket(ofDay: day)
        #expect(BucketUnit.month.label(of: month) == "2024-02")
        #expect(formatDay(BucketUnit.month.startDay(of: month)) == "2024-02-01")
        #expect(BucketUnit.month.label(of: month + 11) == "2025-01")
        for d in -800_000...(-799_000) + 0 where d % 997 == 0 {
            let (y, m, dd) = civilFromDays(d)
            #expect(daysFromCivil(y, m, dd) == d)
        }
        for bad in ["2021-02-29", "2021-13-01", "2021-00-10", "unknown", "2021-11-8", "21-11-08", "2021-11-08X", ""] {
            #expect(parseDay(bad) == nil, "\(bad)")
        }
    }

    // MARK: spike detection

    static func series(_ shares: [(Int, Int)]) -> [(documents: Int, labelled: Int)] { shares.map { (documents: $0.0, labelled: $0.1) } }

    @Test func aSurgeAboveAFlatBaselineIsASpike() throws {
        let s = Self.series([(20, 2), (20, 2), (20, 3), (20, 2), (20, 1), (20, 2), (20, 12)])
        let test = try #require(SpikeDetector().test(s, at: 6))
        #expect(test.isSpike)
        #expect(test.expected == 0.1)
        #expect(test.observed == 0.6)
        #expect(test.baselineBuckets == 6)
        // spread = max(1.4826 × MAD 0, √(0.1 × 0.9 / 20) ≈ 0.067, floor 0.05)
        #expect(abs(test.z - 0.5 / (0.09 / 20).squareRoot()) < 1e-9)
        // Earlier buckets are not spikes.
        for t in 3..<6 { #expect(SpikeDetector().test(s, at: t)?.isSpike == false) }
    }

    @Test func noVerdictWithoutEnoughBaselineOrDocuments() {
        let s = Self.series([(20, 2), (0, 0), (20, 2), (0, 0), (20, 15)])
        #expect(SpikeDetector().test(s, at: 4) == nil)  // two baseline buckets with documents, three needed
        #expect(SpikeDetector().test(s, at: 3) == nil)  // no documents
        var p = SpikeParameters()
        p.minimumBaseline = 2
        #expect(SpikeDetector(parameters: p).test(s, at: 4)?.isSpike == true)
    }

    @Test func smallCountsAndNoisyBaselinesDoNotFire() {
        // Two of three documents is a high share but below --min-count 3.
        let small = Self.series([(10, 1), (10, 1), (10, 1), (10, 0), (3, 2)])
        #expect(SpikeDetector().test(small, at: 4)?.isSpike == false)
        // A baseline that swings 0–50 % absorbs a 45 % bucket.
        let noisy = Self.series([(20, 0), (20, 10), (20, 2), (20, 9), (20, 1), (20, 9)])
        #expect(SpikeDetector().test(noisy, at: 5)?.isSpike == false)
        // One earlier surge inside the window does not hide the next (median and MAD are robust).
        let twice = Self.series([(20, 2), (20, 2), (20, 12), (20, 2), (20, 3), (20, 2), (20, 13)])
        #expect(SpikeDetector().test(twice, at: 6)?.isSpike == true)
    }

    // MARK: reading

    @Test func readsScoredLinesRawDocumentsAndStreamErrors() throws {
        let parser = ScoredRecordParser()
        let scored = #"{"id":"a","labels":["x"],"scores":{"x":0.75,"y":0},"tokens":9,"date":"2021-11-08","source":"s","voices":{"x":{"own":1,"quoted":0,"refuted":0}},"evidence":[{"narrative":"x","phrase":"p q","start":3,"end":7,"weight":2.5,"voice":"quoted"}]}"#
        guard case .scored(let d) = try parse(parser, scored) else { Issue.record("not scored"); return }
        #expect(d.id == "a" && d.labels == ["x"] && d.scores == ["x": 0.75, "y": 0] && d.date == "2021-11-08" && d.source == "s")
        #expect(d.evidence == [MonitoredEvidence(narrative: "x", phrase: "p q", start: 3, end: 7, weight: 2.5, voice: .quoted)])
        guard case .raw(let r) = try parse(parser, #"{"id":"b","text":"hello","date":"2021-11-09"}"#) else { Issue.record("not raw"); return }
        #expect(r.id == "b" && r.date == "2021-11-09")
        guard case .errorRecord = try parse(parser, #"{"line":3,"error":"invalid record"}"#) else { Issue.record("not an error record"); return }
        #expect(throws: JSONRecordError.self) { try parse(parser, #"{"id":"c"}"#) }
    }

    func parse(_ parser: ScoredRecordParser, _ line: String) throws(JSONRecordError) -> MonitoredLine {
        let bytes = Array(line.utf8)
        return try bytes.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) throws(JSONRecordError) in try parser.parse(b, fallbackID: "?") }
    }

    static func scoredLine(_ id: String, _ date: String?, _ labelled: Bool, source: String = "s") -> String {
        let d = date.map { #","date":"\#($0)""# } ?? ""
        return #"{"id":"\#(id)","labels":[\#(labelled ? #""x""# : "")],"scores":{"x":\#(labelled ? 0.8 : 0.1)},"tokens":5\#(d),"source":"\#(source)","evidence":[{"narrative":"x","phrase":"\#(labelled ? "the west" : "other")","start":0,"end":3,"weight":2}]}"#
    }

    /// Four quiet days (1 of 5 documents labelled), then a day with 4 of 5, then one more day.
    static let surgeFeed: [String] = {
        var lines: [String] = []
        for day in 1...6 {
            let date = "2021-11-0\(day)"
            let labelled = day == 5 ? 4 : 1
            for k in 0..<5 { lines.append(scoredLine("d\(day)-\(k)", date, k < labelled)) }
        }
        return lines
    }()

    @Test func batchOutputHasBucketsSpikesAndTheUndatedCount() throws {
        let input = (Self.surgeFeed + [Self.scoredLine("u1", nil, true), Self.scoredLine("u2", "someday", false)]).joined(separator: "\n") + "\n"
        let r = run(["trend", "--by", "day", "--format", "jsonl", "-"], stdin: input)
        #expect(r.code == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix(#"{"type":"bucket""#) }.count == 6)
        #expect(lines.contains(#"{"type":"bucket","bucket":"2021-11-05","start":"2021-11-05","documents":5,"narratives":{"x":{"labelled":4,"share":0.8,"mean_score":0.66,"spike":true}}}"#))
        let spikes = lines.filter { $0.hasPrefix(#"{"type":"spike""#) }
        #expect(spikes == [#"{"type":"spike","bucket":"2021-11-05","start":"2021-11-05","narrative":"x","documents":5,"labelled":4,"observed":0.8,"expected":0.2,"z":3.35,"baseline":4,"top_phrases":[{"phrase":"the west","documents":4}]}"#])
        #expect(lines.last == #"{"type":"undated","documents":2,"ids":["u1","u2"]}"#)
        #expect(r.stderr.contains("2 of 32 documents have no YYYY-MM-DD date"))
    }

    @Test func tableAndCSVAndGroups() {
        let input = Self.surgeFeed.joined(separator: "\n") + "\n" + Self.scoredLine("o1", "2021-11-05", true, source: "other") + "\n"
        let table = run(["trend", "--by", "day", "--format", "table", "--group", "source", "-"], stdin: input)
        #expect(table.stdout.contains("SOURCE other"))
        #expect(table.stdout.contains("SOURCE s"))
        #expect(table.stdout.contains("2021-11-05  s  x  4/5 documents  share 80.0% vs expected 20.0%"))
        let csv = run(["trend", "--by", "week", "--format", "csv", "-"], stdin: input)
        #expect(csv.stdout.hasPrefix(TrendPrinter.csvHeader + "bucket,2021-W44,2021-11-01,,x,"))
        #expect(run(["trend", "--by", "year"], stdin: "").stderr.contains("--by must be one of day, week, month"))
        #expect(run(["trend", "--min-baseline", "9", "--window", "4"], stdin: "").code == 2)
    }

    @Test func rawDocumentsAreScoredOnTheWay() {
        let input = """
            {"id":"a","date":"2021-11-01","text":"Minsk staged a hybrid attack."}
            {"id":"b","date":"2021-11-02","text":"Nothing to see."}

            """
        let r = run(["trend", "--by", "month", "--format", "jsonl", "-"], stdin: input)
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""bucket":"2021-11","start":"2021-11-01","documents":2,"narratives":{"hybrid-attack":{"labelled":1,"share":0.5"#))
    }

    // MARK: follow

    @Test func followEmitsTheAlertWhenTheBucketCloses() throws {
        let input = SteppedInput(Self.surgeFeed)
        let output = RecordingOutput(input: input)
        let context = CommandContext(stdout: output, stderr: MemoryOutput(), stdin: input, environment: [:], cores: 1)
        let code = NarrascanCommand.main(["trend", "--follow", "--by", "day", "--format", "jsonl"], context: context)
        #expect(code == 0)
        let alerts = output.text.split(separator: "\n")
        #expect(alerts.count == 1)
        #expect(alerts.first?.hasPrefix(#"{"type":"spike","bucket":"2021-11-05""#) == true)
        // Written and flushed right after the first line of 2021-11-06 (line 26) was read, not at the end.
        #expect(output.linesReadAtFlush == [26])
        #expect(input.served == 30)
    }

    @Test func followInTableFormatPrintsAlertLines() {
        let r = run(["trend", "--follow", "--by", "day", "--format", "table"], stdin: Self.surgeFeed.joined(separator: "\n") + "\n")
        #expect(r.stdout.hasPrefix("ALERT  2021-11-05  x  4/5 documents  share 80.0% vs expected 20.0%  z 3.4  top: the west (4)"))
    }
}

/// Serves one line per read and counts them.
final class SteppedInput: ByteInput {
    let lines: [[UInt8]]
    private(set) var served = 0
    init(_ lines: [String]) { self.lines = lines.map { Array(($0 + "\n").utf8) } }
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        guard served < lines.count else { return 0 }
        let line = lines[served]
        precondition(line.count <= count)
        line.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: line.count) }
        served += 1
        return line.count
    }
}

/// Records how many input lines had been read at each flush that carried output.
final class RecordingOutput: ByteOutput {
    let input: SteppedInput
    var bytes: [UInt8] = []
    var pending = 0
    var linesReadAtFlush: [Int] = []
    let isTerminal = false
    init(input: SteppedInput) { self.input = input }
    func write(_ buffer: UnsafeRawBufferPointer) throws(OutputClosed) {
        bytes.append(contentsOf: buffer)
        pending += buffer.count
    }
    func flush() throws(OutputClosed) {
        if pending > 0 { linesReadAtFlush.append(input.served) }
        pending = 0
    }
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
