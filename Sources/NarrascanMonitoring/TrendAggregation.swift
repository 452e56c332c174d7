// Per time bucket (and, optionally, per source) counts of documents, of documents labelled with
// each narrative, their share and mean score, and the phrases behind the labels — the series that
// spike detection and the report read. It keeps counts, not documents, so memory grows with
// buckets × groups × phrases, not with the feed. Documents without a parsable date are counted
// (and a few ids kept) rather than silently dropped. Every count is an integer — scores are summed
// in ten-thousandths, the precision `score` prints — so partial aggregations made anywhere (one
// per Spark partition) add up, in any order, to exactly what one pass over the documents gives.

import NarrascanCore

/// The counts of one bucket of one group.
public struct TrendCell: Sendable, Equatable {
    public var documents = 0
    /// Documents labelled with each narrative.
    public var labelled: [String: Int] = [:]
    /// Sum of each narrative's scores over all documents, in units of 0.0001: each score rounded
    /// as `score` prints it, so that the sum is exact, order-free, and the same for raw documents
    /// and for their `score` output.
    public var scoreUnits: [String: Int] = [:]
    /// Per narrative: phrase → number of labelled documents in which it matched.
    public var phrases: [String: [String: Int]] = [:]

    /// An empty cell.
    public init() {}

    public func share(_ narrative: String) -> Double { documents == 0 ? 0 : Double(labelled[narrative] ?? 0) / Double(documents) }
    public func meanScore(_ narrative: String) -> Double { documents == 0 ? 0 : Double(scoreUnits[narrative] ?? 0) / 10_000 / Double(documents) }

    /// A score in units of 0.0001, rounded as `formatDecimal` rounds it for output.
    public static func units(ofScore score: Double) -> Int { score.isFinite ? Int((score * 10_000).rounded()) : 0 }

    /// The phrases that matched most often in documents labelled with `narrative` (ties by phrase).
    public func topPhrases(_ narrative: String, limit: Int = 5) -> [(phrase: String, documents: Int)] {
        (phrases[narrative] ?? [:]).map { (phrase: $0.key, documents: $0.value) }
            .sorted { ($1.documents, $0.phrase) < ($0.documents, $1.phrase) }
            .prefix(limit).map { $0 }
    }

    /// Adds the counts of `other` (of the same bucket and group).
    public mutating func merge(_ other: TrendCell) {
        documents += other.documents
        for (n, k) in other.labelled { labelled[n, default: 0] += k }
        for (n, u) in other.scoreUnits { scoreUnits[n, default: 0] += u }
        for (n, counts) in other.phrases {
            for (p, k) in counts { phrases[n, default: [:]][p, default: 0] += k }
        }
    }

    public mutating func add(_ d: MonitoredDocument) {
        documents += 1
        for (n, s) in d.scores { scoreUnits[n, default: 0] += TrendCell.units(ofScore: s) }
        for label in d.labels {
            labelled[label, default: 0] += 1
            var seen = Set<String>()
            for e in d.evidence where e.narrative == label && e.weight > 0 && seen.insert(e.phrase).inserted {
                phrases[label, default: [:]][e.phrase, default: 0] += 1
            }
        }
    }
}

/// What a trend groups documents by, besides their time bucket.
public enum TrendGrouping: String, Sendable, CaseIterable {
    /// One group for all documents.
    case none
    /// The document's `source` ("(no source)" when it has none).
    case source
    /// The document's language, given or identified ("und" when unknown).
    case lang
}

/// One bucket of a series.
public struct TrendPoint: Sendable {
    public var bucket: Int
    public var cell: TrendCell
}

/// Accumulates monitored documents into buckets.
public struct TrendAggregation: Sendable {
    public let unit: BucketUnit
    /// Group by source (else one group named "").
    public let bySource: Bool
    /// What documents are grouped by (besides their bucket).
    public let grouping: TrendGrouping
    /// Whether there are groups other than the one unnamed group.
    public var isGrouped: Bool { grouping != .none }
    public private(set) var cells: [String: [Int: TrendCell]] = [:]
    /// Every narrative seen in a document's scores.
    public private(set) var narrativeSet: Set<String> = []
    public private(set) var documents = 0
    public private(set) var undated = 0
    /// The first few undated documents' ids.
    public private(set) var undatedIDs: [String] = []
    public private(set) var firstBucket: Int?
    public private(set) var lastBucket: Int?

    public init(unit: BucketUnit, bySource: Bool) {
        self.init(unit: unit, grouping: bySource ? .source : .none)
    }

    public init(unit: BucketUnit, grouping: TrendGrouping) {
        self.unit = unit
        self.grouping = grouping
        self.bySource = grouping == .source
    }

    /// The group name of documents without a source.
    public static let unknownSource = "(no source)"

    /// Sorted narrative names.
    public var narratives: [String] { narrativeSet.sorted() }

    /// Sorted group names ([""] when not grouping).
    public var groups: [String] { cells.keys.sorted() }

    /// Adds a document; returns its bucket, or nil when it has no parsable date.
    @discardableResult
    public mutating func add(_ d: MonitoredDocument) -> Int? {
        documents += 1
        narrativeSet.formUnion(d.scores.keys)
        guard let date = d.date, let day = parseDay(date) else {
            undated += 1
            if undatedIDs.count < 10 { undatedIDs.append(d.id) }
            return nil
        }
        let bucket = unit.bucket(ofDay: day)
        let group: String
        switch grouping {
        case .none: group = ""
        case .source: group = d.source.flatMap { $0.isEmpty ? nil : $0 } ?? TrendAggregation.unknownSource
        case .lang: group = d.lang.flatMap { $0.isEmpty ? nil : $0 } ?? "und"
        }
        cells[group, default: [:]][bucket, default: TrendCell()].add(d)
        firstBucket = min(firstBucket ?? bucket, bucket)
        lastBucket = max(lastBucket ?? bucket, bucket)
        return bucket
    }

    /// Adds one day's partial counts of one source, made elsewhere (a `trend --emit-counts`
    /// record); returns their bucket. With `grouping == .lang` the counts cannot be placed (they
    /// are kept per source), so callers refuse that combination.
    @discardableResult
    public mutating func merge(day: Int, source: String, cell: TrendCell, narratives: Set<String>) -> Int {
        narrativeSet.formUnion(narratives)
        documents += cell.documents
        let bucket = unit.bucket(ofDay: day)
        let group = grouping == .source ? (source.isEmpty ? TrendAggregation.unknownSource : source) : ""
        cells[group, default: [:]][bucket, default: TrendCell()].merge(cell)
        firstBucket = min(firstBucket ?? bucket, bucket)
        lastBucket = max(lastBucket ?? bucket, bucket)
        return bucket
    }

    /// Adds the partial counts of `count` undated documents (the first few of whose ids are `ids`).
    public mutating func mergeUndated(count: Int, ids: [String], narratives: Set<String>) {
        narrativeSet.formUnion(narratives)
        documents += count
        undated += count
        undatedIDs.append(contentsOf: ids.prefix(max(0, 10 - undatedIDs.count)))
    }

    /// A group's buckets from the first to `through` (default: the last bucket of any group),
    /// empty buckets included, so that neighbours in the array are neighbours in time.
    public func series(_ group: String, through last: Int? = nil) -> [TrendPoint] {
        guard let first = firstBucket, let end = last ?? lastBucket, end >= first else { return [] }
        let groupCells = cells[group] ?? [:]
        return (first...end).map { TrendPoint(bucket: $0, cell: groupCells[$0] ?? TrendCell()) }
    }
}
