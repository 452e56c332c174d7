// The automaton builder's own tables, checked where the bundled lexicons never reach: the state
// table growing past its initial size (and telling states apart by more than their hash's top
// bits), and target sets larger than the subset construction's initial scratch. Matching is
// checked against the reference matcher; the state table against a dictionary of node sets.

import Testing
@testable import NarrascanCore

@Suite struct AutomatonBuilderTests {
    @Test("interned states: the same set is the same state, a new set a new one, through growth")
    func internedStatesGrow() throws {
        var r = TestRandom(41)
        var states = InternedStates(expected: 1)
        var known: [[Int32]: Int32] = [[0]: 0]
        for _ in 0..<5_000 {
            // Sorted, repeat-free sets of 1-6 nodes from a small range, so that sets repeat often.
            var set = Set<Int32>([0])
            for _ in 0..<r.below(6) { set.insert(Int32(1 + r.below(40))) }
            let sorted = set.sorted()
            let got = try sorted.withUnsafeBufferPointer { try states.intern($0, limit: 1_000_000) }
            if let want = known[sorted] {
                #expect(got == want, "\(sorted)")
            } else {
                #expect(got == Int32(known.count), "\(sorted)")
                known[sorted] = got
            }
        }
        #expect(states.count == known.count)
        #expect(known.count > 1_000)
        for (set, s) in known {
            let (lo, hi) = states.range(of: Int(s))
            #expect(Array(states.nodes[lo..<hi]) == set)
        }
    }

    @Test("a state of more than 64 trie nodes matches like the reference")
    func largeTargetSets() throws {
        // A 64-word phrase of one wildcard: after k matching words the state holds the root and
        // the chain's nodes 1...k, 65 nodes at the end; shorter phrases nest inside it.
        let chain = Array(repeating: "mi*", count: 64).joined(separator: " ")
        let lexicons = try LexiconSet([
            lexicon(named: "chain", "1 \(chain)\n1 mi* mi* mi*\n1 migrants migrants\n1 mig* crisis\n"),
        ])
        let fast = try PhraseMatcher(lexicons: lexicons)
        let reference = ReferencePhraseMatcher(lexicons: lexicons)
        let scratch = MatchScratch()
        for words in [3, 63, 64, 65, 70, 140] {
            let text = Array((Array(repeating: "migrants", count: words).joined(separator: " ") + " crisis").utf8)
            _ = text.withUnsafeBufferPointer { fast.scan($0, scratch: scratch) }
            #expect(scratch.matches.sorted() == reference.matches(in: text), "\(words) words")
        }
    }
}
