// The lexicons compiled into the program are the files in Lexicons/, byte for byte, and load when
// nothing else names lexicons: the generated source cannot drift from the files unnoticed.

import Testing
@testable import NarrascanCLI

@Suite struct BundledLexiconsTests {
    @Test func theCompiledLexiconsAreTheFilesInLexicons() throws {
        let names = listDirectory(repositoryRoot + "/Lexicons").filter { $0.hasSuffix(".lex") }.sorted()
        #expect(bundledLexiconFiles.map(\.name) == names, "run scripts/generate-bundled-lexicons.py")
        for (name, text) in bundledLexiconFiles {
            let file = try #require(readWholeFile(repositoryRoot + "/Lexicons/" + name))
            #expect(Array(text.utf8) == file, "\(name) differs from its compiled copy: run scripts/generate-bundled-lexicons.py")
        }
    }

    @Test func withNothingElseTheCompiledLexiconsAreUsed() throws {
        let r = run(["score", "--format", "jsonl", "-"], stdin: Array("Польские силовики избивают беззащитных мигрантов".utf8), lexicons: nil)
        #expect(r.code == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix(#"{"id":"-","labels":["#))
        #expect(r.stdout.contains(#""blame-the-eu":"#) && r.stdout.contains(#""migrants-as-victims":"#))
        let check = run(["lexicon", "check"], lexicons: nil)
        #expect(check.stdout.hasPrefix("ok: 3 lexicons"))
    }
}

@Suite struct LexiconCheckWarningTests {
    @Test func checkWarnsAboutAnEntryThatLowersTheScoreAndStillPasses() throws {
        let dir = makeTemporaryDirectory("check-warning")
        writeFile(dir + "/n.lex", "@narrative n\n@title T\n@description D\n@threshold 0.5\n2 scapegoat*\n1.5 convenient scapegoat\n")
        let r = run(["lexicon", "check", dir], lexicons: nil)
        #expect(r.code == 0, "\(r.stdout)")
        #expect(r.stdout.contains("n.lex:6: warning: 'convenient scapegoat' (1.5) hides 'scapegoat*' (line 5, 2)"))
        #expect(r.stdout.hasSuffix("ok: 1 lexicons, 2 entries in 1 file(s); 1 warning(s)\n"))
    }

    @Test func theBundledLexiconsHaveNoEntryThatLowersAScore() throws {
        let check = run(["lexicon", "check"], lexicons: nil)
        #expect(!check.stdout.contains("warning:"), "\(check.stdout.prefix(2000))")
    }
}
