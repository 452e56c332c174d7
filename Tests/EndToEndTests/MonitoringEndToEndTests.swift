// End-to-end monitoring: `trend` and `report` on the sample feeds (Samples/feeds, with a surge
// planted in 2021-W45/W46), `--follow` behind `stream`, and voice attribution measured on
// Samples/attribution. Golden files as in EndToEndTests (UPDATE_GOLDEN=1 rewrites them).

import Foundation
import Testing

/// Runs narrascan with standard input read from a temporary file: a large input written through a
/// pipe while the child fills its output pipe would deadlock `execute`.
func executeReading(_ arguments: [String], input: String) throws -> Execution {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("narrascan-monitoring-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).jsonl")
    try input.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let process = try narrascanProcess(arguments)
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    process.standardInput = try FileHandle(forReadingFrom: file)
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Execution(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: "")
}

@Suite(.serialized) struct MonitoringEndToEndTests {
    @Test func trendFindsThePlantedSurge() throws {
        let table = try execute(["trend", "--format", "table", "Samples/feeds"])
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stderr.contains("2 of "), "undated documents are reported")
        try expectGolden("trend-feeds.table", table.stdout)
        let spikes = try execute(["trend", "--spikes-only", "--format", "jsonl", "Samples/feeds"])
        try expectGolden("trend-feeds-spikes.jsonl", spikes.stdout)
        let found = Set(spikes.stdout.split(separator: "\n").map { line -> String in
            let bucket = line.range(of: #""bucket":"[^"]*""#, options: .regularExpression).map { String(line[$0]) } ?? ""
            let narrative = line.range(of: #""narrative":"[^"]*""#, options: .regularExpression).map { String(line[$0]) } ?? ""
            return bucket + narrative
        })
        for week in ["2021-W45", "2021-W46"] {
            for narrative in ["blame-the-eu", "migrants-as-victims"] {
                #expect(found.contains(#""bucket":"\#(week)""narrative":"\#(narrative)""#), "\(week) \(narrative)")
            }
        }
        try expectGolden("trend-feeds-by-source.csv", try execute(["trend", "--group", "source", "--by", "month", "--format", "csv", "Samples/feeds"]).stdout)
    }

    @Test func followBehindStreamAlertsAsBatchFindsSpikes() throws {
        // `sort Samples/feeds/*.jsonl`: each line starts with its date.
        let dir = root.appendingPathComponent("Samples/feeds")
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".jsonl") {
            lines += try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let feed = lines.sorted().joined(separator: "\n") + "\n"
        let scored = try executeReading(["stream", "--evidence", "--voices"], input: feed)
        #expect(scored.status == 0)
        let follow = try executeReading(["trend", "--follow", "--format", "jsonl"], input: scored.stdout)
        #expect(follow.status == 0, "\(follow.stderr)")
        let batch = try executeReading(["trend", "--spikes-only", "--format", "jsonl", "-"], input: scored.stdout)
        #expect(!follow.stdout.isEmpty)
        #expect(follow.stdout == batch.stdout)
        // Raw documents scored by trend itself give the same spikes as score output.
        #expect(try executeReading(["trend", "--spikes-only", "--format", "jsonl", "-"], input: feed).stdout == batch.stdout)
    }

    @Test func reportIsOneSelfContainedPage() throws {
        let r = try execute(["report", "--title", "Sample <feeds>", "Samples/feeds"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = r.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.contains("<title>Sample &lt;feeds&gt;</title>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        let urls = html.components(separatedBy: "http").count - 1
        #expect(urls == html.components(separatedBy: "http://www.w3.org/2000/svg").count - 1, "no external URLs except the SVG namespace")
        #expect(html.components(separatedBy: "<svg").count - 1 == 4, "volume + one timeline per narrative")
        #expect(html.components(separatedBy: "class=\"spike\"").count - 1 == 4, "four spike markers")
        for section in ["Timeline", "Spikes", "Sources", "Most frequent phrases", "Top-scoring documents"] {
            #expect(html.contains("<h2>\(section)</h2>"), "\(section)")
        }
        #expect(html.contains("<mark"))
        #expect(html.contains("2 without a date"))
        #expect(try execute(["report", "--title", "Sample <feeds>", "Samples/feeds"]).stdout == html, "deterministic")
    }

    @Test func attributionOnTheVoiceSamples() throws {
        let gold = try String(contentsOf: root.appendingPathComponent("Samples/attribution/gold.tsv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: "\t").map(String.init) }
        let expected = Dictionary(uniqueKeysWithValues: gold.map { ($0[0], (narrative: $0[3], voice: $0[4])) })
        let r = try execute(["score", "--voices", "--evidence", "--format", "jsonl", "Samples/attribution"])
        #expect(r.status == 0)
        var total = 0, right = 0, documentsWithEvidence = 0
        for line in r.stdout.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let g = try #require(expected[object["id"] as! String])
            let evidence = (object["evidence"] as! [[String: Any]]).filter { $0["narrative"] as! String == g.narrative && ($0["weight"] as! Double) > 0 }
            if !evidence.isEmpty { documentsWithEvidence += 1 }
            for e in evidence {
                total += 1
                if e["voice"] as! String == g.voice { right += 1 }
            }
        }
        #expect(documentsWithEvidence == expected.count, "every sample matches its narrative")
        #expect(Double(right) >= 0.9 * Double(total), "voice accuracy \(right)/\(total)")
        func macroF1(_ options: [String]) throws -> Double {
            let out = try execute(["eval", "--gold", "Samples/attribution/gold.tsv", "--format", "json"] + options).stdout
            let object = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
            return try #require((object["macro_f1"] ?? object["macroF1"]) as? Double)
        }
        let all = try macroF1([]), own = try macroF1(["--own-voice-only"])
        #expect(own > all + 0.2, "own-voice-only \(own) vs all voices \(all)")
    }
}
