// `narrascan explain`: for a person. Each narrative's score and label, the phrases that contributed
// most (count, weight, contribution), and the text with every match highlighted: ANSI colour on a
// terminal, `[[text|narrative]]` markers otherwise.

import NarrascanCore

/// The `explain` command.
public enum ExplainCommand {
    public static let spec = CommandSpec(
        name: "explain",
        abstract: "Show why a document was (or was not) labelled.",
        usage: "narrascan explain [OPTIONS] FILE|-",
        discussion: """
            FILE is a text document (.txt, .md, or '-' for standard input). For a .jsonl file every record
            is explained in turn, and so is every document of a page, feed, Telegram export, table or
            compressed file (see 'narrascan score --help'). Matches are marked in the text as [[matched words|narrative]], or in
            colour when stdout is a terminal (--color always|never|auto).
            """,
        options: lexiconOptions + [
            OptionSpec("--top", value: "N", help: "Phrases listed per narrative (default: 10)."),
            OptionSpec("--color", value: "WHEN", help: "always, never or auto (default: auto)."),
        ] + recordFieldOptions,
        examples: [
            "narrascan explain Samples/dev/ru-001-belta-gpk-izbitye-migranty.txt",
            "narrascan explain --narrative hybrid-attack --color never article.txt",
            "echo 'Minsk weaponised migrants in a hybrid attack' | narrascan explain -",
        ],
        maxPositionals: 1)

    public static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        guard let args = try spec.parse(arguments, context: context) else { return .success }
        guard let path = args.positionals.first else { throw .usage(UsageError("explain needs a FILE (or '-' for standard input)")) }
        let top: Int
        let color: Bool
        do {
            top = try args.integer("--top", default: 10, range: 1...1000)
            switch try args.choice("--color", ["always", "never", "auto"]) ?? "auto" {
            case "always": color = true
            case "never": color = false
            default: color = context.stdout.isTerminal
            }
        } catch { throw .usage(error) }
        if path != "-" && !fileExists(path) { throw .usage(UsageError("\(path): no such file")) }
        let classifier = try LexiconLoader(context: context).classifier(args.value("--lexicons"), narratives: args.allValues("--narrative"))

        var documents: [DocumentRecord] = []
        var failed = false
        let named = path == "-" ? nil : DocumentFormat.fromName(path)
        let otherFormat = path != "-" && (Compression.fromName(path) != nil || (named != nil && named != .jsonl && named != .text))
        do throws(any Error) {
            if otherFormat {
                // Pages, feeds, exports, tables and compressed files: what `score` reads, explained.
                let parser = JSONRecordParser(textField: args.value("--text-field") ?? "text", idField: args.value("--id-field") ?? "id")
                let source = DocumentSource(textField: parser.textField, idField: parser.idField, stdin: context.stdin)
                source.read(InputItem(path: path)) { event in
                    switch event {
                    case .document(let d): documents.append(d)
                    case .line(let line, let number):
                        do { documents.append(try parser.parse(line, fallbackID: "\(path):\(number)")) } catch {
                            context.warn("narrascan: \(path):\(number): invalid record: \(error)")
                            failed = true
                        }
                    case .failure(let error):
                        context.warn("narrascan: \(error)")
                        failed = true
                    case .notScored: break
                    }
                    return true
                }
            } else if path != "-" && DocumentFormat.fromName(path) == .jsonl {
                let parser = JSONRecordParser(textField: args.value("--text-field") ?? "text", idField: args.value("--id-field") ?? "id")
                let reader = LineReader(input: try FileDescriptorInput(path: path))
                while let event = try reader.next() {
                    guard case .line(let line) = event, !line.isEmpty else { continue }
                    do { documents.append(try parser.parse(line, fallbackID: "\(path):\(reader.lineNumber)")) } catch {
                        context.warn("narrascan: \(path):\(reader.lineNumber): invalid record: \(error)")
                        failed = true
                    }
                }
            } else {
                var bytes: [UInt8]
                if path == "-" {
                    bytes = []
                    let chunk = UnsafeMutableRawPointer.allocate(byteCount: 1 << 16, alignment: 1)
                    defer { chunk.deallocate() }
                    while true {
                        let n = try context.stdin.read(into: chunk, count: 1 << 16)
                        if n == 0 { break }
                        bytes.append(contentsOf: UnsafeRawBufferPointer(start: chunk, count: n))
                    }
                } else {
                    bytes = try readFile(path)
                }
                if let utf8 = transcodeUTF16(bytes) { bytes = utf8 }
                if let reason = bytes.withUnsafeBufferPointer({ binaryContentReason($0) }) {
                    throw InputError(path: path, reason: reason)
                }
                if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
                documents.append(DocumentRecord(id: path == "-" ? "-" : documentID(forPath: path), text: bytes, path: path))
            }
        } catch let error as InputError {
            throw .input(error)
        } catch {
            throw .input(InputError(path: path, reason: "\(error)"))
        }
        let renderer = ExplanationRenderer(classifier: classifier, top: top, color: color)
        do {
            for (k, document) in documents.enumerated() {
                if k > 0 { try context.stdout.write("\n" + String(repeating: "─", count: 72) + "\n\n") }
                try context.stdout.write(renderer.render(document))
            }
            try context.stdout.flush()
        } catch { throw .outputClosed }
        return failed ? .failure : .success
    }
}

/// Renders the explanation of one document.
public struct ExplanationRenderer {
    let classifier: NarrativeClassifier
    let top: Int
    let color: Bool
    static let colors = ["\u{1B}[1;31m", "\u{1B}[1;34m", "\u{1B}[1;32m", "\u{1B}[1;35m", "\u{1B}[1;33m", "\u{1B}[1;36m"]
    static let reset = "\u{1B}[0m"

    public init(classifier: NarrativeClassifier, top: Int = 10, color: Bool = false) {
        self.classifier = classifier
        self.top = top
        self.color = color
    }

    func paint(_ s: String, _ narrative: Int) -> String {
        color ? ExplanationRenderer.colors[narrative % ExplanationRenderer.colors.count] + s + ExplanationRenderer.reset : s
    }

    /// The explanation as text.
    public func render(_ document: DocumentRecord) -> String {
        let score = classifier.classify(document.text)
        let names = classifier.lexicons.names
        let width = max(names.map(\.count).max() ?? 0, 9)
        var s = "\(document.id) — \(score.words) words"
        if score.invalidBytes > 0 { s += ", \(score.invalidBytes) invalid UTF-8 bytes ignored" }
        s += "\n\n"
        s += "  " + pad("NARRATIVE", width) + "  SCORE  THRESHOLD  RAW     VERDICT\n"
        for (n, ns) in score.narratives.enumerated() {
            let lexicon = classifier.lexicons.lexicons[n]
            let verdict = ns.labelled ? paint("LABELLED", n) : "-"
            s += "  " + pad(ns.narrative, width) + "  " + formatFixed(ns.score, places: 3) + "  "
            s += pad(formatFixed(lexicon.threshold, places: 2), 9) + "  " + pad(formatFixed(ns.raw, places: 2), 6) + "  " + verdict + "\n"
        }
        let model = classifier.scorer.model
        for (n, ns) in score.narratives.enumerated() where !ns.evidence.isEmpty {
            s += "\n" + paint(ns.narrative, n) + " — top phrases\n"
            s += "  COUNT  WEIGHT  CONTRIB  PHRASE\n"
            var counts: [Int: Int] = [:]
            for e in ns.evidence { counts[e.entry, default: 0] += 1 }
            let rows = counts.map { (entry: $0.key, count: $0.value, contribution: model.contribution(weight: classifier.matcher.entries[$0.key].weight, count: $0.value)) }
                .sorted { (abs($0.contribution), $1.entry) > (abs($1.contribution), $0.entry) }
            for row in rows.prefix(top) {
                let entry = classifier.matcher.entries[row.entry]
                s += "  " + pad(String(row.count), 5) + "  " + pad(formatFixed(entry.weight, places: 2), 6) + "  "
                s += pad(formatFixed(row.contribution, places: 2), 7) + "  " + entry.phrase + "\n"
            }
            if rows.count > top { s += "  … \(rows.count - top) more\n" }
        }
        s += "\nTEXT\n\n" + highlight(document.text, score) + "\n"
        return s
    }

    /// The text with matches marked. Overlapping matches (of any narratives) merge into one span.
    func highlight(_ text: [UInt8], _ score: DocumentScore) -> String {
        var spans: [(start: Int, end: Int, narratives: Set<Int>)] = []
        let all = score.narratives.enumerated().flatMap { n, ns in ns.evidence.map { (start: $0.start, end: $0.end, n: n) } }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        for m in all {
            if let last = spans.last, m.start < last.end {
                spans[spans.count - 1].end = max(last.end, m.end)
                spans[spans.count - 1].narratives.insert(m.n)
            } else {
                spans.append((m.start, m.end, [m.n]))
            }
        }
        let names = classifier.lexicons.names
        var out = ""
        var cursor = 0
        for span in spans {
            out += String(decoding: text[cursor..<span.start], as: UTF8.self)
            let inner = String(decoding: text[span.start..<span.end], as: UTF8.self)
            let ns = span.narratives.sorted()
            if color {
                out += paint(inner, ns[0]) + (ns.count > 1 ? paint("⁺", ns[1]) : "")
            } else {
                out += "[[" + inner + "|" + ns.map { names[$0] }.joined(separator: ",") + "]]"
            }
            cursor = span.end
        }
        out += String(decoding: text[cursor...], as: UTF8.self)
        return out
    }
}
