// Voice attribution: each voice in several languages, the precedence of refuted over quoted, scare
// quotes, and the classifier's own-voice-only scoring. Spans are marked inline with ⟦…⟧.

import NarrascanCore
import Testing

struct VoiceAttributionTests {
    static let attribution = VoiceAttribution()

    @Test(arguments: [
        // own voice
        ("The ⟦West is to blame⟧ for this crisis.", Voice.own),
        ("Во всём ⟦виноват Запад⟧, и это очевидно.", .own),
        ("Rodziny z dziećmi koczują ⟦w lesie⟧ bez jedzenia.", .own),
        ("Die ⟦Doppelmoral der EU⟧ zeigt sich am Zaun.", .own),
        ("The so-called “⟦hybrid attack⟧” is a Western invention.", .own),  // scare quotes: too short to be a quote
        ("The U.S. said nothing. The ⟦West is to blame⟧ for this crisis.", .own),
        // quoted: quotation marks
        ("“The ⟦West is to blame⟧ for everything at the border,” the minister told reporters.", .quoted),
        ("„To ⟦wina Zachodu⟧ i nikogo innego” – stwierdził rzecznik.", .quoted),
        ("«Во всём ⟦виноват Запад⟧ и его войны», — сказал министр.", .quoted),
        ("Er nannte es „eine ⟦Doppelmoral der EU⟧ ohne Beispiel“ und ging.", .quoted),
        ("\"Europe created this crisis, ⟦not us⟧,\" he wrote.", .quoted),
        ("“We are not to blame. The ⟦EU created this crisis⟧ with its wars and its walls,” he added.", .quoted),
        // quoted: reported speech
        ("Lukashenko said the ⟦West is to blame⟧ for the crisis.", .quoted),
        ("According to the ministry, Belarus uses ⟦migrants as a weapon⟧.", .quoted),
        ("Лукашенко заявил, что ⟦виноват Запад⟧.", .quoted),
        ("Według rzecznika to ⟦wina Zachodu⟧.", .quoted),
        ("Pasak ministrės, tai ⟦hibridinė ataka⟧.", .quoted),
        ("Laut Minsk ist die ⟦Doppelmoral der EU⟧ schuld.", .quoted),
        ("قال الوزير إن ⟦الحروب الغربية⟧ سبب الأزمة.", .quoted),
        ("Лукашэнка заявіў, што ⟦вінаваты Захад⟧.", .quoted),
        // refuted: same sentence, next sentence, short previous sentence
        ("The claim that the ⟦EU is to blame⟧ is false.", .refuted),
        ("State TV said the ⟦West is to blame⟧. This is misleading: flights came from Minsk.", .refuted),
        ("FALSE. The ⟦West is to blame⟧ for the crisis, a viral post says.", .refuted),
        ("Утверждение, что ⟦виноват Запад⟧, не соответствует действительности.", .refuted),
        ("Nieprawda, że to ⟦wina Zachodu⟧.", .refuted),
        ("Die Behauptung über die ⟦Doppelmoral der EU⟧ ist irreführend.", .refuted),
        ("Tai melas, kad ⟦Vakarų karai⟧ sukūrė krizę.", .refuted),
        ("الادعاء بأن ⟦الحروب الغربية⟧ سبب الأزمة ادعاء زائف.", .refuted),
        ("Это фейк: ⟦польские силовики⟧ никого не избивали на видео.", .refuted),
    ])
    func classifiesTheVoiceOfAMarkedSpan(fixture: String, expected: Voice) {
        let (text, spans) = marked(fixture)
        let map = Self.attribution.analyze(text)
        #expect(map.voice(of: spans[0]) == expected, "\(fixture)")
    }

    @Test func aRefutationTwoSentencesAwayDoesNotCount() {
        let (text, spans) = marked("The story is false. Nobody checked it. The ⟦West is to blame⟧ for this crisis.")
        #expect(Self.attribution.analyze(text).voice(of: spans[0]) == .own)
    }

    @Test func aCueInsideTheMatchIsNotItsOwnRefutation() {
        let (text, spans) = marked("Minsk ran a ⟦disinformation campaign⟧ about the border.")
        #expect(Self.attribution.analyze(text).voice(of: spans[0]) == .own)
    }

    @Test func anUnclosedQuoteEndsWithItsParagraph() {
        let (text, spans) = marked("He began: “this is a long speech about many things\nThe ⟦West is to blame⟧ for this crisis.")
        #expect(Self.attribution.analyze(text).voice(of: spans[0]) == .own)
    }

    @Test func sentencesCoverTheTextAndFindTheSentenceOfAMatch() {
        let (text, spans) = marked("First one. Second ⟦one⟧ here! Third?")
        let map = Self.attribution.analyze(text)
        #expect(map.sentences.first?.lowerBound == 0 && map.sentences.last?.upperBound == text.count)
        let sentence = map.sentence(containing: spans[0])
        #expect(String(decoding: text[sentence], as: UTF8.self) == " Second one here!")  // from the end of the previous one
    }

    @Test func theClassifierCountsVoicesAndCanScoreOwnVoiceOnly() throws {
        let classifier = try NarrativeClassifier(lexicons: set(try lexicon(named: "blame", "3 west is to blame\n")))
        let text = "The West is to blame. Lukashenko said the West is to blame. Nobody disagreed. The claim that the West is to blame is false."
        let plain = classifier.classify(text)
        #expect(plain.narratives[0].voices == nil)
        #expect(plain.narratives[0].evidence.allSatisfy { $0.voice == nil })

        let all = classifier.attributingVoices().classify(text)
        #expect(all.narratives[0].voices == VoiceCounts(own: 1, quoted: 1, refuted: 1))
        #expect(all.narratives[0].evidence.map(\.voice) == [.own, .quoted, .refuted])
        #expect(all.narratives[0].score == plain.narratives[0].score)

        let own = classifier.attributingVoices(counting: [.own]).classify(text)
        #expect(own.narratives[0].evidence.map(\.voice) == [.own])
        #expect(own.narratives[0].voices == VoiceCounts(own: 1, quoted: 1, refuted: 1))
        #expect(own.narratives[0].score < plain.narratives[0].score)

        let factCheck = "The claim that the West is to blame is false."
        #expect(classifier.classify(factCheck).labels == ["blame"])
        #expect(classifier.attributingVoices(counting: [.own]).classify(factCheck).labels.isEmpty)
        #expect(classifier.attributingVoices(counting: [.own]).classify("No matches here.").narratives[0].voices == VoiceCounts())
    }
}
