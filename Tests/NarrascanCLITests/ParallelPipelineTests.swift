// The parallel batch pipeline (`score --jobs N`: the window, the slices scored concurrently, the
// ordered writer), driven hard enough to cross several windows. CI runs this suite under
// ThreadSanitizer (`swift test --sanitize=thread --filter ParallelPipelineTests`): a data race here
// would corrupt output without crashing, so the output is also compared byte for byte across --jobs.

@testable import NarrascanCLI
import Testing

@Suite struct ParallelPipelineTests {
    /// JSONL with good records, bad ones (bad JSON, no text) and an oversized line, in files
    /// large enough that 1 and 2 jobs fill more than one window (4,096 documents per job).
    static let directory: String = {
        let dir = makeTemporaryDirectory("parallel")
        for file in 0..<3 {
            var lines: [String] = []
            for k in 0..<3000 {
                switch k % 97 {
                case 13: lines.append("{\"id\":\"f\(file)-\(k)\",\"text\":")  // truncated record
                case 41: lines.append("{\"id\":\"f\(file)-\(k)\"}")  // no text
                case 77: lines.append(String(repeating: "x", count: 3000))  // over --max-line-bytes
                default:
                    let words = ["hybrid attack", "migrants pushed back", "froze to death", "weaponised migrants", "a quiet day"]
                    lines.append("{\"id\":\"f\(file)-\(k)\",\"text\":\"\(words[k % words.count]) \(k) \(words[(k / 5) % words.count])\"}")
                }
            }
            writeFile(dir + "/f\(file).jsonl", lines.joined(separator: "\n") + "\n")
        }
        writeFile(dir + "/g.txt", "so-called hybrid attack, migrants pushed back")
        return dir
    }()

    func score(jobs: Int) -> RunResult {
        run(["score", "--format", "jsonl", "--evidence", "--max-line-bytes", "2048", "--jobs", String(jobs), Self.directory])
    }

    @Test(arguments: [2, 3, 8])
    func outputIsByteIdenticalForAnyNumberOfJobs(jobs: Int) {
        let one = score(jobs: 1)
        let many = score(jobs: jobs)
        #expect(one.code == 1)
        #expect(many.code == one.code)
        #expect(many.stdout == one.stdout)
        #expect(many.stderr == one.stderr)
        // 3 files × 3,000 lines, 3 bad lines in every 97, plus the text file.
        let bad = (0..<3000).filter { [13, 41, 77].contains($0 % 97) }.count
        #expect(one.stdout.split(separator: "\n").count == 3 * (3000 - bad) + 1)
        #expect(one.stderr.split(separator: "\n").count == 3 * bad)
    }

    @Test func failuresAreReportedInInputOrder() {
        let r = score(jobs: 4)
        let lines = r.stderr.split(separator: "\n")
        let positions = lines.map { line -> (String, Int) in
            let parts = line.split(separator: ":")
            return (String(parts[1]), Int(parts[2]) ?? -1)
        }
        #expect(positions.map(\.0) == positions.map(\.0).sorted())
        for file in Set(positions.map(\.0)) {
            let numbers = positions.filter { $0.0 == file }.map(\.1)
            #expect(numbers == numbers.sorted() && !numbers.contains(-1), "\(file)")
        }
    }

    /// Scores the test directory through `BatchReader` and a pipeline whose line arena has
    /// `blockSize`-byte blocks (lines of up to 3,000 bytes: many cross a block, and a window
    /// holds lines of many blocks while the reader fills the next); with `copying`, every line
    /// is handed over as `WorkItem.line` bytes instead (the path that copies into the window).
    func scoreThroughPipeline(jobs: Int, blockSize: Int, copying: Bool = false) throws -> (stdout: String, stderr: String, arena: LineArena) {
        let out = MemoryOutput(), err = MemoryOutput()
        let context = CommandContext(stdout: out, stderr: err, stdin: MemoryInput([]), environment: ["NARRASCAN_LEXICONS": testLexiconDirectory])
        let classifier = try LexiconLoader(context: context).classifier(nil)
        let formatter = ResultFormatter(format: .jsonl, narratives: classifier.lexicons.names, includeEvidence: true)
        let pipeline = ScorePipeline(
            classifier: classifier, formatter: formatter, parser: JSONRecordParser(), jobs: jobs, failFast: false, context: context,
            lineBlockSize: blockSize)
        let source = DocumentSource(maxLineBytes: 2048, stdin: context.stdin, lineArena: copying ? nil : pipeline.lineArena)
        var reader = BatchReader(source: source)
        for item in try InputCollector().collect([Self.directory]) {
            if copying {
                try source.read(try item.get()) { (event) throws(OutputClosed) -> Bool in
                    switch event {
                    case .line(let line, let number): try pipeline.add(.line(bytes: Array(line), path: try! item.get().path, line: number))
                    case .document(let d): try pipeline.add(.document(d))
                    case .failure(let error): try pipeline.fail(error)
                    case .notScored: break
                    }
                    return true
                }
            } else {
                try reader.feed(item.get(), to: pipeline)
            }
        }
        try pipeline.finish()
        return (out.text, err.text, pipeline.lineArena)
    }

    /// Lines scored where the reader read them (small arena blocks, so windows and blocks cross
    /// at every place) give the command's output byte for byte, as do copied lines; and the arena
    /// reuses blocks instead of growing with the input.
    @Test(arguments: [1, 2, 3])
    func linesScoredInTheArenaGiveTheSameOutputAsCopiedOnes(jobs: Int) throws {
        let command = score(jobs: 1)
        let small = try scoreThroughPipeline(jobs: jobs, blockSize: 4096)
        #expect(small.stdout == command.stdout)
        #expect(small.stderr == command.stderr)
        let copied = try scoreThroughPipeline(jobs: jobs, blockSize: 4096, copying: true)
        #expect(copied.stdout == command.stdout)
        #expect(copied.stderr == command.stderr)
        // 3 files of ≈ 200 KB through 4 KiB blocks: hundreds of blocks read, a few dozen allocated.
        #expect(small.arena.allocatedBlocks < 200, "\(small.arena.allocatedBlocks) blocks")
    }
}
