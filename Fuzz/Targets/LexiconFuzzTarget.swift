// Fuzzes the lexicon parser and the automaton compiler: no crash on any bytes; an accepted lexicon
// stays within the parser's documented caps, compiles within the automaton's caps, and each of its
// entries, written out as plain words, is found by the compiled matcher exactly where the naive
// `ReferencePhraseMatcher` finds it.

import NarrascanCore

/// `lexicon`: parse, compile, and match each entry's own words.
public struct LexiconFuzzTarget: FuzzTarget {
    public let name = "lexicon"
    public let seeds = FuzzSeeds("Fuzz/Seeds/lexicon/*.lex")
    public let maxInputBytes = 1024

    public init() {}

    public func check(_ input: UnsafeBufferPointer<UInt8>) throws(FuzzFailure) {
        let lexicon: Lexicon
        do {
            lexicon = try LexiconParser().parse(Array(input), source: "fuzz.lex")
        } catch {
            try require(!error.diagnostics.isEmpty, "rejected without a diagnostic")
            for d in error.diagnostics {
                try require(d.line >= 0 && d.column >= 0, "diagnostic at a negative position: \(d)")
            }
            return
        }
        try require(lexicon.entries.count <= LexiconParser.maxEntries, "\(lexicon.entries.count) entries accepted")
        for entry in lexicon.entries {
            try require(!entry.words.isEmpty && entry.words.count <= LexiconParser.maxPhraseWords, "entry '\(entry.phrase)' has \(entry.words.count) words")
            for word in entry.words {
                try require(!word.bytes.isEmpty && word.bytes.count <= LexiconParser.maxWordBytes, "entry '\(entry.phrase)' has a word of \(word.bytes.count) bytes")
            }
        }
        let set: LexiconSet
        do { set = try LexiconSet([lexicon]) } catch {
            throw FuzzFailure(target: name, message: "one accepted lexicon is not a valid set: \(error)")
        }
        let limits = AutomatonLimits()
        let matcher: PhraseMatcher
        do { matcher = try PhraseMatcher(lexicons: set, limits: limits) } catch {
            throw FuzzFailure(target: name, message: "an accepted lexicon of \(input.count) bytes does not compile: \(error)")
        }
        try require(matcher.stateCount <= limits.maxStates && matcher.transitionCount <= limits.maxTransitions, "automaton of \(matcher.stateCount) states, \(matcher.transitionCount) transitions")
        // Every entry's words, as a text, contain that entry; the fast and naive matchers agree.
        let reference = ReferencePhraseMatcher(lexicons: set)
        for (e, entry) in lexicon.entries.enumerated().prefix(16) {
            var text: [UInt8] = []
            for word in entry.words {
                if !text.isEmpty { text.append(0x20) }
                text += word.bytes
            }
            let fast = matcher.matches(in: text).sorted()
            let naive = reference.matches(in: text).sorted()
            try require(fast == naive, "on '\(String(decoding: text, as: UTF8.self))' the matcher found \(fast), the reference \(naive)")
            try require(fast.contains { $0.entry == e && $0.start == 0 && $0.end == text.count }, "entry \(e) '\(entry.phrase)' is not found in its own words '\(String(decoding: text, as: UTF8.self))': \(fast)")
        }
    }
}
