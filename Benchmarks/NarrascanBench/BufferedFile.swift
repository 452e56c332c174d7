// A write-only file with a 1 MiB buffer, for the corpus generator and the multi-file batch, so a
// 1 GB corpus is written in large write(2) calls without holding it in memory.

#if canImport(Glibc)
import Glibc
#endif

/// Errors of the benchmark's own file handling.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

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

/// Reads a whole file (benchmark inputs only; the product never does this).
func readEntireFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { throw BenchError("\(path): cannot open (\(String(cString: strerror(errno))))") }
    defer { close(fd) }
    var info = stat()
    fstat(fd, &info)
    // st_size is 0 for /proc files: grow as needed and read to the end.
    var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 1 << 16))
    var offset = 0
    while true {
        if offset == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n <= 0 { break }
        offset += n
    }
    bytes.removeLast(bytes.count - offset)
    return bytes
}
