// `stream --input-name PATH --first-line N`: standard input as a slice of a JSONL file. The
// slices of a file, streamed separately and concatenated, give what `score` gives for the file
// (ids of records without one, blank lines skipped), and error records name the file's line.

@testable import NarrascanCLI
import NarrascanCore
import Testing

struct FileSliceTests {
    static let lines = [
        "{\"id\":\"a\",\"text\":\"Minsk staged a hybrid attack.\",\"date\":\"2021-11-08\"}",
        "{\"text\":\"They were pushed back.\"}",
        "",
        "   ",
        "{\"text\":\"A hybrid attack, they froze to death.\",\"source\":\"x\"}",
        "{\"id\":7,\"text\":\"nothing here\"}",
        "{\"text\":\"pushed back, pushed back\"}",
    ]

    @Test(arguments: [[0], [0, 3], [0, 1, 2, 5], [0, 4, 6]])
    func slicesStreamedApartGiveScoreOutput(cuts: [Int]) {
        let dir = makeTemporaryDirectory("slices")
        let path = dir + "/feed.jsonl"
        writeFile(path, Self.lines.joined(separator: "\n") + "\n")
        let batch = run(["score", "--format", "jsonl", "--evidence", path])
        #expect(batch.code == 0)
        var streamed = ""
        for (k, start) in cuts.enumerated() {
            let end = k + 1 < cuts.count ? cuts[k + 1] : Self.lines.count
            let part = Self.lines[start..<end].joined(separator: "\n") + "\n"
            let r = run(["stream", "--evidence", "--input-name", path, "--first-line", String(start + 1)], stdin: part)
            #expect(r.code == 0)
            streamed += r.stdout
        }
        #expect(streamed == batch.stdout)
        #expect(batch.stdout.contains("\"id\":\"\(path):2\""))
        #expect(batch.stdout.contains("\"id\":\"\(path):7\""))
    }

    @Test func errorRecordsNameTheFileAndItsLine() {
        let input = "{\"id\":\"ok\",\"text\":\"fine\"}\n{not json\n\n{\"id\":\"no-text\"}\n"
        let r = run(["stream", "--input-name", "s3a://bucket/dump.jsonl", "--first-line", "100"], stdin: input)
        #expect(r.code == 0)
        let out = r.stdout.split(separator: "\n").map(String.init)
        #expect(out.count == 3)  // the blank line is skipped, as score skips it
        #expect(out[0].hasPrefix("{\"id\":\"ok\","))
        #expect(out[1].hasPrefix("{\"line\":101,\"error\":\"invalid record: "))
        #expect(out[1].hasSuffix(",\"path\":\"s3a://bucket/dump.jsonl\"}"))
        #expect(out[2].hasPrefix("{\"line\":103,\"error\":\"invalid record: "))
        // Without a name, the stream is as before: numbered from 1, blank lines are errors.
        let plain = run(["stream"], stdin: input).stdout.split(separator: "\n").map(String.init)
        #expect(plain.count == 4)
        #expect(plain[2] == "{\"line\":3,\"error\":\"empty line\"}")
    }

    @Test(arguments: [
        (["stream", "--first-line", "5"], "--first-line needs --input-name"),
        (["stream", "--input-name", "f.jsonl", "--first-line", "0"], "--first-line takes a whole number"),
        (["stream", "--input-name", "f.jsonl", "--plain"], "does not go with --plain"),
        (["stream", "--input-name", ""], "non-empty PATH"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let r = run(arguments, stdin: "")
        #expect(r.code == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func trendNamesTheSliceInIdsAndMessages() {
        let r = run(["trend", "--emit-counts", "--input-name", "part.jsonl", "--first-line", "41"], stdin: "{\"text\":\"hybrid attack\"}\nbad\n")
        #expect(r.code == 1)
        #expect(r.stdout.contains("\"ids\":[\"part.jsonl:41\"]"))
        #expect(r.stderr.contains("part.jsonl:42: invalid record"))
    }
}
