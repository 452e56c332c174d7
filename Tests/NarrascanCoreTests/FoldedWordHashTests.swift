// The hash the tokenizer computes while folding must be `wordHash` of the folded bytes it hands
// over: the matcher's filters and vocabulary were built with `wordHash`, so any difference would
// silently lose matches. Every folding path is covered: 8 ASCII bytes at a time, one ASCII byte at
// the end of the text, 4 Cyrillic letters at a time, two-byte scalars, longer scalars, ignorables
// inside words, and words that straddle 8-byte blocks at every offset.

import Testing

@testable import NarrascanCore

@Suite struct FoldedWordHashTests {
    /// Every word of `text` with the hash the tokenizer passed along.
    func hashedWords(_ text: [UInt8]) -> [(folded: [UInt8], hash: UInt64, truncated: Bool)] {
        struct Sink: TokenSink {
            var words: [(folded: [UInt8], hash: UInt64, truncated: Bool)] = []
            mutating func word(
                start: Int, end: Int, folded: UnsafePointer<UInt8>, count: Int, hash: UInt64, truncated: Bool,
                hardBreakBefore: Bool
            ) {
                words.append((Array(UnsafeBufferPointer(start: folded, count: count)), hash, truncated))
            }
        }
        var sink = Sink()
        _ = text.withUnsafeBufferPointer { Tokenizer().tokenize($0, buffer: FoldBuffer(), into: &sink) }
        return sink.words
    }

    func expectHashesMatch(_ text: [UInt8], _ label: String) {
        for w in hashedWords(text) where !w.truncated {
            #expect(w.hash == wordHash(w.folded), "\(label): \(String(decoding: w.folded, as: UTF8.self))")
        }
    }

    @Test(arguments: [
        "a", "ab cd", "Hybrid ATTACK", "instrumentalisation weaponisation", "exactly8 sixteen-letters16",
        "Świętokrzyskie przejście graniczne ŁUKASZENKA", "Мигранты НА ГРАНИЦЕ Ёлка ещё объявили",
        "Ўзброеныя беларускія", "المُهاجِرون أوروبا إلى", "Grenzübergänge STRAẞE", "Ελλάδα ΣΟΦΌΣ",
        "soft\u{AD}hyphen in\u{200D}side", "日本語のテキスト", "mixed Latinкириллица123", "x",
    ])
    func everyFoldingPathGivesTheStoredWordsHash(_ text: String) {
        let bytes = Array(text.utf8)
        expectHashesMatch(bytes, text)
        // The last word also through the one-byte-at-a-time path near the end of the text.
        for cut in 1..<min(bytes.count, 12) { expectHashesMatch(Array(bytes.suffix(cut)), "\(text) suffix \(cut)") }
    }

    @Test func wordsStraddlingBlocksAtEveryOffset() {
        let pieces = ["a", "Б", "ł", "ё", "ب", "語", "Z", "я", "é"]
        var rng = TestRandom(7)
        for length in 1...40 {
            for _ in 0..<20 {
                let word = (0..<length).map { _ in rng.pick(pieces) }.joined()
                expectHashesMatch(Array(("x " + word + " y").utf8), word)
                expectHashesMatch(Array(word.utf8), word)
            }
        }
    }

    @Test func theHasherAgreesWithWordHashForAnySplitIntoPieces() {
        var rng = TestRandom(11)
        for _ in 0..<2_000 {
            let count = rng.below(40)
            let bytes = (0..<count).map { _ in UInt8(1 + rng.below(255)) }
            var hasher = FoldedWordHasher()
            var i = 0
            while i < count {
                let length = min(1 + rng.below(8), count - i)
                var piece: UInt64 = 0
                for k in 0..<length { piece |= UInt64(bytes[i + k]) << UInt64(8 * k) }
                hasher.append(piece, length: length, count: i)
                i += length
            }
            #expect(hasher.finish(count: count) == wordHash(bytes), "\(bytes)")
        }
    }

    @Test func distinctWordsHashApart() {
        // Zero padding must not make "ab" and "ab" + longer words collide, nor block order matter.
        let words = ["ab", "abc", "abcdefgh", "abcdefghi", "ijklmnopabcdefgh", "abcdefghijklmnop", ""]
        let hashes = Set(words.map { wordHash(Array($0.utf8)) })
        #expect(hashes.count == words.count)
    }
}

/// `utf8Bytes` (the tokenizer's in-register encoder for scalars outside the fast paths) must agree
/// with the standard library at every length boundary and across the planes.
@Suite struct UTF8BytesTests {
    @Test func encodesLikeTheStandardLibrary() {
        var scalars: [UInt32] = [0x00, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF]
        scalars += Array(stride(from: UInt32(0), to: 0x110000, by: 997)).filter { !(0xD800...0xDFFF).contains($0) }
        for value in scalars {
            let expected = Array(String(Unicode.Scalar(value)!).utf8)
            let (bytes, length) = utf8Bytes(value)
            #expect(length == expected.count, "U+\(String(value, radix: 16))")
            #expect(withUnsafeBytes(of: bytes.littleEndian) { Array($0.prefix(length)) } == expected, "U+\(String(value, radix: 16))")
            #expect(length == 4 || bytes >> UInt32(8 * length) == 0, "bytes after the encoding are zero")
        }
    }
}
