// The line reader: LF and CRLF endings, a lone CR kept inside its line, a last line without an ending, oversized lines
// skipped without being held, identical results at every buffer size.

import Testing
@testable import NarrascanCLI

@Suite struct LineReaderTests {
    func lines(_ text: [UInt8], chunk: Int = .max, bufferSize: Int = 1 << 16, max: Int = 1 << 20) throws -> [String] {
        let reader = LineReader(input: MemoryInput(text, chunk: chunk), maxLineBytes: max, bufferSize: bufferSize)
        var result: [String] = []
        while let event = try reader.next() {
            switch event {
            case .line(let l): result.append(String(decoding: l, as: UTF8.self))
            case .oversized(let n): result.append("<\(n) bytes>")
            }
        }
        return result
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 16])
    func splitsEveryLineEndingAtEveryChunkSize(chunk: Int) throws {
        let text = Array("a\nb\r\nc\rd\n\ne\r\r\nf\r".utf8)
        #expect(try lines(text, chunk: chunk, bufferSize: 16) == ["a", "b", "c\rd", "", "e\r", "f\r"])
    }

    @Test func emptyInputHasNoLinesAndATrailingNewlineAddsNone() throws {
        #expect(try lines([]).isEmpty)
        #expect(try lines(Array("x\n".utf8)) == ["x"])
        #expect(try lines(Array("\n".utf8)) == [""])
    }

    @Test(arguments: [1, 5, 4096])
    func skipsOversizedLinesAndCountsThem(chunk: Int) throws {
        let long = String(repeating: "x", count: 100)
        let text = Array("ok\n\(long)\r\nafter\n\(long)".utf8)
        #expect(try lines(text, chunk: chunk, bufferSize: 16, max: 50) == ["ok", "<100 bytes>", "after", "<100 bytes>"])
        let crInside = Array("ok\n\(long)\r\(long)\nafter".utf8)
        #expect(try lines(crInside, chunk: chunk, bufferSize: 16, max: 150) == ["ok", "<201 bytes>", "after"])
    }

    @Test func countsLineNumbers() throws {
        let reader = LineReader(input: MemoryInput("a\nb\nc"))
        while try reader.next() != nil {}
        #expect(reader.lineNumber == 3)
    }
}

/// The reader with a `LineArena` (`score`'s JSONL path): the same lines as without one, at every
/// chunk and block size, and every line handed out stays intact while its block is retained, as a
/// batch window retains it: nothing read later moves or overwrites it.
@Suite struct LineArenaReaderTests {
    /// Reads `inputs` one after the other through one arena, retaining the block of every line
    /// as a window would; returns each input's lines, read back only after all were read.
    func lines(_ inputs: [[UInt8]], chunk: Int = .max, blockSize: Int, max: Int = 1 << 20) throws -> (lines: [[String]], arena: LineArena) {
        let arena = LineArena(blockSize: blockSize)
        var held: [[(block: LineBlock, offset: Int, count: Int)?]] = []
        var oversized: [[Int]] = []
        for text in inputs {
            let reader = LineReader(input: MemoryInput(text, chunk: chunk), maxLineBytes: max, arena: arena)
            var mine: [(block: LineBlock, offset: Int, count: Int)?] = []
            var skipped: [Int] = []
            while let event = try reader.next() {
                switch event {
                case .line(let l):
                    let offset = try #require(arena.offset(of: l), "a line outside the arena's current block")
                    arena.retain(arena.current)
                    mine.append((arena.current, offset, l.count))
                case .oversized(let n):
                    mine.append(nil)
                    skipped.append(n)
                }
            }
            reader.finish()
            held.append(mine)
            oversized.append(skipped)
        }
        let result = zip(held, oversized).map { (mine, skipped) -> [String] in
            var s = skipped.makeIterator()
            return mine.map { line in
                guard let line else { return "<\(s.next()!) bytes>" }
                return String(decoding: UnsafeBufferPointer(start: line.block.base + line.offset, count: line.count), as: UTF8.self)
            }
        }
        return (result, arena)
    }

    @Test(arguments: [1, 2, 3, 7, 64, 1 << 16], [16, 64, 1 << 16])
    func splitsEveryLineEndingAndKeepsEveryLine(chunk: Int, blockSize: Int) throws {
        let text = Array("a\nb\r\nc\rd\n\ne\r\r\nf\r".utf8)
        let plain = try LineReaderTests().lines(text, chunk: chunk, bufferSize: 16)
        let (read, _) = try lines([text, text], chunk: chunk, blockSize: blockSize)
        #expect(read == [plain, plain])
        #expect(plain == ["a", "b", "c\rd", "", "e\r", "f\r"])
    }

    @Test(arguments: [1, 5, 4096], [16, 40, 256])
    func skipsOversizedLinesWithoutTouchingTheLinesBefore(chunk: Int, blockSize: Int) throws {
        let long = String(repeating: "x", count: 100)
        let text = Array("ok\n\(long)\r\nafter\n\(long)".utf8)
        let crInside = Array("ok\n\(long)\r\(long)\nafter".utf8)
        let (read, _) = try lines([text, crInside], chunk: chunk, blockSize: blockSize, max: 50)
        #expect(read == [["ok", "<100 bytes>", "after", "<100 bytes>"], ["ok", "<201 bytes>", "after"]])
        let (long150, _) = try lines([crInside], chunk: chunk, blockSize: blockSize, max: 150)
        #expect(long150 == [["ok", "<201 bytes>", "after"]])
    }

    @Test(arguments: [1, 7, 1 << 16])
    func manyLinesAcrossManyBlocksStayIntactAndLongOnesGetABiggerBlock(chunk: Int) throws {
        var state: UInt64 = 42
        let expected = (0..<500).map { k -> String in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(state >> 33) % (k % 50 == 0 ? 300 : 40)  // some longer than a block
            return "\(k):" + String(repeating: "é", count: length / 2)
        }
        let text = Array(expected.joined(separator: "\n").utf8)
        let (read, arena) = try lines([text], chunk: chunk, blockSize: 128)
        #expect(read == [expected])
        #expect(arena.allocatedBlocks > 10)
    }

    @Test func releasedBlocksAreReadIntoAgainAndRetainedOnesNeverAre() throws {
        let arena = LineArena(blockSize: 64)
        let text = Array((0..<2000).map { "line \($0)" }.joined(separator: "\n").utf8)
        let reader = LineReader(input: MemoryInput(text, chunk: 13), maxLineBytes: 1000, arena: arena)
        var window: [(LineBlock, Int, Int, String)] = []
        var count = 0
        while let event = try reader.next() {
            guard case .line(let l) = event else { continue }
            if window.last?.0 !== arena.current { arena.retain(arena.current) }
            window.append((arena.current, try #require(arena.offset(of: l)), l.count, String(decoding: l, as: UTF8.self)))
            count += 1
            if window.count == 25 {  // a window is written: its lines must still read as they were read
                for (block, offset, n, text) in window {
                    #expect(String(decoding: UnsafeBufferPointer(start: block.base + offset, count: n), as: UTF8.self) == text)
                }
                var last: LineBlock?
                for (block, _, _, _) in window where block !== last {
                    arena.release(block)
                    last = block
                }
                window.removeAll()
            }
        }
        reader.finish()
        #expect(count == 2000)
        #expect(arena.allocatedBlocks < 10, "blocks no window holds are reused")
    }
}
