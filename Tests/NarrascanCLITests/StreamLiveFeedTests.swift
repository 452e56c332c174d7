// The live-feed contract of `stream`: a record's result reaches the reader without waiting for more
// input, while lines that are already there are answered in one write. The contract tests run the
// stream in-process on real pipes (the real `FileDescriptorInput` and `FileDescriptorOutput`), write
// a line, and read its result before writing the next; a result that does not come within the
// timeout fails the test (and the stream is then ended by closing its input).

import Dispatch
import Testing
@testable import NarrascanCLI
#if canImport(Glibc)
import Glibc
#endif

/// A `stream` running in-process on a background thread between two pipes.
final class PipedStream: @unchecked Sendable {
    /// Where the test writes the feed, and where it reads the results.
    let feed: Int32, results: Int32
    private let done = DispatchGroup()
    /// The stream's exit code, written by its thread before it leaves `done`.
    private final class ExitCode: @unchecked Sendable { var value: Int32 = -1 }
    private let exit = ExitCode()
    private var pending: [UInt8] = []
    private var feedOpen = true
    private var resultsOpen = true

    init(_ arguments: [String] = []) {
        signal(SIGPIPE, SIG_IGN)  // a closed reader is EPIPE for the stream, not the end of the tests
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        precondition(pipe(&input) == 0 && pipe(&output) == 0)
        feed = input[1]
        results = output[0]
        let (inRead, outWrite) = (input[0], output[1])
        let exit = self.exit
        DispatchQueue.global().async(group: done) {
            let context = CommandContext(
                stdout: FileDescriptorOutput(fd: outWrite), stderr: MemoryOutput(), stdin: FileDescriptorInput(fd: inRead, name: "-"),
                environment: ["NARRASCAN_LEXICONS": testLexiconDirectory])
            exit.value = NarrascanCommand.main(["stream"] + arguments, context: context)
            close(inRead)
            close(outWrite)
        }
    }

    deinit {
        endFeed()
        _ = done.wait(timeout: .now() + 30)
        closeResults()
    }

    /// Closes the reading end of the results (a reader that goes away).
    func closeResults() {
        if resultsOpen { close(results) }
        resultsOpen = false
    }

    /// Writes `text` to the stream's standard input.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(feed, $0.baseAddress, $0.count) }
            precondition(n > 0, "write to the feed failed")
            offset += n
        }
    }

    /// The next result line, or nil when none is complete within `seconds`.
    func nextResult(within seconds: Double = 20) -> String? {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        while true {
            if let lf = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<lf], as: UTF8.self)
                pending.removeSubrange(...lf)
                return line
            }
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline else { return nil }
            var entry = pollfd(fd: results, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(min(1000, (deadline - now) / 1_000_000 + 1)))
            if ready <= 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(results, $0.baseAddress, $0.count) }
            if n <= 0 { return nil }  // the stream ended
            pending += chunk[..<n]
        }
    }

    /// Closes the stream's standard input (end of the feed).
    func endFeed() {
        if feedOpen { close(feed) }
        feedOpen = false
    }

    /// Ends the feed and returns the stream's exit code (nil if it did not end within `seconds`).
    func finish(within seconds: Double = 20) -> Int32? {
        endFeed()
        return exitCode(within: seconds)
    }

    /// The stream's exit code once it has ended by itself (nil if it did not within `seconds`).
    func exitCode(within seconds: Double) -> Int32? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return exit.value
    }
}

@Suite struct StreamLiveFeedTests {
    static let hybrid = "{\"id\":\"h\",\"text\":\"Minsk staged a hybrid attack\"}\n"
    static let victims = "{\"id\":\"v\",\"text\":\"migrants were pushed back\"}\n"

    @Test func eachLinesResultArrivesBeforeTheNextLineIsWritten() {
        let stream = PipedStream()
        for k in 0..<5 {
            stream.send(k % 2 == 0 ? Self.hybrid : Self.victims)
            guard let result = stream.nextResult() else {
                Issue.record("no result for line \(k + 1) before the next line was written")
                return
            }
            #expect(result.hasPrefix(k % 2 == 0 ? "{\"id\":\"h\",\"labels\":[\"hybrid-attack\"]" : "{\"id\":\"v\",\"labels\":[\"migrants-as-victims\"]"))
        }
        #expect(stream.finish() == 0)
    }

    @Test func aLineFollowedByHalfOfTheNextIsAnsweredWithoutTheRest() {
        let stream = PipedStream()
        let next = Array(Self.victims.utf8)
        stream.send(Self.hybrid + String(decoding: next[..<20], as: UTF8.self))
        #expect(stream.nextResult()?.hasPrefix("{\"id\":\"h\",") == true, "the complete line waited for the next one")
        stream.send(String(decoding: next[20...], as: UTF8.self))
        #expect(stream.nextResult()?.hasPrefix("{\"id\":\"v\",") == true)
        #expect(stream.finish() == 0)
    }

    @Test func errorRecordsAndPlainLinesAreAnsweredAtOnceToo() {
        let stream = PipedStream(["--plain"])
        stream.send("a hybrid attack\n")
        #expect(stream.nextResult()?.hasPrefix("{\"id\":\"1\",\"labels\":[\"hybrid-attack\"]") == true)
        stream.send("\n")
        #expect(stream.nextResult()?.hasPrefix("{\"id\":\"2\",") == true)
        #expect(stream.finish() == 0)

        let json = PipedStream()
        json.send("not json\n")
        #expect(json.nextResult()?.hasPrefix("{\"line\":1,\"error\":\"invalid record:") == true)
        json.send("   \n")
        #expect(json.nextResult() == "{\"line\":2,\"error\":\"empty line\"}")
        #expect(json.finish() == 0)
    }

    @Test func linesAlreadyThereAreAnsweredInOneWriteWithTheSameOutput() throws {
        let feed = (0..<300).map { "{\"id\":\"\($0)\",\"text\":\"hybrid attack \($0), pushed back\"}\n" }.joined()
        let r = run(["stream", "--evidence"], stdin: feed)
        #expect(r.stdout.split(separator: "\n").count == 300)
        #expect(r.flushes <= 2, "input that is all there needs no flush per record (\(r.flushes))")
        // Line by line, as a pausing writer sends it, the output is the same.
        let out = MemoryOutput()
        let input = ScriptedInput(feed.split(separator: "\n").map { $0 + "\n" }, output: out)
        let context = CommandContext(stdout: out, stderr: MemoryOutput(), stdin: input, environment: ["NARRASCAN_LEXICONS": testLexiconDirectory])
        #expect(NarrascanCommand.main(["stream", "--evidence"], context: context) == 0)
        #expect(out.text == r.stdout)
        #expect(input.linesBeforeRead == Array(0...300), "each line's result was flushed before the next read")
    }

    @Test func aPipeIsReadyOnlyWhenSomethingWasWrittenOrItsWriterClosed() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let input = FileDescriptorInput(fd: ends[0], name: "-", closeOnDeinit: true)
        #expect(!input.isReadyToRead())
        _ = write(ends[1], "x", 1)
        #expect(input.isReadyToRead())
        var byte: UInt8 = 0
        #expect(try input.read(into: &byte, count: 1) == 1)
        #expect(!input.isReadyToRead())
        close(ends[1])
        #expect(input.isReadyToRead(), "end of input is there at once")
        #expect(try input.read(into: &byte, count: 1) == 0)

        let path = makeTemporaryDirectory("ready") + "/f.jsonl"
        writeFile(path, "{}\n")
        #expect(try FileDescriptorInput(path: path).isReadyToRead(), "a regular file never waits")
        #expect(MemoryInput("x").isReadyToRead())
    }

    @Test func aClosedReaderEndsAStreamThatWouldWaitForInput() {
        let stream = PipedStream()
        stream.send(Self.hybrid)
        #expect(stream.nextResult() != nil)
        stream.closeResults()  // like `| head -1`: the next flush fails, and the stream stops reading
        stream.send(Self.hybrid)
        #expect(stream.exitCode(within: 20) == 0, "the stream kept waiting for input after its reader went away")
    }

    @Test func aSignalThatLandsJustBeforeAWaitingReadEndsTheInput() throws {
        // The flag is set and the wake byte written before the read starts, as when SIGINT comes
        // between the stream's last check and read(2): the read must end the input, not wait.
        var feed: [Int32] = [0, 0], wake: [Int32] = [0, 0]
        #expect(pipe(&feed) == 0 && pipe(&wake) == 0)
        defer { for fd in feed + wake { close(fd) } }
        let flag = InterruptionFlag()
        flag.wakeDescriptor = wake[0]
        flag.raise(SIGINT)
        _ = write(wake[1], "x", 1)
        let fd = feed[0]
        let done = DispatchSemaphore(value: 0)
        final class Result: @unchecked Sendable { var n = -1 }
        let result = Result()
        DispatchQueue.global().async {
            var byte: UInt8 = 0
            let input = FileDescriptorInput(fd: fd, name: "-", interruption: flag)
            result.n = (try? input.read(into: &byte, count: 1)) ?? -2
            done.signal()
        }
        if done.wait(timeout: .now() + 20) == .timedOut {
            Issue.record("the read waited for input after the signal")
            _ = write(feed[1], "x", 1)  // let the read return
            done.wait()
        }
        #expect(result.n == 0)
    }
}
