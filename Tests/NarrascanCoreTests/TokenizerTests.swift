// The tokenizer: word boundaries, folding per script, byte offsets, hard breaks, invalid UTF-8.

import Testing
@testable import NarrascanCore

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    @Test(arguments: [
        ("Hybrid ATTACK on Poland", ["hybrid", "attack", "on", "poland"]),
        ("ŁUKASZENKA Straż Graniczna ŻÓŁW", ["łukaszenka", "straż", "graniczna", "żółw"]),
        ("PABĖGĖLIAI Lietuvos ŪKIS ĄŽUOLAS", ["pabėgėliai", "lietuvos", "ūkis", "ąžuolas"]),
        ("Latvijā ĢIMENE ĶĒNIŅŠ", ["latvijā", "ģimene", "ķēniņš"]),
        ("ÄRGER Über GRÖßE Straße", ["ärger", "über", "größe", "straße"]),
        ("Мигранты НА ГРАНИЦЕ Ёлка ещё", ["мигранты", "на", "границе", "елка", "еще"]),
        ("БЕЛАРУСЬ Ўзброеныя Іншыя бежанцаў", ["беларусь", "ўзброеныя", "іншыя", "бежанцаў"]),
        ("Ґанок ЄВРОПА Її", ["ґанок", "європа", "її"]),
        ("المُهاجِرون أوروبا إلى الحدود", ["المهاجرون", "اوروبا", "الي", "الحدود"]),
        ("مدينـــة ٢٠٢١", ["مدينه", "2021"]),
        ("ΕΛΛΆΔΑ Σοφός", ["ελλάδα", "σοφόσ"]),
        ("İstanbul", ["istanbul"]),
    ])
    func foldsScripts(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test func hyphensAndApostrophesSplitSoftly() {
        let tokens = tokenizer.tokens(in: "anti-migrant EU's так-называемые з'езд")
        #expect(tokens.map(\.folded) == ["anti", "migrant", "eu", "s", "так", "называемые", "з", "езд"])
        #expect(tokens.allSatisfy { !$0.hardBreakBefore })
    }

    @Test func punctuationBreaksPhrasesButWhitespaceDoesNot() {
        let tokens = tokenizer.tokens(in: "the West. Sanctions, then\n\u{00A0}«quoted» — dash (paren) end!")
        #expect(tokens.map(\.folded) == ["the", "west", "sanctions", "then", "quoted", "dash", "paren", "end"])
        #expect(tokens.map(\.hardBreakBefore) == [false, false, true, true, false, false, true, true])
    }

    @Test func offsetsPointAtTheOriginalBytes() {
        let (text, spans) = marked("⟦Ёжик⟧, ⟦ŻÓŁW⟧ ⟦and⟧ ⟦مُهاجِر⟧ — ⟦x2⟧")
        let tokens = tokenizer.tokens(in: text).tokens
        #expect(tokens.map(\.range) == spans)
    }

    @Test func combiningAndIgnorableMarksStayInsideTheWord() {
        let (text, spans) = marked("⟦soft\u{00AD}hyphen⟧ ⟦zero\u{200D}joiner⟧ ⟦cafe\u{0301}⟧")
        let tokens = tokenizer.tokens(in: text).tokens
        #expect(tokens.map(\.range) == spans)
        #expect(tokens.map(\.folded) == ["softhyphen", "zerojoiner", "cafe\u{0301}"])
    }

    @Test(arguments: [
        ([0x61, 0xC3, 0x62], "truncated two-byte sequence"),
        ([0x61, 0xE2, 0x82, 0x62], "truncated three-byte sequence"),
        ([0x61, 0xC0, 0xAF, 0x62], "overlong encoding of '/'"),
        ([0x61, 0xED, 0xA0, 0x80, 0x62], "encoded lone surrogate"),
        ([0x61, 0x80, 0x62], "stray continuation byte"),
        ([0x61, 0xF5, 0x62], "byte that never starts UTF-8"),
        ([0x61, 0xF4, 0x90, 0x80, 0x80, 0x62], "above U+10FFFF"),
    ] as [([UInt8], String)])
    func invalidUTF8IsAHardSeparatorAndCounted(bytes: [UInt8], what: String) {
        let (tokens, stats) = tokenizer.tokens(in: bytes)
        #expect(tokens.map(\.folded) == ["a", "b"], "\(what)")
        #expect(tokens[1].hardBreakBefore, "\(what)")
        #expect(stats.invalidBytes >= 1, "\(what)")
        #expect(tokens[1].range.upperBound == bytes.count)
    }

    @Test func emptyAndSeparatorOnlyInputs() {
        #expect(tokenizer.tokens(in: []).tokens.isEmpty)
        #expect(tokenizer.tokens(in: Array(" \n\t—«».,".utf8)).tokens.isEmpty)
    }

    @Test func overlongWordsAreTruncatedNotDropped() {
        let long = String(repeating: "ж", count: 300)
        let tokens = tokenizer.tokens(in: "a \(long) b")
        #expect(tokens.count == 3)
        #expect(tokens[1].truncated)
        #expect(tokens[1].folded.utf8.count <= Tokenizer.maxFoldedBytes)
        #expect(tokens[1].range.count == long.utf8.count)
    }
}
