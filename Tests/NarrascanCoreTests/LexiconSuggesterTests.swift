// `LexiconSuggester`, `PhraseCandidateCutter` and `Keyness`: the candidates a text yields, the
// statistic's behaviour on small and large counts, and the ranking on a planted corpus.

import Testing
@testable import NarrascanCore

@Suite struct KeynessTests {
    @Test func noDifferenceGivesZero() {
        let k = Keyness(inGroup: 10, groupSize: 100, outside: 30, othersSize: 300)
        // Not exactly zero: the prior's centre is kept off 0 and 1 by half a document.
        #expect(abs(k.logOdds) < 0.01)
        #expect(abs(k.z) < 0.01)
    }

    @Test func overRepresentedIsPositiveAndUnderRepresentedNegative() {
        #expect(Keyness(inGroup: 30, groupSize: 100, outside: 3, othersSize: 400).z > 3)
        #expect(Keyness(inGroup: 1, groupSize: 100, outside: 60, othersSize: 400).z < -3)
    }

    @Test func theSameShareOnMoreDocumentsIsSurer() {
        let small = Keyness(inGroup: 3, groupSize: 10, outside: 1, othersSize: 40)
        let large = Keyness(inGroup: 30, groupSize: 100, outside: 10, othersSize: 400)
        #expect(large.z > small.z)
    }

    @Test func thePriorPullsTinyCountsTowardsZero() {
        // 2 of 2 positives and none of 100 others: a raw log-odds ratio would be infinite.
        let tiny = Keyness(inGroup: 2, groupSize: 2, outside: 0, othersSize: 100)
        #expect(tiny.logOdds.isFinite && tiny.z.isFinite)
        #expect(tiny.z < Keyness(inGroup: 20, groupSize: 40, outside: 2, othersSize: 100).z)
        // A weaker prior trusts the counts more.
        #expect(Keyness(inGroup: 2, groupSize: 2, outside: 0, othersSize: 100, priorStrength: 1).logOdds > tiny.logOdds)
    }
}

@Suite struct PhraseCandidateTests {
    func candidates(_ text: String, maxWords: Int = 3, stem: Int = 6) -> [String] {
        var out: [String] = []
        let cutter = PhraseCandidateCutter(options: PhraseCandidateOptions(maxWords: maxWords, stemLength: stem))
        cutter.forEachCandidate(in: Tokenizer().tokens(in: text)) { out.append($0.phrase) }
        return out
    }

    @Test func runsStopAtHardSeparatorsAndSkipNumbersAndLetters() {
        #expect(candidates("Brussels refused. Dialogue", stem: 0) == ["brussels", "brussels refused", "refused", "dialogue"])
        #expect(candidates("the EU's 2021 walls", stem: 0) == ["the", "the eu", "eu", "walls"])
    }

    @Test func longWordsAlsoGiveWildcardForms() {
        #expect(candidates("мигрантов замерзли", maxWords: 2) == ["мигрантов", "мигран*", "мигрантов замерзли", "мигран* замерз*", "замерзли", "замерз*"])
        #expect(PhraseCandidateCutter().stem("Łukaszenki".lowercased()) == "łukasz*")
        #expect(PhraseCandidateCutter().stem("wall") == "wall")
    }
}

@Suite struct LexiconSuggesterTests {
    /// Ten positives that all say "sanctions destroyed cooperation" in different words around it,
    /// ten others about the weather; "minsk" is everywhere.
    static let documents: [SuggestionDocument] = {
        var docs: [SuggestionDocument] = []
        for k in 0..<10 {
            docs.append(SuggestionDocument(
                id: "p\(k)", text: Array("Minsk says Western sanctions destroyed cooperation on the border, report \(k).".utf8),
                labels: ["blame"]))
            docs.append(SuggestionDocument(
                id: "n\(k)", text: Array("Minsk weather: rain and wind on day \(k), sanctions aside.".utf8), labels: []))
        }
        return docs
    }()

    @Test func ranksThePlantedPhraseAndNotTheSharedWords() throws {
        let s = LexiconSuggester(documents: Self.documents, options: PhraseCandidateOptions(maxWords: 4, stemLength: 0))
        let r = s.suggest(for: "blame", options: SuggestionOptions(minCount: 3, top: 50))
        #expect(r.positives == 10 && r.others == 10)
        let phrases = r.phrases.map(\.phrase)
        // Words in every document, and words more common outside, are never suggested.
        #expect(!phrases.contains("minsk") && !phrases.contains("sanctions") && !phrases.contains("rain"))
        let destroyed = try #require(r.phrases.first { $0.phrase == "destroyed" })
        #expect(destroyed.positiveDocuments == 10 && destroyed.otherDocuments == 0)
        // "sanctions destroyed" occurs exactly where "destroyed" does: the longer one is dropped.
        #expect(!phrases.contains("sanctions destroyed"))
        #expect(r.phrases.map(\.keyness.z) == r.phrases.map(\.keyness.z).sorted(by: >))
        #expect(destroyed.examples.count == 2)
        #expect(destroyed.examples[0] == "Minsk says Western sanctions [destroyed] cooperation on the border, report 0")
        let long = LexiconSuggester.context(
            Array("one two three four five six seven eight nine ten eleven twelve thirteen fourteen".utf8),
            Tokenizer().tokens(in: "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"), first: 7, words: 1)
        #expect(long == "…two three four five six seven [eight] nine ten eleven twelve thirteen fourteen")
    }

    @Test func minCountAndTopLimitTheList() {
        let s = LexiconSuggester(documents: Self.documents)
        #expect(s.suggest(for: "blame", options: SuggestionOptions(minCount: 11)).phrases.isEmpty)
        #expect(s.suggest(for: "blame", options: SuggestionOptions(top: 2)).phrases.count == 2)
        #expect(s.labelledNarratives == ["blame"])
    }

    @Test func saysWhichEntryAlreadyCoversAPhrase() throws {
        let lexicon = try lexicon(named: "blame", "2 destroy*\n-1 western")
        let classifier = try NarrativeClassifier(lexicons: LexiconSet([lexicon]))
        let s = LexiconSuggester(documents: Self.documents, options: PhraseCandidateOptions(maxWords: 3, stemLength: 0))
        let r = s.suggest(for: "blame", options: SuggestionOptions(top: 100), classifier: classifier)
        let covered = r.phrases.filter { $0.coveredBy != nil }.map(\.phrase)
        #expect(!covered.isEmpty)
        #expect(covered.allSatisfy { $0.contains("destroyed") || $0.contains("western") })
        #expect(r.phrases.first { $0.phrase == "destroyed" }?.coveredBy?.phrase == "destroy*")
        #expect(r.phrases.first { $0.phrase == "destroyed" }?.coveredBy?.weight == 2)
        #expect(r.phrases.first { $0.phrase == "cooperation" }?.coveredBy == nil)
        // Counter-evidence covers too, with its negative weight.
        #expect(r.phrases.first { $0.phrase == "western" }?.coveredBy?.weight == -1)
    }
}
