// JSONL records: fields, escapes, renamed fields, and the errors a feed can send.

import Testing
@testable import NarrascanCLI

@Suite struct RecordParsingTests {
    func parse(_ line: String, parser: JSONRecordParser = JSONRecordParser()) throws(JSONRecordError) -> DocumentRecord {
        let bytes = Array(line.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(JSONRecordError) in try parser.parse(buffer, fallbackID: "L1") }
    }

    @Test func readsTheKnownFieldsAndSkipsTheRest() throws {
        let r = try parse(#"{"id":"a1","extra":{"x":[1,2,{"y":null}]},"text":"Hi","title":"T","source":"S","date":"2021-11-08","url":"u","lang":"en","n":-1.5e3,"b":true}"#)
        #expect(r == DocumentRecord(id: "a1", text: Array("Hi".utf8), title: "T", source: "S", date: "2021-11-08", url: "u", lang: "en"))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let r = try parse(#"{"id":1,"text":"\"q\" \\ \/ \n\t \u0416 \ud83d\ude00 \ud800 x"}"#)
        #expect(r.id == "1")
        #expect(String(decoding: r.text, as: UTF8.self) == "\"q\" \\ / \n\t Ж 😀 \u{FFFD} x")
    }

    /// The string scanner looks at 8 bytes at a time: put an escape, a multi-byte letter and the
    /// closing quote at every offset around the block boundaries.
    @Test func escapesAtEveryOffsetOfTheEightByteScan() throws {
        for before in 0..<20 {
            for after in 0..<12 {
                let head = String(repeating: "a", count: before), tail = String(repeating: "ж", count: after)
                let r = try parse(#"{"text":""# + head + #"\n"# + tail + #"\"","id":"x"}"#)
                #expect(String(decoding: r.text, as: UTF8.self) == head + "\n" + tail + "\"", "before \(before) after \(after)")
                let plain = try parse(#"{"text":""# + head + tail + #""}"#)
                #expect(String(decoding: plain.text, as: UTF8.self) == head + tail)
            }
            let raw = #"{"text":""# + String(repeating: "b", count: before) + "\u{01}" + #""}"#
            #expect(throws: JSONRecordError.self) { try self.parse(raw) }
        }
    }

    @Test func missingIDFallsBackAndDuplicateKeysTakeTheLast() throws {
        #expect(try parse(#"{"text":"a"}"#).id == "L1")
        #expect(try parse(#"{"id":null,"text":"a"}"#).id == "L1")
        let r = try parse(#"{"id":"x","text":"first","text":"second","id":"y"}"#)
        #expect(r.id == "y" && r.text == Array("second".utf8))
    }

    /// A batch parses every line into one reused record: nothing of a longer, richer record may
    /// survive into the next, and the fallback id is made only for a record without one.
    @Test func aReusedRecordKeepsNothingOfTheLineBefore() throws {
        let parser = JSONRecordParser()
        var record = DocumentRecord(id: "", text: [])
        var fallbacks = 0
        func parse(_ line: String, _ fallback: String) throws {
            try Array(line.utf8).withUnsafeBufferPointer { buffer throws(JSONRecordError) in
                try parser.parse(buffer, fallbackID: { fallbacks += 1; return fallback }(), into: &record)
            }
        }
        try parse(#"{"id":"a","text":"a long first text","title":"T","source":"S","date":"2021","url":"u","lang":"pl"}"#, "L1")
        #expect(record == DocumentRecord(id: "a", text: Array("a long first text".utf8), title: "T", source: "S", date: "2021", url: "u", lang: "pl"))
        #expect(fallbacks == 0)
        try parse(#"{"text":"short"}"#, "L2")
        #expect(record == DocumentRecord(id: "L2", text: Array("short".utf8)))
        #expect(fallbacks == 1)
        // Escaped member names take the slow path and must still be recognised.
        try parse(#"{"text":"té","id":"e","source":"x"}"#, "L3")
        #expect(record == DocumentRecord(id: "e", text: Array("té".utf8), source: "x"))
        // After a line that fails, the next one parses cleanly.
        #expect(throws: JSONRecordError.self) { try parse(#"{"id":"z","title":"only a title"}"#, "L4") }
        try parse(#"{"text":"after"}"#, "L5")
        #expect(record == DocumentRecord(id: "L5", text: Array("after".utf8)))
    }

    @Test func renamedFields() throws {
        let r = try parse(#"{"uid":"k","body":"b","text":"ignored"}"#, parser: JSONRecordParser(textField: "body", idField: "uid"))
        #expect(r.id == "k" && r.text == Array("b".utf8))
    }

    /// Member names are compared as bytes with the names' own bytes (kept by the parser): a name
    /// renamed after the parser was made counts, and names that share a prefix, a length or all
    /// but one byte with a known one are other members.
    @Test func memberNamesMatchExactlyAndFollowARename() throws {
        var parser = JSONRecordParser()
        parser.textField = "bödy"
        parser.idField = "uid"
        let r = try parse(#"{"uid":"k","bödy":"b","text":"ignored","id":"no"}"#, parser: parser)
        #expect(r.id == "k" && r.text == Array("b".utf8))
        let near = try parse(
            #"{"ids":"x","i":"y","text2":"t","tex":"t","Text":"t","text":"real","urls":"u","url":"U","lan":"l","langs":"l","dates":"d","titel":"t","sourc":"s"}"#)
        #expect(near == DocumentRecord(id: "L1", text: Array("real".utf8), url: "U"))
        #expect(throws: JSONRecordError.self) { try parse(#"{"textt":"a","tex":"b"}"#) }
    }

    @Test(arguments: [
        (#"{"id":"a","text":42}"#, "column 18: field 'text' must be a string, not a number"),
        (#"{"id":"a","text":null}"#, "column 18: field 'text' must be a string, not null"),
        (#"{"id":"a"}"#, "column 1: the record has no 'text' field"),
        (#"["text"]"#, "column 1: a record must be a JSON object"),
        (#"{"text":"a"} x"#, "column 14: unexpected data after the JSON object"),
        (#"{"text":"abc"#, "column 13: unterminated string"),
        (#"{"text":"a\q"}"#, #"column 11: invalid escape '\q' in a string"#),
        ("{\"text\":\"a\\\n\"}", #"column 11: invalid escape '\' followed by byte 0x0A in a string"#),
        (#"{"text" "a"}"#, "column 9: expected ':' after a member name"),
        (#"{"id":{"a":1},"text":"a"}"#, "column 7: field 'id' must be a string or a number"),
    ] as [(String, String)])
    func reportsBadRecordsWithAColumn(line: String, message: String) {
        #expect(throws: JSONRecordError.self) { try parse(line) }
        do { _ = try parse(line) } catch { #expect(error.description == message) }
    }

    @Test func writesValidJSONEvenForInvalidUTF8() {
        var w = JSONWriter()
        w.string(bytes: [0x61, 0xFF, 0x22, 0x0A, 0x01, 0xD0, 0x96])
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"a\u{FFFD}\\\"\\n\\u0001Ж\"")
    }

    @Test(arguments: [
        (0.0, "0"), (0.25, "0.25"), (1, "1"), (-2.5, "-2.5"), (0.123456, "0.1235"), (-0.00001, "0"), (12.0, "12"),
        (0.0001, "0.0001"), (-0.0503, "-0.0503"), (1234567.5, "1234567.5"), (.nan, "0"),
    ])
    func formatsNumbersWithoutExponentOrTrailingZeros(value: Double, text: String) {
        #expect(formatDecimal(value) == text)
    }

    @Test func writesIntegersAndMixedRunsOfEscapes() {
        var w = JSONWriter()
        for v in [0, 7, -42, 1_000_000, Int.min, Int.max] {
            w.int(v)
            w.raw(" ")
        }
        #expect(String(decoding: w.bytes, as: UTF8.self) == "0 7 -42 1000000 \(Int.min) \(Int.max) ")
        var s = JSONWriter()
        s.string("plain ünïcode \"q\" tab\tend\\")
        #expect(String(decoding: s.bytes, as: UTF8.self) == #""plain ünïcode \"q\" tab\tend\\""#)
    }
}
