// Interning of the lexicons' exact words: folded bytes -> dense id (1...count), 0 for "not a
// lexicon word". An open-addressing table at load factor <= 1/4 that stores each slot's full
// 64-bit hash, so a hit costs one probe and one memcmp. In front of it sits a one-hash bit filter
// (16+ bits per word, at least 64 Kbit = 8 KiB, so it stays in L1 for ordinary lexicons): a miss
// (the common case: most text words are in no phrase) costs one hash and one bit test.

/// Hashes a byte array with `wordHash` (see FoldedWordHash.swift).
func wordHash(_ bytes: [UInt8]) -> UInt64 {
    bytes.withUnsafeBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return wordHashSeed }
        return wordHash(base, buffer.count)
    }
}

/// A byte string as a dictionary key that hashes with `wordHash` (one multiply per 8 bytes)
/// instead of feeding every byte to the standard library's hasher. Compile-time only.
struct WordKey: Hashable {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    func hash(into hasher: inout Hasher) { hasher.combine(wordHash(bytes)) }
}

/// The exact words of a set of phrases, interned to ids 1...count. The words are stored one after
/// the other in one byte array, found through an open-addressing table of ids (load <= 1/2) keyed
/// by `wordHash`, which is kept per word for the frozen table: no array and no dictionary key per
/// word. Compile-time only.
struct Vocabulary {
    /// Word `id`'s bytes are `arena[offsets[id - 1] ..< offsets[id]]`.
    private(set) var arena: [UInt8] = []
    private(set) var offsets: [Int32] = [0]
    /// `wordHash` of each word, in id order.
    private(set) var hashes: [UInt64] = []
    /// Word id per slot, 0 when empty.
    private var slots: [UInt32]

    /// An empty vocabulary with room for about `expected` words before its table grows.
    init(expected: Int = 0) {
        var capacity = 64
        while capacity < expected * 2 { capacity *= 2 }
        slots = [UInt32](repeating: 0, count: capacity)
        hashes.reserveCapacity(expected)
        offsets.reserveCapacity(expected + 1)
        arena.reserveCapacity(expected * 8)
    }

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: [UInt8]) -> UInt32 {
        let h = wordHash(word)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h >> 32) & mask
        while true {
            let id = Int(slots[slot])
            if id == 0 { break }
            if hashes[id - 1] == h && sameBytes(word, Int(offsets[id - 1]), Int(offsets[id])) { return UInt32(id) }
            slot = (slot + 1) & mask
        }
        arena.append(contentsOf: word)
        offsets.append(Int32(arena.count))
        hashes.append(h)
        let id = UInt32(hashes.count)
        if hashes.count * 2 > slots.count { grow() } else { slots[slot] = id }
        return id
    }

    var count: Int { hashes.count }

    /// Whether `word` equals `arena[lo ..< hi]`.
    private func sameBytes(_ word: [UInt8], _ lo: Int, _ hi: Int) -> Bool {
        guard hi - lo == word.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            word.withUnsafeBufferPointer { w in
                for k in 0..<w.count where a[lo &+ k] != w[k] { return false }
                return true
            }
        }
    }

    /// Doubles the table and re-inserts every word (the newest one included).
    private mutating func grow() {
        slots = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for k in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[k] >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(k + 1)
        }
    }

    /// Lays the vocabulary out as a flat hash table for the scanner.
    func frozen() -> FrozenVocabulary { FrozenVocabulary(arena: arena, offsets: offsets, hashes: hashes) }
}

/// The scanner's read-only form of a `Vocabulary`: flat arrays, no references.
struct FrozenVocabulary {
    /// Bit filter over word hashes: bit `hash >> filterShift` is set for every vocabulary word.
    let filter: [UInt64]
    let filterShift: UInt64
    let mask: Int
    let slotHashes: [UInt64]
    let slotIDs: [UInt32]
    /// Word `id`'s bytes are `arena[offsets[id - 1] ..< offsets[id]]`.
    let offsets: [Int32]
    let arena: [UInt8]

    /// - Parameters:
    ///   - arena: the words, one after the other, in id order.
    ///   - offsets: word `id`'s bytes are `arena[offsets[id - 1] ..< offsets[id]]`.
    ///   - hashes: `wordHash` of each word.
    init(arena: [UInt8], offsets: [Int32], hashes wordHashes: [UInt64]) {
        let count = wordHashes.count
        var capacity = 16
        while capacity < count * 4 { capacity *= 2 }
        var filterBits = 1 << 16
        while filterBits < count * 16 && filterBits < 1 << 26 { filterBits *= 2 }
        let filterShift = UInt64(64 - filterBits.trailingZeroBitCount)
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        var hashes = [UInt64](repeating: 0, count: capacity)
        var ids = [UInt32](repeating: 0, count: capacity)
        var arena = arena
        for k in 0..<count {
            let h = wordHashes[k]
            let bit = Int(h >> filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
            while ids[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = h
            ids[slot] = UInt32(k + 1)
        }
        arena += [UInt8](repeating: 0, count: 8)
        self.filter = filter
        self.filterShift = filterShift
        self.mask = capacity - 1
        self.slotHashes = hashes
        self.slotIDs = ids
        self.offsets = offsets
        self.arena = arena
    }
}

/// A blocked Bloom filter (two bits in one 64-bit word) over the lexicon words that can start a
/// phrase (those with a transition out of the start state). At the start state — where the scan
/// spends most words — the matcher tests this filter instead of the whole vocabulary's, so a
/// lexicon word that only ever continues phrases costs no probe of the (possibly large) vocabulary
/// table. 16 bits per word (at least 2^16 bits): about 1.4% false positives, one cache line read.
struct StarterFilter {
    let bits: [UInt64]
    let shift: UInt64

    /// - Parameter hashes: `wordHash` of each word that can start a phrase.
    init(hashes: [UInt64]) {
        var count = 1 << 16
        while count < hashes.count * 16 && count < 1 << 26 { count *= 2 }
        shift = UInt64(64 - (count / 64).trailingZeroBitCount)
        var bits = [UInt64](repeating: 0, count: count / 64)
        for h in hashes {
            bits[Int(h >> shift)] |= StarterFilter.mask(h)
        }
        self.bits = bits
    }

    /// The two bits of hash `h` within its word (from hash bits that do not pick the word).
    @inline(__always)
    static func mask(_ h: UInt64) -> UInt64 { (1 &<< (h & 63)) | (1 &<< ((h >> 6) & 63)) }
}
