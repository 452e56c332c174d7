// The skimmer (`WordSkimmer`, `SkimFilter`) passes over words without tokenizing them, so every
// shortcut it takes is checked here against slow, obvious versions: its byte classification
// against a per-byte one (and its lane-bit gathering against a loop), its fold against the tokenizer's, and the matcher that uses it against
// `ReferencePhraseMatcher` on texts long enough (several 64-byte blocks) for skimming to happen,
// with phrases at every offset of a block, pairs at every distance, texts ending at every offset,
// runs around the 64-byte limit, Polish, Latin-1 and ё in both cases, quotation marks and dashes
// (separators to the skimmer too), and the bytes it must refuse to skim (і, İ, ×, invalid UTF-8);
// each with lexicons that have wildcard-first phrases (every run gets the exact tests) and without
// (runs go by the filters).

import Testing

@testable import NarrascanCore

@Suite("Skimming over words that cannot start a phrase")
struct SkimmingTests {
    /// Whether byte `i` is part of a no-break space, « or » (C2 A0, C2 AB, C2 BB) or one of
    /// U+2010...U+201F (E2 80 90...9F), read by their definitions.
    static func isPunctuation(_ bytes: [UInt8], _ i: Int) -> Bool {
        for start in max(i - 2, 0)...i {
            let b = bytes[start...]
            if b.starts(with: [0xC2]) && start + 1 < bytes.count && [0xA0, 0xAB, 0xBB].contains(bytes[start + 1]) && i <= start + 1 {
                return true
            }
            if b.starts(with: [0xE2, 0x80]) && start + 2 < bytes.count && (0x90...0x9F).contains(bytes[start + 2]) {
                return true
            }
        }
        return false
    }

    /// Per-byte run and unusual flags, written out from their definitions.
    static func referenceMasks(_ bytes: [UInt8], at p: Int) -> (run: UInt64, unusual: UInt64) {
        var run: UInt64 = 0, unusual: UInt64 = 0
        for k in 0..<64 {
            let i = p + k
            let b = bytes[i]
            let isLetterOrDigit = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            if b >= 0x80 && isPunctuation(bytes, i) { continue }
            if isLetterOrDigit || b >= 0x80 { run |= 1 << UInt64(k) }
            guard b >= 0x80 else { continue }
            // Part of a plain two-byte letter, or the first byte of ×, ÷ or İ (their second byte
            // is unusual, which is enough).
            let next = bytes[i + 1], prev = bytes[i - 1]
            let latinLead = (0xC3...0xC5).contains(b) && next & 0xC0 == 0x80
            if !(SkimFilter.isPlain([b, next]) || SkimFilter.isPlain([prev, b]) || latinLead) { unusual |= 1 << UInt64(k) }
        }
        return (run, unusual)
    }

    @Test("the SIMD block classification equals the per-byte one", arguments: [UInt64(1), 2, 3])
    func blockClassification(seed: UInt64) {
        var r = TestRandom(seed)
        for k in 0..<400 {
            // Bytes biased towards the boundaries of every class the classifier tells apart.
            let interesting: [UInt8] = [
                0x00, 0x20, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0x8F, 0x90,
                0x97, 0x9F, 0xA0, 0xAF, 0xB0, 0xB7, 0xBF, 0xC0, 0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xCF, 0xD0, 0xD1, 0xD2, 0xE2, 0xFF,
                0x8F, 0x9C, 0x9D, 0xAB, 0xBB, 0xC2, 0xE2, 0x80,
            ]
            let bytes: [UInt8] = (0..<68).map { _ in r.chance(70) ? r.pick(interesting) : UInt8(r.below(256)) }
            var folded = [UInt8](repeating: 0, count: 64)
            let got = bytes.withUnsafeBufferPointer { SkimBlock(classifying: $0.baseAddress! + 2, folded: &folded) }
            let want = Self.referenceMasks(bytes, at: 2)
            #expect(got.run == want.run, "seed \(seed) case \(k): \(bytes)")
            #expect(got.unusual == want.unusual, "seed \(seed) case \(k): \(bytes)")
            // The fold matters only for the bytes of plain letters: there it is `skimFold`'s.
            let reference = skimFold(Array(bytes[0..<66]))
            for j in 0..<64 where got.run & ~got.unusual & (1 << UInt64(j)) != 0 {
                #expect(folded[j] == reference[j + 2], "seed \(seed) case \(k) byte \(j): \(bytes)")
            }
        }
    }

    @Test(
        "a two-byte letter across a 16-byte piece's end or the block's end is classified like the per-byte reference",
        arguments: [[UInt8(0xD0), 0xB0], [0xD1, 0x91], [0xD0, 0x81], [0xD1, 0x8F], [0xC5, 0x82], [0xC3, 0x97], [0xC4, 0xB0], [0xD1, 0xA0]]
    )
    func lettersAcrossPieces(letter: [UInt8]) {
        // The classification finds a plain letter at its second byte and takes its first byte's
        // bit as the next one down; bytes 63 and 64 are looked at apart.
        for at in [0, 14, 15, 16, 31, 32, 47, 48, 62, 63, 64] {
            var bytes = [UInt8](repeating: 0x61, count: 68)
            bytes[2 + at] = letter[0]
            bytes[3 + at] = letter[1]
            var folded = [UInt8](repeating: 0, count: 64)
            let got = bytes.withUnsafeBufferPointer { SkimBlock(classifying: $0.baseAddress! + 2, folded: &folded) }
            let want = Self.referenceMasks(bytes, at: 2)
            #expect(got.run == want.run, "\(letter) at \(at)")
            #expect(got.unusual == want.unusual, "\(letter) at \(at)")
        }
    }

    @Test("gathering lane top bits: the instruction, the portable multiply and a per-lane loop agree")
    func laneBits() {
        var r = TestRandom(7)
        for k in 0..<2_000 {
            // Arbitrary bytes, then masks (0x00 or 0xFF lanes) as the classification makes them.
            var lanes = SIMD16<UInt8>()
            for j in 0..<16 { lanes[j] = k % 2 == 0 ? UInt8(r.below(256)) : (r.chance(30) ? 0xFF : 0x00) }
            if k % 7 == 0 { lanes = SIMD16(repeating: k % 14 == 0 ? 0 : 0x80) }
            var want: UInt64 = 0
            for j in 0..<16 where lanes[j] >= 0x80 { want |= 1 << UInt64(j) }
            #expect(skimMoveMask(lanes) == want, "case \(k): \(lanes)")
            #expect(skimMoveMaskPortable(lanes) == want, "case \(k): \(lanes)")
            #expect(skimAnyTopBit(lanes) == (want != 0), "case \(k): \(lanes)")
        }
    }

    @Test("a run and its folded word get the same key, for every plain letter")
    func keysAgreeWithTheTokenizersFold() {
        var letters: [String] = (0x41...0x5A).map { String(Unicode.Scalar(UInt8($0))) }
        letters += (0x61...0x7A).map { String(Unicode.Scalar(UInt8($0))) }
        letters += (0x30...0x39).map { String(Unicode.Scalar(UInt8($0))) }
        letters += (0x410...0x44F).map { String(Unicode.Scalar(UInt32($0))!) } + ["ё", "Ё"]
        letters += (0xC0...0x17F).filter { ![0xD7, 0xF7, 0x130].contains($0) }.map { String(Unicode.Scalar(UInt32($0))!) }
        var r = TestRandom(5)
        for k in 0..<2_000 {
            // Words of 1 to 12 letters: shorter than, exactly and longer than the eight keyed bytes.
            let word = (0..<(1 + r.below(12))).map { _ in r.pick(letters) }.joined()
            let bytes = Array(word.utf8)
            let tokens = Tokenizer().tokens(in: bytes).tokens
            #expect(tokens.count == 1)
            guard let folded = tokens.first.map({ Array($0.folded.utf8) }) else { continue }
            #expect(folded.count == bytes.count, "case \(k): \(word)")
            #expect(SkimFilter.isPlain(bytes), "case \(k): \(word)")
            #expect(SkimFilter.isPlain(folded), "case \(k): \(word)")
            let textRun: UInt64 = bytes.count >= 64 ? ~0 : (1 << UInt64(bytes.count)) - 1
            let wordRun: UInt64 = folded.count >= 9 ? 0x1FF : (1 << UInt64(folded.count)) - 1
            // The text's bytes after the run are arbitrary: append some.
            let padded = bytes + Array("  xyz".utf8)
            // The text side folds in the SIMD block pass, the lexicon side with `skimFold`.
            let block = [0x20, 0x20] + padded + [UInt8](repeating: 0x20, count: 80)
            var textFolded = [UInt8](repeating: 0, count: 64)
            _ = block.withUnsafeBufferPointer { SkimBlock(classifying: $0.baseAddress! + 2, folded: &textFolded) }
            let textBytes = SkimFilter.firstEight(textFolded)
            for prefix in [0, 2, 4, 8] where prefix <= bytes.count {
                #expect(
                    skimKey(textBytes, run: textRun, prefix: prefix)
                        == skimKey(SkimFilter.firstEight(skimFold(folded)), run: wordRun, prefix: prefix),
                    "case \(k): \(word) prefix \(prefix)")
            }
        }
    }

    @Test("plain words are exactly the ASCII-letter, digit and basic-Cyrillic ones")
    func plainWords() {
        #expect(SkimFilter.isPlain(Array("migrants2021".utf8)))
        #expect(SkimFilter.isPlain(Array("гибридная".utf8)))
        #expect(SkimFilter.isPlain(Array("covidя".utf8)))
        #expect(SkimFilter.isPlain(Array("straż".utf8)))
        #expect(SkimFilter.isPlain(Array("ŻÓŁWIĄ".utf8)))
        #expect(SkimFilter.isPlain(Array("café".utf8)))
        #expect(SkimFilter.isPlain(Array("straßeÿ".utf8)))
        #expect(SkimFilter.isPlain(Array("ёлка".utf8)))  // ё folds to е, and the skimmer folds it so
        #expect(SkimFilter.isPlain(Array("ЁЛКА".utf8)))
        #expect(!SkimFilter.isPlain(Array("беларусі".utf8)))
        #expect(!SkimFilter.isPlain(Array("İstanbul".utf8)))  // İ folds to ASCII i
        #expect(!SkimFilter.isPlain(Array("2×3".utf8)))
        #expect(!SkimFilter.isPlain(Array("ǅemal".utf8)))  // Latin Extended-B
        #expect(!SkimFilter.isPlain([0xC3]))
        #expect(!SkimFilter.isPlain(Array("a-b".utf8)))
        #expect(!SkimFilter.isPlain([0xD0]))
        #expect(!SkimFilter.isPlain([0xD0, 0x80]))  // Ѐ: Cyrillic, but not basic
        #expect(!SkimFilter.isPlain([0xD1, 0x90]))  // ѐ
    }

    /// Words for long texts: most cannot start a phrase of `lexicon`; some can, in every case.
    static let fillers = [
        "the", "border", "said", "on", "Tuesday", "officials", "government", "report", "a", "in", "and", "2021",
        "x", "ab12", "в", "na", "west", "granicy", "заявил", "ПРЕДСТАВИТЕЛЬ", "Россия", "ЯРОСЛАВ", "границе", "власти", "его", "Ёлка", "ещё",
        "беларусі", "ўсё", "powiedział", "Straż", "ŻÓŁW", "żołnierz", "ŁUKASZENKO", "cafe", "naïve", "Ÿ", "İstanbul",
        "2×3", "移民",
        String(repeating: "long", count: 15), String(repeating: "longer", count: 11), String(repeating: "ж", count: 31),
        String(repeating: "ж", count: 32), String(repeating: "q", count: 63), String(repeating: "Q", count: 64),
    ]
    static let separators = [" ", " ", " ", ", ", ". ", "\n", " «", "» ", " — ", "„", "” ", " (", ") ", "-", "'s "]

    static let lexiconText = """
        2 hybrid attack
        2 migrants
        1 illegal migrants on the border
        2 гибридная атака
        2 МИГРАНТЫ
        1 ярослав
        1 straż graniczna
        1 żołnierze
        1 łukaszenka reżim
        1 café
        1 ÿes
        1 ёлка
        1 long
        1 migra* crisis
        1 гибридн*
        1 по* границе
        1 abcdefghij*
        1 the west
        1 the migra*
        1 в гибридн*
        1 na granicy
        1 wa* ist
        1 uni*
        1 миг* кризис
        1 kryzys*
        1 zu*
        1 на холоді
        1 przesiedleń*
        """

    /// The lexicons the matcher is checked with: `lexiconText`, whose wildcard-first phrases (one
    /// word, and the first of a pair, on several prefix tiers, some in the prefix gate by their two
    /// bytes and some by their first 4) send runs through the prefix filter and its exact
    /// tests, and the same without them, where runs go by the first-word and pair
    /// filters alone.
    static func lexicons(wildcardFirst: Bool) throws -> LexiconSet {
        try set(lexicon(wildcardFirst ? lexiconText : withoutWildcardFirst(lexiconText)))
    }

    /// The skimming matcher and the reference over `lexicons(wildcardFirst:)`.
    static func matchers(wildcardFirst: Bool) throws -> (PhraseMatcher, ReferencePhraseMatcher) {
        let lexicons = try lexicons(wildcardFirst: wildcardFirst)
        return (try PhraseMatcher(lexicons: lexicons, skimming: true), ReferencePhraseMatcher(lexicons: lexicons))
    }

    /// 320 bytes of words that are skimmed, to put a test's text well inside skimming.
    static let skimmedLead = Array(String(repeating: "the border said ", count: 20).utf8)

    /// Lexicon text without the phrases whose first word is a wildcard prefix.
    static func withoutWildcardFirst(_ text: String) -> String {
        text.split(separator: "\n").filter { line in
            let words = line.split(separator: " ")
            return words.count < 2 || !words[1].hasSuffix("*")
        }.joined(separator: "\n")
    }

    static let starters = [
        "hybrid attack", "Hybrid ATTACK", "migrants", "MIGRANTS", "illegal migrants on the border", "гибридная атака",
        "Гибридная АТАКА", "мигранты", "Ярослав", "Straż Graniczna", "ёлка", "Ёлка", "migration crisis", "migrA crisis",
        "гибридной", "ГИБРИДНЫЕ", "по границе", "Повсюду границе", "abcdefghijk", "ABCDEFGHIJ", "ŻOŁNIERZE",
        "Żołnierze", "Łukaszenka REŻIM", "ŁUKASZENKA reżim", "CAFÉ", "Café", "Ÿes", "ÿES", "the West", "THE migration",
        "В гибридной", "na granicy", "Na GRANICY", "was ist", "WA IST", "union", "Uni", "мигрант кризис",
        "МИГ кризис", "kryzysowy", "KRYZYSU", "kryzys", "zum", "Zu", "ZUG",
        "на холоді", "НА ХОЛОДІ", "на холоде",
        "przesiedleńców", "PRZESIEDLEŃ", "przesiedlenie", "abcdefghxyz", "гибридах", "ГИБРИДНАЯ",
    ]

    /// A long text: mostly fillers, some starters, random separators and now and then an invalid byte.
    static func longText(_ r: inout TestRandom, words: Int) -> [UInt8] {
        var out: [UInt8] = []
        for k in 0..<words {
            if k > 0 { out += Array((r.chance(60) ? " " : r.pick(separators)).utf8) }
            if r.chance(2) { out += r.pick([[0x80], [0xD0], [0xD1, 0x41], [0xFF], [0xC3]]) }
            out += Array((r.chance(8) ? r.pick(starters) : r.pick(fillers)).utf8)
        }
        return out
    }

    static func check(_ text: [UInt8], _ fast: PhraseMatcher, _ reference: ReferencePhraseMatcher, _ label: String) -> Bool {
        let scratch = MatchScratch()
        let stats = text.withUnsafeBufferPointer { fast.scan($0, scratch: scratch) }
        let got = scratch.matches.sorted()
        let want = reference.matches(in: text)
        let tokens = referenceTokenize(text)
        #expect(got == want, "\(label): \(String(decoding: text, as: UTF8.self))")
        #expect(stats.words == tokens.tokens.count, "\(label): word count")
        #expect(stats.invalidBytes == tokens.invalidBytes, "\(label): invalid bytes")
        return got == want && stats.words == tokens.tokens.count
    }

    @Test("long texts match like the reference, word counts included", arguments: [UInt64(21), 22, 23, 24], [true, false])
    func longTexts(seed: UInt64, wildcardFirst: Bool) throws {
        let (fast, reference) = try Self.matchers(wildcardFirst: wildcardFirst)
        var r = TestRandom(seed)
        for k in 0..<60 {
            let text = Self.longText(&r, words: 20 + r.below(400))
            if !Self.check(text, fast, reference, "seed \(seed) case \(k)") { return }
        }
    }

    /// `lead` and then skimmed words ("x ", and one "a " for an odd count) that fill `offset`
    /// bytes, so that what follows starts `offset` bytes into the skimmed stretch.
    static func padded(_ lead: [UInt8], by offset: Int) -> [UInt8] {
        lead + Array(String(repeating: "x ", count: offset / 2).utf8) + (offset % 2 == 1 ? Array("a ".utf8) : [])
    }

    @Test("a phrase at every offset of a block, after skimmed words", arguments: [true, false])
    func everyOffset(wildcardFirst: Bool) throws {
        let (fast, reference) = try Self.matchers(wildcardFirst: wildcardFirst)
        let lead = Self.skimmedLead
        // Pairs ("the West", "na granicy") put their second word in the next block at some offsets.
        let phrases = [
            "hybrid attack", "ГИБРИДНАЯ атака", "migrants", "Ярослав", "STRAŻ graniczna", "ёлка", "гибридные", "Żołnierze",
            "the West", "THE migration", "na GRANICY", "the „West”", "the\n\nwest",
        ]
        for phrase in phrases {
            for offset in 0..<130 {
                var text = Self.padded(lead, by: offset) + Array(phrase.utf8) + Array(" and the border said nothing more at all today".utf8)
                text += lead
                if !Self.check(text, fast, reference, "\(phrase) at offset \(offset)") { return }
                // "гибридные" matches only the wildcard-first "гибридн*".
                if wildcardFirst || phrase != "гибридные" {
                    #expect(!reference.matches(in: text).isEmpty, "\(phrase) at offset \(offset)")
                }
            }
        }
    }

    @Test("a pair's second word at every distance from its first, up to past the next block", arguments: [true, false])
    func pairsAtEveryDistance(wildcardFirst: Bool) throws {
        let (fast, reference) = try Self.matchers(wildcardFirst: wildcardFirst)
        let lead = Self.skimmedLead
        for (first, second) in [("the", "Westerly"), ("THE", "west"), ("na", "granicy"), ("the", "migrants")] {
            for shift in stride(from: 0, to: 64, by: 7) {
                for gap in stride(from: 1, to: 140, by: 2) {
                    // Spaces separate softly, so the pair matches at any gap.
                    var text = Self.padded(lead, by: shift) + Array(first.utf8) + [UInt8](repeating: 0x20, count: gap) + Array(second.utf8)
                    text += Array(" and the border said nothing".utf8) + lead
                    if !Self.check(text, fast, reference, "\(first) \(second), shift \(shift), gap \(gap)") { return }
                }
            }
        }
    }

    @Test("texts that end at every offset of a block, with a phrase, a skimmed word or a long run last", arguments: [true, false])
    func everyEnding(wildcardFirst: Bool) throws {
        // The last block of a text is classified from a space-padded copy (`edgeBlock`).
        let (fast, reference) = try Self.matchers(wildcardFirst: wildcardFirst)
        let filler = Self.skimmedLead
        var endings = [
            "hybrid attack", "Ярослав", "STRAŻ graniczna", "the West", "border", "ёлка", "said.", "żołnierz", "migrants ",
            String(repeating: "q", count: 70), "x",
        ].map { Array($0.utf8) }
        endings += [[0xD0], Array("Straż".utf8) + [0xC5]]  // a lead byte without its second byte last
        for ending in endings {
            for length in 0..<200 {
                let text = Array(filler.prefix(length)) + [0x20] + ending
                if !Self.check(text, fast, reference, "\(ending) after \(length) bytes") { return }
            }
        }
    }

    @Test("random lexicons on long texts match like the reference", arguments: [UInt64(201), 202, 203], [true, false])
    func randomLexiconsOnLongTexts(seed: UInt64, wildcardFirst: Bool) throws {
        var r = TestRandom(seed)
        for round in 0..<4 {
            var lexicons = try MatcherReferenceTests.randomLexicon(&r, entries: 10 + r.below(40))
            if !wildcardFirst {
                var plain = lexicons.lexicons
                for k in plain.indices { plain[k].entries.removeAll { $0.words.first?.isPrefix == true } }
                lexicons = try LexiconSet(plain)
            }
            let fast = try PhraseMatcher(lexicons: lexicons, skimming: true)
            let reference = ReferencePhraseMatcher(lexicons: lexicons)
            for k in 0..<15 {
                let text = Fragments.text(&r, words: 100 + r.below(300))
                if !Self.check(text, fast, reference, "seed \(seed) round \(round) case \(k)") { return }
            }
        }
    }

    @Test("two-byte wildcard prefixes match runs of every length that start with them", arguments: [false, true])
    func twoBytePrefixes(withOthers: Bool) throws {
        // The prefix gate holds a two-byte prefix (two ASCII letters: a prefix has two letters at
        // least) under every coarse product of a run that starts with it (the run itself at 2 and
        // 3 bytes, its first 4 bytes after that, a Cyrillic or Latin letter's bytes among them);
        // each such run must reach the exact tests.
        let others = withOthers ? "\n1 гибридн*\n1 migra* crisis\n1 the west\n1 hybrid attack" : ""
        let lexicons = try set(lexicon("1 zu*\n1 a1*\n1 qx* wall" + others))
        let fast = try PhraseMatcher(lexicons: lexicons, skimming: true)
        let reference = ReferencePhraseMatcher(lexicons: lexicons)
        let words = [
            "zu", "Zu", "zum", "ZUG", "zua", "zu9", "zuж", "zuжа", "ZUЖА", "zuł", "zuŁA", "zuё", "zuzu", "zuzanna",
            "ZUZANNA", "a1", "A1", "a12", "a1b", "a1ж", "a1ńa", "a1234567890", "qx wall", "QXa wall", "qxж WALL",
            "qxyz wall", "qx walls", "z", "zx", "źu", "zy", "a", "ab", "a2", "żu",
        ]
        for (k, word) in words.enumerated() {
            for offset in [0, 1, 31, 60, 61, 62, 63] {
                var text = Self.padded(Self.skimmedLead, by: offset) + Array(word.utf8)
                text += Array(" and the border said nothing".utf8) + Self.skimmedLead
                if !Self.check(text, fast, reference, "\(word) (\(k)) at offset \(offset)") { return }
            }
        }
    }

    @Test("a lexicon with many two-byte wildcard prefixes is not skimmed by default, and matches when it is")
    func manyTwoBytePrefixes() throws {
        // Each two-byte prefix takes `shortPrefixGateEntries` places in the prefix gate.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let count = 2 * SkimFilter.filterLimit / SkimFilter.shortPrefixGateEntries + 1
        let entries = (0..<count).map { "1 \(letters[$0 % 26])\(letters[$0 / 26 + 1])*" }.joined(separator: "\n")
        #expect(!(try PhraseMatcher(lexicons: set(lexicon(entries)))).skims)
        let fewer = (0..<(count - 1)).map { "1 \(letters[$0 % 26])\(letters[$0 / 26 + 1])*" }.joined(separator: "\n")
        #expect(try PhraseMatcher(lexicons: set(lexicon(fewer))).skims)
        let lexicons = try set(lexicon(entries))
        let fast = try PhraseMatcher(lexicons: lexicons, skimming: true)
        let reference = ReferencePhraseMatcher(lexicons: lexicons)
        let text = Self.skimmedLead + Array("ab abc abcd ba bab babe cb cbx zz zzz the border".utf8) + Self.skimmedLead
        #expect(Self.check(text, fast, reference, "many two-byte prefixes"))
    }

    @Test("the matcher skims by itself unless its filters are crowded or a phrase starts with a one-letter wildcard")
    func skimmingIsChosen() throws {
        let plain = try PhraseMatcher(lexicons: set(lexicon("2 hybrid attack\n1 the west\n1 мигранты")))
        #expect(plain.skims)
        let wild = try PhraseMatcher(lexicons: set(lexicon("2 hybrid attack\n1 migra* crisis\n1 поль* власт*")))
        #expect(wild.skims)
        let never = try PhraseMatcher(lexicons: set(lexicon("2 hybrid attack\n1 migra* crisis")), skimming: false)
        #expect(!never.skims)
        // More first words than the 2^16-bit filters serve well: not by default.
        let many = (0..<(SkimFilter.filterLimit + 1)).map { "1 word\($0)" }.joined(separator: "\n")
        #expect(!(try PhraseMatcher(lexicons: set(lexicon(many)))).skims)
        #expect(try PhraseMatcher(lexicons: set(lexicon(many)), skimming: true).skims)
        let enough = (0..<SkimFilter.filterLimit).map { "1 word\($0)" }.joined(separator: "\n")
        #expect(try PhraseMatcher(lexicons: set(lexicon(enough))).skims)
        // The pair filter has twice the bits, and takes twice the entries.
        let pairs = (0..<(2 * SkimFilter.filterLimit)).map { "1 the word\($0)" }.joined(separator: "\n")
        #expect(try PhraseMatcher(lexicons: set(lexicon(pairs))).skims)
        let tooManyPairs = (0...(2 * SkimFilter.filterLimit)).map { "1 the word\($0)" }.joined(separator: "\n")
        #expect(!(try PhraseMatcher(lexicons: set(lexicon(tooManyPairs)))).skims)
    }

    @Test("skimming passes over most words of ordinary text")
    func skimmingHappens() throws {
        // Counts the words the matcher's sink is handed: with skimming, far fewer than the text has.
        let lexicons = try Self.lexicons(wildcardFirst: false)
        let matcher = try PhraseMatcher(lexicons: lexicons, skimming: true)
        let text = Array(String(repeating: "the officials said on Tuesday that the border was quiet ", count: 40).utf8)
        var sink = CountingSink()
        let stats = text.withUnsafeBufferPointer {
            matcher.tokenizer.tokenize($0, buffer: FoldBuffer(), into: &sink, skimming: UnsafePointer(matcher.skimTables))
        }
        #expect(stats.words == 400)
        #expect(sink.words + sink.skipped == 400)
        #expect(sink.skipped > 300)
        // Texts shorter than two blocks are skimmed too.
        let short = Array("the officials said on Tuesday that the border was quiet, the officials said".utf8)
        var shortSink = CountingSink()
        _ = short.withUnsafeBufferPointer {
            matcher.tokenizer.tokenize($0, buffer: FoldBuffer(), into: &shortSink, skimming: UnsafePointer(matcher.skimTables))
        }
        #expect(shortSink.words + shortSink.skipped == 13)
        #expect(shortSink.skipped >= 10)
    }
}

/// A sink that is always at its start state and counts what it is handed.
struct CountingSink: TokenSink {
    var words = 0
    var skipped = 0
    var isAtStart: Bool { true }
    mutating func word(
        start: Int, end: Int, folded: UnsafePointer<UInt8>, count: Int, hash: UInt64, truncated: Bool, hardBreakBefore: Bool
    ) { words += 1 }
    mutating func skip(words count: Int) { skipped += count }
}
