// Per time bucket (and, optionally, per source) counts of documents, of documents labelled with
// each narrative, their share and mean score, and the phrases behind the labels — the series that
// spike detection and the report read. It keeps counts, not documents, so memory grows with
// buckets × groups × phrases, not with the feed. Documents without a parsable date are counted
// (and a few ids kept) rather than silently dropped.

import NarrascanCore

/// The counts of one bucket of one group.
struct TrendCell: Sendable, Equatable {
    var documents = 0
    /// Documents labelled with each narrative.
    var labelled: [String: Int] = [:]
    /// Sum of each narrative's scores over all documents.
    var scoreSum: [String: Double] = [:]
    /// Per narrative: phrase → number of labelled documents in which it matched.
    var phrases: [String: [String: Int]] = [:]

    func share(_ narrative: String) -> Double { documents == 0 ? 0 : Double(labelled[narrative] ?? 0) / Double(documents) }
    func meanScore(_ narrative: String) -> Double { documents == 0 ? 0 : (scoreSum[narrative] ?? 0) / Double(documents) }

    /// The phrases that matched most often in documents labelled with `narrative` (ties by phrase).
    func topPhrases(_ narrative: String, limit: Int = 5) -> [(phrase: String, documents: Int)] {
        (phrases[narrative] ?? [:]).map { (phrase: $0.key, documents: $0.value) }
            .sorted { ($1.documents, $0.phrase) < ($0.documents, $1.phrase) }
            .prefix(limit).map { $0 }
    }

    mutating func add(_ d: MonitoredDocument) {
        documents += 1
        for (n, s) in d.scores { scoreSum[n, default: 0] += s }
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

    /// A group's buckets from the first to `through` (default: the last bucket of any group),
    /// empty buckets included, so that neighbours in the array are neighbours in time.
    func series(_ group: String, through last: Int? = nil) -> [TrendPoint] {
        guard let first = firstBucket, let end = last ?? lastBucket, end >= first else { return [] }
        let groupCells = cells[group] ?? [:]
        return (first...end).map { TrendPoint(bucket: $0, cell: groupCells[$0] ?? TrendCell()) }
    }
}
