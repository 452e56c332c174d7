// Runs commands in-process against memory inputs and outputs.

import NarrascanCLI
import NarrascanCore

/// The result of one in-process run.
struct RunResult {
    var code: Int32
    var stdout: String
    var stderr: String
    var flushes: Int
}

/// The repository's root (for the bundled lexicons and samples).
let repositoryRoot: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path
}()

/// A small lexicon folder written once for CLI tests.
let testLexiconDirectory: String = {
    let dir = "/tmp/narrascan-cli-tests-\(getpid())"
    mkdir(dir, 0o755)
    let h = """
        @narrative hybrid-attack
        @title Hybrid attack
        @description Belarus weaponises migrants.
        @threshold 0.5
        3 hybrid attack
        -3 so-called hybrid attack
        2 weaponi* migra*
        @must-match Minsk staged a hybrid attack.
        @must-not-match Minsk hosted a football match.
        """
    let v = """
        @narrative migrants-as-victims
        @title Migrants as victims
        @description Migrants suffer.
        @threshold 0.5
        3 pushed back
        2 froze to death
        """
    writeFile(dir + "/hybrid-attack.lex", h)
    writeFile(dir + "/migrants-as-victims.lex", v)
    return dir
}()

func writeFile(_ path: String, _ text: String) { writeFile(path, Array(text.utf8)) }

func writeFile(_ path: String, _ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    precondition(fd >= 0, "cannot write \(path)")
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

func makeTemporaryDirectory(_ name: String) -> String {
    let dir = "/tmp/narrascan-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    mkdir(dir, 0o755)
    return dir
}

/// Runs `narrascan ARGS` in-process.
func run(_ arguments: [String], stdin: [UInt8] = [], chunk: Int = .max, terminal: Bool = false, lexicons: String? = testLexiconDirectory) -> RunResult {
    let out = MemoryOutput(isTerminal: terminal)
    let err = MemoryOutput()
    var env: [String: String] = [:]
    if let lexicons { env["NARRASCAN_LEXICONS"] = lexicons }
    let context = CommandContext(stdout: out, stderr: err, stdin: MemoryInput(stdin, chunk: chunk), environment: env, cores: 2)
    let code = NarrascanCommand.main(arguments, context: context)
    return RunResult(code: code, stdout: out.text, stderr: err.text, flushes: out.flushCount)
}

func run(_ arguments: [String], stdin: String, chunk: Int = .max) -> RunResult {
    run(arguments, stdin: Array(stdin.utf8), chunk: chunk)
}

#if canImport(Glibc)
import Glibc
#endif
