// Where commands write: a buffered writer over a file descriptor (stdout, stderr, a file) or an
// in-memory buffer for tests. One writer per output, whole records per flush, never `print`, so
// output is never reordered. A closed pipe (EPIPE) surfaces as `OutputClosed`, which the entry
// point turns into a quiet exit 0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reader of our output went away (EPIPE): stop quietly.
public struct OutputClosed: Error, Sendable {}

/// A sink for bytes with explicit flushing.
public protocol ByteOutput: AnyObject {
    /// Appends bytes to the output's buffer (may flush when the buffer is large).
    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputClosed)
    /// Writes out everything buffered.
    func flush() throws(OutputClosed)
    /// Whether the output is a terminal (for colour and table defaults).
    var isTerminal: Bool { get }
}

extension ByteOutput {
    /// Appends a string's UTF-8.
    public func write(_ string: String) throws(OutputClosed) { try write(Array(string.utf8)) }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(OutputClosed) {
        var failed = false
        bytes.withUnsafeBytes { buffer in
            do { try write(buffer) } catch { failed = true }
        }
        if failed { throw OutputClosed() }
    }
}

/// Buffered output to a file descriptor through write(2).
public final class FileDescriptorOutput: ByteOutput {
    let fd: Int32
    private var buffer: [UInt8] = []
    private let limit: Int
    private let closeOnDeinit: Bool
    public let isTerminal: Bool

    /// - Parameters:
    ///   - fd: the descriptor.
    ///   - bufferSize: bytes kept before an automatic flush.
    ///   - closeOnDeinit: flush what is left and close `fd` when this object goes (a file named
    ///     with --output); standard output and error are never closed.
    public init(fd: Int32, bufferSize: Int = 1 << 16, closeOnDeinit: Bool = false) {
        self.fd = fd
        self.closeOnDeinit = closeOnDeinit
        self.limit = bufferSize
        self.isTerminal = isatty(fd) == 1
        buffer.reserveCapacity(bufferSize)
    }

    deinit {
        if closeOnDeinit {
            try? flush()
            close(fd)
        }
    }

    /// Appends `bytes`; a piece of at least the buffer's size (a batch's window of output lines)
    /// goes out directly after what is buffered, so the buffer never grows to hold it.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputClosed) {
        if bytes.count >= limit {
            try flush()
            try writeAll(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { try flush() }
    }

    public func flush() throws(OutputClosed) {
        defer { buffer.removeAll(keepingCapacity: true) }
        var failed = false
        buffer.withUnsafeBytes { bytes in
            do { try writeAll(bytes) } catch { failed = true }
        }
        if failed { throw OutputClosed() }
    }

    /// write(2) until every byte is written.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws(OutputClosed) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputClosed()
            }
            offset += written
        }
    }
}

/// Output collected in memory (tests, golden files).
public final class MemoryOutput: ByteOutput {
    /// Everything written and flushed so far, plus what is buffered.
    public private(set) var bytes: [UInt8] = []
    /// How many flushes happened (stream tests check when it flushes).
    public private(set) var flushCount = 0
    /// How many of `bytes` had been written when the last flush happened: what a reader on the
    /// other end of a pipe would have seen by then.
    public private(set) var flushedByteCount = 0
    public let isTerminal: Bool

    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    public func write(_ buffer: UnsafeRawBufferPointer) throws(OutputClosed) { bytes.append(contentsOf: buffer) }
    public func flush() throws(OutputClosed) {
        flushCount += 1
        flushedByteCount = bytes.count
    }

    /// The lines a reader would have seen so far: those ended by a flushed line feed.
    public var flushedLineCount: Int { bytes[..<flushedByteCount].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }

    /// The output as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
