// Turns matches into scores. Overlap semantics: within one narrative, a match whose words lie
// inside another match of the same narrative is subsumed and does not count (so "so-called hybrid
// attack" at -3 replaces "hybrid attack" at +3 inside it). When several entries of a narrative match
// exactly the same words, the most specific counts: more exact words first, then file order.
// Narratives never subsume each other's matches.

/// Scores matches against the lexicons' weights and thresholds.
public struct Scorer: Sendable {
    /// The lexicons (for names, weights and thresholds).
    public let lexicons: LexiconSet
    /// The score formula's parameters.
    public let model: ScoringModel
    private let entries: [LexiconEntry]
    private let narrativeOfEntry: [Int]
    /// `exactWordCount` of each entry, counted once: the overlap sort compares it for every pair.
    private let exactWords: [Int]

    /// Creates a scorer for the entries of `matcher` (same lexicon set).
    public init(lexicons: LexiconSet, matcher: PhraseMatcher, model: ScoringModel = ScoringModel()) {
        self.lexicons = lexicons
        self.model = model
        self.entries = matcher.entries
        self.narrativeOfEntry = matcher.narrativeOfEntry
        self.exactWords = matcher.entries.map(\.exactWordCount)
    }

    /// Scores one text's matches.
    ///
    /// - Parameters:
    ///   - matches: every occurrence found in the text, in any order.
    ///   - words: the text's word count.
    /// - Complexity: O(m log m) in the number of matches.
    public func score(matches: [PhraseMatch], words: Int, invalidBytes: Int = 0) -> DocumentScore {
        var perNarrative = [[PhraseMatch]](repeating: [], count: lexicons.lexicons.count)
        for m in matches { perNarrative[narrativeOfEntry[m.entry]].append(m) }
        var result: [NarrativeScore] = []
        result.reserveCapacity(perNarrative.count)
        for (n, lexicon) in lexicons.lexicons.enumerated() {
            let kept = resolveOverlaps(perNarrative[n])
            // Each entry's count of kept matches, contributions summed in entry order.
            var raw = 0.0
            let byEntry = kept.map(\.entry).sorted()
            var k = 0
            while k < byEntry.count {
                var next = k + 1
                while next < byEntry.count && byEntry[next] == byEntry[k] { next += 1 }
                raw += model.contribution(weight: entries[byEntry[k]].weight, count: next - k)
                k = next
            }
            let score = model.score(raw: raw, words: words)
            let evidence = kept.sorted { ($0.start, $0.end, $0.entry) < ($1.start, $1.end, $1.entry) }.map {
                Evidence(
                    narrative: lexicon.name, phrase: entries[$0.entry].phrase, start: $0.start, end: $0.end,
                    weight: entries[$0.entry].weight, entry: $0.entry)
            }
            result.append(
                NarrativeScore(
                    narrative: lexicon.name, score: score, raw: raw, labelled: score >= lexicon.threshold,
                    evidence: evidence))
        }
        return DocumentScore(words: words, invalidBytes: invalidBytes, narratives: result)
    }

    /// Drops matches contained in another match of the same narrative (see the file comment).
    func resolveOverlaps(_ matches: [PhraseMatch]) -> [PhraseMatch] {
        guard matches.count > 1 else { return matches }
        let ordered = matches.sorted { a, b in
            if a.firstWord != b.firstWord { return a.firstWord < b.firstWord }
            if a.lastWord != b.lastWord { return a.lastWord > b.lastWord }
            let sa = exactWords[a.entry], sb = exactWords[b.entry]
            if sa != sb { return sa > sb }
            return a.entry < b.entry
        }
        var kept: [PhraseMatch] = []
        var maxLast = -1
        for m in ordered where m.lastWord > maxLast {
            kept.append(m)
            maxLast = m.lastWord
        }
        return kept
    }
}
