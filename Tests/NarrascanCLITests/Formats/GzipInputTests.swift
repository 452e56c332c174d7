// The in-process gzip reader against the system's `gzip`: what `gzip -1/-6/-9` writes (stored,
// fixed and dynamic blocks, a window that slides many times, concatenated members) decodes to
// exactly what `gzip -dc` gives, in any input chunking and read size; corrupt data (bad CRC or
// size, truncation, a reserved block type, a distance before the start, trailing garbage) is a
// typed error that says what and where, after the bytes decoded before it.

import Testing
@testable import NarrascanCLI

#if canImport(Glibc)
import Glibc
#endif

@Suite struct GzipInputTests {
    /// Decodes `bytes` fed `chunk` bytes at a time and read `readSize` bytes at a time.
    static func gunzip(_ bytes: [UInt8], chunk: Int = .max, readSize: Int = 1 << 16) -> (bytes: [UInt8], error: GzipError?) {
        let reader = GzipInput(MemoryInput(bytes, chunk: chunk), name: "t.gz")
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: readSize)
        while true {
            do {
                let n = try buffer.withUnsafeMutableBufferPointer { (b) throws(GzipError) in try reader.readDecompressed(into: b.baseAddress!, count: b.count) }
                if n == 0 { return (out, nil) }
                out += buffer[0..<n]
            } catch {
                return (out, error)
            }
        }
    }

    /// 420 KB that gzip codes with every kind of block: JSONL text (dynamic blocks, long matches,
    /// more than the 288 KiB window), random bytes (stored blocks) and runs (overlapping copies).
    static let data: [UInt8] = {
        var rng = SplitMix(seed: 17)
        let words = ["hybrid", "attack", "border", "migrants", "pushed", "back", "the", "of", "Минск", "замерзают", "lampedusa"]
        var out: [UInt8] = []
        var k = 0
        while out.count < 330_000 {
            let text = (0..<Int(rng.next() % 40 + 1)).map { _ in words[Int(rng.next() % UInt64(words.count))] }.joined(separator: " ")
            out += Array("{\"id\":\"r\(k)\",\"text\":\"\(text)\"}\n".utf8)
            k += 1
        }
        for _ in 0..<70_000 { out.append(UInt8(truncatingIfNeeded: rng.next())) }
        out += [UInt8](repeating: 0x61, count: 20_000) + Array(String(repeating: "ab", count: 1000).utf8)
        return out
    }()

    /// `bytes` through `command` (a shell pipeline reading a file and writing standard output).
    static func system(_ command: String, _ bytes: [UInt8]) -> [UInt8] {
        let dir = makeTemporaryDirectory("gzip")
        writeFile(dir + "/in", bytes)
        #expect(Glibc.system("\(command) < \(dir)/in > \(dir)/out") == 0)
        return readWholeFile(dir + "/out") ?? []
    }

    @Test func crc32OfTheStandardCheckString() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        var pieces = CRC32()
        let bytes = Self.data.prefix(1000).map { $0 }
        for piece in [bytes[0..<3], bytes[3..<20], bytes[20...]] { Array(piece).withUnsafeBufferPointer { pieces.update($0.baseAddress!, count: $0.count) } }
        #expect(pieces.value == CRC32.checksum(bytes))
    }

    @Test(arguments: [1, 6, 9])
    func decodesWhatSystemGzipWritesAsGzipDoes(level: Int) {
        let compressed = Self.system("gzip -c -\(level)", Self.data)
        let expected = Self.system("gzip -dc", compressed)
        #expect(expected == Self.data)
        for (chunk, readSize) in [(Int.max, 1 << 16), (777, 1000), (8, 65_537)] {
            let r = Self.gunzip(compressed, chunk: chunk, readSize: readSize)
            #expect(r.error == nil, "level \(level), chunk \(chunk): \(r.error.map { "\($0)" } ?? "")")
            #expect(r.bytes == expected, "level \(level), chunk \(chunk), reads of \(readSize)")
        }
    }

    @Test func concatenatedMembersAndZeroPaddingDecodeToTheirConcatenation() {
        let a = Self.system("gzip -c -1", Array(Self.data.prefix(50_000)))
        let b = Self.system("gzip -c -9", Array(Self.data.suffix(30_000)))
        let empty = Self.system("gzip -c", [])
        let both = a + empty + b
        let expected = Self.system("gzip -dc", both)
        #expect(expected.count == 80_000)
        #expect(Self.gunzip(both).bytes == expected)
        #expect(Self.gunzip(both, chunk: 5, readSize: 3).bytes == expected)
        let padded = Self.gunzip(both + [0, 0, 0, 0])
        #expect(padded.error == nil && padded.bytes == expected)
        let garbage = Self.gunzip(both + Array("junk".utf8))
        #expect(garbage.bytes == expected)
        #expect(garbage.error?.problem == .trailingGarbage)
        #expect(garbage.error?.offset == both.count)
    }

    @Test func aBadChecksumOrSizeIsReportedAtTheTrailer() {
        var gz = Self.system("gzip -c", Array(Self.data.prefix(10_000)))
        gz[gz.count - 8] ^= 0xFF
        let crc = Self.gunzip(gz)
        guard case .crcMismatch = crc.error?.problem else {
            Issue.record("expected a CRC mismatch, got \(crc.error.map { "\($0)" } ?? "none")")
            return
        }
        #expect(crc.error?.offset == gz.count - 8)
        #expect(crc.bytes.count == 10_000)  // handed out before the trailer was read
        gz[gz.count - 8] ^= 0xFF
        gz[gz.count - 4] ^= 0x01
        guard case .sizeMismatch(stored: 10_001, computed: 10_000) = Self.gunzip(gz).error?.problem else {
            Issue.record("expected a size mismatch")
            return
        }
    }

    @Test func truncatedDataIsAnErrorAfterTheBytesDecodedBeforeIt() {
        let gz = Self.system("gzip -c", Self.data)
        for cut in [1, 5, 10, 11, gz.count / 2, gz.count - 8, gz.count - 1] {
            let r = Self.gunzip(Array(gz.prefix(cut)))
            #expect(r.error?.problem == .truncated, "cut at \(cut): \(r.error.map { "\($0)" } ?? "no error")")
            #expect(r.error?.offset == cut)
            #expect(Self.data.starts(with: r.bytes))
        }
        #expect(Self.gunzip(Array(gz.prefix(gz.count / 2))).bytes.count > 100_000)
    }

    /// A gzip member around hand-written DEFLATE bits (LSB first; Huffman codes MSB first).
    static func member(_ write: (inout BitWriter) -> Void) -> [UInt8] {
        var w = BitWriter()
        write(&w)
        return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3] + w.bytes + [0, 0, 0, 0, 0, 0, 0, 0]
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var count = 0
        mutating func bits(_ value: Int, _ n: Int) {
            for k in 0..<n {
                if count % 8 == 0 { bytes.append(0) }
                bytes[bytes.count - 1] |= UInt8((value >> k) & 1) << (count % 8)
                count += 1
            }
        }
        mutating func code(_ code: Int, _ n: Int) {
            for k in stride(from: n - 1, through: 0, by: -1) { bits((code >> k) & 1, 1) }
        }
    }

    @Test func aReservedBlockTypeADistanceBeforeTheStartAndBadLengthsAreNamed() {
        let reserved = Self.gunzip(Self.member { $0.bits(0b111, 3) })
        #expect(reserved.error?.problem == .reservedBlockType)
        #expect(reserved.error?.description == "invalid block type 3 at byte 11")
        // A fixed block whose first symbol is a match: length 3 (code 257 = 0000001), distance 1.
        let far = Self.gunzip(Self.member { w in
            w.bits(1, 1)
            w.bits(1, 2)
            w.code(0b0000001, 7)
            w.code(0, 5)
        })
        #expect(far.error?.problem == .distanceTooFarBack(distance: 1, available: 0))
        #expect(far.error?.description.hasPrefix("invalid distance 1 too far back (0 bytes written)") == true)
        // One literal 'a' (fixed code 0x30 + 0x61, 8 bits), then a match reaching 2 back.
        let twoBack = Self.gunzip(Self.member { w in
            w.bits(1, 1)
            w.bits(1, 2)
            w.code(0x30 + 0x61, 8)
            w.code(0b0000001, 7)
            w.code(1, 5)
        })
        #expect(twoBack.error?.problem == .distanceTooFarBack(distance: 2, available: 1))
        // A stored block whose length and complement disagree.
        let stored = Self.gunzip(Self.member { w in
            w.bits(1, 3)
            w.bits(5, 5)
            w.bits(0x0005, 16)
            w.bits(0x0000, 16)
        })
        #expect(stored.error?.problem == .storedLengthMismatch)
        // A dynamic block whose code length code is over-subscribed (four codes of 1 bit).
        let lengths = Self.gunzip(Self.member { w in
            w.bits(0b101, 3)
            w.bits(0, 5)
            w.bits(0, 5)
            w.bits(0, 4)
            for _ in 0..<4 { w.bits(1, 3) }
        })
        #expect(lengths.error?.problem == .invalidCodeLengths("code length"))
        // Not deflate, reserved flags.
        #expect(Self.gunzip([0x1F, 0x8B, 7, 0, 0, 0, 0, 0, 0, 3]).error?.problem == .unknownMethod(7))
        #expect(Self.gunzip([0x1F, 0x8B, 8, 0x20, 0, 0, 0, 0, 0, 3]).error?.problem == .reservedFlags(0x20))
    }

    @Test func scoreReportsCorruptGzipWithTheProblemAndKeepsWhatCameBefore() {
        let dir = makeTemporaryDirectory("gzip-score")
        let records = (1...2000).map { "{\"id\":\"r\($0)\",\"text\":\"hybrid attack \($0)\"}" }.joined(separator: "\n") + "\n"
        var gz = Self.system("gzip -c", Array(records.utf8))
        gz[gz.count - 6] ^= 0x10
        writeFile(dir + "/bad.jsonl.gz", gz)
        let r = run(["score", "--format", "jsonl", dir + "/bad.jsonl.gz"])
        #expect(r.code == 1)
        #expect(r.stdout.split(separator: "\n").count == 2000)
        #expect(r.stderr.hasPrefix("narrascan: \(dir)/bad.jsonl.gz: corrupt or truncated gzip data (CRC-32 mismatch (stored 0x"))
        #expect(r.stderr.hasSuffix(" at byte \(gz.count - 8))\n"))
    }
}

/// A small seeded generator (SplitMix64), so the test data is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
