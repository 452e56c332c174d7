// The scorer: the formula, monotonicity in evidence, thresholds, overlap resolution, length
// normalisation.

import Testing
@testable import NarrascanCore

@Suite struct ScorerTests {
    func classifier(_ entries: String, threshold: Double = 0.5) throws -> NarrativeClassifier {
        try NarrativeClassifier(lexicons: set(lexicon(threshold: threshold, entries)))
    }

    @Test func followsTheDocumentedFormula() throws {
        let c = try classifier("3 hybrid attack\n1 minsk\n")
        let s = c.classify("Minsk: hybrid attack, hybrid attack.").narratives[0]
        // 3 × (1 + 0.5) + 1 = 5.5 in 6 words (< 100: no length scaling)
        #expect(abs(s.raw - 5.5) < 1e-9)
        #expect(abs(s.score - (1 - exp(-5.5 / 3))) < 1e-9)
        #expect(s.labelled)
    }

    @Test func moreEvidenceNeverLowersTheScore() throws {
        let c = try classifier("2 hybrid attack\n1 weaponised\n0.5 minsk\n")
        var text = "Report."
        var last = c.classify(text).narratives[0].score
        for addition in [" Minsk said.", " A hybrid attack.", " It was weaponised.", " Another hybrid attack.", " Minsk again."] {
            text += addition
            let now = c.classify(text).narratives[0].score
            #expect(now >= last, "adding '\(addition)' lowered the score")
            last = now
        }
        #expect(last > 0 && last < 1)
    }

    @Test func repeatsHaveDiminishingReturns() throws {
        let c = try classifier("1 pushback\n")
        let raws = (1...6).map { n in c.classify(Array(repeating: "pushback.", count: n).joined(separator: " ")).narratives[0].raw }
        for k in 1..<raws.count { #expect(raws[k] - raws[k - 1] < raws[max(0, k - 1)] - (k >= 2 ? raws[k - 2] : 0) + 1e-12) }
        #expect(raws.last! < 2)
    }

    @Test(arguments: [(0.3, true), (0.62, true), (0.64, false), (0.9, false)])
    func thresholdDecidesTheLabel(threshold: Double, labelled: Bool) throws {
        // One weight-3 phrase alone: score = 1 − e^(−1) ≈ 0.632
        let c = try classifier("3 hybrid attack\n", threshold: threshold)
        #expect(c.classify("a hybrid attack").narratives[0].labelled == labelled)
    }

    @Test func aLongerPhraseSubsumesShorterOnesOfTheSameNarrative() throws {
        let c = try classifier("3 hybrid attack\n-3 so-called hybrid attack\n")
        let s = c.classify("the so-called hybrid attack").narratives[0]
        #expect(s.evidence.map(\.phrase) == ["so-called hybrid attack"])
        #expect(s.score == 0 && !s.labelled)
    }

    @Test func identicalSpansCountOnceForTheMostSpecificEntry() throws {
        let c = try classifier("1 migra*\n2 migrants\n")
        let s = c.classify("migrants").narratives[0]
        #expect(s.evidence.map(\.phrase) == ["migrants"])
        #expect(s.raw == 2)
    }

    @Test func narrativesDoNotSubsumeEachOther() throws {
        let lexicons = try set(lexicon(named: "a", "2 hybrid attack on poland\n"), lexicon(named: "b", "2 hybrid attack\n"))
        let c = try NarrativeClassifier(lexicons: lexicons)
        let s = c.classify("a hybrid attack on poland")
        #expect(s.narratives.map(\.evidence.count) == [1, 1])
    }

    @Test func lengthNormalisationScalesLongTextsOnly() throws {
        let c = try classifier("3 hybrid attack\n")
        let short = c.classify("hybrid attack " + String(repeating: "word ", count: 90)).narratives[0].score
        let shorter = c.classify("hybrid attack").narratives[0].score
        #expect(short == shorter)
        let long = c.classify("hybrid attack " + String(repeating: "word ", count: 398)).narratives[0]
        #expect(abs(long.score - (1 - exp(-(3 / 2.0) / 3))) < 1e-9)  // 400 words: raw / sqrt(4)
    }

    @Test func countsWordsAndInvalidBytes() throws {
        let c = try classifier("1 x\n")
        let s = c.classify([0x61, 0x20, 0xFF, 0x62])
        #expect(s.words == 2 && s.invalidBytes == 1)
        #expect(c.classify("").narratives[0].score == 0)
    }
}

import Foundation

/// Scoring without evidence (what `score` does unless --evidence asks) gives the same scores,
/// raw sums and labels, with every narrative's evidence empty.
@Suite struct ScoringWithoutEvidenceTests {
    @Test(arguments: [
        "Minsk: hybrid attack, so-called hybrid attack. Hybrid attack! weaponised migrants, Minsk again.",
        "nothing here",
        "",
        "hybrid attack hybrid attack hybrid attack weaponised weaponised minsk so-called hybrid attack",
    ])
    func scoresAndLabelsAreTheSame(text: String) throws {
        let c = try NarrativeClassifier(
            lexicons: set(
                lexicon(named: "a", threshold: 0.3, "3 hybrid attack\n-3 so-called hybrid attack\n1 minsk\n2 weaponised migra*\n"),
                lexicon(named: "b", threshold: 0.5, "1 hybrid\n2 attack\n1 minsk again\n")))
        let scratch = MatchScratch()
        let bytes = Array(text.utf8)
        let full = bytes.withUnsafeBufferPointer { c.classify($0, scratch: scratch, evidence: true) }
        let lean = bytes.withUnsafeBufferPointer { c.classify($0, scratch: scratch, evidence: false) }
        #expect(full == c.classify(text))
        var stripped = full
        for n in stripped.narratives.indices { stripped.narratives[n].evidence = [] }
        #expect(lean == stripped)
        #expect(lean.narratives.allSatisfy { $0.evidence.isEmpty })
        if text.contains("attack") { #expect(full.narratives.contains { !$0.evidence.isEmpty }) }
    }
}
