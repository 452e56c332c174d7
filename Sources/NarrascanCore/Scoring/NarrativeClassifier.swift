// The library's front door: lexicons in, a reusable classifier out. Batch, stream, explain, eval and
// the benchmark all go through this one type, so they cannot disagree.

/// Compiles a lexicon set once and classifies texts with it.
///
/// Thread-safety: immutable and `Sendable`; give each thread its own `MatchScratch`.
public struct NarrativeClassifier: Sendable {
    /// The lexicons.
    public let lexicons: LexiconSet
    /// The compiled matcher.
    public let matcher: PhraseMatcher
    /// The scorer.
    public let scorer: Scorer

    /// Compiles `lexicons`.
    /// - Throws: `LexiconErrors` when the lexicons are too complex to compile.
    public init(lexicons: LexiconSet, model: ScoringModel = ScoringModel()) throws(LexiconErrors) {
        self.lexicons = lexicons
        self.matcher = try PhraseMatcher(lexicons: lexicons)
        self.scorer = Scorer(lexicons: lexicons, matcher: matcher, model: model)
    }

    /// Classifies UTF-8 text using `scratch` (one per thread).
    public func classify(_ text: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> DocumentScore {
        let stats = matcher.scan(text, scratch: scratch)
        return scorer.score(matches: scratch.matches, words: stats.words, invalidBytes: stats.invalidBytes)
    }

    /// Classifies bytes. Allocates a scratch: for tests and one-off use.
    public func classify(_ text: [UInt8]) -> DocumentScore {
        let scratch = MatchScratch()
        return text.withUnsafeBufferPointer { classify($0, scratch: scratch) }
    }

    /// Classifies a string. Allocates a scratch: for tests and one-off use.
    public func classify(_ text: String) -> DocumentScore { classify(Array(text.utf8)) }
}
