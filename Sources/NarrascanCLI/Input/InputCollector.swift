// Expands the PATHs of a batch into the inputs to read, in a deterministic order: each PATH in
// the order given; a directory recursively, entries sorted by name, keeping *.txt, *.md, *.jsonl and
// *.ndjson files. Symlinks are followed, but a directory seen before (same device and inode) is not
// entered again, so symlink loops end. Unreadable directories, FIFOs and sockets are reported as
// failed inputs and the walk goes on. A PATH that does not exist at all is a usage error.

#if canImport(Glibc)
import Glibc
#endif

/// How an input's bytes are read.
public enum InputKind: Sendable, Equatable {
    /// The whole file is one document.
    case text
    /// One JSON record per line.
    case jsonl
    /// Standard input: JSONL if it starts with '{', else one text document.
    case standardInput
}

/// One input of a batch.
public struct InputItem: Sendable, Equatable {
    public var path: String
    public var kind: InputKind
}

/// Walks PATHs into `InputItem`s.
public struct InputCollector {
    public init() {}

    /// The kind of a file by its extension; nil for files a directory walk skips.
    public static func kind(ofFileNamed name: String) -> InputKind? {
        let lower = name.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { return .jsonl }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".md") { return .text }
        return nil
    }

    /// Expands `paths`. Returns the inputs and the problems met on the way (in walk order, each
    /// placed before the inputs that follow it).
    /// - Throws: `UsageError` for a PATH that does not exist.
    public func collect(_ paths: [String]) throws(UsageError) -> [Result<InputItem, InputError>] {
        var result: [Result<InputItem, InputError>] = []
        for path in paths {
            if path == "-" {
                result.append(.success(InputItem(path: "-", kind: .standardInput)))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                var linkInfo = stat()
                if lstat(path, &linkInfo) == 0 {
                    result.append(.failure(InputError(path: path, reason: "broken symbolic link")))
                    continue
                }
                throw UsageError("\(path): no such file or directory")
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var visited: Set<[UInt64]> = []
                walk(path, info: info, visited: &visited, into: &result)
            } else {
                result.append(.success(InputItem(path: path, kind: InputCollector.kind(ofFileNamed: path) ?? .text)))
            }
        }
        return result
    }

    private func walk(
        _ directory: String, info: stat, visited: inout Set<[UInt64]>, into result: inout [Result<InputItem, InputError>]
    ) {
        let key = [UInt64(info.st_dev), UInt64(info.st_ino)]
        guard visited.insert(key).inserted else { return }  // a symlink loop or a second way in
        let names: [String]
        do { names = try readDirectory(directory) } catch {
            result.append(.failure(InputError(path: directory, reason: "cannot read directory: \(error.reason)")))
            return
        }
        for name in names.sorted() {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                if InputCollector.kind(ofFileNamed: name) != nil {
                    result.append(.failure(InputError(path: path, reason: systemErrorMessage(errno))))
                }
                continue
            }
            let type = entry.st_mode & S_IFMT
            if type == S_IFDIR {
                walk(path, info: entry, visited: &visited, into: &result)
            } else if let kind = InputCollector.kind(ofFileNamed: name) {
                if type == S_IFREG {
                    result.append(.success(InputItem(path: path, kind: kind)))
                } else {
                    result.append(.failure(InputError(path: path, reason: "not a regular file (FIFO, socket or device); skipped")))
                }
            }
        }
    }
}

/// Recognises content that is not text: compressed archives, PDFs, UTF-16, NUL bytes.
/// - Returns: a reason to refuse the input, or nil.
func binaryContentReason(_ head: UnsafeBufferPointer<UInt8>) -> String? {
    if head.count >= 2 && head[0] == 0x1F && head[1] == 0x8B { return "gzip-compressed data, not text; decompress it first" }
    if head.count >= 4 && head[0] == 0x25 && head[1] == 0x50 && head[2] == 0x44 && head[3] == 0x46 { return "a PDF document, not text" }
    if head.count >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04 { return "a ZIP archive, not text" }
    if head.count >= 3 && head[0] == 0x42 && head[1] == 0x5A && head[2] == 0x68 { return "bzip2-compressed data, not text" }
    if head.count >= 6 && head[0] == 0xFD && head[1] == 0x37 && head[2] == 0x7A && head[3] == 0x58 { return "xz-compressed data, not text" }
    if head.count >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)) {
        return "UTF-16 text; narrascan reads UTF-8 (convert with: iconv -f UTF-16 -t UTF-8)"
    }
    let probe = head.prefix(8192)
    if probe.contains(0) { return "binary data (NUL bytes), not text" }
    return nil
}

/// Decodes UTF-16 (with a BOM) to UTF-8; nil when `bytes` has no UTF-16 BOM.
func transcodeUTF16(_ bytes: [UInt8]) -> [UInt8]? {
    guard bytes.count >= 2 else { return nil }
    let little: Bool
    if bytes[0] == 0xFF && bytes[1] == 0xFE { little = true } else if bytes[0] == 0xFE && bytes[1] == 0xFF { little = false } else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = 2
    while i + 1 < bytes.count {
        units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
        i += 2
    }
    var out: [UInt8] = []
    out.reserveCapacity(units.count * 2)
    for scalar in Unicode.UTF16.decode(units) { appendUTF8(scalar, to: &out) }
    return out
}

extension Unicode.UTF16 {
    /// Decodes code units, replacing unpaired surrogates with U+FFFD.
    static func decode(_ units: [UInt16]) -> [UInt32] {
        var result: [UInt32] = []
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): result.append(s.value)
            case .emptyInput: break loop
            case .error: result.append(0xFFFD)
            }
        }
        return result
    }
}
