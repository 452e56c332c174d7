// Fuzzes the tokenizer on any bytes: no crash, and every word it reports lies inside the text, is
// non-empty, starts after the previous word ends, and has a folded form within the documented cap.

import NarrascanCore

/// `tokenizer`: word ranges inside the text and increasing, folded forms within the cap.
public struct TokenizerFuzzTarget: FuzzTarget {
    public let name = "tokenizer"
    public let seeds = FuzzSeeds("Samples/dev/*.txt")
    public let maxInputBytes = 4096
    let tokenizer = Tokenizer()

    public init() {}

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        let text = Array(input)
        let (tokens, stats) = tokenizer.tokens(in: text)
        try require(stats.words == tokens.count, "stats count \(stats.words) words, the sink saw \(tokens.count)")
        try require(stats.invalidBytes <= text.count, "\(stats.invalidBytes) invalid bytes in \(text.count)")
        var previousEnd = 0
        for (k, token) in tokens.enumerated() {
            let r = token.range
            try require(r.lowerBound >= previousEnd, "word \(k) \(token) starts before the previous word ends (\(previousEnd))")
            try require(r.lowerBound < r.upperBound && r.upperBound <= text.count, "word \(k) \(token) is outside the text of \(text.count) bytes")
            try require(!token.folded.isEmpty, "word \(k) \(token) folds to nothing")
            try require(token.folded.utf8.count <= Tokenizer.maxFoldedBytes, "word \(k) folds to \(token.folded.utf8.count) bytes")
            try require(text[r.lowerBound] != 0x20 && text[r.upperBound - 1] != 0x20, "word \(k) \(token) includes a space")
            previousEnd = r.upperBound
        }
    }
}
