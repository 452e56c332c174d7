// Fuzzes the JSONL record parser: no crash on any bytes; an error points inside the line; and a
// record it accepts, written back with `JSONWriter`, parses to the same record. (Text that is not
// valid UTF-8 is the one change the writer makes: each bad byte becomes U+FFFD, so for such text
// the property is that writing the re-read record gives the same bytes again.)

import NarrascanCLI

/// `json-record`: parse, write, parse again.
public struct JSONRecordFuzzTarget: FuzzTarget {
    public let name = "json-record"
    public let seeds = FuzzSeeds("Samples/feeds/*.jsonl", unit: .line)
    public let maxInputBytes = 4096
    let parser = JSONRecordParser()

    public init() {}

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        let record: DocumentRecord
        do {
            record = try parser.parse(input, fallbackID: "fallback")
        } catch {
            try require(error.column >= 1 && error.column <= input.count + 1, "error column \(error.column) outside a line of \(input.count) bytes: \(error)")
            return
        }
        let written = Self.write(record)
        let reread: DocumentRecord
        do {
            reread = try written.withUnsafeBufferPointer { (b) throws(JSONRecordError) in try parser.parse(b, fallbackID: "other") }
        } catch {
            throw FuzzFailure(target: name, message: "the writer's output does not parse: \(error): \(String(decoding: written, as: UTF8.self))")
        }
        let fields = [(record.id, reread.id), (record.title, reread.title), (record.source, reread.source), (record.date, reread.date), (record.url, reread.url), (record.lang, reread.lang)]
        for (k, (a, b)) in fields.enumerated() {
            try require(a == b, "field \(k) changed in the round trip: \(String(describing: a)) became \(String(describing: b))")
        }
        if String(validating: record.text, as: UTF8.self) != nil {
            try require(reread.text == record.text, "text changed in the round trip: \(record.text) became \(reread.text)")
        } else {
            try require(String(validating: reread.text, as: UTF8.self) != nil, "the re-read text is not valid UTF-8")
            try require(Self.write(reread) == written, "writing the re-read record gives different bytes")
        }
    }

    /// The record as one JSON object, as `score` passes fields through.
    static func write(_ r: DocumentRecord) -> [UInt8] {
        var w = JSONWriter()
        w.raw("{\"id\":")
        w.string(r.id)
        w.raw(",\"text\":")
        w.string(bytes: r.text)
        for (key, value) in [("title", r.title), ("source", r.source), ("date", r.date), ("url", r.url), ("lang", r.lang)] {
            guard let value else { continue }
            w.raw(",")
            w.string(key)
            w.raw(":")
            w.string(value)
        }
        w.raw("}")
        return w.bytes
    }
}
