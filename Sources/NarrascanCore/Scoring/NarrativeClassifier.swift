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
    /// Voice attribution, when switched on with `attributingVoices(counting:)`; nil by default
    /// (no attribution cost, and evidence carries no voice).
    public private(set) var attribution: VoiceAttribution? = nil
    /// The voices whose matches count towards scores (all of them by default).
    public private(set) var countedVoices: Set<Voice> = Set(Voice.allCases)

    /// Compiles `lexicons`, on two threads when `compileInParallel` (`score --jobs N`, N > 1: the
    /// compile is start-up no input overlaps); the classifier is the same either way.
    /// - Throws: `LexiconErrors` when the lexicons are too complex to compile.
    public init(lexicons: LexiconSet, model: ScoringModel = ScoringModel(), compileInParallel: Bool = false) throws(LexiconErrors) {
        self.lexicons = lexicons
        self.matcher = try PhraseMatcher(lexicons: lexicons, skimming: nil, parallel: compileInParallel)
        self.scorer = Scorer(lexicons: lexicons, matcher: matcher, model: model)
    }

    /// A copy that attributes every match to a voice (own, quoted, refuted) and counts only the
    /// matches in `voices` (`[.own]` for own-voice-only scoring).
    public func attributingVoices(counting voices: Set<Voice> = Set(Voice.allCases), attribution: VoiceAttribution = VoiceAttribution()) -> NarrativeClassifier {
        var copy = self
        copy.attribution = attribution
        copy.countedVoices = voices
        return copy
    }

    /// Classifies UTF-8 text using `scratch` (one per thread); with `evidence` false and no voice
    /// attribution, every narrative's `evidence` is left empty (scores and labels are the same),
    /// for callers that print none.
    public func classify(_ text: UnsafeBufferPointer<UInt8>, scratch: MatchScratch, evidence: Bool = true) -> DocumentScore {
        let stats = matcher.scan(text, scratch: scratch)
        guard let attribution else {
            return scorer.score(
                matches: scratch.matches, words: stats.words, invalidBytes: stats.invalidBytes, evidence: evidence)
        }
        if scratch.matches.isEmpty {
            var result = scorer.score(matches: [], words: stats.words, invalidBytes: stats.invalidBytes)
            for n in result.narratives.indices { result.narratives[n].voices = VoiceCounts() }
            return result
        }
        let map = attribution.analyze(text)
        return scorer.score(
            matches: scratch.matches, words: stats.words, invalidBytes: stats.invalidBytes, voices: map, counting: countedVoices)
    }

    /// Classifies bytes. Allocates a scratch: for tests and one-off use.
    public func classify(_ text: [UInt8]) -> DocumentScore {
        let scratch = MatchScratch()
        return text.withUnsafeBufferPointer { classify($0, scratch: scratch) }
    }

    /// Classifies a string. Allocates a scratch: for tests and one-off use.
    public func classify(_ text: String) -> DocumentScore { classify(Array(text.utf8)) }
}
