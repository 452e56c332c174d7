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
//
// With `parallel` (`score --jobs N`, N > 1: the compile is the start-up no window overlaps), the
// parts that do not wait for the subset construction's result run on a second thread: the skim
// filter from the start, then the outputs per state and the filters beside the sparse table.

import Dispatch

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
    /// Sparse transitions of non-start states: key = state << 32 | class (built in place, read by
    /// the matcher without a copy).
    var transitions: SparseTransitionTable
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
    /// Most nodes of the wildcard trie, the root included: one per byte of the distinct wildcard
    /// prefixes, shared beginnings counted once (a trie edge stores its node in 24 bits, so at
    /// most 2^24).
    public var maxWildcardTrieNodes = 1 << 24
    /// Default limits.
    public init() {}
}

enum AutomatonBuildError: Error {
    case tooComplex(String)
}

/// Builds `AutomatonTables` from phrase word lists.
///
/// Every intermediate table is flat: the classes of each symbol, the children of each trie node, the
/// entries ending at each node and the (class, child) pairs each node contributes to a transition
/// are lists laid out one after the other in one array with a start index per owner, and DFA states
/// are interned in one node array (`InternedStates`). Nothing is allocated, and nothing goes
/// through the standard library's hashing, per word, node, state or transition: with the round-8
/// lexicons (26,705 states, 142,347 transitions) the arrays of arrays and dictionaries of the first
/// version spent most of the compile time allocating, hashing and counting references
/// (Benchmarks/README.md, "Compile time of the round-8 lexicons").
struct PhraseAutomatonBuilder {
    let limits: AutomatonLimits

    /// - Parameters:
    ///   - skimming: see `SkimFilter.init(phrases:choice:)`.
    ///   - parallel: build the skim filter, the outputs per state and the continuation and
    ///     starter filters on a second thread (same tables).
    func build(_ phrases: [[PhraseWord]], skimming: Bool? = nil, parallel: Bool = false) throws(AutomatonBuildError) -> AutomatonTables {
        if phrases.count > limits.maxEntries {
            throw .tooComplex("\(phrases.count) entries; at most \(limits.maxEntries) are supported")
        }
        // The skim filter needs only the phrases.
        let helper = parallel ? DispatchGroup() : nil
        let skim = BuiltOnHelper<SkimFilter>()
        if let helper { DispatchQueue.global().async(group: helper) { skim.value = SkimFilter(phrases: phrases, choice: skimming) } }
        // Waits for the helper's work, also when the build throws.
        defer { helper?.wait() }

        // 1. Intern exact words; collect wildcard prefixes (the trie gives an inserted prefix its
        // old id). Each phrase word's id, in phrase order: a vocabulary id, or minus a wildcard id
        // (the symbol numbering needs the final vocabulary size, known only after this pass).
        // (Phrases are read once, here: each is an array of its own, and reading them again cost a
        // cache miss per phrase.)
        var vocabulary = Vocabulary(expected: 2 * phrases.count)
        var trie = WildcardTrie()
        var wordIDs: [Int32] = []
        wordIDs.reserveCapacity(3 * phrases.count)
        var entryLength: [Int32] = []
        entryLength.reserveCapacity(phrases.count)
        var startingWildcards: Set<Int32> = []
        for phrase in phrases {
            var first = true
            for word in phrase {
                switch word {
                case .exact(let b): wordIDs.append(Int32(vocabulary.intern(b)))
                case .prefix(let b):
                    guard let id = trie.insert(b, maxNodes: limits.maxWildcardTrieNodes) else {
                        throw .tooComplex("the wildcard prefixes need more than \(min(limits.maxWildcardTrieNodes, WildcardTrie.maxNodes)) trie nodes (their distinct bytes)")
                    }
                    if first { startingWildcards.insert(id) }
                    wordIDs.append(-id)
                }
                first = false
            }
            entryLength.append(Int32(phrase.count))
        }
        let totalWords = wordIDs.count
        let v = vocabulary.count
        let wildcardCount = trie.wildcardCount
        let classCount = v + wildcardCount + 1
        let wildcards = trie.frozen(starting: startingWildcards)

        // 2. The classes that match each symbol. Symbol ids: exact word w -> w; wildcard j -> v + j.
        // Word w is class w and matches every wildcard on its path through the trie; wildcard
        // class v + j matches wildcard j and every shorter one above it.
        var pairSymbols: [Int32] = []
        var pairClasses: [Int32] = []
        pairSymbols.reserveCapacity(v + 2 * wildcardCount)
        pairClasses.reserveCapacity(v + 2 * wildcardCount)
        vocabulary.arena.withUnsafeBufferPointer { arena in
            for w in 0..<v {
                pairSymbols.append(Int32(w + 1))
                pairClasses.append(Int32(w + 1))
                if wildcards.isEmpty { continue }
                var k = Int(vocabulary.offsets[w])
                let end = Int(vocabulary.offsets[w + 1])
                guard k < end else { continue }
                var node = wildcards.rootChild[Int(arena[k])]
                while node >= 0 {
                    let j = wildcards.terminal(node)
                    if j != 0 {
                        pairSymbols.append(Int32(v) + j)
                        pairClasses.append(Int32(w + 1))
                    }
                    k += 1
                    if k == end { break }
                    node = wildcards.child(node, arena[k])
                }
            }
        }
        if wildcardCount > 0 {
            for j in 1...wildcardCount {
                var node = trie.nodeOfWildcard[j]
                while node > 0 {
                    let k = trie.terminal[Int(node)]
                    if k != 0 {
                        pairSymbols.append(Int32(v) + k)
                        pairClasses.append(Int32(v + j))
                    }
                    node = trie.parent[Int(node)]
                }
            }
        }
        let (classStart, classList) = groupedLists(owners: pairSymbols[...], values: pairClasses, ownerCount: classCount)

        // 3. The phrase trie (nondeterministic over classes): each node's parent and symbol, its
        // children found through an open-addressing table of (node, symbol) keys while it grows.
        var nodeParent: [Int32] = [-1]
        var nodeSymbol: [Int32] = [0]
        nodeParent.reserveCapacity(totalWords + 1)
        nodeSymbol.reserveCapacity(totalWords + 1)
        var endNodes: [Int32] = []
        endNodes.reserveCapacity(phrases.count)
        var edgeCapacity = 16
        while edgeCapacity < totalWords * 2 { edgeCapacity *= 2 }
        let edgeMask = edgeCapacity - 1
        var edgeKeys = [UInt64](repeating: 0, count: edgeCapacity)  // never 0: symbols start at 1
        var edgeNodes = [Int32](repeating: 0, count: edgeCapacity)
        var w = 0
        for length in entryLength {
            var node: Int32 = 0
            for _ in 0..<length {
                let id = wordIDs[w]
                w += 1
                let symbol = id > 0 ? id : Int32(v) - id
                let key = UInt64(UInt32(node)) << 32 | UInt64(UInt32(symbol))
                var slot = transitionSlot(key, edgeMask)
                while true {
                    let k = edgeKeys[slot]
                    if k == key {
                        node = edgeNodes[slot]
                        break
                    }
                    if k == 0 {
                        let next = Int32(nodeParent.count)
                        nodeParent.append(node)
                        nodeSymbol.append(symbol)
                        edgeKeys[slot] = key
                        edgeNodes[slot] = next
                        node = next
                        break
                    }
                    slot = (slot + 1) & edgeMask
                }
            }
            endNodes.append(node)
        }
        let nodeCount = nodeParent.count
        // Children of each node, ascending; entries ending at each node, in entry order.
        let (childStart, childList) = groupedLists(
            owners: nodeParent[1...], values: Array(1..<Int32(nodeCount)), ownerCount: nodeCount)
        let (nodeOutputStart, nodeOutputList) = groupedLists(
            owners: endNodes[...], values: Array(0..<Int32(phrases.count)), ownerCount: nodeCount)

        // The (class, child) pairs of each node, as class << 32 | child, sorted: the root's give the
        // start state's targets, a non-root node's what it adds to any state's transitions.
        var pairStart = [Int32](repeating: 0, count: nodeCount + 1)
        var pairList: [UInt64] = []
        pairList.reserveCapacity(2 * nodeCount)
        for t in 0..<nodeCount {
            let lo = pairList.count
            for e in Int(childStart[t])..<Int(childStart[t + 1]) {
                let child = childList[e]
                let symbol = Int(nodeSymbol[Int(child)])
                for c in Int(classStart[symbol])..<Int(classStart[symbol + 1]) {
                    pairList.append(UInt64(UInt32(classList[c])) << 32 | UInt64(UInt32(child)))
                }
            }
            if pairList.count - lo > 1 {
                pairList.withUnsafeMutableBufferPointer { all in
                    var own = UnsafeMutableBufferPointer(rebasing: all[lo...])
                    own.sort()
                }
            }
            pairStart[t + 1] = Int32(pairList.count)
        }

        // 4. Subset construction. State 0 = {root}. The start state's target on class c is the root
        // and the root's children on c: `startChildren` lists the children per class.
        let rootPairs = pairList[0..<Int(pairStart[1])]
        let (startChildStart, startChildList) = groupedLists(
            owners: rootPairs.map { Int32(truncatingIfNeeded: $0 >> 32) }[...],
            values: rootPairs.map { Int32(truncatingIfNeeded: $0) }, ownerCount: classCount)

        // Sized for the usual case, where there are about as many states as trie nodes and
        // transitions as phrase words, so that the tables do not rehash as they grow.
        var states = InternedStates(expected: nodeCount)
        var startNext = [Int32](repeating: 0, count: classCount)
        var transitionKeys: [UInt64] = []
        var transitionTargets: [Int32] = []
        transitionKeys.reserveCapacity(totalWords * 2)
        transitionTargets.reserveCapacity(totalWords * 2)
        // The loop reads the flat lists through buffer pointers taken once, and its scratch (a
        // target set and the (class, child) pairs of a state's non-root nodes) is raw memory grown
        // when a state needs more: a nested function over the arrays cost a retain and a release
        // per transition.
        try pairList.withUnsafeBufferPointer { pairList throws(AutomatonBuildError) in
        try pairStart.withUnsafeBufferPointer { pairStart throws(AutomatonBuildError) in
        try startChildStart.withUnsafeBufferPointer { startChildStart throws(AutomatonBuildError) in
        try startChildList.withUnsafeBufferPointer { startChildList throws(AutomatonBuildError) in
            var scratch = SubsetScratch()
            defer { scratch.deallocate() }

            /// Writes {root} + startChildren[c] + extra (both sorted, disjoint: a node has one
            /// parent) into the scratch's target set; returns its size.
            func makeTarget(_ c: Int, _ extra: UnsafeMutableBufferPointer<UInt64>, _ scratch: inout SubsetScratch) -> Int {
                let lo = Int(startChildStart[c]), hi = Int(startChildStart[c + 1])
                let n = 1 + hi - lo + extra.count
                let out = scratch.target(capacity: n)
                out[0] = 0
                var i = lo, j = 0, k = 1
                while i < hi && j < extra.count {
                    let x = startChildList[i], y = Int32(truncatingIfNeeded: extra[j])
                    if x < y { out[k] = x; i += 1 } else { out[k] = y; j += 1 }
                    k += 1
                }
                while i < hi { out[k] = startChildList[i]; i += 1; k += 1 }
                while j < extra.count { out[k] = Int32(truncatingIfNeeded: extra[j]); j += 1; k += 1 }
                return k
            }

            for c in 0..<classCount where startChildStart[c + 1] > startChildStart[c] {
                let count = makeTarget(c, UnsafeMutableBufferPointer(start: nil, count: 0), &scratch)
                startNext[c] = try states.intern(scratch.current(count), limit: limits.maxStates)
            }
            var next = 1
            while next < states.count {
                let d = next
                next += 1
                // Gather the pairs of the state's nodes (the root comes first: skip it).
                let (lo, hi) = states.range(of: d)
                var n = 0
                for k in lo + 1..<hi {
                    let t = Int(states.nodes[k])
                    n += Int(pairStart[t + 1] - pairStart[t])
                }
                var pairs = scratch.pairs(capacity: n)
                var m = 0
                for k in lo + 1..<hi {
                    let t = Int(states.nodes[k])
                    for p in Int(pairStart[t])..<Int(pairStart[t + 1]) {
                        pairs[m] = pairList[p]
                        m += 1
                    }
                }
                if hi - lo > 2 { pairs.sort() }
                var k = 0
                while k < n {
                    let c = pairs[k] >> 32
                    var e = k + 1
                    while e < n && pairs[e] >> 32 == c { e += 1 }
                    let count = makeTarget(Int(c), UnsafeMutableBufferPointer(rebasing: pairs[k..<e]), &scratch)
                    k = e
                    let to = try states.intern(scratch.current(count), limit: limits.maxStates)
                    transitionKeys.append(UInt64(d) << 32 | c)
                    transitionTargets.append(to)
                    if transitionKeys.count > limits.maxTransitions {
                        throw .tooComplex("more than \(limits.maxTransitions) automaton transitions; use fewer or less overlapping wildcards")
                    }
                }
            }
        }}}}
        let stateCount = states.count
        let transitionCount = transitionKeys.count

        // 5 and 7 (on the helper with `parallel`, while 6 runs here): outputs per state, the
        // entries ending at its nodes, node by node; the continuation filter over the non-start
        // transitions; the starter filter.
        let entryCount = phrases.count
        let hashes = vocabulary.hashes
        let outputsAndFilters: @Sendable () -> OutputsAndFilters = { [states, transitionKeys, startNext] in
            var outputStart: [Int32] = [0]
            var outputEntries: [Int32] = []
            outputStart.reserveCapacity(stateCount + 1)
            outputEntries.reserveCapacity(entryCount * 2)
            for s in 0..<stateCount {
                let (lo, hi) = states.range(of: s)
                for k in lo..<hi {
                    let t = Int(states.nodes[k])
                    for o in Int(nodeOutputStart[t])..<Int(nodeOutputStart[t + 1]) { outputEntries.append(nodeOutputList[o]) }
                }
                outputStart.append(Int32(outputEntries.count))
            }
            let continuation = ContinuationFilter(transitionKeys: transitionKeys, hashes: hashes, stateCount: stateCount)
            var starterHashes: [UInt64] = []
            for k in 0..<v where startNext[k + 1] != 0 { starterHashes.append(hashes[k]) }
            return OutputsAndFilters(
                outputStart: outputStart, outputEntries: outputEntries, continuation: continuation,
                starters: StarterFilter(hashes: starterHashes))
        }
        let helped = BuiltOnHelper<OutputsAndFilters>()
        if let helper { DispatchQueue.global().async(group: helper) { helped.value = outputsAndFilters() } }

        // 6. Sparse transition table, filled in the order of the keys' home slots (a counting sort
        // on the slot's top bits, 256 slots per bucket), so the writes sweep the table once
        // instead of missing the cache on nearly every key. Linear probing fills the same slots,
        // with the same total probe length, in any insertion order; only which key of a cluster
        // sits where can differ from inserting in state order. The keys and targets themselves
        // are scattered into bucket order (stable: the order of the keys within a bucket is the
        // order they were made in), so that the insertion reads them in sequence: reading them
        // through a list of indices instead missed the cache on nearly every key, a tenth of the
        // compile time.
        var capacity = 16
        while capacity < transitionCount * 2 { capacity *= 2 }
        let table = SparseTransitionTable(capacity: capacity)
        let bucketShift = max(capacity.trailingZeroBitCount - 8, 0)
        var bucketStart = [Int32](repeating: 0, count: (capacity >> bucketShift) + 1)
        for key in transitionKeys { bucketStart[(transitionSlot(key, capacity - 1) >> bucketShift) + 1] += 1 }
        for b in 1..<bucketStart.count { bucketStart[b] += bucketStart[b - 1] }
        let sortedKeys = UnsafeMutablePointer<UInt64>.allocate(capacity: max(transitionCount, 1))
        let sortedTargets = UnsafeMutablePointer<Int32>.allocate(capacity: max(transitionCount, 1))
        defer {
            sortedKeys.deallocate()
            sortedTargets.deallocate()
        }
        transitionKeys.withUnsafeBufferPointer { transitionKeys in
            transitionTargets.withUnsafeBufferPointer { transitionTargets in
                bucketStart.withUnsafeMutableBufferPointer { bucketStart in
                    for i in 0..<transitionCount {
                        let key = transitionKeys[i]
                        let b = transitionSlot(key, capacity - 1) >> bucketShift
                        let to = Int(bucketStart[b])
                        (sortedKeys + to).initialize(to: key)
                        (sortedTargets + to).initialize(to: transitionTargets[i])
                        bucketStart[b] += 1
                    }
                }
            }
        }
        let keys = table.keys, targets = table.targets
        for i in 0..<transitionCount {
            let key = sortedKeys[i]
            var slot = transitionSlot(key, capacity - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = key
            targets[slot] = sortedTargets[i]
        }

        let frozenVocabulary = vocabulary.frozen()
        helper?.wait()
        let outputs = helped.value ?? outputsAndFilters()
        return AutomatonTables(
            vocabulary: frozenVocabulary, wildcards: wildcards, vocabularyCount: v,
            classCount: classCount, startNext: startNext,
            starters: outputs.starters,
            skim: skim.value ?? SkimFilter(phrases: phrases, choice: skimming),
            continuation: outputs.continuation, transitions: table, outputStart: outputs.outputStart, outputEntries: outputs.outputEntries,
            entryLength: entryLength, stateCount: stateCount, transitionCount: transitionCount)
    }
}

/// The subset construction's scratch memory: a target set and a state's (class, child) pairs,
/// each grown to the largest one needed; `deallocate()` frees them.
private struct SubsetScratch {
    private var set = UnsafeMutablePointer<Int32>.allocate(capacity: 64)
    private var setCapacity = 64
    private var pairBuffer = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
    private var pairCapacity = 64

    /// The target set's memory, with room for `capacity` nodes (the contents are not kept when
    /// it grows).
    mutating func target(capacity: Int) -> UnsafeMutablePointer<Int32> {
        if capacity > setCapacity {
            set.deallocate()
            setCapacity = 2 * capacity
            set = .allocate(capacity: setCapacity)
        }
        return set
    }

    /// The first `count` nodes of the target set.
    func current(_ count: Int) -> UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: set, count: count) }

    /// Memory for `capacity` pairs (the contents are not kept when it grows).
    mutating func pairs(capacity: Int) -> UnsafeMutableBufferPointer<UInt64> {
        if capacity > pairCapacity {
            pairBuffer.deallocate()
            pairCapacity = 2 * capacity
            pairBuffer = .allocate(capacity: pairCapacity)
        }
        return UnsafeMutableBufferPointer(start: pairBuffer, count: capacity)
    }

    func deallocate() {
        set.deallocate()
        pairBuffer.deallocate()
    }
}

/// What step 5 and 7 of `PhraseAutomatonBuilder.build` make.
private struct OutputsAndFilters {
    var outputStart: [Int32]
    var outputEntries: [Int32]
    var continuation: ContinuationFilter
    var starters: StarterFilter
}

/// A result the build's helper thread writes and the building thread reads once it has waited
/// for the helper's `DispatchGroup` (which orders the two).
private final class BuiltOnHelper<T>: @unchecked Sendable {
    var value: T?
}

/// Lists grouped by owner, laid out one after the other: owner o's values are
/// `list[start[o] ..< start[o + 1]]`, in the order they were given (a counting sort).
///
/// - Parameters:
///   - owners: the owner of each value, each in 0..<ownerCount.
///   - values: the values, as many as owners.
/// - Complexity: O(values + ownerCount).
func groupedLists(owners: ArraySlice<Int32>, values: [Int32], ownerCount: Int) -> (start: [Int32], list: [Int32]) {
    var start = [Int32](repeating: 0, count: ownerCount + 1)
    for o in owners { start[Int(o) + 1] += 1 }
    for o in 0..<ownerCount { start[o + 1] += start[o] }
    var fill = start
    var list = [Int32](repeating: 0, count: values.count)
    for (o, value) in zip(owners, values) {
        list[Int(fill[Int(o)])] = value
        fill[Int(o)] += 1
    }
    return (start, list)
}

/// The home slot of a transition key.
@inline(__always) @usableFromInline
func transitionSlot(_ key: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
}

/// The DFA states of the subset construction, each a sorted set of trie nodes, interned: the sets
/// are stored one after the other in `nodes`, and an open-addressing table, keyed by a multiply
/// hash of the set, finds a set's state. A slot holds the hash's top 32 bits beside the state
/// number, so a probe reads one array (a separate array of hashes cost a second cache miss per
/// probe), and the table is sized for a load of 1/4 when there are about as many states as
/// expected (at most 1/2 before it doubles). Compile-time only: a dictionary keyed by arrays cost
/// an array per state and the standard library's hashing per lookup.
struct InternedStates {
    /// Every state's nodes, state after state; state s is `nodes[start[s] ..< start[s + 1]]`.
    private(set) var nodes: [Int32] = [0]
    private var start: [Int32] = [0, 1]
    /// Per slot: the top 32 bits of the set's hash (the bits `home` reads), then the state number
    /// + 1 in the low 32 bits (0: empty).
    private var slots: [UInt64]

    /// A table holding state 0 = {root}, sized for about `expected` states.
    init(expected: Int) {
        var capacity = 64
        while capacity < expected * 4 { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        nodes.reserveCapacity(expected * 3)
        start.reserveCapacity(expected + 1)
        let h = InternedStates.hash(nodes[...])
        slots[InternedStates.home(h, capacity - 1)] = InternedStates.slot(h, state: 0)
    }

    /// The number of states.
    var count: Int { start.count - 1 }

    /// Where state `s`'s nodes are in `nodes`.
    func range(of s: Int) -> (Int, Int) { (Int(start[s]), Int(start[s + 1])) }

    /// The state of `set` (sorted, repeat-free), added as a new state when there is none.
    ///
    /// - Throws: `.tooComplex` when that would make more than `limit` states.
    mutating func intern(_ set: UnsafeBufferPointer<Int32>, limit: Int) throws(AutomatonBuildError) -> Int32 {
        let h = InternedStates.hash(set)
        let tag = h & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        var slot = InternedStates.home(h, mask)
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let s = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if sameNodes(s, set) { return Int32(s) }
            }
            slot = (slot + 1) & mask
        }
        let s = count
        if s >= limit {
            throw .tooComplex("more than \(limit) automaton states; use fewer or less overlapping wildcards")
        }
        nodes.append(contentsOf: set)
        start.append(Int32(nodes.count))
        slots[slot] = InternedStates.slot(h, state: s)
        if count * 2 > slots.count { grow() }
        return Int32(s)
    }

    /// Whether state `s` is `set`.
    private func sameNodes(_ s: Int, _ set: UnsafeBufferPointer<Int32>) -> Bool {
        let lo = Int(start[s]), hi = Int(start[s + 1])
        guard hi - lo == set.count else { return false }
        return nodes.withUnsafeBufferPointer { n in
            for k in 0..<set.count where n[lo &+ k] != set[k] { return false }
            return true
        }
    }

    /// Doubles the table (a slot keeps the bits its home is read from).
    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = InternedStates.home(entry, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }

    /// The slot entry of a set with hash `h` that is state `state`.
    @inline(__always)
    static func slot(_ h: UInt64, state: Int) -> UInt64 { h & 0xFFFF_FFFF_0000_0000 | UInt64(state + 1) }

    /// The home slot of a set's hash.
    @inline(__always)
    static func home(_ h: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: h >> 32) & mask }

    /// One multiply per node.
    static func hash<C: Collection<Int32>>(_ set: C) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: set.count) &* 0x9E37_79B9_7F4A_7C15
        for n in set {
            h = (h ^ UInt64(UInt32(bitPattern: n))) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
        }
        return h
    }
}
