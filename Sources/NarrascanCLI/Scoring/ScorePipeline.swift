// The batch engine of `score`: documents go in one at a time, results come out in input order.
//
// Work is gathered into a window (≈ 512 KiB of input or 2,048 documents per job; 1 MiB or 4,096
// with one job, which only has to amortise a window's set-up), the window is cut into `jobs × 4` contiguous
// slices, and `DispatchQueue.concurrentPerform` scores the slices, each with its own scratch and
// output buffer. The window is then written in order. With more than one job a window is scored in
// the background while the caller reads the next one, and written when the next window is handed
// over or the batch ends: reading and writing no longer leave the workers idle. Memory is bounded
// by the window whatever the input size, and output is byte-identical for any --jobs.
//
// A JSONL line is not copied on its way: the reader reads it into a block of the pipeline's
// `LineArena` and the window keeps it there (block, offset), holding the block until the window is
// written. (A line from elsewhere, as `add(.line)` gives, is copied into the window's own buffer.)
// A worker parses a line into a record it reuses (so the decoded text needs no allocation of its
// own), scores it from there, and appends its output line to the slice's one output buffer, which
// is written as it is.

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
    /// Identify the language of JSONL records without `lang` (`--identify-lang`).
    public var identifyLanguage = false
    let context: CommandContext
    /// The window being gathered: its items in input order, the arena blocks its lines lie in
    /// (retained until it is written), and the bytes of lines that came from elsewhere, copied.
    private var pending: [PendingItem] = []
    private var blocks: [LineBlock] = []
    private var lines = LineWindow()
    /// Where the batch's readers read JSONL lines (`DocumentSource.lineArena`), so that the window
    /// scores them where they were read.
    let lineArena: LineArena
    /// The buffer of the last window written (more than one job), kept for the next window.
    private var spareLines: LineWindow?
    private var pendingBytes = 0
    /// The number of failed inputs and records so far.
    public private(set) var failures = 0
    /// The number of documents scored.
    public private(set) var documents = 0
    /// Set when --fail-fast met an error: the caller stops feeding.
    public private(set) var stopped = false
    private var bytesSeen = 0
    /// The window being scored in the background (more than one job): written by `drain`.
    private var inFlight: (done: DispatchGroup, results: SliceResults, slices: Int, lines: LineWindow, blocks: [LineBlock])?

    /// - Parameter lineBlockSize: the arena's block size (tests use small blocks to cross many).
    public init(
        classifier: NarrativeClassifier, formatter: ResultFormatter, parser: JSONRecordParser, jobs: Int,
        failFast: Bool, context: CommandContext, lineBlockSize: Int = 256 << 10
    ) {
        self.classifier = classifier
        self.formatter = formatter
        self.parser = parser
        self.jobs = max(1, jobs)
        self.failFast = failFast
        self.context = context
        self.lineArena = LineArena(blockSize: lineBlockSize)
    }

    /// Queues one item; scores and writes a full window.
    public func add(_ item: WorkItem) throws(OutputClosed) {
        switch item {
        case .line(let bytes, let path, let line):
            try bytes.withUnsafeBufferPointer { (b) throws(OutputClosed) in try addLine(b, path: path, line: line) }
        case .document(let d):
            guard !stopped else { return }
            pending.append(.document(d))
            pendingBytes += d.text.count
            try flushIfFull()
        }
    }

    /// Queues a JSONL line still to parse; scores and writes a full window. A line in the
    /// arena's current block stays there (the window retains the block); any other is copied.
    public func addLine(_ bytes: UnsafeBufferPointer<UInt8>, path: String, line: Int) throws(OutputClosed) {
        guard !stopped else { return }
        if let offset = lineArena.offset(of: bytes) {
            let block = lineArena.current
            if blocks.last !== block {
                lineArena.retain(block)
                blocks.append(block)
            }
            pending.append(.line(block: blocks.count - 1, start: offset, count: bytes.count, path: path, line: line))
        } else {
            if lines.bytes.capacity == 0 { reserveLineBytes() }
            pending.append(.line(block: -1, start: lines.bytes.count, count: bytes.count, path: path, line: line))
            lines.bytes.append(contentsOf: bytes)
        }
        pendingBytes += bytes.count
        try flushIfFull()
    }

    private func flushIfFull() throws(OutputClosed) {
        if pendingBytes >= windowBytes || pending.count >= windowItems { try flushWindow() }
    }

    /// A window is full at this many bytes of input, or this many items: 512 KiB or 2,048 items
    /// per job (two windows are in flight with more than one job). One job scores a window at
    /// once, with no parallelism to feed: 1 MiB is enough, and its line buffer (an allocation of
    /// its own, fresh pages) adds less to peak memory. With two jobs a window of 1 MiB (it was
    /// 4 MiB until round nine) took the same time over 200 MB (13 interleaved runs: 0.80 s against
    /// 0.79 s) and peak RSS fell from 38.0 to 30.8 MB; the workers also start after 1 MiB is read
    /// instead of 4.
    private var windowBytes: Int { jobs == 1 ? 1 << 20 : jobs * (512 << 10) }
    private var windowItems: Int { jobs == 1 ? 4096 : jobs * 2048 }

    /// Space for a window's lines and the line that fills it, reserved once (growing by doubling
    /// past a full window would hold both copies at once).
    private func reserveLineBytes() {
        lines.bytes.reserveCapacity(windowBytes + (256 << 10))
    }

    /// Reports a failed input in its place in the output order.
    public func fail(_ error: InputError) throws(OutputClosed) {
        guard !stopped else { return }
        try flushWindow()
        try drain()
        report(error)
    }

    /// Scores and writes whatever is queued.
    public func finish() throws(OutputClosed) {
        try flushWindow()
        try drain()
        try context.stdout.flush()
    }

    private func report(_ error: InputError) {
        failures += 1
        context.warn("narrascan: \(error)")
        if failFast { stopped = true }
    }

    /// One queued item: a line (its place: `start` in the window's block `block`, or in the
    /// window's copied `lines` when `block` is -1) or a document.
    enum PendingItem {
        case line(block: Int, start: Int, count: Int, path: String, line: Int)
        case document(DocumentRecord)
    }

    /// What one slice of a window produced: the output lines of its documents one after the
    /// other, and its failures, each with where it falls among them.
    struct SliceOutput {
        var bytes: [UInt8] = []
        var documents = 0
        /// Each failure with the output bytes and documents before it in this slice.
        var failures: [(offset: Int, documents: Int, error: InputError)] = []
    }

    /// Scores the queued window: at once with one job; with more, in the background, after which
    /// the window before it (if any) is written.
    private func flushWindow() throws(OutputClosed) {
        guard !pending.isEmpty, !stopped else { return }
        bytesSeen += pendingBytes
        pendingBytes = 0
        if jobs == 1 {
            // Scored in place: the window's arrays keep their storage for the next window.
            let results = SliceResults(count: 1)
            lines.bytes.withUnsafeBufferPointer { window in
                results.store(
                    ScorePipeline.scoreSlice(
                        pending[...], window, blocks, classifier, formatter, parser, MatchScratch(), identifyLanguage: identifyLanguage),
                    at: 0)
            }
            pending.removeAll(keepingCapacity: true)
            lines.bytes.removeAll(keepingCapacity: true)
            releaseBlocks(blocks)
            blocks.removeAll(keepingCapacity: true)
            try write(results, slices: 1)
            return
        }
        let items = pending
        let window = lines
        let windowBlocks = blocks
        pending.removeAll(keepingCapacity: true)
        blocks.removeAll(keepingCapacity: true)
        let slices = min(items.count, jobs * 4)
        let results = SliceResults(count: slices)
        let work: @Sendable (Int) -> Void = { [classifier, formatter, parser, identifyLanguage] slice in
            let lo = items.count * slice / slices, hi = items.count * (slice + 1) / slices
            window.bytes.withUnsafeBufferPointer { window in
                results.store(
                    ScorePipeline.scoreSlice(
                        items[lo..<hi], window, windowBlocks, classifier, formatter, parser, MatchScratch(),
                        identifyLanguage: identifyLanguage),
                    at: slice)
            }
        }
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { DispatchQueue.concurrentPerform(iterations: slices, execute: work) }
        // The window's buffer goes with it; the next window fills the buffer of the window before
        // (free again once `drain` has written it), so two buffers serve the whole batch.
        lines = LineWindow()
        try drain()
        if let spare = spareLines {
            lines = spare
            spareLines = nil
        }
        inFlight = (done, results, slices, window, windowBlocks)
    }

    /// A written window's blocks go back to the arena (to be read into again once no window
    /// holds them).
    private func releaseBlocks(_ blocks: [LineBlock]) {
        for block in blocks { lineArena.release(block) }
    }

    /// Scores a run of a window's items into one output buffer (one worker's share).
    static func scoreSlice(
        _ items: ArraySlice<PendingItem>, _ window: UnsafeBufferPointer<UInt8>, _ blocks: [LineBlock],
        _ classifier: NarrativeClassifier, _ formatter: ResultFormatter, _ parser: JSONRecordParser, _ scratch: MatchScratch,
        identifyLanguage: Bool
    ) -> SliceOutput {
        var output = SliceOutput()
        var record = DocumentRecord(id: "", text: [])
        for item in items {
            if let error = ScorePipeline.process(
                item, window, blocks, classifier, formatter, parser, scratch, record: &record, to: &output.bytes,
                identifyLanguage: identifyLanguage)
            {
                output.failures.append((output.bytes.count, output.documents, error))
            } else {
                output.documents += 1
            }
        }
        return output
    }

    /// Waits for the window scored in the background, if any, and writes it.
    private func drain() throws(OutputClosed) {
        guard let window = inFlight else { return }
        inFlight = nil
        window.done.wait()
        window.lines.bytes.removeAll(keepingCapacity: true)
        spareLines = window.lines
        releaseBlocks(window.blocks)
        guard !stopped else { return }
        try write(window.results, slices: window.slices)
    }

    /// Writes a scored window in order, reporting its failures in their places.
    private func write(_ results: SliceResults, slices: Int) throws(OutputClosed) {
        for slice in 0..<slices {
            let output = results.take(slice)
            var written = 0, counted = 0
            for failure in output.failures {
                try writeBytes(output.bytes, written..<failure.offset)
                documents += failure.documents - counted
                written = failure.offset
                counted = failure.documents
                try context.stdout.flush()
                report(failure.error)
                if stopped { return }
            }
            try writeBytes(output.bytes, written..<output.bytes.count)
            documents += output.documents - counted
        }
        if context.stderr.isTerminal && documents >= 2000 {
            try? context.stderr.write("\rnarrascan: \(documents) documents, \(bytesSeen >> 20) MiB")
            try? context.stderr.flush()
        }
    }

    private func writeBytes(_ bytes: [UInt8], _ range: Range<Int>) throws(OutputClosed) {
        guard !range.isEmpty else { return }
        var failed = false
        bytes.withUnsafeBytes { all in
            do { try context.stdout.write(UnsafeRawBufferPointer(rebasing: all[range])) } catch { failed = true }
        }
        if failed { throw OutputClosed() }
    }

    /// Scores one item and appends its output line to `out`; the error instead when it is a line
    /// that is no valid record.
    ///
    /// - Parameters:
    ///   - window: the window's copied line bytes, which a `.line` item of block -1 indexes.
    ///   - blocks: the arena blocks the window's other lines lie in.
    ///   - record: scratch for a line's record, reused from item to item (its text's storage too).
    static func process(
        _ item: PendingItem, _ window: UnsafeBufferPointer<UInt8>, _ blocks: [LineBlock], _ classifier: NarrativeClassifier,
        _ formatter: ResultFormatter, _ parser: JSONRecordParser, _ scratch: MatchScratch,
        record: inout DocumentRecord, to out: inout [UInt8], identifyLanguage: Bool = false
    ) -> InputError? {
        switch item {
        case .document(let d):
            let score = d.text.withUnsafeBufferPointer { classifier.classify($0, scratch: scratch, evidence: formatter.includeEvidence) }
            formatter.append(d, score, to: &out)
        case .line(let block, let start, let count, let path, let line):
            let bytes =
                block < 0
                ? UnsafeBufferPointer(rebasing: window[start..<start + count])
                : UnsafeBufferPointer(start: blocks[block].base + start, count: count)
            do {
                try parser.parse(bytes, fallbackID: "\(path):\(line)", into: &record)
            } catch {
                return InputError(path: path, line: line, reason: "invalid record: \(error)")
            }
            if identifyLanguage && record.lang == nil { record.lang = LanguageIdentifier().identify(record.text) }
            let score = record.text.withUnsafeBufferPointer { classifier.classify($0, scratch: scratch, evidence: formatter.includeEvidence) }
            formatter.append(record, score, to: &out)
        }
        return nil
    }
}

/// The JSONL lines of one window, one after the other, in a box the pipeline keeps and reuses.
///
/// Written only by the pipeline's thread, and only while no worker reads it: with more than one
/// job the workers read a window's lines from its hand-over until `drain` has waited for them,
/// and the pipeline fills another box meanwhile (hence `@unchecked Sendable`).
final class LineWindow: @unchecked Sendable {
    var bytes: [UInt8] = []
}

/// Per-slice results written by concurrent workers, each to its own slot.
///
/// The slots are a fixed allocation, not an `Array` property: each worker writes only its own
/// element. (Calling `withUnsafeMutableBufferPointer` on a shared array from several threads, as
/// this once did, is a mutating access of the array itself on every thread at once: a data race
/// that ThreadSanitizer reports.) `take` runs after `concurrentPerform` has returned (with more
/// than one job: after the window's `DispatchGroup` has been waited for).
final class SliceResults: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<ScorePipeline.SliceOutput>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: ScorePipeline.SliceOutput(), count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func store(_ output: ScorePipeline.SliceOutput, at slot: Int) {
        precondition(slot >= 0 && slot < count)
        slots[slot] = output
    }
    func take(_ slot: Int) -> ScorePipeline.SliceOutput { slots[slot] }
}

/// Reads the inputs of a batch and feeds them to a pipeline.
struct BatchReader {
    let source: DocumentSource
    /// Files a walk met that are not scored (tables without the text column), added as met.
    var notScored: [NotScoredFile] = []

    /// Feeds one input. Input-level problems are reported through the pipeline.
    mutating func feed(_ item: InputItem, to pipeline: ScorePipeline) throws(OutputClosed) {
        var skipped: String?
        try source.read(item) { (event) throws(OutputClosed) -> Bool in
            switch event {
            case .line(let line, let number): try pipeline.addLine(line, path: item.path, line: number)
            case .document(let d): try pipeline.add(.document(d))
            case .failure(let error): try pipeline.fail(error)
            case .notScored(let reason): skipped = reason
            }
            return !pipeline.stopped
        }
        if let skipped { notScored.append(NotScoredFile(path: item.path, reason: skipped)) }
    }
}

/// A text file's document id: its file name without the extension.
func documentID(forPath path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if let dot = name.lastIndex(of: "."), dot != name.startIndex { return String(name[..<dot]) }
    return name
}
