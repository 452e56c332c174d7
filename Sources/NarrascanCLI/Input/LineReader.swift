// Hands out the lines of an input one at a time from a reused 64 KiB buffer that grows only for a
// longer line, up to a limit: a line longer than `maxLineBytes` is reported as oversized and
// skipped without ever being held whole. Records end at LF only: a CR just before the LF is
// dropped (CRLF files read as LF files), and a lone CR inside a line is part of the line, so the
// line numbers are the ones `wc -l` and editors count.
//
// With a `LineArena` (`score`'s JSONL inputs) the buffer is the arena's current block: lines stay
// where they were read, for the batch window to score in place, and a full block is not compacted
// but continued in another (only the unread part of a line moves).

#if canImport(Glibc)
import Glibc
#endif

/// One line handed out by `LineReader`.
public enum LineEvent {
    /// A line's bytes, without its terminator; valid until the next call to `next()`.
    case line(UnsafeBufferPointer<UInt8>)
    /// A line longer than the limit, skipped; `length` is its full length in bytes.
    case oversized(length: Int)
}

/// Splits an input into lines with bounded memory.
public final class LineReader {
    let input: ByteInput
    let maxLineBytes: Int
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0
    private var end = 0
    private var eof = false
    /// Bytes after `start` already searched for a terminator.
    private var searched = 0
    /// The 1-based number of the last line handed out.
    public private(set) var lineNumber = 0
    /// The arena whose current block is the buffer, if any (then the buffer is not ours).
    let arena: LineArena?

    /// - Parameters:
    ///   - input: what to read.
    ///   - maxLineBytes: the longest line handed out whole.
    ///   - bufferSize: the initial buffer (64 KiB).
    public init(input: ByteInput, maxLineBytes: Int = 16 << 20, bufferSize: Int = 1 << 16) {
        self.input = input
        self.maxLineBytes = maxLineBytes
        self.capacity = max(bufferSize, 16)
        self.buffer = .allocate(capacity: capacity)
        self.arena = nil
    }

    /// A reader that reads into `arena`'s blocks, from where the last reader of the arena
    /// stopped; a line handed out stays valid (and unchanged) for as long as its block is retained
    /// in the arena, not only until the next call. Call `finish()` when done (the next reader
    /// starts there).
    init(input: ByteInput, maxLineBytes: Int = 16 << 20, arena: LineArena) {
        precondition(!arena.readerActive, "one reader at a time fills an arena")
        arena.readerActive = true
        self.input = input
        self.maxLineBytes = maxLineBytes
        self.arena = arena
        self.buffer = arena.current.base
        self.capacity = arena.current.capacity
        self.start = arena.free
        self.end = arena.free
    }

    deinit {
        if let arena { finish(arena) } else { buffer.deallocate() }
    }

    /// Gives the arena back the bytes after the last line handed out (with no arena: nothing).
    func finish() {
        if let arena { finish(arena) }
    }

    private func finish(_ arena: LineArena) {
        guard arena.readerActive else { return }
        arena.free = start
        arena.readerActive = false
    }

    /// The next line, or nil at the end of input. A final line without a terminator counts;
    /// an empty input has no lines.
    public func next() throws(InputError) -> LineEvent? {
        while true {
            let i = findTerminator(from: start + searched, to: end)
            if i < end || (eof && start < end) {
                var length = i - start
                if i < end && length > 0 && buffer[i - 1] == 0x0D { length -= 1 }  // CRLF: drop the CR
                let line = UnsafeBufferPointer(start: buffer + start, count: length)
                start = min(i + 1, end)
                searched = 0
                lineNumber += 1
                return length > maxLineBytes ? .oversized(length: length) : .line(line)
            }
            if eof { return nil }
            searched = end - start
            // A CR at the end of what is buffered may be the CR of a CRLF, which is no part of the
            // line: it decides nothing until the next byte comes.
            let content = searched - (searched > 0 && buffer[end - 1] == 0x0D ? 1 : 0)
            if content > maxLineBytes {
                lineNumber += 1
                let length = try skipRestOfLine(already: searched)
                searched = 0
                return .oversized(length: length)
            }
            try fill()
        }
    }

    /// The offset of the first LF in `from ..< to`, or `to`. Uses memchr (vectorised in libc).
    private func findTerminator(from: Int, to: Int) -> Int {
        guard from < to, let lf = memchr(buffer + from, 0x0A, to - from) else { return to }
        return buffer.distance(to: lf.assumingMemoryBound(to: UInt8.self))
    }

    /// The buffer's current size (tests check that it stays bounded).
    var bufferCapacity: Int { capacity }

    /// Moves unread bytes to the front, grows if full (up to the limit + 1 chunk), reads more.
    /// With an arena: continues in another block when this one has less than an eighth of a block
    /// left, taking the unread bytes along (the block grows the same way for a long line).
    private func fill() throws(InputError) {
        if let arena {
            if capacity - end < arena.blockSize / 8 { switchBlock(arena, keeping: end - start) }
            let n = try input.read(into: buffer + end, count: capacity - end)
            if n == 0 { eof = true } else { end += n }
            return
        }
        let pending = end - start
        if start > 0 {
            if pending > 0 { buffer.update(from: buffer + start, count: pending) }
            start = 0
            end = pending
        }
        if end == capacity {
            let newCapacity = capacity * 2
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            grown.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = grown
            capacity = newCapacity
        }
        let n = try input.read(into: buffer + end, count: capacity - end)
        if n == 0 { eof = true } else { end += n }
    }

    /// Makes the arena continue in another block, with the `pending` unread bytes at its front.
    private func switchBlock(_ arena: LineArena, keeping pending: Int) {
        arena.replaceCurrent(keeping: UnsafeBufferPointer(start: buffer + start, count: pending))
        buffer = arena.current.base
        capacity = arena.current.capacity
        start = 0
        end = pending
    }

    /// Reads and drops bytes until the end of the current line; returns the line's total length.
    /// The bytes are read over the skipped line's own (from the buffer's front, or with an arena
    /// from `start`: the lines before it stay as they were).
    private func skipRestOfLine(already: Int) throws(InputError) -> Int {
        var length = already
        var lastByte = end > start ? buffer[end - 1] : 0
        if let arena {
            if capacity - start < arena.blockSize / 8 { switchBlock(arena, keeping: 0) }
        } else {
            start = 0
        }
        let base = start
        end = base
        while true {
            let n = try input.read(into: buffer + base, count: capacity - base)
            if n == 0 {
                eof = true
                return length
            }
            let i = findTerminator(from: base, to: base + n)
            if i < base + n {
                length += i - base
                if (i > base ? buffer[i - 1] : lastByte) == 0x0D { length -= 1 }  // CRLF: the CR is no part of the line
                start = i + 1
                end = base + n
                return length
            }
            length += n
            lastByte = buffer[base + n - 1]
        }
    }
}
