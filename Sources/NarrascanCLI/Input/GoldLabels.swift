// Gold labels for evaluation. Two formats:
//   TSV  — a header line naming the columns; `id` and `labels` are required, `lang` and `split`
//          optional; labels are comma-separated narrative names, `-` or empty for none; other
//          columns are ignored. (Samples/*/gold.tsv, Samples/real/manifest.tsv)
//   JSONL — one {"id": "...", "labels": ["..."], "lang": "...", "split": "..."} per line.
// The format is chosen by the file's extension (.jsonl/.ndjson, else TSV).

/// The gold labels of one document.
public struct GoldLabel: Sendable, Equatable {
    public var id: String
    public var labels: Set<String>
    public var lang: String?
    /// The part of the gold set the document belongs to (`dev`, `validation`, …), when given.
    public var split: String? = nil
}

extension Array where Element == GoldLabel {
    /// The rows of one split (`--split NAME`); all rows when `split` is nil.
    /// - Throws: `UsageError` when no row belongs to that split.
    func inSplit(_ split: String?) throws(UsageError) -> [GoldLabel] {
        guard let split else { return self }
        let rows = filter { $0.split == split }
        if rows.isEmpty {
            let known = Set(compactMap(\.split)).sorted()
            throw UsageError(
                "no gold row has split '\(split)'" + (known.isEmpty ? " (the gold file has no 'split' column)" : "; the gold file's splits: \(known.joined(separator: ", "))"))
        }
        return rows
    }
}

/// Reads gold label files.
public enum GoldLabelReader {
    /// Parses a gold file's bytes.
    /// - Throws: `InputError` naming the file and line of the first problem.
    public static func parse(_ bytes: [UInt8], path: String) throws(InputError) -> [GoldLabel] {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var result: [GoldLabel] = []
        if path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") {
            for (k, line) in lines.enumerated() where !line.trimmingCharacters().isEmpty {
                result.append(try parseJSON(String(line), path: path, line: k + 1))
            }
            return result
        }
        guard let header = lines.first?.split(separator: "\t").map(String.init),
            let idColumn = header.firstIndex(of: "id"), let labelColumn = header.firstIndex(of: "labels")
        else {
            throw InputError(path: path, line: 1, reason: "a gold TSV needs a header line with 'id' and 'labels' columns")
        }
        let langColumn = header.firstIndex(of: "lang")
        let splitColumn = header.firstIndex(of: "split")
        for (k, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters().isEmpty {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > max(idColumn, labelColumn) else {
                throw InputError(path: path, line: k + 1, reason: "expected \(header.count) tab-separated columns, found \(cells.count)")
            }
            let labelText = cells[labelColumn].trimmingCharacters()
            let labels = labelText == "-" ? [] : labelText.split(separator: ",").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
            func cell(_ column: Int?) -> String? { column.flatMap { $0 < cells.count ? cells[$0] : nil } }
            result.append(GoldLabel(id: cells[idColumn], labels: Set(labels), lang: cell(langColumn), split: cell(splitColumn)))
        }
        return result
    }

    static func parseJSON(_ line: String, path: String, line number: Int) throws(InputError) -> GoldLabel {
        // The record parser's cursor, for a tiny schema: id, labels (array of strings), lang.
        let bytes = Array(line.utf8)
        var id: String?
        var labels: Set<String> = []
        var lang: String?
        var split: String?
        do {
            try bytes.withUnsafeBufferPointer { buffer throws(JSONRecordError) in
                var c = JSONCursor(bytes: buffer)
                c.skipSpace()
                try c.forEachMember(notAnObject: "expected an object") { (c: inout JSONCursor, key: String) throws(JSONRecordError) in
                    switch key {
                    case "id":
                        if c.peek == UInt8(ascii: "\"") { id = String(decoding: try c.string(), as: UTF8.self) } else {
                            id = String(decoding: try c.numberLiteral(), as: UTF8.self)
                        }
                    case "lang": lang = String(decoding: try c.string(), as: UTF8.self)
                    case "split": split = String(decoding: try c.string(), as: UTF8.self)
                    case "labels":
                        try c.expect(UInt8(ascii: "["), "labels must be an array of strings")
                        c.skipSpace()
                        if c.peek == UInt8(ascii: "]") { c.advance() } else {
                            while true {
                                c.skipSpace()
                                labels.insert(String(decoding: try c.string(), as: UTF8.self))
                                c.skipSpace()
                                if c.peek == UInt8(ascii: ",") { c.advance(); continue }
                                try c.expect(UInt8(ascii: "]"), "expected ',' or ']'")
                                break
                            }
                        }
                    default: try c.skipValue()
                    }
                }
            }
        } catch {
            throw InputError(path: path, line: number, reason: "invalid gold record: \(error)")
        }
        guard let id else { throw InputError(path: path, line: number, reason: "gold record has no 'id'") }
        return GoldLabel(id: id, labels: labels, lang: lang, split: split)
    }
}

extension StringProtocol {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
