// Which words can continue a phrase from a given automaton state, as a filter the scan tests
// before it looks the word up in the vocabulary.
//
// Outside the start state the scan used to look every word up in the whole vocabulary and then in
// the transition table. With a large lexicon nearly every ordinary text word is *some* phrase's
// second or third word, so each of those lookups went to two big, cache-cold tables, only to find
// that this state has no transition on the word and the scan falls back to the start state. The
// filter answers "does state s have a transition on this exact word?" from one cache line of a
// table sized by the transitions that exist, and on "no" the scan treats the word as if it were at
// the start state, which is where a missing transition leads anyway.

/// A blocked Bloom filter (two bits in one 64-bit word) over the pairs (state, word hash) of the
/// non-start transitions on exact lexicon words, plus a bit per state that has a transition on a
/// wildcard class (such a state always takes the full lookup: the filter keys on exact words).
/// 16 bits per pair, at least 2^16 bits.
struct ContinuationFilter {
    let bits: [UInt64]
    let shift: UInt64
    /// Bit `s` is set when state `s` has a transition on a wildcard class.
    let wildStates: [UInt64]

    /// The filter of an automaton's non-start transitions, read from their keys (state << 32 |
    /// class) without a list of (state, hash) pairs: classes 1...`hashes.count` are words, the
    /// others wildcard classes.
    ///
    /// - Parameters:
    ///   - transitionKeys: state << 32 | class of every non-start transition.
    ///   - hashes: `wordHash` of each word, in id order.
    ///   - stateCount: number of states.
    init(transitionKeys: [UInt64], hashes: [UInt64], stateCount: Int) {
        let v = UInt64(hashes.count)
        var exactCount = 0
        for key in transitionKeys where (key & 0xFFFF_FFFF) &- 1 < v { exactCount += 1 }
        var count = 1 << 16
        while count < exactCount * 16 && count < 1 << 27 { count *= 2 }
        shift = UInt64(64 - (count / 64).trailingZeroBitCount)
        var bits = [UInt64](repeating: 0, count: count / 64)
        var wild = [UInt64](repeating: 0, count: stateCount / 64 + 1)
        for key in transitionKeys {
            let state = Int32(truncatingIfNeeded: key >> 32), cls = key & 0xFFFF_FFFF
            if cls &- 1 < v {
                let k = ContinuationFilter.key(state, hashes[Int(cls) - 1])
                bits[Int(k >> shift)] |= ContinuationFilter.mask(k)
            } else {
                wild[Int(state) >> 6] |= 1 << UInt64(state & 63)
            }
        }
        self.bits = bits
        self.wildStates = wild
    }

    /// The filter key of a word (by its `wordHash`) in a state: one multiply mixes the state in.
    @inline(__always)
    static func key(_ state: Int32, _ hash: UInt64) -> UInt64 {
        (hash ^ (UInt64(UInt32(bitPattern: state)) &* 0x9E37_79B9_7F4A_7C15)) &* 0xD6E8_FEB8_6659_FD93
    }

    /// The two bits of key `k` within its word (bits 20...31: not the ones that pick the word).
    @inline(__always)
    static func mask(_ k: UInt64) -> UInt64 { (1 &<< ((k >> 20) & 63)) | (1 &<< ((k >> 26) & 63)) }
}
