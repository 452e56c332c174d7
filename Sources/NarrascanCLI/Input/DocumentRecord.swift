// One document to score, whatever it came from (a .txt file, a JSONL line, a stdin line).

/// A document: its text and the metadata that output passes through.
public struct DocumentRecord: Sendable, Equatable {
    /// The document's id (from the record, the file name, or the line number).
    public var id: String
    /// The UTF-8 text (JSON escapes already decoded); evidence offsets index into it.
    public var text: [UInt8]
    public var title: String?
    public var source: String?
    public var date: String?
    public var url: String?
    public var lang: String?
    /// The file the document came from, for documents read from .txt/.md files.
    public var path: String?

    public init(
        id: String, text: [UInt8], title: String? = nil, source: String? = nil, date: String? = nil,
        url: String? = nil, lang: String? = nil, path: String? = nil
    ) {
        self.id = id
        self.text = text
        self.title = title
        self.source = source
        self.date = date
        self.url = url
        self.lang = lang
        self.path = path
    }
}

extension DocumentRecord {
    /// The metadata members an input record (a JSONL member, a CSV/TSV column) passes through to
    /// the output.
    static let passThroughKeys = ["title", "date", "source", "url", "lang"]

    /// Sets the pass-through member `key` (one of `passThroughKeys`; any other is ignored).
    mutating func setPassThrough(_ key: String, _ value: String?) {
        switch key {
        case "title": title = value
        case "date": date = value
        case "source": source = value
        case "url": url = value
        case "lang": lang = value
        default: break
        }
    }
}
