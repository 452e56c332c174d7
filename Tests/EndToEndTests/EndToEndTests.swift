// End-to-end: runs the built `narrascan` executable as a user would, on the bundled lexicons and
// Samples/, and compares its output with golden files in Tests/EndToEndTests/Golden/.
// Rewrite the golden files only on request: UPDATE_GOLDEN=1 swift test --filter EndToEndTests
// (then review the diff before committing).

import Foundation
import Testing

/// The repository root, found from this file's path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let goldenDirectory = root.appendingPathComponent("Tests/EndToEndTests/Golden")

/// The `narrascan` binary built beside the test bundle.
func narrascanBinary() throws -> URL {
    let exe = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
    var dir = exe.deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("narrascan")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "narrascan binary next to \(exe.path)"])
}

/// A data buffer filled by another thread (read after a semaphore wait).
final class DataBox: @unchecked Sendable {
    var data = Data()
}

struct Execution {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// A narrascan process, not yet started, for `arguments` in the repository root, without
/// NARRASCAN_LEXICONS (plus `environment`), so the bundled lexicons are found the way a user's
/// build finds them.
func narrascanProcess(_ arguments: [String], environment: [String: String] = [:]) throws -> Process {
    let process = Process()
    process.executableURL = try narrascanBinary()
    process.arguments = arguments
    process.currentDirectoryURL = root
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "NARRASCAN_LEXICONS")
    for (k, v) in environment { env[k] = v }
    process.environment = env
    return process
}

/// Runs narrascan with `arguments` in the repository root, without NARRASCAN_LEXICONS, so the
/// bundled lexicons are found the way a user's build finds them.
func execute(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Execution {
    let process = try narrascanProcess(arguments, environment: environment)
    let out = Pipe(), err = Pipe(), input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    // Feed stdin and drain stderr on other threads while this one reads stdout, so that no pipe
    // can fill up and block the child (or us) whatever the sizes.
    let writer = input.fileHandleForWriting
    let data = Data((stdin ?? "").utf8)
    let fed = DispatchSemaphore(value: 0)
    // A child that exits before reading its input (a usage or lexicon error) closes the pipe: the
    // write must fail with EPIPE, not raise SIGPIPE in the test process (which killed the whole
    // run when `score` with bad lexicons won the race).
    signal(SIGPIPE, SIG_IGN)
    DispatchQueue.global().async {
        try? writer.write(contentsOf: data)
        try? writer.close()
        fed.signal()
    }
    let errBox = DataBox()
    let drained = DispatchSemaphore(value: 0)
    let errReader = err.fileHandleForReading
    DispatchQueue.global().async {
        errBox.data = errReader.readDataToEndOfFile()
        drained.signal()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    fed.wait()
    drained.wait()
    let errData = errBox.data
    process.waitUntilExit()
    return Execution(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
}

/// Compares `actual` with a golden file, or rewrites it when UPDATE_GOLDEN=1.
func expectGolden(_ name: String, _ actual: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if expected != actual {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        Issue.record(
            "\(name) differs from golden at line \(first + 1):\n  golden: \(first < e.count ? e[first] : "<end>")\n  actual: \(first < a.count ? a[first] : "<end>")\n(UPDATE_GOLDEN=1 rewrites it)",
            sourceLocation: sourceLocation)
    }
}

@Suite(.serialized) struct EndToEndTests {
    @Test func scoresTheSamplesAsTheGoldenFileSays() throws {
        let r = try execute(["score", "--format", "jsonl", "Samples/dev", "Samples/test"])
        #expect(r.status == 0, "\(r.stderr)")
        // The gold tables beside the samples are accounted for, not scored and not errors.
        #expect(r.stderr == "narrascan: not scored: 2 files (2 .tsv without a 'text' column); --verbose lists them\n")
        let samples = try ["Samples/dev", "Samples/test"].flatMap {
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent($0).path).filter { $0.hasSuffix(".txt") }
        }
        #expect(r.stdout.split(separator: "\n").count == samples.count)
        try expectGolden("score-samples.jsonl", r.stdout)
    }

    @Test func jobsDoNotChangeTheOutput() throws {
        let one = try execute(["score", "--format", "jsonl", "--evidence", "--jobs", "1", "Samples/dev"])
        let two = try execute(["score", "--format", "jsonl", "--evidence", "--jobs", "2", "Samples/dev"])
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(!one.stdout.isEmpty)
    }

    @Test func scoresWithEvidenceAsCSVAndTable() throws {
        let files = ["Samples/test/en-002-polish-mfa-hybrid-attack-statement.txt", "Samples/dev/ru-001-belta-gpk-izbitye-migranty.txt"].filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
        }
        try #require(files.count == 2, "sample files renamed? update this test")
        try expectGolden("score-evidence.jsonl", try execute(["score", "--evidence"] + files).stdout)
        try expectGolden("score.csv", try execute(["score", "--format", "csv"] + files).stdout)
        try expectGolden("score.table", try execute(["score", "--format", "table"] + files).stdout)
    }

    @Test func explainShowsWhyASampleWasLabelled() throws {
        let r = try execute(["explain", "Samples/dev/ru-001-belta-gpk-izbitye-migranty.txt"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("LABELLED"))
        #expect(r.stdout.contains("[["))
        try expectGolden("explain.txt", r.stdout)
    }

    @Test func streamWritesOneLinePerInputLine() throws {
        let input = """
            {"id":"a","text":"Polish guards pushed back migrants into the freezing forest","date":"2021-11-08","source":"x"}
            not json
            {"id":"c","text":42}

            {"id":"e","text":"Minsk weaponised migrants in a hybrid attack on the EU"}

            """
        let r = try execute(["stream"], stdin: input)
        #expect(r.status == 0)
        try expectGolden("stream.jsonl", r.stdout)
        #expect(r.stdout.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
    }

    @Test func lexiconCommandsOnTheBundledLexicons() throws {
        let check = try execute(["lexicon", "check"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasPrefix("ok: 3 lexicons"))
        let test = try execute(["lexicon", "test"])
        #expect(test.status == 0, "\(test.stdout)")
        try expectGolden("lexicon-list.txt", try execute(["lexicon", "list"]).stdout.replacingOccurrences(of: root.path + "/", with: ""))
        let phrases = try execute(["lexicon", "export", "--phrases"]).stdout.split(separator: "\n")
        #expect(phrases.count >= 240)
        #expect(phrases.allSatisfy { $0 == $0.lowercased() })
        #expect(phrases.contains { $0.hasSuffix("*") })
    }

    @Test func badLexiconsStopTheRunWithEveryProblem() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("narrascan-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "@narrative bad\n@title T\n@description D\n@threshold 2\n0 zero\n2 a*b\n".write(to: dir.appendingPathComponent("bad.lex"), atomically: true, encoding: .utf8)
        let check = try execute(["lexicon", "check", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("bad.lex:4:12: error: threshold '2'"))
        #expect(check.stdout.contains("bad.lex:5:1: error: weight 0"))
        #expect(check.stdout.contains("bad.lex:6:3: error: '*' may only end a word"))
        let score = try execute(["score", "--lexicons", dir.path, "-"], stdin: "text")
        #expect(score.status == 2)
        #expect(score.stdout.isEmpty)
        #expect(score.stderr.split(separator: "\n").count == 3)
    }

    @Test func exitCodesForUsageAndInputErrors() throws {
        #expect(try execute(["score", "--nope"]).status == 2)
        #expect(try execute(["score", "/definitely/missing.txt"]).status == 2)
        let bad = try execute(["score", "-"], stdin: "{\"id\":\"a\",\"text\":\"x\"}\n{broken\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("-:2: invalid record"))
        #expect(bad.stdout.split(separator: "\n").count == 1)
    }
}
