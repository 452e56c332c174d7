// The reference the `csv` fuzz target checks the table reader against: the whole input in memory,
// cut into lines by `stream`'s plain split (`LineFramingFuzzTarget.split`: LF ends a line, a CR
// just before it is dropped) and into RFC 4180 rows by a loop over those lines, with none of the
// streaming reader's buffers. What it encodes, from README "Formats": content that is not text is
// one problem; a blank line between rows is skipped; a field that starts with a quote runs to its
// closing quote across lines ("" is a quote), and an unterminated one runs to the end; the header's
// first field loses a UTF-8 BOM, and a header without a `text` column (names compared without
// surrounding white space, ignoring ASCII case) is one problem.

/// What reading a table should give.
enum TableReference {
    /// One problem, and why.
    case problem(String)
    /// One document per data row, with these texts.
    case rows([[UInt8]])

    /// The outcome for `bytes` read as a table with `separator`.
    static func expected(_ bytes: [UInt8], separator: UInt8) -> TableReference {
        if isBinary(bytes) { return .problem("content that is not text") }
        let rows = self.rows(bytes, separator: separator)
        guard var header = rows.first else { return .rows([]) }
        if header[0].starts(with: [0xEF, 0xBB, 0xBF]) { header[0].removeFirst(3) }
        guard let text = header.firstIndex(where: { trimmed($0).map { $0 | 0x20 } == Array("text".utf8) }) else {
            return .problem("no text column")
        }
        return .rows(rows.dropFirst().map { text < $0.count ? $0[text] : [] })
    }

    /// The rows of a table: fields with their quotes resolved.
    static func rows(_ bytes: [UInt8], separator: UInt8) -> [[[UInt8]]] {
        var rows: [[[UInt8]]] = []
        var row: [[UInt8]]?  // the row in hand, while a quoted field spans lines
        var field: [UInt8] = []
        var quoted = false
        for line in LineFramingFuzzTarget.split(bytes) {
            if row == nil {
                if line.allSatisfy({ $0 == 0x20 || ($0 == 0x09 && separator != 0x09) }) { continue }  // blank
                row = []
            } else {
                field.append(0x0A)
            }
            var started = quoted
            var k = 0
            while k < line.count {
                let b = line[k]
                k += 1
                if quoted {
                    if b != 0x22 {
                        field.append(b)
                    } else if k < line.count && line[k] == 0x22 {
                        field.append(0x22)
                        k += 1
                    } else {
                        quoted = false
                    }
                } else if b == separator {
                    row!.append(field)
                    field = []
                    started = false
                } else if b == 0x22 && !started {
                    quoted = true
                    started = true
                } else {
                    field.append(b)
                    started = true
                }
            }
            if !quoted {
                rows.append(row! + [field])
                row = nil
                field = []
            }
        }
        if let row { rows.append(row + [field]) }
        return rows
    }

    /// Compressed, PDF, ZIP or UTF-16 data by its first bytes, or any NUL byte.
    static func isBinary(_ b: [UInt8]) -> Bool {
        let magics: [[UInt8]] = [[0x1F, 0x8B], [0x25, 0x50, 0x44, 0x46], [0x50, 0x4B, 0x03, 0x04], [0x42, 0x5A, 0x68], [0xFD, 0x37, 0x7A, 0x58], [0xFF, 0xFE], [0xFE, 0xFF]]
        return b.contains(0) || magics.contains { b.starts(with: $0) }
    }

    /// `field` without the white space (space, tab, CR, LF, form feed, U+00A0) at its ends.
    static func trimmed(_ field: [UInt8]) -> [UInt8] {
        var f = field[...]
        while true {
            if let c = f.first, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                f = f.dropFirst()
            } else if f.starts(with: [0xC2, 0xA0]) {
                f = f.dropFirst(2)
            } else if let c = f.last, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                f = f.dropLast()
            } else if f.count >= 2 && f[f.endIndex - 2] == 0xC2 && f.last == 0xA0 {
                f = f.dropLast(2)
            } else {
                return Array(f)
            }
        }
    }
}
