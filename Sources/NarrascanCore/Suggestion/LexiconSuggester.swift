// `lexicon suggest` as a library: labelled documents in, per narrative a ranked list of the phrases
// that separate its positives from the other documents, each with its counts, its keyness, the
// existing entry that already covers it and example contexts. A suggestion is a candidate for a
// person to judge, never an entry written on their behalf.
//
// How it works: every document is tokenized once and cut into candidates (`PhraseCandidateCutter`);
// an index maps each candidate phrase to the documents it occurs in. For a narrative, each
// candidate seen in at least `minCount` positives gets a `Keyness`; candidates more common among
// the positives are ranked by z. A longer candidate whose shorter part (the phrase without its
// first or its last word) occurs in exactly the same documents is dropped: on this data it adds
// nothing the shorter, more general phrase does not; so is a wildcard form found in exactly the
// documents of its first spelling.

/// A labelled document for `LexiconSuggester`.
public struct SuggestionDocument: Sendable {
    /// The document's id, for nothing but the caller's reports.
    public var id: String
    /// UTF-8 text.
    public var text: [UInt8]
    /// The narratives the document carries (gold labels).
    public var labels: Set<String>

    public init(id: String, text: [UInt8], labels: Set<String>) {
        self.id = id
        self.text = text
        self.labels = labels
    }
}

/// One suggested phrase for one narrative.
public struct PhraseSuggestion: Sendable, Equatable {
    /// The phrase as a lexicon entry spells it (folded, `*` on wildcard words).
    public var phrase: String
    /// Number of words.
    public var words: Int
    /// True when some word is a prefix wildcard.
    public var hasWildcard: Bool
    /// Positive documents (carrying the narrative) that contain the phrase.
    public var positiveDocuments: Int
    /// Other documents that contain the phrase: the false positives it would risk.
    public var otherDocuments: Int
    /// The phrase's keyness for the narrative.
    public var keyness: Keyness
    /// The existing entry of the narrative that already matches the phrase's words (its phrase and
    /// weight), when there is one and a classifier was given.
    public var coveredBy: (phrase: String, weight: Double)?
    /// One or two contexts from positive documents, the phrase in [brackets].
    public var examples: [String]

    public static func == (a: PhraseSuggestion, b: PhraseSuggestion) -> Bool {
        a.phrase == b.phrase && a.positiveDocuments == b.positiveDocuments && a.otherDocuments == b.otherDocuments
            && a.keyness == b.keyness && a.coveredBy?.phrase == b.coveredBy?.phrase
            && a.coveredBy?.weight == b.coveredBy?.weight && a.examples == b.examples
    }
}

/// The suggestions for one narrative.
public struct NarrativeSuggestions: Sendable, Equatable {
    public var narrative: String
    /// Documents carrying the narrative.
    public var positives: Int
    /// All other documents.
    public var others: Int
    /// Ranked, best first.
    public var phrases: [PhraseSuggestion]
}

/// What to rank and how many to keep.
public struct SuggestionOptions: Sendable, Equatable {
    /// The fewest positive documents a candidate must occur in.
    public var minCount: Int
    /// How many suggestions to keep per narrative.
    public var top: Int
    /// How many documents the keyness prior is worth.
    public var priorStrength: Double
    /// How many example contexts per suggestion.
    public var examples: Int

    public init(minCount: Int = 3, top: Int = 30, priorStrength: Double = 10, examples: Int = 2) {
        self.minCount = max(1, minCount)
        self.top = max(1, top)
        self.priorStrength = priorStrength
        self.examples = max(0, examples)
    }
}

/// Ranks candidate lexicon phrases from labelled documents.
///
/// Built once from the documents (tokenizing each once); `suggest(for:)` may then be asked for any
/// narrative. Memory grows with the number of distinct candidate phrases (a few million for a few
/// thousand articles).
public struct LexiconSuggester: Sendable {
    public let documents: [SuggestionDocument]
    public let cutter: PhraseCandidateCutter
    private let tokens: [[Token]]
    /// Candidate phrase → the indices of the documents it occurs in, increasing.
    private let index: [String: [Int32]]
    private let wordCounts: [String: Int]

    public init(documents: [SuggestionDocument], options: PhraseCandidateOptions = PhraseCandidateOptions()) {
        self.documents = documents
        let cutter = PhraseCandidateCutter(options: options)
        self.cutter = cutter
        let tokenizer = Tokenizer()
        var tokens: [[Token]] = []
        tokens.reserveCapacity(documents.count)
        var index: [String: [Int32]] = [:]
        var wordCounts: [String: Int] = [:]
        for (d, document) in documents.enumerated() {
            let list = tokenizer.tokens(in: document.text).tokens
            tokens.append(list)
            let doc = Int32(d)
            cutter.forEachCandidate(in: list) { candidate in
                index[candidate.phrase, default: []].appendIfNew(doc)
                if wordCounts[candidate.phrase] == nil { wordCounts[candidate.phrase] = candidate.words }
            }
        }
        self.tokens = tokens
        self.index = index
        self.wordCounts = wordCounts
    }

    /// The narratives that occur among the documents' labels, sorted.
    public var labelledNarratives: [String] { Set(documents.flatMap(\.labels)).sorted() }

    /// The ranked suggestions for `narrative`.
    ///
    /// - Parameter classifier: when given, each suggestion says which entry of `narrative` (if any)
    ///   already matches its words.
    public func suggest(for narrative: String, options: SuggestionOptions = SuggestionOptions(), classifier: NarrativeClassifier? = nil)
        -> NarrativeSuggestions
    {
        let positive = documents.map { $0.labels.contains(narrative) }
        let positives = positive.filter { $0 }.count
        let others = documents.count - positives
        var ranked: [(phrase: String, inGroup: Int, outside: Int, keyness: Keyness)] = []
        for (phrase, docs) in index where docs.count >= options.minCount {
            var inGroup = 0
            for d in docs where positive[Int(d)] { inGroup += 1 }
            guard inGroup >= options.minCount else { continue }
            let keyness = Keyness(
                inGroup: inGroup, groupSize: positives, outside: docs.count - inGroup, othersSize: others,
                priorStrength: options.priorStrength)
            guard keyness.logOdds > 0 else { continue }
            ranked.append((phrase, inGroup, docs.count - inGroup, keyness))
        }
        ranked.sort {
            ($0.keyness.z, $0.inGroup) != ($1.keyness.z, $1.inGroup)
                ? ($0.keyness.z, $0.inGroup) > ($1.keyness.z, $1.inGroup) : $0.phrase < $1.phrase
        }
        var result: [PhraseSuggestion] = []
        for candidate in ranked {
            if result.count >= options.top { break }
            if isRedundant(candidate.phrase) { continue }
            let examples = contexts(of: candidate.phrase, positive: positive, limit: max(1, options.examples))
            // A wildcard form found in exactly the documents of its first spelling adds nothing.
            if examples.surface != candidate.phrase && index[examples.surface] == index[candidate.phrase] { continue }
            let covered = classifier.flatMap { coverage(of: examples.surface, narrative: narrative, classifier: $0) }
            result.append(
                PhraseSuggestion(
                    phrase: candidate.phrase, words: wordCounts[candidate.phrase] ?? 1, hasWildcard: candidate.phrase.contains("*"),
                    positiveDocuments: candidate.inGroup, otherDocuments: candidate.outside, keyness: candidate.keyness,
                    coveredBy: covered, examples: Array(examples.contexts.prefix(options.examples))))
        }
        return NarrativeSuggestions(narrative: narrative, positives: positives, others: others, phrases: result)
    }

    /// True when the phrase without its first or its last word occurs in exactly the same documents.
    private func isRedundant(_ phrase: String) -> Bool {
        guard let docs = index[phrase], let firstSpace = phrase.firstIndex(of: " "),
            let lastSpace = phrase.lastIndex(of: " ")
        else { return false }
        let withoutLast = String(phrase[..<lastSpace])
        let withoutFirst = String(phrase[phrase.index(after: firstSpace)...])
        return index[withoutLast] == docs || index[withoutFirst] == docs
    }

    /// Contexts of the phrase's first occurrence in up to `limit` positive documents, and the
    /// folded words of the first one.
    private func contexts(of phrase: String, positive: [Bool], limit: Int) -> (contexts: [String], surface: String) {
        var contexts: [String] = []
        var surface = phrase
        for d in index[phrase] ?? [] where positive[Int(d)] {
            if contexts.count >= limit { break }
            let list = tokens[Int(d)]
            var found: PhraseCandidate?
            cutter.forEachCandidate(in: list) { c in if found == nil && c.phrase == phrase { found = c } }
            guard let occurrence = found else { continue }
            if contexts.isEmpty { surface = occurrence.surface }
            contexts.append(Self.context(documents[Int(d)].text, list, first: occurrence.firstToken, words: occurrence.words))
        }
        return (contexts, surface)
    }

    /// Up to six words either side of the occurrence, white space folded, the occurrence in brackets.
    static func context(_ text: [UInt8], _ tokens: [Token], first: Int, words: Int, around: Int = 6) -> String {
        let last = first + words - 1
        let from = max(0, first - around)
        let to = min(tokens.count - 1, last + around)
        func slice(_ a: Int, _ b: Int) -> String {
            let bytes = text[a..<b].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
            return String(decoding: bytes, as: UTF8.self)
        }
        let left = slice(tokens[from].range.lowerBound, tokens[first].range.lowerBound)
        let match = slice(tokens[first].range.lowerBound, tokens[last].range.upperBound)
        let right = slice(tokens[last].range.upperBound, tokens[to].range.upperBound)
        return (from > 0 ? "…" : "") + left + "[" + match + "]" + right + (to < tokens.count - 1 ? "…" : "")
    }

    /// The longest entry of `narrative` that matches inside `surface`, if any.
    private func coverage(of surface: String, narrative: String, classifier: NarrativeClassifier) -> (phrase: String, weight: Double)? {
        let score = classifier.classify(surface)
        guard let n = score.narratives.first(where: { $0.narrative == narrative }) else { return nil }
        guard let best = n.evidence.max(by: { ($0.end - $0.start, $1.phrase) < ($1.end - $1.start, $0.phrase) }) else { return nil }
        return (best.phrase, best.weight)
    }
}

extension Array where Element == Int32 {
    /// Appends `value` unless it is already the last element (documents are indexed in order, so a
    /// document's repeated phrase is recorded once).
    fileprivate mutating func appendIfNew(_ value: Int32) {
        if last != value { append(value) }
    }
}
