// Lexicons that would make the matcher blow up are refused in bounded time and memory, with a
// message that says what to do; loading is all-or-nothing.

import Testing
@testable import NarrascanCore

@Suite struct LexiconHazardTests {
    let header = "@narrative n\n@title T\n@description D\n@threshold 0.5\n"

    @Test func aMillionEntriesStopParsingAtTheLimit() {
        var text = header
        text.reserveCapacity(20_000_000)
        for k in 0..<1_000_000 { text += "1 w\(k)\n" }
        do {
            _ = try LexiconParser().parse(Array(text.utf8), source: "big.lex")
            Issue.record("a million entries were accepted")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].problem == .tooManyEntries)
            #expect(error.diagnostics[0].line == 4 + LexiconParser.maxEntries + 1)
            #expect(error.diagnostics[0].description.contains("more than 250000 entries in one file"))
        }
    }

    @Test func tooManyEntriesAcrossFilesAreRefusedByTheCompiler() throws {
        var limits = AutomatonLimits()
        limits.maxEntries = 1_000
        let a = try lexicon(named: "a", (0..<600).map { "1 a\($0)" }.joined(separator: "\n"))
        let b = try lexicon(named: "b", (0..<600).map { "1 b\($0)" }.joined(separator: "\n"))
        do {
            _ = try PhraseMatcher(lexicons: set(a, b), limits: limits)
            Issue.record("1,200 entries were compiled under a limit of 1,000")
        } catch {
            #expect("\(error)" == "lexicons: error: lexicons too complex to compile: 1200 entries; at most 1000 are supported")
        }
    }

    @Test func aThousandWordPhraseIsRejected() {
        let phrase = (0..<1_000).map { "w\($0)" }.joined(separator: " ")
        do {
            _ = try LexiconParser().parse(Array((header + "1 " + phrase + "\n").utf8), source: "long.lex")
            Issue.record("a 1,000-word phrase was accepted")
        } catch {
            #expect(error.diagnostics.map(\.problem) == [.phraseTooLong(words: 1_000)])
        }
    }

    @Test func oneLetterWildcardsAreRejectedEveryOne() {
        let letters = "abcdefghijklmnopqrstuvwxyzабвгд".map { "1 \($0)*" }.joined(separator: "\n")
        do {
            _ = try LexiconParser().parse(Array((header + letters + "\n").utf8), source: "wild.lex")
            Issue.record("one-letter wildcards were accepted")
        } catch {
            #expect(error.diagnostics.count == 31)
            #expect(error.diagnostics.allSatisfy { if case .wildcardTooShort = $0.problem { return true } else { return false } })
        }
    }

    @Test func manyOverlappingTwoLetterWildcardsCompileWithinLimits() throws {
        // Every two-letter prefix of a small alphabet, alone and in pairs: a dense, overlapping
        // lexicon that must still compile to a bounded automaton and match like the reference.
        let alphabet = Array("abcdef")
        var lines: [String] = []
        for x in alphabet { for y in alphabet { lines.append("1 \(x)\(y)*") } }
        for x in alphabet { for y in alphabet { lines.append("1 \(x)\(y)* \(y)\(x)*") } }
        let lexicons = try set(lexicon(lines.joined(separator: "\n")))
        let matcher = try PhraseMatcher(lexicons: lexicons)
        #expect(matcher.stateCount < 10_000)
        let text = Array("abc bad cafe face decade faded ebb".utf8)
        #expect(matcher.matches(in: text).sorted() == ReferencePhraseMatcher(lexicons: lexicons).matches(in: text))
    }

    @Test func loadingIsAllOrNothing() throws {
        let good = try lexicon(named: "good", "1 fine\n")
        var dup = try lexicon(named: "good", "1 other\n")
        dup.source = "copy.lex"
        #expect(throws: LexiconErrors.self) { try NarrativeClassifier(lexicons: LexiconSet([good, dup])) }
    }
}
