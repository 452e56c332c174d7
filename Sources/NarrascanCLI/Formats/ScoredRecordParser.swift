// Reads `score`/`stream` output lines, and raw JSONL documents (lines with "text" but no
// "scores"), into what the monitoring commands count, and builds a monitored document from a
// scored raw document.

import NarrascanCore
import NarrascanMonitoring

extension MonitoredDocument {
    /// A raw document scored with `classifier`; the text is kept when `keepText` (the report shows it).
    init(record: DocumentRecord, score: DocumentScore, keepText: Bool) {
        self.init(
            id: record.id, date: record.date, source: record.source, title: record.title, lang: record.lang,
            labels: score.labels, scores: Dictionary(uniqueKeysWithValues: score.narratives.map { ($0.narrative, $0.score) }),
            evidence: score.narratives.flatMap(\.evidence).map {
                MonitoredEvidence(narrative: $0.narrative, phrase: $0.phrase, start: $0.start, end: $0.end, weight: $0.weight, voice: $0.voice)
            },
            text: keepText ? record.text : nil)
    }
}

/// What one input line turned out to be.
enum MonitoredLine {
    /// A `score`/`stream` output record.
    case scored(MonitoredDocument)
    /// A raw document still to score.
    case raw(DocumentRecord)
    /// A `stream` error record ({"line": N, "error": …}): nothing to count.
    case errorRecord
    /// Partial counts written by `trend --emit-counts` ({"type": "counts", …}).
    case counts(TrendCounts)
}

/// Reads `score`/`stream` output lines, raw JSONL documents (lines with "text" but no "scores")
/// and `trend --emit-counts` records ("type": "counts"), with the JSON cursor of
/// `JSONRecordParser`. Unknown members are skipped.
struct ScoredRecordParser: Sendable {
    let raw: JSONRecordParser

    init(raw: JSONRecordParser = JSONRecordParser()) { self.raw = raw }

    func parse(_ line: UnsafeBufferPointer<UInt8>, fallbackID: String) throws(JSONRecordError) -> MonitoredLine {
        var cursor = JSONCursor(bytes: line)
        var doc = MonitoredDocument(id: fallbackID, labels: [], scores: [:])
        var sawScores = false, sawText = false, sawError = false, sawCounts = false
        cursor.skipSpace()
        if cursor.atStart && cursor.peek == 0xEF { cursor.skipBOM() }
        try cursor.forEachMember(notAnObject: "a record must be a JSON object") { (c: inout JSONCursor, key: String) throws(JSONRecordError) in
            switch key {
            case raw.idField:
                if c.peek == UInt8(ascii: "\"") {
                    doc.id = String(decoding: try c.string(), as: UTF8.self)
                } else if c.peek != UInt8(ascii: "n") {
                    doc.id = String(decoding: try c.numberLiteral(), as: UTF8.self)
                } else {
                    try c.skipValue()
                }
            case "date", "source", "title", "lang":
                let value = c.peek == UInt8(ascii: "\"") ? String(decoding: try c.string(), as: UTF8.self) : nil
                if value == nil { try c.skipValue() }
                switch key {
                case "date": doc.date = value
                case "source": doc.source = value
                case "lang": doc.lang = value
                default: doc.title = value
                }
            case "labels":
                doc.labels = try stringArray(&c)
            case "scores":
                sawScores = true
                try c.forEachMember(notAnObject: "expected an object") { (c: inout JSONCursor, name: String) throws(JSONRecordError) in
                    doc.scores[name] = try number(&c)
                }
            case "evidence":
                doc.evidence = try evidenceArray(&c)
            case "error":
                sawError = true
                try c.skipValue()
            case "type":
                if c.peek == UInt8(ascii: "\"") {
                    sawCounts = String(decoding: try c.string(), as: UTF8.self) == TrendCounts.type
                } else {
                    try c.skipValue()
                }
            case raw.textField:
                sawText = true
                try c.skipValue()
            default:
                try c.skipValue()
            }
        }
        cursor.skipSpace()
        if !cursor.atEnd { throw JSONRecordError(column: cursor.column, message: "unexpected data after the JSON object") }
        if sawCounts { return .counts(try TrendCounts(parsing: line)) }
        if sawScores { return .scored(doc) }
        if sawText { return .raw(try raw.parse(line, fallbackID: fallbackID)) }
        if sawError { return .errorRecord }
        throw JSONRecordError(column: 1, message: "the record has neither 'scores' (score output) nor '\(raw.textField)' (a document)")
    }

    private func elements(_ c: inout JSONCursor, _ body: (inout JSONCursor) throws(JSONRecordError) -> Void) throws(JSONRecordError) {
        try c.expect(UInt8(ascii: "["), "expected an array")
        c.skipSpace()
        if c.peek == UInt8(ascii: "]") { c.advance(); return }
        while true {
            c.skipSpace()
            try body(&c)
            c.skipSpace()
            if c.peek == UInt8(ascii: ",") { c.advance(); continue }
            try c.expect(UInt8(ascii: "]"), "expected ',' or ']' in the array")
            return
        }
    }

    private func number(_ c: inout JSONCursor) throws(JSONRecordError) -> Double {
        let column = c.column
        guard let v = Double(String(decoding: try c.numberLiteral(), as: UTF8.self)) else {
            throw JSONRecordError(column: column, message: "expected a number")
        }
        return v
    }

    private func stringArray(_ c: inout JSONCursor) throws(JSONRecordError) -> [String] {
        var result: [String] = []
        try elements(&c) { (c: inout JSONCursor) throws(JSONRecordError) in result.append(String(decoding: try c.string(), as: UTF8.self)) }
        return result
    }

    private func evidenceArray(_ c: inout JSONCursor) throws(JSONRecordError) -> [MonitoredEvidence] {
        var result: [MonitoredEvidence] = []
        try elements(&c) { (c: inout JSONCursor) throws(JSONRecordError) in
            var e = MonitoredEvidence(narrative: "", phrase: "", start: 0, end: 0, weight: 0, voice: nil)
            try c.forEachMember(notAnObject: "expected an object") { (c: inout JSONCursor, name: String) throws(JSONRecordError) in
                switch name {
                case "narrative": e.narrative = String(decoding: try c.string(), as: UTF8.self)
                case "phrase": e.phrase = String(decoding: try c.string(), as: UTF8.self)
                case "voice": e.voice = Voice(rawValue: String(decoding: try c.string(), as: UTF8.self))
                case "start": e.start = Int(try number(&c))
                case "end": e.end = Int(try number(&c))
                case "weight": e.weight = try number(&c)
                default: try c.skipValue()
                }
            }
            result.append(e)
        }
        return result
    }
}
