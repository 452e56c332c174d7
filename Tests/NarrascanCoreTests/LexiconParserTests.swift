// The lexicon format: what it accepts, and every diagnostic it gives, with line and column.

import Testing
@testable import NarrascanCore

@Suite struct LexiconParserTests {
    func problems(_ text: String) -> [LexiconDiagnostic] {
        problems(bytes: Array(text.utf8))
    }

    func problems(bytes: [UInt8]) -> [LexiconDiagnostic] {
        do {
            _ = try LexiconParser().parse(bytes, source: "x.lex")
            return []
        } catch {
            return error.diagnostics
        }
    }

    let header = "@narrative n\n@title T\n@description D\n@threshold 0.5\n"

    @Test func parsesAWellFormedLexicon() throws {
        let text = """
            # comment
            @narrative hybrid-attack
            @title Hybrid attack
            @description Belarus weaponises migrants. # kept: free text
            @threshold 0.45
            @lang en
            3    hybrid attack         # trailing comment
            -2.5 so-called hybrid attack
            1.5  migra*
            @lang ru
            +2   гибридн* атак*
            @must-match A hybrid attack.
            @must-not-match Weather.
            """
        let l = try LexiconParser().parse(Array(text.utf8), source: "h.lex")
        #expect(l.name == "hybrid-attack")
        #expect(l.description == "Belarus weaponises migrants. # kept: free text")
        #expect(l.threshold == 0.45)
        #expect(l.entries.map(\.normalized) == ["hybrid attack", "so called hybrid attack", "migra*", "гибридн* атак*"])
        #expect(l.entries.map(\.weight) == [3, -2.5, 1.5, 2])
        #expect(l.entries.map(\.language) == ["en", "en", "en", "ru"])
        #expect(l.entries.map(\.line) == [7, 8, 9, 11])
        #expect(l.examples == [LexiconExample(text: "A hybrid attack.", mustMatch: true, line: 12), LexiconExample(text: "Weather.", mustMatch: false, line: 13)])
    }

    @Test(arguments: [
        ("@bogus x", 5, 1, LexiconDiagnostic.Problem.unknownDirective("bogus")),
        ("abc def", 5, 1, .missingWeight),
        ("x1 abc", 5, 1, .missingWeight),
        ("1.2.3 abc", 5, 1, .badWeight("1.2.3")),
        ("-nan abc", 5, 1, .badWeight("-nan")),
        ("0 abc", 5, 1, .zeroWeight),
        ("11 abc", 5, 1, .weightOutOfRange("11")),
        ("  2", 5, 4, .emptyPhrase),
        ("2   # only a comment", 5, 2, .emptyPhrase),
        ("2 a*b", 5, 3, .misplacedWildcard("a*b")),
        ("2 m*", 5, 3, .wildcardTooShort("m*")),
        ("2 *", 5, 3, .wildcardTooShort("*")),
        ("2 u.s. sanctions", 5, 3, .phraseBreakingPunctuation("u.s.")),
        ("2 (nato", 5, 3, .phraseBreakingPunctuation("(nato")),
        ("@threshold 0.4", 5, 1, .repeatedDirective("threshold", firstLine: 4)),
        ("@lang", 5, 1, .emptyDirectiveValue("lang")),
    ] as [(String, Int, Int, LexiconDiagnostic.Problem)])
    func reportsEachProblemWithLocation(line: String, lineNumber: Int, column: Int, problem: LexiconDiagnostic.Problem) {
        let found = problems(header + line)
        #expect(found == [LexiconDiagnostic(source: "x.lex", line: lineNumber, column: column, problem: problem)])
    }

    @Test func reportsBadHeaderValues() {
        let found = problems("@narrative Bad Name\n@title T\n@description D\n@threshold 1.5\n")
        #expect(found.map(\.problem) == [.badNarrativeName("Bad Name"), .badThreshold("1.5")])
        #expect(found[0].line == 1 && found[0].column == 12)
        #expect(found[1].line == 4 && found[1].column == 12)
    }

    @Test func reportsMissingDirectivesForTheWholeFile() {
        let found = problems("2 abc\n")
        #expect(found.map(\.problem) == [.missingDirective("narrative"), .missingDirective("title"), .missingDirective("description"), .missingDirective("threshold")])
        #expect(found[0].description == "x.lex: error: missing required directive '@narrative'")
    }

    @Test func reportsDuplicatesAfterFolding() {
        let found = problems(header + "2 Hybrid Attack\n3 hybrid-attack\n1 HYBRID  attack*\n")
        #expect(found == [LexiconDiagnostic(source: "x.lex", line: 6, column: 3, problem: .duplicateEntry("hybrid attack", firstLine: 5))])
    }

    @Test func reportsInvalidUTF8WithItsColumn() {
        var bytes = Array((header + "2 ab").utf8)
        bytes += [0xFF]
        bytes += Array("c\n2 ok\n".utf8)
        #expect(problems(bytes: bytes) == [LexiconDiagnostic(source: "x.lex", line: 5, column: 5, problem: .invalidUTF8)])
    }

    @Test func reportsAllProblemsNotJustTheFirst() {
        let found = problems(header + "0 a\n@nope\n2\n2 ok\nx\n")
        #expect(found.map(\.line) == [5, 6, 7, 9])
    }

    @Test func rejectsOverlongPhrases() {
        let phrase = (0..<65).map { "w\($0)" }.joined(separator: " ")
        #expect(problems(header + "1 " + phrase).map(\.problem) == [.phraseTooLong(words: 65)])
    }

    @Test func diagnosticsReadAsFileLineColumn() {
        let d = LexiconDiagnostic(source: "Lexicons/a.lex", line: 12, column: 3, problem: .zeroWeight)
        #expect(d.description == "Lexicons/a.lex:12:3: error: weight 0 has no effect; remove the entry or give it a weight")
    }

    @Test func duplicateNarrativesAcrossFilesAreRejected() throws {
        let a = try lexicon(named: "same", "1 x\n")
        var b = try lexicon(named: "same", "1 y\n")
        b.source = "other.lex"
        #expect(throws: LexiconErrors.self) { try LexiconSet([a, b]) }
        #expect(throws: LexiconErrors.self) { try LexiconSet([]) }
    }

    /// The weight's fast path (plain decimals computed exactly) gives `Double(String)`'s value,
    /// bit for bit, and leaves every other form to it.
    @Test(arguments: [
        "1", "+2", "-2.5", "0.45", "0.1", "0.3", "-0.7", "9.999999999999999", "123456789012345",
        "1234567890123456", "0.000000000000001", "00000000000000001.5", "99999999999999999999999",
        "1.", ".5", "-.5", "1e1", "1E-1", "0x1p3", "inf", "-nan", "nan", "1.2.3", "-", "+", "", "1-", "2a", "--1",
        "-0", "0", "0.0", "10", "10.0000000000001",
    ])
    func weightsReadAsDoubleReadsThem(text: String) {
        let expected = Double(text)
        let found = Array(text.utf8).withUnsafeBufferPointer { parseWeight($0) }
        #expect(found?.bitPattern == expected?.bitPattern || (found?.isNaN == true && expected?.isNaN == true))
    }

    @Test func randomPlainWeightsReadAsDoubleReadsThem() {
        var rng = SplitMix64(state: 0x5EED_0011)
        for _ in 0..<20_000 {
            let digits = Int(rng.next() % 16) + 1
            var text = rng.next() % 3 == 0 ? "-" : (rng.next() % 5 == 0 ? "+" : "")
            let dot = Int(rng.next() % UInt64(digits + 1))
            for k in 0..<digits {
                if k == dot && k > 0 { text += "." }
                text += String(rng.next() % 10)
            }
            let found = Array(text.utf8).withUnsafeBufferPointer { parseWeight($0) }
            #expect(found?.bitPattern == Double(text)?.bitPattern, "\(text) (seed 0x5EED_0011)")
        }
    }

    @Test func linesAreSplitAsBeforeAtTheEdges() throws {
        // No final newline, a final CR, blank and CR-only lines, an empty file.
        let text = header + "\r\n\n2 abc\r\n\r\n3 def\r"
        let l = try LexiconParser().parse(Array(text.utf8), source: "x.lex")
        #expect(l.entries.map(\.line) == [7, 9])
        #expect(problems("").map(\.problem) == [.missingDirective("narrative"), .missingDirective("title"), .missingDirective("description"), .missingDirective("threshold")])
        #expect(problems(header + "2 a\n2 a").map(\.line) == [6])
        var bytes = Array((header + "2 аб").utf8)
        bytes += [0xFF, 0x0A]
        #expect(problems(bytes: bytes) == [LexiconDiagnostic(source: "x.lex", line: 5, column: 5, problem: .invalidUTF8)])
    }

    @Test func aPrefixAndTheSameExactWordAreDifferentEntries() {
        #expect(problems(header + "2 migra\n2 migra*\n2 migra* x\n2 migra x\n2 x migra\n").isEmpty)
    }

    /// Duplicates found by the parser's table are those a dictionary of normalized phrases finds
    /// (a phrase's normalized form names its folded words and wildcards one to one).
    @Test func duplicatesAreThoseOfTheNormalizedPhrases() {
        var rng = SplitMix64(state: 0xD0B1_E5)
        let words = ["a", "bb", "Bb", "cc*", "dd", "ЁЖ", "ёж", "ee*", "ff"]
        var text = header
        var firstLine: [String: Int] = [:]
        var expected: [LexiconDiagnostic] = []
        for line in 5..<3_005 {
            let count = Int(rng.next() % 3) + 1
            let phrase = (0..<count).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            text += "1 " + phrase + "\n"
            let normalized = phrase.lowercased().replacingOccurrences(of: "ё", with: "е")
            if let first = firstLine[normalized] {
                expected.append(LexiconDiagnostic(source: "x.lex", line: line, column: 3, problem: .duplicateEntry(normalized, firstLine: first)))
            } else {
                firstLine[normalized] = line
            }
        }
        #expect(problems(text) == expected, "seed 0xD0B1_E5")
    }

    @Test func aBOMAndCRLFLineEndingsAreAccepted() throws {
        let text = "\u{FEFF}" + header.replacingOccurrences(of: "\n", with: "\r\n") + "2 abc\r\n"
        let l = try LexiconParser().parse(Array(text.utf8), source: "x.lex")
        #expect(l.entries.map(\.normalized) == ["abc"])
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
