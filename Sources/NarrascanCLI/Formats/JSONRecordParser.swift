// Reads one JSONL record: a JSON object with string fields `id`, `text`, `title`, `source`, `date`,
// `url`, `lang` (field names for id and text can be renamed). Other members, nested objects and
// arrays are skipped without building them. A numeric `id` is kept as its literal text.
// Duplicate keys: the last one wins, as in most JSON readers. `\u` escapes are decoded, surrogate
// pairs combined; a lone surrogate becomes U+FFFD. Strict where it matters: a `text` that is not a
// string, a missing `text`, trailing garbage or a truncated object is an error with the column.

#if canImport(Glibc)
import Glibc
#endif

/// What went wrong in a record, with the 1-based byte column.
public struct JSONRecordError: Error, Sendable, Equatable, CustomStringConvertible {
    public var column: Int
    public var message: String
    public var description: String { "column \(column): \(message)" }
}

/// Parses JSONL records into `DocumentRecord`s.
public struct JSONRecordParser: Sendable {
    /// The member that holds the text.
    public var textField: String { didSet { textKey = Array(textField.utf8) } }
    /// The member that holds the id.
    public var idField: String { didSet { idKey = Array(idField.utf8) } }
    /// The two names' bytes, kept so that each member name is compared with memcmp (comparing
    /// with `String.UTF8View` went through the generic `elementsEqual`, ~2% of a record's time
    /// outside the scan).
    private var textKey: [UInt8]
    private var idKey: [UInt8]

    public init(textField: String = "text", idField: String = "id") {
        self.textField = textField
        self.idField = idField
        textKey = Array(textField.utf8)
        idKey = Array(idField.utf8)
    }

    /// Parses one line.
    /// - Parameter fallbackID: the id to use when the record has none.
    public func parse(_ line: UnsafeBufferPointer<UInt8>, fallbackID: String) throws(JSONRecordError) -> DocumentRecord {
        var record = DocumentRecord(id: "", text: [])
        try parse(line, fallbackID: fallbackID, into: &record)
        return record
    }

    /// Parses one line into `record`, reusing its text's storage: a batch keeps one record per
    /// worker, so a record costs no allocation for its text once that has grown to the longest
    /// text seen. Every field of `record` is overwritten (to nil when the line has none).
    ///
    /// - Parameter fallbackID: the id to use when the record has none; evaluated only then.
    public func parse(
        _ line: UnsafeBufferPointer<UInt8>, fallbackID: @autoclosure () -> String, into record: inout DocumentRecord
    ) throws(JSONRecordError) {
        var cursor = JSONCursor(bytes: line)
        record.text.removeAll(keepingCapacity: true)
        record.title = nil
        record.source = nil
        record.date = nil
        record.url = nil
        record.lang = nil
        record.path = nil
        var id: String?
        var sawText = false
        cursor.skipSpace()
        if cursor.atStart && cursor.peek == 0xEF { cursor.skipBOM() }
        try cursor.forEachMemberName(notAnObject: "a record must be a JSON object") { (c: inout JSONCursor, key: UnsafeBufferPointer<UInt8>) throws(JSONRecordError) in
            if memberName(key, is: textKey) {
                guard c.peek == UInt8(ascii: "\"") else {
                    throw JSONRecordError(column: c.column, message: "field '\(textField)' must be a string, not \(c.describeValue())")
                }
                record.text.removeAll(keepingCapacity: true)
                try c.string(appendingTo: &record.text)
                sawText = true
            } else if memberName(key, is: idKey) {
                if c.peek == UInt8(ascii: "\"") {
                    id = try c.stringValue()
                } else if let n = c.peek, n == UInt8(ascii: "-") || (n >= 0x30 && n <= 0x39) {
                    id = String(decoding: try c.numberLiteral(), as: UTF8.self)
                } else if c.matchLiteral("null") {
                    id = nil
                } else {
                    throw JSONRecordError(column: c.column, message: "field '\(idField)' must be a string or a number")
                }
            } else if let member = PassThroughMember(key) {
                var value: String?
                if c.peek == UInt8(ascii: "\"") {
                    value = try c.stringValue()
                } else {
                    try c.skipValue()  // a non-string value is not passed through
                }
                switch member {
                case .title: record.title = value
                case .date: record.date = value
                case .source: record.source = value
                case .url: record.url = value
                case .lang: record.lang = value
                }
            } else {
                try c.skipValue()
            }
        }
        cursor.skipSpace()
        if !cursor.atEnd {
            throw JSONRecordError(column: cursor.column, message: "unexpected data after the JSON object")
        }
        if !sawText {
            throw JSONRecordError(column: 1, message: "the record has no '\(textField)' field")
        }
        record.id = id ?? fallbackID()
    }
}

/// The pass-through members of a record (`DocumentRecord.passThroughKeys`), told from a member
/// name's bytes without making a `String` of it.
enum PassThroughMember {
    case title, date, source, url, lang

    init?(_ key: UnsafeBufferPointer<UInt8>) {
        switch key.count {
        case 3 where memberName(key, is: "url"): self = .url
        case 4 where memberName(key, is: "date"): self = .date
        case 4 where memberName(key, is: "lang"): self = .lang
        case 5 where memberName(key, is: "title"): self = .title
        case 6 where memberName(key, is: "source"): self = .source
        default: return nil
        }
    }
}

/// Whether a member name's bytes are `name`'s.
@inline(__always)
func memberName(_ key: UnsafeBufferPointer<UInt8>, is name: [UInt8]) -> Bool {
    key.count == name.count && name.withUnsafeBufferPointer { sameBytes(key, $0.baseAddress) }
}

/// Whether a member name's bytes are `name`'s.
@inline(__always)
func memberName(_ key: UnsafeBufferPointer<UInt8>, is name: StaticString) -> Bool {
    key.count == name.utf8CodeUnitCount && sameBytes(key, name.utf8Start)
}

/// Whether `key`'s bytes equal the same number of bytes at `other`.
@inline(__always)
private func sameBytes(_ key: UnsafeBufferPointer<UInt8>, _ other: UnsafePointer<UInt8>?) -> Bool {
    guard let a = key.baseAddress, let b = other, !key.isEmpty else { return true }
    return memcmp(a, b, key.count) == 0
}

/// A position in a JSON text.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { i >= bytes.count }
    var atStart: Bool { i == 0 }
    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }
    var column: Int { i + 1 }
    mutating func advance() { i += 1 }

    mutating func skipBOM() {
        if i + 2 < bytes.count && bytes[i] == 0xEF && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF { i += 3 }
    }

    mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { i += 1 } else { break }
        }
    }

    mutating func expect(_ b: UInt8, _ message: String) throws(JSONRecordError) {
        guard peek == b else {
            throw JSONRecordError(column: column, message: atEnd ? "\(message) (the line ends early)" : message)
        }
        i += 1
    }

    func describeValue() -> String {
        switch peek {
        case UInt8(ascii: "n"): return "null"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case nil: return "nothing"
        default: return "a number"
        }
    }

    mutating func matchLiteral(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return false }
        i += n
        return true
    }

    /// The offset of the first byte at or after `from` that ends a run of plain string bytes (a
    /// quote, a backslash or a control byte), or `bytes.count` (`jsonStringDelimiter`: 16 bytes at
    /// a time; a string's bytes are nearly all plain, and this loop is where JSONL parsing spent
    /// its time).
    func plainRunEnd(from: Int) -> Int {
        guard let base = bytes.baseAddress else { return from }
        return jsonStringDelimiter(in: base, from: from, count: bytes.count)
    }

    /// Reads a string (cursor on its opening quote) and returns its decoded UTF-8.
    mutating func string() throws(JSONRecordError) -> [UInt8] {
        var out: [UInt8] = []
        try string(appendingTo: &out)
        return out
    }

    /// Reads a string (cursor on its opening quote) as a `String`: made from the line's bytes
    /// directly when the string has no escapes (no intermediate array).
    mutating func stringValue() throws(JSONRecordError) -> String {
        if let plain = try plainString() { return String(decoding: plain, as: UTF8.self) }
        return String(decoding: try string(), as: UTF8.self)
    }

    /// When the string at the cursor (on its opening quote) has no escapes: its bytes, in the
    /// line, and the cursor after it. Otherwise nil and the cursor where it was.
    mutating func plainString() throws(JSONRecordError) -> UnsafeBufferPointer<UInt8>? {
        guard peek == UInt8(ascii: "\"") else {
            throw JSONRecordError(column: column, message: atEnd ? "the line ends where a string was expected" : "expected a string")
        }
        let begin = i + 1
        let end = plainRunEnd(from: begin)
        guard end < bytes.count && bytes[end] == UInt8(ascii: "\"") else { return nil }
        i = end + 1
        return UnsafeBufferPointer(rebasing: bytes[begin..<end])
    }

    /// Reads a string (cursor on its opening quote) and appends its decoded UTF-8 to `out`.
    mutating func string(appendingTo out: inout [UInt8]) throws(JSONRecordError) {
        guard peek == UInt8(ascii: "\"") else {
            throw JSONRecordError(column: column, message: atEnd ? "the line ends where a string was expected" : "expected a string")
        }
        i += 1
        let begin = i
        // Fast path: no escapes.
        i = plainRunEnd(from: i)
        if i < bytes.count && bytes[i] == UInt8(ascii: "\"") {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[begin..<i]))
            i += 1
            return
        }
        // Escapes only shrink a string: the rest of the line bounds it, so the copy never grows.
        out.reserveCapacity(out.count + bytes.count - begin)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[begin..<i]))
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return
            }
            if b < 0x20 {
                throw JSONRecordError(column: column, message: "control character in a string (escape it as \\u00XX)")
            }
            if b != UInt8(ascii: "\\") {
                // Copy the run up to the next quote, backslash or control character in one call
                // (texts with paragraph breaks have an escape every few hundred bytes).
                let runStart = i
                i = plainRunEnd(from: i + 1)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                continue
            }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    // A high surrogate: combine with a following low one, else U+FFFD.
                    if i + 1 < bytes.count && bytes[i] == UInt8(ascii: "\\") && bytes[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let low = try hex4()
                        if low >= 0xDC00 && low < 0xE000 {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            scalar = 0xFFFD
                            i = save
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if scalar >= 0xDC00 && scalar < 0xE000 {
                    scalar = 0xFFFD
                }
                appendUTF8(scalar, to: &out)
            default:
                // The byte is shown as itself only when printable: a raw newline or control byte
                // in the message would break the one-line-per-problem stderr.
                let shown = e > 0x20 && e < 0x7F ? "'\\\(Character(Unicode.Scalar(e)))'" : "'\\' followed by byte 0x\(e < 16 ? "0" : "")\(String(e, radix: 16, uppercase: true))"
                throw JSONRecordError(column: i - 1, message: "invalid escape \(shown) in a string")
            }
        }
        throw JSONRecordError(column: column, message: "unterminated string")
    }

    mutating func hex4() throws(JSONRecordError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw JSONRecordError(column: column, message: "truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw JSONRecordError(column: column, message: "invalid hex digit in a \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    mutating func numberLiteral() throws(JSONRecordError) -> ArraySlice<UInt8> {
        let begin = i
        while i < bytes.count {
            let b = bytes[i]
            if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
                || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            {
                i += 1
            } else {
                break
            }
        }
        if i == begin { throw JSONRecordError(column: column, message: "expected a value") }
        return Array(bytes[begin..<i])[...]
    }

    /// Reads an object (cursor on its `{`), calling `body` with the cursor on each member's value;
    /// `body` must consume the value. `notAnObject` is the message when no `{` is there.
    mutating func forEachMember(
        notAnObject: String, _ body: (inout JSONCursor, String) throws(JSONRecordError) -> Void
    ) throws(JSONRecordError) {
        try forEachMemberName(notAnObject: notAnObject) { (c: inout JSONCursor, name: UnsafeBufferPointer<UInt8>) throws(JSONRecordError) in
            try body(&c, String(decoding: name, as: UTF8.self))
        }
    }

    /// `forEachMember` with each member's name as decoded UTF-8 bytes, valid during the call: the
    /// line's own bytes when the name has no escapes, so no `String` is made for it.
    mutating func forEachMemberName(
        notAnObject: String, _ body: (inout JSONCursor, UnsafeBufferPointer<UInt8>) throws(JSONRecordError) -> Void
    ) throws(JSONRecordError) {
        try expect(UInt8(ascii: "{"), notAnObject)
        skipSpace()
        if peek == UInt8(ascii: "}") {
            advance()
            return
        }
        while true {
            skipSpace()
            if let name = try plainString() {
                skipSpace()
                try expect(UInt8(ascii: ":"), "expected ':' after a member name")
                skipSpace()
                try body(&self, name)
            } else {
                let name = try string()
                skipSpace()
                try expect(UInt8(ascii: ":"), "expected ':' after a member name")
                skipSpace()
                try name.withUnsafeBufferPointer { (name) throws(JSONRecordError) in try body(&self, name) }
            }
            skipSpace()
            if peek == UInt8(ascii: ",") {
                advance()
                continue
            }
            try expect(UInt8(ascii: "}"), "expected ',' or '}' in the object")
            return
        }
    }

    /// Skips any JSON value (nesting depth limited to 512).
    mutating func skipValue() throws(JSONRecordError) {
        skipSpace()
        guard let b = peek else { throw JSONRecordError(column: column, message: "the line ends where a value was expected") }
        switch b {
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            depth += 1
            if depth > 512 { throw JSONRecordError(column: column, message: "nesting deeper than 512 levels") }
            let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            i += 1
            skipSpace()
            if peek == close {
                i += 1
                depth -= 1
                return
            }
            while true {
                skipSpace()
                if b == UInt8(ascii: "{") {
                    _ = try string()
                    skipSpace()
                    try expect(UInt8(ascii: ":"), "expected ':' after a member name")
                }
                try skipValue()
                skipSpace()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                try expect(close, "expected ',' or '\(Character(Unicode.Scalar(close)))'")
                break
            }
            depth -= 1
        case UInt8(ascii: "t"):
            if !matchLiteral("true") { throw JSONRecordError(column: column, message: "invalid literal") }
        case UInt8(ascii: "f"):
            if !matchLiteral("false") { throw JSONRecordError(column: column, message: "invalid literal") }
        case UInt8(ascii: "n"):
            if !matchLiteral("null") { throw JSONRecordError(column: column, message: "invalid literal") }
        default:
            _ = try numberLiteral()
        }
    }
}

/// Appends a scalar's UTF-8 encoding.
func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
    if scalar < 0x80 {
        out.append(UInt8(scalar))
    } else if scalar < 0x800 {
        out.append(UInt8(0xC0 | (scalar >> 6)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
    } else if scalar < 0x10000 {
        out.append(UInt8(0xE0 | (scalar >> 12)))
        out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (scalar >> 18)))
        out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (scalar & 0x3F)))
    }
}
