// The candidate phrases of a text, as `lexicon suggest` counts them: every run of 1 to 4 words that
// no hard separator interrupts (the runs a lexicon phrase could match), spelled as the tokenizer
// folds them, and the same run with each long word cut to a prefix wildcard (`мигрантов` →
// `мигран*`), so that inflected forms of one phrase are counted together.
//
// Tools, not the hot path: tokens are materialised and keys are strings.

/// How candidate phrases are cut from a text.
public struct PhraseCandidateOptions: Sendable, Equatable {
    /// The longest candidate, in words (1...8).
    public var maxWords: Int
    /// Words longer than this many characters also give a wildcard candidate cut to this length;
    /// 0 gives no wildcard candidates.
    public var stemLength: Int

    public init(maxWords: Int = 4, stemLength: Int = 6) {
        self.maxWords = max(1, min(8, maxWords))
        self.stemLength = max(0, stemLength)
    }
}

/// One occurrence of a candidate phrase in a text.
public struct PhraseCandidate: Sendable, Equatable {
    /// The phrase as a lexicon entry would spell it: folded words separated by one space, a
    /// wildcard word ending in `*`.
    public var phrase: String
    /// The same words without wildcards (the occurrence's own folded spelling).
    public var surface: String
    /// Index of the first word among the text's tokens.
    public var firstToken: Int
    /// Number of words.
    public var words: Int
    /// True when at least one word is a prefix wildcard.
    public var hasWildcard: Bool
}

/// Cuts candidate phrases out of token lists.
public struct PhraseCandidateCutter: Sendable {
    public let options: PhraseCandidateOptions

    public init(options: PhraseCandidateOptions = PhraseCandidateOptions()) { self.options = options }

    /// The wildcard form of a folded word: its first `stemLength` characters and `*` when it is
    /// longer, else the word itself.
    public func stem(_ word: String) -> String {
        guard options.stemLength > 0 else { return word }
        let scalars = word.unicodeScalars
        guard scalars.count > options.stemLength else { return word }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars.prefix(options.stemLength))
        return String(s) + "*"
    }

    /// Calls `body` for every candidate occurrence in `tokens`, exact forms first at each position.
    ///
    /// A candidate never crosses a hard separator, never starts or ends with a one-character word
    /// or a number, and is never a single number.
    public func forEachCandidate(in tokens: [Token], _ body: (PhraseCandidate) -> Void) {
        let stems = tokens.map { stem($0.folded) }
        let usable = tokens.map { t in t.folded.unicodeScalars.count > 1 && !t.folded.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        for i in tokens.indices where usable[i] {
            var exact = tokens[i].folded
            var wild = stems[i]
            var wildDiffers = wild != exact
            for n in 1...options.maxWords {
                let last = i + n - 1
                if last >= tokens.count { break }
                if n > 1 {
                    if tokens[last].hardBreakBefore { break }
                    exact += " " + tokens[last].folded
                    wild += " " + stems[last]
                    wildDiffers = wildDiffers || stems[last] != tokens[last].folded
                }
                guard usable[last] else { continue }
                body(PhraseCandidate(phrase: exact, surface: exact, firstToken: i, words: n, hasWildcard: false))
                if wildDiffers {
                    body(PhraseCandidate(phrase: wild, surface: exact, firstToken: i, words: n, hasWildcard: true))
                }
            }
        }
    }
}
