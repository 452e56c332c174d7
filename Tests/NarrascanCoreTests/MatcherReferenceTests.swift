// The optimised tokenizer and matcher against simple reference implementations, match for match,
// on seeded random and adversarial inputs: mixed scripts, invalid UTF-8, words at buffer ends and
// across the 8-byte fast path's boundaries, words longer than `Tokenizer.maxFoldedBytes`,
// overlapping and nested phrases, wildcards that overlap exact words and each other, hard breaks.
//
// The reference tokenizer decodes with the standard library's UTF-8 parser (byte-exact, so offsets
// and invalid-byte counts can be compared) and classifies one scalar at a time: the ASCII rules
// written out here, `classifyScalar` for the rest. It has none of the fast paths (8-byte ASCII
// runs, the two-byte table). The reference matcher is `ReferencePhraseMatcher` (every position ×
// every entry). Every failure message carries the seed; re-run one seed by putting it in `seeds`.
// No timing: these tests check correctness only.

import Testing

@testable import NarrascanCore

/// The package's `SplitMix64` with the draws these tests need, so every case is reproducible from
/// its seed.
struct TestRandom {
    var generator: SplitMix64
    init(_ seed: UInt64) { generator = SplitMix64(state: seed) }
    mutating func next() -> UInt64 { generator.next() }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// A token as both tokenizers report it.
struct ReferenceToken: Equatable, CustomStringConvertible {
    var range: Range<Int>
    var folded: [UInt8]
    var hardBreakBefore: Bool
    var truncated: Bool
    var description: String {
        "\(hardBreakBefore ? "|" : "")\(String(decoding: folded, as: UTF8.self))@\(range)\(truncated ? "T" : "")"
    }
}

/// The simple tokenizer: decode one scalar, classify it, act.
func referenceTokenize(_ bytes: [UInt8]) -> (tokens: [ReferenceToken], invalidBytes: Int) {
    enum Role { case word([UInt8]), ignorable, soft, hard }
    // 1. Decode into (offset, length, role); an ill-formed subsequence is `length` invalid bytes.
    var pieces: [(offset: Int, length: Int, role: Role)] = []
    var invalid = 0
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    loop: while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded):
            let scalar = Unicode.UTF8.decode(encoded)
            let v = scalar.value
            let role: Role
            if v < 0x80 {
                let c = Character(scalar)
                if c.isASCII && (c.isLetter || c.isNumber) {
                    role = .word(Array(String(c).lowercased().utf8))
                } else if " \t\n\u{0B}\u{0C}\r-'\"`_".unicodeScalars.contains(scalar) {
                    role = .soft
                } else {
                    role = .hard
                }
            } else {
                switch classifyScalar(v) {
                case .word(let f): role = .word(Array(String(Unicode.Scalar(f)!).utf8))
                case .ignorable: role = .ignorable
                case .softSeparator: role = .soft
                case .hardSeparator: role = .hard
                }
            }
            pieces.append((offset, encoded.count, role))
            offset += encoded.count
        case .error(let length):
            for k in 0..<length { pieces.append((offset + k, 1, .hard)) }
            invalid += length
            offset += length
        case .emptyInput:
            break loop
        }
    }
    // 2. Group word pieces (and ignorables inside words) into tokens.
    var tokens: [ReferenceToken] = []
    var current: ReferenceToken? = nil
    var hardBreak = false
    let cap = Tokenizer.maxFoldedBytes
    func close() {
        if let t = current { tokens.append(t) }
        current = nil
    }
    for piece in pieces {
        switch piece.role {
        case .word(let folded):
            if current == nil {
                current = ReferenceToken(range: piece.offset..<piece.offset, folded: [], hardBreakBefore: hardBreak, truncated: false)
                hardBreak = false
            }
            let fits = piece.length == 1 ? current!.folded.count < cap : current!.folded.count + 4 <= cap
            if fits { current!.folded += folded } else { current!.truncated = true }
            current!.range = current!.range.lowerBound..<(piece.offset + piece.length)
        case .ignorable:
            if current != nil { current!.range = current!.range.lowerBound..<(piece.offset + piece.length) }
        case .soft:
            close()
        case .hard:
            close()
            hardBreak = true
        }
    }
    close()
    return (tokens, invalid)
}

/// The fast tokenizer's output in the same form.
func fastTokenize(_ bytes: [UInt8]) -> (tokens: [ReferenceToken], invalidBytes: Int, words: Int) {
    let (tokens, stats) = Tokenizer().tokens(in: bytes)
    return (
        tokens.map {
            ReferenceToken(range: $0.range, folded: Array($0.folded.utf8), hardBreakBefore: $0.hardBreakBefore, truncated: $0.truncated)
        }, stats.invalidBytes, stats.words
    )
}

/// Pieces of text to draw from: ASCII, Polish, Russian, Greek, Arabic, CJK, emoji; separators of
/// every kind; ignorables; invalid and truncated UTF-8.
enum Fragments {
    static let words: [String] = [
        "migrant", "migrants", "Migration", "MIGRA", "hybrid", "Hybrid", "attack", "ATTACKS", "attackers", "on",
        "poland", "Poland's", "eu", "EU", "west", "wars", "nato", "a", "b", "x1", "2021", "covid19", "ab12cd",
        "abcdefgh", "abcdefghi", "ABCDEFGHIJKLMNOP", "straż", "Straży", "graniczna", "granicznej", "uchodźców", "ŻÓŁW",
        "гибридная", "Гибридная", "атака", "АТАКА", "атаками", "мигранты", "ёлка", "Ёж", "беларусь", "ўсё", "і",
        "ελλάδα", "ΟΔΟΣ", "σοφός", "ﺍﻟﻬﺠﻮﻡ", "الهجوم", "الْهُجُوم", "مهاجر", "٢٠٢١", "移民", "ｍｉｇｒａｎｔ", "straße", "STRAẞE",
        "İstanbul", "ǅemal", "ŉ", "ÿ", "Ÿ", "naïve", "café", "cafe\u{301}", "soft\u{AD}hyphen", "zero\u{200D}width",
    ]
    static let separators: [String] = [
        " ", " ", " ", "  ", "\n", "\r\n", "\t", "-", "'", "\"", "`", "_", " - ", "\u{A0}", "«", "»", "„", "”", "“",
        "\u{2014}", "\u{2013}", "\u{2009}", "\u{3000}", "\u{AD}", ", ", ". ", "; ", "!", "?", "(", ")", "…", "/", "@",
        "#", "€", "\u{1F600}", "\u{0640}", "\u{200C}",
    ]
    static let invalid: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1], [0xC2], [0xD0], [0xE2, 0x82], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xFE, 0xFF],
    ]

    /// A random text of about `words` words.
    static func text(_ r: inout TestRandom, words count: Int, vocabulary: [String] = words) -> [UInt8] {
        var out: [UInt8] = []
        for k in 0..<count {
            if k > 0 || r.chance(20) {
                if r.chance(5) {
                    out += r.pick(invalid)
                } else {
                    out += Array(r.pick(r.chance(70) ? [" "] : separators).utf8)
                }
            }
            var w = r.pick(vocabulary)
            if r.chance(10) { w = w.uppercased() }
            if r.chance(3) { w = String(repeating: w, count: 1 + r.below(60)) }  // long words, up to ~600 bytes
            out += Array(w.utf8)
        }
        if r.chance(30) { out += Array(r.pick(separators).utf8) }
        if r.chance(10) { out += r.pick(invalid) }
        return out
    }
}

@Suite("Fast tokenizer and matcher against reference implementations")
struct MatcherReferenceTests {
    // MARK: tokenizer

    static let adversarialTexts: [[UInt8]] = {
        var texts: [[UInt8]] = [
            [], [0x20], [0x41], [0xD0], [0xD0, 0xB0], [0xE2, 0x80], [0xE2, 0x80, 0x9C], Array("a".utf8),
        ]
        // Words ending exactly at the buffer end, around the 8-byte fast path's boundaries.
        for n in 1...20 {
            texts.append(Array(String(repeating: "a", count: n).utf8))
            texts.append(Array((" " + String(repeating: "B", count: n)).utf8))
            texts.append(Array(("x " + String(repeating: "z", count: n) + "я").utf8))
            texts.append(Array((String(repeating: "я", count: n) + "q").utf8))
            texts.append(Array(String(repeating: "Ab1", count: n).utf8) + [0xD0])
        }
        // Words around the truncation limit (252 folded bytes), ASCII and two- and three-byte.
        for n in [248, 249, 250, 251, 252, 253, 254, 255, 256, 260, 300, 600] {
            texts.append(Array(String(repeating: "a", count: n).utf8))
            texts.append(Array(("x " + String(repeating: "Ж", count: n / 2) + " y").utf8))
            texts.append(Array((String(repeating: "a", count: n - 3) + "жжж" + String(repeating: "B", count: 9)).utf8))
            texts.append(Array((String(repeating: "ab", count: n / 2) + "\u{AD}" + String(repeating: "移", count: 3)).utf8))
            texts.append(Array(String(repeating: "ẞ", count: n / 3).utf8))
        }
        // Every byte value, alone and inside a word.
        for b in 0...255 {
            texts.append([UInt8(b)])
            texts.append(Array("ab".utf8) + [UInt8(b)] + Array("cd".utf8))
            texts.append(Array("абвгдеёж".utf8) + [UInt8(b)] + Array("ABCDEFGHIJ".utf8))
        }
        // Every two-byte scalar inside a word.
        for s in stride(from: 0x80, to: 0x800, by: 1) {
            texts.append(Array(("ab" + String(Unicode.Scalar(UInt32(s))!) + "CD").utf8))
        }
        return texts
    }()

    @Test("adversarial texts tokenize like the reference")
    func adversarialTokenization() {
        for (k, text) in Self.adversarialTexts.enumerated() {
            let fast = fastTokenize(text)
            let reference = referenceTokenize(text)
            #expect(fast.tokens == reference.tokens, "adversarial case \(k): \(text)")
            #expect(fast.invalidBytes == reference.invalidBytes, "adversarial case \(k): \(text)")
            #expect(fast.words == reference.tokens.count, "adversarial case \(k)")
        }
    }

    @Test("random texts tokenize like the reference", arguments: [UInt64(1), 2, 3, 4])
    func randomTokenization(seed: UInt64) {
        var r = TestRandom(seed)
        for k in 0..<500 {
            let text = Fragments.text(&r, words: 1 + r.below(40))
            let fast = fastTokenize(text)
            let reference = referenceTokenize(text)
            #expect(fast.tokens == reference.tokens, "seed \(seed) case \(k): \(text)")
            #expect(fast.invalidBytes == reference.invalidBytes, "seed \(seed) case \(k)")
            if fast.tokens != reference.tokens { return }
        }
    }

    @Test("random bytes tokenize like the reference", arguments: [UInt64(11), 12])
    func randomBytes(seed: UInt64) {
        var r = TestRandom(seed)
        for k in 0..<300 {
            // Bytes biased towards ASCII letters and two-byte lead/continuation bytes.
            let text: [UInt8] = (0..<r.below(64)).map { _ in
                switch r.below(4) {
                case 0: return UInt8(r.below(256))
                case 1: return UInt8(0x61 + r.below(26))
                case 2: return UInt8(0xC2 + r.below(30))
                default: return UInt8(0x80 + r.below(64))
                }
            }
            let fast = fastTokenize(text)
            let reference = referenceTokenize(text)
            #expect(fast.tokens == reference.tokens, "seed \(seed) case \(k): \(text)")
            #expect(fast.invalidBytes == reference.invalidBytes, "seed \(seed) case \(k): \(text)")
        }
    }

    // MARK: matcher

    /// A random lexicon over `Fragments.words`: phrases that nest and overlap, wildcards that
    /// overlap exact words and each other.
    static func randomLexicon(_ r: inout TestRandom, entries: Int) throws -> LexiconSet {
        let prefixes = ["mi*", "mig*", "migra*", "migrants*", "hyb*", "att*", "attack*", "po*", "гиб*", "гибридн*",
                        "ат*", "атак*", "уч*", "stra*", "straż*", "granicz*", "ελ*", "ab*", "abcdefgh*", "aa*"]
        var lines: [String] = []
        var seen = Set<String>()
        let vocabulary = Fragments.words.filter { w in
            // Lexicon words must tokenize to exactly one word.
            Tokenizer().tokens(in: w).count == 1
        }
        while lines.count < entries {
            let n = 1 + r.below(4)
            var words: [String] = []
            for _ in 0..<n { words.append(r.chance(25) ? r.pick(prefixes) : r.pick(vocabulary).lowercased()) }
            let phrase = words.joined(separator: " ")
            let key = Tokenizer().tokens(in: phrase.replacingOccurrences("*", "")).map(\.folded).joined(separator: " ")
                + words.map { $0.hasSuffix("*") ? "*" : "" }.joined()
            guard seen.insert(key).inserted else { continue }
            lines.append("\(r.chance(20) ? "-" : "")\(1 + r.below(3)) \(phrase)")
        }
        // Split across two narratives so entry indices span lexicons.
        let half = lines.count / 2
        let a = try lexicon(named: "alpha", lines[..<half].joined(separator: "\n"))
        let b = try lexicon(named: "beta", lines[half...].joined(separator: "\n"))
        return try LexiconSet([a, b])
    }

    @Test("random lexicons and texts match like the reference", arguments: [UInt64(101), 102, 103, 104, 105, 106])
    func randomMatching(seed: UInt64) throws {
        var r = TestRandom(seed)
        for round in 0..<8 {
            let lexicons = try Self.randomLexicon(&r, entries: 10 + r.below(40))
            let fast = try PhraseMatcher(lexicons: lexicons)
            let reference = ReferencePhraseMatcher(lexicons: lexicons)
            let scratch = MatchScratch()
            for k in 0..<60 {
                let text = Fragments.text(&r, words: 1 + r.below(50))
                _ = text.withUnsafeBufferPointer { fast.scan($0, scratch: scratch) }
                let got = scratch.matches.sorted()
                let want = reference.matches(in: text)
                #expect(got == want, "seed \(seed) round \(round) case \(k): \(String(decoding: text, as: UTF8.self))")
                if got != want { return }
            }
        }
    }

    @Test("adversarial texts match like the reference")
    func adversarialMatching() throws {
        var r = TestRandom(7)
        let lexicons = try Self.randomLexicon(&r, entries: 60)
        let fast = try PhraseMatcher(lexicons: lexicons)
        let reference = ReferencePhraseMatcher(lexicons: lexicons)
        var texts = Self.adversarialTexts.prefix(400).map { $0 }
        texts += [
            Array("hybrid attack on poland hybrid attack on poland".utf8),
            Array("Hybrid-attack ON «Poland» — hybrid. attack".utf8),
            Array("migrants migrants MIGRANTS migration migra mi".utf8),
            Array("гибридная атака гибридная\u{AD} атаками атак".utf8),
            Array(("migra" + String(repeating: "a", count: 300) + " attack").utf8),
            Array("attack".utf8) + [0xFF] + Array("on poland".utf8),
            Array("straż graniczna straży granicznej STRAŻ GRANICZNEJ".utf8),
        ]
        for (k, text) in texts.enumerated() {
            let got = fast.matches(in: text).sorted()
            let want = reference.matches(in: text)
            #expect(got == want, "adversarial matching case \(k): \(String(decoding: text, as: UTF8.self))")
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
