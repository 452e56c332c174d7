// Match semantics, checked on a table of cases against both the compiled matcher and the naive
// reference: every occurrence, overlapping and nested ones included; wildcards; phrases across
// white space, line breaks, hyphens and quotes but never across sentence punctuation.

import Testing
@testable import NarrascanCore

@Suite struct MatcherTests {
    static let entries = """
        3 hybrid attack
        2 hybrid attack on poland
        2 attack on poland
        1 poland
        -2 so-called hybrid attack
        2 migra* crisis
        1 migrants
        1 migra*
        1 мигрант*
        2 гибридн* атак*
        1 uchodźc*
        2 straż* graniczn*
        1 west sanctions
        2 weaponi* of migra*
        """

    /// (text with ⟦⟧ around expected occurrences — crossing ones cannot be marked, so the marks are
    /// checked as a subset — and the phrases of every expected occurrence)
    static let cases: [(String, [String])] = [
        ("A ⟦hybrid attack⟧ began.", ["hybrid attack"]),
        ("nested: ⟦hybrid ⟦attack on ⟦poland⟧⟧⟧", ["hybrid attack", "poland", "hybrid attack on poland", "attack on poland"]),
        ("the ⟦so-called ⟦hybrid attack⟧⟧", ["hybrid attack", "so-called hybrid attack"]),
        ("across lines: ⟦hybrid\n\nattack⟧", ["hybrid attack"]),
        ("quoted: «⟦hybrid» “attack⟧”", ["hybrid attack"]),
        ("no match across a stop: hybrid. Attack", []),
        // a word that cannot continue the phrase in progress starts its own (ContinuationFilter)
        ("hybrid ⟦poland⟧ then attack on ⟦⟦⟦migrants⟧ crisis⟧⟧", ["poland", "migrants", "migra*", "migra* crisis"]),
        ("no match across a comma: hybrid, attack", []),
        ("the West. Sanctions; ⟦west sanctions⟧", ["west sanctions"]),
        ("⟦⟦⟦migrants⟧ crisis⟧⟧", ["migrants", "migra*", "migra* crisis"]),
        ("⟦⟦migration⟧ crisis⟧ and migr", ["migra*", "migra* crisis"]),
        ("⟦мигрантами⟧ и ⟦ГИБРИДНАЯ АТАКА⟧", ["мигрант*", "гибридн* атак*"]),
        ("⟦uchodźców⟧ ⟦Straży Granicznej⟧", ["uchodźc*", "straż* graniczn*"]),
        ("a ⟦weaponisation of ⟦⟦migrants⟧⟧⟧", ["migrants", "migra*", "weaponi* of migra*"]),
        ("partial: hybridattack hybrid-attacks polands", []),
        ("⟦hybrid-attack⟧", ["hybrid attack"]),
        ("", []),
    ]

    func setUp() throws -> (PhraseMatcher, ReferencePhraseMatcher, [LexiconEntry]) {
        let lexicons = try set(lexicon(Self.entries))
        return (try PhraseMatcher(lexicons: lexicons), ReferencePhraseMatcher(lexicons: lexicons), lexicons.lexicons[0].entries)
    }

    @Test(arguments: cases)
    func findsEveryOccurrence(fixture: String, expected: [String]) throws {
        let (matcher, reference, entries) = try setUp()
        let (text, spans) = marked(fixture)
        let fast = matcher.matches(in: text).sorted()
        let naive = reference.matches(in: text)
        #expect(fast == naive, "fast and reference matchers disagree")
        #expect(Set(spans).isSubset(of: Set(fast.map { $0.start..<$0.end })))
        #expect(fast.count == expected.count)
        #expect(fast.map { entries[$0.entry].phrase }.sorted() == expected.sorted())
    }

    @Test func reportsWordIndexesAndOrderByEnd() throws {
        let (matcher, _, entries) = try setUp()
        let matches = matcher.matches(in: Array("x hybrid attack on poland".utf8))
        #expect(matches.map { entries[$0.entry].phrase } == ["hybrid attack", "poland", "hybrid attack on poland", "attack on poland"] || matches.map(\.lastWord) == matches.map(\.lastWord).sorted())
        let full = try #require(matches.first { entries[$0.entry].phrase == "hybrid attack on poland" })
        #expect(full.firstWord == 1 && full.lastWord == 4)
    }

    @Test func theSamePhraseInTwoNarrativesMatchesForBoth() throws {
        let a = try lexicon(named: "a", "2 pushed back\n")
        let b = try lexicon(named: "b", "1 pushed back\n")
        let matcher = try PhraseMatcher(lexicons: set(a, b))
        let matches = matcher.matches(in: Array("they were pushed back".utf8))
        #expect(matches.map { matcher.narrativeOfEntry[$0.entry] }.sorted() == [0, 1])
    }

    @Test func overlappingWildcardsAllMatch() throws {
        let l = try lexicon("2 ab*\n1 abc*\n1 abcd\n3 abc* x\n")
        let lexicons = try set(l)
        let matcher = try PhraseMatcher(lexicons: lexicons)
        let reference = ReferencePhraseMatcher(lexicons: lexicons)
        for text in ["abcd x", "abcde x", "ab x", "abx abc abcd abcdx x", "abcd abcd x"] {
            #expect(matcher.matches(in: Array(text.utf8)).sorted() == reference.matches(in: Array(text.utf8)), "\(text)")
        }
    }

    @Test func refusesLexiconsBeyondTheLimits() throws {
        var limits = AutomatonLimits()
        limits.maxEntries = 3
        let l = try lexicon("1 a1\n1 a2\n1 a3\n1 a4\n")
        #expect(throws: LexiconErrors.self) { try PhraseMatcher(lexicons: set(l), limits: limits) }
    }

    @Test func refusesWildcardPrefixesBeyondTheTrieLimit() throws {
        // The root and 34 distinct prefix bytes: "migrants" shares "migra", "ab" shares "abcdefghij".
        let l = try lexicon("1 migra* crisis\n1 migrants* x\n1 abcdefghij* y\n1 klmnopqrstuvwxyz* z\n1 ab*\n")
        var limits = AutomatonLimits()
        limits.maxWildcardTrieNodes = 34
        #expect(throws: LexiconErrors.self) { try PhraseMatcher(lexicons: set(l), limits: limits) }
        limits.maxWildcardTrieNodes = 35
        #expect(try PhraseMatcher(lexicons: set(l), limits: limits).matches(in: Array("migrants crisis".utf8)).count == 1)
    }
}
