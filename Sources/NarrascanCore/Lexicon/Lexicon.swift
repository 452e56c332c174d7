// The lexicon model: one narrative, its metadata, its weighted phrases and its examples.
// Values only; `LexiconParser` builds them from text and `PhraseMatcher` compiles them.

/// One narrative's lexicon: what the narrative is, when a text is labelled with it, and the weighted
/// phrases that are evidence for (or against) it.
public struct Lexicon: Sendable, Equatable {
    /// The narrative's id, e.g. `blame-the-eu` (lower-case letters, digits and `-`).
    public var name: String
    /// A short human title.
    public var title: String
    /// One line saying what the narrative is.
    public var description: String
    /// Decision threshold on the 0...1 score.
    public var threshold: Double
    /// The weighted phrases, in file order.
    public var entries: [LexiconEntry]
    /// Example texts that must (or must not) be labelled with this narrative.
    public var examples: [LexiconExample]
    /// Where the lexicon came from (a file path), for messages.
    public var source: String

    public init(
        name: String, title: String, description: String, threshold: Double,
        entries: [LexiconEntry], examples: [LexiconExample] = [], source: String = "<memory>"
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.threshold = threshold
        self.entries = entries
        self.examples = examples
        self.source = source
    }
}

/// One word of a phrase, folded like text words.
public enum PhraseWord: Sendable, Hashable {
    /// The word must equal these folded bytes.
    case exact([UInt8])
    /// The word must start with these folded bytes (written `prefix*`).
    case prefix([UInt8])

    /// The folded bytes of the word or prefix.
    public var bytes: [UInt8] {
        switch self {
        case .exact(let b), .prefix(let b): return b
        }
    }

    /// True for a prefix wildcard.
    public var isPrefix: Bool {
        if case .prefix = self { return true }
        return false
    }

    /// Whether a folded text word matches this phrase word.
    public func matches(_ folded: some Collection<UInt8>) -> Bool {
        switch self {
        case .exact(let b): return folded.elementsEqual(b)
        case .prefix(let p): return folded.count >= p.count && folded.prefix(p.count).elementsEqual(p)
        }
    }

    /// The word as it reads after folding, with `*` after a prefix.
    public var display: String {
        String(decoding: bytes, as: UTF8.self) + (isPrefix ? "*" : "")
    }
}

/// A weighted phrase of a lexicon.
public struct LexiconEntry: Sendable, Equatable {
    /// The phrase as the analyst wrote it.
    public var phrase: String
    /// The phrase's words, folded.
    public var words: [PhraseWord]
    /// Evidence weight: positive for, negative against the narrative.
    public var weight: Double
    /// The `@lang` in force where the entry stands (`und` when none).
    public var language: String
    /// 1-based line of the entry in its file.
    public var line: Int

    public init(phrase: String, words: [PhraseWord], weight: Double, language: String = "und", line: Int = 0) {
        self.phrase = phrase
        self.words = words
        self.weight = weight
        self.language = language
        self.line = line
    }

    /// The folded phrase, words joined by single spaces, wildcards kept as `*`.
    public var normalized: String { words.map(\.display).joined(separator: " ") }

    /// The number of exact (non-wildcard) words: the more, the more specific the entry.
    public var exactWordCount: Int { words.reduce(0) { $1.isPrefix ? $0 : $0 + 1 } }
}

/// An example line of a lexicon file (`@must-match` / `@must-not-match`).
public struct LexiconExample: Sendable, Equatable {
    /// The example text.
    public var text: String
    /// True for `@must-match`: the text must be labelled with the narrative.
    public var mustMatch: Bool
    /// 1-based line in the lexicon file.
    public var line: Int

    public init(text: String, mustMatch: Bool, line: Int) {
        self.text = text
        self.mustMatch = mustMatch
        self.line = line
    }
}
