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
        ("БЕЛАРУСЬ Ўзброеныя Іншыя бежанцаў", ["беларусь", "узброеныя", "іншыя", "бежанцау"]),
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

    @Test func belarusianShortUFoldsToU() {
        // Whether a Belarusian word starts with у or ў depends only on the word before it
        // ("мігрант уцёк", "мігранты ўцяклі"), so both spell one word, as ё and е do in Russian.
        #expect(words("мігрант уцёк") == ["мігрант", "уцек"])
        #expect(words("мігранты ЎЦЯКЛІ ў лес") == ["мігранты", "уцяклі", "у", "лес"])
        #expect(words("Еўропа") == words("Еуропа"))
    }

    @Test func theModifierLetterApostropheSplitsLikeAnApostrophe() {
        // Ukrainian spelling uses U+02BC as often as ' or U+2019 inside a word ("пам\u{02BC}ять").
        let forms = ["пам'ять", "пам\u{2019}ять", "пам\u{02BC}ять"].map { words($0) }
        #expect(forms == Array(repeating: ["пам", "ять"], count: 3))
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

/// The four-letters-at-a-time Cyrillic path (`cyrillicWordPrefix`) must fold exactly like the
/// per-scalar path: every letter of U+0400–045F at every position of a word, next to the edges of
/// the basic alphabet (А П Р Я а п р я), followed by a space, a Latin letter or the end.
@Suite struct CyrillicFastPathTests {
    func scalarFold(_ s: Unicode.Scalar) -> String {
        guard case .word(let folded) = classifyScalar(s.value), let f = Unicode.Scalar(folded) else { return "?" }
        return String(f)
    }

    @Test func everyLetterAtEveryPositionFoldsLikeTheScalarPath() {
        let edges = Array("АПРЯапря".unicodeScalars)
        for value in UInt32(0x0400)...0x045F {
            let letter = Unicode.Scalar(value)!
            for position in 0..<10 {
                var scalars = (0..<10).map { edges[($0 + Int(value)) % edges.count] }
                scalars[position] = letter
                let word = String(String.UnicodeScalarView(scalars))
                let expected = scalars.map(scalarFold).joined()
                for (suffix, more) in [("", [String]()), (" ok", ["ok"]), ("z", [])] {
                    let folded = Tokenizer().tokens(in: word + suffix).map(\.folded)
                    let want = suffix == "z" ? [expected + "z"] : [expected] + more
                    #expect(folded == want, "U+\(String(value, radix: 16)) at \(position)\(suffix)")
                }
            }
        }
    }

    @Test func theSWARFoldOfTheBasicAlphabet() {
        // А Б → а б; Р Я → р я; а я stay; a space ends the run.
        let bytes = Array("АБРЯ".utf8) + Array("аяб ".utf8)
        let w = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let (folded, letters) = cyrillicWordPrefix(w)
        #expect(letters == 4)
        #expect(withUnsafeBytes(of: folded) { Array($0) } == Array("абря".utf8))
        let tail = Array(bytes[8...]) + [0x20]
        let (tailFolded, n) = cyrillicWordPrefix(tail.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        #expect(n == 3)
        // The bytes after the run are zero (the tokenizer hashes the value as it is).
        #expect(withUnsafeBytes(of: tailFolded) { Array($0) } == Array("аяб".utf8) + [0, 0])
    }

    @Test func theASCIIFoldStopsAtTheFirstNonWordByteAndZeroesTheRest() {
        let (folded, length) = asciiWordPrefix(Array("AbC1 XyZ".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        #expect(length == 4)
        #expect(withUnsafeBytes(of: folded) { Array($0) } == Array("abc1".utf8) + [0, 0, 0, 0])
        let (all, eight) = asciiWordPrefix(Array("ABCDEFGH".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
        #expect(eight == 8)
        #expect(withUnsafeBytes(of: all) { Array($0) } == Array("abcdefgh".utf8))
    }
}
