// Fuzzes `stream`'s line framing (`LineReader`): whatever the bytes, the chunk sizes the input
// arrives in and the line limit, it hands out exactly the lines a plain split finds (LF ends a line,
// a CR just before it is dropped, a lone CR stays in its line; a final line without an LF counts), in order, each either whole
// or, when longer than the limit, as `.oversized` with its true length.
// The first two input bytes choose the read chunk size (1–16) and the limit (1–64 bytes); the
// buffer starts at its 16-byte minimum, so growing, compacting and skipping are all exercised.

import NarrascanCLI

/// `line-framing`: `LineReader` against a plain split.
public struct LineFramingFuzzTarget: FuzzTarget {
    public let name = "line-framing"
    public let seeds = FuzzSeeds("Samples/feeds/*.jsonl")
    public let maxInputBytes = 1024

    public init() {}

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        guard input.count >= 2 else { return }
        let chunk = Int(input[0] % 16) + 1
        let limit = Int(input[1] % 64) + 1
        let body = Array(input[2...])
        let reader = LineReader(input: MemoryInput(body, chunk: chunk), maxLineBytes: limit, bufferSize: 16)
        let expected = Self.split(body)
        var k = 0
        while true {
            let event: LineEvent?
            do { event = try reader.next() } catch {
                throw FuzzFailure(target: name, message: "memory input failed: \(error)")
            }
            guard let event else { break }
            try require(k < expected.count, "line \(k + 1) handed out, but the input has \(expected.count) lines")
            try require(reader.lineNumber == k + 1, "line number \(reader.lineNumber) for line \(k + 1)")
            let want = expected[k]
            switch event {
            case .line(let bytes):
                try require(want.count <= limit, "line \(k + 1) of \(want.count) bytes handed out whole; the limit is \(limit)")
                try require(Array(bytes) == want, "line \(k + 1) is \(Array(bytes)), expected \(want)")
            case .oversized(let length):
                try require(want.count > limit, "line \(k + 1) of \(want.count) bytes reported oversized; the limit is \(limit)")
                try require(length == want.count, "oversized line \(k + 1) reported as \(length) bytes, it has \(want.count)")
            }
            k += 1
        }
        try require(k == expected.count, "\(k) lines handed out, the input has \(expected.count)")
    }

    /// The reference split (the contract `stream` keeps): LF ends a line and a CR just before it
    /// is dropped; a lone CR is part of its line; a non-empty tail is a line as it is.
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for b in bytes {
            if b == 0x0A {
                if current.last == 0x0D { current.removeLast() }
                lines.append(current)
                current = []
            } else {
                current.append(b)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
