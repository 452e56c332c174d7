// The batch engine of `score`: documents go in one at a time, results come out in input order.
//
// Work is gathered into a window (≈ 4 MiB of input or 4,096 documents per job), the window is cut
// into `jobs × 4` contiguous slices, and `DispatchQueue.concurrentPerform` scores the slices, each
// with its own scratch and output buffer. The window is then written in order. With more than one
// job a window is scored in the background while the caller reads the next one (half the size, so
// that the two windows together hold what one did), and written when the next window is handed
// over or the batch ends: reading and writing no longer leave the workers idle. Memory is bounded
// by the window whatever the input size, and output is byte-identical for any --jobs.

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
    private var pending: [WorkItem] = []
    private var pendingBytes = 0
    /// The number of failed inputs and records so far.
    public private(set) var failures = 0
    /// The number of documents scored.
    public private(set) var documents = 0
    /// Set when --fail-fast met an error: the caller stops feeding.
    public private(set) var stopped = false
    private var bytesSeen = 0
    /// The window being scored in the background (more than one job): written by `drain`.
    private var inFlight: (done: DispatchGroup, results: SliceResults, slices: Int)?

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
        let perJob = jobs == 1 ? 1 : 2  // two half windows in flight with more than one job
        if pendingBytes * perJob >= jobs * (4 << 20) || pending.count * perJob >= jobs * 4096 { try flushWindow() }
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

    /// The result of one item.
    enum Outcome {
        case output([UInt8])
        case failure(InputError)
    }

    /// Scores the queued window: at once with one job; with more, in the background, after which
    /// the window before it (if any) is written.
    private func flushWindow() throws(OutputClosed) {
        guard !pending.isEmpty, !stopped else { return }
        let items = pending
        pending.removeAll(keepingCapacity: true)
        bytesSeen += pendingBytes
        pendingBytes = 0
        let slices = jobs == 1 ? 1 : min(items.count, jobs * 4)
        let results = SliceResults(count: slices)
        let work: @Sendable (Int) -> Void = { [classifier, formatter, parser, identifyLanguage] slice in
            let lo = items.count * slice / slices, hi = items.count * (slice + 1) / slices
            let scratch = MatchScratch()
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(hi - lo)
            for item in items[lo..<hi] {
                outcomes.append(ScorePipeline.process(item, classifier, formatter, parser, scratch, identifyLanguage: identifyLanguage))
            }
            results.store(outcomes, at: slice)
        }
        if slices == 1 && jobs == 1 {
            work(0)
            try write(results, slices: slices)
            return
        }
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { DispatchQueue.concurrentPerform(iterations: slices, execute: work) }
        try drain()
        inFlight = (done, results, slices)
    }

    /// Waits for the window scored in the background, if any, and writes it.
    private func drain() throws(OutputClosed) {
        guard let window = inFlight else { return }
        inFlight = nil
        window.done.wait()
        guard !stopped else { return }
        try write(window.results, slices: window.slices)
    }

    /// Writes a scored window in order, reporting its failures in their places.
    private func write(_ results: SliceResults, slices: Int) throws(OutputClosed) {
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
        _ scratch: MatchScratch, identifyLanguage: Bool = false
    ) -> Outcome {
        var record: DocumentRecord
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
            if identifyLanguage && record.lang == nil { record.lang = LanguageIdentifier().identify(record.text) }
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
/// that ThreadSanitizer reports.) `take` runs after `concurrentPerform` has returned (with more
/// than one job: after the window's `DispatchGroup` has been waited for).
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
    let source: DocumentSource
    /// Files a walk met that are not scored (tables without the text column), added as met.
    var notScored: [NotScoredFile] = []

    /// Feeds one input. Input-level problems are reported through the pipeline.
    mutating func feed(_ item: InputItem, to pipeline: ScorePipeline) throws(OutputClosed) {
        var skipped: String?
        try source.read(item) { (event) throws(OutputClosed) -> Bool in
            switch event {
            case .line(let line, let number): try pipeline.add(.line(bytes: Array(line), path: item.path, line: number))
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
