// The keys the skimmer (`WordSkimmer`) tests runs against: one per lexicon word that can start a
// phrase, and one per starting wildcard prefix, each over the first bytes folded with `skimFold`.
// Only words and prefixes spelled entirely in plain letters (ASCII letters and digits, basic
// Cyrillic, Latin-1 and Latin Extended-A letters; see `WordSkimmer`) get a key: the tokenizer folds
// plain letters to plain letters, so a text word that folds to anything else contains a byte the
// skimmer calls unusual, and such runs are always tokenized in full: they need no key.

/// Builds the skimmer's filter for a compiled automaton.
struct SkimFilter {
    /// One bit per key, at least 2^16 bits and 32 per key (about 3% false positives).
    let bits: [UInt64]
    let shift: UInt64
    /// See `SkimTables.prefixTiers`.
    let prefixTiers: Int
    /// False when some starting wildcard prefix is shorter than 2 bytes.
    let enabled: Bool

    /// - Parameters:
    ///   - startingWords: the folded lexicon words that leave the start state.
    ///   - startingPrefixes: the folded prefixes of the wildcards that can begin a phrase.
    init(startingWords: [[UInt8]], startingPrefixes: [[UInt8]]) {
        var keys: [UInt64] = []
        var tiers = 0
        var enabled = true
        for word in startingWords where SkimFilter.isPlain(word) {
            let run: UInt64 = word.count >= 9 ? 0x1FF : (1 << UInt64(word.count)) - 1
            keys.append(skimKey(SkimFilter.firstEight(skimFold(word)), run: run, prefix: 0))
        }
        for prefix in startingPrefixes {
            if prefix.count < 2 { enabled = false }
            guard SkimFilter.isPlain(prefix) else { continue }
            let tier = prefix.count < 4 ? 2 : prefix.count < 8 ? 4 : 8
            tiers |= tier == 2 ? 1 : tier == 4 ? 2 : 4
            keys.append(skimKey(SkimFilter.firstEight(skimFold(prefix)), run: 0x1FF, prefix: tier))
        }
        var count = 1 << 16
        while count < keys.count * 32 && count < 1 << 26 { count *= 2 }
        let shift = UInt64(64 - count.trailingZeroBitCount)
        var bits = [UInt64](repeating: 0, count: count / 64)
        for k in keys {
            let bit = Int(k >> shift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
        self.shift = shift
        self.prefixTiers = tiers
        self.enabled = enabled
    }

    /// Whether bytes are all plain letters: ASCII letters and digits, basic Cyrillic (D0 90...D0 BF,
    /// D1 80...D1 8F), Latin-1 and Latin Extended-A letters (C3, C4 or C5 and a continuation byte,
    /// but not C3 97 ×, C3 B7 ÷ or C4 B0 İ): the bytes the skimmer does not call unusual.
    static func isPlain(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                guard (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39 else { return false }
                i += 1
            } else {
                guard i + 1 < bytes.count else { return false }
                let c = bytes[i + 1]
                let cyrillic = b == 0xD0 && c >= 0x90 && c <= 0xBF || b == 0xD1 && c >= 0x80 && c <= 0x8F
                let latin = (0xC3...0xC5).contains(b) && c & 0xC0 == 0x80
                    && !(b == 0xC3 && (c == 0x97 || c == 0xB7)) && !(b == 0xC4 && c == 0xB0)
                guard cyrillic || latin else { return false }
                i += 2
            }
        }
        return true
    }

    /// The first eight bytes (zero-padded), little-endian.
    static func firstEight(_ bytes: [UInt8]) -> UInt64 {
        var x: UInt64 = 0
        for (k, b) in bytes.prefix(8).enumerated() { x |= UInt64(b) << UInt64(8 * k) }
        return x
    }
}
