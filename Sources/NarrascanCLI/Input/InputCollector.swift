// Expands the PATHs of a batch into the inputs to read, in a deterministic order: each PATH in
// the order given; a directory recursively, entries sorted by name, keeping the files whose
// extension names a format narrascan reads (see `DocumentFormat`), compressed files, and `.xml` and
// `.json` files (sniffed when read). Everything else a walk meets is accounted for, never skipped
// in silence: `WalkResult.notScored` lists it with the reason, for the summary line on stderr.
// Hidden entries (names starting with '.') are not entered and are counted as such. Symlinks are
// followed, but a directory seen before (same device and inode) is not entered again, so symlink
// loops end. Unreadable directories, FIFOs and sockets are reported as failed inputs and the walk
// goes on. A PATH that does not exist at all is a usage error.

#if canImport(Glibc)
import Glibc
#endif

/// One input of a batch.
public struct InputItem: Sendable, Equatable {
    /// The file, or "-" for standard input.
    public var path: String
    /// Met in a directory walk (rather than named): a table without the text column is then
    /// not scored instead of failing.
    public var fromWalk: Bool

    public init(path: String, fromWalk: Bool = false) {
        self.path = path
        self.fromWalk = fromWalk
    }
}

/// A file a directory walk met and does not score, with the reason.
public struct NotScoredFile: Sendable, Equatable {
    public var path: String
    public var reason: String
}

/// Walks PATHs into `InputItem`s.
public struct InputCollector {
    public init() {}

    /// Whether a directory walk reads a file of this name.
    public static func isReadable(fileNamed name: String) -> Bool {
        DocumentFormat.fromName(name) != nil || Compression.fromName(name) != nil || DocumentFormat.worthSniffing(name)
    }

    /// Expands `paths`. Returns the inputs and the problems met on the way (in walk order, each
    /// placed before the inputs that follow it).
    /// - Throws: `UsageError` for a PATH that does not exist.
    public func collect(_ paths: [String]) throws(UsageError) -> [Result<InputItem, InputError>] {
        try collectAccounting(paths).inputs
    }

    /// Expands `paths`, also returning the files the walks did not take.
    /// - Throws: `UsageError` for a PATH that does not exist.
    public func collectAccounting(_ paths: [String]) throws(UsageError) -> (inputs: [Result<InputItem, InputError>], notScored: [NotScoredFile]) {
        var result: [Result<InputItem, InputError>] = []
        var notScored: [NotScoredFile] = []
        for path in paths {
            if path == "-" {
                result.append(.success(InputItem(path: "-")))
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
                walk(path, info: info, visited: &visited, into: &result, notScored: &notScored)
            } else {
                result.append(.success(InputItem(path: path)))
            }
        }
        return (result, notScored)
    }

    private func walk(
        _ directory: String, info: stat, visited: inout Set<[UInt64]>, into result: inout [Result<InputItem, InputError>],
        notScored: inout [NotScoredFile]
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
            if name.hasPrefix(".") {
                notScored.append(NotScoredFile(path: path, reason: "hidden"))
                continue
            }
            var entry = stat()
            guard stat(path, &entry) == 0 else {
                if InputCollector.isReadable(fileNamed: name) {
                    result.append(.failure(InputError(path: path, reason: systemErrorMessage(errno))))
                } else {
                    notScored.append(NotScoredFile(path: path, reason: "broken symbolic link"))
                }
                continue
            }
            let type = entry.st_mode & S_IFMT
            if type == S_IFDIR {
                walk(path, info: entry, visited: &visited, into: &result, notScored: &notScored)
            } else if InputCollector.isReadable(fileNamed: name) {
                if type == S_IFREG {
                    result.append(.success(InputItem(path: path, fromWalk: true)))
                } else {
                    result.append(.failure(InputError(path: path, reason: "not a regular file (FIFO, socket or device); skipped")))
                }
            } else {
                notScored.append(NotScoredFile(path: path, reason: "no format narrascan reads"))
            }
        }
    }
}

/// Writes what a walk did not score: one summary line on stderr counting the files by type
/// ("3 .png, 1 .tsv without a 'text' column"), and with `verbose` one line per file first.
func reportNotScored(_ files: [NotScoredFile], verbose: Bool, context: CommandContext) {
    guard !files.isEmpty else { return }
    if verbose {
        for f in files { context.warn("narrascan: not scored: \(f.path): \(f.reason)") }
    }
    var counts: [String: Int] = [:]
    for f in files {
        let label = f.reason == "hidden" ? "hidden" : f.reason == "no format narrascan reads" ? DocumentFormat.extensionLabel(f.path) : DocumentFormat.extensionLabel(f.path) + " " + shortReason(f.reason)
        counts[label, default: 0] += 1
    }
    let parts = counts.keys.sorted().map { "\(counts[$0]!) \($0)" }
    let total = files.count == 1 ? "1 file" : "\(files.count) files"
    context.warn("narrascan: not scored: \(total) (\(parts.joined(separator: ", ")))" + (verbose ? "" : "; --verbose lists them"))
}

/// The part of a reason that groups files in the summary ("without a 'text' column").
private func shortReason(_ reason: String) -> String {
    if let paren = reason.firstIndex(of: "(") { return String(reason[..<paren]).trimmingSpaces.replacingPrefix("a table ", with: "") }
    return reason
}

extension String {
    func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
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
