// Where commands read: a file descriptor through read(2) into a reused buffer, or memory for tests.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A source of bytes read in chunks.
public protocol ByteInput: AnyObject {
    /// Reads up to `count` bytes into `buffer`; returns 0 at end of input.
    /// - Throws: `InputError` when the read fails.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int
}

/// Reads a file descriptor with read(2).
public final class FileDescriptorInput: ByteInput {
    let fd: Int32
    let name: String
    let closeOnDeinit: Bool
    let interruption: InterruptionFlag?
    /// For a file opened by path: its size when opened, checked against what was read at the end,
    /// so a file that shrinks or grows while it is read is reported instead of half-scored silently.
    private var sizeAtOpen: Int?
    private var bytesRead = 0

    /// Wraps an open descriptor; `name` is used in messages. With `interruption`, a read that a
    /// signal interrupts ends the input instead of retrying, once the flag is set.
    public init(fd: Int32, name: String, closeOnDeinit: Bool = false, interruption: InterruptionFlag? = nil) {
        self.fd = fd
        self.name = name
        self.closeOnDeinit = closeOnDeinit
        self.interruption = interruption
    }

    /// Opens a file for reading.
    /// - Throws: `InputError` naming the path and the reason.
    public convenience init(path: String) throws(InputError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 { throw InputError(path: path, reason: systemErrorMessage(errno)) }
        // Regular files and character devices only; FIFOs and sockets would block or misbehave.
        var info = stat()
        if fstat(fd, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR { close(fd); throw InputError(path: path, reason: "is a directory") }
            if kind != S_IFREG {
                close(fd)
                throw InputError(path: path, reason: "not a regular file (FIFO, socket or device); skipped")
            }
        }
        // Back to blocking reads for a regular file.
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK)
        self.init(fd: fd, name: path, closeOnDeinit: true)
        self.sizeAtOpen = Int(info.st_size)
    }

    deinit { if closeOnDeinit { close(fd) } }

    public func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        while true {
            let n = Glibc.read(fd, buffer, count)
            if n > 0 { bytesRead += n }
            if n == 0, let expected = sizeAtOpen { try checkUnchanged(expected: expected) }
            if n >= 0 { return n }
            if errno == EINTR {
                if let interruption, interruption.signal != 0 { return 0 }
                continue
            }
            throw InputError(path: name, reason: "read failed: \(systemErrorMessage(errno))")
        }
    }
}

extension FileDescriptorInput {
    /// At the end of a file opened by path: throws when the bytes read, or the file's size now,
    /// differ from its size when it was opened (truncated, rewritten or appended to meanwhile).
    /// Checked once: later reads at the end return 0 quietly.
    fileprivate func checkUnchanged(expected: Int) throws(InputError) {
        sizeAtOpen = nil
        var info = stat()
        let sizeNow = fstat(fd, &info) == 0 ? Int(info.st_size) : bytesRead
        if bytesRead != expected || sizeNow != expected {
            throw InputError(
                path: name,
                reason: "changed while being read (\(expected) bytes when opened, \(bytesRead) read, \(sizeNow) now); skipped the rest")
        }
    }
}

/// Bytes in memory, optionally handed out in small chunks (chunk-boundary tests).
public final class MemoryInput: ByteInput {
    let bytes: [UInt8]
    var offset = 0
    let chunk: Int

    public init(_ bytes: [UInt8], chunk: Int = .max) {
        self.bytes = bytes
        self.chunk = chunk
    }

    public convenience init(_ text: String, chunk: Int = .max) { self.init(Array(text.utf8), chunk: chunk) }

    public func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        let n = min(count, chunk, bytes.count - offset)
        if n <= 0 { return 0 }
        bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
        offset += n
        return n
    }
}

/// The text of an errno value.
func systemErrorMessage(_ code: Int32) -> String {
    guard let s = strerror(code) else { return "error \(code)" }
    return String(cString: s).lowercased()
}
