// A file that loses read permission between the directory walk and the read: the real kernel
// check, so the binary runs as an unprivileged user (root reads anything: under root the test runs
// the binary as `nobody` through setpriv).

import Foundation
import Testing

@Suite struct UnreadableFileTests {
    @Test func aFileWithoutReadPermissionIsReportedOnceAndTheRestIsScored() throws {
        let dir = "/tmp/narrascan-unreadable-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["a", "b", "c"] {
            try "{\"id\":\"\(name)\",\"text\":\"hybrid attack\"}\n".write(toFile: "\(dir)/\(name).jsonl", atomically: false, encoding: .utf8)
        }
        try "hybrid attack".write(toFile: "\(dir)/d.txt", atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: "\(dir)/b.jsonl")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: "\(dir)/d.txt")
        let binary = try narrascanBinary().path
        let lexicons = root.appendingPathComponent("Lexicons").path
        let command = ["score", "--format", "jsonl", "--lexicons", lexicons, dir]
        let process = try narrascanProcess([])
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + command
        } else {
            process.arguments = command
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(stderr == "narrascan: \(dir)/b.jsonl: permission denied\nnarrascan: \(dir)/d.txt: permission denied\n")
        let ids = stdout.split(separator: "\n").map { $0.prefix(9) }
        #expect(ids == ["{\"id\":\"a\"", "{\"id\":\"c\""])
    }
}
