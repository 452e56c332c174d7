// The keys the skimmer (`WordSkimmer`) tests runs against, each over a word's first bytes folded
// with `skimFold` (see `skimKey`):
//
// * *start* keys: the first word of every one-word phrase, and every starting wildcard prefix of a
//   one-word phrase (on its first 2, 3, 4, 6 or 8 bytes, `skimPrefixTiers`; a prefix of 10 bytes
//   or more on 10, 12, 14 or 16, `skimLongPrefixTiers`, read from the folded block beyond the
//   first eight). A run with such a key is a candidate.
// * *pair* keys: a phrase of two or more words whose first word is plain (an exact word or a
//   wildcard prefix) and whose second word is plain needs that first word *and* a second word that
//   fits. Its first word gets a *pair-start* key, and the pair (first word or prefix, second word
//   or prefix) a pair key. A run with a pair-start key is a candidate only if the next run
//   completes some pair key. Without this, phrases that begin with "the", "of", "в" or "na" made a
//   third of all words candidates, and phrases that begin with "поль*", "migra*" or "białoru*"
//   another tenth.
//
// In front of these exact keys sit filters over cheaper *products* (one multiply of the
// masked first eight bytes, `skimProduct`), tested for every run (`SkimTables.filters`):
//
// * the *first-word* filter (2^16 bits): the words of one-word phrases and the first words of
//   longer phrases whose second word is a plain wildcard prefix shorter than 4 bytes;
// * the *pair* filter (2^17 bits): the first two words of the other longer phrases that begin
//   with an exact word and go on with a plain word or prefix (the second word by its first 4
//   bytes when it has that many), tested with each run and the run before it. A pair's first
//   word is often the commonest of words, and testing it only together with the word after it
//   spared a closer look at one run in eleven (the round-five figures in Benchmarks/README.md);
// * the *prefix* filter (2^17 bits): the tier products of every starting wildcard prefix, tested
//   with each run's first 2, 3, 4, 6 or 8 bytes (the tiers that occur) when the run is that long,
//   behind a gate (a run's first 4 bytes, or the whole run when it is shorter) that spares most
//   runs those probes;
// * the *prefix-pair* filter (2^17 bits): phrases that begin with a wildcard prefix of 4 bytes or
//   more and go on with a plain word or prefix, tested at the second word, behind a gate of the
//   prefixes' first 4 bytes.
//
// (A first word followed by a word that is not plain needs no filter: that word's run has unusual
// bytes, and is a candidate that tests the run before it for a pair-start key.)
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
    /// The run gates (4,096 words: the prefix gate and the prefix-pair gate, `skimRunGates`): see
    /// `SkimTables.filters`.
    let prefixGateBits: [UInt64]
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
        // The prefix gate: the first two folded bytes of the prefixes of 2 bytes (3-byte ones are
        // keyed as 4-byte ones), the tier-4 products of the others (see `SkimTables.filters`).
        var gatePairs: [Int] = []
        var gateProducts: [UInt64] = []
        // The tier-4 products of the prefixes that start a phrase through the prefix-pair filter.
        var coarseGateProducts: [UInt64] = []
        keys.reserveCapacity(2 * phrases.count)
        var tiers = 0, pairTiers = 0, prefixPairTiers = 0, coarsePairTiers = 0
        var pairs = false
        /// The tier bit of 4-byte keys: a prefix keyed on 4 bytes or more has a tier bit at least this.
        let tier4 = 1 << skimPrefixTiers.firstIndex(of: 4)!
        for phrase in phrases {
            guard let first = phrase.first else { continue }
            // Each word is checked and folded once (first eight bytes, no array), not once per use.
            let second = phrase.count >= 2 ? SkimWord(phrase[1]) : nil
            let word = SkimWord(first)
            // The forms the first word is keyed under (see `fourthBytes`): a plain prefix of
            // exactly 3 bytes as the exact word and as 37 prefixes of 4 bytes.
            let forms = word.isPrefix && word.plain && word.count == 3 ? 1 + SkimFilter.fourthBytes.count : 1
            for f in 0..<forms {
                let variant = f == 0
                    ? (forms > 1 ? SkimWord(exact: word) : word) : SkimWord(prefix: word, fourth: SkimFilter.fourthBytes[f - 1])
                // A one-word phrase's prefix of 10 bytes or more is keyed on up to 16 (`longKey`):
                // on 8 bytes, "больниц*" was the key of every "больше".
                guard let k1 = (second == nil ? variant.longKey : nil) ?? variant.key else { continue }
                // A prefix that starts a longer phrase whose second word has a coarse product is
                // tested in the loop at that second run (the prefix-pair filter), not as a start.
                let coarseSecond = variant.isPrefix ? second?.coarseProduct : nil
                if let p1 = variant.product {
                    // A first word starts a phrase by itself unless the phrase's second word has a
                    // coarse product (a plain word, or a plain prefix of 4 bytes or more): then the
                    // pair filter tests the two together. A second word that is not plain needs
                    // neither filter: its text run has unusual bytes, and such a run is a candidate
                    // that tests the run before it for a pair-start key (the key alone is enough).
                    if let p2 = second?.coarseProduct {
                        pairProducts.append(skimPairProduct(p1, p2))
                    } else if second?.plain != false {
                        firstProducts.append(p1)
                    }
                } else if let coarseSecond, k1.tier >= tier4 {
                    let t4 = skimTierProduct(variant.eight, prefix: 4)
                    prefixPairProducts.append(skimPairProduct(t4, coarseSecond))
                    coarseGateProducts.append(t4)
                } else {
                    // A starting wildcard prefix: its tier product goes to the prefix filter, and
                    // its first bytes to a gate in front of it.
                    prefixProducts.append(variant.tierProduct)
                    if variant.count >= 4 {
                        gateProducts.append(skimTierProduct(variant.eight, prefix: 4))
                    } else {
                        gatePairs.append(Int(truncatingIfNeeded: variant.eight & 0xFFFF))
                    }
                }
                if let second {
                    keys.append(skimPairStartKey(k1.key))
                    pairs = true
                    if coarseSecond != nil && k1.tier >= tier4 { coarsePairTiers |= k1.tier } else { prefixPairTiers |= k1.tier }
                    // A second word that is not plain needs no key: its text run has unusual bytes
                    // (prefixes have at least two letters, so a plain one always has a key).
                    if let k2 = second.key {
                        keys.append(skimPairKey(k1.key, k2.key))
                        pairTiers |= k2.tier
                    }
                } else {
                    keys.append(k1.key)
                    tiers |= k1.tier
                }
            }
        }
        let shortPrefixes = Set(gatePairs).sorted()
        let gateEntries = gateProducts.count + shortPrefixes.count * SkimFilter.shortPrefixGateEntries
        if choice == nil && (firstProducts.count > SkimFilter.filterLimit
            || max(pairProducts.count, prefixProducts.count, prefixPairProducts.count, gateEntries) > 2 * SkimFilter.filterLimit) {
            self = SkimFilter(disabled: ())
            return
        }
        enabled = true
        (bits, shift) = SkimFilter.bitFilter(keys)
        firstBits = SkimFilter.fixedFilter(firstProducts)
        pairBits = SkimFilter.fixedFilter(pairProducts, shift: skimPairFilterShift)
        prefixBits = SkimFilter.fixedFilter(prefixProducts, shift: skimPrefixFilterShift)
        prefixPairBits = SkimFilter.fixedFilter(prefixPairProducts, shift: skimPrefixFilterShift)
        prefixGateBits = SkimFilter.runGates(
            prefix: gateProducts + shortPrefixes.flatMap(SkimFilter.shortPrefixGateProducts), prefixPair: coarseGateProducts)
        self.coarsePairTiers = coarsePairTiers
        self.prefixTiers = tiers
        self.prefixPairTiers = prefixPairTiers
        self.pairTiers = pairTiers
        self.hasPairs = pairs
    }

    /// The folded bytes that can follow a plain wildcard prefix of exactly 3 bytes (`war*`,
    /// `uni*`) in a plain run: a–z, 0–9, and F0 for a two-byte letter's lead byte. Such a prefix
    /// would make every run of 3 bytes or more take a probe of its own tier; instead it is keyed
    /// as the exact word (a run of 3 bytes) and as 37 prefixes of 4 bytes, one per byte here: a
    /// plain run that starts with the prefix and is longer starts with one of them. Runs shorter
    /// than 4 bytes then skip the prefix probes when no tier below 4 is left.
    static let fourthBytes: [UInt8] = Array(0x61...0x7A) + Array(0x30...0x39) + [0xF0]

    /// The key and tier bit of a plain wildcard prefix by its first eight skim-folded bytes and its
    /// length: keyed on the longest tier it covers.
    static func prefixKey(eight: UInt64, count: Int) -> (key: UInt64, tier: Int) {
        let tier = skimPrefixTiers.last { $0 <= count }!
        return (skimKey(eight, run: 0x1FF, prefix: tier), 1 << skimPrefixTiers.firstIndex(of: tier)!)
    }

    /// A filter that does not skim.
    private init(disabled: Void) {
        (bits, shift, prefixTiers, prefixPairTiers, coarsePairTiers, pairTiers, hasPairs, enabled) = ([0], 63, 0, 0, 0, 0, false, false)
        (firstBits, pairBits, prefixBits, prefixPairBits, prefixGateBits) = ([], [], [], [], [])
    }

    /// The coarse products (`SkimWord.coarseProduct`) a plain run that starts with the two-byte
    /// wildcard prefix `pair` (its folded bytes, little-endian) can have, for the prefix gate: the
    /// whole-word products of the prefix itself (a run of 2 bytes) and of it and any byte that can
    /// follow (3 bytes: an ASCII letter or digit or a lead byte, `fourthBytes`), and the tier-4
    /// products of its first 4 bytes (after a lead byte, a folded continuation byte: A0...BF).
    /// `shortPrefixGateEntries` of them.
    static func shortPrefixGateProducts(_ pair: Int) -> [UInt64] {
        let two = UInt64(pair)
        var products = [skimProduct(two ^ 0x3)]
        for third in fourthBytes {
            let three = two | UInt64(third) << 16
            products.append(skimProduct(three ^ 0x7))
            for fourth in third == 0xF0 ? Array(0xA0...0xBF) : fourthBytes {
                products.append(skimTierProduct(three | UInt64(fourth) << 24, prefix: 4))
            }
        }
        return products
    }

    /// How many products `shortPrefixGateProducts` gives a two-byte prefix: 1 + 37 + 36 × 37 + 32.
    /// Each counts towards the prefix gate's limit (twice `filterLimit`).
    static let shortPrefixGateEntries = 1 + 37 + 36 * 37 + 32

    /// The run gates (`skimRunGates`, 4,096 words): for each top 17 bits of a coarse product,
    /// bit 0 set for the products in `prefix` (the prefix gate), bit 1 for those in `prefixPair`
    /// (the prefix-pair gate); two bits per product, so that one load reads both.
    static func runGates(prefix: [UInt64], prefixPair: [UInt64]) -> [UInt64] {
        var words = [UInt64](repeating: 0, count: 1 << (64 - Int(skimPrefixFilterShift) - 5))
        for (products, bit) in [(prefix, UInt64(1)), (prefixPair, 2)] {
            for p in products {
                let b = Int(p >> skimPrefixFilterShift)
                words[b >> 5] |= bit << UInt64((b & 31) << 1)
            }
        }
        return words
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

    /// The first eight bytes (zero-padded), little-endian.
    static func firstEight(_ bytes: [UInt8]) -> UInt64 {
        var x: UInt64 = 0
        for (k, b) in bytes.prefix(8).enumerated() { x |= UInt64(b) << UInt64(8 * k) }
        return x
    }
}

/// A phrase word as the skim filter keys it: whether it is plain (see `SkimFilter.isPlain`), its
/// length and its first eight `skimFold`ed bytes, worked out once (folding allocated an array
/// per use, several per phrase).
struct SkimWord {
    let isPrefix: Bool
    let plain: Bool
    let count: Int
    /// The first eight folded bytes, little-endian, zero-padded.
    let eight: UInt64
    /// The next eight folded bytes (bytes 8 to 15), little-endian, zero-padded, of a wildcard prefix
    /// of 10 bytes or more (else 0).
    let nextEight: UInt64

    init(_ word: PhraseWord) {
        switch word {
        case .exact(let w): self.init(isPrefix: false, bytes: w)
        case .prefix(let p): self.init(isPrefix: true, bytes: p)
        }
    }

    private init(isPrefix: Bool, bytes: [UInt8]) {
        self.isPrefix = isPrefix
        plain = SkimFilter.isPlain(bytes)
        count = bytes.count
        eight = SkimWord.foldedEight(bytes)
        // Only long prefixes need bytes 8 to 15 (`longKey`).
        nextEight = isPrefix && bytes.count >= skimLongPrefixTiers[0] ? SkimWord.foldedNextEight(bytes) : 0
    }

    /// A plain prefix taken as the exact word of its bytes.
    init(exact prefix: SkimWord) {
        (isPrefix, plain, count, eight, nextEight) = (false, prefix.plain, prefix.count, prefix.eight, prefix.nextEight)
    }

    /// A plain prefix of 3 bytes extended by a fourth folded byte.
    init(prefix: SkimWord, fourth: UInt8) {
        (isPrefix, plain, count, eight, nextEight) = (true, true, 4, prefix.eight | UInt64(fourth) << 24, 0)
    }

    /// `SkimFilter.firstEight(skimFold(bytes))`: `skimFold` reads a byte and the one before it.
    static func foldedEight(_ bytes: [UInt8]) -> UInt64 {
        var x: UInt64 = 0
        var previous: UInt8 = 0
        for k in 0..<min(bytes.count, 8) {
            let b = bytes[k]
            let folded: UInt8
            if b >= 0xC0 {
                folded = 0xF0
            } else if b >= 0x80 && k > 0 && (0xC3...0xC5).contains(previous) {
                folded = 0xA0
            } else if k > 0 && (previous == 0xD0 && b == 0x81 || previous == 0xD1 && b == 0x91) {
                folded = 0xB5
            } else {
                folded = b | 0x20
            }
            x |= UInt64(folded) << UInt64(8 * k)
            previous = b
        }
        return x
    }

    /// The `skimFold` of bytes 8 to 15 (as many as there are), little-endian, zero-padded: as
    /// `foldedEight`, each byte folded with the one before it (byte 7 for byte 8).
    static func foldedNextEight(_ bytes: [UInt8]) -> UInt64 {
        guard bytes.count > 8 else { return 0 }
        var x: UInt64 = 0
        var previous = bytes[7]
        for k in 8..<min(bytes.count, 16) {
            let b = bytes[k]
            let folded: UInt8
            if b >= 0xC0 {
                folded = 0xF0
            } else if b >= 0x80 && (0xC3...0xC5).contains(previous) {
                folded = 0xA0
            } else if previous == 0xD0 && b == 0x81 || previous == 0xD1 && b == 0x91 {
                folded = 0xB5
            } else {
                folded = b | 0x20
            }
            x |= UInt64(folded) << UInt64(8 * (k - 8))
            previous = b
        }
        return x
    }

    /// The whole-word product (`skimProduct` of the masked, tagged first eight folded bytes) of an
    /// exact, plain word; nil for a wildcard prefix or a word that is not plain.
    var product: UInt64? {
        guard !isPrefix && plain else { return nil }
        let run: UInt64 = count >= 9 ? 0x1FF : (1 << UInt64(count)) - 1
        return skimProduct((eight & skimByteMask(run)) ^ run)
    }

    /// The key of a plain word (a whole word's finished product) or of a plain prefix of at least
    /// 2 bytes (on its tier), with the tier bit for a prefix; nil otherwise.
    var key: (key: UInt64, tier: Int)? {
        if !isPrefix { return product.map { (skimFinish($0), 0) } }
        guard plain && count >= 2 else { return nil }
        return SkimFilter.prefixKey(eight: eight, count: count)
    }

    /// The key and tier bit of a plain prefix of 10 bytes or more on its long tier (the longest of
    /// `skimLongPrefixTiers` that it covers: `skimLongKey`); nil otherwise.
    var longKey: (key: UInt64, tier: Int)? {
        guard isPrefix && plain && count >= skimLongPrefixTiers[0] else { return nil }
        let k = count >= 16 ? 3 : (count &- 10) &>> 1  // the index in skimLongPrefixTiers: 10, 12, 14, 16
        return (skimLongKey(eight, nextEight, prefix: skimLongPrefixTiers[k]), 1 << (skimPrefixTiers.count + k))
    }

    /// The product a run's first bytes give in the prefix filter when this plain prefix starts it:
    /// the prefix keyed on its tier (`skimKey` before its finish).
    var tierProduct: UInt64 {
        skimTierProduct(eight, prefix: skimPrefixTiers.last { $0 <= count }!)
    }

    /// The product a pair's second word is tested with in the pair and prefix-pair filters: the
    /// product of its first 4 bytes (the tier-4 product a run of 4 bytes or more gives) for a
    /// plain word or prefix of 4 bytes or more, the whole-word product of a shorter exact plain
    /// word; nil for a shorter prefix or a word that is not plain (such phrases keep their first
    /// word in the first-word or prefix filter, or need none). A run is tested with one of the
    /// two, by its length: one probe.
    var coarseProduct: UInt64? {
        guard plain else { return nil }
        if !isPrefix && count < 4 { return product }
        guard count >= 4 else { return nil }
        return skimTierProduct(eight, prefix: 4)
    }
}
