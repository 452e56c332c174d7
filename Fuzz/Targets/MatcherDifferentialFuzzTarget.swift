// Differential fuzzing of the phrase matcher: on fuzzer-chosen text, the compiled automaton (with
// its skimming fast path, token classes and wildcard trie) must report exactly the matches of the
// naive `ReferencePhraseMatcher`, against a small fixed lexicon that has overlapping and nested
// phrases, prefix wildcards that nest, repeated words and three scripts.

import NarrascanCore

/// `matcher`: `PhraseMatcher` against `ReferencePhraseMatcher` on the same text.
public struct MatcherDifferentialFuzzTarget: FuzzTarget {
    public let name = "matcher"
    public let seeds = FuzzSeeds("Samples/dev/*.txt")
    public let maxInputBytes = 256
    let fast: PhraseMatcher
    let reference: ReferencePhraseMatcher

    /// The fixed lexicon: small enough that the fuzzer can spell its phrases, varied enough to
    /// reach every kind of automaton state.
    static let lexicon = """
        @narrative fuzz-a
        @title Fuzz A
        @description Overlapping, nested and wildcard phrases in three scripts.
        @threshold 0.5
        @lang en
        3 hybrid attack
        -3 so called hybrid attack
        2 hybrid
        2 migra*
        1 migrant crisis
        1.5 mi* cr*
        2 eu s wars
        1 wars wars
        1 a a a
        2 border guard*
        @lang ru
        3 гибридн* атак*
        2 мигрант*
        @lang ar
        2 حرب هجينة
        """
    static let lexiconB = """
        @narrative fuzz-b
        @title Fuzz B
        @description Phrases that share words with fuzz-a.
        @threshold 0.5
        2 hybrid war*
        1 attack
        1 ab* abc* abcd
        1 crisis crisis
        """

    public init() {
        let parser = LexiconParser()
        do {
            let set = try LexiconSet([
                try parser.parse(Array(Self.lexicon.utf8), source: "fuzz-a.lex"),
                try parser.parse(Array(Self.lexiconB.utf8), source: "fuzz-b.lex"),
            ])
            fast = try PhraseMatcher(lexicons: set)
            reference = ReferencePhraseMatcher(lexicons: set)
        } catch {
            fatalError("the matcher fuzz target's own lexicon is invalid: \(error)")
        }
    }

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        let text = Array(input)
        let got = fast.matches(in: text).sorted()
        let want = reference.matches(in: text).sorted()
        try require(got == want, "PhraseMatcher found \(got), ReferencePhraseMatcher \(want)")
    }
}
