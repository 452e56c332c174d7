// The naive matcher that the fast one is tested against: tokenize into a list, then for every word
// position and every entry, compare word by word. O(words × entries × phrase length): for tests and
// the benchmark's reference column only.

/// A deliberately simple matcher with the same semantics as `PhraseMatcher`.
public struct ReferencePhraseMatcher: Sendable {
    /// The entries, in the same order as `PhraseMatcher.entries`.
    public let entries: [LexiconEntry]
    let tokenizer = Tokenizer()

    /// Uses the entries of `lexicons` in set order.
    public init(lexicons: LexiconSet) {
        entries = lexicons.lexicons.flatMap(\.entries)
    }

    /// All occurrences of all entries, sorted.
    public func matches(in text: [UInt8]) -> [PhraseMatch] {
        let tokens = tokenizer.tokens(in: text).tokens
        let folded = tokens.map { Array($0.folded.utf8) }
        var result: [PhraseMatch] = []
        for i in tokens.indices {
            for (e, entry) in entries.enumerated() {
                let n = entry.words.count
                guard i + n <= tokens.count else { continue }
                var ok = true
                for k in 0..<n {
                    if k > 0 && tokens[i + k].hardBreakBefore { ok = false; break }
                    if tokens[i + k].truncated && !entry.words[k].isPrefix { ok = false; break }
                    if !entry.words[k].matches(folded[i + k]) { ok = false; break }
                }
                if ok {
                    result.append(
                        PhraseMatch(
                            entry: e, firstWord: i, lastWord: i + n - 1, start: tokens[i].range.lowerBound,
                            end: tokens[i + n - 1].range.upperBound))
                }
            }
        }
        return result.sorted()
    }
}
