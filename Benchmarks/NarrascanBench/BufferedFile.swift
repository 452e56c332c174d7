// A write-only file with a 1 MiB buffer, for the corpus generator and the multi-file batch, so a
// 1 GB corpus is written in large write(2) calls without holding it in memory.

import NarrascanBenchSupport

#if canImport(Glibc)
import Glibc
#endif

/// Appends bytes to a file through a buffer.
final class BufferedFile {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Bytes appended so far.
    private(set) var written = 0

    /// Creates or truncates `path`.
    init(path: String) throws {
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw BenchError("\(path): cannot create (\(String(cString: strerror(errno))))") }
        buffer.reserveCapacity(1 << 20)
    }

    func append(_ bytes: [UInt8]) {
        buffer += bytes
        written += bytes.count
        if buffer.count >= 1 << 20 { flush() }
    }

    func flush() {
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, buffer.count - offset) }
            if n <= 0 { if errno == EINTR { continue }; fatalError("write failed: \(String(cString: strerror(errno)))") }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        Glibc.close(fd)
    }
}
