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
        try FileManager.default.copyItem(at: try narrascanBinary(), to: copy)
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
