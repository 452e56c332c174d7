// `stream`'s input: flushes the stream's output just before a read that would wait for the writer,
// and at no other time. A live feed promises that a record's result is visible without more input;
// that holds as long as nothing is left buffered while we wait, and flushing after every record,
// as `stream` did, paid a write(2) per record for it even when the next lines were already there
// (a file, or a fast writer on a pipe). Here results are buffered while input keeps coming and go
// out the moment the input runs dry (or the buffer fills, or the stream ends), so a feed that
// arrives line by line still gets each answer at once.

/// Wraps an input so that `output` is flushed before every read that may wait.
final class FlushBeforeWaitingInput: ByteInput {
    let input: ByteInput
    let output: ByteOutput
    /// Set when a flush found the output closed: the input then reads as ended, so the stream
    /// stops instead of waiting for input nobody will see the answers to.
    private(set) var outputClosed = false

    init(_ input: ByteInput, flushing output: ByteOutput) {
        self.input = input
        self.output = output
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        if outputClosed { return 0 }
        if !input.isReadyToRead() {
            do { try output.flush() } catch {
                outputClosed = true
                return 0
            }
        }
        return try input.read(into: buffer, count: count)
    }

    func isReadyToRead() -> Bool { outputClosed || input.isReadyToRead() }
}
