// Fuzzes the in-process gzip reader (`GzipInput`: RFC 1952 members around RFC 1951 blocks), the
// one `score` uses for `.gz` files and gzipped standard input. Each input is decoded twice: whole,
// in 64 KiB reads, and in small pieces (input chunks of 1–64 bytes and reads of 1–300 bytes, chosen
// by the input's length), so every refill and hand-out boundary is crossed. Properties: no crash or
// hang; both decodings give the same bytes and the same error; the output stays within DEFLATE's
// largest expansion (1032:1), so a bomb cannot make memory grow beyond what its size allows; and
// when the reader accepts, its members end inside the input, in order, each member's stored CRC-32
// and size match a plain bitwise CRC-32 (written here from RFC 1952 section 8) of the bytes handed
// out for it, and nothing but zeros follows the last member.

import NarrascanCLI

/// `gzip`: the gzip reader on any bytes.
public struct GzipFuzzTarget: FuzzTarget {
    public let name = "gzip"
    public let seeds = FuzzSeeds("Fuzz/Seeds/gzip/*.gz")
    public let maxInputBytes = 1024

    public init() {}

    /// What one decoding gave.
    struct Outcome {
        var bytes: [UInt8] = []
        var error: String?
        var memberEnds: [(compressed: Int, decompressed: Int)] = []
    }

    /// Decodes `input` fed in chunks of `chunk` bytes, read `readSize` bytes at a time.
    func decode(_ input: [UInt8], chunk: Int, readSize: Int) throws(FuzzFailure) -> Outcome {
        let reader = GzipInput(MemoryInput(input, chunk: chunk), name: "-")
        var outcome = Outcome()
        var buffer = [UInt8](repeating: 0, count: readSize)
        let bound = 1032 * input.count + 1024
        while true {
            let n: Int
            do { n = try buffer.withUnsafeMutableBufferPointer { (b) throws(GzipError) in try reader.readDecompressed(into: b.baseAddress!, count: b.count) } } catch {
                try require(error.offset >= 0 && error.offset <= input.count, "error offset \(error.offset) outside the \(input.count) input bytes: \(error)")
                outcome.error = "\(error)"
                break
            }
            if n == 0 { break }
            try require(n <= readSize, "read returned \(n) bytes for a \(readSize)-byte buffer")
            outcome.bytes += buffer[0..<n]
            try require(outcome.bytes.count <= bound, "\(outcome.bytes.count) bytes out of \(input.count): more than DEFLATE can expand")
        }
        outcome.memberEnds = reader.memberEnds
        return outcome
    }

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        let bytes = Array(input)
        let whole = try decode(bytes, chunk: .max, readSize: 1 << 16)
        let chunk = [1, 2, 3, 7, 64][bytes.count % 5]
        let readSize = [1, 5, 300, 4096][bytes.count % 4]
        let pieces = try decode(bytes, chunk: chunk, readSize: readSize)
        try require(whole.bytes == pieces.bytes, "\(whole.bytes.count) bytes decoded whole, \(pieces.bytes.count) in \(chunk)-byte chunks and \(readSize)-byte reads")
        try require(whole.error == pieces.error, "error '\(whole.error ?? "none")' decoded whole, '\(pieces.error ?? "none")' in pieces")
        guard whole.error == nil else { return }

        try require(!whole.memberEnds.isEmpty, "accepted with no member")
        var start = (compressed: 0, decompressed: 0)
        for (k, end) in whole.memberEnds.enumerated() {
            try require(end.compressed >= start.compressed + 18 && end.compressed <= bytes.count, "member \(k + 1) ends at byte \(end.compressed)")
            try require(end.decompressed >= start.decompressed && end.decompressed <= whole.bytes.count, "member \(k + 1) ends at output byte \(end.decompressed)")
            let data = whole.bytes[start.decompressed..<end.decompressed]
            let trailer = bytes[(end.compressed - 8)..<end.compressed]
            let storedCRC = Self.littleEndian(trailer.prefix(4)), storedSize = Self.littleEndian(trailer.suffix(4))
            try require(storedCRC == Self.crc32(data), "member \(k + 1) accepted, but its stored CRC-32 does not match its bytes")
            try require(storedSize == UInt32(truncatingIfNeeded: data.count), "member \(k + 1) accepted with stored size \(storedSize), \(data.count) bytes out")
            start = end
        }
        try require(start.decompressed == whole.bytes.count, "bytes handed out after the last member")
        try require(bytes[start.compressed...].allSatisfy { $0 == 0 }, "accepted with data other than zeros after the last member")
    }

    static func littleEndian(_ b: ArraySlice<UInt8>) -> UInt32 {
        b.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// CRC-32 bit by bit: reflected polynomial 0xEDB88320, register starting at all ones, result inverted.
    static func crc32(_ data: ArraySlice<UInt8>) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in data {
            c ^= UInt32(byte)
            for _ in 0..<8 { c = c & 1 == 1 ? (c >> 1) ^ 0xEDB8_8320 : c >> 1 }
        }
        return ~c
    }
}
