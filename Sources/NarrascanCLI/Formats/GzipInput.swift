// Reads gzip data (RFC 1952) in process: a `ByteInput` that hands out the decompressed bytes of
// another. Each member is a header (magic 1F 8B, method 8, flags, and the optional extra field,
// file name, comment and header CRC-16), DEFLATE blocks (`Inflater`), and a trailer with the
// CRC-32 and the size mod 2^32 of the member's data, both checked. Members follow each other
// (`cat a.gz b.gz`) and their data is concatenated; zero bytes after the last member (padding) are
// ignored, anything else is an error, as for `gzip -d`. A problem ends the input with an
// `InputError` saying what and where ("corrupt or truncated gzip data (CRC-32 mismatch … at byte
// N)"); the bytes handed out before it stay handed out, as from a decompressor that fails midway.
// Replaces a `gzip -dc` child process for `.gz`: no process per file, and a decoder the fuzzer can
// run a million times.

/// The decompressed bytes of gzip data read from another input. Package-visible for the `gzip`
/// fuzz target.
package final class GzipInput: ByteInput {
    /// The input's name, for messages.
    let name: String
    private var inflater: Inflater
    private var crc = CRC32()
    /// The member's data size so far, mod 2^32.
    private var size: UInt32 = 0
    /// The current member, 1-based.
    private(set) var member = 0
    private enum Phase {
        /// Next: a member's header; `magicRead` when its two magic bytes were already taken.
        case header(magicRead: Bool)
        case data
        case finished
    }
    private var phase = Phase.header(magicRead: false)
    /// Where each member ended: its end in the compressed data and in the decompressed data
    /// (for the fuzz target, which checks each trailer against the bytes handed out).
    private(set) package var memberEnds: [(compressed: Int, decompressed: Int)] = []
    private var handedOut = 0
    /// Where the header, trailer or padding being read started (the place a bad one is reported at).
    private var mark = 0
    /// A problem met after some bytes were decompressed: reported once they are handed out, as a
    /// decompressor that fails midway has written what it could.
    private var pending: (problem: GzipError.Problem, offset: Int)?

    /// Decompresses `source`, named `name` in messages.
    package init(_ source: ByteInput, name: String) {
        self.name = name
        inflater = Inflater(source: source)
    }

    deinit { inflater.deallocate() }

    package func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        do { return try readDecompressed(into: buffer.assumingMemoryBound(to: UInt8.self), count: count) } catch {
            if case .readFailed(let inner) = error.problem { throw inner }
            phase = .finished
            throw InputError(path: name, reason: "corrupt or truncated gzip data (\(error))")
        }
    }

    /// Like `read`, with the problem as a `GzipError`.
    package func readDecompressed(into buffer: UnsafeMutablePointer<UInt8>, count: Int) throws(GzipError) -> Int {
        do throws(GzipError.Problem) {
            while true {
                switch phase {
                case .finished:
                    return 0
                case .header(let magicRead):
                    member += 1
                    mark = inflater.offset - (magicRead ? 2 : 0)
                    try readHeader(magicRead: magicRead)
                    inflater.reset()
                    crc = CRC32()
                    size = 0
                    phase = .data
                case .data:
                    if inflater.readPos < inflater.writePos {
                        let n = min(count, inflater.writePos - inflater.readPos)
                        buffer.update(from: inflater.window + inflater.readPos, count: n)
                        inflater.readPos += n
                        crc.update(buffer, count: n)
                        size &+= UInt32(truncatingIfNeeded: n)
                        handedOut += n
                        return n
                    }
                    if let pending {
                        phase = .finished
                        mark = pending.offset
                        throw pending.problem
                    }
                    if case .done = inflater.state {
                        mark = inflater.offset
                        try readTrailer()
                        memberEnds.append((inflater.offset, handedOut))
                        mark = inflater.offset
                        phase = try nextMember() ? .header(magicRead: true) : .finished
                    } else {
                        do { try inflater.decode() } catch {
                            guard inflater.readPos < inflater.writePos else { throw error }
                            pending = (error, place(of: error))
                        }
                    }
                }
            }
        } catch {
            throw GzipError(problem: error, member: max(member, 1), offset: pending != nil ? mark : place(of: error))
        }
    }

    /// Where to report `problem`: the end of the data for a truncation, the start of the header,
    /// trailer or padding for a bad one, else the byte being decoded.
    private func place(of problem: GzipError.Problem) -> Int {
        switch problem {
        case .truncated: return inflater.dataEnd
        case .trailingGarbage, .crcMismatch, .sizeMismatch, .headerChecksum: return mark
        default: return inflater.offset
        }
    }

    /// Reads a member's header (RFC 1952 2.3), checking its CRC-16 when it has one.
    private func readHeader(magicRead: Bool) throws(GzipError.Problem) {
        var headerCRC = CRC32()
        func next() throws(GzipError.Problem) -> UInt8 {
            var b = try inflater.byte()
            headerCRC.update(&b, count: 1)
            return b
        }
        if magicRead {
            var magic: [UInt8] = [0x1F, 0x8B]
            headerCRC.update(&magic, count: 2)
        } else {
            guard try next() == 0x1F, try next() == 0x8B else { throw .trailingGarbage }
        }
        let method = try next()
        if method != 8 { throw .unknownMethod(method) }
        let flags = try next()
        if flags & 0xE0 != 0 { throw .reservedFlags(flags) }
        for _ in 0..<6 { _ = try next() }  // MTIME, XFL, OS
        if flags & 0x04 != 0 {  // FEXTRA
            let length = Int(try next()) | Int(try next()) << 8
            for _ in 0..<length { _ = try next() }
        }
        if flags & 0x08 != 0 { while try next() != 0 {} }  // FNAME
        if flags & 0x10 != 0 { while try next() != 0 {} }  // FCOMMENT
        if flags & 0x02 != 0 {  // FHCRC: the low 16 bits of the CRC-32 of the header before it
            let expected = UInt16(truncatingIfNeeded: headerCRC.value)
            let stored = UInt16(try inflater.byte()) | UInt16(try inflater.byte()) << 8
            if stored != expected { throw .headerChecksum }
        }
    }

    /// Reads and checks a member's trailer: CRC-32, then ISIZE, little-endian.
    private func readTrailer() throws(GzipError.Problem) {
        inflater.alignToByte()
        var stored: UInt32 = 0
        for k in 0..<4 { stored |= UInt32(try inflater.byte()) << (8 * k) }
        var storedSize: UInt32 = 0
        for k in 0..<4 { storedSize |= UInt32(try inflater.byte()) << (8 * k) }
        if stored != crc.value { throw .crcMismatch(stored: stored, computed: crc.value) }
        if storedSize != size { throw .sizeMismatch(stored: storedSize, computed: size) }
    }

    /// After a member: true when another follows (its magic bytes taken), false at the end of the
    /// data or of zero padding.
    private func nextMember() throws(GzipError.Problem) -> Bool {
        guard let first = try inflater.nextByte() else { return false }
        if first == 0x1F {
            if try inflater.nextByte() == 0x8B { return true }
            throw .trailingGarbage
        }
        if first != 0 { throw .trailingGarbage }
        while let b = try inflater.nextByte() {
            if b != 0 { throw .trailingGarbage }
        }
        return false
    }
}
