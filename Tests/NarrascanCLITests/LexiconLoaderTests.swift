// Lexicon files parsed on several threads (`score --jobs N`) give what one thread gives: the
// lexicons in file order, and every diagnostic of every file in file and line order.

import Testing
import NarrascanCore
@testable import NarrascanCLI

@Suite struct LexiconLoaderTests {
    func loader(jobs: Int) -> LexiconLoader {
        let context = CommandContext(stdout: MemoryOutput(), stderr: MemoryOutput(), stdin: MemoryInput([]), environment: [:])
        var loader = LexiconLoader(context: context)
        loader.jobs = jobs
        return loader
    }

    func lexicon(_ name: String, _ entries: String) -> String {
        "@narrative \(name)\n@title \(name)\n@description d\n@threshold 0.5\n" + entries
    }

    @Test func parallelParsingKeepsFileOrder() throws {
        let root = makeTemporaryDirectory("parallel-lexicons")
        var files: [String] = []
        for k in 0..<9 {
            let path = root + "/\(k).lex"
            writeFile(path, lexicon("n\(k)", (0..<(k * 50 + 1)).map { "1.5 word\(k) w\($0)\n" }.joined()))
            files.append(path)
        }
        let one = try loader(jobs: 1).parseAll(files).get().map(\.name)
        #expect(one == (0..<9).map { "n\($0)" })
        for jobs in [2, 4, 16] {
            #expect(try loader(jobs: jobs).parseAll(files).get().map(\.name) == one, "jobs \(jobs)")
        }
    }

    @Test func parallelParsingReportsEveryProblemInFileOrder() {
        let root = makeTemporaryDirectory("parallel-lexicon-errors")
        writeFile(root + "/a.lex", lexicon("a", "1 fine\nx broken weight\n"))
        writeFile(root + "/b.lex", lexicon("b", "1 fine\n"))
        writeFile(root + "/c.lex", lexicon("c", "0 zero weight\n2 dup\n2 dup\n"))
        let files = [root + "/a.lex", root + "/b.lex", root + "/missing.lex", root + "/c.lex"]
        guard case .failure(let one) = loader(jobs: 1).parseAll(files) else {
            Issue.record("three broken files parsed"); return
        }
        #expect(one.diagnostics.map(\.source) == [root + "/a.lex", root + "/missing.lex", root + "/c.lex", root + "/c.lex"])
        #expect(one.diagnostics.contains { $0.problem == .unreadable })
        for jobs in [2, 3, 8] {
            guard case .failure(let many) = loader(jobs: jobs).parseAll(files) else {
                Issue.record("jobs \(jobs): three broken files parsed"); continue
            }
            #expect(many == one, "jobs \(jobs)")
        }
    }
}
