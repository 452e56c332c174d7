// Voice attribution: does a matched phrase stand in the article's own voice, in someone else's
// mouth (a quotation or reported speech), or in a passage that refutes it? A fact-check that quotes
// blame-the-EU lines and the state-media article that asserts them match the same phrases; the
// voice is what tells them apart.
//
// The rules look only at the sentence around a match, so they are cheap, explainable and wrong in
// predictable ways (see README.md, "Attribution"):
//
//   1. refuted — a refutation cue ("false", "debunk", "фейк", "nieprawda", "irreführend", "زائف" …)
//      stands in the match's sentence or in the next one (claim, then verdict), or in the previous
//      sentence when that one is short (≤ `shortSentenceWords` words, a verdict label like "FALSE.").
//   2. quoted  — the match lies inside quotation marks (“…”, „…“, „…”, «…», »…«, "…", ‚…‘, 「…」)
//      that enclose at least `minimumQuoteWords` words (shorter quotes are scare quotes and titles),
//      or a reported-speech cue ("said", "according to", "заявил", "według", "pasak", "laut" …)
//      stands in its sentence.
//   3. own     — otherwise.
//
// Cue words that overlap the match itself are ignored (a lexicon phrase such as "false claim" is not
// its own refutation). Cues are data: `VoiceCues.reporting` and `VoiceCues.refutation`, phrases in
// lexicon syntax (words separated by spaces, a trailing `*` is a prefix wildcard), folded with the
// same `Tokenizer` as texts and lexicons. The analysis allocates (one `Token` per word) and runs only
// when a caller asks for voices; the matcher's hot path is untouched.

/// How a matched phrase stands in a text.
public enum Voice: String, Sendable, CaseIterable, Comparable {
    /// The article asserts it.
    case own
    /// It is quoted or reported as someone else's words.
    case quoted
    /// It stands in a passage that refutes it.
    case refuted

    public static func < (a: Voice, b: Voice) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// How many of a narrative's matches stand in each voice.
public struct VoiceCounts: Sendable, Equatable {
    public var own = 0
    public var quoted = 0
    public var refuted = 0

    public init(own: Int = 0, quoted: Int = 0, refuted: Int = 0) {
        self.own = own
        self.quoted = quoted
        self.refuted = refuted
    }

    /// All matches counted.
    public var total: Int { own + quoted + refuted }

    /// The count of one voice.
    public subscript(voice: Voice) -> Int {
        get {
            switch voice {
            case .own: return own
            case .quoted: return quoted
            case .refuted: return refuted
            }
        }
        set {
            switch voice {
            case .own: own = newValue
            case .quoted: quoted = newValue
            case .refuted: refuted = newValue
            }
        }
    }
}

/// The cue phrases of voice attribution, by language. Lexicon syntax: words separated by spaces,
/// a word ending in `*` matches any word it begins. Keep entries specific: a cue that also
/// occurs in ordinary narration ("states", "erklärt") turns own-voice evidence into quoted.
public enum VoiceCues {
    /// Reported speech: someone says, claims or is cited.
    public static let reporting: [String] = [
        // en
        "said", "says", "told", "tells", "telling", "claimed", "claims", "claiming", "claim that", "according to",
        "alleged", "alleges", "allegedly", "accused", "accuses", "accusing", "stated", "insisted", "insists",
        "argued", "argues", "asserted", "asserts", "declared", "wrote", "writes", "reportedly", "quoted",
        "quoting", "in the words of", "blamed", "blames", "maintained", "maintains",
        // ru
        "заявил*", "заявля*", "сообщил*", "сообщает", "сообщают", "по словам", "по мнению", "по данным",
        "по версии", "утвержда*", "якобы", "сказал*", "говорит*", "говорят", "отметил*", "подчеркнул*",
        "считает", "считают", "пишет", "пишут", "обвинил*", "обвиня*", "рассказал*", "назвал*",
        // be
        "заявіў", "заявіла", "заявілі", "паведаміў", "паведаміла", "паведамляе", "паводле", "па словах",
        "сцвярджа*", "нібыта", "сказаў", "сказала", "кажа", "кажуць", "адзначыў", "адзначыла", "лічыць",
        "абвінаваці*",
        // pl
        "powiedział*", "twierdz*", "według", "rzekomo", "oświadczył*", "stwierdził*", "przekonuje",
        "przekonywał*", "zapewnia*", "mówi", "mówią", "mówił*", "uważa", "oskarż*", "napisał*", "zdaniem",
        "cytowan*", "relacjonuje",
        // lt
        "teigė", "teigia", "pasak", "esą", "sakė", "sako", "pareiškė", "tvirtino", "tvirtina", "anot",
        "kaltina", "kaltino", "pranešė", "rašo", "neva", "pažymėjo",
        // de
        "sagte", "sagt", "sagen", "behauptet*", "laut", "angeblich", "erklärte", "betonte", "meint",
        "zufolge", "beschuldigt*", "schrieb", "berichtete", "wirft", "warf", "zitiert",
        // ar (alef forms fold to ا)
        "قال", "قالت", "وقال", "وقالت", "يقول", "تقول", "صرح", "وصرح", "اعلن", "واعلن", "زعم*", "يزعم*",
        "وفق", "وفقا", "بحسب", "حسب", "ادعى", "ادعت", "اكد", "واكد", "اتهم*", "يتهم*", "على حد قول",
    ]

    /// Refutation: the passage says the claim is false, misleading or disinformation.
    public static let refutation: [String] = [
        // en
        "false", "falsely", "untrue", "not true", "misleading", "debunk*", "disinformation", "fake",
        "fabricat*", "no evidence", "baseless", "unfounded", "hoax", "fact check*", "factcheck*", "myth",
        "not supported by", "distort*",
        // ru
        "фейк*", "ложь", "ложн*", "лжив*", "не соответствует действительности", "неправда", "дезинформаци*",
        "опроверг*", "вымысел", "вымышлен*", "не подтвержда*", "нет доказательств", "фальсифи*",
        "не имеет отношения к действительности",
        // be
        "фэйк*", "фейк*", "хлусня", "ілжыв*", "няпраўда", "дэзінфармацы*", "не адпавядае рэчаіснасці",
        "абверг*",
        // pl
        "nieprawda", "nieprawdziw*", "fałszyw*", "fałsz", "dezinformacj*", "fejk*", "zmanipulowan*",
        "brak dowodów", "wprowadza w błąd", "wprowadzające w błąd", "wprowadzający w błąd",
        // lt
        "melas", "melag*", "netiesa", "netiesos", "dezinformacij*", "netikr*", "klaiding*", "suklastot*",
        "paneig*", "nėra įrodymų",
        // de
        "falsch*", "irreführend*", "desinformation", "fake*", "erfunden", "widerlegt", "keine belege",
        "keine beweise", "faktencheck*", "unwahr*",
        // ar
        "زائف*", "مضلل*", "كاذب*", "تضليل*", "مفبرك*", "غير صحيح*", "لا دليل", "عار عن الصحه",
    ]
}

/// Classifies the voice of matches in texts. Immutable and `Sendable`: build once, share.
public struct VoiceAttribution: Sendable {
    /// Quotation marks must enclose at least this many words for their content to count as quoted.
    public var minimumQuoteWords = 4
    /// A preceding sentence this short (a verdict label) can refute the next one.
    public var shortSentenceWords = 6

    let tokenizer = Tokenizer()
    let reporting: CueSet
    let refutation: CueSet

    /// Builds the cue tables from `VoiceCues` (or other lists, for tests).
    public init(reporting: [String] = VoiceCues.reporting, refutation: [String] = VoiceCues.refutation) {
        self.reporting = CueSet(reporting, tokenizer: tokenizer)
        self.refutation = CueSet(refutation, tokenizer: tokenizer)
    }

    /// Analyses a text once; ask the result for the voice of each match.
    /// - Complexity: O(n) in the text's bytes plus O(w · c) in words and cues per first word.
    public func analyze(_ text: UnsafeBufferPointer<UInt8>) -> VoiceMap {
        analyze(Array(text))
    }

    /// Analyses a text once; ask the result for the voice of each match.
    public func analyze(_ text: [UInt8]) -> VoiceMap {
        let tokens = tokenizer.tokens(in: text).tokens
        let sentences = sentenceRanges(text)
        var map = VoiceMap(sentences: sentences, minimumQuoteWords: minimumQuoteWords, shortSentenceWords: shortSentenceWords)
        map.wordsPerSentence = Array(repeating: 0, count: sentences.count)
        for t in tokens { map.wordsPerSentence[map.sentenceIndex(of: t.range.lowerBound)] += 1 }
        map.quotes = quoteSpans(text).filter { span in
            tokens.lazy.filter { span.contains($0.range.lowerBound) }.count >= minimumQuoteWords
        }
        map.reportingCues = Array(repeating: [], count: sentences.count)
        map.refutationCues = Array(repeating: [], count: sentences.count)
        for hit in reporting.hits(in: tokens) { map.reportingCues[map.sentenceIndex(of: hit.lowerBound)].append(hit) }
        for hit in refutation.hits(in: tokens) { map.refutationCues[map.sentenceIndex(of: hit.lowerBound)].append(hit) }
        return map
    }

    /// Sentence byte ranges covering the whole text. A sentence ends after `.`, `!`, `?`, `…`, `؟`
    /// or `。` (plus any closing quotes and brackets) followed by white space or the end, and at
    /// every line break. A period after a one-letter word ("U.S.", "A. Lukashenko") ends nothing.
    func sentenceRanges(_ text: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = text.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func close(at end: Int) {
            if end > start { result.append(start..<end) }
            start = end
        }
        while i < n {
            let b = text[i]
            var terminatorEnd: Int? = nil
            if b == 0x0A {
                close(at: i + 1)
                i += 1
                continue
            } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                if b == UInt8(ascii: ".") && i >= 1 && isLetterByte(text[i - 1]) && (i < 2 || !isLetterByte(text[i - 2])) {
                    i += 1
                    continue
                }
                terminatorEnd = i + 1
            } else if b == 0xE2 && i + 2 < n && text[i + 1] == 0x80 && text[i + 2] == 0xA6 {
                terminatorEnd = i + 3  // …
            } else if b == 0xD8 && i + 1 < n && text[i + 1] == 0x9F {
                terminatorEnd = i + 2  // ؟
            } else if b == 0xE3 && i + 2 < n && text[i + 1] == 0x80 && text[i + 2] == 0x82 {
                terminatorEnd = i + 3  // 。
            }
            guard var j = terminatorEnd else {
                i += 1
                continue
            }
            // Swallow repeated terminators and closing quotes/brackets.
            while j < n {
                if let q = closingMarkLength(text, j) { j += q } else if text[j] == UInt8(ascii: ".") || text[j] == UInt8(ascii: "!") || text[j] == UInt8(ascii: "?") { j += 1 } else { break }
            }
            if j >= n || isSpace(text[j]) {
                close(at: j)
            }
            i = j
        }
        if start < n { result.append(start..<n) }
        if result.isEmpty { result.append(0..<n) }
        return result
    }

    /// Quotation spans (from the opening mark to the closing mark) within paragraphs; a quote not
    /// closed by the end of its paragraph is dropped.
    func quoteSpans(_ text: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var stack: [(closers: [UInt32], start: Int)] = []
        var i = 0
        let n = text.count
        while i < n {
            let b = text[i]
            if b == 0x0A {
                stack.removeAll()
                i += 1
                continue
            }
            guard b == 0x22 || b >= 0xC2 else {
                i += 1
                continue
            }
            let (scalar, length) = decodeScalar(text, i)
            defer { i += max(length, 1) }
            let mark: (opens: [UInt32]?, closes: Bool)
            if let top = stack.last, top.closers.contains(scalar) {
                mark = (nil, true)
            } else {
                switch scalar {
                case 0x22: mark = ([0x22], false)  // "
                case 0x201C: mark = ([0x201D], false)  // “ … ”
                case 0x201D: mark = ([0x201D], false)  // ” … ” (Swedish/Finnish style)
                case 0x201E: mark = ([0x201C, 0x201D], false)  // „ … “ or „ … ”
                case 0x00AB: mark = ([0x00BB], false)  // « … »
                case 0x00BB: mark = ([0x00AB], false)  // » … «
                case 0x201A: mark = ([0x2018, 0x2019], false)  // ‚ … ‘
                case 0x300C: mark = ([0x300D], false)  // 「 … 」
                default: mark = (nil, false)
                }
            }
            if mark.closes {
                let opened = stack.removeLast()
                if stack.isEmpty { spans.append(opened.start..<(i + length)) }
            } else if let closers = mark.opens {
                stack.append((closers, i))
            }
        }
        return spans
    }
}

/// The voice analysis of one text: its sentences, quotation spans and cue positions.
public struct VoiceMap: Sendable {
    /// Sentence byte ranges, in order, covering the text.
    public let sentences: [Range<Int>]
    /// Quotation spans long enough to count as quotes.
    public internal(set) var quotes: [Range<Int>] = []
    var reportingCues: [[Range<Int>]] = []
    var refutationCues: [[Range<Int>]] = []
    var wordsPerSentence: [Int] = []
    let minimumQuoteWords: Int
    let shortSentenceWords: Int

    init(sentences: [Range<Int>], minimumQuoteWords: Int, shortSentenceWords: Int) {
        self.sentences = sentences
        self.minimumQuoteWords = minimumQuoteWords
        self.shortSentenceWords = shortSentenceWords
    }

    /// The index of the sentence holding byte `offset`.
    public func sentenceIndex(of offset: Int) -> Int {
        var lo = 0, hi = sentences.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if sentences[mid].lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return max(0, lo)
    }

    /// The byte range of the sentence that holds `range` (from its first sentence to its last).
    public func sentence(containing range: Range<Int>) -> Range<Int> {
        guard !sentences.isEmpty else { return range }
        let first = sentences[sentenceIndex(of: range.lowerBound)]
        let last = sentences[sentenceIndex(of: max(range.lowerBound, range.upperBound - 1))]
        return first.lowerBound..<max(last.upperBound, range.upperBound)
    }

    /// The voice of the phrase at byte range `range` (see the file comment for the rules).
    public func voice(of range: Range<Int>) -> Voice {
        guard !sentences.isEmpty else { return .own }
        let s = sentenceIndex(of: range.lowerBound)
        func cue(_ cues: [[Range<Int>]], _ k: Int) -> Bool {
            guard k >= 0 && k < cues.count else { return false }
            return cues[k].contains { !$0.overlaps(range) }
        }
        if cue(refutationCues, s) || cue(refutationCues, s + 1)
            || (s > 0 && wordsPerSentence[s - 1] <= shortSentenceWords && cue(refutationCues, s - 1))
        {
            return .refuted
        }
        if quotes.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) { return .quoted }
        if cue(reportingCues, s) { return .quoted }
        return .own
    }

    /// The cue ranges that made a sentence quoted or refuted (for explanations and tests).
    public func cues(inSentence index: Int) -> (reporting: [Range<Int>], refutation: [Range<Int>]) {
        (reportingCues[index], refutationCues[index])
    }
}

/// A compiled list of cue phrases, indexed by first word.
struct CueSet: Sendable {
    /// A phrase: folded words, each exact or a prefix.
    struct Cue: Sendable {
        var words: [(text: String, prefix: Bool)]
    }
    var byFirstWord: [String: [Cue]] = [:]
    var prefixFirst: [Cue] = []

    init(_ phrases: [String], tokenizer: Tokenizer) {
        for phrase in phrases {
            var words: [(String, Bool)] = []
            for raw in phrase.split(separator: " ") {
                let prefix = raw.hasSuffix("*")
                let parts = tokenizer.tokens(in: String(prefix ? raw.dropLast() : raw)).map(\.folded)
                for (k, part) in parts.enumerated() { words.append((part, prefix && k == parts.count - 1)) }
            }
            guard let first = words.first else { continue }
            let cue = Cue(words: words)
            if first.1 { prefixFirst.append(cue) } else { byFirstWord[first.0, default: []].append(cue) }
        }
    }

    /// The byte ranges of every cue occurrence (words adjacent, no hard break inside).
    func hits(in tokens: [Token]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for i in tokens.indices {
            let word = tokens[i].folded
            let candidates = (byFirstWord[word] ?? []) + prefixFirst.filter { word.hasPrefix($0.words[0].text) }
            for cue in candidates {
                guard i + cue.words.count <= tokens.count else { continue }
                var ok = true
                for k in 1..<max(1, cue.words.count) where ok {
                    let t = tokens[i + k]
                    let w = cue.words[k]
                    if t.hardBreakBefore || !(w.prefix ? t.folded.hasPrefix(w.text) : t.folded == w.text) { ok = false }
                }
                if ok {
                    result.append(tokens[i].range.lowerBound..<tokens[i + cue.words.count - 1].range.upperBound)
                    break
                }
            }
        }
        return result
    }
}

/// True for ASCII letters and any byte of a multi-byte scalar (treated as a letter for the
/// one-letter-abbreviation rule).
private func isLetterByte(_ b: UInt8) -> Bool {
    (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
}

/// The length of a closing quote or bracket at `i`, if there is one.
private func closingMarkLength(_ text: [UInt8], _ i: Int) -> Int? {
    let b = text[i]
    if b == 0x22 || b == 0x27 || b == UInt8(ascii: ")") || b == UInt8(ascii: "]") { return 1 }
    if b == 0xC2 && i + 1 < text.count && text[i + 1] == 0xBB { return 2 }  // »
    if b == 0xE2 && i + 2 < text.count && text[i + 1] == 0x80 && [0x9C, 0x9D, 0x98, 0x99].contains(text[i + 2]) { return 3 }
    return nil
}

/// Decodes the scalar at `i` (lenient: an invalid byte reads as U+FFFD of length 1).
private func decodeScalar(_ text: [UInt8], _ i: Int) -> (UInt32, Int) {
    let b0 = UInt32(text[i])
    if b0 < 0x80 { return (b0, 1) }
    let n = text.count
    if b0 >= 0xC2 && b0 < 0xE0 && i + 1 < n { return ((b0 & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F), 2) }
    if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < n {
        return ((b0 & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F), 3)
    }
    if b0 >= 0xF0 && b0 < 0xF5 && i + 3 < n {
        return ((b0 & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12 | UInt32(text[i + 2] & 0x3F) << 6 | UInt32(text[i + 3] & 0x3F), 4)
    }
    return (0xFFFD, 1)
}
