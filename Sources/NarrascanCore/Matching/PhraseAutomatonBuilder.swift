// Compiles phrases into a deterministic automaton over *token classes*.
//
// Every text word falls into one class: a lexicon word (its vocabulary id), or a word that is in no
// phrase as an exact word but starts with some wildcard prefix (one class per deepest prefix), or
// class 0 (nothing). A class matches a set of phrase symbols: its exact word and every wildcard
// prefix it starts with. Because one word can match several symbols (`migrants` is the word
// `migrants` and also `migra*`), the phrase trie is a nondeterministic automaton; the subset
// construction below turns it into a DFA whose states are sets of trie nodes, so scanning takes
// exactly one transition per word, never backtracks, and reports every phrase ending at each word.
//
// Storage: transitions from the start state are a dense array indexed by class. From any other
// state, a transition is stored only where that state's non-root trie nodes have a child for the
// class; otherwise it equals the start state's transition (every DFA state contains the trie root),
// so the scanner falls back to the dense array. This keeps the table proportional to the phrases.

/// The compiled tables of a phrase automaton (see `PhraseMatcher`).
struct AutomatonTables {
    var vocabulary: FrozenVocabulary
    var wildcards: FrozenWildcardTrie
    /// Classes 1...vocabularyCount are lexicon words; vocabularyCount + j is "deepest wildcard j".
    var vocabularyCount: Int
    var classCount: Int
    /// startNext[class] = state after reading `class` in the start state (0).
    var startNext: [Int32]
    /// A bit filter over the hashes of the lexicon words that leave the start state (see
    /// `StarterFilter`): at the start state, a word whose bit is clear cannot start a phrase.
    var starters: StarterFilter
    /// The skimmer's keys of the words and wildcard prefixes that start phrases (see `SkimFilter`).
    var skim: SkimFilter
    /// A filter over the non-start transitions on exact words (see `ContinuationFilter`).
    var continuation: ContinuationFilter
    /// Sparse transitions of non-start states: key = state << 32 | class.
    var transitionKeys: [UInt64]
    var transitionTargets: [Int32]
    /// outputStart[state] ..< outputStart[state + 1] indexes outputEntries: entries ending here.
    var outputStart: [Int32]
    var outputEntries: [Int32]
    /// Words per entry.
    var entryLength: [Int32]
    var stateCount: Int
    var transitionCount: Int
}

/// Limits that keep compilation bounded in time and memory.
public struct AutomatonLimits: Sendable {
    /// Most entries over all lexicons.
    public var maxEntries = 250_000
    /// Most automaton states.
    public var maxStates = 2_000_000
    /// Most stored transitions.
    public var maxTransitions = 8_000_000
    /// Default limits.
    public init() {}
}

enum AutomatonBuildError: Error {
    case tooComplex(String)
}

/// Builds `AutomatonTables` from phrase word lists.
struct PhraseAutomatonBuilder {
    let limits: AutomatonLimits

    /// - Parameter skimming: see `SkimFilter.init(phrases:choice:)`.
    func build(_ phrases: [[PhraseWord]], skimming: Bool? = nil) throws(AutomatonBuildError) -> AutomatonTables {
        if phrases.count > limits.maxEntries {
            throw .tooComplex("\(phrases.count) entries; at most \(limits.maxEntries) are supported")
        }
        // 1. Intern exact words; collect wildcard prefixes.
        var vocabulary = Vocabulary()
        var trie = WildcardTrie()
        var wildcardID: [WordKey: Int32] = [:]
        // Each phrase word's id, in phrase order: a vocabulary id, or minus a wildcard id (the
        // symbol numbering needs the final vocabulary size, known only after this pass).
        var wordIDs: [Int32] = []
        wordIDs.reserveCapacity(phrases.count * 3)
        for phrase in phrases {
            for word in phrase {
                switch word {
                case .exact(let b): wordIDs.append(Int32(vocabulary.intern(b)))
                case .prefix(let b):
                    let key = WordKey(b)
                    if let id = wildcardID[key] {
                        wordIDs.append(-id)
                    } else {
                        let id = trie.insert(b)
                        wildcardID[key] = id
                        wordIDs.append(-id)
                    }
                }
            }
        }
        let v = vocabulary.count
        let wildcardCount = trie.wildcardCount
        let classCount = v + wildcardCount + 1

        // 2. The classes that match each symbol. Symbol ids: exact word w -> w; wildcard j -> v + j.
        var classesOfSymbol = [[Int32]](repeating: [], count: classCount)
        for w in 1...max(v, 1) where w <= v {
            classesOfSymbol[w].append(Int32(w))
            for j in trie.wildcards(matching: vocabulary.words[w - 1]) {
                classesOfSymbol[v + Int(j)].append(Int32(w))
            }
        }
        if wildcardCount > 0 {
            for j in 1...wildcardCount {
                for k in trie.wildcardsWithin(Int32(j)) {
                    classesOfSymbol[v + Int(k)].append(Int32(v + j))
                }
            }
        }

        // 3. The phrase trie (nondeterministic over classes).
        var children: [[(symbol: Int32, node: Int32)]] = [[]]
        var nodeOutputs: [[Int32]] = [[]]
        var entryLength: [Int32] = []
        var childIndex: [Int64: Int32] = [:]
        childIndex.reserveCapacity(wordIDs.count)
        var startingWildcards: Set<Int32> = []
        var w = 0
        for (e, phrase) in phrases.enumerated() {
            var node: Int32 = 0
            if let first = phrase.indices.first, wordIDs[w + first] < 0 { startingWildcards.insert(-wordIDs[w + first]) }
            for _ in phrase {
                let id = wordIDs[w]
                w += 1
                let symbol = id > 0 ? id : Int32(v) - id
                let key = Int64(node) << 32 | Int64(symbol)
                if let next = childIndex[key] {
                    node = next
                } else {
                    let next = Int32(children.count)
                    children.append([])
                    nodeOutputs.append([])
                    children[Int(node)].append((symbol, next))
                    childIndex[key] = next
                    node = next
                }
            }
            nodeOutputs[Int(node)].append(Int32(e))
            entryLength.append(Int32(phrase.count))
        }

        // 4. Subset construction. State 0 = {root}.
        var startTarget = [[Int32]](repeating: [0], count: classCount)
        for (symbol, child) in children[0] {
            for c in classesOfSymbol[Int(symbol)] { startTarget[Int(c)].append(child) }
        }
        for c in 0..<classCount where startTarget[c].count > 1 { startTarget[c] = sortedUnique(startTarget[c]) }

        // States are sets of trie nodes, stored one after the other (`states`), interned through
        // a hash table of their own: no array and no dictionary key per state.
        var states = InternedStates(expected: children.count)
        var startNext = [Int32](repeating: 0, count: classCount)
        var transitions: [(from: Int32, cls: Int32, to: Int32)] = []
        transitions.reserveCapacity(wordIDs.count)

        // (Not a local function: one that captures `states` boxes it, and every access to the box
        // was checked for exclusivity at run time, 12 M instructions.)
        for c in 0..<classCount where startTarget[c].count > 1 {
            startNext[c] = try states.intern(startTarget[c], limit: limits.maxStates)
        }
        var next = 1
        // (class, child) pairs contributed by a state's non-root nodes, grouped by sorting.
        var contributions: [(cls: Int32, child: Int32)] = []
        // Scratch arrays reused for every transition: most targets are states that already exist,
        // and looking one up then allocates nothing.
        var extra: [Int32] = []
        var target: [Int32] = []
        while next < states.count {
            let d = Int32(next)
            let (lo, hi) = states.range(of: next)
            next += 1
            contributions.removeAll(keepingCapacity: true)
            for k in lo..<hi {
                let t = states.nodes[k]
                if t == 0 { continue }
                for (symbol, child) in children[Int(t)] {
                    for c in classesOfSymbol[Int(symbol)] { contributions.append((c, child)) }
                }
            }
            contributions.sort { ($0.cls, $0.child) < ($1.cls, $1.child) }
            var k = 0
            while k < contributions.count {
                let c = contributions[k].cls
                extra.removeAll(keepingCapacity: true)
                while k < contributions.count && contributions[k].cls == c {
                    if extra.last != contributions[k].child { extra.append(contributions[k].child) }
                    k += 1
                }
                sortedUnion(startTarget[Int(c)], extra, into: &target)
                transitions.append((d, c, try states.intern(target, limit: limits.maxStates)))
                if transitions.count > limits.maxTransitions {
                    throw .tooComplex("more than \(limits.maxTransitions) automaton transitions; use fewer or less overlapping wildcards")
                }
            }
        }

        // 5. Outputs per state.
        var outputStart: [Int32] = [0]
        var outputEntries: [Int32] = []
        outputStart.reserveCapacity(states.count + 1)
        for s in 0..<states.count {
            let (lo, hi) = states.range(of: s)
            for k in lo..<hi { outputEntries += nodeOutputs[Int(states.nodes[k])] }
            outputStart.append(Int32(outputEntries.count))
        }

        // 6. Sparse transition table.
        var capacity = 16
        while capacity < transitions.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var targets = [Int32](repeating: 0, count: capacity)
        for (from, cls, to) in transitions {
            let key = UInt64(from) << 32 | UInt64(cls)
            var slot = transitionSlot(key, capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            targets[slot] = to
        }

        // 7. Continuation filter over the non-start transitions.
        let hashes = vocabulary.words.map { wordHash($0) }  // once, for all three tables
        var exact: [(state: Int32, hash: UInt64)] = []
        exact.reserveCapacity(transitions.count)
        var wildStates: [Int32] = []
        for (from, cls, _) in transitions {
            if cls >= 1 && Int(cls) <= v { exact.append((from, hashes[Int(cls) - 1])) } else { wildStates.append(from) }
        }
        let continuation = ContinuationFilter(exact: exact, wildStates: wildStates, stateCount: states.count)

        return AutomatonTables(
            vocabulary: vocabulary.frozen(hashes: hashes), wildcards: trie.frozen(starting: startingWildcards), vocabularyCount: v,
            classCount: classCount, startNext: startNext,
            starters: StarterFilter(hashes: (0..<v).filter { startNext[$0 + 1] != 0 }.map { hashes[$0] }),
            skim: SkimFilter(phrases: phrases, choice: skimming),
            continuation: continuation, transitionKeys: keys,
            transitionTargets: targets, outputStart: outputStart, outputEntries: outputEntries,
            entryLength: entryLength, stateCount: states.count, transitionCount: transitions.count)
    }
}

/// The home slot of a transition key.
@inline(__always) @usableFromInline
func transitionSlot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
}

/// The DFA states of the subset construction, each a sorted set of trie nodes, interned: the sets
/// are stored one after the other in `nodes`, and an open-addressing table of state numbers, keyed
/// by a multiply hash of the set (one multiply per node), finds a set's state. Compile-time only;
/// a dictionary keyed by arrays cost an array per state and the standard library's hashing per
/// lookup.
struct InternedStates {
    /// Every state's nodes, state after state; state s is `nodes[start[s] ..< start[s + 1]]`.
    private(set) var nodes: [Int32] = [0]
    private var start: [Int32] = [0, 1]
    /// State number + 1 per slot (0: empty), and the hash of that state's set.
    private var slots: [Int32]
    private var slotHashes: [UInt64]

    /// A table holding state 0 = {root}, sized for about `expected` states.
    init(expected: Int) {
        var capacity = 64
        while capacity < expected * 2 { capacity *= 2 }
        slots = [Int32](repeating: 0, count: capacity)
        slotHashes = [UInt64](repeating: 0, count: capacity)
        nodes.reserveCapacity(expected * 2)
        start.reserveCapacity(expected + 1)
        let root: [Int32] = [0]
        root.withUnsafeBufferPointer { insert($0, hash: InternedStates.hash($0), count: 0) }
    }

    /// The number of states.
    var count: Int { start.count - 1 }

    /// Where state `s`'s nodes are in `nodes`.
    func range(of s: Int) -> (Int, Int) { (Int(start[s]), Int(start[s + 1])) }

    /// The state of `set` (sorted, repeat-free), added as a new state when there is none.
    ///
    /// - Throws: `.tooComplex` when that would make more than `limit` states.
    mutating func intern(_ set: [Int32], limit: Int) throws(AutomatonBuildError) -> Int32 {
        let s = set.withUnsafeBufferPointer { intern($0) }
        if count > limit {
            throw .tooComplex("more than \(limit) automaton states; use fewer or less overlapping wildcards")
        }
        return s
    }

    /// `intern(_:limit:)` without the limit.
    mutating func intern(_ set: UnsafeBufferPointer<Int32>) -> Int32 {
        let h = InternedStates.hash(set)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h >> 32) & mask
        while true {
            let s = Int(slots[slot]) - 1
            if s < 0 { break }
            if slotHashes[slot] == h {
                let lo = Int(start[s]), hi = Int(start[s + 1])
                if hi - lo == set.count && nodes.withUnsafeBufferPointer({ n in (0..<set.count).allSatisfy { n[lo + $0] == set[$0] } }) {
                    return Int32(s)
                }
            }
            slot = (slot + 1) & mask
        }
        let s = count
        nodes.append(contentsOf: set)
        start.append(Int32(nodes.count))
        if (s + 1) * 2 > slots.count { grow() }
        insert(set, hash: h, count: s)
        return Int32(s)
    }

    /// Records state `s` (whose nodes are stored already) in the table.
    private mutating func insert(_ set: UnsafeBufferPointer<Int32>, hash h: UInt64, count s: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: h >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(s + 1)
        slotHashes[slot] = h
    }

    /// Doubles the table.
    private mutating func grow() {
        let oldSlots = slots, oldHashes = slotHashes
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        slotHashes = [UInt64](repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for k in 0..<oldSlots.count where oldSlots[k] != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[k] >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = oldSlots[k]
            slotHashes[slot] = oldHashes[k]
        }
    }

    /// One multiply per node.
    static func hash(_ set: UnsafeBufferPointer<Int32>) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: set.count) &* 0x9E37_79B9_7F4A_7C15
        for n in set {
            h = (h ^ UInt64(UInt32(bitPattern: n))) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
        }
        return h
    }
}

/// `values` sorted, without repeats.
func sortedUnique(_ values: [Int32]) -> [Int32] {
    var result: [Int32] = []
    result.reserveCapacity(values.count)
    for v in values.sorted() where result.last != v { result.append(v) }
    return result
}

/// The union of two sorted, repeat-free arrays, sorted and repeat-free, written into `result`
/// (its old contents are dropped, its capacity kept).
func sortedUnion(_ a: [Int32], _ b: [Int32], into result: inout [Int32]) {
    let n = a.count + b.count
    if result.count < n { result.append(contentsOf: repeatElement(0, count: n - result.count)) }
    let written = result.withUnsafeMutableBufferPointer { r in
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var i = 0, j = 0, k = 0
                while i < a.count && j < b.count {
                    let x = a[i], y = b[j]
                    r[k] = x < y ? x : y
                    k += 1
                    if x <= y { i += 1 }
                    if y <= x { j += 1 }
                }
                while i < a.count { r[k] = a[i]; i += 1; k += 1 }
                while j < b.count { r[k] = b[j]; j += 1; k += 1 }
                return k
            }
        }
    }
    result.removeLast(result.count - written)
}
