// The stream as a long-running process: a reader that goes away, and SIGINT/SIGTERM. These need a
// real process and real pipes, so they spawn the built binary.

import Foundation
import Testing

@Suite(.serialized) struct StreamProcessTests {
    /// Starts `narrascan stream` with pipes on all three streams.
    func startStream() throws -> (Process, Pipe, Pipe, Pipe) {
        let process = try narrascanProcess(["stream"])
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, input, output, errors)
    }

    /// Reads one line from a pipe; nil when no whole line comes within `seconds` (a stream that
    /// kept its answer buffered fails the test instead of hanging it).
    func readLine(_ pipe: Pipe, within seconds: Double = 20) -> String? {
        let fd = pipe.fileHandleForReading.fileDescriptor
        let deadline = Date(timeIntervalSinceNow: seconds)
        var bytes: [UInt8] = []
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, Int32(min(left, 1) * 1000) + 1) > 0 else { continue }
            var b: UInt8 = 0
            guard read(fd, &b, 1) == 1 else { return nil }  // the stream ended
            if b == 0x0A { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(b)
        }
    }

    /// Waits for the process to end; false (and the process killed) when it has not within
    /// `seconds`, so a stream that missed its end fails the test instead of hanging it.
    func ended(_ process: Process, within seconds: Double = 20) -> Bool {
        let deadline = Date(timeIntervalSinceNow: seconds)
        while process.isRunning && deadline.timeIntervalSinceNow > 0 { usleep(10_000) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }

    let record = Data("{\"id\":\"r\",\"text\":\"Minsk weaponised migrants in a hybrid attack\"}\n".utf8)

    @Test func eachRecordIsFlushedBeforeTheNextArrives() throws {
        let (process, input, output, _) = try startStream()
        defer { if process.isRunning { process.terminate() } }
        for k in 0..<3 {
            input.fileHandleForWriting.write(record)
            guard let line = readLine(output) else {
                Issue.record("record \(k) was not answered before the next one was written")
                return
            }
            #expect(line.hasPrefix(#"{"id":"r","labels":["hybrid-attack"]"#), "record \(k)")
        }
        // A record and half of the next: the whole one is answered without the rest.
        input.fileHandleForWriting.write(record + record.prefix(20))
        #expect(readLine(output)?.hasPrefix(#"{"id":"r","labels":["hybrid-attack"]"#) == true, "a record waited for the next line")
        input.fileHandleForWriting.write(record.dropFirst(20))
        #expect(readLine(output)?.hasPrefix(#"{"id":"r","labels":["hybrid-attack"]"#) == true)
        try input.fileHandleForWriting.close()
        #expect(ended(process))
        #expect(process.terminationStatus == 0)
    }

    @Test func aClosedStdoutEndsTheStreamQuietlyWithStatusZero() throws {
        let (process, input, output, errors) = try startStream()
        input.fileHandleForWriting.write(record)
        #expect(readLine(output) != nil)
        try output.fileHandleForReading.close()  // like `| head -1`
        // The stream may end while these are written (it stops at the first flush that fails):
        // a write that finds it gone fails with EPIPE, which is no failure of the test.
        signal(SIGPIPE, SIG_IGN)
        for _ in 0..<50 { try? input.fileHandleForWriting.write(contentsOf: record) }
        // It ends by itself, its input still open: a stream whose reader is gone stops instead of
        // waiting for input nobody will see answered.
        #expect(ended(process), "the stream waited for input after its reader went away")
        try? input.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func aSignalFlushesAndExitsWithItsCode(signal: Int32, status: Int32) throws {
        let (process, input, output, errors) = try startStream()
        input.fileHandleForWriting.write(record)
        #expect(readLine(output)?.hasPrefix(#"{"id":"r""#) == true)
        kill(process.processIdentifier, signal)  // the stream is now waiting for stdin, or about to
        #expect(ended(process), "the stream went on waiting for input after the signal")
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
        try? input.fileHandleForWriting.close()
    }
}
