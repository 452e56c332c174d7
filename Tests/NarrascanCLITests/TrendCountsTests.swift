// `trend --emit-counts` and reading counts back: partial counts of any split of the input, added
// up in any order, give exactly the output of one `trend` over all of it (seeded random splits,
// every bucket unit, with and without --group source); the records themselves (golden text);
// failures and error records carried through; bad counts records refused.

@testable import NarrascanCLI
import NarrascanCore
import Testing

struct TrendCountsTests {
    /// Score-output lines with dates over ten weeks, four sources (one missing), labels, 4-decimal
    /// scores and evidence, and a few undated ones.
    static func scoredLines(seed: UInt64, count: Int) -> [String] {
        var rng = SplitMix64(state: seed)
        let sources = ["\"source\":\"belta\",", "\"source\":\"tvp\",", "\"source\":\"\",", ""]
        let phrases = ["hybrid attack", "pushed back", "froze to death", "weaponised migrants"]
        return (0..<count).map { i in
            let dated = rng.next() % 17 != 0
            let day = 1 + Int(rng.next() % 28)
            let month = 9 + Int(rng.next() % 3)
            let date = dated ? "\"date\":\"2021-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)T10:00:00Z\"," : ""
            let a = Double(rng.next() % 10_001) / 10_000
            let b = Double(rng.next() % 10_001) / 10_000
            var labels: [String] = []
            if a >= 0.5 { labels.append("\"hybrid-attack\"") }
            if b >= 0.5 { labels.append("\"migrants-as-victims\"") }
            let p1 = phrases[Int(rng.next() % 4)], p2 = phrases[Int(rng.next() % 4)]
            return "{\"id\":\"d\(i)\",\"labels\":[\(labels.joined(separator: ","))],\"scores\":{\"hybrid-attack\":\(formatDecimal(a)),"
                + "\"migrants-as-victims\":\(formatDecimal(b))},\"tokens\":50,\(date)\(sources[Int(rng.next() % 4)])"
                + "\"evidence\":[{\"narrative\":\"hybrid-attack\",\"phrase\":\"\(p1)\",\"start\":0,\"end\":5,\"weight\":3},"
                + "{\"narrative\":\"migrants-as-victims\",\"phrase\":\"\(p2)\",\"start\":9,\"end\":15,\"weight\":2}]}"
        }
    }

    @Test(arguments: [
        (UInt64(1), ["--by", "week", "--format", "jsonl"]), (UInt64(2), ["--by", "day", "--format", "table"]), (UInt64(3), ["--by", "month", "--group", "source", "--format", "jsonl"]),
        (UInt64(4), ["--group", "source", "--spikes-only", "--format", "jsonl"]), (UInt64(5), ["--by", "week", "--format", "csv", "--window", "3", "--min-baseline", "2", "--z", "1"]),
    ])
    func countsOfAnySplitAddUpToOneRun(seed: UInt64, options: [String]) {
        let lines = Self.scoredLines(seed: seed, count: 400)
        let whole = run(["trend"] + options, stdin: lines.joined(separator: "\n") + "\n")
        #expect(whole.code == 0)
        var rng = SplitMix64(state: seed &* 7919)
        // Cut the input into 1-9 contiguous partitions, count each, shuffle the day records.
        var cuts = Set((0..<Int(rng.next() % 9)).map { _ in Int(rng.next() % UInt64(lines.count)) })
        cuts.insert(0)
        let starts = cuts.sorted()
        var dayRecords: [String] = []
        var totals: [String] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : lines.count
            let part = run(["trend", "--emit-counts"], stdin: lines[start..<end].joined(separator: "\n") + "\n")
            #expect(part.code == 0)
            for record in part.stdout.split(separator: "\n") {
                if record.contains("\"undated\":") { totals.append(String(record)) } else { dayRecords.append(String(record)) }
            }
        }
        for i in dayRecords.indices.reversed() { dayRecords.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
        let merged = run(["trend"] + options, stdin: (dayRecords + totals).joined(separator: "\n") + "\n")
        #expect(merged.code == 0)
        #expect(merged.stdout == whole.stdout, "seed \(seed), \(starts.count) partitions")
        #expect(merged.stderr == whole.stderr)
    }

    @Test func theRecordsAsWritten() {
        let input = """
            {"id":"a","labels":["hybrid-attack"],"scores":{"hybrid-attack":0.6321,"migrants-as-victims":0},"tokens":9,"date":"2021-11-08","source":"belta","evidence":[{"narrative":"hybrid-attack","phrase":"hybrid attack","start":0,"end":13,"weight":3},{"narrative":"hybrid-attack","phrase":"hybrid attack","start":20,"end":33,"weight":3}]}
            {"id":"b","labels":[],"scores":{"hybrid-attack":0.1,"migrants-as-victims":0.25},"tokens":9,"date":"2021-11-08"}
            {"id":"c","labels":[],"scores":{"hybrid-attack":0,"migrants-as-victims":0},"tokens":3}
            {"line":4,"error":"invalid record: column 1: a record must be a JSON object"}
            not json

            """
        let result = run(["trend", "--emit-counts", "--input-name", "part.jsonl", "--first-line", "10"], stdin: input)
        #expect(result.code == 1)
        #expect(
            result.stdout == """
                {"type":"counts","day":"2021-11-08","source":"(no source)","documents":1,"narratives":{"hybrid-attack":{"labelled":0,"score_units":1000,"phrases":{}},"migrants-as-victims":{"labelled":0,"score_units":2500,"phrases":{}}}}
                {"type":"counts","day":"2021-11-08","source":"belta","documents":1,"narratives":{"hybrid-attack":{"labelled":1,"score_units":6321,"phrases":{"hybrid attack":1}},"migrants-as-victims":{"labelled":0,"score_units":0,"phrases":{}}}}
                {"type":"counts","undated":1,"ids":["c"],"failures":1,"error_records":1,"narratives":["hybrid-attack","migrants-as-victims"]}

                """)
        #expect(result.stderr.contains("part.jsonl:14: invalid record"))
        // Read back: the failure and the error record count again; exit 1 as for the raw input.
        let final = run(["trend", "--format", "jsonl", "--by", "day"], stdin: result.stdout)
        #expect(final.code == 1)
        #expect(final.stderr.contains("skipped 1 error records"))
        #expect(final.stdout.hasPrefix("{\"type\":\"bucket\",\"bucket\":\"2021-11-08\",\"start\":\"2021-11-08\",\"documents\":2,"))
        #expect(final.stdout.contains("\"hybrid-attack\":{\"labelled\":1,\"share\":0.5,\"mean_score\":0.3661}"))
        #expect(final.stdout.hasSuffix("{\"type\":\"undated\",\"documents\":1,\"ids\":[\"c\"]}\n"))
    }

    @Test func rawDocumentsAndTheirScoreOutputGiveTheSameTrend() {
        var lines: [String] = []
        let texts = ["Minsk staged a hybrid attack.", "They were pushed back and froze to death.", "A quiet day at the border.",
                     "Weaponised migrants: a hybrid attack, again a hybrid attack; people pushed back."]
        for i in 0..<60 { lines.append("{\"id\":\"r\(i)\",\"date\":\"2021-10-\(10 + i % 20)\",\"text\":\"\(texts[i % 4]) \(String(repeating: "word ", count: i % 7))\"}") }
        let raw = lines.joined(separator: "\n") + "\n"
        let direct = run(["trend", "--format", "jsonl", "--by", "day"], stdin: raw)
        let scored = run(["stream", "--evidence", "--voices"], stdin: raw)
        let viaScores = run(["trend", "--format", "jsonl", "--by", "day"], stdin: scored.stdout)
        #expect(direct.code == 0 && viaScores.code == 0)
        #expect(direct.stdout == viaScores.stdout)
        #expect(direct.stdout.contains("mean_score"))
    }

    @Test(arguments: [
        ("{\"type\":\"counts\",\"day\":\"2021-11-31\",\"source\":\"x\",\"documents\":1}", "day must be YYYY-MM-DD"),
        ("{\"type\":\"counts\",\"day\":\"2021-11-08T10\",\"documents\":1}", "day must be YYYY-MM-DD"),
        ("{\"type\":\"counts\",\"day\":\"2021-11-08\",\"documents\":-1}", "expected a count"),
        ("{\"type\":\"counts\",\"undated\":1.5}", "expected a count"),
    ])
    func badCountsRecordsAreReportedAndSkipped(line: String, message: String) {
        let result = run(["trend", "--format", "jsonl"], stdin: line + "\n")
        #expect(result.code == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func countsAreForTrendOnly() {
        let result = run(["report"], stdin: "{\"type\":\"counts\",\"undated\":0}\n")
        #expect(result.stderr.contains("read by trend only"))
        #expect(run(["trend", "--emit-counts", "--follow"], stdin: "").code == 2)
        #expect(run(["trend", "--first-line", "3"], stdin: "").code == 2)
    }
}
