// Partial trend counts: what `trend --emit-counts` writes and what `trend` reads back and adds up.
// A distributed run (scripts/spark/narrascan_spark.py) aggregates each partition with
// `trend --emit-counts`, adds the records of equal day and source in the cluster (plain integer
// sums), and hands the merged records to one `narrascan trend`, which buckets them and runs its own
// spike detection — so the series and spikes are exactly those of one `trend` over the documents.
//
// Two records, both {"type":"counts", …}, one per line:
//
//   {"type":"counts","day":"2021-11-08","source":"belta","documents":12,
//    "narratives":{"hybrid-attack":{"labelled":3,"score_units":21034,"phrases":{"hybrid attack":2}},…}}
//   {"type":"counts","undated":2,"ids":["a","b"],"failures":0,"error_records":1,"narratives":["hybrid-attack",…]}
//
// The first counts the dated documents of one day and one source ("(no source)" when they have
// none): documents, per narrative the documents labelled with it, the sum of its scores in units
// of 0.0001, and per phrase the labelled documents it matched in. Days, not --by buckets, so the
// final `trend` may bucket by any unit. The second carries what is not per day: undated documents
// and the first ten of their ids, input lines that failed, `stream` error records skipped, and
// every narrative seen. Integer counts add up exactly in any order; the undated ids must be
// concatenated in input order (partition order), then cut to ten.

import NarrascanMonitoring

/// One counts record.
struct TrendCounts: Sendable, Equatable {
    /// What a record counts.
    enum Kind: Sendable, Equatable {
        /// The dated documents of one day (a day number, see `parseDay`) and one source.
        case day(Int, source: String, cell: TrendCell)
        /// The rest: undated documents (and the first ids), failed inputs, skipped error records.
        case totals(undated: Int, ids: [String], failures: Int, errorRecords: Int)
    }

    var kind: Kind
    /// The narratives that the counted documents were scored for.
    var narratives: [String]

    /// The record that begins a counts line (a line of `trend` input that is neither score
    /// output nor a document).
    static let type = "counts"
}

extension TrendAggregation {
    /// The `--emit-counts` records of an aggregation made with `unit: .day, grouping: .source`:
    /// one per day and source with documents (by source, then day), then the totals record.
    func countsRecords(failures: Int, errorRecords: Int) -> [UInt8] {
        precondition(unit == .day && grouping == .source, "counts are per day and source")
        let names = narratives
        var w = JSONWriter()
        for group in groups {
            let days = cells[group] ?? [:]
            for day in days.keys.sorted() {
                let cell = days[day]!
                w.raw("{\"type\":\"counts\",\"day\":")
                w.string(formatDay(day))
                w.member(",\"source\":", group)
                w.member(",\"documents\":", int: cell.documents)
                w.raw(",\"narratives\":{")
                for (k, n) in names.enumerated() {
                    if k > 0 { w.raw(",") }
                    w.string(n)
                    w.member(":{\"labelled\":", int: cell.labelled[n] ?? 0)
                    w.member(",\"score_units\":", int: cell.scoreUnits[n] ?? 0)
                    w.raw(",\"phrases\":{")
                    for (j, p) in (cell.phrases[n] ?? [:]).sorted(by: { $0.key < $1.key }).enumerated() {
                        if j > 0 { w.raw(",") }
                        w.string(p.key)
                        w.raw(":")
                        w.int(p.value)
                    }
                    w.raw("}}")
                }
                w.raw("}}\n")
            }
        }
        w.member("{\"type\":\"counts\",\"undated\":", int: undated)
        w.raw(",\"ids\":[")
        for (k, id) in undatedIDs.enumerated() {
            if k > 0 { w.raw(",") }
            w.string(id)
        }
        w.member("],\"failures\":", int: failures)
        w.member(",\"error_records\":", int: errorRecords)
        w.raw(",\"narratives\":[")
        for (k, n) in names.enumerated() {
            if k > 0 { w.raw(",") }
            w.string(n)
        }
        w.raw("]}\n")
        return w.bytes
    }
}

extension TrendCounts {
    /// Parses a counts line (members in any order; unknown members are skipped).
    /// - Throws: `JSONRecordError` for bad JSON, a day that is not YYYY-MM-DD, or a negative count.
    init(parsing line: UnsafeBufferPointer<UInt8>) throws(JSONRecordError) {
        var c = JSONCursor(bytes: line)
        var day: Int?
        var source = ""
        var cell = TrendCell()
        var undated = 0, failures = 0, errorRecords = 0
        var ids: [String] = []
        var names: [String] = []
        c.skipSpace()
        try c.forEachMember(notAnObject: "a record must be a JSON object") { (c: inout JSONCursor, key: String) throws(JSONRecordError) in
            switch key {
            case "day":
                let column = c.column
                let text = String(decoding: try c.string(), as: UTF8.self)
                guard text.utf8.count == 10, let d = parseDay(text) else {
                    throw JSONRecordError(column: column, message: "a counts record's day must be YYYY-MM-DD, not '\(text)'")
                }
                day = d
            case "source": source = String(decoding: try c.string(), as: UTF8.self)
            case "documents": cell.documents = try TrendCounts.count(&c)
            case "undated": undated = try TrendCounts.count(&c)
            case "failures": failures = try TrendCounts.count(&c)
            case "error_records": errorRecords = try TrendCounts.count(&c)
            case "ids": ids = try TrendCounts.strings(&c)
            case "narratives":
                c.skipSpace()
                if c.peek == UInt8(ascii: "[") {
                    names = try TrendCounts.strings(&c)
                } else {
                    try c.forEachMember(notAnObject: "expected an object or an array of narratives") { (c: inout JSONCursor, n: String) throws(JSONRecordError) in
                        names.append(n)
                        try c.forEachMember(notAnObject: "expected an object") { (c: inout JSONCursor, field: String) throws(JSONRecordError) in
                            switch field {
                            case "labelled": cell.labelled[n] = try TrendCounts.count(&c)
                            case "score_units": cell.scoreUnits[n] = try TrendCounts.count(&c)
                            case "phrases":
                                try c.forEachMember(notAnObject: "expected an object of phrases") { (c: inout JSONCursor, p: String) throws(JSONRecordError) in
                                    cell.phrases[n, default: [:]][p] = try TrendCounts.count(&c)
                                }
                            default: try c.skipValue()
                            }
                        }
                    }
                }
            default: try c.skipValue()
            }
        }
        c.skipSpace()
        if !c.atEnd { throw JSONRecordError(column: c.column, message: "unexpected data after the JSON object") }
        cell.labelled = cell.labelled.filter { $0.value != 0 }
        cell.scoreUnits = cell.scoreUnits.filter { $0.value != 0 }
        cell.phrases = cell.phrases.filter { !$0.value.isEmpty }
        if let day {
            kind = .day(day, source: source, cell: cell)
        } else {
            kind = .totals(undated: undated, ids: ids, failures: failures, errorRecords: errorRecords)
        }
        narratives = names
    }

    private static func count(_ c: inout JSONCursor) throws(JSONRecordError) -> Int {
        let column = c.column
        guard let v = Int(String(decoding: try c.numberLiteral(), as: UTF8.self)), v >= 0 else {
            throw JSONRecordError(column: column, message: "expected a count (a whole number, 0 or more)")
        }
        return v
    }

    private static func strings(_ c: inout JSONCursor) throws(JSONRecordError) -> [String] {
        var result: [String] = []
        try c.expect(UInt8(ascii: "["), "expected an array")
        c.skipSpace()
        if c.peek == UInt8(ascii: "]") {
            c.advance()
            return result
        }
        while true {
            c.skipSpace()
            result.append(String(decoding: try c.string(), as: UTF8.self))
            c.skipSpace()
            if c.peek == UInt8(ascii: ",") {
                c.advance()
                continue
            }
            try c.expect(UInt8(ascii: "]"), "expected ',' or ']' in the array")
            return result
        }
    }
}

extension TrendAggregation {
    /// Adds a counts record; returns the bucket of a day's counts, nil for the totals record.
    @discardableResult
    mutating func merge(_ counts: TrendCounts) -> Int? {
        switch counts.kind {
        case .day(let day, let source, let cell):
            return merge(day: day, source: source, cell: cell, narratives: Set(counts.narratives))
        case .totals(let undated, let ids, _, _):
            mergeUndated(count: undated, ids: ids, narratives: Set(counts.narratives))
            return nil
        }
    }
}
