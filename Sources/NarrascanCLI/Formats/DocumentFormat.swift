// The formats narrascan reads, and how an input's format is decided: `--input-format` when given,
// else the file's extension (looking through a compression suffix: `feed.rss.gz` is RSS), else the
// first bytes (so standard input works for every format, and so does a `.xml` or `.json` file).
// A table (CSV/TSV) is recognised from its first bytes only when its header names the text column:
// otherwise a comma in the first line of a plain text would make it a table.

/// A document format.
public enum DocumentFormat: String, Sendable, CaseIterable, Equatable {
    /// One JSON record per line.
    case jsonl
    /// The whole input is one document.
    case text
    /// A web page: one document, the article's text.
    case html
    /// An RSS 2.0 or RSS 1.0 (RDF) feed: one document per item.
    case rss
    /// An Atom feed: one document per entry.
    case atom
    /// A Telegram Desktop export (result.json): one document per message.
    case telegram
    /// A comma-separated table with a header row: one document per row.
    case csv
    /// A tab-separated table with a header row: one document per row.
    case tsv

    /// The format a file name gives, looking through .gz/.zst/.bz2/.xz; nil when the extension is
    /// not one narrascan knows, or (for `.xml`, `.json`) does not settle the format.
    public static func fromName(_ path: String) -> DocumentFormat? {
        let name = extensionBase(path)
        guard let dot = name.lastIndex(of: ".") else { return nil }
        switch name[name.index(after: dot)...] {
        case "jsonl", "ndjson": return .jsonl
        case "txt", "md", "text": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "rss", "rdf": return .rss
        case "atom": return .atom
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        default: return nil
        }
    }

    /// The lower-cased file name without its directory and compression suffix.
    static func extensionBase(_ path: String) -> String {
        var name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        if let c = Compression.fromName(name) { name.removeLast(c.suffix.count) }
        return name
    }

    /// The lower-cased extension of a file (after removing a compression suffix), for summaries.
    public static func extensionLabel(_ path: String) -> String {
        let name = extensionBase(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "(no extension)" }
        return String(name[dot...])
    }

    /// Whether a directory walk should open a file of this name to decide (`.xml`, `.json`).
    static func worthSniffing(_ path: String) -> Bool {
        let name = extensionBase(path)
        return name.hasSuffix(".xml") || name.hasSuffix(".json")
    }

    /// The format of (decompressed) content from its first bytes. `textField` is the column a
    /// table must have to be read as one.
    public static func sniff(_ head: UnsafeBufferPointer<UInt8>, textField: String = "text") -> DocumentFormat {
        var i = 0
        if head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF { i = 3 }
        while i < head.count && (head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D) { i += 1 }
        guard i < head.count else { return .text }
        let rest = UnsafeBufferPointer(rebasing: head[i...])
        if head[i] == UInt8(ascii: "{") { return TelegramExport.sniff(rest) ? .telegram : .jsonl }
        if head[i] == UInt8(ascii: "<") {
            let lower = String(decoding: rest.prefix(4096), as: UTF8.self).lowercased()
            if lower.contains("<rss") || lower.contains("<rdf:rdf") { return .rss }
            if lower.contains("<feed") { return .atom }
            return .html
        }
        // A header row that names the text column: a table.
        let firstLine = rest.prefix { $0 != 0x0A && $0 != 0x0D }
        for (format, separator) in [(DocumentFormat.tsv, UInt8(ascii: "\t")), (.csv, UInt8(ascii: ","))] where firstLine.contains(separator) {
            let names = firstLine.split(separator: separator, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self).trimmingSpaces.trimmingQuotes.lowercased()
            }
            if names.contains(textField.lowercased()) { return format }
        }
        return .text
    }
}

extension String {
    /// Without one pair of enclosing double quotes.
    var trimmingQuotes: String {
        count >= 2 && hasPrefix("\"") && hasSuffix("\"") ? String(dropFirst().dropLast()) : self
    }
}
