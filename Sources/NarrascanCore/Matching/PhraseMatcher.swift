// The compiled matcher: lexicon phrases turned into an immutable automaton over token classes
// (`PhraseAutomatonBuilder`), scanned in one pass per text. Compile once, scan many: the matcher is
// shared by every worker thread; each worker brings its own `MatchScratch`.
//
// In the start state the tokenizer skims (`WordSkimmer`): words that cannot start a phrase are
// passed over without being folded and only counted (`Scan.skip(words:)`). For every other word
// the scan does: fold and hash (tokenizer), one bit test in the
// vocabulary's filter (a probe of the vocabulary table only when it passes), two bit tests in the
// wildcard start filters (a wildcard-trie walk only when one passes), and one transition. At the
// start state — most words — both filters cover only the words and wildcards that can begin a
// phrase, so lexicon words that only continue phrases cost no probe there, and a big lexicon's
// tables are touched only by real candidates. Words in no phrase reset the state directly. The scan reads the tables through `ScanTables`,
// a struct of raw pointers copied into the sink, so the per-word path touches no reference count.

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
    /// Raw views of `tables`' arrays for the scan (copies owned by this matcher, never written;
    /// the sparse transition table is read in place, in memory `tables.transitions` owns).
    /// Held through a pointer so that the scan loop never copies the struct.
    let scanTables: UnsafeMutablePointer<ScanTables>
    /// The skimmer's filter (see `WordSkimmer`), held like `scanTables`.
    let skimTables: UnsafeMutablePointer<SkimTables>
    private var owned: [UnsafeMutableRawPointer] = []

    /// Compiles the phrases of `lexicons`.
    ///
    /// - Throws: `LexiconErrors` (`.tooComplex`) when the lexicons exceed `limits`.
    /// - Complexity: roughly linear in the total phrase words for ordinary lexicons.
    public convenience init(lexicons: LexiconSet, limits: AutomatonLimits = AutomatonLimits()) throws(LexiconErrors) {
        try self.init(lexicons: lexicons, limits: limits, skimming: nil)
    }

    /// Compiles the phrases of `lexicons`; `skimming` overrides the choice whether to skim (see
    /// `SkimFilter.enabled`; true: whenever it is possible). Tests use it to check the skimmer
    /// with lexicons it would not be used for. `parallel`: compile on two threads (the same
    /// matcher; see `PhraseAutomatonBuilder.build`).
    init(lexicons: LexiconSet, limits: AutomatonLimits = AutomatonLimits(), skimming: Bool?, parallel: Bool = false) throws(LexiconErrors) {
        var entries: [LexiconEntry] = []
        var narrativeOfEntry: [Int] = []
        for (n, lexicon) in lexicons.lexicons.enumerated() {
            entries += lexicon.entries
            narrativeOfEntry += Array(repeating: n, count: lexicon.entries.count)
        }
        let tables: AutomatonTables
        do {
            tables = try PhraseAutomatonBuilder(limits: limits).build(entries.map { $0.words }, skimming: skimming, parallel: parallel)
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
        self.maxPhraseWords = entries.reduce(0) { max($0, $1.words.count) }
        var owned: [UnsafeMutableRawPointer] = []
        func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
            _ = UnsafeMutableBufferPointer(start: p, count: array.count).initialize(from: array)
            owned.append(UnsafeMutableRawPointer(p))
            return p
        }
        self.scanTables = .allocate(capacity: 1)
        self.scanTables.initialize(to: ScanTables(
            vocabFilter: copy(tables.vocabulary.filter), vocabFilterShift: tables.vocabulary.filterShift,
            starterFilter: copy(tables.starters.bits), starterFilterShift: tables.starters.shift,
            continuationFilter: copy(tables.continuation.bits), continuationFilterShift: tables.continuation.shift,
            wildStates: copy(tables.continuation.wildStates),
            vocabMask: tables.vocabulary.mask, vocabHashes: copy(tables.vocabulary.slotHashes),
            vocabIDs: copy(tables.vocabulary.slotIDs), vocabOffsets: copy(tables.vocabulary.offsets),
            vocabArena: copy(tables.vocabulary.arena), hasWildcards: !tables.wildcards.isEmpty,
            wildStartPair: copy(tables.wildcards.startPair), wildStartQuad: copy(tables.wildcards.startQuad),
            wildStarterPair: copy(tables.wildcards.starterPair), wildStarterQuad: copy(tables.wildcards.starterQuad),
            wildStartOct: copy(tables.wildcards.startOct), wildStarterOct: copy(tables.wildcards.starterOct),
            wildRoot: copy(tables.wildcards.rootChild), wildNodes: copy(tables.wildcards.nodes),
            wildChildren: copy(tables.wildcards.children), vocabularyCount: Int32(tables.vocabularyCount),
            startNext: copy(tables.startNext), transMask: tables.transitions.capacity - 1,
            transKeys: tables.transitions.keys, transTargets: tables.transitions.targets,
            outStart: copy(tables.outputStart), outEntries: copy(tables.outputEntries),
            entryLength: copy(tables.entryLength)))
        owned.append(UnsafeMutableRawPointer(scanTables))
        self.skimTables = .allocate(capacity: 1)
        self.skimTables.initialize(to: SkimTables(
            bits: copy(tables.skim.bits), shift: tables.skim.shift, prefixTiers: tables.skim.prefixTiers,
            prefixPairTiers: tables.skim.prefixPairTiers, coarsePairTiers: tables.skim.coarsePairTiers,
            pairTiers: tables.skim.pairTiers, hasPairs: tables.skim.hasPairs,
            enabled: tables.skim.enabled,
            filters: copy((0..<256).map { skimByteMask(UInt64($0)) } + tables.skim.firstBits + tables.skim.pairBits
                + tables.skim.prefixBits + tables.skim.prefixPairBits + tables.skim.prefixGateBits)))
        owned.append(UnsafeMutableRawPointer(skimTables))
        self.owned = owned
    }

    deinit {
        for p in owned { p.deallocate() }
    }

    /// Whether the scan skims (see `WordSkimmer`). Read through the matcher, not through
    /// `skimTables`: a caller holding only the pointer can outlive a temporary matcher, which
    /// AddressSanitizer caught in a test as a use after free.
    var skims: Bool { skimTables.pointee.enabled }

    /// The automaton as a token sink. Holds the tables through a raw pointer: no reference
    /// counting and no struct copies per word.
    struct Scan: TokenSink {
        let t: UnsafePointer<ScanTables>
        let wordStarts: UnsafeMutablePointer<Int>
        var matches: [PhraseMatch]
        var state: Int32 = 0
        var index = 0

        @inline(__always)
        mutating func word(
            start: Int, end: Int, folded: UnsafePointer<UInt8>, count: Int, hash: UInt64, truncated: Bool,
            hardBreakBefore: Bool
        ) {
            let k = index
            index &+= 1
            wordStarts[k & 63] = start
            let from = hardBreakBefore ? 0 : state
            // In the start state, or in a state with no transition on this word, the word leads
            // where the start state's transition does (a missing transition means just that).
            // Two call sites with a constant `atStart`, so each inlines its own filters.
            let continuing = from != 0 && t.mayContinue(from, hash, truncated: truncated)
            let cls = continuing
                ? t.wordClass(folded, count, truncated: truncated, atStart: false, hash: hash)
                : t.wordClass(folded, count, truncated: truncated, atStart: true, hash: hash)
            if cls == 0 {
                state = 0
                return
            }
            let s = continuing ? t.transition(from, cls) : t.pointee.startNext[Int(cls)]
            state = s
            let o0 = Int(t.pointee.outStart[Int(s)]), o1 = Int(t.pointee.outStart[Int(s) &+ 1])
            if o0 != o1 { report(o0, o1, k, end) }
        }

        var isAtStart: Bool { state == 0 }

        @inline(__always)
        mutating func skip(words count: Int) { index &+= count }

        @inline(never)
        mutating func report(_ o0: Int, _ o1: Int, _ k: Int, _ end: Int) {
            for o in o0..<o1 {
                let e = Int(t.pointee.outEntries[o])
                let first = k - Int(t.pointee.entryLength[e]) + 1
                matches.append(PhraseMatch(entry: e, firstWord: first, lastWord: k, start: wordStarts[first & 63], end: end))
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
        var sink = Scan(t: UnsafePointer(scanTables), wordStarts: scratch.wordStarts, matches: matches)
        let stats = tokenizer.tokenize(
            text, buffer: scratch.foldBuffer, into: &sink,
            skimming: skimTables.pointee.enabled ? UnsafePointer(skimTables) : nil)
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

/// The compiled automaton as raw pointers, for the scan loop. Owned by a `PhraseMatcher`, which
/// keeps the memory alive and never writes it after `init`; valid only while that matcher lives.
struct ScanTables {
    let vocabFilter: UnsafeMutablePointer<UInt64>
    let vocabFilterShift: UInt64
    let starterFilter: UnsafeMutablePointer<UInt64>
    let starterFilterShift: UInt64
    let continuationFilter: UnsafeMutablePointer<UInt64>
    let continuationFilterShift: UInt64
    let wildStates: UnsafeMutablePointer<UInt64>
    let vocabMask: Int
    let vocabHashes: UnsafeMutablePointer<UInt64>
    let vocabIDs: UnsafeMutablePointer<UInt32>
    let vocabOffsets: UnsafeMutablePointer<Int32>
    let vocabArena: UnsafeMutablePointer<UInt8>
    let hasWildcards: Bool
    let wildStartPair: UnsafeMutablePointer<UInt64>
    let wildStartQuad: UnsafeMutablePointer<UInt64>
    let wildStarterPair: UnsafeMutablePointer<UInt64>
    let wildStarterQuad: UnsafeMutablePointer<UInt64>
    let wildStartOct: UnsafeMutablePointer<UInt64>
    let wildStarterOct: UnsafeMutablePointer<UInt64>
    let wildRoot: UnsafeMutablePointer<Int32>
    /// `FrozenWildcardTrie.nodes` and `.children`.
    let wildNodes: UnsafeMutablePointer<UInt64>
    let wildChildren: UnsafeMutablePointer<UInt32>
    let vocabularyCount: Int32
    let startNext: UnsafeMutablePointer<Int32>
    let transMask: Int
    let transKeys: UnsafeMutablePointer<UInt64>
    let transTargets: UnsafeMutablePointer<Int32>
    let outStart: UnsafeMutablePointer<Int32>
    let outEntries: UnsafeMutablePointer<Int32>
    let entryLength: UnsafeMutablePointer<Int32>
}

/// The scan's lookups, on a pointer to the tables: each reads only the fields it uses, where it
/// uses them (a method of `ScanTables` itself would get the struct as a value, and once inlined
/// the compiler loaded every field it might need up front, about 20 loads a word).
extension UnsafePointer where Pointee == ScanTables {
    /// The token class of a folded word: its vocabulary id, `vocabularyCount + j` for deepest
    /// wildcard j, or 0.
    ///
    /// - Parameters:
    ///   - folded: the word's folded bytes, followed by at least 8 zero bytes.
    ///   - atStart: the automaton is in its start state. Only lexicon words that can start a phrase
    ///     are then looked up (`StarterFilter`); any other lexicon word would lead back to the start
    ///     state anyway, and so does the class 0 or the wildcard class it gets instead.
    ///   - h: the word's `wordHash`, computed by the caller (any value when truncated).
    /// - Complexity: O(1) for most words (bit tests); a vocabulary probe and a walk of at most
    ///   `count` trie levels for candidates.
    @inline(__always)
    func wordClass(_ folded: UnsafePointer<UInt8>, _ count: Int, truncated: Bool, atStart: Bool, hash h: UInt64) -> Int32 {
        if !truncated {
            let passes: Bool
            if atStart {
                let m = StarterFilter.mask(h)
                passes = pointee.starterFilter[Int(truncatingIfNeeded: h &>> pointee.starterFilterShift)] & m == m
            } else {
                let bit = Int(truncatingIfNeeded: h &>> pointee.vocabFilterShift)
                passes = pointee.vocabFilter[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0
            }
            if passes {
                let id = probe(folded, count, h)
                if id != 0 { return id }
            }
        }
        guard pointee.hasWildcards, count >= 2 else { return 0 }
        let pairFilter = atStart ? pointee.wildStarterPair : pointee.wildStartPair
        let pair = wildcardPairBit(folded[0], folded[1])
        if pairFilter[pair &>> 6] & (1 &<< UInt64(pair & 63)) == 0 {
            guard count >= 4 else { return 0 }
            let quadFilter = atStart ? pointee.wildStarterQuad : pointee.wildStartQuad
            let quad = wildcardQuadBit(UnsafeRawPointer(folded).loadUnaligned(as: UInt32.self))
            if quadFilter[quad &>> 6] & (1 &<< UInt64(quad & 63)) == 0 {
                guard count >= 8 else { return 0 }
                let octFilter = atStart ? pointee.wildStarterOct : pointee.wildStartOct
                let oct = wildcardOctBit(UnsafeRawPointer(folded).loadUnaligned(as: UInt64.self))
                if octFilter[oct &>> 6] & (1 &<< UInt64(oct & 63)) == 0 { return 0 }
            }
        }
        return wildcardClass(folded, count)
    }

    /// The vocabulary id of a word whose hash passed the filter, or 0.
    @inline(__always)
    func probe(_ folded: UnsafePointer<UInt8>, _ count: Int, _ h: UInt64) -> Int32 {
        var slot = Int(truncatingIfNeeded: h) & pointee.vocabMask
        while true {
            let id = pointee.vocabIDs[slot]
            if id == 0 { return 0 }
            if pointee.vocabHashes[slot] == h {
                let lo = Int(pointee.vocabOffsets[Int(id) - 1]), hi = Int(pointee.vocabOffsets[Int(id)])
                if hi - lo == count && bytesEqual(pointee.vocabArena + lo, folded, count) { return Int32(id) }
            }
            slot = (slot &+ 1) & pointee.vocabMask
        }
    }

    /// Walks the wildcard trie along the word; the class of the deepest prefix on the path, or 0.
    /// The walk itself (`walkWildcardTrie`) is out of line: only words that pass the wildcard
    /// filters get here.
    @inline(__always)
    func wildcardClass(_ folded: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
        walkWildcardTrie(
            folded, count, root: pointee.wildRoot, nodes: pointee.wildNodes, children: pointee.wildChildren,
            vocabularyCount: pointee.vocabularyCount)
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

    /// Whether non-start state `state` may have a transition on the word with hash `h`: false means
    /// it certainly has none (see `ContinuationFilter`), so the word leads where it would from the
    /// start state.
    @inline(__always)
    func mayContinue(_ state: Int32, _ h: UInt64, truncated: Bool) -> Bool {
        if pointee.wildStates[Int(state) &>> 6] & (1 &<< UInt64(state & 63)) != 0 { return true }
        if truncated { return false }
        let k = ContinuationFilter.key(state, h)
        let m = ContinuationFilter.mask(k)
        return pointee.continuationFilter[Int(truncatingIfNeeded: k &>> pointee.continuationFilterShift)] & m == m
    }

    /// The state after reading `cls` in `state`.
    @inline(__always)
    func transition(_ state: Int32, _ cls: Int32) -> Int32 {
        if state == 0 { return pointee.startNext[Int(cls)] }
        let key = UInt64(UInt32(bitPattern: state)) << 32 | UInt64(UInt32(bitPattern: cls))
        var slot = transitionSlot(key, pointee.transMask)
        while true {
            let k = pointee.transKeys[slot]
            if k == key { return pointee.transTargets[slot] }
            if k == 0 { return pointee.startNext[Int(cls)] }
            slot = (slot &+ 1) & pointee.transMask
        }
    }
}

/// The trie walk of `wildcardClass`: per level one node record (its children's place and its
/// terminal) and a scan of its children, both in packed arrays (`FrozenWildcardTrie`).
@inline(never)
func walkWildcardTrie(
    _ folded: UnsafePointer<UInt8>, _ count: Int, root: UnsafeMutablePointer<Int32>,
    nodes: UnsafeMutablePointer<UInt64>, children: UnsafeMutablePointer<UInt32>, vocabularyCount: Int32
) -> Int32 {
    var node = Int(root[Int(folded[0])])
    if node < 0 { return 0 }
    var record = nodes[node]
    var best = Int32(truncatingIfNeeded: record &>> 32)
    var k = 1
    descend: while k < count {
        let b = UInt32(folded[k])
        var c = Int(truncatingIfNeeded: record & 0xFFFF_FFFF)
        let end = Int(truncatingIfNeeded: nodes[node &+ 1] & 0xFFFF_FFFF)
        while c < end {
            let cb = children[c] & 0xFF
            if cb == b { break }
            if cb > b { break descend }
            c &+= 1
        }
        if c == end { break }
        node = Int(children[c] &>> 8)
        record = nodes[node]
        let t = Int32(truncatingIfNeeded: record &>> 32)
        if t != 0 { best = t }
        k &+= 1
    }
    return best == 0 ? 0 : vocabularyCount &+ best
}
