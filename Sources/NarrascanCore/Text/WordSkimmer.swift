// Skimming: passing over the words that cannot start a phrase without tokenizing them.
//
// In the automaton's start state (most of a text) a word matters only if it can begin a phrase, and
// in ordinary news text about one word in twelve can. The skimmer classifies 64 bytes at a time
// with SIMD compares into two bit masks: *run* bytes (ASCII letters and digits, and every byte from
// 0x80 up) and *unusual* bytes (any non-ASCII byte that is not part of a *plain* letter). Plain
// letters are the ones whose case fold the skimmer can do per byte: ASCII letters and digits,
// basic Cyrillic А–я and Ё ё, Latin-1 letters (U+00C0...U+00FF but × and ÷) and Latin Extended-A
// (U+0100...U+017F but İ, which folds to ASCII i). A run is a maximal stretch of run bytes
// between ASCII separators; one without unusual bytes is exactly one tokenizer word. The same pass
// folds the block with `skimFold` (lossy, but the same for a letter and its fold), so the first
// eight folded bytes of a plain run and its length decide whether it can start a phrase: they
// are tested against filters built from the lexicon's starting words and starting pairs (a run
// together with the run before it), and the few runs that pass get exact key tests
// (`SkimFilter`). A run that has unusual bytes (і, ў, ×, invalid UTF-8, other
// scripts), is 64 bytes or longer, or passes the exact tests is a *candidate*, and so is the run
// before it when that one is a pair's first word and this one may be its second: the tokenizer
// takes over at the candidate's first byte and tokenizes it in full. All others are counted and
// passed over.
//
// The bit work per run is about forty instructions and the block work a few per byte, against
// about two hundred per word for folding, hashing and the automaton step.

/// The run and unusual-byte masks of 64 text bytes (bit k is byte k).
@usableFromInline
struct SkimBlock {
    /// Bytes that are ASCII letters or digits, or 0x80 and above but not part of the separators
    /// of `skimPunctuation`.
    @usableFromInline var run: UInt64
    /// Non-ASCII bytes that are not part of a well-formed plain letter or such a separator (the
    /// first byte of ×, ÷ and İ passes: their second byte is unusual).
    @usableFromInline var unusual: UInt64

    @inlinable init(run: UInt64, unusual: UInt64) {
        self.run = run
        self.unusual = unusual
    }

    /// Classifies the 64 bytes at `p` and writes their `skimFold` to `folded`. Reads `p[-2]`,
    /// `p[-1]`, `p[64]` and `p[65]` too. Out of line: inlined, its vector constants took registers
    /// from the loop over runs.
    ///
    /// A plain two-byte letter is found once, at its second byte (`skimClassify16`'s `trail` and
    /// `leadOf` masks): the bit of its first byte is the next bit down, so the lead masks are the
    /// trail masks shifted by one, and only the pair of bytes 63 and 64 is looked at apart.
    @inline(never) @usableFromInline
    init(classifying p: UnsafePointer<UInt8>, folded: UnsafeMutablePointer<UInt8>) {
        let c0 = skimClassify16(p, folded)
        let c1 = skimClassify16(p + 16, folded + 16)
        let c2 = skimClassify16(p + 32, folded + 32)
        let c3 = skimClassify16(p + 48, folded + 48)
        run = c0.run | c1.run &<< 16 | c2.run &<< 32 | c3.run &<< 48
        let high = c0.high | c1.high &<< 16 | c2.high &<< 32 | c3.high &<< 48
        if high == 0 {
            unusual = 0
            return
        }
        let trail = c0.trail | c1.trail &<< 16 | c2.trail &<< 32 | c3.trail &<< 48
        var lead = (c0.leadOf | c1.leadOf &<< 16 | c2.leadOf &<< 32 | c3.leadOf &<< 48) &>> 1
        if high &>> 63 != 0 && skimIsPlainPair(p[63], p[64]) { lead |= 1 &<< 63 }
        unusual = high & ~(trail | lead)
    }
}

/// Whether bytes `b`, `c` are a plain two-byte letter as `skimClassify16` tells one (at its
/// second byte): basic Cyrillic, Ё or ё, or a Latin-1 or Latin Extended-A lead byte (C3, C4 or C5)
/// and a continuation byte (the exceptions ×, ÷ and İ included: their first byte passes).
@inline(__always) @usableFromInline
func skimIsPlainPair(_ b: UInt8, _ c: UInt8) -> Bool {
    switch b {
    case 0xD0: return c &- 0x90 < 0x30 || c == 0x81
    case 0xD1: return c &- 0x80 < 0x10 || c == 0x91
    case 0xC3, 0xC4, 0xC5: return c &- 0x80 < 0x40
    default: return false
    }
}

/// The lanes of a SIMD mask as bytes (0x00 or 0xFF).
@inline(__always) @usableFromInline
func skimLanes(_ m: SIMDMask<SIMD16<Int8>>) -> SIMD16<UInt8> {
    SIMD16<UInt8>(truncatingIfNeeded: m._storage)
}

/// `x - low < count` for every lane (unsigned, `count` at most 128) with one signed compare: shift
/// the range to start at -128.
@inline(__always) @usableFromInline
func skimInRange(_ x: SIMD16<UInt8>, _ low: UInt8, _ count: UInt8) -> SIMD16<UInt8> {
    let shifted = SIMD16<Int8>(truncatingIfNeeded: x &+ SIMD16(repeating: 0x80 &- low))
    return skimLanes(shifted .< SIMD16<Int8>(repeating: Int8(truncatingIfNeeded: 0x80 &+ count)))
}

/// Lanes equal to `value`.
@inline(__always) @usableFromInline
func skimEqual(_ x: SIMD16<UInt8>, _ value: UInt8) -> SIMD16<UInt8> {
    skimLanes(x .== SIMD16(repeating: value))
}

/// The masks of 16 bytes at `p` (reads `p[-2]` and `p[17]` too), and their `skimFold` written to
/// `folded`:
///
/// * `run`: the run bytes;
/// * `high`: the bytes from 0x80 up that are not part of a separator (`skimPunctuation`), the
///   ones that are unusual unless part of a plain letter;
/// * `trail`: the second bytes of plain two-byte letters (basic Cyrillic, Ё and ё, the Latin ones
///   but ×, ÷ and İ);
/// * `leadOf`: the second bytes of the pairs whose first byte is the first byte of a plain letter
///   (`trail`, and the second bytes of ×, ÷ and İ): shifted down by one, the plain letters' first
///   bytes (`SkimBlock.init(classifying:folded:)` does that over the block).
///
/// All zero for ASCII bytes (and `high`, `trail` and `leadOf` for 16 ASCII bytes without a look at
/// the rest).
@inline(__always) @usableFromInline
func skimClassify16(_ p: UnsafePointer<UInt8>, _ folded: UnsafeMutablePointer<UInt8>) -> (
    run: UInt64, high: UInt64, trail: UInt64, leadOf: UInt64
) {
    let v = UnsafeRawPointer(p).loadUnaligned(as: SIMD16<UInt8>.self)
    let lowered = v | SIMD16(repeating: 0x20)
    let letter = skimInRange(lowered, 0x61, 26)
    let digit = skimInRange(v, 0x30, 10)
    let highBits = skimMoveMask(v)
    guard highBits != 0 else {
        UnsafeMutableRawPointer(folded).storeBytes(of: lowered, as: SIMD16<UInt8>.self)
        return (skimMoveMask(letter | digit), 0, 0, 0)
    }
    let prev = UnsafeRawPointer(p - 1).loadUnaligned(as: SIMD16<UInt8>.self)
    let lead = skimInRange(v, 0xC0, 64)
    // Basic Cyrillic: D0 90...D0 BF and D1 80...D1 8F; and Ё, ё (D0 81, D1 91), which the
    // tokenizer folds to е (D0 B5): their second byte folds to B5 below.
    let afterD0 = skimEqual(prev, 0xD0), afterD1 = skimEqual(prev, 0xD1)
    let yo = (afterD0 & skimEqual(v, 0x81)) | (afterD1 & skimEqual(v, 0x91))
    let cyrillicTrail = (afterD0 & skimInRange(v, 0x90, 0x30)) | (afterD1 & skimInRange(v, 0x80, 0x10)) | yo
    // Latin-1 and Latin Extended-A letters: C3, C4 or C5 and a continuation byte, except
    // C3 97 (×), C3 B7 (÷) and C4 B0 (İ). The exceptions need checking on the second byte only:
    // it is then unusual, and so is the run.
    // Russian text has none of them: then the work is skipped.
    let latinBefore = skimInRange(prev, 0xC3, 3)
    var latinTrail = SIMD16<UInt8>(repeating: 0)
    var latinPairBits: UInt64 = 0
    if skimAnyTopBit(latinBefore) {
        let latinPair = latinBefore & skimInRange(v, 0x80, 0x40)
        latinPairBits = skimMoveMask(latinPair)
        latinTrail = latinPair
            & ~(skimEqual(prev, 0xC3) & (skimEqual(v, 0x97) | skimEqual(v, 0xB7)))
            & ~(skimEqual(prev, 0xC4) & skimEqual(v, 0xB0))
    }
    // The fold: every lead byte becomes F0 and a Latin letter's second byte A0 (all Latin letters
    // look alike to the filter), ё's B5; other Cyrillic and ASCII bytes get 0x20 set.
    let constant = (lead & SIMD16(repeating: 0xF0)) | (latinTrail & SIMD16(repeating: 0xA0)) | (yo & SIMD16(repeating: 0xB5))
    let fold = (lowered & ~(lead | latinTrail | yo)) | constant
    UnsafeMutableRawPointer(folded).storeBytes(of: fold, as: SIMD16<UInt8>.self)
    // Quotation marks, dashes and no-break spaces separate words for the tokenizer: their bytes
    // are neither run nor unusual bytes (else they made every word they touch a candidate).
    let next = UnsafeRawPointer(p + 1).loadUnaligned(as: SIMD16<UInt8>.self)
    let punctuation = skimPunctuation(p, v, next, prev)
    let high = highBits & ~skimMoveMask(punctuation)
    let trail = skimMoveMask(cyrillicTrail | latinTrail)
    return (skimMoveMask(letter | digit) | high, high, trail, trail | latinPairBits)
}

/// The bytes of the non-ASCII separators that news text is full of, among 16 bytes `v` at `p`
/// (with `next` at `p + 1` and `prev` at `p - 1`; reads `p[-2]` and `p[17]` too): no-break space,
/// « and » (C2 A0, C2 AB, C2 BB), and U+2010...U+201F, the dashes and quotation marks
/// (E2 80 90...E2 80 9F). The tokenizer separates words at all of them. Zero when none of the 16
/// bytes and the two before them is C2 or E2 (the common case, one compare for each).
@inline(__always) @usableFromInline
func skimPunctuation(
    _ p: UnsafePointer<UInt8>, _ v: SIMD16<UInt8>, _ next: SIMD16<UInt8>, _ prev: SIMD16<UInt8>
) -> SIMD16<UInt8> {
    // C2 | 20 and E2 | 20 are both E2.
    let lead = skimEqual(v | SIMD16(repeating: 0x20), 0xE2)
    let before = UnsafeRawPointer(p - 2).loadUnaligned(as: UInt16.self) | 0x2020
    guard skimAnyTopBit(lead) || before & 0xFF == 0xE2 || before &>> 8 == 0xE2 else { return SIMD16(repeating: 0) }
    let next2 = UnsafeRawPointer(p + 2).loadUnaligned(as: SIMD16<UInt8>.self)
    let prev2 = UnsafeRawPointer(p - 2).loadUnaligned(as: SIMD16<UInt8>.self)
    func latin1Space(_ x: SIMD16<UInt8>) -> SIMD16<UInt8> {
        skimEqual(x, 0xA0) | skimEqual(x, 0xAB) | skimEqual(x, 0xBB)
    }
    let twoByte = (skimEqual(v, 0xC2) & latin1Space(next)) | (skimEqual(prev, 0xC2) & latin1Space(v))
    let threeByte = (skimEqual(v, 0xE2) & skimEqual(next, 0x80) & skimInRange(next2, 0x90, 16))
        | (skimEqual(prev, 0xE2) & skimEqual(v, 0x80) & skimInRange(next, 0x90, 16))
        | (skimEqual(prev2, 0xE2) & skimEqual(prev, 0x80) & skimInRange(v, 0x90, 16))
    return twoByte | threeByte
}

/// The skimmer's fold of plain-letter bytes, byte by byte as `skimClassify16` does it: ASCII and
/// Cyrillic continuation bytes get 0x20 set, lead bytes become F0, the second byte of a Latin-1 or
/// Latin Extended-A letter (after C3, C4 or C5) becomes A0, the second byte of Ё or ё B5 (as е's).
/// For plain letters this is the same for a letter and its case fold: А (D0 90) and а (D0 B0) both
/// give F0 B0, Р (D0 A0) and р (D1 80) both F0 A0, Ł (C5 81) and ł (C5 82) both F0 A0, ё (D1 91) and
/// е (D0 B5) both F0 B5. It serves the lexicon side (`SkimFilter`).
func skimFold(_ bytes: [UInt8]) -> [UInt8] {
    bytes.indices.map { k in
        let b = bytes[k]
        if b >= 0xC0 { return 0xF0 }
        if b >= 0x80 && k > 0 && (0xC3...0xC5).contains(bytes[k - 1]) { return 0xA0 }
        if k > 0 && (bytes[k - 1] == 0xD0 && b == 0x81 || bytes[k - 1] == 0xD1 && b == 0x91) { return 0xB5 }
        return b | 0x20
    }
}

/// The filter key of a run (or lexicon word) from its first eight folded bytes and its run mask.
///
/// - Parameters:
///   - folded: the first eight `skimFold`ed bytes, little-endian (bytes past the run are ignored).
///   - run: the run as trailing ones (bit k set for each of its first bytes); only the low nine
///     bits are used, so runs of 9 bytes and longer share one length.
///   - prefix: 0 for a whole word; one of `skimPrefixTiers` to key only that many bytes (a
///     wildcard prefix).
@inline(__always) @usableFromInline
func skimKey(_ folded: UInt64, run: UInt64, prefix: Int) -> UInt64 {
    if prefix != 0 { return skimFinish(skimTierProduct(folded, prefix: prefix)) }
    return skimMix((folded & skimByteMask(run)) ^ (run & 0x1FF))
}

/// The key of folded, masked bytes and their tag.
@inline(__always) @usableFromInline
func skimMix(_ x: UInt64) -> UInt64 {
    skimFinish(skimProduct(x))
}

/// The second half of `skimMix`.
@inline(__always) @usableFromInline
func skimFinish(_ product: UInt64) -> UInt64 {
    product ^ (product &>> 29)
}

/// Where the first-word filter starts in `SkimTables.filters` (in words), after the byte masks.
@usableFromInline let skimFirstFilter = 256
/// Where the pair filter starts in `SkimTables.filters`, after the first-word filter.
@usableFromInline let skimPairFilter = 256 + 1024
/// Where the prefix filter starts in `SkimTables.filters`, after the pair filter.
@usableFromInline let skimPrefixFilter = 256 + 1024 + 2048
/// Where the prefix-pair filter starts in `SkimTables.filters`, after the prefix filter.
@usableFromInline let skimPrefixPairFilter = 256 + 1024 + 2048 + 2048
/// Where the run gates start in `SkimTables.filters` (2^17 entries of two bits, 4,096 words),
/// after the prefix-pair filter: per top 17 bits of a coarse product (`SkimWord.coarseProduct`:
/// the tier-4 product of a run of 4 bytes or more, else its whole-word product), bit 0 the
/// prefix gate, bit 1 the prefix-pair gate.
@usableFromInline let skimRunGates = 256 + 1024 + 2048 + 2048 + 2048

/// The first-word filter has 2^16 bits, indexed by the top 16 bits of a product.
@usableFromInline let skimFilterShift: UInt64 = 48
/// The pair filter has 2^17 bits, indexed by the top 17 bits of a pair product: big lexicons
/// (the bundled ones since round 7) have more starting pairs than first words.
@usableFromInline let skimPairFilterShift: UInt64 = 47
/// The prefix filter has 2^17 bits, indexed by the top 17 bits of a tier product: it holds a
/// product for each of the several tiers a run is tested on, so it is kept sparser.
@usableFromInline let skimPrefixFilterShift: UInt64 = 47

/// The product of a run's (or wildcard prefix's) first `prefix` folded bytes, keyed as a wildcard
/// prefix of that tier: `skimKey(folded, run:, prefix:)` before its finish.
@inline(__always) @usableFromInline
func skimTierProduct(_ folded: UInt64, prefix: Int) -> UInt64 {
    skimProduct((folded & (~UInt64(0) &>> UInt64((8 &- prefix) &<< 3))) ^ UInt64(0x200 | prefix))
}

/// The tiers of a run that pass the prefix filter: for each tier in `tiers` (bits as in
/// `SkimTables.prefixTiers`) that the run is long enough for, the bit of its tier product, as that
/// tier's bit (a hit on 8 bytes sets the long tiers' bits too: they are in the filter by their
/// first 8 bytes). Zero when none passes.
@inline(__always) @usableFromInline
func skimPrefixProbe(_ filters: UnsafeMutablePointer<UInt64>, _ folded: UInt64, run: UInt64, tiers: Int) -> Int {
    @inline(__always) func probe(_ prefix: Int) -> Int {
        let bit = skimTierProduct(folded, prefix: prefix) &>> skimPrefixFilterShift
        return Int(truncatingIfNeeded: (filters[skimPrefixFilter &+ Int(truncatingIfNeeded: bit &>> 6)] &>> (bit & 63)) & (run &>> UInt64(prefix &- 1)) & 1)
    }
    var hits = 0
    if tiers & 1 != 0 { hits |= probe(2) }
    if tiers & 2 != 0 { hits |= probe(3) &<< 1 }
    if tiers & 4 != 0 { hits |= probe(4) &<< 2 }
    if tiers & 8 != 0 { hits |= probe(6) &<< 3 }
    // The long tiers are in the prefix filter by their first 8 bytes.
    if tiers & 0x1F0 != 0 { hits |= probe(8) &* 0x1F0 }
    return hits
}

/// `skimPrefixProbe` out of line, for the runs that passed a prefix gate: a call with four
/// arguments in registers, where the probes inlined took registers from the loop over runs.
@inline(never) @usableFromInline
func skimPrefixProbeUnlikely(_ filters: UnsafeMutablePointer<UInt64>, _ folded: UInt64, run: UInt64, tiers: Int) -> Int {
    skimPrefixProbe(filters, folded, run: run, tiers: tiers)
}

/// The product of two adjacent runs' products (the pair filter of `SkimTables.filters`): the
/// first's and the second's top half, mixed by a multiply.
@inline(__always) @usableFromInline
func skimPairProduct(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first ^ (second &>> 32)) &* 0x9E37_79B9_7F4A_7C15
}

/// The first half of `skimMix`: one multiply, whose top bits index the first-word filter
/// (`SkimTables.filters`).
@inline(__always) @usableFromInline
func skimProduct(_ x: UInt64) -> UInt64 {
    x &* 0xFF51_AFD7_ED55_8CCD
}

/// The lengths a wildcard prefix is keyed on: the longest that is not longer than the prefix (bit
/// k of `SkimTables.prefixTiers` stands for element k).
let skimPrefixTiers = [2, 3, 4, 6, 8]

/// The longer lengths the prefix of a one-word phrase is keyed on in the exact tests (bits 5 to 8
/// of `SkimTables.prefixTiers`): the prefix filter and its gates still take its first 8 bytes, but
/// the exact key `skimLongKey` covers up to 16, so that "больниц*" (14 bytes) no longer makes a
/// candidate of every "больше" (their first 8 bytes, 4 letters, are the same).
let skimLongPrefixTiers = [10, 12, 14, 16]

/// The length of each tier bit of `SkimTables.prefixTiers`: `skimPrefixTiers`, then
/// `skimLongPrefixTiers`.
@usableFromInline let skimTierLengths = [2, 3, 4, 6, 8, 10, 12, 14, 16]

/// The exact key of a run's (or a one-word phrase's wildcard prefix's) first `prefix` folded bytes,
/// 10 to 16 of them: the first eight `first`, the rest from `second` (bytes 8 to 15).
@inline(__always) @usableFromInline
func skimLongKey(_ first: UInt64, _ second: UInt64, prefix: Int) -> UInt64 {
    let rest = second & (~UInt64(0) &>> UInt64((16 &- prefix) &<< 3))
    return skimMix(first ^ (rest &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(0x400 | prefix))
}

/// The key that marks `key` as the first word of phrases of two or more words.
@inline(__always) @usableFromInline
func skimPairStartKey(_ key: UInt64) -> UInt64 {
    skimMix(key &+ 0x632B_E59B_D9B4_E019)
}

/// The key of a first word's key followed by a second word's (or wildcard prefix's) key.
@inline(__always) @usableFromInline
func skimPairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
    skimMix(first ^ (second &* 0x9E37_79B9_7F4A_7C15) ^ 0x2545_F491_4F6C_DD1D)
}

/// The mask of a run's bytes among its first eight: 0xFF in each byte the run covers.
@inline(__always) @usableFromInline
func skimByteMask(_ run: UInt64) -> UInt64 {
    ~UInt64(0) &>> UInt64((8 &- min((~run).trailingZeroBitCount, 8)) &<< 3)
}

/// What the skimmer tests runs against: keys of the words and wildcard prefixes that can start a
/// phrase (built by `SkimFilter`, owned by a `PhraseMatcher`).
@usableFromInline
struct SkimTables {
    /// A one-bit-per-key filter; bit `key >> shift`.
    @usableFromInline let bits: UnsafeMutablePointer<UInt64>
    @usableFromInline let shift: UInt64
    /// Bit k: some one-word phrase's wildcard prefix is keyed on `skimTierLengths[k]` bytes (bits
    /// 5 to 8, the long tiers of 10 to 16 bytes, only in the exact keys: the prefix filter has such
    /// a prefix on 8 bytes).
    @usableFromInline let prefixTiers: Int
    /// The same for the wildcard prefixes that are first words of longer phrases (pair-starts)
    /// tested as a run passes the prefix filter (their second word has no coarse product).
    @usableFromInline let prefixPairTiers: Int
    /// The same for the wildcard prefixes that are first words of longer phrases tested at the
    /// second run, through the prefix-pair filter.
    @usableFromInline let coarsePairTiers: Int
    /// The same for the wildcard prefixes that are second words of pairs.
    @usableFromInline let pairTiers: Int
    /// Whether any word has a pair-start key (see `SkimFilter`).
    @usableFromInline let hasPairs: Bool
    /// False when the matcher does not skim (see `SkimFilter.enabled`).
    @usableFromInline let enabled: Bool
    /// The tables the loop over runs reads, one after the other so that one register holds them
    /// all (with a constant offset and shift each, the loop keeps its values in registers):
    ///
    /// * at 0, `skimByteMask(r)` for every low byte `r` of a run mask (256 words): a load instead
    ///   of counting the run's length;
    /// * at `skimFirstFilter`, the *first-word* filter (2^16 bits): one bit per whole-word
    ///   *product* `skimProduct(x)` (for the masked, tagged bytes `x` of `wordKey`), bit
    ///   `product >> skimFilterShift`, of each word that can start a phrase by itself: the word of
    ///   a one-word phrase, and the first word of a longer phrase whose second word is a plain
    ///   wildcard prefix shorter than 4 bytes (a second word that is not plain needs no filter:
    ///   its run has unusual bytes, and is a candidate that looks at the run before it);
    /// * at `skimPairFilter`, the *pair* filter (2^17 bits): one bit per `skimPairProduct(first,
    ///   second)` of the first word's product and the second word's coarse product (see
    ///   `SkimWord.coarseProduct`: the first 4 bytes of a word or prefix of 4 bytes or more, the
    ///   whole-word product of a shorter word) of a longer phrase whose first word is exact and
    ///   plain. Each run is tested with the run before it (by its tier-4 product when it has 4
    ///   bytes or more, else its whole-word product): a pair's first word ("the", "na", "в") is
    ///   common, and testing it once the second word is known spares a closer look at every
    ///   occurrence ("в ловушк*" too, since the second word may be a prefix);
    /// * at `skimPrefixFilter`, the *prefix* filter (2^17 bits): one bit per tier product
    ///   (`skimTierProduct`) of every starting wildcard prefix, bit `product >> 47`. Each run is
    ///   tested on the tiers that occur (`prefixTiers | prefixPairTiers`) and that it is long
    ///   enough for;
    /// * at `skimPrefixPairFilter`, the *prefix-pair* filter (2^17 bits): one bit per
    ///   `skimPairProduct(t4, second)` of a phrase whose first word is a wildcard prefix of 4 bytes
    ///   or more (`t4`, its tier-4 product) and whose second word has a coarse product (the
    ///   tier-4 product of a word or prefix of 4 bytes or more, the whole-word product of a
    ///   shorter word). A run of 4 bytes or more that passes the prefix-pair gate is tested with
    ///   the run after it (by that run's tier-4 product, or its whole-word product when it is
    ///   shorter than 4 bytes), so that "поль* власт*" makes no run a candidate until both words
    ///   are there;
    /// * at `skimRunGates` (bit 0 of each pair of bits), the *prefix gate* in front of the prefix
    ///   filter: 2^17 bits indexed by the top bits of a run's coarse product (the product the
    ///   pair filter takes anyway: the tier-4 product of a run of 4 bytes or more, else the
    ///   whole-word product), set for the prefixes in the prefix filter keyed on 4 bytes or more by
    ///   their first 4 bytes, and for each two-byte prefix under every coarse product a run that
    ///   starts with it can have (`SkimFilter.runGates`; 3-byte prefixes are keyed as 4-byte ones,
    ///   `SkimFilter.fourthBytes`). A run that starts with no such prefix fails it, and skips the
    ///   prefix filter's probes (up to four multiplies and loads, one per tier); the others,
    ///   about one run in six with the bundled lexicons, take the probes out of line;
    /// * at `skimRunGates` (bit 1), the *prefix-pair gate* (2^17 bits): the tier-4 products of the
    ///   prefixes in the prefix-pair filter. Only a run of 4 bytes or more that passes it is tested
    ///   with the run after it there (a third of the runs of 4 bytes or more with the bundled
    ///   lexicons, against all of them before). The two gates share their index: their bits are
    ///   interleaved, two per product, so one load reads both (round ten).
    ///
    /// Most runs fail both filters after two multiplies and two loads; only the others get the
    /// exact tests (`SkimFilter`).
    @usableFromInline let filters: UnsafeMutablePointer<UInt64>

    @usableFromInline init(
        bits: UnsafeMutablePointer<UInt64>, shift: UInt64, prefixTiers: Int, prefixPairTiers: Int, coarsePairTiers: Int,
        pairTiers: Int, hasPairs: Bool, enabled: Bool, filters: UnsafeMutablePointer<UInt64>
    ) {
        self.bits = bits
        self.coarsePairTiers = coarsePairTiers
        self.prefixPairTiers = prefixPairTiers
        self.filters = filters
        self.pairTiers = pairTiers
        self.hasPairs = hasPairs
        self.shift = shift
        self.prefixTiers = prefixTiers
        self.enabled = enabled
    }
}

extension UnsafePointer where Pointee == SkimTables {
    /// The whole-word key of a run.
    @inline(__always) @usableFromInline
    func wordKey(_ folded: UInt64, run: UInt64) -> UInt64 {
        skimMix((folded & pointee.filters[Int(truncatingIfNeeded: run & 0xFF)]) ^ (run & 0x1FF))
    }

    /// Whether `holds` is true of one of a run's wildcard-prefix keys: those of the tiers in `tiers`
    /// (lengths as in `skimPrefixTiers`) that the run is long enough for, shortest first.
    @inline(__always) @usableFromInline
    func anyPrefixKey(_ folded: UInt64, run: UInt64, tiers: Int, where holds: (UInt64) -> Bool) -> Bool {
        if tiers & 1 != 0 && run & 0x3 == 0x3 && holds(skimKey(folded, run: run, prefix: 2)) { return true }
        if tiers & 2 != 0 && run & 0x7 == 0x7 && holds(skimKey(folded, run: run, prefix: 3)) { return true }
        if tiers & 4 != 0 && run & 0xF == 0xF && holds(skimKey(folded, run: run, prefix: 4)) { return true }
        if tiers & 8 != 0 && run & 0x3F == 0x3F && holds(skimKey(folded, run: run, prefix: 6)) { return true }
        if tiers & 16 != 0 && run & 0xFF == 0xFF && holds(skimKey(folded, run: run, prefix: 8)) { return true }
        return false
    }

    /// Whether a second run (after a first word with key `first` that has a pair-start key) may
    /// complete a pair: its word key or one of its wildcard-prefix keys.
    @inline(__always) @usableFromInline
    func mayFollow(_ first: UInt64, _ folded: UInt64, run: UInt64) -> Bool {
        if test(skimPairKey(first, wordKey(folded, run: run))) { return true }
        let tiers = pointee.pairTiers
        return tiers != 0 && anyPrefixKey(folded, run: run, tiers: tiers) { test(skimPairKey(first, $0)) }
    }

    @inline(__always) @usableFromInline
    func test(_ key: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: key &>> pointee.shift)
        return pointee.bits[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
    }
}

/// 64 bits of a mask split over two blocks (`low`, then `high`), from bit `s` of `low` on.
@inline(__always) @usableFromInline
func skimBits(_ low: UInt64, _ high: UInt64, from s: Int) -> UInt64 {
    (low &>> UInt64(s)) | ((high &<< 1) &<< UInt64(63 &- s))
}

/// The skimmer's position in a text: the masks of the current 64-byte block and the next one, and
/// their folded bytes.
@usableFromInline
struct WordSkimmer {
    @usableFromInline let text: UnsafePointer<UInt8>
    @usableFromInline let count: Int
    @usableFromInline let tables: UnsafePointer<SkimTables>
    /// 128 bytes (plus padding to 144): the folded current block, then the folded next block; then
    /// 80 bytes for `edgeBlock`.
    @usableFromInline let folded: UnsafeMutablePointer<UInt8>
    /// `current` covers bytes blockStart ..< blockStart + 64, `next` the 64 after; no block when
    /// `blockStart` is negative.
    @usableFromInline var blockStart = -1
    @usableFromInline var current = SkimBlock(run: 0, unusual: 0)
    @usableFromInline var next = SkimBlock(run: 0, unusual: 0)
    /// Bit 0 set when the byte before the current block is a run byte.
    @usableFromInline var carry: UInt64 = 0
    /// The run masks of the current and next blocks as the loop over runs reads them: those of
    /// `current` and `next`, but with the first run that has an unusual byte (among the runs the
    /// loop will look at in the current block) made to look 64 bytes long, so that the loop tells
    /// it by its mask alone and needs no test of each run for unusual bytes.
    @usableFromInline var loopRun: UInt64 = 0
    @usableFromInline var loopRunNext: UInt64 = 0

    /// - Parameter folded: scratch space for 224 bytes, owned by the caller.
    @inlinable init(text: UnsafePointer<UInt8>, count: Int, tables: UnsafePointer<SkimTables>, folded: UnsafeMutablePointer<UInt8>) {
        self.text = text
        self.count = count
        self.tables = tables
        self.folded = folded
    }

    /// Passes over the runs after position `i` that cannot start a phrase.
    ///
    /// - Parameter i: a position whose byte is an ASCII separator (so no run continues through it),
    ///   at least 1.
    /// - Returns: where the tokenizer goes on (the first byte of a candidate run; the end of the
    ///   text when every run to the end was passed over; `i` when fewer than 16 bytes are left),
    ///   and the number of runs (words) passed over.
    @inline(never) @usableFromInline
    mutating func skim(from i: Int) -> (position: Int, words: Int) {
        if blockStart >= 0 && i >= blockStart && i < blockStart &+ 128 {
            // After a candidate the tokenizer often ends up in the next block: it is classified.
            if i >= blockStart &+ 64 { advance() }
        } else {
            guard count &- i >= 16 else { return (i, 0) }
            blockStart = i
            current = block(at: i, folded: folded)
            next = block(at: i &+ 64, folded: folded + 64)
            carry = 0
        }
        // The tables the loop reads for every run, loaded once.
        let filters = tables.pointee.filters
        let prefixTiers = tables.pointee.prefixTiers | tables.pointee.prefixPairTiers
        var words = 0
        // The run passed over last (position in the text, product), for the pair filter: none at
        // first, since the tokenizer calls in the start state, where no phrase is in progress.
        var previous = -1
        var previousProduct: UInt64 = 0
        // The run before, for the prefix-pair filter: its tier-4 product (0 when shorter than 4
        // bytes, when it fails the prefix-pair gate, or when no phrase needs it), its folded
        // first bytes and its run mask.
        // Whether any run can pass a run gate (some phrase starts with a wildcard prefix): the
        // loop reads the gates only then.
        let gated = prefixTiers != 0 || tables.pointee.coarsePairTiers != 0
        var previousT4: UInt64 = 0
        var previousBytes: UInt64 = 0
        var previousRun: UInt64 = 0
        var starts = current.run & ~(current.run &<< 1 | carry) & ~((1 &<< UInt64(i &- blockStart)) &- 1)
        prepareLoop(starts)
        while true {
            while starts != 0 {
                let s = starts.trailingZeroBitCount
                starts &= starts &- 1
                guard let run = loopPlainRun(at: s) else {
                    // A candidate. If the run before it is a pair's first word, this one may be
                    // its second: the first is the candidate then.
                    if previous >= 0
                        && (tables.test(skimPairStartKey(skimFinish(previousProduct)))
                            || previousT4 != 0 && startsCoarsePair(previousBytes, run: previousRun))
                    {
                        return (previous, words &- 1)
                    }
                    return (blockStart &+ s, words)
                }
                let bytes = UnsafeRawPointer(folded + s).loadUnaligned(as: UInt64.self)
                let product = skimProduct((bytes & filters[Int(truncatingIfNeeded: run & 0xFF)]) ^ (run & 0x1FF))
                let bit = product &>> skimFilterShift
                let tier4 = skimTierProduct(bytes, prefix: 4)
                // The pair filters key a second word of 4 bytes or more by its first 4, and so do
                // the run gates a run.
                let coarseProduct = run & 0x8 != 0 ? tier4 : product
                let pairBit = skimPairProduct(previousProduct, coarseProduct) &>> skimPairFilterShift
                // A pair filter hit is about the run before this one; a first-word or prefix
                // filter hit about this run (as a phrase's start, or a pair's first word).
                if filters[skimPairFilter &+ Int(truncatingIfNeeded: pairBit &>> 6)] & (1 &<< (pairBit & 63)) != 0
                    && previous >= 0 && completesPair(skimFinish(previousProduct), bytes, run: run)
                {
                    return (previous, words &- 1)
                }
                // The run before as a wildcard prefix that starts a pair, this run as its second
                // word (whole, or by its first 4 bytes).
                if previousT4 != 0 {
                    let b = skimPairProduct(previousT4, coarseProduct) &>> skimPrefixFilterShift
                    if filters[skimPrefixPairFilter &+ Int(truncatingIfNeeded: b &>> 6)] & (1 &<< (b & 63)) != 0
                        && completesCoarsePair(previousBytes, run: previousRun, bytes, run: run)
                    {
                        return (previous, words &- 1)
                    }
                }
                if filters[skimFirstFilter &+ Int(truncatingIfNeeded: bit &>> 6)] & (1 &<< (bit & 63)) != 0
                    && isCandidateByWord(at: s, run: run, bytes: bytes, key: skimFinish(product))
                {
                    return (blockStart &+ s, words)
                }
                if gated {
                    // The run gates: bit 0 the prefix gate, bit 1 the prefix-pair gate (for runs of
                    // 4 bytes or more; never set when no phrase needs it, so previousT4 stays 0).
                    let gateBit = coarseProduct &>> skimPrefixFilterShift
                    let gateWord = filters[skimRunGates &+ Int(truncatingIfNeeded: gateBit &>> 5)]
                    let gateShift = (gateBit & 31) &<< 1
                    if gateWord & (1 &<< gateShift) != 0 {
                        let hits = skimPrefixProbeUnlikely(filters, bytes, run: run, tiers: prefixTiers)
                        if hits != 0 && isCandidateByPrefix(at: s, run: run, bytes: bytes, tiers: hits) {
                            return (blockStart &+ s, words)
                        }
                    }
                    // Not tested for the run's length: a run shorter than 4 bytes (whose coarse
                    // product is its whole-word product) passes the prefix-pair gate only by
                    // chance, and then fails the exact tests at the next run, whose keys need
                    // 4 bytes (`anyPrefixKey`). One test fewer per run.
                    previousT4 = gateWord & (2 &<< gateShift) != 0 ? tier4 : 0
                }
                previous = blockStart &+ s
                previousProduct = product
                previousBytes = bytes
                previousRun = run
                words &+= 1
            }
            // All runs that start here were passed over; if the text goes on, the next block
            // becomes current.
            guard blockStart &+ 64 < count else { return (count, words) }
            advance()
            starts = current.run & ~(current.run &<< 1 | carry)
            prepareLoop(starts)
        }
    }

    /// Sets `loopRun` and `loopRunNext` for the loop over the runs that start at `starts` (bits of
    /// the current block).
    @inline(__always) @usableFromInline
    mutating func prepareLoop(_ starts: UInt64) {
        loopRun = current.run
        loopRunNext = next.run
        if current.unusual | next.unusual != 0 { markFirstUnusualRun(starts) }
    }

    /// `prepareLoop` when a block has unusual bytes: the first run among `starts` that has one
    /// (and is shorter than 64 bytes: longer ones look so already) gets all 64 bits from its start
    /// set in `loopRun` and `loopRunNext`. The runs before it end before it, so their masks do not
    /// change; the loop stops at it.
    @inline(never) @usableFromInline
    mutating func markFirstUnusualRun(_ starts: UInt64) {
        var rest = starts
        while rest != 0 {
            let s = rest.trailingZeroBitCount
            rest &= rest &- 1
            let window = skimBits(current.run, next.run, from: s)
            let run = window & ~(window &+ 1)
            if run != ~0 && skimBits(current.unusual, next.unusual, from: s) & run != 0 {
                loopRun |= ~0 &<< UInt64(s)
                loopRunNext |= (1 &<< UInt64(s)) &- 1
                return
            }
        }
    }

    /// `plainRun(at:)` for the loop over runs, from `loopRun` and `loopRunNext`: nil for a run of
    /// 64 bytes or more, or the first run with an unusual byte.
    @inline(__always) @usableFromInline
    func loopPlainRun(at s: Int) -> UInt64? {
        let window = skimBits(loopRun, loopRunNext, from: s)
        let run = window & ~(window &+ 1)
        return run == ~0 ? nil : run
    }

    /// Makes the next block current and classifies the block after it.
    @inline(__always) @usableFromInline
    mutating func advance() {
        carry = current.run &>> 63
        blockStart &+= 64
        current = next
        let raw = UnsafeMutableRawPointer(folded)
        for k in stride(from: 0, to: 64, by: 16) {
            raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: 64 &+ k, as: SIMD16<UInt8>.self), toByteOffset: k, as: SIMD16<UInt8>.self)
        }
        next = block(at: blockStart &+ 64, folded: folded + 64)
    }

    /// The masks of the 64 bytes at `position` (at least 1), their fold written to `destination`.
    /// Bytes past the end of the text count as spaces.
    @inline(__always) @usableFromInline
    func block(at position: Int, folded destination: UnsafeMutablePointer<UInt8>) -> SkimBlock {
        if position >= 2 && position &+ 66 <= count { return SkimBlock(classifying: text + position, folded: destination) }
        return edgeBlock(at: position, folded: destination)
    }

    /// `block(at:folded:)` at the edges of the text: the bytes from `position - 2` to
    /// `position + 65` are copied into space-filled scratch space (`folded + 144`, 80 bytes), those
    /// outside the text left spaces, and classified there.
    @inline(never) @usableFromInline
    func edgeBlock(at position: Int, folded destination: UnsafeMutablePointer<UInt8>) -> SkimBlock {
        let scratch = folded + 144
        scratch.update(repeating: 0x20, count: 80)
        let from = max(position &- 2, 0), to = min(position &+ 66, count)
        if from < to { (scratch + (from &- (position &- 2))).update(from: text + from, count: to &- from) }
        return SkimBlock(classifying: scratch + 2, folded: destination)
    }

    /// Whether a plain run may be the second word of a pair whose first word has key `first` (the
    /// exact test after the pair filter).
    @inline(never) @usableFromInline
    func completesPair(_ first: UInt64, _ bytes: UInt64, run: UInt64) -> Bool {
        tables.test(skimPairStartKey(first)) && tables.mayFollow(first, bytes, run: run)
    }

    /// Whether a run (`bytes`, `run`) may be the second word of a pair whose first word is a
    /// wildcard prefix of the run before (`first`, `firstRun`): the exact test after the
    /// prefix-pair filter.
    @inline(never) @usableFromInline
    func completesCoarsePair(_ first: UInt64, run firstRun: UInt64, _ bytes: UInt64, run: UInt64) -> Bool {
        tables.anyPrefixKey(first, run: firstRun, tiers: tables.pointee.coarsePairTiers) { key in
            tables.test(skimPairStartKey(key)) && tables.mayFollow(key, bytes, run: run)
        }
    }

    /// Whether a run (`first`, `firstRun`) is, by a wildcard prefix, the first word of a pair
    /// tested through the prefix-pair filter (when the run after it cannot be tested: it has
    /// unusual bytes or is too long).
    @inline(never) @usableFromInline
    func startsCoarsePair(_ first: UInt64, run firstRun: UInt64) -> Bool {
        tables.anyPrefixKey(first, run: firstRun, tiers: tables.pointee.coarsePairTiers) { tables.test(skimPairStartKey($0)) }
    }

    /// The exact tests for a plain run at bit `s` that passed the first-word filter: whether it
    /// starts a one-word phrase, or is the exact first word of a longer phrase followed by a run
    /// that may complete the pair. Out of line, so the loop over runs keeps its registers.
    ///
    /// - Parameter key: the run's whole-word key (`wordKey`).
    @inline(never) @usableFromInline
    func isCandidateByWord(at s: Int, run: UInt64, bytes: UInt64, key: UInt64) -> Bool {
        if tables.test(key) { return true }
        return tables.pointee.hasPairs && tables.test(skimPairStartKey(key)) && !secondRunIsOrdinary(after: s, run: run, first: key)
    }

    /// The exact tests for a plain run at bit `s` that passed the prefix filter: whether one of its
    /// wildcard-prefix keys starts a one-word phrase, or starts a longer phrase and the next run
    /// may complete the pair.
    ///
    /// - Parameter hits: the tiers whose products passed the prefix filter (`skimPrefixProbe`,
    ///   the long tiers with the 8-byte one): a prefix that starts the run passes on its own tier
    ///   (on 8 bytes if longer), so the exact keys of the other tiers need no test.
    @inline(never) @usableFromInline
    func isCandidateByPrefix(at s: Int, run: UInt64, bytes: UInt64, tiers hits: Int) -> Bool {
        let tiers = tables.pointee.prefixTiers & hits
        if tables.anyPrefixKey(bytes, run: run, tiers: tiers, where: { tables.test($0) }) { return true }
        // The long tiers (bits 5 to 8: 10, 12, 14 and 16 bytes, `skimLongPrefixTiers`).
        if tiers &>> 5 != 0 {
            // Bytes 8 to 15 of the run: the folded current and next blocks hold them (s < 64).
            let second = UnsafeRawPointer(folded + (s &+ 8)).loadUnaligned(as: UInt64.self)
            @inline(__always) func long(_ bit: Int, _ length: Int) -> Bool {
                let all = (UInt64(1) &<< UInt64(length)) &- 1
                return tiers & (1 &<< bit) != 0 && run & all == all && tables.test(skimLongKey(bytes, second, prefix: length))
            }
            if long(5, 10) || long(6, 12) || long(7, 14) || long(8, 16) { return true }
        }
        return tables.anyPrefixKey(bytes, run: run, tiers: tables.pointee.prefixPairTiers & hits) { first in
            tables.test(skimPairStartKey(first)) && !secondRunIsOrdinary(after: s, run: run, first: first)
        }
    }

    /// The run that starts at bit `s` of the current block as trailing ones, or nil when it is a
    /// candidate whatever its keys: 64 bytes or longer, or with an unusual byte.
    @inline(__always) @usableFromInline
    func plainRun(at s: Int) -> UInt64? {
        let window = skimBits(current.run, next.run, from: s)
        let run = window & ~(window &+ 1)
        if run == ~0 { return nil }
        if current.unusual | next.unusual != 0 && skimBits(current.unusual, next.unusual, from: s) & run != 0 { return nil }
        return run
    }

    /// Whether the run after the run at `s` certainly completes no pair with the first word `first`:
    /// it starts in the current or the next block, ends before the next block does, has no unusual
    /// bytes, and none of its keys is a pair key with `first`. (False — a candidate — whenever
    /// that cannot be told.)
    @inline(__always) @usableFromInline
    func secondRunIsOrdinary(after s: Int, run: UInt64, first: UInt64) -> Bool {
        let end = s &+ (~run).trailingZeroBitCount
        guard end < 128 else { return false }
        // The next run may start in the next block: both blocks' masks and folded bytes are here.
        let after = end < 64 ? skimBits(current.run, next.run, from: end) : next.run &>> UInt64(end &- 64)
        guard after != 0 else { return false }
        let s2 = end &+ after.trailingZeroBitCount
        guard let run2 = s2 < 64 ? plainRun(at: s2) : plainRunInNext(at: s2 &- 64) else { return false }
        return !tables.mayFollow(first, UnsafeRawPointer(folded + s2).loadUnaligned(as: UInt64.self), run: run2)
    }

    /// The run that starts at bit `t` of the next block, as `plainRun(at:)` gives one in the
    /// current block; nil also when it reaches the next block's last byte (its length is not
    /// known).
    @inline(__always) @usableFromInline
    func plainRunInNext(at t: Int) -> UInt64? {
        let window = next.run &>> UInt64(t)
        let run = window & ~(window &+ 1)
        if (run &<< UInt64(t)) &>> 63 != 0 { return nil }
        if (next.unusual &>> UInt64(t)) & run != 0 { return nil }
        return run
    }
}
