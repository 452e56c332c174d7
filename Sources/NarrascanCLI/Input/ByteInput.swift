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

    /// Whether `read` would return at once (bytes, or the end of input, are already there) rather
    /// than wait for a writer. `stream` flushes its output before a read that may wait, and only
    /// then. An input that cannot tell answers false (it may wait), which is always safe.
    func isReadyToRead() -> Bool
}

extension ByteInput {
    /// Unknown: the read may wait.
    public func isReadyToRead() -> Bool { false }
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
        if let interruption, interruption.wakeDescriptor >= 0, !isReadyToRead(), !waitForInput(interruption) { return 0 }
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

    /// Waits until a read would not block or a signal has set `interruption` (false). Polls the
    /// input and the flag's wake pipe together, so a signal that came after the flag was last
    /// checked still ends the wait: a plain blocking read(2) would miss it and wait for more input
    /// (`stream`, which flushes just before it waits, lost SIGINT that way under a test's timing).
    private func waitForInput(_ interruption: InterruptionFlag) -> Bool {
        var entries = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: interruption.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        while interruption.signal == 0 {
            let n = poll(&entries, 2, -1)
            if n < 0 && errno != EINTR { return true }  // the read reports the problem
            if entries[0].revents != 0 { return true }
        }
        return false
    }

    /// poll(2) with no timeout: readable, hung up or failed all mean a read returns at once (a
    /// regular file is always ready; a pipe or terminal is when a writer has sent something or
    /// closed its end). An interrupted or failed poll answers false.
    public func isReadyToRead() -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0 && entry.revents != 0
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

    /// Everything is already there.
    public func isReadyToRead() -> Bool { true }
}

/// The text of an errno value.
func systemErrorMessage(_ code: Int32) -> String {
    guard let s = strerror(code) else { return "error \(code)" }
    return String(cString: s).lowercased()
}
