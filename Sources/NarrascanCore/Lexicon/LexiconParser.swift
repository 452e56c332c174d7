// Parses one lexicon file (format in Lexicons/README.md) into a `Lexicon`, or into every problem
// it has. Line-oriented and forgiving while it reads: a bad line is recorded and skipped so that
// one run of `lexicon check` shows all problems, but a file with any problem yields no lexicon.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the lexicon text format.
public struct LexiconParser: Sendable {
    /// The most words a phrase may have.
    public static let maxPhraseWords = 64
    /// The longest word (folded bytes) a phrase may hold.
    public static let maxWordBytes = 200
    /// The fewest characters a wildcard prefix may have.
    public static let minPrefixCharacters = 2
    /// The most entries one file may hold; parsing stops with an error past it, so a runaway file
    /// costs bounded time and memory (the compiled set has its own limit, `AutomatonLimits`).
    public static let maxEntries = 250_000

    let tokenizer: Tokenizer

    /// Creates a parser that folds phrases with `tokenizer` (the one used for text).
    public init(tokenizer: Tokenizer = Tokenizer()) { self.tokenizer = tokenizer }

    /// Parses a lexicon file's bytes.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the file's path, used in messages.
    /// - Returns: the lexicon.
    /// - Throws: `LexiconErrors` with every problem of the file, in line order.
    public func parse(_ bytes: [UInt8], source: String) throws(LexiconErrors) -> Lexicon {
        var diagnostics: [LexiconDiagnostic] = []
        var name: String?, title: String?, description: String?, threshold: Double?
        var directiveLines: [String: Int] = [:]
        var language = "und"
        var entries: [LexiconEntry] = []
        var examples: [LexiconExample] = []
        let foldBuffer = FoldBuffer()

        func report(_ line: Int, _ column: Int, _ problem: LexiconDiagnostic.Problem) {
            diagnostics.append(LexiconDiagnostic(source: source, line: line, column: column, problem: problem))
        }

        // One pass over the file's bytes: each line is a view into them (no array of lines, no
        // copy of a line); only directive lines, diagnostics and the entry's phrase build Strings.
        var collector = WordCollector()
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            var lineStart = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            var newlines = 0
            var scan = 0
            while let at = nextNewline(base, from: scan, count: all.count) {
                newlines += 1
                scan = at + 1
            }
            var seen = PhraseTable(entries: min(newlines + 1, LexiconParser.maxEntries))
            var lineNumber = 0
            while lineStart <= all.count {
                var lineEnd = nextNewline(base, from: lineStart, count: all.count) ?? all.count
                let next = lineEnd + 1
                lineNumber += 1
                if lineEnd > lineStart && base[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let lineBytes = UnsafeBufferPointer(start: base + lineStart, count: lineEnd - lineStart)
                lineStart = next
                if let bad = firstInvalidUTF8Offset(lineBytes) {
                    report(lineNumber, characterColumn(lineBytes, bad), .invalidUTF8)
                    continue
                }
                var indent = 0
                while indent < lineBytes.count && (lineBytes[indent] == 0x20 || lineBytes[indent] == 0x09) { indent += 1 }
                if indent == lineBytes.count || lineBytes[indent] == UInt8(ascii: "#") { continue }
                let column = indent + 1

                if lineBytes[indent] == UInt8(ascii: "@") {
                    let line = String(decoding: lineBytes, as: UTF8.self)
                    let body = line.dropFirst(indent)
                    let directive = String(body.dropFirst().prefix { !$0.isWhitespace })
                    var value = body.dropFirst(1 + directive.count).trimmingSpaces()
                    let freeText = ["title", "description", "must-match", "must-not-match"].contains(directive)
                    if !freeText { value = value.removingTrailingComment().trimmingSpaces() }
                    let valueColumn = column + line.dropFirst(indent).distance(
                        from: body.startIndex, to: value.startIndex)
                    if value.isEmpty, directive != "" {
                        let known = ["narrative", "title", "description", "threshold", "lang", "must-match", "must-not-match"]
                        report(lineNumber, column, known.contains(directive) ? .emptyDirectiveValue(directive) : .unknownDirective(directive))
                        continue
                    }
                    let once = ["narrative", "title", "description", "threshold"]
                    if once.contains(directive) {
                        if let first = directiveLines[directive] {
                            report(lineNumber, column, .repeatedDirective(directive, firstLine: first))
                            continue
                        }
                        directiveLines[directive] = lineNumber
                    }
                    switch directive {
                    case "narrative":
                        if isValidNarrativeName(value) { name = String(value) } else {
                            report(lineNumber, valueColumn, .badNarrativeName(String(value)))
                        }
                    case "title": title = String(value)
                    case "description": description = String(value)
                    case "threshold":
                        if let t = Double(value), t > 0, t < 1 { threshold = t } else {
                            report(lineNumber, valueColumn, .badThreshold(String(value)))
                        }
                    case "lang": language = value.lowercased()
                    case "must-match", "must-not-match":
                        examples.append(LexiconExample(text: String(value), mustMatch: directive == "must-match", line: lineNumber))
                    default:
                        report(lineNumber, column, .unknownDirective(directive))
                    }
                    continue
                }

                // An entry: WEIGHT PHRASE [# comment]
                if entries.count >= LexiconParser.maxEntries {
                    report(lineNumber, column, .tooManyEntries)
                    break
                }
                var weightEnd = indent
                while weightEnd < lineBytes.count && lineBytes[weightEnd] != 0x20 && lineBytes[weightEnd] != 0x09 { weightEnd += 1 }
                let first = lineBytes[indent]
                guard (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") else {
                    report(lineNumber, column, .missingWeight)
                    continue
                }
                let weightBytes = UnsafeBufferPointer(rebasing: lineBytes[indent..<weightEnd])
                var entryOK = true
                let weight: Double
                if let w = parseWeight(weightBytes), w.isFinite {
                    weight = w
                    if w == 0 { report(lineNumber, column, .zeroWeight); entryOK = false }
                    else if abs(w) > 10 {
                        report(lineNumber, column, .weightOutOfRange(String(decoding: weightBytes, as: UTF8.self)))
                        entryOK = false
                    }
                } else {
                    report(lineNumber, column, .badWeight(String(decoding: weightBytes, as: UTF8.self)))
                    weight = 0
                    entryOK = false
                }
                // The phrase: after the weight, up to a '#' that follows white space, trimmed.
                var phraseEnd = weightEnd
                var previousIsSpace = false
                while phraseEnd < lineBytes.count {
                    let b = lineBytes[phraseEnd]
                    if b == UInt8(ascii: "#") && previousIsSpace { break }
                    previousIsSpace = b == 0x20 || b == 0x09
                    phraseEnd += 1
                }
                var phraseStart = weightEnd
                while phraseStart < phraseEnd && (lineBytes[phraseStart] == 0x20 || lineBytes[phraseStart] == 0x09) { phraseStart += 1 }
                while phraseEnd > phraseStart && (lineBytes[phraseEnd - 1] == 0x20 || lineBytes[phraseEnd - 1] == 0x09) { phraseEnd -= 1 }
                if phraseStart == phraseEnd {
                    report(lineNumber, characterColumn(lineBytes, weightEnd), .emptyPhrase)
                    continue
                }
                let phraseColumn = characterColumn(lineBytes, phraseStart)
                let phraseBytes = UnsafeBufferPointer(rebasing: lineBytes[phraseStart..<phraseEnd])
                switch parsePhrase(phraseBytes, buffer: foldBuffer, collector: &collector) {
                case .failure(let problem):
                    report(lineNumber, phraseColumn, problem)
                case .success(let words):
                    guard entryOK else { continue }
                    if let first = seen.entry(matching: words, in: entries, orInsert: entries.count) {
                        let normalized = LexiconEntry(phrase: "", words: words, weight: weight).normalized
                        report(lineNumber, phraseColumn, .duplicateEntry(normalized, firstLine: entries[first].line))
                    } else {
                        entries.append(
                            LexiconEntry(
                                phrase: String(decoding: phraseBytes, as: UTF8.self), words: words,
                                weight: weight, language: language, line: lineNumber))
                    }
                }
            }
        }

        for required in ["narrative", "title", "description", "threshold"] where directiveLines[required] == nil {
            report(0, 0, .missingDirective(required))
        }
        guard diagnostics.isEmpty, let name, let title, let description, let threshold else {
            throw LexiconErrors(diagnostics)
        }
        return Lexicon(
            name: name, title: title, description: description, threshold: threshold,
            entries: entries, examples: examples, source: source)
    }

    /// Splits a phrase on spaces and tabs, folds each word with the tokenizer, and resolves `*`.
    ///
    /// Chunks are taken in place (no split into an array of slices, no copy of each chunk): this
    /// runs for every entry at every start. `collector` is the caller's, reused from phrase to
    /// phrase (its array keeps its storage).
    func parsePhrase(
        _ text: UnsafeBufferPointer<UInt8>, buffer: FoldBuffer, collector: inout WordCollector
    ) -> Result<[PhraseWord], LexiconDiagnostic.Problem> {
        var words: [PhraseWord] = []
        words.reserveCapacity(4)
        var next = 0
        while next < text.count {
            if text[next] == 0x20 || text[next] == 0x09 {
                next += 1
                continue
            }
            var chunkEnd = next
            while chunkEnd < text.count && text[chunkEnd] != 0x20 && text[chunkEnd] != 0x09 { chunkEnd += 1 }
            let chunk = UnsafeBufferPointer(rebasing: text[next..<chunkEnd])
            next = chunkEnd
            let isPrefix = chunk[chunk.count - 1] == UInt8(ascii: "*")
            let chunkBytes = isPrefix ? UnsafeBufferPointer(rebasing: chunk[..<(chunk.count - 1)]) : chunk
            if chunkBytes.contains(UInt8(ascii: "*")) { return .failure(.misplacedWildcard(String(decoding: chunk, as: UTF8.self))) }
            collector.reset()
            let stats = tokenizer.tokenize(chunkBytes, buffer: buffer, into: &collector)
            let count = collector.count
            if count == 0 {
                return .failure(isPrefix ? .wildcardTooShort(String(decoding: chunk, as: UTF8.self)) : .phraseBreakingPunctuation(String(decoding: chunk, as: UTF8.self)))
            }
            if stats.invalidBytes > 0 || (1..<count).contains(where: { collector[$0].hardBreakBefore }) {
                return .failure(.phraseBreakingPunctuation(String(decoding: chunk, as: UTF8.self)))
            }
            // Punctuation glued to the chunk's ends ("(nato", "eu.") would also never match.
            if collector[0].hardBreakBefore
                || hasHardSeparator(UnsafeBufferPointer(rebasing: chunkBytes[collector[count - 1].end...]), buffer: buffer)
            {
                return .failure(.phraseBreakingPunctuation(String(decoding: chunk, as: UTF8.self)))
            }
            for k in 0..<count {
                let token = collector[k]
                if token.foldedCount > LexiconParser.maxWordBytes || token.truncated { return .failure(.wordTooLong) }
                let folded = collector.foldedBytes(k)
                if isPrefix && k == count - 1 {
                    let characters = folded.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                    if characters < LexiconParser.minPrefixCharacters { return .failure(.wildcardTooShort(String(decoding: chunk, as: UTF8.self))) }
                    words.append(.prefix(Array(folded)))
                } else {
                    words.append(.exact(Array(folded)))
                }
            }
        }
        if words.isEmpty { return .failure(.emptyPhrase) }
        if words.count > LexiconParser.maxPhraseWords { return .failure(.phraseTooLong(words: words.count)) }
        return .success(words)
    }

    /// True when a run of non-word bytes holds a hard separator (a word after it would start a new
    /// phrase).
    func hasHardSeparator(_ bytes: UnsafeBufferPointer<UInt8>, buffer: FoldBuffer) -> Bool {
        guard !bytes.isEmpty else { return false }
        var collector = WordCollector()
        let probe = Array(bytes) + [UInt8(ascii: "x")]
        _ = probe.withUnsafeBufferPointer { tokenizer.tokenize($0, buffer: buffer, into: &collector) }
        return collector.count > 0 && collector[0].hardBreakBefore
    }
}

/// Collects the words of a short text (a phrase chunk): each word's end and flags, its folded
/// bytes one after the other in `folded` (no array per word). `reset` only rewinds the counts,
/// keeping what the arrays hold to be overwritten: `removeAll(keepingCapacity:)` cost ~400
/// instructions per chunk.
struct WordCollector: TokenSink {
    typealias Word = (end: Int, foldedStart: Int, foldedCount: Int, truncated: Bool, hardBreakBefore: Bool)
    /// The words collected since the last `reset` are `slots[0..<count]`.
    private(set) var count = 0
    private var slots: [Word] = []
    private var folded: [UInt8] = []
    private var foldedEnd = 0

    mutating func word(
        start: Int, end: Int, folded bytes: UnsafePointer<UInt8>, count n: Int, hash: UInt64, truncated: Bool, hardBreakBefore: Bool
    ) {
        let word: Word = (end, foldedEnd, n, truncated, hardBreakBefore)
        if count < slots.count { slots[count] = word } else { slots.append(word) }
        count += 1
        if folded.count < foldedEnd + n { folded.append(contentsOf: repeatElement(0, count: foldedEnd + n - folded.count)) }
        folded.withUnsafeMutableBufferPointer { $0.baseAddress!.advanced(by: foldedEnd).update(from: bytes, count: n) }
        foldedEnd += n
    }

    /// Forgets the words collected, keeping the storage.
    mutating func reset() {
        count = 0
        foldedEnd = 0
    }

    /// Word `k` (below `count`).
    subscript(_ k: Int) -> Word { slots[k] }

    /// Word `k`'s folded bytes.
    func foldedBytes(_ k: Int) -> ArraySlice<UInt8> {
        folded[slots[k].foldedStart..<slots[k].foldedStart + slots[k].foldedCount]
    }
}

/// The entries kept so far, found by their folded words for duplicate detection: an
/// open-addressing table of entry indices keyed by a hash of the words, compared word for word on
/// a hit. (A dictionary keyed by an array of the words' bytes cost ~1,700 instructions per entry
/// to build, hash, insert and free.) Sized for every entry a file can keep (one per line, at most
/// `LexiconParser.maxEntries`), so it never fills past half.
struct PhraseTable {
    private var slots: [Int32]
    private let mask: Int

    /// A table for up to `entries` entries.
    init(entries: Int) {
        var capacity = 16
        while capacity < 2 * (entries + 1) { capacity *= 2 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// The index in `entries` of the entry whose words are `words`; nil when there is none, after
    /// recording `index` (where the caller appends the new entry) for them.
    mutating func entry(matching words: [PhraseWord], in entries: [LexiconEntry], orInsert index: Int) -> Int? {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for w in words {
            h = (h ^ wordHash(w.bytes) ^ (w.isPrefix ? 0x9E37_79B9_7F4A_7C15 : 0)) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
        }
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] >= 0 {
            let k = Int(slots[slot])
            if entries[k].words == words { return k }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(index)
        return nil
    }
}

/// The value of a weight written as plain decimal digits — `[+-]digits[.digits]`, at most 15
/// digits — computed exactly (an integer below 2⁵³ divided by a power of ten below 10²², one
/// correctly rounded division: the same `Double` as `Double(String)`); any other form is left to
/// `Double(String)` (exponents, "inf", "1.", ".5", errors). nil when it is no number.
func parseWeight(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
    var i = 0
    var negative = false
    if i < text.count && (text[i] == UInt8(ascii: "-") || text[i] == UInt8(ascii: "+")) {
        negative = text[i] == UInt8(ascii: "-")
        i += 1
    }
    var mantissa = 0, digits = 0, decimals = 0
    var sawDot = false, plain = i < text.count
    while i < text.count && plain {
        let b = text[i]
        if b >= 0x30 && b <= 0x39 {
            mantissa = mantissa &* 10 &+ Int(b - 0x30)  // wraps past 18 digits: unused then
            digits += 1
            if sawDot { decimals += 1 }
        } else if b == UInt8(ascii: ".") && !sawDot && digits > 0 {
            sawDot = true
        } else {
            plain = false
        }
        i += 1
    }
    if plain && digits > 0 && digits <= 15 && !(sawDot && decimals == 0) {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let value = Double(mantissa) / scale
        return negative ? -value : value
    }
    return Double(String(decoding: text, as: UTF8.self))
}

/// A narrative name: a lower-case ASCII letter, then lower-case letters, digits and '-'.
func isValidNarrativeName(_ s: Substring) -> Bool {
    guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
}

/// The offset of the first line feed in `base[from..<count]`, or nil (`memchr`: the lines of a
/// lexicon file are found at memory speed, not a byte a loop turn).
@inline(__always)
func nextNewline(_ base: UnsafePointer<UInt8>, from: Int, count: Int) -> Int? {
    guard from < count, let hit = memchr(base + from, 0x0A, count - from) else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
}

/// The offset of the first byte that is not part of well-formed UTF-8, or nil.
func firstInvalidUTF8Offset(_ buffer: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = buffer.baseAddress else { return nil }
    var i = 0
    while i < buffer.count {
        if base[i] < 0x80 {
            i += 1
            continue
        }
        let (_, length) = decodeScalar(base, i, buffer.count)
        if length == 0 { return i }
        i += length
    }
    return nil
}

/// The 1-based character column of byte `offset` in a line (counting UTF-8 lead bytes).
func characterColumn(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
    bytes[..<offset].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }

    /// Drops a `#` comment that follows white space.
    func removingTrailingComment() -> Substring {
        var previousIsSpace = false
        for i in indices {
            if self[i] == "#" && previousIsSpace { return self[..<i] }
            previousIsSpace = self[i].isWhitespace
        }
        return self
    }
}
