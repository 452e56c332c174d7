// Per time bucket (and, optionally, per source) counts of documents, of documents labelled with
// each narrative, their share and mean score, and the phrases behind the labels — the series that
// spike detection and the report read. It keeps counts, not documents, so memory grows with
// buckets × groups × phrases, not with the feed. Documents without a parsable date are counted
// (and a few ids kept) rather than silently dropped. Every count is an integer — scores are summed
// in ten-thousandths, the precision `score` prints — so partial aggregations made anywhere (one
// per Spark partition) add up, in any order, to exactly what one pass over the documents gives.

import NarrascanCore

/// The counts of one bucket of one group.
struct TrendCell: Sendable, Equatable {
    var documents = 0
    /// Documents labelled with each narrative.
    var labelled: [String: Int] = [:]
    /// Sum of each narrative's scores over all documents, in units of 0.0001: each score rounded
    /// as `score` prints it, so that the sum is exact, order-free, and the same for raw documents
    /// and for their `score` output.
    var scoreUnits: [String: Int] = [:]
    /// Per narrative: phrase → number of labelled documents in which it matched.
    var phrases: [String: [String: Int]] = [:]

    func share(_ narrative: String) -> Double { documents == 0 ? 0 : Double(labelled[narrative] ?? 0) / Double(documents) }
    func meanScore(_ narrative: String) -> Double { documents == 0 ? 0 : Double(scoreUnits[narrative] ?? 0) / 10_000 / Double(documents) }

    /// A score in units of 0.0001, rounded as `formatDecimal` rounds it for output.
    static func units(ofScore score: Double) -> Int { score.isFinite ? Int((score * 10_000).rounded()) : 0 }

    /// The phrases that matched most often in documents labelled with `narrative` (ties by phrase).
    func topPhrases(_ narrative: String, limit: Int = 5) -> [(phrase: String, documents: Int)] {
        (phrases[narrative] ?? [:]).map { (phrase: $0.key, documents: $0.value) }
            .sorted { ($1.documents, $0.phrase) < ($0.documents, $1.phrase) }
            .prefix(limit).map { $0 }
    }

    /// Adds the counts of `other` (of the same bucket and group).
    mutating func merge(_ other: TrendCell) {
        documents += other.documents
        for (n, k) in other.labelled { labelled[n, default: 0] += k }
        for (n, u) in other.scoreUnits { scoreUnits[n, default: 0] += u }
        for (n, counts) in other.phrases {
            for (p, k) in counts { phrases[n, default: [:]][p, default: 0] += k }
        }
    }

    mutating func add(_ d: MonitoredDocument) {
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

/// One bucket of a series.
struct TrendPoint: Sendable {
    var bucket: Int
    var cell: TrendCell
}

/// Accumulates monitored documents into buckets.
struct TrendAggregation: Sendable {
    let unit: BucketUnit
    /// Group by source (else one group named "").
    let bySource: Bool
    private(set) var cells: [String: [Int: TrendCell]] = [:]
    /// Every narrative seen in a document's scores.
    private(set) var narrativeSet: Set<String> = []
    private(set) var documents = 0
    private(set) var undated = 0
    /// The first few undated documents' ids.
    private(set) var undatedIDs: [String] = []
    private(set) var firstBucket: Int?
    private(set) var lastBucket: Int?

    init(unit: BucketUnit, bySource: Bool) {
        self.unit = unit
        self.bySource = bySource
    }

    /// The group name of documents without a source.
    static let unknownSource = "(no source)"

    /// Sorted narrative names.
    var narratives: [String] { narrativeSet.sorted() }

    /// Sorted group names ([""] when not grouping).
    var groups: [String] { cells.keys.sorted() }

    /// Adds a document; returns its bucket, or nil when it has no parsable date.
    @discardableResult
    mutating func add(_ d: MonitoredDocument) -> Int? {
        documents += 1
        narrativeSet.formUnion(d.scores.keys)
        guard let date = d.date, let day = parseDay(date) else {
            undated += 1
            if undatedIDs.count < 10 { undatedIDs.append(d.id) }
            return nil
        }
        let bucket = unit.bucket(ofDay: day)
        let group = bySource ? (d.source.flatMap { $0.isEmpty ? nil : $0 } ?? TrendAggregation.unknownSource) : ""
        cells[group, default: [:]][bucket, default: TrendCell()].add(d)
        firstBucket = min(firstBucket ?? bucket, bucket)
        lastBucket = max(lastBucket ?? bucket, bucket)
        return bucket
    }

    /// Adds partial counts made elsewhere (`trend --emit-counts`); returns the bucket of a day's
    /// counts, nil for the counts of undated documents.
    @discardableResult
    mutating func merge(_ counts: TrendCounts) -> Int? {
        narrativeSet.formUnion(counts.narratives)
        switch counts.kind {
        case .day(let day, let source, let cell):
            documents += cell.documents
            let bucket = unit.bucket(ofDay: day)
            let group = bySource ? (source.isEmpty ? TrendAggregation.unknownSource : source) : ""
            cells[group, default: [:]][bucket, default: TrendCell()].merge(cell)
            firstBucket = min(firstBucket ?? bucket, bucket)
            lastBucket = max(lastBucket ?? bucket, bucket)
            return bucket
        case .totals(let count, let ids, _, _):
            documents += count
            undated += count
            undatedIDs.append(contentsOf: ids.prefix(max(0, 10 - undatedIDs.count)))
            return nil
        }
    }

    /// A group's buckets from the first to `through` (default: the last bucket of any group),
    /// empty buckets included, so that neighbours in the array are neighbours in time.
    func series(_ group: String, through last: Int? = nil) -> [TrendPoint] {
        guard let first = firstBucket, let end = last ?? lastBucket, end >= first else { return [] }
        let groupCells = cells[group] ?? [:]
        return (first...end).map { TrendPoint(bucket: $0, cell: groupCells[$0] ?? TrendCell()) }
    }
}
