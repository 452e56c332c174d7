// One phrase occurrence found by a matcher: which entry, which words, which bytes.

/// An occurrence of a lexicon entry in a text.
public struct PhraseMatch: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Index of the entry in `PhraseMatcher.entries` (lexicons in set order, entries in file order).
    public var entry: Int
    /// Index of the first and last matched word among the text's words.
    public var firstWord: Int
    public var lastWord: Int
    /// Byte range of the occurrence in the text: from the first word's start to the last word's end.
    public var start: Int
    public var end: Int

    public init(entry: Int, firstWord: Int, lastWord: Int, start: Int, end: Int) {
        self.entry = entry
        self.firstWord = firstWord
        self.lastWord = lastWord
        self.start = start
        self.end = end
    }

    /// Orders by end word, then start word, then entry: the order a left-to-right scan reports in
    /// once ties are sorted.
    public static func < (a: PhraseMatch, b: PhraseMatch) -> Bool {
        (a.lastWord, a.firstWord, a.entry) < (b.lastWord, b.firstWord, b.entry)
    }

    public var description: String { "e\(entry)@\(start)..<\(end)" }
}

/// Per-thread scratch space for scanning: the fold buffer, the recent word starts and the match
/// list. Reused document after document so the scan allocates nothing once it is warm.
/// Not thread-safe: one per worker.
public final class MatchScratch {
    /// The matches of the last scan, in scan order (by last word).
    public internal(set) var matches: [PhraseMatch] = []
    let foldBuffer = FoldBuffer()
    /// Start offsets of the last 64 words (ring, indexed by word index & 63).
    let wordStarts: UnsafeMutablePointer<Int>

    /// Creates scratch space.
    public init() {
        wordStarts = .allocate(capacity: 64)
        wordStarts.initialize(repeating: 0, count: 64)
    }

    deinit { wordStarts.deallocate() }
}
