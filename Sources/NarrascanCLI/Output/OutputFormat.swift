// The three result formats of `score`: JSONL (the machine contract), CSV and an aligned table for
// people. Each formats one document at a time, so batch and stream output never wait for the end.
//
// JSONL keys, always in this order: id, labels, scores, tokens, then when present path, title,
// date, source, url, lang, then voices (with --voices), then evidence (with --evidence; each item
// gains "voice" with --voices).

import NarrascanCore

/// An output format of `score` and `stream`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case jsonl, csv, table
}

/// Formats scored documents.
public struct ResultFormatter: Sendable {
    public let format: OutputFormat
    public let narratives: [String]
    public let includeEvidence: Bool
    /// Add the per-narrative "voices" object and each evidence item's "voice" (JSONL, --voices).
    public let includeVoices: Bool

    /// Each of `narratives` as a JSON string (quoted, escaped), built once: every JSONL line
    /// names every narrative, and escaping the names again per line cost ~400 instructions each.
    let quotedNarratives: [[UInt8]]

    public init(format: OutputFormat, narratives: [String], includeEvidence: Bool, includeVoices: Bool = false) {
        self.format = format
        self.narratives = narratives
        self.includeEvidence = includeEvidence
        self.includeVoices = includeVoices
        self.quotedNarratives = narratives.map { name in
            var w = JSONWriter()
            w.string(name)
            return w.bytes
        }
    }

    /// Appends narrative `k` of `score` as a JSON string: the prepared bytes when it is the
    /// formatter's narrative `k` (as it is for every document of a run), else escaped anew.
    @inline(__always)
    func appendNarrative(_ k: Int, of score: DocumentScore, to w: inout JSONWriter) {
        let name = score.narratives[k].narrative
        if k < narratives.count && name == narratives[k] {
            quotedNarratives[k].withUnsafeBufferPointer { w.bytes.append(contentsOf: $0) }
        } else {
            w.string(name)
        }
    }

    static let idWidth = 34

    /// The lines that open the output (CSV and table headers), or empty.
    public func header() -> [UInt8] {
        switch format {
        case .jsonl: return []
        case .csv:
            return Array((["id", "labels"] + narratives + ["tokens", "date", "source", "url", "lang"]).joined(separator: ",").utf8) + [0x0A]
        case .table:
            var line = pad("ID", ResultFormatter.idWidth) + "  "
            for n in narratives { line += pad(n, max(n.count, 6)) + "  " }
            line += "WORDS  LABELS\n"
            return Array(line.utf8)
        }
    }

    /// Appends one document's output line to `out`.
    public func append(_ record: DocumentRecord, _ score: DocumentScore, to out: inout [UInt8]) {
        switch format {
        case .jsonl:
            var w = JSONWriter()
            w.bytes = out
            out = []
            appendJSON(record, score, to: &w)
            w.bytes.append(0x0A)
            out = w.bytes
        case .csv:
            var fields = [csvField(record.id), csvField(score.labels.joined(separator: ";"))]
            for n in score.narratives { fields.append(formatDecimal(n.score)) }
            fields.append(String(score.words))
            for v in [record.date, record.source, record.url, record.lang] { fields.append(csvField(v ?? "")) }
            out += Array(fields.joined(separator: ",").utf8)
            out.append(0x0A)
        case .table:
            var line = pad(shorten(record.id, ResultFormatter.idWidth), ResultFormatter.idWidth) + "  "
            for n in score.narratives {
                let cell = formatFixed(n.score, places: 3) + (n.labelled ? "*" : " ")
                line += pad(cell, max(n.narrative.count, 6)) + "  "
            }
            line += pad(String(score.words), 5) + "  " + (score.labels.isEmpty ? "-" : score.labels.joined(separator: ","))
            out += Array(line.utf8)
            out.append(0x0A)
        }
    }

    /// The JSONL object of one document (without the newline).
    public func appendJSON(_ record: DocumentRecord, _ score: DocumentScore, to w: inout JSONWriter) {
        w.member("{\"id\":", record.id)
        w.raw(",\"labels\":[")
        var firstLabel = true
        for k in score.narratives.indices where score.narratives[k].labelled {
            if !firstLabel { w.bytes.append(UInt8(ascii: ",")) }
            firstLabel = false
            appendNarrative(k, of: score, to: &w)
        }
        w.raw("],\"scores\":{")
        for k in score.narratives.indices {
            if k > 0 { w.bytes.append(UInt8(ascii: ",")) }
            appendNarrative(k, of: score, to: &w)
            w.bytes.append(UInt8(ascii: ":"))
            w.number(score.narratives[k].score)
        }
        w.raw("},\"tokens\":")
        w.int(score.words)
        w.member(",\"path\":", record.path)
        w.member(",\"title\":", record.title)
        w.member(",\"date\":", record.date)
        w.member(",\"source\":", record.source)
        w.member(",\"url\":", record.url)
        w.member(",\"lang\":", record.lang)
        if includeVoices {
            w.raw(",\"voices\":{")
            for (k, n) in score.narratives.enumerated() {
                if k > 0 { w.raw(",") }
                let c = n.voices ?? VoiceCounts()
                w.string(n.narrative)
                w.raw(":{\"own\":")
                w.int(c.own)
                w.member(",\"quoted\":", int: c.quoted)
                w.member(",\"refuted\":", int: c.refuted)
                w.raw("}")
            }
            w.raw("}")
        }
        if includeEvidence {
            w.raw(",\"evidence\":[")
            var first = true
            let all = score.narratives.flatMap(\.evidence).sorted { ($0.start, $0.end, $0.narrative) < ($1.start, $1.end, $1.narrative) }
            for e in all {
                if !first { w.raw(",") }
                first = false
                w.member("{\"narrative\":", e.narrative)
                w.member(",\"phrase\":", e.phrase)
                w.member(",\"start\":", int: e.start)
                w.member(",\"end\":", int: e.end)
                w.member(",\"weight\":", number: e.weight)
                if includeVoices, let voice = e.voice {
                    w.member(",\"voice\":", voice.rawValue)
                }
                w.raw("}")
            }
            w.raw("]")
        }
        w.raw("}")
    }
}

/// The JSONL error record of `stream`: {"line": N, "error": "..."}, with `"path"` last when the
/// stream is a named slice of a file (`--input-name`).
public func errorRecord(line: Int, message: String, path: String? = nil) -> [UInt8] {
    var w = JSONWriter()
    w.member("{\"line\":", int: line)
    w.member(",\"error\":", message)
    if let path { w.member(",\"path\":", path) }
    w.raw("}\n")
    return w.bytes
}

func csvField(_ s: String) -> String {
    if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
    return s
}

func pad(_ s: String, _ width: Int) -> String {
    s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
}

func shorten(_ s: String, _ width: Int) -> String {
    s.count <= width ? s : String(s.prefix(width - 1)) + "…"
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
