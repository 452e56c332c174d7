// Prefix wildcards (`migra*`) resolved by a byte trie over their folded prefixes. Looking a text
// word up walks the trie along the word's bytes and returns the deepest wildcard prefix on the
// path: the word matches that wildcard and every shorter one above it, which the automaton
// builder precomputes, so the scanner needs only that one number.

/// A byte trie of wildcard prefixes; terminal nodes carry wildcard ids 1...count. Each node keeps
/// its parent and the byte on its incoming edge, so a prefix is rebuilt by walking parents; while
/// the trie grows, a node's child on a byte is found through an open-addressing table of
/// (node, byte) edges (a long lexicon inserts a prefix for every wildcard word it has, and a
/// list per node searched byte by byte cost more than the automaton's interning). An edge is one
/// 64-bit slot, key and child together, so a probe reads one array (two cost two cache misses).
struct WildcardTrie {
    /// terminal[node] = wildcard id, or 0
    private(set) var terminal: [Int32] = [0]
    /// parent[node], -1 for the root
    private(set) var parent: [Int32] = [-1]
    /// byte[node]: the byte on the edge into the node (0 for the root)
    private(set) var byte: [UInt8] = [0]
    /// Wildcard id -> its node.
    private(set) var nodeOfWildcard: [Int32] = [0]
    /// The edge table: per slot, node << 8 | byte in the high 32 bits and the child (never 0: the
    /// root is no one's child) in the low 32 bits; 0 is an empty slot. Load <= 1/2.
    private var edges = [UInt64](repeating: 0, count: 256)

    var wildcardCount: Int { nodeOfWildcard.count - 1 }
    /// Most nodes a trie can hold, the root included: an edge stores its node in 24 bits.
    static let maxNodes = 1 << 24

    /// The child of `node` on `b`, if any.
    func child(_ node: Int32, _ b: UInt8) -> Int32? {
        let key = WildcardTrie.edgeKey(node, b)
        let mask = edges.count - 1
        var slot = WildcardTrie.home(key, mask)
        while true {
            let e = edges[slot]
            if e == 0 { return nil }
            if e >> 32 == key { return Int32(truncatingIfNeeded: e & 0xFFFF_FFFF) }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `prefix` and returns its wildcard id (the same id for the same prefix), or nil, leaving
    /// the trie unusable, when it would need more than `maxNodes` nodes, root included (at most
    /// `WildcardTrie.maxNodes`).
    mutating func insert(_ prefix: [UInt8], maxNodes: Int = WildcardTrie.maxNodes) -> Int32? {
        var node: Int32 = 0
        for b in prefix {
            if let next = child(node, b) {
                node = next
            } else {
                let next = Int32(terminal.count)
                if Int(next) >= min(maxNodes, WildcardTrie.maxNodes) { return nil }
                terminal.append(0)
                parent.append(node)
                byte.append(b)
                addEdge(WildcardTrie.edgeKey(node, b), next)
                if terminal.count * 2 > edges.count { growEdges() }
                node = next
            }
        }
        if terminal[Int(node)] == 0 {
            nodeOfWildcard.append(node)
            terminal[Int(node)] = Int32(nodeOfWildcard.count - 1)
        }
        return terminal[Int(node)]
    }

    /// The key of the edge from `node` on `b` (32 bits: nodes have at most 24).
    @inline(__always)
    private static func edgeKey(_ node: Int32, _ b: UInt8) -> UInt64 { UInt64(UInt32(node)) << 8 | UInt64(b) }

    @inline(__always)
    private static func home(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: ((key &+ 1) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    private mutating func addEdge(_ key: UInt64, _ child: Int32) {
        let mask = edges.count - 1
        var slot = WildcardTrie.home(key, mask)
        while edges[slot] != 0 { slot = (slot + 1) & mask }
        edges[slot] = key << 32 | UInt64(UInt32(child))
    }

    /// Doubles the edge table: every node but the root is the child of one edge.
    private mutating func growEdges() {
        edges = [UInt64](repeating: 0, count: edges.count * 2)
        for n in 1..<terminal.count { addEdge(WildcardTrie.edgeKey(parent[n], byte[n]), Int32(n)) }
    }

    /// Lays the trie out for the scanner: a dense first-byte table and sorted child lists.
    /// - Parameter starting: the wildcards that are the first word of some phrase (their own
    ///   pre-filters let the scan skip the trie at the start state).
    func frozen(starting: Set<Int32> = []) -> FrozenWildcardTrie { FrozenWildcardTrie(self, starting: starting) }
}

/// The scanner's read-only form of a `WildcardTrie`.
struct FrozenWildcardTrie {
    /// rootChild[byte] = node, or -1.
    let rootChild: [Int32]
    /// The trie packed for the scan's walk: node n's record holds the start of its children in
    /// `children` (low 32 bits) and its terminal wildcard id or 0 (high 32 bits), and its children
    /// end where node n + 1's begin (a last record closes the list); each child is its byte (low 8
    /// bits) and its node (the bits above), sorted by byte. The walk thus reads two arrays per
    /// level, not four (starts, bytes, nodes, terminals: a cache miss each).
    let nodes: [UInt64]
    let children: [UInt32]
    let isEmpty: Bool
    /// Start filters: a word can start with some prefix only if its first two bytes have their bit
    /// in `startPair` (prefixes of 2–3 bytes), its first four bytes have their hash bit in
    /// `startQuad` (prefixes of 4–7 bytes) or its first eight bytes have theirs in `startOct`
    /// (longer prefixes). Each is 64 Kbit. Nearly every text word fails all three, so the trie
    /// walk runs only for real candidates. (The eight-byte filter matters for two-byte scripts:
    /// four bytes are only two Cyrillic letters, and a few hundred Russian prefixes cover most of
    /// the common two-letter starts.)
    let startPair: [UInt64]
    let startQuad: [UInt64]
    let startOct: [UInt64]
    /// The same filters over only the wildcards that can begin a phrase: at the automaton's start
    /// state, a word that fails these cannot leave the start state through a wildcard.
    let starterPair: [UInt64]
    let starterQuad: [UInt64]
    let starterOct: [UInt64]

    /// The child of `node` on byte `b`, or -1 (compile time: the scan walks the same arrays
    /// through pointers).
    func child(_ node: Int32, _ b: UInt8) -> Int32 {
        let from = Int(UInt32(truncatingIfNeeded: nodes[Int(node)])), to = Int(UInt32(truncatingIfNeeded: nodes[Int(node) + 1]))
        for k in from..<to where UInt8(truncatingIfNeeded: children[k]) == b { return Int32(children[k] >> 8) }
        return -1
    }

    /// The wildcard id that ends at `node`, or 0.
    func terminal(_ node: Int32) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: nodes[Int(node)] >> 32)) }

    init(_ trie: WildcardTrie, starting: Set<Int32>) {
        // Children per node (a counting sort on the parent; nodes are numbered after their parent,
        // so each list comes in node order), then sorted by byte.
        let nodeCount = trie.terminal.count
        var childStart = [Int32](repeating: 0, count: nodeCount + 1)
        for n in 1..<nodeCount { childStart[Int(trie.parent[n]) + 1] += 1 }
        for n in 0..<nodeCount { childStart[n + 1] += childStart[n] }
        var fill = childStart
        var childBytes = [UInt8](repeating: 0, count: nodeCount - 1)
        var childNodes = [Int32](repeating: 0, count: nodeCount - 1)
        for n in 1..<nodeCount {
            let p = Int(trie.parent[n])
            childBytes[Int(fill[p])] = trie.byte[n]
            childNodes[Int(fill[p])] = Int32(n)
            fill[p] += 1
        }
        for n in 0..<nodeCount where childStart[n + 1] - childStart[n] > 1 {
            let lo = Int(childStart[n]), hi = Int(childStart[n + 1])
            let edges = (lo..<hi).map { (byte: childBytes[$0], node: childNodes[$0]) }.sorted { $0.byte < $1.byte }
            for (k, edge) in edges.enumerated() {
                childBytes[lo + k] = edge.byte
                childNodes[lo + k] = edge.node
            }
        }
        var rootChild = [Int32](repeating: -1, count: 256)
        for k in 0..<Int(childStart[1]) { rootChild[Int(childBytes[k])] = childNodes[k] }
        // Each node's depth and first eight bytes (little-endian), for the start filters.
        var depth = [Int](repeating: 0, count: nodeCount)
        var firstEight = [UInt64](repeating: 0, count: nodeCount)
        for n in 1..<nodeCount {
            let p = Int(trie.parent[n])
            depth[n] = depth[p] + 1
            firstEight[n] = depth[p] < 8 ? firstEight[p] | UInt64(trie.byte[n]) << UInt64(8 * depth[p]) : firstEight[p]
        }
        self.rootChild = rootChild
        precondition(nodeCount < 1 << 24, "a wildcard trie node must fit in 24 bits")
        var nodes = [UInt64](repeating: 0, count: nodeCount + 1)
        for n in 0..<nodeCount { nodes[n] = UInt64(UInt32(bitPattern: childStart[n])) | UInt64(UInt32(bitPattern: trie.terminal[n])) << 32 }
        nodes[nodeCount] = UInt64(UInt32(bitPattern: childStart[nodeCount]))
        self.nodes = nodes
        self.children = (0..<childBytes.count).map { UInt32(childBytes[$0]) | UInt32(bitPattern: childNodes[$0]) << 8 }
        self.isEmpty = trie.wildcardCount == 0
        var startPair = [UInt64](repeating: 0, count: 1024)
        var startQuad = [UInt64](repeating: 0, count: 1024)
        var starterPair = [UInt64](repeating: 0, count: 1024)
        var starterQuad = [UInt64](repeating: 0, count: 1024)
        var startOct = [UInt64](repeating: 0, count: 1024)
        var starterOct = [UInt64](repeating: 0, count: 1024)
        for id in 1..<max(trie.nodeOfWildcard.count, 1) {
            let node = Int(trie.nodeOfWildcard[id])
            let count = depth[node], eight = firstEight[node]
            let isStarter = starting.contains(Int32(id))
            if count < 2 {
                // Cannot happen for parsed lexicons (prefixes have at least 2 letters); keep the
                // filters correct anyway by letting every word through.
                startPair = [UInt64](repeating: ~0, count: 1024)
                if isStarter { starterPair = startPair }
                continue
            }
            if count < 4 {
                let bit = wildcardPairBit(UInt8(truncatingIfNeeded: eight), UInt8(truncatingIfNeeded: eight >> 8))
                startPair[bit >> 6] |= 1 << UInt64(bit & 63)
                if isStarter { starterPair[bit >> 6] |= 1 << UInt64(bit & 63) }
            } else if count < 8 {
                let bit = wildcardQuadBit(UInt32(truncatingIfNeeded: eight))
                startQuad[bit >> 6] |= 1 << UInt64(bit & 63)
                if isStarter { starterQuad[bit >> 6] |= 1 << UInt64(bit & 63) }
            } else {
                let bit = wildcardOctBit(eight)
                startOct[bit >> 6] |= 1 << UInt64(bit & 63)
                if isStarter { starterOct[bit >> 6] |= 1 << UInt64(bit & 63) }
            }
        }
        self.starterPair = starterPair
        self.starterQuad = starterQuad
        self.startPair = startPair
        self.startQuad = startQuad
        self.starterOct = starterOct
        self.startOct = startOct
    }
}

/// The `startPair` bit of a word's first two bytes.
@inline(__always)
func wildcardPairBit(_ b0: UInt8, _ b1: UInt8) -> Int { Int(b0) << 8 | Int(b1) }

/// The `startQuad` bit of a word's first four bytes (little-endian).
@inline(__always)
func wildcardQuadBit(_ quad: UInt32) -> Int {
    Int(truncatingIfNeeded: (UInt64(quad) &* 0x9E37_79B9_7F4A_7C15) >> 48)
}

/// The `startOct` bit of a word's first eight bytes (little-endian).
@inline(__always)
func wildcardOctBit(_ oct: UInt64) -> Int {
    Int(truncatingIfNeeded: (oct &* 0xD6E8_FEB8_6659_FD93) >> 48)
}
