// Seeded random inputs that look for what the hand-written tests did not think of. Every case is
// reproducible from its seed, which failing expectations print. Invariants:
//   - nothing crashes, whatever the bytes;
//   - every token range lies inside the input, in order, on UTF-8 scalar boundaries;
//   - the compiled matcher reports exactly what the naive reference matcher reports;
//   - scores stay within 0...1, and appending unrelated text far from the matches changes a
//     score only through the length normalisation;
//   - JSONL records round-trip through the writer and parser; garbage is an error, never a crash;
//   - a stream writes exactly one line per input line.

import Testing
@testable import NarrascanCLI
@testable import NarrascanCore

/// Pieces random texts are built from: lexicon words in several scripts, separators of both kinds,
/// and bytes that are not UTF-8.
let vocabulary = ["hybrid", "attack", "Hybrid", "ATTACK", "migrants", "migration", "migr", "poland", "on", "the",
                  "мигранты", "Мигрантов", "гибридная", "атака", "ёлка", "uchodźcy", "Straży", "granicznej",
                  "pabėgėliai", "المهاجرين", "مُهاجِر", "x", "7", "2021"]
let separators = [" ", "  ", "\n", "\r\n", "\t", "-", "'", ", ", ". ", "; ", "«", "»", "“", "\u{00A0}", "—", "(", ")", "!"]
let junk: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x80], [0x00], [0xF4, 0x90, 0x80, 0x80]]

func randomText(_ rng: inout SplitMix64, words: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<words {
        switch Int.random(in: 0..<20, using: &rng) {
        case 0: bytes += junk.randomElement(using: &rng)!
        case 1: bytes += (0..<Int.random(in: 1...8, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
        default: bytes += Array(vocabulary.randomElement(using: &rng)!.utf8)
        }
        bytes += Array(separators.randomElement(using: &rng)!.utf8)
    }
    return bytes
}

func randomLexicon(_ rng: inout SplitMix64, name: String) throws -> Lexicon {
    let words = ["hybrid", "attack", "migrants", "migra*", "мигрант*", "гибридн*", "атака", "on", "poland", "the",
                 "uchodźc*", "straży", "graniczn*", "المهاجرين", "x", "mi*", "hy*"]
    var lines: Set<String> = []
    for _ in 0..<Int.random(in: 1...12, using: &rng) {
        let n = Int.random(in: 1...3, using: &rng)
        lines.insert((0..<n).map { _ in words.randomElement(using: &rng)! }.joined(separator: " "))
    }
    let body = lines.sorted().enumerated().map { "\($0.offset % 3 == 2 ? -1 : 1 + $0.offset % 3) \($0.element)" }
    let text = "@narrative \(name)\n@title T\n@description D\n@threshold 0.5\n" + body.joined(separator: "\n")
    return try LexiconParser().parse(Array(text.utf8), source: name)
}

@Suite struct PropertyTests {
    @Test func tokenRangesAreInsideTheInputOnScalarBoundaries() {
        let tokenizer = Tokenizer()
        for seed in UInt64(1)...1500 {
            var rng = SplitMix64(state: seed)
            let text = randomText(&rng, words: Int.random(in: 0...60, using: &rng))
            let tokens = tokenizer.tokens(in: text).tokens
            var previousEnd = 0
            for t in tokens {
                #expect(t.range.lowerBound >= previousEnd && t.range.upperBound <= text.count && !t.range.isEmpty, "seed \(seed)")
                let slice = Array(text[t.range])
                #expect(String(validating: slice, as: UTF8.self) != nil, "seed \(seed): token bytes are not whole scalars")
                previousEnd = t.range.upperBound
            }
        }
    }

    @Test func theCompiledMatcherEqualsTheReference() throws {
        for seed in UInt64(1)...600 {
            var rng = SplitMix64(state: seed)
            let lexicons = try LexiconSet([randomLexicon(&rng, name: "a"), randomLexicon(&rng, name: "b")])
            let matcher = try PhraseMatcher(lexicons: lexicons)
            let reference = ReferencePhraseMatcher(lexicons: lexicons)
            for _ in 0..<3 {
                let text = randomText(&rng, words: Int.random(in: 0...80, using: &rng))
                #expect(matcher.matches(in: text).sorted() == reference.matches(in: text), "seed \(seed)")
            }
        }
    }

    @Test func scoresStayInRangeAndFarTextOnlyChangesTheLength() throws {
        for seed in UInt64(1)...400 {
            var rng = SplitMix64(state: seed)
            let classifier = try NarrativeClassifier(lexicons: LexiconSet([randomLexicon(&rng, name: "a"), randomLexicon(&rng, name: "b")]))
            let text = randomText(&rng, words: Int.random(in: 0...80, using: &rng))
            let before = classifier.classify(text)
            // Unrelated words, after a hard break so no phrase can bridge into them.
            let padding = Array(". ".utf8) + Array(repeating: Array("zzz qqq ".utf8), count: Int.random(in: 1...300, using: &rng)).flatMap { $0 }
            let after = classifier.classify(text + padding)
            #expect(after.words > before.words, "seed \(seed)")
            for (b, a) in zip(before.narratives, after.narratives) {
                #expect((0...1).contains(b.score) && (0...1).contains(a.score), "seed \(seed)")
                #expect(a.raw == b.raw && a.evidence == b.evidence, "seed \(seed): far text changed the evidence")
                #expect(abs(a.score - classifier.scorer.model.score(raw: b.raw, words: after.words)) < 1e-12, "seed \(seed)")
                #expect(a.score <= b.score + 1e-12 || b.raw < 0, "seed \(seed): more length raised a positive score")
            }
        }
    }

    @Test func recordsRoundTripAndGarbageNeverCrashes() {
        let parser = JSONRecordParser()
        for seed in UInt64(1)...1500 {
            var rng = SplitMix64(state: seed)
            let text = randomText(&rng, words: Int.random(in: 0...20, using: &rng))
            let id = String(decoding: randomText(&rng, words: 2), as: UTF8.self)
            var w = JSONWriter()
            w.raw("{\"id\":"); w.string(id); w.raw(",\"junk\":{\"a\":[1,2.5e3,null,true]},\"text\":"); w.string(bytes: text); w.raw("}")
            let line = w.bytes
            let record = line.withUnsafeBufferPointer { try? parser.parse($0, fallbackID: "x") }
            #expect(record != nil, "seed \(seed): a written record did not parse")
            if let record, String(validating: text, as: UTF8.self) != nil {
                #expect(record.text == text && record.id == id, "seed \(seed): round trip changed the record")
            }
            // Mutate: cut, flip or insert bytes. Any outcome but a crash is fine.
            var broken = line
            for _ in 0..<Int.random(in: 1...4, using: &rng) {
                let at = Int.random(in: 0..<max(1, broken.count), using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: broken = Array(broken.prefix(at))
                case 1: if at < broken.count { broken[at] = UInt8.random(in: 0...255, using: &rng) }
                default: broken.insert(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x44, 0x38], at: min(at, broken.count))
                }
            }
            _ = broken.withUnsafeBufferPointer { try? parser.parse($0, fallbackID: "x") }
        }
    }

    @Test func aStreamWritesOneLinePerInputLine() throws {
        let lexicons = "/tmp/narrascan-property-\(getpid())"
        mkdir(lexicons, 0o755)
        let fd = open(lexicons + "/h.lex", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let lex = Array("@narrative h\n@title T\n@description D\n@threshold 0.5\n3 hybrid attack\n1 migra*\n".utf8)
        _ = lex.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        for seed in UInt64(1)...200 {
            var rng = SplitMix64(state: seed)
            var input: [UInt8] = []
            let lines = Int.random(in: 1...25, using: &rng)
            for _ in 0..<lines {
                switch Int.random(in: 0..<4, using: &rng) {
                case 0: input += randomText(&rng, words: 5)
                case 1: input += Array("{\"text\":\"hybrid attack\"}".utf8)
                case 2: input += Array("{\"text\":".utf8) + randomText(&rng, words: 3)
                default: break  // an empty line
                }
                input += [0x0A]
            }
            // Records end at LF only: the output has one line per LF, as `wc -l` counts.
            let lineCount = input.filter { $0 == 0x0A }.count
            let out = MemoryOutput(), err = MemoryOutput()
            let context = CommandContext(stdout: out, stderr: err, stdin: MemoryInput(input, chunk: Int.random(in: 1...64, using: &rng)), environment: ["NARRASCAN_LEXICONS": lexicons])
            let code = NarrascanCommand.main(["stream"], context: context)
            #expect(code == 0, "seed \(seed)")
            #expect(out.text.split(separator: "\n", omittingEmptySubsequences: false).count - 1 == lineCount, "seed \(seed)")
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
