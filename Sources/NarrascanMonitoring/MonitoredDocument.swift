// What `trend` and `report` know of one document: its date, source, language, labels, scores and
// evidence, read back from `score`/`stream` output or computed on the way from a raw document (the
// command line builds it; this library only counts). Scored lines carry no text, so the report
// can show their phrases but not the sentences around them.

import NarrascanCore

/// One matched phrase of a monitored document.
public struct MonitoredEvidence: Sendable, Equatable {
    public var narrative: String
    public var phrase: String
    public var start: Int
    public var end: Int
    public var weight: Double
    /// Nil when the scored input carried no voices.
    public var voice: Voice?

    public init(narrative: String, phrase: String, start: Int, end: Int, weight: Double, voice: Voice?) {
        self.narrative = narrative
        self.phrase = phrase
        self.start = start
        self.end = end
        self.weight = weight
        self.voice = voice
    }
}

/// One document as the monitoring commands see it.
public struct MonitoredDocument: Sendable {
    public var id: String
    public var date: String?
    public var source: String?
    public var title: String?
    /// The ISO 639-1 language (given or identified), or nil.
    public var lang: String?
    /// Labelled narratives.
    public var labels: [String]
    /// Score per narrative.
    public var scores: [String: Double]
    public var evidence: [MonitoredEvidence]
    /// The text, for raw documents (evidence offsets index into it).
    public var text: [UInt8]?

    /// The highest narrative score.
    public var topScore: Double { scores.values.max() ?? 0 }

        public init(id: String, date: String? = nil, source: String? = nil, title: String? = nil, lang: String? = nil, labels: [String], scores: [String: Double], evidence: [MonitoredEvidence] = [], text: [UInt8]? = nil) {
        self.id = id
        self.date = date
        self.source = source
        self.title = title
        self.lang = lang
        self.labels = labels
        self.scores = scores
        self.evidence = evidence
        self.text = text
    }
}
