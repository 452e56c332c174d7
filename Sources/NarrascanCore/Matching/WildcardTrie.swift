// Prefix wildcards (`migra*`) resolved by a byte trie over their folded prefixes. Looking a text
// word up walks the trie along the word's bytes and returns the deepest wildcard prefix on the
// path: the word matches that wildcard and every shorter one above it, which the automaton
// builder precomputes, so the scanner needs only that one number.

/// A byte trie of wildcard prefixes; terminal nodes carry wildcard ids 1...count. Each node keeps
/// a short list of (byte, child) pairs (a few entries: linear search beats hashing) and the byte
/// on its incoming edge, so a prefix is rebuilt by walking parents.
struct WildcardTrie {
    /// children[node] = (byte, child) pairs, in insertion order
    private(set) var children: [[(byte: UInt8, node: Int32)]] = [[]]
    /// terminal[node] = wildcard id, or 0
    private(set) var terminal: [Int32] = [0]
    /// parent[node], -1 for the root
    private(set) var parent: [Int32] = [-1]
    /// byte[node]: the byte on the edge into the node (0 for the root)
    private(set) var byte: [UInt8] = [0]
    /// Wildcard id -> its node.
    private(set) var nodeOfWildcard: [Int32] = [0]

    var wildcardCount: Int { nodeOfWildcard.count - 1 }

    /// The child of `node` on `b`, if any.
    func child(_ node: Int32, _ b: UInt8) -> Int32? {
        for edge in children[Int(node)] where edge.byte == b { return edge.node }
        return nil
    }

    /// Adds `prefix` and returns its wildcard id (the same id for the same prefix).
    mutating func insert(_ prefix: [UInt8]) -> Int32 {
        var node: Int32 = 0
        for b in prefix {
            if let next = child(node, b) {
                node = next
            } else {
                let next = Int32(terminal.count)
                children.append([])
                terminal.append(0)
                parent.append(node)
                byte.append(b)
                children[Int(node)].append((b, next))
                node = next
            }
        }
        if terminal[Int(node)] == 0 {
            nodeOfWildcard.append(node)
            terminal[Int(node)] = Int32(nodeOfWildcard.count - 1)
        }
        return terminal[Int(node)]
    }

    /// The bytes of wildcard `id`'s prefix.
    func prefix(of id: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var node = nodeOfWildcard[id]
        while node > 0 {
            bytes.append(byte[Int(node)])
            node = parent[Int(node)]
        }
        return bytes.reversed()
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
    /// Node n's children are childBytes/childNodes[childStart[n] ..< childStart[n + 1]], sorted by byte.
    let childStart: [Int32]
    let childBytes: [UInt8]
    let childNodes: [Int32]
    let terminal: [Int32]
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
        for k in Int(childStart[Int(node)])..<Int(childStart[Int(node) + 1]) where childBytes[k] == b { return childNodes[k] }
        return -1
    }

    init(_ trie: WildcardTrie, starting: Set<Int32>) {
        var rootChild = [Int32](repeating: -1, count: 256)
        for edge in trie.children[0] { rootChild[Int(edge.byte)] = edge.node }
        var childStart: [Int32] = []
        var childBytes: [UInt8] = []
        var childNodes: [Int32] = []
        for node in 0..<trie.children.count {
            childStart.append(Int32(childBytes.count))
            let edges = trie.children[node]
            if edges.count == 1 {
                // Most nodes (a prefix's inner letters) have one child: no sorted copy.
                childBytes.append(edges[0].byte)
                childNodes.append(edges[0].node)
            } else if edges.count > 1 {
                for edge in edges.sorted(by: { $0.byte < $1.byte }) {
                    childBytes.append(edge.byte)
                    childNodes.append(edge.node)
                }
            }
        }
        childStart.append(Int32(childBytes.count))
        self.rootChild = rootChild
        self.childStart = childStart
        self.childBytes = childBytes
        self.childNodes = childNodes
        self.terminal = trie.terminal
        self.isEmpty = trie.wildcardCount == 0
        var startPair = [UInt64](repeating: 0, count: 1024)
        var startQuad = [UInt64](repeating: 0, count: 1024)
        var starterPair = [UInt64](repeating: 0, count: 1024)
        var starterQuad = [UInt64](repeating: 0, count: 1024)
        var startOct = [UInt64](repeating: 0, count: 1024)
        var starterOct = [UInt64](repeating: 0, count: 1024)
        for id in 1..<max(trie.nodeOfWildcard.count, 1) {
            let bytes = trie.prefix(of: id)
            let isStarter = starting.contains(Int32(id))
            if bytes.count < 2 {
                // Cannot happen for parsed lexicons (prefixes have at least 2 letters); keep the
                // filters correct anyway by letting every word through.
                startPair = [UInt64](repeating: ~0, count: 1024)
                if isStarter { starterPair = startPair }
                continue
            }
            if bytes.count < 4 {
                let bit = wildcardPairBit(bytes[0], bytes[1])
                startPair[bit >> 6] |= 1 << UInt64(bit & 63)
                if isStarter { starterPair[bit >> 6] |= 1 << UInt64(bit & 63) }
            } else if bytes.count < 8 {
                let bit = wildcardQuadBit(UInt32(bytes[0]) | UInt32(bytes[1]) << 8 | UInt32(bytes[2]) << 16 | UInt32(bytes[3]) << 24)
                startQuad[bit >> 6] |= 1 << UInt64(bit & 63)
                if isStarter { starterQuad[bit >> 6] |= 1 << UInt64(bit & 63) }
            } else {
                var oct: UInt64 = 0
                for k in 0..<8 { oct |= UInt64(bytes[k]) << UInt64(8 * k) }
                let bit = wildcardOctBit(oct)
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
