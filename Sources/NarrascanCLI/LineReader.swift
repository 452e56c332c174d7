// Hands out the lines of an input one at a time from a reused 64 KiB buffer that grows only for a
// longer line, up to a limit: a line longer than `maxLineBytes` is reported as oversized and
// skipped without ever being held whole. Line endings: LF, CRLF and a lone CR all end a line.

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
    private var skipLF = false
    /// Bytes after `start` already searched for a terminator.
    private var searched = 0
    /// The 1-based number of the last line handed out.
    public private(set) var lineNumber = 0

    /// - Parameters:
    ///   - input: what to read.
    ///   - maxLineBytes: the longest line handed out whole.
    ///   - bufferSize: the initial buffer (64 KiB).
    public init(input: ByteInput, maxLineBytes: Int = 16 << 20, bufferSize: Int = 1 << 16) {
        self.input = input
        self.maxLineBytes = maxLineBytes
        self.capacity = max(bufferSize, 16)
        self.buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// The next line, or nil at the end of input. A final line without a terminator counts;
    /// an empty input has no lines.
    public func next() throws(InputError) -> LineEvent? {
        while true {
            if skipLF {
                // The previous line ended with CR: a following LF belongs to it.
                if start < end {
                    if buffer[start] == 0x0A { start += 1 }
                    skipLF = false
                    searched = 0
                } else if eof {
                    skipLF = false
                } else {
                    try fill()
                    continue
                }
            }
            let i = findTerminator(from: start + searched, to: end)
            if i < end || (eof && start < end) {
                let length = i - start
                let line = UnsafeBufferPointer(start: buffer + start, count: length)
                skipLF = i < end && buffer[i] == 0x0D
                start = min(i + 1, end)
                searched = 0
                lineNumber += 1
                return length > maxLineBytes ? .oversized(length: length) : .line(line)
            }
            if eof { return nil }
            searched = end - start
            if searched > maxLineBytes {
                lineNumber += 1
                let length = try skipRestOfLine(already: searched)
                searched = 0
                return .oversized(length: length)
            }
            try fill()
        }
    }

    /// The offset of the first LF or CR in `from ..< to`, or `to`. Uses memchr (vectorised in libc).
    private func findTerminator(from: Int, to: Int) -> Int {
        guard from < to else { return to }
        var limit = to
        if let lf = memchr(buffer + from, 0x0A, to - from) {
            limit = buffer.distance(to: lf.assumingMemoryBound(to: UInt8.self))
        }
        if limit > from, let cr = memchr(buffer + from, 0x0D, limit - from) {
            limit = buffer.distance(to: cr.assumingMemoryBound(to: UInt8.self))
        }
        return limit
    }

    /// The buffer's current size (tests check that it stays bounded).
    var bufferCapacity: Int { capacity }

    /// Moves unread bytes to the front, grows if full (up to the limit + 1 chunk), reads more.
    private func fill() throws(InputError) {
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

    /// Reads and drops bytes until the end of the current line; returns the line's total length.
    private func skipRestOfLine(already: Int) throws(InputError) -> Int {
        var length = already
        start = 0
        end = 0
        while true {
            let n = try input.read(into: buffer, count: capacity)
            if n == 0 {
                eof = true
                return length
            }
            let i = findTerminator(from: 0, to: n)
            if i < n {
                length += i
                skipLF = buffer[i] == 0x0D
                start = i + 1
                end = n
                return length
            }
            length += n
        }
    }
}
