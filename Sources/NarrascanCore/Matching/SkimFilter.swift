// The keys the skimmer (`WordSkimmer`) tests runs against, each over a word's first bytes folded
// with `skimFold` (see `skimKey`):
//
// * *start* keys: the first word of every one-word phrase, and every starting wildcard prefix of a
//   one-word phrase (on its first 2, 3, 4, 6 or 8 bytes, `skimPrefixTiers`). A run with such a key
//   is a candidate.
// * *pair* keys: a phrase of two or more words whose first word is plain (an exact word or a
//   wildcard prefix) and whose second word is plain needs that first word *and* a second word that
//   fits. Its first word gets a *pair-start* key, and the pair (first word or prefix, second word
//   or prefix) a pair key. A run with a pair-start key is a candidate only if the next run
//   completes some pair key. Without this, phrases that begin with "the", "of", "в" or "na" made a
//   third of all words candidates, and phrases that begin with "поль*", "migra*" or "białoru*"
//   another tenth.
//
// In front of these exact keys sit three filters over cheaper *products* (one multiply of the
// masked first eight bytes, `skimProduct`), tested for every run (`SkimTables.filters`):
//
// * the *first-word* filter (2^16 bits): the words of one-word phrases and the first words of
//   longer phrases whose second word has no whole-word product (a wildcard prefix, or not plain);
// * the *pair* filter (2^17 bits): the first two words of every other longer phrase, tested with
//   each run and the run before it. A pair's first word is often the commonest of words, and
//   testing it only together with the word after it spared a closer look at one run in eleven
//   (the round-five figures in Benchmarks/README.md);
// * the *prefix* filter (2^17 bits): the tier products of every starting wildcard prefix, tested
//   with each run's first 2, 3, 4, 6 or 8 bytes (the tiers that occur) when the run is that long.
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
    /// The first-word filter of `SkimTables.filters`, 1,024 words (2^16 bits), and the pair and
    /// prefix filters, 2,048 words (2^17 bits) each.
    let firstBits: [UInt64]
    let pairBits: [UInt64]
    let prefixBits: [UInt64]
    /// The prefix-pair filter (2,048 words, 2^17 bits): see `SkimTables.filters`.
    let prefixPairBits: [UInt64]
    /// The most entries the first-word filter takes when the matcher decides by itself whether to
    /// skim (the pair and prefix filters, with twice the bits, take twice as many): beyond that a
    /// run passes one in sixteen times by chance, and the exact tests cost more than skimming
    /// saves.
    static let filterLimit = 4_096
    /// See `SkimTables.prefixTiers`.
    let prefixTiers: Int
    /// See `SkimTables.prefixPairTiers`.
    let prefixPairTiers: Int
    /// See `SkimTables.coarsePairTiers`.
    let coarsePairTiers: Int
    /// Which wildcard tiers occur as second words of pairs (same bits as `prefixTiers`).
    let pairTiers: Int
    /// Whether any pair-start key exists.
    let hasPairs: Bool
    /// Whether the matcher skims. Never when a wildcard prefix that starts a phrase is shorter
    /// than 2 bytes (skimming would be wrong); by default only when no filter has more than
    /// `filterLimit` entries (the pair and prefix filters twice that: they have twice the bits).
    /// No keys are built when a wildcard rules it out.
    let enabled: Bool

    /// - Parameters:
    ///   - phrases: the folded words of every lexicon entry.
    ///   - choice: nil for the default; true to skim whenever it is possible (tests), false never.
    init(phrases: [[PhraseWord]], choice: Bool? = nil) {
        let possible = !phrases.contains { phrase in
            if case .prefix(let p) = phrase.first, p.count < 2 { return true }
            return false
        }
        guard possible && choice != false else {
            self = SkimFilter(disabled: ())
            return
        }
        var keys: [UInt64] = []
        var firstProducts: [UInt64] = []
        var pairProducts: [UInt64] = []
        var prefixProducts: [UInt64] = []
        var prefixPairProducts: [UInt64] = []
        var tiers = 0, pairTiers = 0, prefixPairTiers = 0, coarsePairTiers = 0
        /// The key of a plain phrase word, with its tier bit for a prefix (nil when not plain).
        func key(_ word: PhraseWord) -> (key: UInt64, tier: Int)? {
            switch word {
            case .exact:
                // A whole word's key finishes its product (`skimKey` with prefix 0).
                return SkimFilter.product(word).map { (skimFinish($0), 0) }
            case .prefix(let p):
                guard SkimFilter.isPlain(p), p.count >= 2 else { return nil }
                return SkimFilter.prefixKey(skimFold(p))
            }
        }
        var pairs = false
        /// The tier bit of 4-byte keys: a prefix keyed on 4 bytes or more has a tier bit at least this.
        let tier4 = 1 << skimPrefixTiers.firstIndex(of: 4)!
        for phrase in phrases {
            guard let first = phrase.first else { continue }
            for variant in SkimFilter.firstWordForms(first) {
                guard let k1 = variant.prefixFold.map(SkimFilter.prefixKey) ?? key(variant.word) else { continue }
                // A prefix that starts a longer phrase whose second word has a coarse product is
                // tested in the loop at that second run (the prefix-pair filter), not as a start.
                let coarseSecond = phrase.count >= 2 && variant.word.isPrefix ? SkimFilter.coarseProduct(phrase[1]) : nil
                if let p1 = SkimFilter.product(variant.word) {
                    // A first word starts a phrase by itself unless the phrase's second word has a
                    // whole-word product: then the pair filter tests the two together.
                    if phrase.count >= 2, let p2 = SkimFilter.product(phrase[1]) {
                        pairProducts.append(skimPairProduct(p1, p2))
                    } else {
                        firstProducts.append(p1)
                    }
                } else if let coarseSecond, k1.tier >= tier4 {
                    let t4 = skimTierProduct(SkimFilter.firstEight(variant.prefixFold!), prefix: 4)
                    prefixPairProducts.append(skimPairProduct(t4, coarseSecond))
                } else {
                    // A starting wildcard prefix: its tier product goes to the prefix filter.
                    prefixProducts.append(SkimFilter.tierProduct(variant.prefixFold!))
                }
                if phrase.count == 1 {
                    keys.append(k1.key)
                    tiers |= k1.tier
                } else {
                    keys.append(skimPairStartKey(k1.key))
                    pairs = true
                    if coarseSecond != nil && k1.tier >= tier4 { coarsePairTiers |= k1.tier } else { prefixPairTiers |= k1.tier }
                    // A second word that is not plain needs no key: its text run has unusual bytes
                    // (prefixes have at least two letters, so a plain one always has a key).
                    if let k2 = key(phrase[1]) {
                        keys.append(skimPairKey(k1.key, k2.key))
                        pairTiers |= k2.tier
                    }
                }
            }
        }
        if choice == nil && (firstProducts.count > SkimFilter.filterLimit
            || max(pairProducts.count, prefixProducts.count, prefixPairProducts.count) > 2 * SkimFilter.filterLimit) {
            self = SkimFilter(disabled: ())
            return
        }
        enabled = true
        (bits, shift) = SkimFilter.bitFilter(keys)
        firstBits = SkimFilter.fixedFilter(firstProducts)
        pairBits = SkimFilter.fixedFilter(pairProducts, shift: skimPairFilterShift)
        prefixBits = SkimFilter.fixedFilter(prefixProducts, shift: skimPrefixFilterShift)
        prefixPairBits = SkimFilter.fixedFilter(prefixPairProducts, shift: skimPrefixFilterShift)
        self.coarsePairTiers = coarsePairTiers
        self.prefixTiers = tiers
        self.prefixPairTiers = prefixPairTiers
        self.pairTiers = pairTiers
        self.hasPairs = pairs
    }

    /// One form under which a phrase's first word is keyed: the word itself, with its skim-folded
    /// bytes when it is a plain wildcard prefix (a prefix's keys come from these bytes, so a
    /// stand-in prefix is just longer bytes).
    struct FirstWordForm {
        let word: PhraseWord
        var prefixFold: [UInt8]? = nil
    }

    /// The forms a first word is keyed under. A plain wildcard prefix of exactly 3 bytes (`war*`,
    /// `uni*`) would make every run of 3 bytes or more take a probe of its own tier; instead it is
    /// keyed as the exact word (a run of 3 bytes) and as 37 prefixes of 4 bytes, one for each
    /// folded byte that can follow it in a plain run (a–z, 0–9, and F0 for a two-byte letter's
    /// lead byte): a plain run that starts with the prefix and is longer starts with one of them.
    /// Runs shorter than 4 bytes then skip the prefix probes when no tier below 4 is left.
    static func firstWordForms(_ word: PhraseWord) -> [FirstWordForm] {
        guard case .prefix(let p) = word, p.count >= 2, isPlain(p) else { return [FirstWordForm(word: word)] }
        let folded = skimFold(p)
        guard p.count == 3 else { return [FirstWordForm(word: word, prefixFold: folded)] }
        let next: [UInt8] = Array(0x61...0x7A) + Array(0x30...0x39) + [0xF0]
        return [FirstWordForm(word: .exact(p))] + next.map { FirstWordForm(word: word, prefixFold: folded + [$0]) }
    }

    /// The key and tier bit of a plain wildcard prefix by its skim-folded bytes: keyed on the
    /// longest tier it covers.
    static func prefixKey(_ folded: [UInt8]) -> (key: UInt64, tier: Int) {
        let tier = skimPrefixTiers.last { $0 <= folded.count }!
        return (skimKey(firstEight(folded), run: 0x1FF, prefix: tier), 1 << skimPrefixTiers.firstIndex(of: tier)!)
    }

    /// A filter that does not skim.
    private init(disabled: Void) {
        (bits, shift, prefixTiers, prefixPairTiers, coarsePairTiers, pairTiers, hasPairs, enabled) = ([0], 63, 0, 0, 0, 0, false, false)
        (firstBits, pairBits, prefixBits, prefixPairBits) = ([], [], [], [])
    }

    /// A filter over products, indexed by their top bits: 2^16 bits by the top 16
    /// (`skimFilterShift`), or 2^(64 - shift).
    static func fixedFilter(_ products: [UInt64], shift: UInt64 = skimFilterShift) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 1 << (64 - Int(shift) - 6))
        for p in products {
            let bit = Int(p >> shift)
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
        return skimProduct((foldedFirstEight(w) & skimByteMask(run)) ^ run)
    }

    /// The product a run's first bytes give in the prefix filter (`WordSkimmer`'s loop) when the
    /// plain wildcard prefix with these skim-folded bytes starts it: the prefix keyed on its tier
    /// (`skimKey` before its finish).
    static func tierProduct(_ folded: [UInt8]) -> UInt64 {
        skimTierProduct(firstEight(folded), prefix: skimPrefixTiers.last { $0 <= folded.count }!)
    }

    /// The product a pair's second word is tested with in the prefix-pair filter: an exact plain
    /// word's whole-word product, or a plain prefix's product on its first 4 bytes (the tier-4
    /// product a run of 4 bytes or more gives); nil for a shorter prefix or a word that is not
    /// plain (such phrases keep their first word in the prefix filter).
    static func coarseProduct(_ word: PhraseWord) -> UInt64? {
        switch word {
        case .exact: return product(word)
        case .prefix(let p):
            guard p.count >= 4, isPlain(p) else { return nil }
            return skimTierProduct(foldedFirstEight(p), prefix: 4)
        }
    }

    /// Whether a phrase word is spelled in plain letters (an exact word or a prefix).
    static func isPlainWord(_ word: PhraseWord) -> Bool {
        switch word {
        case .exact(let w): return isPlain(w)
        case .prefix(let p): return isPlain(p)
        }
    }

    /// `firstEight(skimFold(bytes))` without the folded array: the fold of a byte depends only
    /// on the byte before it, so the first eight folded bytes come from the first eight bytes.
    static func foldedFirstEight(_ bytes: [UInt8]) -> UInt64 {
        var x: UInt64 = 0
        var before: UInt8 = 0
        for k in 0..<min(bytes.count, 8) {
            let b = bytes[k]
            let folded: UInt8
            if b >= 0xC0 {
                folded = 0xF0
            } else if b >= 0x80 && k > 0 && (0xC3...0xC5).contains(before) {
                folded = 0xA0
            } else if k > 0 && (before == 0xD0 && b == 0x81 || before == 0xD1 && b == 0x91) {
                folded = 0xB5
            } else {
                folded = b | 0x20
            }
            x |= UInt64(folded) << UInt64(8 * k)
            before = b
        }
        return x
    }

    /// The first eight bytes (zero-padded), little-endian.
    static func firstEight(_ bytes: [UInt8]) -> UInt64 {
        var x: UInt64 = 0
        for (k, b) in bytes.prefix(8).enumerated() { x |= UInt64(b) << UInt64(8 * k) }
        return x
    }
}
