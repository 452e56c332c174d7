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
    /// Each narrative's name and threshold, in set order (read per text without copying the
    /// lexicons' entries).
    private let names: [String]
    private let thresholds: [Double]

    /// Creates a scorer for the entries of `matcher` (same lexicon set).
    public init(lexicons: LexiconSet, matcher: PhraseMatcher, model: ScoringModel = ScoringModel()) {
        self.lexicons = lexicons
        self.model = model
        self.entries = matcher.entries
        self.narrativeOfEntry = matcher.narrativeOfEntry
        self.exactWords = matcher.entries.map { $0.exactWordCount }
        self.names = lexicons.lexicons.map { $0.name }
        self.thresholds = lexicons.lexicons.map { $0.threshold }
    }

    /// Scores one text's matches.
    ///
    /// The matches are sorted once, by narrative and then in `Scorer.overlapOrder`; in each
    /// narrative's run a match is kept unless one before it ends at or after its last word (it
    /// lies inside that one), and the kept matches are counted in place: a text costs one array
    /// for its matches, not one per narrative and step.
    ///
    /// - Parameters:
    ///   - matches: every occurrence found in the text, in any order.
    ///   - words: the text's word count.
    ///   - evidence: false to leave every narrative's `evidence` empty (scores and labels are the
    ///     same): a caller that prints no evidence saves building, sorting and freeing it, two
    ///     strings per match.
    /// - Complexity: O(m log m) in the number of matches.
    public func score(matches: [PhraseMatch], words: Int, invalidBytes: Int = 0, evidence withEvidence: Bool = true) -> DocumentScore {
        var result: [NarrativeScore] = []
        result.reserveCapacity(names.count)
        var ordered = matches
        // Everything below works on one buffer of the copy: sorting `ordered[a..<b]` in place
        // through the array copied each range out and back (two array operations per narrative).
        ordered.withUnsafeMutableBufferPointer { ordered in
            if ordered.count > 1 {
                // The comparator reads two tables through locals: capturing `self` copied the whole
                // scorer (a retain per array) into the sort for every text.
                let narrativeOf = narrativeOfEntry, exact = exactWords
                ordered.sort { a, b in
                    let na = narrativeOf[a.entry], nb = narrativeOf[b.entry]
                    if na != nb { return na < nb }
                    return Scorer.overlapOrder(a, b, exactWords: exact)
                }
            }
            var next = 0  // the first match of the narrative being scored
            for n in 0..<names.count {
                var end = next
                while end < ordered.count && narrativeOfEntry[ordered[end].entry] == n { end += 1 }
                // Keep the matches no earlier one contains (in overlap order), compacted in place.
                var kept = next
                var maxLast = -1
                for k in next..<end where ordered[k].lastWord > maxLast {
                    ordered[kept] = ordered[k]
                    kept += 1
                    maxLast = ordered[k].lastWord
                }
                // Each entry's count of kept matches, contributions summed in entry order.
                var raw = 0.0
                var evidence: [Evidence] = []
                if kept > next {
                    var run = UnsafeMutableBufferPointer(rebasing: ordered[next..<kept])
                    run.sort { $0.entry < $1.entry }
                    var k = 0
                    while k < run.count {
                        var runEnd = k + 1
                        while runEnd < run.count && run[runEnd].entry == run[k].entry { runEnd += 1 }
                        raw += model.contribution(weight: entries[run[k].entry].weight, count: runEnd - k)
                        k = runEnd
                    }
                    if withEvidence {
                        run.sort { ($0.start, $0.end, $0.entry) < ($1.start, $1.end, $1.entry) }
                        evidence.reserveCapacity(run.count)
                        for m in run {
                            evidence.append(
                                Evidence(
                                    narrative: names[n], phrase: entries[m.entry].phrase, start: m.start, end: m.end,
                                    weight: entries[m.entry].weight, entry: m.entry))
                        }
                    }
                }
                let score = model.score(raw: raw, words: words)
                result.append(
                    NarrativeScore(
                        narrative: names[n], score: score, raw: raw, labelled: score >= thresholds[n],
                        evidence: evidence))
                next = end
            }
        }
        return DocumentScore(words: words, invalidBytes: invalidBytes, narratives: result)
    }

    /// The order in which overlaps are resolved: by first word, then the longer match first, then
    /// the more specific entry (more exact words, `exactWords[entry]`), then file order.
    @inline(__always)
    static func overlapOrder(_ a: PhraseMatch, _ b: PhraseMatch, exactWords: [Int]) -> Bool {
        if a.firstWord != b.firstWord { return a.firstWord < b.firstWord }
        if a.lastWord != b.lastWord { return a.lastWord > b.lastWord }
        let sa = exactWords[a.entry], sb = exactWords[b.entry]
        if sa != sb { return sa > sb }
        return a.entry < b.entry
    }
}
