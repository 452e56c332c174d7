// Fuzzes one input format in process, through the code `score` uses: `DocumentSource` reads the
// fuzzer's bytes as standard input with `--input-format F` (encodings, entities, CDATA, furniture,
// feed items, Telegram messages, CSV quoting), and a `ScorePipeline` with one job scores each
// document and writes it, against a classifier compiled once per process from a tiny lexicon. No
// argument parsing, lexicon loading or process start per input, so an execution costs the format.
// Properties on every input: no crash or hang; each document becomes exactly one output line that
// parses as a JSON object with the document's id, and each problem exactly one stderr line; no
// event a forced format never yields (JSONL lines, files not scored). Then one property per format,
// each true by design of its reader:
//   page      one document, or one problem (binary content) and nothing else; its text laid out
//             as `HTMLArticle.blockText` promises (valid UTF-8, paragraphs of single-spaced words
//             joined by one blank line, no tabs, CRs or edge spaces).
//   feed      every item's text non-empty and laid out the same way; a date, when given, in the
//             normalised `YYYY-MM-DD[THH:MM:SS(Z|±HH:MM)]` form.
//   telegram  documents or one problem, never both; every message's text has a visible character
//             and no tabs or CRs; every document's source is the channel's one name.
//   table     differential: the rows a plain in-memory RFC 4180 split finds (`TableReference`)
//             decide the outcome: binary content or a header without the text column is one
//             problem, else one document per data row whose text is that row's text field.

import NarrascanCLI
import NarrascanCore

/// An input format read in process, as `score --input-format F -` reads it.
public struct InputFormatFuzzTarget: FuzzTarget {
    /// The per-format property checked after the common ones.
    public enum Property: Sendable {
        case page, feed, telegram, table
    }

    public let name: String
    public let seeds: FuzzSeeds
    public let maxInputBytes: Int
    let format: DocumentFormat
    let property: Property

    /// The target `name` reading `format`, checking `property`, seeded from `seeds`.
    public init(name: String, format: DocumentFormat, property: Property, seeds: FuzzSeeds, maxInputBytes: Int = 4096) {
        self.name = name
        self.format = format
        self.property = property
        self.seeds = seeds
        self.maxInputBytes = maxInputBytes
    }

    /// The tiny two-narrative lexicon (files and texts), in three scripts with wildcards and a
    /// negative weight, shared with `score-any`.
    static let lexiconTexts = [
        ("h.lex", "@narrative h\n@title H\n@description D\n@threshold 0.5\n3 hybrid attack\n2 гибридн* атак*\n2 weaponi* migra*\n"),
        ("v.lex", "@narrative v\n@title V\n@description D\n@threshold 0.5\n3 pushed back\n2 замерз*\n-1 lampedusa\n"),
    ]

    /// The classifier of `lexiconTexts`, compiled once per process.
    static let classifier: NarrativeClassifier = {
        let lexicons = lexiconTexts.map { try! LexiconParser().parse(Array($0.1.utf8), source: $0.0) }
        return try! NarrativeClassifier(lexicons: try! LexiconSet(lexicons))
    }()

    /// `score`'s JSONL writer for `classifier`, with evidence (offsets into the text).
    static let formatter = ResultFormatter(format: .jsonl, narratives: classifier.lexicons.names, includeEvidence: true)

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        let bytes = Array(input)
        let (documents, problems) = try read(bytes)
        switch property {
        case .page: try checkPage(documents, problems)
        case .feed: try checkFeed(documents)
        case .telegram: try checkTelegram(documents, problems)
        case .table: try checkTable(bytes, documents, problems)
        }
    }

    /// Reads `bytes` as `score` does and scores every document; checks the common properties.
    /// - Returns: the documents and problems the reader handed out, in order.
    func read(_ bytes: [UInt8]) throws(FuzzFailure) -> (documents: [DocumentRecord], problems: [InputError]) {
        let out = MemoryOutput()
        let err = MemoryOutput()
        let context = CommandContext(stdout: out, stderr: err, stdin: MemoryInput([]))
        let pipeline = ScorePipeline(
            classifier: Self.classifier, formatter: Self.formatter, parser: JSONRecordParser(), jobs: 1, failFast: false, context: context)
        let source = DocumentSource(format: format, stdin: MemoryInput(bytes))
        var documents: [DocumentRecord] = []
        var problems: [InputError] = []
        var unexpected: String?
        do {
            try source.read(InputItem(path: "-")) { (event) throws(OutputClosed) -> Bool in
                switch event {
                case .document(let d):
                    documents.append(d)
                    try pipeline.add(.document(d))
                case .failure(let error):
                    problems.append(error)
                    try pipeline.fail(error)
                case .line(_, let number): unexpected = "a JSONL line (\(number)) from --input-format \(format.rawValue)"
                case .notScored(let reason): unexpected = "standard input not scored: \(reason)"
                }
                return true
            }
            try pipeline.finish()
        } catch {
            throw FuzzFailure(target: name, message: "memory output closed")
        }
        if let unexpected { throw FuzzFailure(target: name, message: unexpected) }

        let lines = out.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        try require(out.bytes.isEmpty || out.bytes.last == 0x0A, "output does not end with a line feed")
        try require(lines.count == documents.count, "\(documents.count) documents, \(lines.count) output lines")
        // Parsing a line as a record whose "text" is its "id" checks it is one JSON object, and whose id it holds.
        let idParser = JSONRecordParser(textField: "id", idField: "id")
        for (line, d) in zip(lines, documents) {
            let record: DocumentRecord
            do { record = try Array(line).withUnsafeBufferPointer { (b) throws(JSONRecordError) in try idParser.parse(b, fallbackID: "") } } catch {
                throw FuzzFailure(target: name, message: "output line is not a JSON object (\(error)): \(String(decoding: line.prefix(200), as: UTF8.self))")
            }
            try require(record.text == Array(d.id.utf8), "output line for document '\(d.id)' has id '\(String(decoding: record.text, as: UTF8.self))'")
        }
        let errLines = err.bytes.split(separator: 0x0A)
        try require(errLines.count == problems.count, "\(problems.count) problems, \(errLines.count) stderr lines: \(err.text.prefix(400))")
        for line in errLines {
            try require(line.starts(with: Array("narrascan: -".utf8)), "stderr line is not a problem with standard input: \(String(decoding: line, as: UTF8.self))")
        }
        return (documents, problems)
    }

    func checkPage(_ documents: [DocumentRecord], _ problems: [InputError]) throws(FuzzFailure) {
        try require(documents.count + problems.count == 1, "a page gave \(documents.count) documents and \(problems.count) problems")
        for d in documents {
            try require(d.id == "-", "the page's id is '\(d.id)', not '-'")
            try requireBlockLayout(d.text, "the page's text")
        }
    }

    func checkFeed(_ documents: [DocumentRecord]) throws(FuzzFailure) {
        for d in documents {
            try require(!d.text.isEmpty, "item '\(d.id)' has an empty text")
            try requireBlockLayout(d.text, "item '\(d.id)'")
            if let date = d.date { try require(Self.isNormalizedDate(date), "item '\(d.id)' has date '\(date)', not in the normalised form") }
        }
    }

    func checkTelegram(_ documents: [DocumentRecord], _ problems: [InputError]) throws(FuzzFailure) {
        try require(problems.isEmpty || (problems.count == 1 && documents.isEmpty), "an export gave \(documents.count) documents and \(problems.count) problems")
        for d in documents {
            try require(d.text.contains { $0 > 0x20 }, "message '\(d.id)' has no visible character")
            try require(!d.text.contains(0x09) && !d.text.contains(0x0D), "message '\(d.id)' keeps a tab or CR")
            try require(d.source == documents[0].source, "messages of one export have different sources")
        }
    }

    func checkTable(_ bytes: [UInt8], _ documents: [DocumentRecord], _ problems: [InputError]) throws(FuzzFailure) {
        // Compressed input is decompressed before it is read as a table: the reference cannot know the result.
        if bytes.withUnsafeBufferPointer({ Compression.sniff($0) }) != nil { return }
        let separator: UInt8 = format == .tsv ? 0x09 : UInt8(ascii: ",")
        switch TableReference.expected(bytes, separator: separator) {
        case .problem(let why):
            try require(documents.isEmpty && problems.count == 1, "\(why): expected one problem, got \(documents.count) documents and \(problems.count) problems")
        case .rows(let texts):
            try require(problems.isEmpty, "the table's rows gave a problem: \(problems.first.map { "\($0)" } ?? "")")
            try require(documents.count == texts.count, "\(texts.count) data rows, \(documents.count) documents")
            for (k, (d, text)) in zip(documents, texts).enumerated() {
                try require(d.text == text, "row \(k + 1): text \(d.text), expected \(text)")
                try require(!d.id.isEmpty, "row \(k + 1) has an empty id")
            }
        }
    }

    /// Valid UTF-8; paragraphs of words single-spaced, joined by exactly one blank line; no tab,
    /// CR or form feed; nothing blank at either end.
    func requireBlockLayout(_ text: [UInt8], _ what: @autoclosure () -> String) throws(FuzzFailure) {
        try require(Array(String(decoding: text, as: UTF8.self).utf8) == text, "\(what()) is not valid UTF-8")
        try require(!text.contains { $0 == 0x09 || $0 == 0x0D || $0 == 0x0C }, "\(what()) keeps a tab, CR or form feed")
        for edge in [text.first, text.last] {
            try require(edge != 0x20 && edge != 0x0A, "\(what()) starts or ends with white space")
        }
        var k = 0
        while k < text.count {
            if text[k] == 0x20 {
                try require(text[k + 1] != 0x20 && text[k + 1] != 0x0A && text[k - 1] != 0x0A, "\(what()) has a run of white space at \(k)")
            } else if text[k] == 0x0A {
                try require(text[k + 1] == 0x0A && text[k + 2] != 0x0A && text[k + 2] != 0x20, "\(what()) has a lone or tripled newline at \(k)")
                k += 1
            }
            k += 1
        }
    }

    /// `YYYY-MM-DD`, optionally `THH:MM:SS`, then optionally `Z` or `±HH:MM`.
    static func isNormalizedDate(_ date: String) -> Bool {
        let b = Array(date.utf8)
        func digits(_ at: [Int]) -> Bool { at.allSatisfy { $0 < b.count && b[$0] >= 0x30 && b[$0] <= 0x39 } }
        func byte(_ at: Int, _ c: Character) -> Bool { at < b.count && b[at] == c.asciiValue! }
        guard b.count >= 10, digits([0, 1, 2, 3, 5, 6, 8, 9]), byte(4, "-"), byte(7, "-") else { return false }
        if b.count == 10 { return true }
        guard b.count >= 19, byte(10, "T"), digits([11, 12, 14, 15, 17, 18]), byte(13, ":"), byte(16, ":") else { return false }
        switch b.count {
        case 19: return true
        case 20: return byte(19, "Z")
        case 25: return (byte(19, "+") || byte(19, "-")) && digits([20, 21, 23, 24]) && byte(22, ":")
        default: return false
        }
    }
}
