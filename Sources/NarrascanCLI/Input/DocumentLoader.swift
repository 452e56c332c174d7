// Reads whole collections into memory for the commands that need every document at once (eval,
// explain of a JSONL file): small, labelled sets, not dumps. `score` and `stream` never use it.

import NarrascanCore

/// Loads documents from PATHs (files and directories, as `score` reads them).
struct DocumentLoader {
    let parser: JSONRecordParser
    let maxLineBytes: Int

    /// The documents and the inputs that failed.
    func load(_ paths: [String], stdin: ByteInput) throws(UsageError) -> (documents: [DocumentRecord], failures: [InputError]) {
        var documents: [DocumentRecord] = []
        var failures: [InputError] = []
        for item in try InputCollector().collect(paths) {
            switch item {
            case .failure(let error): failures.append(error)
            case .success(let input):
                do {
                    switch input.kind {
                    case .text:
                        var bytes = try readFile(input.path)
                        if let utf8 = transcodeUTF16(bytes) { bytes = utf8 }
                        if let reason = bytes.withUnsafeBufferPointer({ binaryContentReason($0) }) {
                            failures.append(InputError(path: input.path, reason: reason))
                            continue
                        }
                        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                        documents.append(DocumentRecord(id: documentID(forPath: input.path), text: bytes, path: input.path))
                    case .jsonl, .standardInput:
                        let source: ByteInput = input.kind == .jsonl ? try FileDescriptorInput(path: input.path) : stdin
                        let reader = LineReader(input: source, maxLineBytes: maxLineBytes)
                        while let event = try reader.next() {
                            switch event {
                            case .oversized(let length):
                                failures.append(InputError(path: input.path, line: reader.lineNumber, reason: "line of \(length) bytes is too long; skipped"))
                            case .line(let line):
                                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                                do { documents.append(try parser.parse(line, fallbackID: "\(input.path):\(reader.lineNumber)")) } catch {
                                    failures.append(InputError(path: input.path, line: reader.lineNumber, reason: "invalid record: \(error)"))
                                }
                            }
                        }
                    }
                } catch {
                    failures.append(error)
                }
            }
        }
        return (documents, failures)
    }
}
