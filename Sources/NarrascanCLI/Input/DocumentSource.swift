// The one reader every command uses for its inputs: it opens a file or standard input, looks at
// the first bytes, runs a decompressor when they are compressed, decides the format (option,
// extension, sniffing; see `DocumentFormat`) and hands out what the input holds, in order: JSONL
// lines (parsed by the caller, so `score` can parse them on its workers), documents of every other
// format, and problems. A bad record or item is one problem and the input goes on; an input that
// cannot be read at all is one problem and the batch goes on.

import NarrascanCore

#if canImport(Glibc)
import Glibc
#endif

/// What one input yields, in order.
package enum InputEvent {
    /// One line of a JSONL input (valid until the handler returns; see `DocumentSource.lineArena`)
    /// and its 1-based number.
    case line(UnsafeBufferPointer<UInt8>, number: Int)
    /// A document of any other format.
    case document(DocumentRecord)
    /// A problem with the input or one of its records; the reading goes on when it can.
    case failure(InputError)
    /// The input is not something to score (a table without the text column met in a directory
    /// walk); `reason` says why, for the walk's summary.
    case notScored(reason: String)
}

/// Which documents without a `lang` get one from language identification.
enum LanguageIdentification: Sendable {
    /// None (output as the input gave it).
    case never
    /// Documents of the formats that rarely say (pages, feeds, Telegram, tables); JSONL and text
    /// documents stay as they were, so `score` output on them is unchanged.
    case newFormats
    /// Every document.
    case always
}

/// How inputs are read: the options every reading command shares. Package-visible so that the
/// fuzz targets read each format through this same code, in process.
package struct DocumentSource {
    /// `--input-format`, overriding extension and sniffing.
    var format: DocumentFormat?
    var textField = "text"
    var idField = "id"
    var maxLineBytes = 16 << 20
    var identifyLanguage = LanguageIdentification.newFormats
    /// Standard input, for the PATH "-".
    let stdin: ByteInput
    /// Opens a file by path (`CommandContext.openFile`: the real file, or a test's wrapper that
    /// changes it on disk while it is read).
    var openFile: (String) throws(InputError) -> any ByteInput = { (path) throws(InputError) in try FileDescriptorInput(path: path) }
    /// Where JSONL lines are read (`score`'s pipeline: lines stay there for its window, valid after
    /// the handler returns for as long as the window retains their block). Without one, a line is
    /// valid until the handler returns.
    var lineArena: LineArena? = nil

    /// Reads one input, calling `handle` for each event until it returns false.
    package func read<E: Error>(_ item: InputItem, _ handle: (InputEvent) throws(E) -> Bool) throws(E) {
        try readUnlabelled(item, handle)
    }

    /// `d` with a `lang` from language identification when it has none and the policy asks for
    /// one; `plain` is true for JSONL and text documents.
    func withLanguage(_ d: DocumentRecord, plain: Bool) -> DocumentRecord {
        guard d.lang == nil, identifyLanguage == .always || (identifyLanguage == .newFormats && !plain) else { return d }
        var d = d
        d.lang = LanguageIdentifier().identify(d.text)
        return d
    }

    private func readUnlabelled<E: Error>(_ item: InputItem, _ handle: (InputEvent) throws(E) -> Bool) throws(E) {
        let opened: OpenedInput
        do { opened = try open(item) } catch {
            _ = try handle(.failure(error))
            return
        }
        let path = item.path
        var format = format ?? (path == "-" ? nil : DocumentFormat.fromName(path)) ?? DocumentFormat.sniff(opened.head, textField: textField)
        if self.format == nil && path != "-" && DocumentFormat.worthSniffing(path) {
            // A .xml file is read as a feed, a .json file as a Telegram export; anything else in
            // one is not a document: a walk counts it; a named file is read as a feed or export
            // (and fails saying why), except JSON lines named .json, which are read as JSONL.
            let isXML = DocumentFormat.extensionBase(path).hasSuffix(".xml")
            if isXML && format != .rss && format != .atom || !isXML && format != .telegram {
                if item.fromWalk {
                    _ = try handle(.notScored(reason: isXML ? "XML that is not an RSS or Atom feed" : "JSON that is not a Telegram export"))
                    return
                }
                if isXML || format != .jsonl { format = isXML ? .rss : .telegram }  // named: read it as what it claims
            }
        }
        switch format {
        case .jsonl:
            try readLines(opened, path: path, handle)
        case .csv, .tsv:
            try readTable(opened, item: item, separator: format == .csv ? UInt8(ascii: ",") : 0x09, handle)
        case .text, .html, .rss, .atom, .telegram:
            var bytes: [UInt8]
            do { bytes = try readAll(opened) } catch {
                _ = try handle(.failure(error))
                return
            }
            if let utf8 = transcodeUTF16(bytes) { bytes = utf8 } else if let reason = bytes.withUnsafeBufferPointer({ binaryContentReason($0) }) {
                _ = try handle(.failure(InputError(path: path, reason: reason)))
                return
            }
            try readWhole(bytes, format: format, item: item, handle)
        }
    }

    private func readWhole<E: Error>(_ bytes: [UInt8], format: DocumentFormat, item: InputItem, _ handle: (InputEvent) throws(E) -> Bool) throws(E) {
        let path = item.path
        let id = path == "-" ? "-" : documentID(forPath: path)
        let filePath: String? = path == "-" ? nil : path
        switch format {
        case .text:
            var text = bytes
            if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
            _ = try handle(.document(withLanguage(DocumentRecord(id: id, text: text, path: filePath), plain: true)))
        case .html:
            _ = try handle(.document(withLanguage(HTMLArticle.document(bytes, id: id, path: filePath), plain: false)))
        case .rss, .atom:
            let (documents, problems) = FeedReader.documents(bytes, name: path)
            for d in documents where !(try handle(.document(withLanguage(d, plain: false)))) { return }
            for p in problems where !(try handle(.failure(InputError(path: path, reason: p)))) { return }
        case .telegram:
            do {
                for d in try TelegramExport.documents(bytes) where !(try handle(.document(withLanguage(d, plain: false)))) { return }
            } catch let error as JSONRecordError {
                let line = bytes.prefix(error.column - 1).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                _ = try handle(.failure(InputError(path: path, line: line, reason: "not a readable Telegram export: \(error.message)")))
            } catch {
                throw error as! E
            }
        case .jsonl, .csv, .tsv:
            break
        }
    }

    private func readLines<E: Error>(_ opened: OpenedInput, path: String, _ handle: (InputEvent) throws(E) -> Bool) throws(E) {
        let reader = lineArena.map { LineReader(input: opened.input, maxLineBytes: maxLineBytes, arena: $0) }
            ?? LineReader(input: opened.input, maxLineBytes: maxLineBytes)
        defer { reader.finish() }
        var first = true
        while true {
            let event: LineEvent?
            do { event = try reader.next() } catch {
                _ = try handle(.failure(error))
                return
            }
            guard let event else { return }
            switch event {
            case .oversized(let length):
                let problem = InputError(path: path, line: reader.lineNumber, reason: "line of \(length) bytes is longer than --max-line-bytes \(maxLineBytes); skipped")
                if !(try handle(.failure(problem))) { return }
            case .line(var line):
                if first {
                    first = false
                    if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = UnsafeBufferPointer(rebasing: line[3...]) }
                    if let reason = binaryContentReason(line) {
                        _ = try handle(.failure(InputError(path: path, reason: reason)))
                        return
                    }
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }  // blank lines between records
                if !(try handle(.line(line, number: reader.lineNumber))) { return }
            }
        }
    }

    private func readTable<E: Error>(_ opened: OpenedInput, item: InputItem, separator: UInt8, _ handle: (InputEvent) throws(E) -> Bool) throws(E) {
        let path = item.path
        if let reason = binaryContentReason(opened.head) {
            _ = try handle(.failure(InputError(path: path, reason: reason)))
            return
        }
        let table = DelimitedTable(reader: LineReader(input: opened.input, maxLineBytes: maxLineBytes), separator: separator)
        do {
            guard try table.readHeader() else { return }
        } catch {
            _ = try handle(.failure(InputError(path: path, line: error.line, reason: error.reason)))
            return
        }
        guard let columns = DelimitedColumns(table, textField: textField, idField: idField) else {
            let names = table.columns.joined(separator: ", ")
            if item.fromWalk {
                _ = try handle(.notScored(reason: "a table without a '\(textField)' column (columns: \(names))"))
            } else {
                _ = try handle(.failure(InputError(path: path, line: 1, reason: "no '\(textField)' column (columns: \(names)); name the text column with --text-field")))
            }
            return
        }
        while true {
            let row: [[UInt8]]?
            do { row = try table.nextRow() } catch {
                if !(try handle(.failure(InputError(path: path, line: error.line, reason: error.reason)))) { return }
                continue
            }
            guard let row else { return }
            let record = withLanguage(columns.record(row, fallbackID: "\(path):\(table.rowLine)"), plain: false)
            if !(try handle(.document(record))) { return }
        }
    }

    /// An input opened, decompressed when it needs to be, with its first bytes already read.
    struct OpenedInput {
        let input: ByteInput
        /// The first bytes (also still handed out by `input`).
        let head: UnsafeBufferPointer<UInt8>
        let headStorage: PeekedInput
    }

    private func open(_ item: InputItem) throws(InputError) -> OpenedInput {
        let path = item.path
        let raw: ByteInput
        var fd: Int32?
        if path == "-" {
            raw = stdin
        } else {
            let file = try openFile(path)
            raw = file
            fd = (file as? FileDescriptorInput)?.fd
        }
        var peeked = try PeekedInput(raw, name: path)
        if Compression.sniff(peeked.head) == .gzip {
            // In process: the bytes read ahead, then the rest.
            peeked = try PeekedInput(GzipInput(peeked, name: path), name: path)
        } else if let compression = Compression.sniff(peeked.head) {
            let decompressed: DecompressingInput
            if let fd {
                lseek(fd, 0, SEEK_SET)
                decompressed = try DecompressingInput(name: path, compression: compression, sourceFD: fd)
            } else {
                decompressed = try DecompressingInput(name: path, compression: compression, sourceFD: nil, prefix: peeked.bytes, feed: raw)
            }
            peeked = try PeekedInput(decompressed, name: path, keepAlive: raw)
        }
        return OpenedInput(input: peeked, head: peeked.head, headStorage: peeked)
    }

    private func readAll(_ opened: OpenedInput) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            var failure: InputError?
            let n = chunk.withUnsafeMutableBytes { buffer -> Int in
                do { return try opened.input.read(into: buffer.baseAddress!, count: buffer.count) } catch {
                    failure = error as? InputError
                    return 0
                }
            }
            if let failure { throw failure }
            if n == 0 { return bytes }
            bytes += chunk[0..<n]
        }
    }
}

extension DocumentSource {
    /// A source with `score`'s defaults that reads standard input from `stdin` as `format` (nil:
    /// sniffed, as `score -` does without `--input-format`). An initializer in an extension, so the
    /// memberwise one the commands use stays. For fuzz targets.
    package init(format: DocumentFormat?, stdin: ByteInput) {
        self.init(format: format, stdin: stdin, openFile: { (path) throws(InputError) in try FileDescriptorInput(path: path) })
    }
}

/// An input whose first bytes were read ahead (to sniff compression and format) and are handed
/// out again before the rest.
final class PeekedInput: ByteInput {
    let source: ByteInput
    private(set) var bytes: [UInt8] = []
    private var offset = 0
    private let storage: UnsafeMutableBufferPointer<UInt8>
    /// What must live as long as this input (the file a decompressor reads).
    private let keepAlive: AnyObject?

    /// Reads ahead until a line feed, 4 KiB or the end of input, whichever comes first (a live
    /// stream on standard input is never waited on for more than its first line).
    init(_ source: ByteInput, name: String, keepAlive: AnyObject? = nil) throws(InputError) {
        self.source = source
        self.keepAlive = keepAlive
        storage = .allocate(capacity: 4096)
        var filled = 0
        while filled < 4096 {
            let n = try source.read(into: storage.baseAddress! + filled, count: 4096 - filled)
            if n == 0 { break }
            filled += n
            if storage[0..<filled].contains(0x0A) && filled >= 16 { break }
        }
        bytes = Array(storage[0..<filled])
    }

    deinit { storage.deallocate() }

    /// The bytes read ahead.
    var head: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: storage[0..<bytes.count]) }

    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputError) -> Int {
        if offset < bytes.count {
            let n = min(count, bytes.count - offset)
            bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            offset += n
            return n
        }
        return try source.read(into: buffer, count: count)
    }

    func isReadyToRead() -> Bool { offset < bytes.count || source.isReadyToRead() }
}
