// The compiled matcher: lexicon phrases turned into an immutable automaton over token classes
// (`PhraseAutomatonBuilder`), scanned in one pass per text. Compile once, scan many: the matcher is
// shared by every worker thread; each worker brings its own `MatchScratch`.
//
// Per word the scan does: fold (tokenizer), hash 8 bytes at a time, one probe of the vocabulary
// table, a wildcard-trie walk only when the word is not a lexicon word and its first byte starts
// some wildcard, and one transition. Words in no phrase (most words) reset the state directly.

/// Finds every occurrence of every lexicon phrase in a text, overlapping ones included.
///
/// Thread-safety: immutable after `init`; its tables live in memory it owns and never writes again,
/// which is why it is `@unchecked Sendable`.
public final class PhraseMatcher: @unchecked Sendable {
    /// The entries in match order: lexicons of the set in order, entries in file order.
    public let entries: [LexiconEntry]
    /// The narrative (index into the lexicon set) of each entry.
    public let narrativeOfEntry: [Int]
    /// The tokenizer that folds text the way phrases were folded.
    public let tokenizer: Tokenizer
    /// Size of the compiled automaton, for diagnostics and benchmarks.
    public let stateCount: Int
    public let transitionCount: Int
    /// The longest phrase, in words.
    public let maxPhraseWords: Int

    private let tables: AutomatonTables
    // Raw views of `tables`' arrays for the scan (the arrays above keep them alive and unchanged).
    private let vocabMask: Int
    private let vocabHashes: UnsafeMutablePointer<UInt64>
    private let vocabIDs: UnsafeMutablePointer<UInt32>
    private let vocabOffsets: UnsafeMutablePointer<Int32>
    private let vocabArena: UnsafeMutablePointer<UInt8>
    private let wildRoot: UnsafeMutablePointer<Int32>
    private let wildChildStart: UnsafeMutablePointer<Int32>
    private let wildChildBytes: UnsafeMutablePointer<UInt8>
    private let wildChildNodes: UnsafeMutablePointer<Int32>
    private let wildTerminal: UnsafeMutablePointer<Int32>
    private let hasWildcards: Bool
    private let startNext: UnsafeMutablePointer<Int32>
    private let transMask: Int
    private let transKeys: UnsafeMutablePointer<UInt64>
    private let transTargets: UnsafeMutablePointer<Int32>
    private let outStart: UnsafeMutablePointer<Int32>
    private let outEntries: UnsafeMutablePointer<Int32>
    private let entryLength: UnsafeMutablePointer<Int32>
    private let vocabularyCount: Int32
    private var owned: [UnsafeMutableRawPointer] = []

    /// Compiles the phrases of `lexicons`.
    ///
    /// - Throws: `LexiconErrors` (`.tooComplex`) when the lexicons exceed `limits`.
    /// - Complexity: roughly linear in the total phrase words for ordinary lexicons.
    public init(lexicons: LexiconSet, limits: AutomatonLimits = AutomatonLimits()) throws(LexiconErrors) {
        var entries: [LexiconEntry] = []
        var narrativeOfEntry: [Int] = []
        for (n, lexicon) in lexicons.lexicons.enumerated() {
            entries += lexicon.entries
            narrativeOfEntry += Array(repeating: n, count: lexicon.entries.count)
        }
        let tables: AutomatonTables
        do {
            tables = try PhraseAutomatonBuilder(limits: limits).build(entries.map(\.words))
        } catch {
            guard case .tooComplex(let why) = error else { fatalError() }
            throw LexiconErrors([LexiconDiagnostic(source: "lexicons", line: 0, column: 0, problem: .tooComplex(why))])
        }
        self.entries = entries
        self.narrativeOfEntry = narrativeOfEntry
        self.tokenizer = Tokenizer()
        self.tables = tables
        self.stateCount = tables.stateCount
        self.transitionCount = tables.transitionCount
        self.maxPhraseWords = entries.map(\.words.count).max() ?? 0
        self.vocabularyCount = Int32(tables.vocabularyCount)
        self.hasWildcards = !tables.wildcards.isEmpty
        self.vocabMask = tables.vocabulary.mask
        self.transMask = tables.transitionKeys.count - 1

        var owned: [UnsafeMutableRawPointer] = []
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
            _ = UnsafeMutableBufferPointer(start: p, count: array.count).initialize(from: array)
            owned.append(UnsafeMutableRawPointer(p))
            return p
        }
        vocabHashes = copy(tables.vocabulary.slotHashes)
        vocabIDs = copy(tables.vocabulary.slotIDs)
        vocabOffsets = copy(tables.vocabulary.offsets)
        vocabArena = copy(tables.vocabulary.arena)
        wildRoot = copy(tables.wildcards.rootChild)
        wildChildStart = copy(tables.wildcards.childStart)
        wildChildBytes = copy(tables.wildcards.childBytes)
        wildChildNodes = copy(tables.wildcards.childNodes)
        wildTerminal = copy(tables.wildcards.terminal)
        startNext = copy(tables.startNext)
        transKeys = copy(tables.transitionKeys)
        transTargets = copy(tables.transitionTargets)
        outStart = copy(tables.outputStart)
        outEntries = copy(tables.outputEntries)
        entryLength = copy(tables.entryLength)
        self.owned = owned
    }

    deinit {
        for p in owned { p.deallocate() }
    }

    /// The token class of a folded word: its vocabulary id, `vocabularyCount + j` for deepest
    /// wildcard j, or 0.
    @inline(__always)
    func wordClass(_ folded: UnsafePointer<UInt8>, _ count: Int, truncated: Bool) -> Int32 {
        if !truncated {
            let h = wordHash(folded, count)
            var slot = Int(truncatingIfNeeded: h) & vocabMask
            while true {
                let id = vocabIDs[slot]
                if id == 0 { break }
                if vocabHashes[slot] == h {
                    let lo = Int(vocabOffsets[Int(id) - 1]), hi = Int(vocabOffsets[Int(id)])
                    if hi - lo == count && bytesEqual(vocabArena + lo, folded, count) { return Int32(id) }
                }
                slot = (slot &+ 1) & vocabMask
            }
        }
        guard hasWildcards, count > 0 else { return 0 }
        var node = wildRoot[Int(folded[0])]
        if node < 0 { return 0 }
        var best = wildTerminal[Int(node)]
        var k = 1
        descend: while k < count {
            let b = folded[k]
            var c = Int(wildChildStart[Int(node)])
            let end = Int(wildChildStart[Int(node) + 1])
            while c < end {
                let cb = wildChildBytes[c]
                if cb == b { break }
                if cb > b { break descend }
                c &+= 1
            }
            if c == end { break }
            node = wildChildNodes[c]
            let t = wildTerminal[Int(node)]
            if t != 0 { best = t }
            k &+= 1
        }
        return best == 0 ? 0 : vocabularyCount &+ best
    }

    @inline(__always)
    private func bytesEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var i = 0
        while i < count {
            if a[i] != b[i] { return false }
            i &+= 1
        }
        return true
    }

    /// The state after reading `cls` in `state`.
    @inline(__always)
    func transition(_ state: Int32, _ cls: Int32) -> Int32 {
        if state == 0 { return startNext[Int(cls)] }
        let key = UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: cls))
        var slot = transitionSlot(key, transMask)
        while true {
            let k = transKeys[slot]
            if k == key { return transTargets[slot] }
            if k == 0 { return startNext[Int(cls)] }
            slot = (slot &+ 1) & transMask
        }
    }

    /// The automaton as a token sink.
    struct Scan: TokenSink {
        let matcher: PhraseMatcher
        let wordStarts: UnsafeMutablePointer<Int>
        var matches: [PhraseMatch]
        var state: Int32 = 0
        var index = 0

        @inline(__always)
        mutating func word(
            start: Int, end: Int, folded: UnsafePointer<UInt8>, count: Int, truncated: Bool,
            hardBreakBefore: Bool
        ) {
            let k = index
            index &+= 1
            wordStarts[k & 63] = start
            let cls = matcher.wordClass(folded, count, truncated: truncated)
            if cls == 0 {
                state = 0
                return
            }
            let s = matcher.transition(hardBreakBefore ? 0 : state, cls)
            state = s
            let o0 = Int(matcher.outStart[Int(s)]), o1 = Int(matcher.outStart[Int(s) + 1])
            if o0 != o1 {
                for o in o0..<o1 {
                    let e = Int(matcher.outEntries[o])
                    let first = k - Int(matcher.entryLength[e]) + 1
                    matches.append(
                        PhraseMatch(entry: e, firstWord: first, lastWord: k, start: wordStarts[first & 63], end: end))
                }
            }
        }
    }

    /// Scans `text`; the matches are left in `scratch.matches`, ordered by last word.
    ///
    /// - Returns: the number of words and of invalid UTF-8 bytes.
    /// - Complexity: O(n) in the text's bytes plus O(m) in the matches; no allocation once the
    ///   scratch's match list has grown to the largest match count seen.
    public func scan(_ text: UnsafeBufferPointer<UInt8>, scratch: MatchScratch) -> TokenizationStats {
        var matches = scratch.matches
        scratch.matches = []
        matches.removeAll(keepingCapacity: true)
        var sink = Scan(matcher: self, wordStarts: scratch.wordStarts, matches: matches)
        let stats = tokenizer.tokenize(text, buffer: scratch.foldBuffer, into: &sink)
        scratch.matches = sink.matches
        return stats
    }

    /// Scans `text` and returns its matches. Allocates; for tests and tools.
    public func matches(in text: [UInt8]) -> [PhraseMatch] {
        let scratch = MatchScratch()
        _ = text.withUnsafeBufferPointer { scan($0, scratch: scratch) }
        return scratch.matches
    }
}
