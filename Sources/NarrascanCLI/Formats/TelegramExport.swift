// The Telegram Desktop export format: the `result.json` of a channel or chat ("Export chat
// history", JSON). One document per message: its `id`, its `date` (local time as the export writes
// it, ISO 8601 without a zone), `source` = the channel's name, and its text, which the export gives
// either as a string or as an array of strings and entity objects (`{"type": "bold", "text": …}`,
// links, hashtags) that are joined in order. Service messages (joins, pins, title changes) and
// messages without text (a photo with no caption) are skipped, as they carry no narrative.

/// Reads Telegram Desktop exports.
enum TelegramExport {
    /// Whether the first bytes of a JSON file look like a Telegram export (a pretty-printed object
    /// with a "messages" member near its top), not a JSONL record.
    static func sniff(_ head: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = String(decoding: head.prefix(8192), as: UTF8.self)
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first.map { String($0).trimmingSpaces } ?? ""
        return firstLine == "{" && text.contains("\"messages\"") && (text.contains("\"type\"") || text.contains("\"name\""))
    }

    /// The documents of an export.
    /// - Throws: `JSONRecordError` when the file is not an export (with the byte column).
    static func documents(_ bytes: [UInt8]) throws(JSONRecordError) -> [DocumentRecord] {
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONRecordError) -> [DocumentRecord] in
            var cursor = JSONCursor(bytes: buffer)
            cursor.skipBOM()
            cursor.skipSpace()
            var channel: String?
            var documents: [DocumentRecord] = []
            var sawMessages = false
            try cursor.forEachMember(notAnObject: "a Telegram export is a JSON object") { (c: inout JSONCursor, key: String) throws(JSONRecordError) in
                switch key {
                case "name" where c.peek == UInt8(ascii: "\""):
                    channel = String(decoding: try c.string(), as: UTF8.self)
                case "messages":
                    sawMessages = true
                    try forEachElement(&c) { (c: inout JSONCursor) throws(JSONRecordError) in
                        if let d = try message(&c) { documents.append(d) }
                    }
                default: try c.skipValue()
                }
            }
            guard sawMessages else { throw JSONRecordError(column: 1, message: "no \"messages\" array: not a Telegram Desktop export of a channel or chat") }
            for k in documents.indices { documents[k].source = channel }
            return documents
        }
    }

    /// Reads one message object; nil for service messages and messages without text.
    static func message(_ c: inout JSONCursor) throws(JSONRecordError) -> DocumentRecord? {
        var id: String?
        var type = "message"
        var date: String?
        var text: [UInt8] = []
        try c.forEachMember(notAnObject: "a message must be a JSON object") { (c: inout JSONCursor, key: String) throws(JSONRecordError) in
            switch key {
            case "id":
                if c.peek == UInt8(ascii: "\"") { id = String(decoding: try c.string(), as: UTF8.self) } else { id = String(decoding: try c.numberLiteral(), as: UTF8.self) }
            case "type" where c.peek == UInt8(ascii: "\""): type = String(decoding: try c.string(), as: UTF8.self)
            case "date" where c.peek == UInt8(ascii: "\""): date = String(decoding: try c.string(), as: UTF8.self)
            case "text": text = try textValue(&c)
            default: try c.skipValue()
            }
        }
        guard type == "message", let id else { return nil }
        let collapsed = text.split(separator: 0x0A, omittingEmptySubsequences: false).map { collapsingWhitespace(Array($0)) }
        let joined = Array(collapsed.joined(separator: [0x0A]))
        guard joined.contains(where: { $0 > 0x20 }) else { return nil }
        return DocumentRecord(id: id, text: joined, date: date.flatMap(FeedDate.normalize))
    }

    /// A message's `text`: a string, or an array of strings and objects with a "text" member.
    static func textValue(_ c: inout JSONCursor) throws(JSONRecordError) -> [UInt8] {
        if c.peek == UInt8(ascii: "\"") { return try c.string() }
        guard c.peek == UInt8(ascii: "[") else {
            try c.skipValue()
            return []
        }
        var out: [UInt8] = []
        try forEachElement(&c) { (c: inout JSONCursor) throws(JSONRecordError) in
            if c.peek == UInt8(ascii: "\"") {
                out += try c.string()
            } else if c.peek == UInt8(ascii: "{") {
                try c.forEachMember(notAnObject: "") { (c: inout JSONCursor, key: String) throws(JSONRecordError) in
                    if key == "text" && c.peek == UInt8(ascii: "\"") { out += try c.string() } else { try c.skipValue() }
                }
            } else {
                try c.skipValue()
            }
        }
        return out
    }

    /// Calls `body` with the cursor on each element of an array (cursor on its `[`).
    static func forEachElement(_ c: inout JSONCursor, _ body: (inout JSONCursor) throws(JSONRecordError) -> Void) throws(JSONRecordError) {
        try c.expect(UInt8(ascii: "["), "expected an array")
        c.skipSpace()
        if c.peek == UInt8(ascii: "]") {
            c.advance()
            return
        }
        while true {
            c.skipSpace()
            try body(&c)
            c.skipSpace()
            if c.peek == UInt8(ascii: ",") {
                c.advance()
                continue
            }
            try c.expect(UInt8(ascii: "]"), "expected ',' or ']' in the array")
            return
        }
    }
}
