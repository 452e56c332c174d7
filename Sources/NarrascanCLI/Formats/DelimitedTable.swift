// The CSV and TSV formats: a header row, then one document per row. Quoting follows RFC 4180 (a
// field in double quotes may hold separators, doubled quotes and newlines), a UTF-8 BOM before the
// header is ignored, and rows are read one at a time through the line reader, so a table of any
// size is never held whole. The text and id columns are chosen like JSONL's members (`--text-field`,
// `--id-field`); `title`, `date`, `source`, `url` and `lang` columns pass through. A row's id is its
// id column, else `FILE:LINE` of its first line.

/// Reads the rows of a CSV or TSV table from a line reader.
final class DelimitedTable {
    let reader: LineReader
    let separator: UInt8
    /// The header's column names (lower-cased for lookup, BOM removed).
    private(set) var columns: [String] = []
    /// The line of the row last returned.
    private(set) var rowLine = 0

    init(reader: LineReader, separator: UInt8) {
        self.reader = reader
        self.separator = separator
    }

    /// Reads the header row. Returns false for an empty input.
    func readHeader() throws(InputError) -> Bool {
        guard var header = try nextRow() else { return false }
        if let first = header.first, first.starts(with: [0xEF, 0xBB, 0xBF]) { header[0].removeFirst(3) }
        columns = header.map { String(decoding: $0, as: UTF8.self).trimmingSpaces }
        return true
    }

    /// The next row's fields (quotes removed), or nil at the end. An oversized line is an error.
    func nextRow() throws(InputError) -> [[UInt8]]? {
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStarted = false
        var first = true
        while true {
            guard let event = try reader.next() else {
                if first { return nil }
                fields.append(field)  // an unterminated quote runs to the end of the input
                return fields
            }
            guard case .line(let line) = event else {
                throw InputError(path: "", line: reader.lineNumber, reason: "line longer than --max-line-bytes; skipped")
            }
            if first {
                rowLine = reader.lineNumber
                first = false
                if line.isEmpty || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 && separator != 0x09 }) {
                    first = true
                    continue  // blank lines between rows
                }
            } else {
                field.append(0x0A)  // a newline inside a quoted field
            }
            var i = 0
            while i < line.count {
                let b = line[i]
                if quoted {
                    if b == UInt8(ascii: "\"") {
                        if i + 1 < line.count && line[i + 1] == UInt8(ascii: "\"") {
                            field.append(b)
                            i += 2
                            continue
                        }
                        quoted = false
                    } else {
                        field.append(b)
                    }
                } else if b == separator {
                    fields.append(field)
                    field = []
                    fieldStarted = false
                } else if b == UInt8(ascii: "\"") && !fieldStarted {
                    quoted = true
                    fieldStarted = true
                } else {
                    field.append(b)
                    fieldStarted = true
                }
                i += 1
            }
            if !quoted {
                fields.append(field)
                return fields
            }
        }
    }

    /// The index of a column by name (case-insensitive), or nil.
    func column(_ name: String) -> Int? {
        let lower = name.lowercased()
        return columns.firstIndex { $0.lowercased() == lower }
    }
}

/// Which columns of a table make a document.
struct DelimitedColumns {
    let text: Int
    let id: Int?
    let passThrough: [(column: Int, key: String)]

    /// The columns of `table` for the given text and id column names; nil when it has no text column.
    init?(_ table: DelimitedTable, textField: String, idField: String) {
        guard let text = table.column(textField) else { return nil }
        self.text = text
        self.id = table.column(idField)
        passThrough = DocumentRecord.passThroughKeys.compactMap { key in table.column(key).map { ($0, key) } }
    }

    /// The document of one row.
    func record(_ fields: [[UInt8]], fallbackID: String) -> DocumentRecord {
        func field(_ k: Int) -> [UInt8] { k < fields.count ? fields[k] : [] }
        var record = DocumentRecord(id: fallbackID, text: field(text))
        if let id, case let value = String(decoding: field(id), as: UTF8.self).trimmingSpaces, !value.isEmpty { record.id = value }
        for (k, key) in passThrough {
            record.setPassThrough(key, nonEmpty(String(decoding: field(k), as: UTF8.self)))
        }
        return record
    }
}
