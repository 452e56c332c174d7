// A streaming DEFLATE decoder (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, read
// from a `ByteInput` and written into a sliding window, with memory bounded whatever the data's
// size (a 64 KiB input buffer, a 288 KiB window, two Huffman tables: about 400 KiB).
//
//     window:  [ ... 32 KiB of history ... | bytes not yet handed out | free ...... | 258 + 8 ]
//              0                           readPos                 writePos     limit    capacity
//
// `decode()` inflates until the window is full up to `limit` or the final block ends; the caller
// (`GzipInput`) hands out `readPos..<writePos`, then calls `decode()` again, which first slides the
// last 32 KiB (the most a distance reaches back) to the front. A match is at most 258 bytes, so one
// that starts below `limit` always fits: there is never a half-copied match to remember. Bits are
// read least significant first from a 64-bit buffer refilled eight bytes at a time.

/// Inflates raw DEFLATE data.
struct Inflater {
    /// The most a distance reaches back (RFC 1951 3.2.5): the history kept when the window slides.
    static var history: Int { 32 * 1024 }
    /// The window's size.
    static var windowCapacity: Int { history + 256 * 1024 }
    /// Where decoding stops: past it, the longest match (258 bytes, copied 8 at a time) may not fit.
    static var limit: Int { windowCapacity - 258 - 8 }
    static var inputCapacity: Int { 64 * 1024 }

    let source: ByteInput
    /// Compressed bytes read from `source`: `input[inPos..<inEnd]` not yet taken into `bitBuffer`.
    private let input: UnsafeMutablePointer<UInt8>
    private var inPos = 0
    private var inEnd = 0
    private var sourceEnded = false
    /// The offset in the compressed data of `input[0]`.
    private var inputBase = 0
    /// Bits not yet consumed, the next one lowest; bits above `bitCount` are zero.
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0

    /// The decompressed bytes; see the diagram above.
    let window: UnsafeMutablePointer<UInt8>
    /// The first byte not yet handed out.
    var readPos = 0
    /// The end of the decompressed bytes.
    private(set) var writePos = 0

    enum State {
        /// Next: a block header, or nothing after the final block.
        case blockHeader
        /// Inside a stored block with this many bytes left.
        case stored(Int)
        /// Inside a Huffman-coded block (the tables are built).
        case huffman
        /// The final block has ended.
        case done
    }
    private(set) var state = State.blockHeader
    private var finalBlock = false

    private let literalTable: HuffmanTable
    private let distanceTable: HuffmanTable
    private let lengthTable: HuffmanTable
    /// Code lengths of a dynamic block (286 + 30 symbols at most).
    private let lengths: UnsafeMutablePointer<UInt8>
    /// `lengthBase`/`lengthExtra` (29 entries), then `distanceBase`/`distanceExtra` (30), as
    /// `base << 8 | extra`: the hot loop reads them here, without the arrays' bounds checks.
    private let baseAndExtra: UnsafeMutablePointer<UInt32>

    static let literalEntries = HuffmanTable.maxEntries(symbols: 288, primaryBits: 10)
    static let distanceEntries = HuffmanTable.maxEntries(symbols: 32, primaryBits: 8)
    static let lengthEntries = HuffmanTable.maxEntries(symbols: 19, primaryBits: 7)

    /// An inflater reading compressed bytes from `source`. Call `deallocate()` when done.
    init(source: ByteInput) {
        self.source = source
        input = .allocate(capacity: Self.inputCapacity)
        window = .allocate(capacity: Self.windowCapacity)
        literalTable = HuffmanTable(storage: .allocate(capacity: Self.literalEntries), primaryBits: 10)
        distanceTable = HuffmanTable(storage: .allocate(capacity: Self.distanceEntries), primaryBits: 8)
        lengthTable = HuffmanTable(storage: .allocate(capacity: Self.lengthEntries), primaryBits: 7)
        lengths = .allocate(capacity: 320)
        baseAndExtra = .allocate(capacity: 59)
        for k in 0..<29 { baseAndExtra[k] = UInt32(Self.lengthBase[k]) << 8 | UInt32(Self.lengthExtra[k]) }
        for k in 0..<30 { baseAndExtra[29 + k] = UInt32(Self.distanceBase[k]) << 8 | UInt32(Self.distanceExtra[k]) }
    }

    /// Frees the buffers.
    func deallocate() {
        input.deallocate()
        window.deallocate()
        literalTable.entries.deallocate()
        distanceTable.entries.deallocate()
        lengthTable.entries.deallocate()
        lengths.deallocate()
        baseAndExtra.deallocate()
    }

    /// The offset in the compressed data of the next whole byte not consumed.
    var offset: Int { inputBase + inPos - bitCount / 8 }

    /// The number of compressed bytes read so far (at the end of the data: its size).
    var dataEnd: Int { inputBase + inEnd }

    /// Starts a new DEFLATE stream (the next gzip member): no history, first block next.
    mutating func reset() {
        readPos = 0
        writePos = 0
        state = .blockHeader
        finalBlock = false
    }

    // MARK: - Input

    /// Reads more compressed bytes when all of `input` is taken. Returns false at the end.
    private mutating func fill() throws(GzipError.Problem) -> Bool {
        if inPos < inEnd { return true }
        if sourceEnded { return false }
        inputBase += inEnd
        inPos = 0
        inEnd = 0
        let n: Int
        do { n = try source.read(into: input, count: Self.inputCapacity) } catch { throw .readFailed(error) }
        if n == 0 { sourceEnded = true }
        inEnd = n
        return n > 0
    }

    /// Tops `bitBuffer` up to at least 56 bits, or to all the bits left at the end of the data.
    @inline(__always)
    private mutating func refill() throws(GzipError.Problem) {
        if inEnd - inPos >= 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(input + inPos).loadUnaligned(as: UInt64.self))
            let taken = (63 - bitCount) >> 3
            bitBuffer |= (word << UInt64(bitCount)) & ((1 << UInt64(bitCount + taken * 8)) - 1)
            inPos += taken
            bitCount += taken * 8
        } else {
            while bitCount <= 56 {
                if inPos == inEnd, !(try fill()) { return }
                bitBuffer |= UInt64(input[inPos]) << UInt64(bitCount)
                inPos += 1
                bitCount += 8
            }
        }
    }

    /// The next `n` (≤ 32) bits as a number.
    @inline(__always)
    private mutating func bits(_ n: Int) throws(GzipError.Problem) -> Int {
        if bitCount < n {
            try refill()
            if bitCount < n { throw .truncated }
        }
        let v = Int(truncatingIfNeeded: bitBuffer & ((1 << UInt64(n)) - 1))
        bitBuffer >>= UInt64(n)
        bitCount -= n
        return v
    }

    /// Drops the bits up to the next byte boundary.
    mutating func alignToByte() {
        let drop = bitCount & 7
        bitBuffer >>= UInt64(drop)
        bitCount -= drop
    }

    /// The next byte (after `alignToByte()`), or nil at the end of the data.
    mutating func nextByte() throws(GzipError.Problem) -> UInt8? {
        if bitCount >= 8 {
            let b = UInt8(truncatingIfNeeded: bitBuffer)
            bitBuffer >>= 8
            bitCount -= 8
            return b
        }
        guard try fill() else { return nil }
        let b = input[inPos]
        inPos += 1
        return b
    }

    /// The next byte; the end of the data is an error.
    mutating func byte() throws(GzipError.Problem) -> UInt8 {
        guard let b = try nextByte() else { throw .truncated }
        return b
    }

    /// Decodes one symbol with `table`.
    @inline(__always)
    private mutating func symbol(_ table: HuffmanTable, _ kind: String) throws(GzipError.Problem) -> Int {
        if bitCount < 15 { try refill() }
        var entry = table.entries[Int(bitBuffer & table.primaryMask)]
        var length = Int(entry & 0xFF)
        if entry & 0x100 != 0 {
            let subBits = UInt64(entry & 0xFF)
            let index = Int((bitBuffer >> UInt64(table.primaryBits)) & ((1 << subBits) - 1))
            entry = table.entries[Int(entry >> 16) + index]
            length = Int(entry & 0xFF)
            if length == 0 { throw bitCount < table.primaryBits + Int(subBits) ? .truncated : .invalidCode(kind) }
            length += table.primaryBits
        }
        if length == 0 { throw bitCount < table.primaryBits ? .truncated : .invalidCode(kind) }
        if length > bitCount { throw .truncated }
        bitBuffer >>= UInt64(length)
        bitCount -= length
        return Int(entry >> 16)
    }

    // MARK: - Blocks

    /// Inflates until the window is full or the final block has ended (`state == .done`). Call it
    /// once everything up to `writePos` has been handed out.
    mutating func decode() throws(GzipError.Problem) {
        if writePos >= Self.limit {
            // Keep the last 32 KiB: the history the next distances may reach.
            let keep = Self.history
            (window).update(from: window + writePos - keep, count: keep)
            writePos = keep
            readPos = keep
        }
        while writePos < Self.limit {
            switch state {
            case .done:
                return
            case .blockHeader:
                if finalBlock {
                    state = .done
                    return
                }
                let header = try bits(3)
                finalBlock = header & 1 == 1
                switch header >> 1 {
                case 0: try startStored()
                case 1: try buildFixedTables()
                case 2: try readDynamicTables()
                default: throw .reservedBlockType
                }
            case .stored(let remaining):
                try copyStored(remaining)
            case .huffman:
                try inflateHuffman()
            }
        }
    }

    private mutating func startStored() throws(GzipError.Problem) {
        alignToByte()
        let length = Int(try byte()) | Int(try byte()) << 8
        let complement = Int(try byte()) | Int(try byte()) << 8
        if length != ~complement & 0xFFFF { throw .storedLengthMismatch }
        state = length > 0 ? .stored(length) : .blockHeader
    }

    private mutating func copyStored(_ remaining: Int) throws(GzipError.Problem) {
        var left = remaining
        // Whole bytes already in the bit buffer first (the block starts byte-aligned).
        while left > 0 && bitCount >= 8 && writePos < Self.limit {
            window[writePos] = UInt8(truncatingIfNeeded: bitBuffer)
            bitBuffer >>= 8
            bitCount -= 8
            writePos += 1
            left -= 1
        }
        while left > 0 && writePos < Self.limit {
            guard try fill() else { throw .truncated }
            let n = min(left, inEnd - inPos, Self.limit - writePos)
            (window + writePos).update(from: input + inPos, count: n)
            inPos += n
            writePos += n
            left -= n
        }
        state = left > 0 ? .stored(left) : .blockHeader
    }

    private mutating func buildFixedTables() throws(GzipError.Problem) {
        // RFC 1951 3.2.6.
        for s in 0..<144 { lengths[s] = 8 }
        for s in 144..<256 { lengths[s] = 9 }
        for s in 256..<280 { lengths[s] = 7 }
        for s in 280..<288 { lengths[s] = 8 }
        try literalTable.build(UnsafeBufferPointer(start: lengths, count: 288), allowIncomplete: false, kind: "literal/length")
        for s in 0..<32 { lengths[s] = 5 }
        try distanceTable.build(UnsafeBufferPointer(start: lengths, count: 32), allowIncomplete: false, kind: "distance")
        state = .huffman
    }

    /// The order in which a dynamic block lists the code length code's lengths (RFC 1951 3.2.7).
    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private mutating func readDynamicTables() throws(GzipError.Problem) {
        let literals = try bits(5) + 257
        let distances = try bits(5) + 1
        let lengthCodes = try bits(4) + 4
        if literals > 286 || distances > 30 { throw .tooManyCodes(literals: literals, distances: distances) }
        for k in 0..<19 { lengths[Self.lengthOrder[k]] = k < lengthCodes ? UInt8(try bits(3)) : 0 }
        try lengthTable.build(UnsafeBufferPointer(start: lengths, count: 19), allowIncomplete: false, kind: "code length")
        let total = literals + distances
        var k = 0
        while k < total {
            let s = try symbol(lengthTable, "code length")
            if s < 16 {
                lengths[k] = UInt8(s)
                k += 1
                continue
            }
            var value: UInt8 = 0
            let repeats: Int
            switch s {
            case 16:
                if k == 0 { throw .invalidRepeat }
                value = lengths[k - 1]
                repeats = 3 + (try bits(2))
            case 17: repeats = 3 + (try bits(3))
            default: repeats = 11 + (try bits(7))
            }
            if k + repeats > total { throw .invalidRepeat }
            for j in k..<(k + repeats) { lengths[j] = value }
            k += repeats
        }
        if lengths[256] == 0 { throw .missingEndOfBlock }
        try literalTable.build(UnsafeBufferPointer(start: lengths, count: literals), allowIncomplete: true, kind: "literal/length")
        try distanceTable.build(UnsafeBufferPointer(start: lengths + literals, count: distances), allowIncomplete: true, kind: "distance")
        state = .huffman
    }

    /// Length symbols 257–285: base length and extra bits (RFC 1951 3.2.5).
    static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Distance symbols 0–29: base distance and extra bits.
    static let distanceBase: [UInt16] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
        8193, 12289, 16385, 24577,
    ]
    static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// The hot loop: literals and matches until the block ends or the window is full.
    private mutating func inflateHuffman() throws(GzipError.Problem) {
        let literalTable = self.literalTable, distanceTable = self.distanceTable, window = self.window
        let baseAndExtra = self.baseAndExtra, limit = Self.limit
        var out = writePos
        defer { writePos = out }
        while out < limit {
            if bitCount < 48 { try refill() }
            let s = try symbol(literalTable, "literal/length")
            if s < 256 {
                window[out] = UInt8(truncatingIfNeeded: s)
                out += 1
                continue
            }
            if s == 256 {
                state = .blockHeader
                return
            }
            let l = s - 257
            if l >= 29 { throw .invalidCode("literal/length") }
            let lengthCode = baseAndExtra[l]
            let length = Int(lengthCode >> 8) + (try bits(Int(lengthCode & 0xFF)))
            let d = try symbol(distanceTable, "distance")
            if d >= 30 { throw .invalidCode("distance") }
            let distanceCode = baseAndExtra[29 + d]
            let distance = Int(distanceCode >> 8) + (try bits(Int(distanceCode & 0xFF)))
            if distance > out { throw .distanceTooFarBack(distance: distance, available: out) }
            var from = window + out - distance
            var to = window + out
            let end = to + length
            if distance >= 8 {
                // 8 bytes at a time; may write up to 7 bytes past the match, inside the window's slack.
                while to < end {
                    UnsafeMutableRawPointer(to).storeBytes(of: UnsafeRawPointer(from).loadUnaligned(as: UInt64.self), as: UInt64.self)
                    to += 8
                    from += 8
                }
            } else {
                while to < end {
                    to.pointee = from.pointee
                    to += 1
                    from += 1
                }
            }
            out += length
        }
    }
}
