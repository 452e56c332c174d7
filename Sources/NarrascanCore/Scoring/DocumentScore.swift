// What scoring returns: per narrative a score, a label and the evidence behind it.

/// One matched phrase that counted towards a narrative's score.
public struct Evidence: Sendable, Equatable {
    /// The narrative's name.
    public var narrative: String
    /// The entry's phrase as written in the lexicon.
    public var phrase: String
    /// Byte range of the occurrence in the text.
    public var start: Int
    public var end: Int
    /// The entry's weight.
    public var weight: Double
    /// Index of the entry in `PhraseMatcher.entries`.
    public var entry: Int

    public init(narrative: String, phrase: String, start: Int, end: Int, weight: Double, entry: Int) {
        self.narrative = narrative
        self.phrase = phrase
        self.start = start
        self.end = end
        self.weight = weight
        self.entry = entry
    }
}

/// A narrative's verdict on one text.
public struct NarrativeScore: Sendable, Equatable {
    /// The narrative's name.
    public var narrative: String
    /// Score in 0...1.
    public var score: Double
    /// Sum of contributions before length normalisation.
    public var raw: Double
    /// True when `score` reaches the lexicon's threshold.
    public var labelled: Bool
    /// The matches that counted, in text order.
    public var evidence: [Evidence]

    public init(narrative: String, score: Double, raw: Double, labelled: Bool, evidence: [Evidence]) {
        self.narrative = narrative
        self.score = score
        self.raw = raw
        self.labelled = labelled
        self.evidence = evidence
    }
}

/// The verdicts of every narrative on one text.
public struct DocumentScore: Sendable, Equatable {
    /// Number of words in the text.
    public var words: Int
    /// Number of invalid UTF-8 bytes met (treated as separators).
    public var invalidBytes: Int
    /// One score per narrative, in lexicon-set order (by name).
    public var narratives: [NarrativeScore]

    public init(words: Int, invalidBytes: Int, narratives: [NarrativeScore]) {
        self.words = words
        self.invalidBytes = invalidBytes
        self.narratives = narratives
    }

    /// Names of the labelled narratives, in order.
    public var labels: [String] { narratives.filter(\.labelled).map(\.narrative) }
}
