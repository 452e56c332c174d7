// Parses one lexicon file (format in Lexicons/README.md) into a `Lexicon`, or into every problem
// it has. Line-oriented and forgiving while it reads: a bad line is recorded and skipped so that
// one run of `lexicon check` shows all problems, but a file with any problem yields no lexicon.

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
        var seen: [String: Int] = [:]

        func report(_ line: Int, _ column: Int, _ problem: LexiconDiagnostic.Problem) {
            diagnostics.append(LexiconDiagnostic(source: source, line: line, column: column, problem: problem))
        }

        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        var lineNumber = 0
        for rawLine in content.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var lineBytes = Array(rawLine)
            if lineBytes.last == UInt8(ascii: "\r") { lineBytes.removeLast() }
            if let bad = firstInvalidUTF8Offset(lineBytes) {
                report(lineNumber, characterColumn(lineBytes, bad), .invalidUTF8)
                continue
            }
            let line = String(decoding: lineBytes, as: UTF8.self)
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let body = line.dropFirst(indent)
            if body.isEmpty || body.hasPrefix("#") { continue }
            let column = indent + 1

            if body.hasPrefix("@") {
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
            let weightText = body.prefix { !$0.isWhitespace }
            guard let first = weightText.first, first.isNumber || first == "-" || first == "+" || first == "." else {
                report(lineNumber, column, .missingWeight)
                continue
            }
            var entryOK = true
            let weight: Double
            if let w = Double(weightText), w.isFinite {
                weight = w
                if w == 0 { report(lineNumber, column, .zeroWeight); entryOK = false }
                else if abs(w) > 10 { report(lineNumber, column, .weightOutOfRange(String(weightText))); entryOK = false }
            } else {
                report(lineNumber, column, .badWeight(String(weightText)))
                weight = 0
                entryOK = false
            }
            let phraseText = body.dropFirst(weightText.count).removingTrailingComment().trimmingSpaces()
            let phraseColumn = column + body.distance(from: body.startIndex, to: phraseText.startIndex)
            if phraseText.isEmpty {
                report(lineNumber, column + weightText.count, .emptyPhrase)
                continue
            }
            switch parsePhrase(phraseText) {
            case .failure(let problem):
                report(lineNumber, phraseColumn, problem)
            case .success(let words):
                guard entryOK else { continue }
                let entry = LexiconEntry(
                    phrase: String(phraseText), words: words, weight: weight, language: language, line: lineNumber)
                if let firstLine = seen[entry.normalized] {
                    report(lineNumber, phraseColumn, .duplicateEntry(entry.normalized, firstLine: firstLine))
                } else {
                    seen[entry.normalized] = lineNumber
                    entries.append(entry)
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

    /// Splits a phrase on white space, folds each word with the tokenizer, and resolves `*`.
    func parsePhrase(_ text: Substring) -> Result<[PhraseWord], LexiconDiagnostic.Problem> {
        var words: [PhraseWord] = []
        for chunk in text.split(whereSeparator: { $0.isWhitespace }) {
            var chunkText = chunk
            let isPrefix = chunkText.hasSuffix("*")
            if isPrefix { chunkText = chunkText.dropLast() }
            if chunkText.contains("*") { return .failure(.misplacedWildcard(String(chunk))) }
            let (tokens, stats) = tokenizer.tokens(in: Array(chunkText.utf8))
            if tokens.isEmpty {
                return .failure(isPrefix ? .wildcardTooShort(String(chunk)) : .phraseBreakingPunctuation(String(chunk)))
            }
            if stats.invalidBytes > 0 || tokens.dropFirst().contains(where: \.hardBreakBefore) {
                return .failure(.phraseBreakingPunctuation(String(chunk)))
            }
            // Punctuation glued to the chunk's ends ("(nato", "eu.") would also never match.
            let chunkBytes = Array(chunkText.utf8)
            if let firstToken = tokens.first, let lastToken = tokens.last {
                let leading = Array(chunkBytes[..<firstToken.range.lowerBound])
                let trailing = Array(chunkBytes[lastToken.range.upperBound...])
                if hasHardSeparator(leading) || hasHardSeparator(trailing) {
                    return .failure(.phraseBreakingPunctuation(String(chunk)))
                }
            }
            for (k, token) in tokens.enumerated() {
                let bytes = Array(token.folded.utf8)
                if bytes.count > LexiconParser.maxWordBytes || token.truncated { return .failure(.wordTooLong) }
                if isPrefix && k == tokens.count - 1 {
                    if token.folded.unicodeScalars.count < LexiconParser.minPrefixCharacters {
                        return .failure(.wildcardTooShort(String(chunk)))
                    }
                    words.append(.prefix(bytes))
                } else {
                    words.append(.exact(bytes))
                }
            }
        }
        if words.isEmpty { return .failure(.emptyPhrase) }
        if words.count > LexiconParser.maxPhraseWords { return .failure(.phraseTooLong(words: words.count)) }
        return .success(words)
    }

    /// True when a run of non-word bytes holds a hard separator (a tokenizer over it reports one
    /// before a following word).
    func hasHardSeparator(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty else { return false }
        let probe = bytes + Array("x".utf8)
        return tokenizer.tokens(in: probe).tokens.first?.hardBreakBefore ?? false
    }
}

/// A narrative name: a lower-case ASCII letter, then lower-case letters, digits and '-'.
func isValidNarrativeName(_ s: Substring) -> Bool {
    guard let first = s.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
}

/// The offset of the first byte that is not part of well-formed UTF-8, or nil.
func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
        guard let base = buffer.baseAddress else { return nil }
        var i = 0
        while i < buffer.count {
            let (_, length) = decodeScalar(base, i, buffer.count)
            if length == 0 { return i }
            i += length
        }
        return nil
    }
}

/// The 1-based character column of byte `offset` in a line (counting UTF-8 lead bytes).
func characterColumn(_ bytes: [UInt8], _ offset: Int) -> Int {
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
