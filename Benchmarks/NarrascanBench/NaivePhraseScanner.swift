// Reference 1: the naive loop. For every phrase, search the document for the phrase's first word
// byte by byte, then check each following word and the word boundaries. It shares no code with
// narrascan's tokenizer or matcher: the document is first normalised with the standard library's
// Unicode properties (letters, digits and marks lower-cased, runs of soft separators collapsed to
// one space, every other character a `|`), the way a programmer would write it in an afternoon.
//
// Semantics: narrascan's "O" (every whole-word occurrence, overlapping and nested ones included).
// Cost: O(phrases × bytes): run it on a prefix of the corpus only.

/// Counts phrase occurrences by scanning once per phrase.
struct NaivePhraseScanner {
    /// One phrase: its words' UTF-8 bytes and whether each is a prefix wildcard.
    struct Phrase {
        var words: [[UInt8]]
        var isPrefix: [Bool]
    }

    let phrases: [Phrase]

    /// - Parameter entries: the phrases as lexicon entries (their folded words).
    init(entries: [LexiconEntry]) {
        phrases = entries.map { entry in
            Phrase(words: entry.words.map(\.bytes), isPrefix: entry.words.map(\.isPrefix))
        }
    }

    /// The normalised form of a document: folded word characters, `0x20` for a run of soft
    /// separators, `|` for anything else.
    static func normalise(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        let string = String(decoding: text, as: UTF8.self)  // invalid bytes become U+FFFD: a hard break
        for scalar in string.unicodeScalars {
            let p = scalar.properties
            let v = scalar.value
            if v == 0xAD || v == 0x200C || v == 0x200D || v == 0x2060 { continue }  // ignorable inside words
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
                if v == 0x0451 || v == 0x0401 {  // ё, Ё fold to е
                    out += Array("е".utf8)
                } else {
                    out += Array(p.lowercaseMapping.utf8)
                }
            } else if isSoft(scalar) {
                if out.last != 0x20 { out.append(0x20) }
            } else {
                out.append(UInt8(ascii: "|"))
            }
        }
        return out
    }

    /// White space, hyphens and dashes, apostrophes, quotation marks and underscore.
    static func isSoft(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09...0x0D, 0x2D, 0x27, 0x22, 0x60, 0x5F, 0xA0, 0xAB, 0xBB: return true
        case 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2028, 0x2029: return true
        case 0x2010...0x2015, 0x2018...0x201F, 0x2039, 0x203A: return true
        default: return s.properties.isWhitespace
        }
    }

    /// Whether normalised byte `b` separates words.
    @inline(__always)
    static func isBoundary(_ b: UInt8) -> Bool { b == 0x20 || b == UInt8(ascii: "|") }

    /// The number of occurrences of every phrase in `text` (already normalised).
    func count(normalised text: [UInt8]) -> Int {
        var total = 0
        text.withUnsafeBufferPointer { t in
            let n = t.count
            for phrase in phrases {
                let first = phrase.words[0]
                guard let f0 = first.first else { continue }
                var i = 0
                while i + first.count <= n {
                    if t[i] == f0 && (i == 0 || Self.isBoundary(t[i - 1])), let _ = matchPhrase(phrase, t, i) {
                        total += 1
                    }
                    i += 1
                }
            }
        }
        return total
    }

    /// Matches `phrase` at `i`; returns the end offset or nil.
    private func matchPhrase(_ phrase: Phrase, _ t: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        var i = start
        for (k, word) in phrase.words.enumerated() {
            if k > 0 {
                guard i < t.count, t[i] == 0x20 else { return nil }
                i += 1
            }
            guard i + word.count <= t.count else { return nil }
            for (j, b) in word.enumerated() where t[i + j] != b { return nil }
            i += word.count
            if phrase.isPrefix[k] {
                while i < t.count && !Self.isBoundary(t[i]) { i += 1 }
            } else if i < t.count && !Self.isBoundary(t[i]) {
                return nil
            }
        }
        return i
    }
}

import NarrascanCore
