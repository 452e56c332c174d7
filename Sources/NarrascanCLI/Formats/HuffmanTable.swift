// The decoding table of one canonical Huffman code of DEFLATE (RFC 1951 section 3.2.2), built from
// its code lengths. DEFLATE packs a code's bits starting from its most significant bit into a
// stream read from the least significant bit, so a table index is the code bit-reversed: the next
// `primaryBits` bits of the stream index the primary table directly. A code longer than that
// continues in a subtable, one per primary index, sized for the longest code sharing that index:
//
//     primary (2^primaryBits entries)          subtables, after the primary table
//     [symbol | length] ... [→ offset, bits]   [symbol | length - primaryBits] ...
//
// One lookup decodes a short code, two a long one. An entry is a `UInt32`: bits 0–7 the number of
// bits to consume (0 marks a pattern that is no code), bit 8 set for a subtable link, bits 16–31 the
// symbol or the subtable's offset. The entries live in storage the caller allocates once and
// reuses for every block; `maxEntries` bounds it.

/// A decoding table for one canonical Huffman code.
struct HuffmanTable {
    /// Entry storage (primary table, then subtables).
    let entries: UnsafeMutablePointer<UInt32>
    /// How many bits index the primary table.
    let primaryBits: Int
    /// `1 << primaryBits - 1`.
    let primaryMask: UInt64

    /// The storage a table for `symbols` symbols with `primaryBits` needs at most: the primary
    /// table and, for each symbol, a subtable of at most 2^(15 - primaryBits) entries.
    static func maxEntries(symbols: Int, primaryBits: Int) -> Int {
        (1 << primaryBits) + (primaryBits < 15 ? symbols << (15 - primaryBits) : 0)
    }

    /// A table over `storage` (of `maxEntries` entries), not yet built.
    init(storage: UnsafeMutablePointer<UInt32>, primaryBits: Int) {
        entries = storage
        self.primaryBits = primaryBits
        primaryMask = (1 << UInt64(primaryBits)) - 1
    }

    /// Builds the table for the code with `lengths[s]` bits for symbol `s` (0: unused).
    /// - Parameters:
    ///   - allowIncomplete: whether a code whose longest length is 1 bit may be incomplete (a
    ///     single code, as literal/length and distance codes may be; RFC 1951 3.2.7). A code with
    ///     no symbols at all is accepted: decoding with it is an error, as with any missing code.
    /// - Throws: `GzipError.Problem.invalidCodeLengths` naming `kind` when the lengths
    ///   over-subscribe the code or leave it incomplete.
    /// - Complexity: O(entries filled), at most `maxEntries`.
    func build(_ lengths: UnsafeBufferPointer<UInt8>, allowIncomplete: Bool, kind: String) throws(GzipError.Problem) {
        var count = [Int](repeating: 0, count: 16)
        for l in lengths { count[Int(l)] += 1 }
        count[0] = 0
        var left = 1
        var longest = 0
        for len in 1...15 {
            left = left << 1 - count[len]
            if left < 0 { throw .invalidCodeLengths(kind) }
            if count[len] > 0 { longest = len }
        }
        if left > 0 && longest > 0 && !(allowIncomplete && longest == 1) { throw .invalidCodeLengths(kind) }

        // The first code of each length (RFC 1951 3.2.2, step 2).
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for len in 1...15 {
            code = (code + count[len - 1]) << 1
            next[len] = code
        }
        let primarySize = 1 << primaryBits
        entries.initialize(repeating: 0, count: primarySize)
        // The subtable sizes: for each primary index, the longest code that starts with it.
        var subBits = [UInt8](repeating: 0, count: longest > primaryBits ? primarySize : 0)
        var codes = [Int](repeating: 0, count: lengths.count)
        var assign = next
        for (symbol, l) in lengths.enumerated() where l > 0 {
            let len = Int(l)
            let reversed = Self.reverse(assign[len], bits: len)
            assign[len] += 1
            codes[symbol] = reversed
            if len > primaryBits {
                let index = reversed & (primarySize - 1)
                subBits[index] = max(subBits[index], UInt8(len - primaryBits))
            }
        }
        var offset = primarySize
        for index in subBits.indices where subBits[index] > 0 {
            let bits = Int(subBits[index])
            entries[index] = UInt32(offset) << 16 | 0x100 | UInt32(bits)
            (entries + offset).initialize(repeating: 0, count: 1 << bits)
            offset += 1 << bits
        }
        for (symbol, l) in lengths.enumerated() where l > 0 {
            let len = Int(l)
            let reversed = codes[symbol]
            if len <= primaryBits {
                var i = reversed
                while i < primarySize {
                    entries[i] = UInt32(symbol) << 16 | UInt32(len)
                    i += 1 << len
                }
            } else {
                let link = entries[reversed & (primarySize - 1)]
                let base = Int(link >> 16)
                let size = 1 << Int(link & 0xFF)
                let rest = len - primaryBits
                var i = reversed >> primaryBits
                while i < size {
                    entries[base + i] = UInt32(symbol) << 16 | UInt32(rest)
                    i += 1 << rest
                }
            }
        }
    }

    /// The low `bits` bits of `code` in reverse order.
    static func reverse(_ code: Int, bits: Int) -> Int {
        var r = 0
        var c = code
        for _ in 0..<bits {
            r = r << 1 | c & 1
            c >>= 1
        }
        return r
    }
}
