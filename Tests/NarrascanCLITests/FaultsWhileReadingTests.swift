// Faults while reading: files that change on disk while `score` reads them, a `stream` writer that
// pauses, sends partial lines or stops mid-record, and lexicons rewritten during a run. The file
// faults are real (truncate, append, unlink on the real file system); `CommandContext.openFile`
// only decides *when* they happen: right after the first read of the chosen file, so every run
// sees the same interleaving.

import NarrascanCLI
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A real file input that runs `afterFirstRead` once, after its first read returned data.
final class FaultingInput: ByteInput {
    let inner: any ByteInput
    var afterFirstRead: (() -> Void)?
    init(_ inner: any ByteInput, afterFirstRead: @escaping () -> Void) {
        self.inner = inner
        self.afterFirstRead = afterFirstRead
    }
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        let n = try inner.read(into: buffer, count: count)
        if n > 0, let fault = afterFirstRead {
            afterFirstRead = nil
            fault()
        }
        return n
    }
}

/// Hands out `chunks` one per read (a writer that pauses between them: it is never ready before a
/// read), noting how many output lines had been flushed, so a reader could see them, when each
/// read was made.
final class ScriptedInput: ByteInput {
    var chunks: [[UInt8]]
    let output: MemoryOutput
    var linesBeforeRead: [Int] = []
    init(_ chunks: [String], output: MemoryOutput) {
        self.chunks = chunks.map { Array($0.utf8) }
        self.output = output
    }
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        linesBeforeRead.append(output.flushedLineCount)
        guard !chunks.isEmpty else { return 0 }
        var chunk = chunks.removeFirst()
        if chunk.count > count {
            chunks.insert(Array(chunk[count...]), at: 0)
            chunk = Array(chunk[..<count])
        }
        chunk.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
        return chunk.count
    }
}

func appendToFile(_ path: String, _ text: String) {
    let fd = open(path, O_WRONLY | O_APPEND)
    precondition(fd >= 0)
    _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

/// JSONL records of `count` lines with ids `name-0`, `name-1`, … (about 70 bytes each).
func records(_ name: String, _ count: Int) -> String {
    (0..<count).map { "{\"id\":\"\(name)-\($0)\",\"text\":\"hybrid attack and migrants pushed back, record \($0)\"}\n" }.joined()
}

/// The ids in `score --format jsonl` output, in order.
func ids(_ output: String) -> [String] {
    output.split(separator: "\n").compactMap { line in
        let key = "{\"id\":\""
        guard line.hasPrefix(key) else { return nil }
        return String(line.dropFirst(key.count).prefix { $0 != "\"" })
    }
}

@Suite struct FaultsWhileReadingTests {
    func score(_ arguments: [String], lexicons: String = testLexiconDirectory, openFile: @escaping (String) throws(InputError) -> any ByteInput) -> RunResult {
        let out = MemoryOutput(), err = MemoryOutput()
        let context = CommandContext(
            stdout: out, stderr: err, stdin: MemoryInput([]), environment: ["NARRASCAN_LEXICONS": lexicons], cores: 2, openFile: openFile)
        let code = NarrascanCommand.main(["score", "--format", "jsonl"] + arguments, context: context)
        return RunResult(code: code, stdout: out.text, stderr: err.text, flushes: out.flushCount)
    }

    @Test(arguments: [1, 3])
    func filesThatShrinkGrowOrVanishWhileReadAreReportedOnceAndTheRestIsScored(jobs: Int) throws {
        let root = makeTemporaryDirectory("faults")
        // Stable files, JSONL ones several 64 KiB reads long.
        writeFile(root + "/a-stable.jsonl", records("a", 2000))
        writeFile(root + "/b-stable.txt", "hybrid attack")
        writeFile(root + "/z-stable.jsonl", records("z", 1500))
        // Victims, each changed right after its first read.
        writeFile(root + "/c-shrink.jsonl", records("c", 2000))
        writeFile(root + "/d-grow.jsonl", records("d", 2000))
        writeFile(root + "/e-shrink.txt", String(repeating: "pushed back ", count: 12_000))
        writeFile(root + "/f-grow.txt", String(repeating: "pushed back ", count: 12_000))
        writeFile(root + "/g-vanish.txt", "hybrid attack")
        writeFile(root + "/h-unlinked-while-open.jsonl", records("h", 1500))
        let faults: [String: () -> Void] = [
            "c-shrink.jsonl": { truncate(root + "/c-shrink.jsonl", 1000) },
            "d-grow.jsonl": { appendToFile(root + "/d-grow.jsonl", records("d-extra", 10)) },
            "e-shrink.txt": { truncate(root + "/e-shrink.txt", 100) },
            "f-grow.txt": { appendToFile(root + "/f-grow.txt", "more words") },
            "h-unlinked-while-open.jsonl": { unlink(root + "/h-unlinked-while-open.jsonl") },
        ]
        let r = score(["--jobs", String(jobs), root]) { (path) throws(InputError) in
            let name = String(path[path.index(after: path.lastIndex(of: "/")!)...])
            if name == "g-vanish.txt" { unlink(path) }  // gone between the directory walk and the read
            let input = try FileDescriptorInput(path: path)
            guard let fault = faults[name] else { return input }
            return FaultingInput(input, afterFirstRead: fault)
        }
        #expect(r.code == 1)
        let problems = r.stderr.split(separator: "\n").map(String.init)
        #expect(problems.count == 5, "\(problems)")
        for victim in ["c-shrink.jsonl", "d-grow.jsonl", "e-shrink.txt", "f-grow.txt", "g-vanish.txt"] {
            #expect(problems.filter { $0.hasPrefix("narrascan: \(root)/\(victim): ") }.count == 1, "\(victim): \(problems)")
        }
        #expect(problems.contains("narrascan: \(root)/g-vanish.txt: no such file or directory"))
        #expect(problems.filter { $0.contains("changed while being read") }.count == 4)
        let seen = ids(r.stdout)
        #expect(Set(seen).count == seen.count, "a record was written twice")
        #expect(seen.filter { $0.hasPrefix("a-") } == (0..<2000).map { "a-\($0)" })
        #expect(seen.filter { $0.hasPrefix("z-") } == (0..<1500).map { "z-\($0)" })
        #expect(seen.filter { $0.hasPrefix("h-") } == (0..<1500).map { "h-\($0)" }, "an unlinked open file is still read whole")
        #expect(seen.contains("b-stable"))
        #expect(!seen.contains("e-shrink") && !seen.contains("f-grow") && !seen.contains("g-vanish"), "a text file that changed is not scored")
    }

    @Test func aStreamWriterThatPausesMidRecordGetsEachLineWhenItCompletes() {
        let out = MemoryOutput(), err = MemoryOutput()
        let input = ScriptedInput([
            "{\"id\":\"a\",\"te", "xt\":\"hybrid attack\"}\n{\"id\":\"b\",", "\"text\":\"x\"}", "\n", "\r\n{\"id\":\"c\",\"text\":\"pushed",
        ], output: out)
        let context = CommandContext(stdout: out, stderr: err, stdin: input, environment: ["NARRASCAN_LEXICONS": testLexiconDirectory])
        let code = NarrascanCommand.main(["stream"], context: context)
        #expect(code == 0)
        // Reads 1–5 hand out the chunks, read 6 finds the end. Record a is answered once its
        // line ends (in chunk 2), b once chunk 4 ends it; the empty line (CR LF) gets its error
        // record, and the tail, cut mid-record, gets an error record at the end.
        #expect(input.linesBeforeRead == [0, 0, 1, 1, 2, 3])
        let lines = out.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("{\"id\":\"a\",\"labels\":[\"hybrid-attack\"]"))
        #expect(lines[1].hasPrefix("{\"id\":\"b\","))
        #expect(lines[2] == "{\"line\":3,\"error\":\"empty line\"}")
        #expect(lines[3].hasPrefix("{\"line\":4,\"error\":\"invalid record:"))
        #expect(err.text == "")
    }

    @Test(arguments: [1, 2, 5, 64])
    func aStreamCutAtAnyByteLosesAndDuplicatesNothing(chunk: Int) {
        let full = records("s", 20)
        let bytes = Array(full.utf8)
        for cut in stride(from: 1, to: bytes.count, by: 97) {
            let r = run(["stream"], stdin: Array(bytes[..<cut]), chunk: chunk)
            let complete = bytes[..<cut].filter { $0 == 0x0A }.count
            let lines = r.stdout.split(separator: "\n")
            let partial = cut > 0 && bytes[cut - 1] != 0x0A
            #expect(lines.count == complete + (partial ? 1 : 0), "cut at \(cut)")
            #expect(ids(r.stdout) == (0..<complete).map { "s-\($0)" }, "cut at \(cut)")
            if partial { #expect(lines.last?.hasPrefix("{\"line\":\(complete + 1),\"error\":") == true, "cut at \(cut)") }
        }
    }

    @Test func aLexiconRewrittenDuringARunDoesNotChangeThatRun() throws {
        let lexicons = makeTemporaryDirectory("lexicon-change")
        let original = """
            @narrative hybrid-attack
            @title Hybrid attack
            @description Belarus weaponises migrants.
            @threshold 0.5
            3 hybrid attack
            """
        writeFile(lexicons + "/hybrid-attack.lex", original)
        let docs = makeTemporaryDirectory("lexicon-change-docs")
        for k in 0..<40 { writeFile(docs + "/\(k < 10 ? "0" : "")\(k).txt", k % 2 == 0 ? "a hybrid attack" : "migrants pushed back") }
        let plain = score([docs], lexicons: lexicons) { (path) throws(InputError) in try FileDescriptorInput(path: path) }
        var rewritten = false
        let changing = score([docs], lexicons: lexicons) { (path) throws(InputError) in
            if !rewritten {
                rewritten = true
                writeFile(lexicons + "/hybrid-attack.lex", "@narrative hybrid-attack\n@title H\n@description H\n@threshold 0.5\n3 pushed back\n")
                writeFile(lexicons + "/extra.lex", "@narrative extra\n@title E\n@description E\n@threshold 0.1\n1 migrants\n")
            }
            return try FileDescriptorInput(path: path)
        }
        #expect(rewritten)
        #expect(plain.code == 0 && changing.code == 0)
        #expect(changing.stdout == plain.stdout)
        // The change is real: the next run reads the new lexicons and scores differently.
        let next = score([docs], lexicons: lexicons) { (path) throws(InputError) in try FileDescriptorInput(path: path) }
        #expect(next.stdout != plain.stdout)
    }
}
