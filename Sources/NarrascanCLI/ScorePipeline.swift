// The batch engine of `score`: documents go in one at a time, results come out in input order.
//
// Work is gathered into a window (≈ 4 MiB of input or 4,096 documents per job), the window is cut
// into `jobs × 4` contiguous slices, and `DispatchQueue.concurrentPerform` scores the slices, each
// with its own scratch and output buffer. The window is then written in order. Memory is bounded by
// the window whatever the input size, and output is byte-identical for any --jobs.

import Dispatch
import NarrascanCore

/// One unit of batch work.
public enum WorkItem: Sendable {
    /// A JSONL line still to parse.
    case line(bytes: [UInt8], path: String, line: Int)
    /// A document already read.
    case document(DocumentRecord)
}

/// Scores work items in parallel, writes results in order, and counts failures.
public final class ScorePipeline {
    let classifier: NarrativeClassifier
    let formatter: ResultFormatter
    let parser: JSONRecordParser
    let jobs: Int
    let failFast: Bool
    let context: CommandContext
    private var pending: [WorkItem] = []
    private var pendingBytes = 0
    /// The number of failed inputs and records so far.
    public private(set) var failures = 0
    /// The number of documents scored.
    public private(set) var documents = 0
    /// Set when --fail-fast met an error: the caller stops feeding.
    public private(set) var stopped = false
    private var bytesSeen = 0

    public init(
        classifier: NarrativeClassifier, formatter: ResultFormatter, parser: JSONRecordParser, jobs: Int,
        failFast: Bool, context: CommandContext
    ) {
        self.classifier = classifier
        self.formatter = formatter
        self.parser = parser
        self.jobs = max(1, jobs)
        self.failFast = failFast
        self.context = context
    }

    /// Queues one item; scores and writes a full window.
    public func add(_ item: WorkItem) throws(OutputClosed) {
        guard !stopped else { return }
        pending.append(item)
        switch item {
        case .line(let bytes, _, _): pendingBytes += bytes.count
        case .document(let d): pendingBytes += d.text.count
        }
        if pendingBytes >= jobs * (4 << 20) || pending.count >= jobs * 4096 { try flushWindow() }
    }

    /// Reports a failed input in its place in the output order.
    public func fail(_ error: InputError) throws(OutputClosed) {
        guard !stopped else { return }
        try flushWindow()
        report(error)
    }

    /// Scores and writes whatever is queued.
    public func finish() throws(OutputClosed) {
        try flushWindow()
        try context.stdout.flush()
    }

    private func report(_ error: InputError) {
        failures += 1
        context.warn("narrascan: \(error)")
        if failFast { stopped = true }
    }

    /// The result of one item.
    enum Outcome {
        case output([UInt8])
        case failure(InputError)
    }

    private func flushWindow() throws(OutputClosed) {
        guard !pending.isEmpty else { return }
        let items = pending
        pending.removeAll(keepingCapacity: true)
        bytesSeen += pendingBytes
        pendingBytes = 0
        let slices = jobs == 1 ? 1 : min(items.count, jobs * 4)
        let results = SliceResults(count: slices)
        let work: @Sendable (Int) -> Void = { [classifier, formatter, parser] slice in
            let lo = items.count * slice / slices, hi = items.count * (slice + 1) / slices
            let scratch = MatchScratch()
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(hi - lo)
            for item in items[lo..<hi] {
                outcomes.append(ScorePipeline.process(item, classifier, formatter, parser, scratch))
            }
            results.store(outcomes, at: slice)
        }
        if slices == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: slices, execute: work) }
        for slice in 0..<slices {
            for outcome in results.take(slice) {
                switch outcome {
                case .output(let bytes):
                    documents += 1
                    try context.stdout.write(bytes)
                case .failure(let error):
                    try context.stdout.flush()
                    report(error)
                    if stopped { return }
                }
            }
        }
        if context.stderr.isTerminal && documents >= 2000 {
            try? context.stderr.write("\rnarrascan: \(documents) documents, \(bytesSeen >> 20) MiB")
            try? context.stderr.flush()
        }
    }

    static func process(
        _ item: WorkItem, _ classifier: NarrativeClassifier, _ formatter: ResultFormatter, _ parser: JSONRecordParser,
        _ scratch: MatchScratch
    ) -> Outcome {
        let record: DocumentRecord
        switch item {
        case .document(let d): record = d
        case .line(let bytes, let path, let line):
            do {
                record = try bytes.withUnsafeBufferPointer { buffer throws(JSONRecordError) in
                    try parser.parse(buffer, fallbackID: "\(path):\(line)")
                }
            } catch {
                return .failure(InputError(path: path, line: line, reason: "invalid record: \(error)"))
            }
        }
        let score = record.text.withUnsafeBufferPointer { classifier.classify($0, scratch: scratch) }
        var out: [UInt8] = []
        formatter.append(record, score, to: &out)
        return .output(out)
    }
}

/// Per-slice results written by concurrent workers, each to its own slot.
///
/// The slots are a fixed allocation, not an `Array` property: each worker writes only its own
/// element. (Calling `withUnsafeMutableBufferPointer` on a shared array from several threads, as
/// this once did, is a mutating access of the array itself on every thread at once: a data race
/// that ThreadSanitizer reports.) `take` runs after `concurrentPerform` has returned.
final class SliceResults: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<[ScorePipeline.Outcome]>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: [], count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func store(_ outcomes: [ScorePipeline.Outcome], at slot: Int) {
        precondition(slot >= 0 && slot < count)
        slots[slot] = outcomes
    }
    func take(_ slot: Int) -> [ScorePipeline.Outcome] { slots[slot] }
}

/// Reads the inputs of a batch and feeds them to a pipeline.
struct BatchReader {
    let context: CommandContext
    let maxLineBytes: Int

    /// Feeds one input. Input-level problems are reported through the pipeline.
    func feed(_ item: InputItem, to pipeline: ScorePipeline) throws(OutputClosed) {
        switch item.kind {
        case .text:
            do {
                var bytes = try readAll(context.openFile(item.path), path: item.path)
                if let utf8 = transcodeUTF16(bytes) {
                    bytes = utf8
                } else if let reason = bytes.withUnsafeBufferPointer({ binaryContentReason($0) }) {
                    try pipeline.fail(InputError(path: item.path, reason: reason))
                    return
                }
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                try pipeline.add(.document(DocumentRecord(id: documentID(forPath: item.path), text: bytes, path: item.path)))
            } catch let error as InputError {
                try pipeline.fail(error)
            } catch {
                throw OutputClosed()
            }
        case .jsonl:
            let input: any ByteInput
            do { input = try context.openFile(item.path) } catch {
                try pipeline.fail(error)
                return
            }
            try feedLines(LineReader(input: input, maxLineBytes: maxLineBytes), path: item.path, to: pipeline)
        case .standardInput:
            let reader = LineReader(input: context.stdin, maxLineBytes: maxLineBytes)
            try feedLines(reader, path: "-", to: pipeline, sniff: true)
        }
    }

    /// Feeds JSONL lines. With `sniff`, input whose first non-blank byte is not '{' is read as one
    /// plain-text document instead.
    private func feedLines(_ reader: LineReader, path: String, to pipeline: ScorePipeline, sniff: Bool = false) throws(OutputClosed) {
        var first = true
        var plain: [UInt8]? = nil
        while !pipeline.stopped {
            let event: LineEvent?
            do { event = try reader.next() } catch {
                try pipeline.fail(error)
                return
            }
            guard let event else { break }
            switch event {
            case .oversized(let length):
                try pipeline.fail(
                    InputError(path: path, line: reader.lineNumber, reason: "line of \(length) bytes is longer than --max-line-bytes \(maxLineBytes); skipped"))
            case .line(var line):
                if first {
                    first = false
                    if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = UnsafeBufferPointer(rebasing: line[3...]) }
                    if let reason = binaryContentReason(line) {
                        try pipeline.fail(InputError(path: path, reason: reason))
                        return
                    }
                    if sniff, line.first(where: { $0 != 0x20 && $0 != 0x09 }) != UInt8(ascii: "{") { plain = [] }
                }
                if plain != nil {
                    if reader.lineNumber > 1 { plain!.append(0x0A) }
                    plain!.append(contentsOf: line)
                    continue
                }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // blank lines between records
                try pipeline.add(.line(bytes: Array(line), path: path, line: reader.lineNumber))
            }
        }
        if let plain { try pipeline.add(.document(DocumentRecord(id: "-", text: plain))) }
    }
}

/// A text file's document id: its file name without the extension.
func documentID(forPath path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
    return name
}
