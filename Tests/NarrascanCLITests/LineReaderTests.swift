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
