// Thin wrappers over POSIX file calls used by the CLI (no Foundation file APIs: they are slower and
// hide errno).

#if canImport(Glibc)
import Glibc
#endif

func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
}

func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
}

func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
}

func parentDirectory(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
}

/// The entries of a directory (without . and ..), unsorted; empty when it cannot be read.
func listDirectory(_ path: String) -> [String] {
    (try? readDirectory(path)) ?? []
}

/// The entries of a directory (without . and ..), unsorted.
func readDirectory(_ path: String) throws(InputError) -> [String] {
    guard let dir = opendir(path) else { throw InputError(path: path, reason: systemErrorMessage(errno)) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        // Read the name in place: a dirent is only as long as its name, so copying the 256-byte
        // `d_name` field out (`entry.pointee.d_name`) reads past the end of the last entry
        // (AddressSanitizer: heap-buffer-overflow).
        let name = String(cString: (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self))
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}

/// Reads a whole regular file; nil when it cannot.
func readWholeFile(_ path: String) -> [UInt8]? {
    try? readFile(path)
}

/// Reads a whole regular file.
func readFile(_ path: String, limit: Int = Int.max) throws(InputError) -> [UInt8] {
    try readAll(FileDescriptorInput(path: path), path: path, limit: limit)
}

/// Reads `input` to its end; `path` names it in messages.
func readAll(_ input: any ByteInput, path: String, limit: Int = Int.max) throws(InputError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        var failure: InputError?
        let n = chunk.withUnsafeMutableBytes { buffer -> Int in
            do { return try input.read(into: buffer.baseAddress!, count: buffer.count) } catch {
                failure = error as? InputError ?? InputError(path: path, reason: "read failed")
                return 0
            }
        }
        if let failure { throw failure }
        if n == 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
        if bytes.count > limit { throw InputError(path: path, reason: "larger than \(limit) bytes") }
    }
    return bytes
}
