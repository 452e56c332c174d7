// Everything a feed or a scraped dump can send, one test each: the run must neither crash nor lose
// anything silently. Batch inputs go through `score` in-process; the stream through `stream`.

import Testing
@testable import NarrascanCLI
#if canImport(Glibc)
import Glibc
#endif

/// Bytes produced on demand, never held: a large input without a large allocation. The body
/// repeats `fill` with a newline every `lineLength` bytes (0: no newlines), then `tail` follows.
final class GeneratedInput: ByteInput {
    var remaining: Int
    let fill: UInt8
    let lineLength: Int
    var produced = 0
    let tail: [UInt8]
    var tailSent = false
    init(bytes: Int, fill: UInt8, lineLength: Int = 0, tail: String = "") {
        remaining = bytes
        self.fill = fill
        self.lineLength = lineLength
        self.tail = Array(tail.utf8)
    }
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        if remaining == 0 {
            if tailSent || tail.isEmpty { return 0 }
            tailSent = true
            let n = min(count, tail.count)
            tail.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: n) }
            return n
        }
        let n = min(count, remaining)
        memset(buffer, Int32(fill), n)
        if lineLength > 0 {
            let bytes = buffer.assumingMemoryBound(to: UInt8.self)
            var k = lineLength - 1 - produced % lineLength
            while k < n {
                bytes[k] = 0x0A
                k += lineLength
            }
        }
        produced += n
        remaining -= n
        return n
    }
}

@Suite struct InputHazardTests {
    let dir = makeTemporaryDirectory("hazards")

    func score(_ paths: [String], _ extra: [String] = []) -> RunResult {
        run(["score", "--format", "jsonl"] + extra + paths)
    }

    @Test func anEmptyTextFileIsADocumentWithNoWords() {
        writeFile(dir + "/empty.txt", "")
        let r = score([dir + "/empty.txt"])
        #expect(r.code == 0)
        #expect(r.stdout.hasPrefix(#"{"id":"empty","labels":[],"scores":{"hybrid-attack":0,"migrants-as-victims":0},"tokens":0"#))
    }

    @Test func anEmptyOrBlankJSONLFileHasNoRecords() {
        writeFile(dir + "/empty.jsonl", "")
        writeFile(dir + "/blank.jsonl", "\n\n  \n")
        let r = score([dir + "/empty.jsonl", dir + "/blank.jsonl"])
        #expect(r.code == 0 && r.stdout.isEmpty && r.stderr.isEmpty)
    }

    @Test func emptyLinesInAStreamEachGetAnErrorRecord() {
        let r = run(["stream"], stdin: "\n{\"text\":\"a\"}\n\n")
        #expect(r.stdout.split(separator: "\n").map(String.init) == [
            #"{"line":1,"error":"empty line"}"#,
            #"{"id":"2","labels":[],"scores":{"hybrid-attack":0,"migrants-as-victims":0},"tokens":1}"#,
            #"{"line":3,"error":"empty line"}"#,
        ])
    }

    @Test func aFiftyMegabyteLineIsReportedAndSkippedThenTheStreamGoesOn() {
        var input = Array("{\"text\":\"".utf8)
        input += [UInt8](repeating: 0x61, count: 50 << 20)
        input += Array("\"}\n{\"id\":\"next\",\"text\":\"hybrid attack\"}\n".utf8)
        let r = run(["stream"], stdin: input, chunk: 1 << 20)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == #"{"line":1,"error":"line of 52428811 bytes is longer than --max-line-bytes 16777216; skipped"}"#)
        #expect(lines[1].hasPrefix(#"{"id":"next","labels":["hybrid-attack"]"#))
        #expect(r.code == 0)
    }

    @Test func aFiftyMegabyteLineIsScoredWhenTheLimitAllowsIt() {
        var input = Array("{\"id\":\"big\",\"text\":\"hybrid attack ".utf8)
        input += [UInt8](repeating: 0x61, count: 50 << 20)
        input += Array("\"}\n".utf8)
        let r = run(["stream", "--max-line-bytes", String(64 << 20)], stdin: input)
        #expect(r.stdout.hasPrefix(#"{"id":"big","labels":["hybrid-attack"]"#))
    }

    @Test func aGigabyteInputIsReadThroughABoundedBuffer() throws {
        // 1 GiB of 1 KiB lines, then one record. Nothing of it is held beyond the 64 KiB buffer.
        let input = GeneratedInput(bytes: 1 << 30, fill: 0x20, lineLength: 1024, tail: "{\"id\":\"last\",\"text\":\"x\"}\n")
        let reader = LineReader(input: input)
        var lines = 0
        var last = ""
        while let event = try reader.next() {
            lines += 1
            if case .line(let l) = event, l.first == UInt8(ascii: "{") { last = String(decoding: l, as: UTF8.self) }
        }
        #expect(lines == (1 << 20) + 1)
        #expect(last == #"{"id":"last","text":"x"}"#)
        #expect(reader.bufferCapacity == 1 << 16)
    }

    @Test func aGigabyteSingleLineIsSkippedWithoutBeingHeld() throws {
        let input = GeneratedInput(bytes: 1 << 30, fill: 0x61, tail: "\nnext\n")
        let reader = LineReader(input: input, maxLineBytes: 16 << 20)
        guard case .oversized(let length) = try reader.next() else {
            Issue.record("expected an oversized line")
            return
        }
        #expect(length == 1 << 30)
        guard case .line(let next) = try reader.next() else {
            Issue.record("expected the next line")
            return
        }
        #expect(String(decoding: next, as: UTF8.self) == "next")
        #expect(reader.bufferCapacity <= 32 << 20)
    }

    @Test func invalidUTF8IsScoredAndTheOutputStaysValidJSON() {
        var bytes = Array("hybrid ".utf8) + [0xC3] + Array(" attack hybrid attack ".utf8) + [0xED, 0xA0, 0x80, 0xC0, 0xAF, 0x80, 0xFF]
        writeFile(dir + "/bad-utf8.txt", bytes)
        let r = score([dir + "/bad-utf8.txt"])
        #expect(r.code == 0)
        #expect(r.stdout.contains(#""labels":["hybrid-attack"]"#))
        #expect(r.stdout.contains(#""tokens":4"#))  // the first pair is split by an invalid byte
        bytes = Array("{\"id\":\"".utf8) + [0xFF] + Array("\",\"text\":\"x\"}\n".utf8)
        let s = run(["stream"], stdin: bytes)
        #expect(s.stdout.hasPrefix("{\"id\":\"\u{FFFD}\""))
    }

    @Test func aUTF8BOMIsIgnored() {
        writeFile(dir + "/bom.txt", [0xEF, 0xBB, 0xBF] + Array("hybrid attack".utf8))
        writeFile(dir + "/bom.jsonl", [0xEF, 0xBB, 0xBF] + Array("{\"id\":\"b\",\"text\":\"hybrid attack\"}\n".utf8))
        let r = score([dir + "/bom.txt", dir + "/bom.jsonl"], ["--evidence"])
        #expect(r.code == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.contains(#""start":0,"end":13"#) })
        #expect(run(["stream"], stdin: [0xEF, 0xBB, 0xBF] + Array("{\"text\":\"a\"}\n".utf8)).stdout.hasPrefix(#"{"id":"1""#))
    }

    @Test func utf16TextIsDecodedAndUTF16JSONLIsReported() {
        var le: [UInt8] = [0xFF, 0xFE]
        for unit in "Гибридная hybrid attack".utf16 { le += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        writeFile(dir + "/u16.txt", le)
        writeFile(dir + "/u16.jsonl", le)
        let r = score([dir + "/u16.txt", dir + "/u16.jsonl"])
        #expect(r.code == 1)
        #expect(r.stdout.contains(#""id":"u16","labels":["hybrid-attack"]"#))
        #expect(r.stderr == "narrascan: \(dir)/u16.jsonl: UTF-16 text; narrascan reads UTF-8 (convert with: iconv -f UTF-16 -t UTF-8)\n")
    }

    @Test(arguments: [
        ([0x1F, 0x8B, 0x08, 0x00, 0x00] as [UInt8], "corrupt or truncated gzip data (unexpected end of data at byte 5)"),
        (Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), "a PDF document, not text"),
        ([0x7B, 0x22, 0x00, 0x01, 0x02, 0x0A], "binary data (NUL bytes), not text"),
    ])
    func binaryContentIsReportedAndTheBatchGoesOn(bytes: [UInt8], reason: String) {
        let name = "bin-\(reason.count).jsonl"
        writeFile(dir + "/" + name, bytes)
        writeFile(dir + "/fine.txt", "hybrid attack")
        let r = score([dir + "/" + name, dir + "/fine.txt"])
        #expect(r.code == 1)
        #expect(r.stderr == "narrascan: \(dir)/\(name): \(reason)\n")
        #expect(r.stdout.contains(#""id":"fine""#))
    }

    @Test func crlfEndsARecordButALoneCRDoesNot() {
        // Three LF-terminated lines as `wc -l` counts them; the second holds a lone CR between
        // two JSON values, so it is one bad record, and the third keeps its line number 3.
        let input = "{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r{\"id\":\"c\",\"text\":\"z\"}\n{\"text\":\"w\"}\r\n"
        writeFile(dir + "/endings.jsonl", input)
        let r = score([dir + "/endings.jsonl"])
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == 2)
        #expect(out.first?.hasPrefix(#"{"id":"a","#) == true)
        #expect(out.last?.hasPrefix(#"{"id":"\#(dir)/endings.jsonl:3","#) == true)
        #expect(r.stderr.contains("endings.jsonl:2: invalid record"))
        let s = run(["stream"], stdin: input)
        let lines = s.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix(#"{"line":2,"error":"#))
        #expect(lines[2].hasPrefix(#"{"id":"3","#))
        let plain = run(["stream", "--plain"], stdin: "one\rstill one\r\ntwo\n")
        #expect(plain.stdout.split(separator: "\n").map { $0.prefix(9) } == [#"{"id":"1""#, #"{"id":"2""#])
    }

    @Test func awkwardButValidJSONIsRead() {
        let lines = [
            #"{"id":"esc","text":"\u0068ybrid \u0061ttack \ud83d\ude00"}"#,
            #"{"id":"nest","meta":{"a":[1,{"b":[]}],"c":"}"},"text":"hybrid attack"}"#,
            #"{"id":"dup","text":"nothing","text":"hybrid attack"}"#,
            #"{"text":"no id here"}"#,
        ]
        let r = run(["stream"], stdin: lines.joined(separator: "\n") + "\n")
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == 4)
        #expect(out[0].hasPrefix(#"{"id":"esc","labels":["hybrid-attack"]"#))
        #expect(out[1].hasPrefix(#"{"id":"nest","labels":["hybrid-attack"]"#))
        #expect(out[2].hasPrefix(#"{"id":"dup","labels":["hybrid-attack"]"#))
        #expect(out[3].hasPrefix(#"{"id":"4","#))
    }

    @Test func badRecordsInABatchAreReportedWithFileAndLine() {
        writeFile(dir + "/mixed.jsonl", "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":null}\n{\"id\":\"c\",\"text\":7}\n{\"id\":\"d\",\"text\":\"y\"}\n")
        let r = score([dir + "/mixed.jsonl"])
        #expect(r.code == 1)
        #expect(r.stdout.split(separator: "\n").map { $0.prefix(10) } == [#"{"id":"a","#, #"{"id":"d","#])
        #expect(r.stderr == """
            narrascan: \(dir)/mixed.jsonl:2: invalid record: column 18: field 'text' must be a string, not null
            narrascan: \(dir)/mixed.jsonl:3: invalid record: column 18: field 'text' must be a string, not a number

            """)
        let fast = run(["score", "--fail-fast", dir + "/mixed.jsonl"])
        #expect(fast.code == 1)
        #expect(fast.stdout.split(separator: "\n").count == 1)
        #expect(fast.stderr.split(separator: "\n").count == 1)
    }

    @Test func directoriesWithLoopsFIFOsSocketsAndUnreadableFilesAreWalkedSafely() throws {
        let root = makeTemporaryDirectory("walk")
        mkdir(root + "/sub", 0o755)
        writeFile(root + "/a.txt", "hybrid attack")
        writeFile(root + "/sub/b.txt", "pushed back")
        writeFile(root + "/ignored.bin", "x")
        symlink(root, root + "/sub/loop")  // a loop back to the top
        symlink("/nonexistent/target.txt", root + "/sub/gone.txt")  // dangling
        mkfifo(root + "/sub/pipe.jsonl", 0o644)
        symlink("/proc/self/mem", root + "/sub/mem.txt")  // opens, but every read fails (even for root)
        let sock = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let socketPath = root + "/sub/sock.txt"
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (k, b) in socketPath.utf8.enumerated() { raw[k] = b }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(sock, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)
        defer { close(sock) }

        let r = score([root])
        #expect(r.code == 1)
        let ids = r.stdout.split(separator: "\n").map { String($0.split(separator: ",")[0]) }
        #expect(ids == [#"{"id":"a""#, #"{"id":"b""#])
        let problems = r.stderr.split(separator: "\n").map(String.init)
        #expect(problems.count == 5)
        #expect(problems.last == "narrascan: not scored: 1 file (1 .bin); --verbose lists them")
        #expect(problems.contains("narrascan: \(root)/sub/gone.txt: no such file or directory"))
        #expect(problems.contains("narrascan: \(root)/sub/pipe.jsonl: not a regular file (FIFO, socket or device); skipped"))
        #expect(problems.contains("narrascan: \(root)/sub/sock.txt: not a regular file (FIFO, socket or device); skipped"))
        #expect(problems.contains { $0.hasPrefix("narrascan: \(root)/sub/mem.txt: read failed") })
    }

    @Test func aPathThatDisappearsMidRunIsReportedAndTheRestGoesOn() throws {
        let root = makeTemporaryDirectory("vanish")
        writeFile(root + "/1.txt", "hybrid attack")
        writeFile(root + "/2.txt", "pushed back")
        writeFile(root + "/3.jsonl", "{\"text\":\"x\"}\n")
        let items = try InputCollector().collect([root])
        unlink(root + "/2.txt")
        unlink(root + "/3.jsonl")
        let out = MemoryOutput(), err = MemoryOutput()
        let context = CommandContext(stdout: out, stderr: err, stdin: MemoryInput([]), environment: ["NARRASCAN_LEXICONS": testLexiconDirectory])
        let classifier = try LexiconLoader(context: context).classifier(nil)
        let pipeline = ScorePipeline(
            classifier: classifier, formatter: ResultFormatter(format: .jsonl, narratives: classifier.lexicons.names, includeEvidence: false),
            parser: JSONRecordParser(), jobs: 2, failFast: false, context: context)
        var reader = BatchReader(source: DocumentSource(maxLineBytes: 1 << 20, stdin: context.stdin))
        for item in items { try reader.feed(item.get(), to: pipeline) }
        try pipeline.finish()
        #expect(pipeline.failures == 2)
        #expect(pipeline.documents == 1)
        #expect(err.text == "narrascan: \(root)/2.txt: no such file or directory\nnarrascan: \(root)/3.jsonl: no such file or directory\n")
    }

    @Test func streamFlushesEveryRecordBeforeWaitingForTheNext() {
        let out = MemoryOutput()
        let input = ScriptedInput(["{\"text\":\"a\"}\n", "bad\n", "{\"text\":\"b\"}\n"], output: out)
        let context = CommandContext(stdout: out, stderr: MemoryOutput(), stdin: input, environment: ["NARRASCAN_LEXICONS": testLexiconDirectory])
        #expect(NarrascanCommand.main(["stream"], context: context) == 0)
        #expect(out.text.split(separator: "\n").count == 3)
        #expect(input.linesBeforeRead == [0, 1, 2, 3], "a record's result was still buffered when the stream waited for input")
    }

    @Test(arguments: [1, 2, 3, 7, 65536])
    func streamOutputDoesNotDependOnHowInputArrives(chunk: Int) {
        let input = (0..<40).map { "{\"id\":\"\($0)\",\"text\":\"hybrid attack \($0) pushed back\"}" }.joined(separator: "\r\n") + "\nlast line without json"
        let whole = run(["stream", "--evidence"], stdin: input)
        let chunked = run(["stream", "--evidence"], stdin: input, chunk: chunk)
        #expect(chunked.stdout == whole.stdout)
        #expect(whole.stdout.split(separator: "\n").count == 41)
    }

    @Test func streamAndBatchAgree() {
        let records = (0..<30).map { "{\"id\":\"r\($0)\",\"text\":\"hybrid attack and migrants pushed back \($0)\"}" }
        writeFile(dir + "/agree.jsonl", records.joined(separator: "\n") + "\n")
        let batch = run(["score", "--format", "jsonl", "--evidence", dir + "/agree.jsonl"])
        let stream = run(["stream", "--evidence"], stdin: records.joined(separator: "\n") + "\n")
        #expect(batch.stdout == stream.stdout)
    }
}
