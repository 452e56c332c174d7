// Lexicon files parsed on several threads (`score --jobs N`) give what one thread gives: the
// lexicons in file order, and every diagnostic of every file in file and line order; and the
// matcher compiled on two threads (`--jobs N`, N > 1) is the matcher compiled on one.

import Testing
@testable import NarrascanCore
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

    /// The compile on two threads (the skim filter, outputs per state and the filters built on
    /// a helper) gives the same automaton and the same scores, evidence included, for the bundled
    /// lexicons and for small ones with and without wildcards, on every dev sample.
    @Test func parallelCompileGivesTheSameMatcher() throws {
        let skimming = makeTemporaryDirectory("parallel-compile")
        writeFile(
            skimming + "/a.lex",
            lexicon("a", "3 hybrid attack\n2 migrants pushed back\n1 border crisis\n2 гибридная атака\n1 the west\n"))
        writeFile(skimming + "/b.lex", lexicon("b", "2 froze to death\n1 border guards\n2 pushed back into belarus\n"))
        let wildcards = makeTemporaryDirectory("parallel-compile-wildcards")
        writeFile(wildcards + "/c.lex", lexicon("c", "2 weaponi* migra*\n1 hybrid attack*\n2 bord* crisis\n"))
        let texts = listDirectory(repositoryRoot + "/Samples/dev").sorted().compactMap { readWholeFile(repositoryRoot + "/Samples/dev/" + $0) }
        #expect(texts.count > 500)
        var skimmed: Set<Bool> = []
        for path in [LexiconLoader.bundledPath, skimming, wildcards] {
            let one = try loader(jobs: 1).classifier(path)
            let two = try loader(jobs: 2).classifier(path)
            #expect(two.matcher.skims == one.matcher.skims, "\(path)")
            skimmed.insert(one.matcher.skims)
            #expect(two.matcher.stateCount == one.matcher.stateCount)
            #expect(two.matcher.transitionCount == one.matcher.transitionCount)
            let scratch = MatchScratch()
            for text in texts + [Array("hybrid attack, migrants pushed back; the west and гибридная атака".utf8)] {
                let a = text.withUnsafeBufferPointer { one.classify($0, scratch: scratch) }
                let b = text.withUnsafeBufferPointer { two.classify($0, scratch: scratch) }
                #expect(a == b)
            }
        }
        #expect(skimmed.contains(true), "the skim filter built on the helper is used")
    }
}
