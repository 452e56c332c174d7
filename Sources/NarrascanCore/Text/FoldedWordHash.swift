// The hash of a folded word, which the matcher's filters and vocabulary table are keyed on. The
// tokenizer computes it in registers while it folds (`FoldedWordHasher`), so that the matcher
// never reads back bytes the tokenizer has just stored: such a read spans several narrower stores
// and cannot be forwarded from the store buffer, which stalled the scan for about 15 cycles a
// word. The vocabulary computes the same value from stored bytes with `wordHash`.

/// One mixing round: xor in an 8-byte block, multiply, fold the high half into the low half, so
/// both the low bits (table slot) and the high bits (filter bit) depend on every input bit.
@inline(__always) @usableFromInline
func mixWordBlock(_ h: UInt64, _ block: UInt64) -> UInt64 {
    let m = (h ^ block) &* 0xFF51_AFD7_ED55_8CCD
    return m ^ (m &>> 32)
}

/// The seed of `wordHash` (the hash of the empty word).
@usableFromInline let wordHashSeed: UInt64 = 0x9E37_79B9_7F4A_7C15

/// Hashes folded word bytes: one `mixWordBlock` per 8 bytes, the last block padded with zeros.
/// Folded words never contain a zero byte, so the blocks determine the word without its length.
/// Reads only the `count` bytes at `p`.
@inline(__always) @usableFromInline
func wordHash(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    var h = wordHashSeed
    var i = 0
    while i &+ 8 <= count {
        h = mixWordBlock(h, UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self).littleEndian)
        i &+= 8
    }
    if i < count {
        var block: UInt64 = 0
        for k in 0..<(count &- i) { block |= UInt64(p[i &+ k]) &<< UInt64(k &<< 3) }
        h = mixWordBlock(h, block)
    }
    return h
}

/// Computes `wordHash` of a word from the pieces the tokenizer appends while folding it, without
/// storing or reloading them.
///
/// The caller keeps the word's byte count; each piece goes in with the count before it.
@usableFromInline
struct FoldedWordHasher {
    /// The hash of the completed 8-byte blocks.
    @usableFromInline var hash = wordHashSeed
    /// The bytes of the block being filled, first byte in the low bits; zero beyond them.
    @usableFromInline var pending: UInt64 = 0

    @inlinable init() {}

    /// Appends `length` (1...8) bytes held in the low bytes of `piece` (its other bytes zero),
    /// to a word that has `count` bytes so far.
    @inline(__always) @usableFromInline
    mutating func append(_ piece: UInt64, length: Int, count: Int) {
        let used = count & 7
        pending |= piece &<< UInt64(used &<< 3)
        if used &+ length >= 8 {
            hash = mixWordBlock(hash, pending)
            // The bytes that did not fit; `>>` (not `&>>`) gives 0 for a shift by 64.
            pending = piece >> UInt64((8 &- used) &<< 3)
        }
    }

    /// The word's `wordHash`, given its final byte count.
    @inline(__always) @usableFromInline
    func finish(count: Int) -> UInt64 {
        count & 7 == 0 ? hash : mixWordBlock(hash, pending)
    }
}
