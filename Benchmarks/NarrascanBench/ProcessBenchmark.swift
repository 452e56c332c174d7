// `narrascan-bench processes`: figures only a real process shows. Start-up: the time from spawning
// `narrascan score` on a one-sentence file to its first output byte (median of 21). Memory: peak
// RSS (the kernel's ru_maxrss from wait4) of `narrascan stream` and `narrascan score` over a large
// generated JSONL file (--rss-mb, default 1000 MB), with their wall and CPU time. The narrascan
// binary is the one next to this executable (same build), or --narrascan PATH.

import NarrascanBenchSupport
import NarrascanCLI
import NarrascanCore

#if canImport(Glibc)
import Glibc
#endif

struct ProcessBenchmark {
    let rssMB: Double
    let seed: UInt64
    let directory: String
    let lexiconPath: String?
    let binary: String

    init(_ a: BenchArguments) {
        rssMB = a.double("--rss-mb", 1000)
        seed = UInt64(a.integer("--seed", 1))
        directory = a.value("--dir") ?? "/tmp/narrascan-bench"
        lexiconPath = a.value("--lexicons")
        let here = CommandLine.arguments.first.flatMap(executablePath) ?? CommandLine.arguments[0]
        binary = a.value("--narrascan") ?? (here.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/") + "/narrascan")
    }

    func run() throws {
        guard access(binary, X_OK) == 0 else { throw BenchError("\(binary): not found; build it (swift build -c release) or pass --narrascan PATH") }
        let (lexicons, lexiconDir) = try BenchLexicons.bundled(lexiconPath)
        print("# narrascan-bench processes: \(binary), lexicons \(lexiconDir)")
        mkdir(directory, 0o755)
        let tiny = directory + "/startup.txt"
        let file = try BufferedFile(path: tiny)
        file.append(Array("The so-called hybrid attack on Poland was staged by the West.\n".utf8))
        file.close()
        var firstByte: [Double] = []
        var total: [Double] = []
        for _ in 0..<21 {
            let (first, all) = try timeToFirstByte([binary, "score", "--lexicons", lexiconDir, "--format", "jsonl", tiny])
            firstByte.append(first)
            total.append(all)
        }
        print("start-up: process start to first output byte \(ms(median(firstByte))) ms (median of 21, best \(ms(firstByte.min()!))); to exit \(ms(median(total))) ms")

        let full = FullBenchmark(megabytes: rssMB, runs: 1, seed: seed, directory: directory, lexiconPath: lexiconPath)
        let base = try full.ensureCorpus(lexicons)
        let jsonl = base + ".jsonl"
        let bytes = fileSize(jsonl)
        print("\ncommand                                    input_MB   wall_s    cpu_s   MB/s  peakRSS_MB")
        for (name, args, stdin) in [
            ("narrascan stream < corpus.jsonl", ["stream", "--lexicons", lexiconDir], jsonl),
            ("narrascan score --jobs 1 corpus.jsonl", ["score", "--lexicons", lexiconDir, "--format", "jsonl", "--jobs", "1", jsonl], nil),
            ("narrascan score --jobs 2 corpus.jsonl", ["score", "--lexicons", lexiconDir, "--format", "jsonl", "--jobs", "2", jsonl], nil),
        ] as [(String, [String], String?)] {
            let r = try runToCompletion([binary] + args, stdin: stdin)
            print(
                pad(name, 40) + lpad(formatFixed(Double(bytes) / 1e6, places: 0), 11) + lpad(formatFixed(r.wall, places: 2), 9)
                    + lpad(formatFixed(r.cpu, places: 2), 9) + lpad(formatFixed(Double(bytes) / 1e6 / r.wall, places: 1), 7)
                    + lpad(formatFixed(r.maxRSSKB / 1000, places: 1), 12))
        }
    }

    /// Spawns `argv` with stdout on a pipe; returns seconds to the first byte and to exit.
    func timeToFirstByte(_ argv: [String]) throws -> (Double, Double) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw BenchError("pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        let t0 = monotonicSeconds()
        let pid = try spawn(argv, &actions)
        close(fds[1])
        var byte: UInt8 = 0
        _ = read(fds[0], &byte, 1)
        let first = monotonicSeconds() - t0
        var sink = [UInt8](repeating: 0, count: 65536)
        while read(fds[0], &sink, sink.count) > 0 {}
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let all = monotonicSeconds() - t0
        close(fds[0])
        posix_spawn_file_actions_destroy(&actions)
        return (first, all)
    }

    /// Spawns `argv` (stdout to /dev/null, stdin from a file if given), waits, and reports its
    /// wall time, CPU time and peak RSS.
    func runToCompletion(_ argv: [String], stdin: String?) throws -> (wall: Double, cpu: Double, maxRSSKB: Double) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        let t0 = monotonicSeconds()
        let pid = try spawn(argv, &actions)
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let wall = monotonicSeconds() - t0
        posix_spawn_file_actions_destroy(&actions)
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6 + Double(usage.ru_stime.tv_sec)
            + Double(usage.ru_stime.tv_usec) * 1e-6
        return (wall, cpu, Double(usage.ru_maxrss))
    }

    func spawn(_ argv: [String], _ actions: inout posix_spawn_file_actions_t) throws -> pid_t {
        var pid: pid_t = 0
        let cargs = argv.map { strdup($0) } + [nil]
        defer { for p in cargs { free(p) } }
        let rc = posix_spawn(&pid, argv[0], &actions, nil, cargs, environ)
        if rc != 0 { throw BenchError("cannot start \(argv[0]): \(String(cString: strerror(rc)))") }
        return pid
    }
}
