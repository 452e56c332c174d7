// The keys the skimmer (`WordSkimmer`) tests runs against, each over a word's first bytes folded
// with `skimFold` (see `skimKey`):
//
// * *start* keys: the first word of every one-word phrase, and every starting wildcard prefix (on
//   its first 2, 3, 4, 6 or 8 bytes, `skimPrefixTiers`). A run with such a key is a candidate.
// * *pair* keys: a phrase of two or more words whose first word is exact needs that word *and* a
//   second word that fits. Its first word gets a *pair-start* key, and the pair (first word, second
//   word or its wildcard prefix) a pair key. A run with a pair-start key is a candidate only if
//   the next run completes some pair key. Without this, phrases that begin with "the", "of", "в"
//   or "na" made a third of all words candidates.
//
// In front of these exact keys sit two filters of 2^16 bits over cheaper *products* (one multiply
// of the masked first eight bytes, `skimProduct`), tested for every run (`SkimTables.filters`):
//
// * the *first-word* filter: the words of one-word phrases and the first words of longer phrases
//   whose second word has no whole-word product (a wildcard prefix, or not plain). When a phrase
//   starts with a wildcard prefix (only when skimming is forced), every bit is set;
// * the *pair* filter: the first two words of every other longer phrase, tested with each run and
//   the run before it. A pair's first word is often the commonest of words, and testing it only
//   together with the word after it spared a closer look at one run in eleven (the round-five
//   figures in Benchmarks/README.md).
//
// Only words and prefixes spelled entirely in plain letters (ASCII letters and digits, basic
// Cyrillic and Ё ё, Latin-1 and Latin Extended-A letters; see `WordSkimmer`) get keys: the tokenizer folds
// plain letters to plain letters, so a text word that folds to anything else contains a byte the
// skimmer calls unusual, and such runs are always tokenized in full (as first or second word).

/// Builds the skimmer's filter from the lexicon's phrases.
struct SkimFilter {
    /// One bit per key, at least 2^16 bits and 32 per key.
    let bits: [UInt64]
    let shift: UInt64
    /// The first-word and pair filters of `SkimTables.filters`, 1,024 words (2^16 bits) each.
    var firstBits: [UInt64]
    let pairBits: [UInt64]
    /// The most entries either filter takes when the matcher decides by itself whether to skim:
    /// beyond that a run passes one in sixteen times by chance, and the exact tests cost more
    /// than skimming saves.
    static let filterLimit = 4_096
    /// See `SkimTables.prefixTiers`.
    let prefixTiers: Int
    /// Which wildcard tiers occur as second words of pairs (same bits as `prefixTiers`).
    let pairTiers: Int
    /// Whether any pair-start key exists.
    let hasPairs: Bool
    /// Whether the matcher skims. Never when a wildcard prefix that starts a phrase is shorter
    /// than 2 bytes (skimming would be wrong); by default only when no phrase starts with a
    /// wildcard (otherwise every run pays up to five prefix-key tests: with the bundled lexicons,
    /// where 1,818 of 4,660 phrases start with a wildcard, that cost more than skimming saved;
    /// DESIGN.md, "Skimming") and neither filter has more than `filterLimit` entries. No keys are
    /// built when a wildcard rules it out.
    let enabled: Bool

    /// - Parameters:
    ///   - phrases: the folded words of every lexicon entry.
    ///   - choice: nil for the default; true to skim whenever it is possible (tests), false never.
    init(phrases: [[PhraseWord]], choice: Bool? = nil) {
        let startsWithWildcard = phrases.contains { $0.first?.isPrefix == true }
        let possible = !phrases.contains { phrase in
            if case .prefix(let p) = phrase.first, p.count < 2 { return true }
            return false
        }
        guard possible && (choice ?? !startsWithWildcard) else {
            self = SkimFilter(disabled: ())
            return
        }
        var keys: [UInt64] = []
        var firstProducts: [UInt64] = []
        var pairProducts: [UInt64] = []
        var tiers = 0, pairTiers = 0
        /// The key of a plain phrase word, with its tier bit for a prefix (nil when not plain).
        func key(_ word: PhraseWord) -> (key: UInt64, tier: Int)? {
            switch word {
            case .exact:
                // A whole word's key finishes its product (`skimKey` with prefix 0).
                return SkimFilter.product(word).map { (skimFinish($0), 0) }
            case .prefix(let p):
                guard SkimFilter.isPlain(p), p.count >= 2 else { return nil }
                let tier = skimPrefixTiers.last { $0 <= p.count }!
                return (skimKey(SkimFilter.firstEight(skimFold(p)), run: 0x1FF, prefix: tier), 1 << skimPrefixTiers.firstIndex(of: tier)!)
            }
        }
        var pairs = false
        for phrase in phrases {
            guard let first = phrase.first else { continue }
            guard let k1 = key(first) else { continue }
            if let p1 = SkimFilter.product(first) {
                // A first word starts a phrase by itself unless the phrase's second word has a
                // whole-word product: then the pair filter tests the two together.
                if phrase.count >= 2, let p2 = SkimFilter.product(phrase[1]) {
                    pairProducts.append(skimPairProduct(p1, p2))
                } else {
                    firstProducts.append(p1)
                }
            }
            if first.isPrefix || phrase.count == 1 {
                keys.append(k1.key)
                tiers |= k1.tier
            } else {
                keys.append(skimPairStartKey(k1.key))
                pairs = true
                // A second word that is not plain needs no key: its text run has unusual bytes.
                if let k2 = key(phrase[1]) {
                    keys.append(skimPairKey(k1.key, k2.key))
                    pairTiers |= k2.tier
                }
            }
        }
        if choice == nil && max(firstProducts.count, pairProducts.count) > SkimFilter.filterLimit {
            self = SkimFilter(disabled: ())
            return
        }
        enabled = true
        (bits, shift) = SkimFilter.bitFilter(keys)
        firstBits = SkimFilter.fixedFilter(firstProducts)
        pairBits = SkimFilter.fixedFilter(pairProducts)
        // With keyed starting wildcards a run may start a phrase whatever its whole-word product.
        if tiers != 0 { firstBits = firstBits.map { _ in ~0 } }
        self.prefixTiers = tiers
        self.pairTiers = pairTiers
        self.hasPairs = pairs
    }

    /// A filter that does not skim.
    private init(disabled: Void) {
        (bits, shift, prefixTiers, pairTiers, hasPairs, enabled) = ([0], 63, 0, 0, false, false)
        (firstBits, pairBits) = ([], [])
    }

    /// A 2^16-bit filter over products, indexed by their top 16 bits (`skimFilterShift`).
    static func fixedFilter(_ products: [UInt64]) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 1 << (64 - Int(skimFilterShift) - 6))
        for p in products {
            let bit = Int(p >> skimFilterShift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return bits
    }

    /// A filter with one bit per key, indexed by the key's top bits: at least 2^16 bits and 32 per
    /// key (at most 2^26).
    static func bitFilter(_ keys: [UInt64]) -> (bits: [UInt64], shift: UInt64) {
        var count = 1 << 16
        while count < keys.count * 32 && count < 1 << 26 { count *= 2 }
        let shift = UInt64(64 - count.trailingZeroBitCount)
        var bits = [UInt64](repeating: 0, count: count / 64)
        for k in keys {
            let bit = Int(k >> shift)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return (bits, shift)
    }

    /// Whether bytes are all plain letters: ASCII letters and digits, basic Cyrillic (D0 90...D0 BF,
    /// D1 80...D1 8F) and Ё ё (D0 81, D1 91), Latin-1 and Latin Extended-A letters (C3, C4 or C5
    /// and a continuation byte, but not C3 97 ×, C3 B7 ÷ or C4 B0 İ): the bytes the skimmer does
    /// not call unusual.
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
                let cyrillic = b == 0xD0 && (c >= 0x90 && c <= 0xBF || c == 0x81) || b == 0xD1 && (c >= 0x80 && c <= 0x8F || c == 0x91)
                let latin = (0xC3...0xC5).contains(b) && c & 0xC0 == 0x80
                    && !(b == 0xC3 && (c == 0x97 || c == 0xB7)) && !(b == 0xC4 && c == 0xB0)
                guard cyrillic || latin else { return false }
                i += 2
            }
        }
        return true
    }

    /// The whole-word product (`skimProduct` of the masked, tagged first eight folded bytes) of an
    /// exact, plain phrase word; nil for a wildcard prefix or a word that is not plain.
    static func product(_ word: PhraseWord) -> UInt64? {
        guard case .exact(let w) = word, isPlain(w) else { return nil }
        let run: UInt64 = w.count >= 9 ? 0x1FF : (1 << UInt64(w.count)) - 1
        return skimProduct((firstEight(skimFold(w)) & skimByteMask(run)) ^ run)
    }

    /// The first eight bytes (zero-padded), little-endian.
    static func firstEight(_ bytes: [UInt8]) -> UInt64 {
        var x: UInt64 = 0
        for (k, b) in bytes.prefix(8).enumerated() { x |= UInt64(b) << UInt64(8 * k) }
        return x
    }
}
