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

    /// Reads one line from a pipe (blocking).
    func readLine(_ pipe: Pipe) -> String {
        var bytes: [UInt8] = []
        while true {
            let chunk = pipe.fileHandleForReading.readData(ofLength: 1)
            guard let b = chunk.first else { break }
            if b == 0x0A { break }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    let record = Data("{\"id\":\"r\",\"text\":\"Minsk weaponised migrants in a hybrid attack\"}\n".utf8)

    @Test func eachRecordIsFlushedBeforeTheNextArrives() throws {
        let (process, input, output, _) = try startStream()
        for k in 0..<3 {
            input.fileHandleForWriting.write(record)
            #expect(readLine(output).hasPrefix(#"{"id":"r","labels":["hybrid-attack"]"#), "record \(k) was not flushed")
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aClosedStdoutEndsTheStreamQuietlyWithStatusZero() throws {
        let (process, input, output, errors) = try startStream()
        input.fileHandleForWriting.write(record)
        _ = readLine(output)
        try output.fileHandleForReading.close()  // like `| head -1`
        for _ in 0..<50 { input.fileHandleForWriting.write(record) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func aSignalFlushesAndExitsWithItsCode(signal: Int32, status: Int32) throws {
        let (process, input, output, errors) = try startStream()
        input.fileHandleForWriting.write(record)
        #expect(readLine(output).hasPrefix(#"{"id":"r""#))
        kill(process.processIdentifier, signal)  // the stream is now blocked reading stdin
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        #expect(errors.fileHandleForReading.readDataToEndOfFile().isEmpty)
        try? input.fileHandleForWriting.close()
    }
}
