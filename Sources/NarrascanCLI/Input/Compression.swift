// Compressed inputs: gzip, zstd, bzip2 and xz, recognised by extension or by their magic bytes.
// gzip, by far the most common for dumps, is read in process (`GzipInput`). The others are read
// through the system's decompressor (`zstd -dc`, `bzip2 -dc`, `xz -dc`) as a child process whose
// output is read like a file. Reading a pipe keeps memory flat on a dump of any size (the child
// streams; narrascan holds one buffer), needs no compression library in the toolchain, and uses
// every decompressor the machine has. A corrupt or truncated archive makes the child fail: its exit
// status and first line of stderr become an input error naming the file.

#if canImport(Glibc)
import Glibc
#endif
import Dispatch

/// A compression format.
public enum Compression: String, Sendable, CaseIterable {
    case gzip, zstd, bzip2, xz

    /// The file-name suffix.
    public var suffix: String {
        switch self {
        case .gzip: return ".gz"
        case .zstd: return ".zst"
        case .bzip2: return ".bz2"
        case .xz: return ".xz"
        }
    }

    /// The decompressing command; nil for gzip, which is read in process (`GzipInput`).
    var command: [String]? {
        switch self {
        case .gzip: return nil
        case .zstd: return ["zstd", "-dcq"]
        case .bzip2: return ["bzip2", "-dc"]
        case .xz: return ["xz", "-dc"]
        }
    }

    /// The compression a (lower-cased) file name ends with.
    public static func fromName(_ name: String) -> Compression? {
        let lower = name.lowercased()
        if lower.hasSuffix(".tgz") { return nil }  // an archive of files, not one stream
        return allCases.first { lower.hasSuffix($0.suffix) }
    }

    /// The compression whose magic bytes start `head`.
    public static func sniff(_ head: UnsafeBufferPointer<UInt8>) -> Compression? {
        if head.count >= 2 && head[0] == 0x1F && head[1] == 0x8B { return .gzip }
        if head.count >= 4 && head[0] == 0x28 && head[1] == 0xB5 && head[2] == 0x2F && head[3] == 0xFD { return .zstd }
        if head.count >= 3 && head[0] == 0x42 && head[1] == 0x5A && head[2] == 0x68 { return .bzip2 }
        if head.count >= 6 && head[0] == 0xFD && head[1] == 0x37 && head[2] == 0x7A && head[3] == 0x58 && head[4] == 0x5A { return .xz }
        return nil
    }
}

/// Reads the decompressed bytes of a compressed input from a decompressor child process.
final class DecompressingInput: ByteInput {
    let name: String
    let compression: Compression
    private let pid: pid_t
    private var stdoutFD: Int32
    private let stderrFD: Int32
    private var finished = false

    /// Starts the decompressor on `source` (a descriptor positioned at the compressed data's start),
    /// or, when `source` is nil, on bytes fed from `prefix` then `feed` through a pipe.
    /// - Throws: `InputError` when the decompressor cannot be started (not installed).
    init(name: String, compression: Compression, sourceFD: Int32?, prefix: [UInt8] = [], feed: ByteInput? = nil) throws(InputError) {
        self.name = name
        self.compression = compression
        guard let arguments = compression.command else {
            throw InputError(path: name, reason: "\(compression.rawValue) is read in process, not by a decompressor")
        }
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0], inPipe: [Int32] = [-1, -1]
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw InputError(path: name, reason: "cannot create a pipe: \(systemErrorMessage(errno))") }
        if sourceFD == nil { _ = pipe(&inPipe) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, sourceFD ?? inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in [outPipe[0], outPipe[1], errPipe[0], errPipe[1], inPipe[0], inPipe[1]] where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var child = pid_t()
        let status = posix_spawnp(&child, arguments[0], &actions, nil, &argv, environ)
        close(outPipe[1])
        close(errPipe[1])
        if inPipe[0] >= 0 { close(inPipe[0]) }
        guard status == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            if inPipe[1] >= 0 { close(inPipe[1]) }
            throw InputError(path: name, reason: "\(compression.rawValue)-compressed, and '\(arguments[0])' cannot be run (\(systemErrorMessage(status))); install it or decompress the file first")
        }
        pid = child
        stdoutFD = outPipe[0]
        stderrFD = errPipe[0]
        if let feed, inPipe[1] >= 0 {
            // Standard input: the bytes already read for sniffing, then the rest, on a thread of its own.
            let writer = PipeFeeder(fd: inPipe[1], prefix: prefix, source: feed)
            DispatchQueue.global().async { writer.run() }
        }
    }

    deinit {
        if stdoutFD >= 0 { close(stdoutFD) }
        close(stderrFD)
        if !finished {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        if finished { return 0 }
        while true {
            let n = Glibc.read(stdoutFD, buffer, count)
            if n > 0 { return n }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw InputError(path: name, reason: "read failed: \(systemErrorMessage(errno))") }
            break
        }
        finished = true
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        if exited && code == 0 { return 0 }
        var message: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1024)
        while message.count < 4096 {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(stderrFD, $0.baseAddress, 1024) }
            if n <= 0 { break }
            message += chunk[0..<n]
        }
        let firstLine = message.split(separator: 0x0A).first.map { String(decoding: $0, as: UTF8.self).trimmingSpaces } ?? ""
        let detail = firstLine.isEmpty ? "\(compression.command?[0] ?? compression.rawValue) exited with status \(code)" : firstLine
        throw InputError(path: name, reason: "corrupt or truncated \(compression.rawValue) data (\(detail))")
    }
}

/// Copies bytes into a decompressor's standard input from another thread.
final class PipeFeeder: @unchecked Sendable {
    let fd: Int32
    let prefix: [UInt8]
    let source: ByteInput

    init(fd: Int32, prefix: [UInt8], source: ByteInput) {
        self.fd = fd
        self.prefix = prefix
        self.source = source
    }

    func run() {
        defer { close(fd) }
        guard writeAll(prefix) else { return }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { (try? source.read(into: $0.baseAddress!, count: $0.count)) ?? 0 }
            if n == 0 || !writeAll(Array(chunk[0..<n])) { return }
        }
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}
