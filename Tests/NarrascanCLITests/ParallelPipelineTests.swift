// The parallel batch pipeline (`score --jobs N`: the window, the slices scored concurrently, the
// ordered writer), driven hard enough to cross several windows. CI runs this suite under
// ThreadSanitizer (`swift test --sanitize=thread --filter ParallelPipelineTests`): a data race here
// would corrupt output without crashing, so the output is also compared byte for byte across --jobs.

import NarrascanCLI
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
}
