// Entries that lower a score by matching: a longer, lighter entry that wins the overlap against a
// heavier entry of its narrative inside it. Each finding is checked against what the scorer does.

import Testing
@testable import NarrascanCore

@Suite struct ShadowedEntryTests {
    func findings(_ entries: String) throws -> [(String, String)] {
        let lex = try lexicon(entries)
        return ShadowedEntry.find(in: lex).map { (lex.entries[$0.shadowing].phrase, lex.entries[$0.hidden].phrase) }
    }

    @Test func aLighterLongerEntryHidesTheHeavierOneInside() throws {
        let found = try findings("2 scapegoat*\n1.5 convenient scapegoat\n")
        #expect(found.count == 1)
        #expect(found.first?.0 == "convenient scapegoat" && found.first?.1 == "scapegoat*")
        // What the warning says is what the scorer does: the longer phrase lowers the score.
        let text = "a convenient scapegoat"
        let withBoth = try NarrativeClassifier(lexicons: set(lexicon("2 scapegoat*\n1.5 convenient scapegoat\n")))
        let shorterOnly = try NarrativeClassifier(lexicons: set(lexicon("2 scapegoat*\n")))
        #expect(withBoth.classify(text).narratives[0].raw < shorterOnly.classify(text).narratives[0].raw)
    }

    @Test func anEqualOrHeavierLongerEntryIsFine() throws {
        #expect(try findings("2 scapegoat*\n2 convenient scapegoat\n3 west is to blame\n").isEmpty)
        #expect(try findings("1 border\n2 border guards beat\n").isEmpty)
    }

    @Test func theHeaviestHiddenEntryIsNamedOnce() throws {
        let found = try findings("1 guards\n2.5 guards beat\n2 beat migrants\n1.5 guards beat migrants\n")
        #expect(found.count == 1)
        #expect(found.first?.0 == "guards beat migrants" && found.first?.1 == "guards beat")
    }

    @Test func wildcardWordsMatchInsideAnEntryAsTheyWouldInText() throws {
        // "militaryzacj* granic*" read as text is "militaryzacj granic": "militaryzacj*" matches it.
        #expect(try findings("2 militaryzacj*\n1.5 militaryzacj* granic*\n").map(\.1) == ["militaryzacj*"])
        // The wildcard's stem is the word it reads as: "war* crimes" holds "war crimes", where an
        // exact "war" matches too and loses; an exact word longer than the stem does not match it.
        #expect(try findings("2 war\n1 war* crimes\n").map(\.1) == ["war"])
        #expect(try findings("2 warfare\n1 war* crimes\n").isEmpty)
    }

    @Test func overTheSameWordsTheScorersOrderDecides() throws {
        // Same words: more exact words win, so the exact "war in iraq" is not hidden by "war* in iraq".
        #expect(try findings("1.5 war in iraq\n1 war* in iraq\n").isEmpty)
        // Same words and specificity: the earlier entry wins, so only a lighter earlier one hides.
        #expect(try findings("2 обморожен*\n1.5 обморожени*\n").isEmpty)
        #expect(try findings("1.5 обморожени*\n2 обморожен*\n").map(\.0) == ["обморожени*"])
        let c = try NarrativeClassifier(lexicons: set(lexicon("1.5 обморожени*\n2 обморожен*\n")))
        #expect(abs(c.classify("обморожение").narratives[0].raw - 1.5) < 1e-9)
    }

    @Test func counterEvidenceIsMeantToReplaceWhatItContains() throws {
        #expect(try findings("3 hybrid attack\n-3 so called hybrid attack\n").isEmpty)
        // and a positive entry over counter-evidence raises the score: not a finding either.
        #expect(try findings("-2 hybrid attack\n1 mocking hybrid attack\n").isEmpty)
    }
}
