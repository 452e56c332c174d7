// What `trend` and `report` know of one document: its date, source, labels, scores and evidence,
// read back from `score`/`stream` output or computed on the way from a raw document. Scored lines
// carry no text, so the report can show their phrases but not the sentences around them.

import NarrascanCore

/// One matched phrase of a monitored document.
struct MonitoredEvidence: Sendable, Equatable {
    var narrative: String
    var phrase: String
    var start: Int
    var end: Int
    var weight: Double
    /// Nil when the scored input carried no voices.
    var voice: Voice?
}

/// One document as the monitoring commands see it.
struct MonitoredDocument: Sendable {
    var id: String
    var date: String?
    var source: String?
    var title: String?
    /// Labelled narratives.
    var labels: [String]
    /// Score per narrative.
    var scores: [String: Double]
    var evidence: [MonitoredEvidence]
    /// The text, for raw documents (evidence offsets index into it).
    var text: [UInt8]?

    /// The highest narrative score.
    var topScore: Double { scores.values.max() ?? 0 }

    /// A raw document scored with `classifier`.
    init(record: DocumentRecord, score: DocumentScore, keepText: Bool) {
        id = record.id
        date = record.date
        source = record.source
        title = record.title
        labels = score.labels
        scores = Dictionary(uniqueKeysWithValues: score.narratives.map { ($0.narrative, $0.score) })
        evidence = score.narratives.flatMap(\.evidence).map {
            MonitoredEvidence(narrative: $0.narrative, phrase: $0.phrase, start: $0.start, end: $0.end, weight: $0.weight, voice: $0.voice)
        }
        text = keepText ? record.text : nil
    }

    init(id: String, date: String? = nil, source: String? = nil, title: String? = nil, labels: [String], scores: [String: Double], evidence: [MonitoredEvidence] = [], text: [UInt8]? = nil) {
        self.id = id
        self.date = date
        self.source = source
        self.title = title
        self.labels = labels
        self.scores = scores
        self.evidence = evidence
        self.text = text
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
}

/// Reads `score`/`stream` output lines, and raw JSONL documents (lines with "text" but no
/// "scores"), with the JSON cursor of `JSONRecordParser`. Unknown members are skipped.
struct ScoredRecordParser: Sendable {
    let raw: JSONRecordParser

    init(raw: JSONRecordParser = JSONRecordParser()) { self.raw = raw }

    func parse(_ line: UnsafeBufferPointer<UInt8>, fallbackID: String) throws(JSONRecordError) -> MonitoredLine {
        var cursor = JSONCursor(bytes: line)
        var doc = MonitoredDocument(id: fallbackID, labels: [], scores: [:])
        var sawScores = false, sawText = false, sawError = false
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
            case "date", "source", "title":
                let value = c.peek == UInt8(ascii: "\"") ? String(decoding: try c.string(), as: UTF8.self) : nil
                if value == nil { try c.skipValue() }
                if key == "date" { doc.date = value } else if key == "source" { doc.source = value } else { doc.title = value }
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
            case raw.textField:
                sawText = true
                try c.skipValue()
            default:
                try c.skipValue()
            }
        }
        cursor.skipSpace()
        if !cursor.atEnd { throw JSONRecordError(column: cursor.column, message: "unexpected data after the JSON object") }
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
