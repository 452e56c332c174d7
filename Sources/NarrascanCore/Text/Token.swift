// A materialised token, for callers that want a list (tests, `explain`, lexicon parsing) rather than
// the allocation-free sink of the hot path.

/// One word of a text: where it is, and how it reads after folding.
public struct Token: Sendable, Equatable, CustomStringConvertible {
    /// Byte range of the word in the original text.
    public var range: Range<Int>
    /// The folded (lower-cased, normalised) word.
    public var folded: String
    /// True when a hard separator lies between this word and the previous one.
    public var hardBreakBefore: Bool
    /// True when the word was longer than `Tokenizer.maxFoldedBytes` and was cut.
    public var truncated: Bool

    public init(range: Range<Int>, folded: String, hardBreakBefore: Bool, truncated: Bool = false) {
        self.range = range
        self.folded = folded
        self.hardBreakBefore = hardBreakBefore
        self.truncated = truncated
    }

    public var description: String { "\(hardBreakBefore ? "|" : "")\(folded)@\(range.lowerBound)..<\(range.upperBound)" }
}

extension Tokenizer {
    /// Tokenizes `text` into a list of `Token`s. Allocates per token: for tests and tools, not for
    /// the hot path.
    public func tokens(in text: [UInt8]) -> (tokens: [Token], stats: TokenizationStats) {
        struct Collector: TokenSink {
            var tokens: [Token] = []
            mutating func word(
                start: Int, end: Int, folded: UnsafePointer<UInt8>, count: Int, hash: UInt64, truncated: Bool,
                hardBreakBefore: Bool
            ) {
                let s = String(decoding: UnsafeBufferPointer(start: folded, count: count), as: UTF8.self)
                tokens.append(Token(range: start..<end, folded: s, hardBreakBefore: hardBreakBefore, truncated: truncated))
            }
        }
        var collector = Collector()
        let buffer = FoldBuffer()
        let stats = text.withUnsafeBufferPointer { tokenize($0, buffer: buffer, into: &collector) }
        return (collector.tokens, stats)
    }

    /// Tokenizes a string; see `tokens(in:)` for bytes.
    public func tokens(in text: String) -> [Token] { tokens(in: Array(text.utf8)).tokens }
}
