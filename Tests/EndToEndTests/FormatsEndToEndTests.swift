// The binary on a folder a monitor might have: a saved state-media page, a Windows-1251 RSS feed, an
// Atom feed, a Telegram export, a CSV of NGO reports, a gzipped JSONL dump and a gold table
// (Golden/formats). The scored documents, with their dates, sources and languages, are a golden
// file; the gold table is accounted for on stderr; `-` reads each format from standard input.

import Foundation
import Testing

@Suite(.serialized) struct FormatsEndToEndTests {
    static let folder = "Tests/EndToEndTests/Golden/formats"

    @Test func scoresAFolderOfEveryFormatAsTheGoldenFileSays() throws {
        let r = try execute(["score", "--format", "jsonl", "--evidence", Self.folder])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr == "narrascan: not scored: 1 file (1 .tsv without a 'text' column); --verbose lists them\n")
        try expectGolden("score-formats.jsonl", r.stdout)
    }

    @Test(arguments: ["belnews-article.html", "grodno-feed.rss", "eu-ministry.atom", "result.json", "ngo-reports.csv"])
    func standardInputGivesWhatTheFileGives(name: String) throws {
        let path = root.appendingPathComponent(Self.folder + "/" + name).path
        let named = try execute(["score", "--format", "jsonl", path])
        let process = try narrascanProcess(["score", "--format", "jsonl", "-"])
        process.standardInput = FileHandle(forReadingAtPath: path)
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let piped = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        // The same documents; a file's path (and for a page, its id from the file name) is all that differs.
        let strip = { (s: String) in s.replacingOccurrences(of: #","path":"[^"]*""#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"^\{"id":"[^"]*""#, with: "{\"id\":\"\"", options: .regularExpression) }
        #expect(!piped.isEmpty)
        #expect(strip(piped) == strip(named.stdout))
    }
}
