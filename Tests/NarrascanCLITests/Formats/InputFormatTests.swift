// Every format through the command line: detection by extension and by sniffing standard input,
// --input-format, compressed inputs (a corrupt one reported while the batch goes on), and a
// directory walk that accounts for every file it does not score.

import Testing
@testable import NarrascanCLI

#if canImport(Glibc)
import Glibc
#endif

@Suite struct InputFormatTests {
    static let page = "<html lang=\"en\"><head><title>T</title></head><body><nav><a>hybrid attack menu</a></nav><article><p>Minsk staged a hybrid attack on the border and migrants were pushed back by guards again and again.</p></article></body></html>"
    static let rss = "<?xml version=\"1.0\"?><rss><channel><title>Wire</title><item><guid>w1</guid><title>One</title><description>This is a hybrid attack on the border, the officials of the ministry said on Tuesday.</description><pubDate>Tue, 09 Nov 2021 14:30:00 GMT</pubDate></item></channel></rss>"
    static let atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atomic</title><entry><id>a1</id><title>Pushed back</title><summary>They were pushed back.</summary></entry></feed>"
    static let telegram = "{\n \"name\": \"Chan\",\n \"type\": \"public_channel\",\n \"messages\": [\n  {\"id\": 5, \"type\": \"message\", \"date\": \"2021-11-09T10:00:00\", \"text\": [\"hybrid \", {\"type\": \"bold\", \"text\": \"attack\"}]}\n ]\n}\n"
    static let csv = "id,text,source\nc1,\"pushed back, twice\",ngo\n"

    /// Whether `tool` can be run here (the decompressors are optional: without one, the input is an
    /// error that says what to install).
    func available(_ tool: String) -> Bool { system("command -v \(tool) >/dev/null 2>&1") == 0 }

    @Test func aDirectoryOfEveryFormatIsScoredAndWhatIsNotScoredIsCounted() {
        let dir = makeTemporaryDirectory("formats-walk")
        writeFile(dir + "/a-page.html", Self.page)
        writeFile(dir + "/b-feed.xml", Self.rss)
        writeFile(dir + "/c-feed.atom", Self.atom)
        writeFile(dir + "/d-result.json", Self.telegram)
        writeFile(dir + "/e-table.csv", Self.csv)
        writeFile(dir + "/f-gold.tsv", "id\tlabels\nx\thybrid-attack\n")
        writeFile(dir + "/g-image.png", [0x89, 0x50, 0x4E, 0x47])
        writeFile(dir + "/h-notes.xml", "<notes><note>hi</note></notes>")
        writeFile(dir + "/.hidden.txt", "hybrid attack")
        let r = run(["score", "--format", "jsonl", dir])
        let lines = r.stdout.split(separator: "\n")
        #expect(r.code == 0, "\(r.stderr)")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix(#"{"id":"a-page","labels":["hybrid-attack","migrants-as-victims"]"#))
        #expect(lines[0].contains(#""path":"\#(dir)/a-page.html","title":"T","lang":"en"}"#))
        #expect(lines[1].hasPrefix(#"{"id":"w1","labels":["hybrid-attack"]"#))
        #expect(lines[1].contains(#""title":"One","date":"2021-11-09T14:30:00Z","source":"Wire","lang":"en"}"#))
        #expect(lines[2].hasPrefix(#"{"id":"a1","labels":["migrants-as-victims"]"#))
        #expect(lines[3].hasPrefix(#"{"id":"5","labels":["hybrid-attack"]"#))
        #expect(lines[3].contains(#""date":"2021-11-09T10:00:00","source":"Chan""#))
        #expect(lines[4].hasPrefix(#"{"id":"c1","labels":["migrants-as-victims"]"#))
        #expect(r.stderr == "narrascan: not scored: 4 files (1 .png, 1 .tsv without a 'text' column, 1 .xml XML that is not an RSS or Atom feed, 1 hidden); --verbose lists them\n")
        let verbose = run(["score", "--format", "jsonl", "--verbose", dir])
        #expect(verbose.stderr.contains("narrascan: not scored: \(dir)/f-gold.tsv: a table without a 'text' column (columns: id, labels)\n"))
        #expect(verbose.stderr.contains("narrascan: not scored: \(dir)/g-image.png: no format narrascan reads\n"))
        #expect(verbose.stderr.hasSuffix("(1 .png, 1 .tsv without a 'text' column, 1 .xml XML that is not an RSS or Atom feed, 1 hidden)\n"))
    }

    @Test func aTableNamedOnTheCommandLineWithoutTheTextColumnIsAnError() {
        let dir = makeTemporaryDirectory("formats-gold")
        writeFile(dir + "/gold.tsv", "id\tlabels\nx\thybrid-attack\n")
        writeFile(dir + "/ok.txt", "hybrid attack")
        let r = run(["score", "--format", "jsonl", dir + "/gold.tsv", dir + "/ok.txt"])
        #expect(r.code == 1)
        #expect(r.stderr == "narrascan: \(dir)/gold.tsv:1: no 'text' column (columns: id, labels); name the text column with --text-field\n")
        #expect(r.stdout.hasPrefix(#"{"id":"ok""#))
        let chosen = run(["score", "--format", "jsonl", "--text-field", "labels", dir + "/gold.tsv"])
        #expect(chosen.code == 0)
        #expect(chosen.stdout.hasPrefix(#"{"id":"x","labels":["hybrid-attack"]"#))
    }

    @Test(arguments: [
        (page, #"{"id":"-","labels":["hybrid-attack","migrants-as-victims"]"#),
        (rss, #"{"id":"w1","labels":["hybrid-attack"]"#),
        (atom, #"{"id":"a1","labels":["migrants-as-victims"]"#),
        (telegram, #"{"id":"5","labels":["hybrid-attack"]"#),
        (csv, #"{"id":"c1","labels":["migrants-as-victims"]"#),
        ("{\"id\":\"j\",\"text\":\"hybrid attack\"}\n", #"{"id":"j","labels":["hybrid-attack"]"#),
        ("a hybrid attack, plain text", #"{"id":"-","labels":["hybrid-attack"]"#),
    ])
    func standardInputIsSniffed(input: String, prefix: String) {
        let r = run(["score", "--format", "jsonl", "-"], stdin: input)
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(prefix), "\(r.stdout)")
    }

    @Test func inputFormatOverridesExtensionAndSniffing() {
        let dir = makeTemporaryDirectory("formats-override")
        writeFile(dir + "/saved.txt", Self.page)
        let asText = run(["score", "--format", "jsonl", "--evidence", dir + "/saved.txt"])
        #expect(asText.stdout.contains(#""phrase":"hybrid attack","start":"#))
        #expect(asText.stdout.ranges(of: #""phrase":"hybrid attack""#).count == 2)  // menu and article
        let asHTML = run(["score", "--format", "jsonl", "--evidence", "--input-format", "html", dir + "/saved.txt"])
        #expect(asHTML.stdout.ranges(of: #""phrase":"hybrid attack""#).count == 1)  // the article only
        let bad = run(["score", "--input-format", "pdf", dir + "/saved.txt"])
        #expect(bad.code == 2)
        #expect(bad.stderr.contains("--input-format must be one of jsonl, text, html, rss, atom, telegram, csv, tsv, not 'pdf'"))
    }

    @Test func compressedInputsAreReadAndACorruptOneIsReportedWhileTheRestGoesOn() {
        let dir = makeTemporaryDirectory("formats-compressed")
        let records = (1...300).map { "{\"id\":\"r\($0)\",\"text\":\"hybrid attack \($0)\"}" }.joined(separator: "\n") + "\n"
        var expected = 0
        for (tool, suffix) in [("gzip", "gz"), ("zstd", "zst"), ("bzip2", "bz2"), ("xz", "xz")] {
            writeFile(dir + "/\(tool).jsonl", records)
            if available(tool) {
                #expect(system("\(tool) -q \(tool == "zstd" ? "--rm " : "")\(dir)/\(tool).jsonl") == 0)
                expected += 300
            } else {
                rename(dir + "/\(tool).jsonl", dir + "/\(tool).jsonl.\(suffix)")
            }
        }
        writeFile(dir + "/corrupt.jsonl.gz", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xFF, 0xFF, 0xFF])
        let r = run(["score", "--format", "jsonl", dir])
        #expect(r.code == 1)
        #expect(r.stdout.split(separator: "\n").count == expected)
        #expect(r.stderr.hasPrefix("narrascan: \(dir)/corrupt.jsonl.gz: corrupt or truncated gzip data ("))
        #expect(r.stderr.split(separator: "\n").count == 1 + (4 - expected / 300))
        // A compressed stream on standard input is sniffed and decompressed too.
        let gz = readWholeFile(dir + "/gzip.jsonl.gz") ?? []
        let piped = run(["score", "--format", "jsonl", "-"], stdin: gz)
        #expect(piped.stdout.split(separator: "\n").count == 300)
    }

    @Test func explainShowsAPageArticleWithoutItsMenu() {
        let dir = makeTemporaryDirectory("formats-explain")
        writeFile(dir + "/page.html", Self.page)
        let r = run(["explain", "--color", "never", dir + "/page.html"])
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Minsk staged a [[hybrid attack|hybrid-attack]] on the border"))
        #expect(!r.stdout.contains("menu"))
    }

    @Test func aNamedJSONFileIsAnExportOrJSONLinesAndOtherwiseSaysWhy() {
        let dir = makeTemporaryDirectory("formats-json")
        writeFile(dir + "/lines.json", "{\"id\":\"l1\",\"text\":\"hybrid attack\"}\n")
        writeFile(dir + "/array.json", "[{\"text\":\"hybrid attack\"}]")
        let r = run(["score", "--format", "jsonl", dir + "/lines.json", dir + "/array.json"])
        #expect(r.code == 1)
        #expect(r.stdout.hasPrefix(#"{"id":"l1","labels":["hybrid-attack"]"#))
        #expect(r.stderr == "narrascan: \(dir)/array.json:1: not a readable Telegram export: a Telegram export is a JSON object\n")
    }
}
