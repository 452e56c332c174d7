// `-o FILE` / `--output FILE` on the commands that write a file a user names: the output goes to
// the file, nothing to standard output, and a file that cannot be written is a usage error.

import Testing
@testable import NarrascanCLI

@Suite struct OutputOptionTests {
    @Test(arguments: [["score", "--format", "jsonl"], ["trend", "--format", "csv"], ["report"], ["eval", "--gold", "GOLD"]])
    func writesToTheNamedFile(command: [String]) throws {
        let dir = makeTemporaryDirectory("output-option")
        writeFile(dir + "/docs.jsonl", "{\"id\":\"d1\",\"date\":\"2021-11-09\",\"text\":\"a hybrid attack\"}\n")
        writeFile(dir + "/gold.tsv", "id\tlabels\nd1\thybrid-attack\n")
        let arguments = command.map { $0 == "GOLD" ? dir + "/gold.tsv" : $0 }
        let toStdout = run(arguments + [dir + "/docs.jsonl"])
        let toFile = run(arguments + ["-o", dir + "/out", dir + "/docs.jsonl"])
        #expect(toFile.code == toStdout.code)
        #expect(toFile.stdout.isEmpty)
        let written = String(decoding: try #require(readWholeFile(dir + "/out")), as: UTF8.self)
        #expect(!written.isEmpty)
        #expect(written == toStdout.stdout)
        let long = run(arguments + ["--output", dir + "/out2", dir + "/docs.jsonl"])
        #expect(readWholeFile(dir + "/out2").map { String(decoding: $0, as: UTF8.self) } == toStdout.stdout)
        #expect(long.stdout.isEmpty)
    }

    @Test func anUnwritableFileIsAUsageError() {
        let r = run(["report", "-o", "/nonexistent-dir/report.html", "-"], stdin: "")
        #expect(r.code == 2)
        #expect(r.stderr.contains("/nonexistent-dir/report.html: cannot write: no such file or directory"))
    }

    @Test func helpShowsTheShortForm() {
        #expect(run(["report", "--help"]).stdout.contains("-o, --output FILE"))
    }
}
