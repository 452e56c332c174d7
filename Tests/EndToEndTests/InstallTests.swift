// A copied binary works: the bundled lexicons travel inside it, so a narrascan copied out of the
// build folder (and away from any checkout) scores exactly as the build does.

import Foundation
import Testing

@Suite(.serialized) struct InstallTests {
    @Test func aBinaryCopiedAnywhereScoresLikeTheBuild() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("narrascan-copy-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("narrascan")
        // Copied by a cp process, not in this process: a file this (multithreaded) test process
        // has open for writing can leak into a child another test spawns at that moment, and
        // exec'ing the copy then fails with ETXTBSY ("Text file busy").
        let cp = Process()
        cp.executableURL = URL(fileURLWithPath: "/bin/cp")
        cp.arguments = [try narrascanBinary().path, copy.path]
        try cp.run()
        cp.waitUntilExit()
        #expect(cp.terminationStatus == 0)
        let sample = root.appendingPathComponent("Samples/dev/ru-001-belta-gpk-izbitye-migranty.txt").path

        let process = Process()
        process.executableURL = copy
        process.arguments = ["score", "--format", "jsonl", sample]
        process.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NARRASCAN_LEXICONS")
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let copied = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(problems)")
        let built = try execute(["score", "--format", "jsonl", sample])
        #expect(!copied.isEmpty)
        #expect(copied == built.stdout)
    }
}
