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
    /// How the phrase stands in the text (own voice, quoted, refuted); nil unless the classifier
    /// attributes voices (`NarrativeClassifier.attributingVoices`).
    public var voice: Voice?

    public init(narrative: String, phrase: String, start: Int, end: Int, weight: Double, entry: Int, voice: Voice? = nil) {
        self.narrative = narrative
        self.phrase = phrase
        self.start = start
        self.end = end
        self.weight = weight
        self.entry = entry
        self.voice = voice
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
    /// How many of the narrative's matches (after overlap resolution, whatever voices were counted)
    /// stand in each voice; nil unless the classifier attributes voices.
    public var voices: VoiceCounts?

    public init(narrative: String, score: Double, raw: Double, labelled: Bool, evidence: [Evidence], voices: VoiceCounts? = nil) {
        self.narrative = narrative
        self.score = score
        self.raw = raw
        self.labelled = labelled
        self.evidence = evidence
        self.voices = voices
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
