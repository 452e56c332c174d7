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

/// The exact words of a set of phrases, interned to ids 1...count.
struct Vocabulary {
    private(set) var words: [[UInt8]] = []
    private var ids: [WordKey: UInt32] = [:]

    /// The id of `word`, adding it if new.
    mutating func intern(_ word: [UInt8]) -> UInt32 {
        let key = WordKey(word)
        if let id = ids[key] { return id }
        words.append(word)
        let id = UInt32(words.count)
        ids[key] = id
        return id
    }

    var count: Int { words.count }

    /// Lays the vocabulary out as a flat hash table for the scanner.
    /// - Parameter hashes: `wordHash` of each word, in id order.
    func frozen(hashes: [UInt64]) -> FrozenVocabulary { FrozenVocabulary(words: words, hashes: hashes) }
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
    ///   - words: the words, in id order.
    ///   - hashes: `wordHash` of each word.
    init(words: [[UInt8]], hashes wordHashes: [UInt64]) {
        var capacity = 16
        while capacity < words.count * 4 { capacity *= 2 }
        var filterBits = 1 << 16
        while filterBits < words.count * 16 && filterBits < 1 << 26 { filterBits *= 2 }
        let filterShift = UInt64(64 - filterBits.trailingZeroBitCount)
        var filter = [UInt64](repeating: 0, count: filterBits / 64)
        var hashes = [UInt64](repeating: 0, count: capacity)
        var ids = [UInt32](repeating: 0, count: capacity)
        var offsets: [Int32] = [0]
        var arena: [UInt8] = []
        for (k, word) in words.enumerated() {
            arena += word
            offsets.append(Int32(arena.count))
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
