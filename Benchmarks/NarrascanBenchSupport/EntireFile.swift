// Reading a benchmark input whole (phrase lists, corpora held in memory, /proc files).

#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole file (benchmark inputs only; the product never does this).
package func readEntireFile(_ path: String) throws -> [UInt8] {
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
