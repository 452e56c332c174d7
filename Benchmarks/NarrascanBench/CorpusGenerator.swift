// A deterministic generator of news-like documents in English, Russian and Polish, with phrases of
// the given lexicons planted at a realistic rate.
//
// The shape follows ../shared/bench/make_corpus.py (the peers' corpus), without its data files:
// documents of 1–8 KB (log-normal, median ~2.6 KB) in 2–6 paragraphs; 35% are crisis coverage with
// 1–10 planted lexicon phrases, 65% ordinary news of which 20% carry 1–4; about 6% of planted
// phrases come from another language's section. Text is Zipf-weighted runs of words with commas,
// numbers, names, quotes and parentheses: not prose, but the right byte mix and word-length
// distribution for measuring throughput. Planted phrases are 75% lower case, 12% Capitalised,
// 8% Title Case, 5% UPPER; 15% are near misses with a suffix glued to the last word; 3% join two
// words with a hyphen instead of a space. Same seed and size → byte-identical output.

import NarrascanCLI
import NarrascanCore

/// One generated document.
struct GeneratedDocument {
    var id: String
    var language: CorpusLanguage
    var source: String
    var date: String
    var title: String
    /// Paragraph texts; JSONL joins them with "\n\n", plain text with one space.
    var paragraphs: [String]
    /// How many lexicon phrases were planted whole (near misses excluded).
    var planted: Int
}

/// Generates documents one at a time (so a 1 GB corpus never sits in memory).
struct CorpusGenerator {
    private var random: SeededRandom
    private let vocabularies: [CorpusLanguage: CorpusVocabulary]
    /// Plantable phrases per language; phrases of other languages (de, lt, ...) go to `foreign`.
    private let phrases: [CorpusLanguage: [[PhraseWord]]]
    private let foreign: [[PhraseWord]]
    private var counter = 0

    /// - Parameters:
    ///   - lexicons: the entries to plant (their folded words are written back with case variants).
    ///   - seed: the only source of variation.
    init(lexicons: LexiconSet, seed: UInt64) {
        random = SeededRandom(seed: seed)
        var vocabularies: [CorpusLanguage: CorpusVocabulary] = [:]
        for language in CorpusLanguage.allCases { vocabularies[language] = CorpusVocabulary(language, seed: seed) }
        self.vocabularies = vocabularies
        var phrases: [CorpusLanguage: [[PhraseWord]]] = [:]
        var foreign: [[PhraseWord]] = []
        for entry in lexicons.lexicons.flatMap(\.entries) where entry.weight > 0 {
            if let language = CorpusLanguage(rawValue: entry.language) {
                phrases[language, default: []].append(entry.words)
            } else {
                foreign.append(entry.words)
            }
        }
        self.phrases = phrases
        self.foreign = foreign
    }

    /// The next document.
    mutating func next() -> GeneratedDocument {
        counter += 1
        let roll = random.unit()
        let language: CorpusLanguage = roll < 0.5 ? .en : roll < 0.8 ? .ru : .pl
        let vocabulary = vocabularies[language]!
        let topical = random.chance(0.35)
        var toPlant = 0
        if topical {
            toPlant = 1 + random.below(10)
        } else if random.chance(0.2) {
            toPlant = 1 + random.below(4)
        }
        // Log-normal length, median ~2.6 KB, clipped to 1–8 KB.
        let gaussian = (0..<6).reduce(0.0) { acc, _ in acc + random.unit() } - 3.0
        let targetBytes = min(8000, max(1000, Int(2600 * exp(0.45 * gaussian * 1.41))))
        let paragraphCount = 2 + random.below(5)
        let perParagraph = targetBytes / paragraphCount
        var plantAt = Set<Int>()
        for _ in 0..<toPlant { plantAt.insert(random.below(paragraphCount * 4)) }
        var paragraphs: [String] = []
        var planted = 0
        var sentenceIndex = 0
        for _ in 0..<paragraphCount {
            var paragraph = ""
            while paragraph.utf8.count < perParagraph {
                if !paragraph.isEmpty { paragraph += " " }
                let plant = plantAt.contains(sentenceIndex)
                let (sentence, count) = makeSentence(vocabulary, plant: plant ? 1 + (toPlant > 6 ? 1 : 0) : 0)
                paragraph += sentence
                planted += count
                sentenceIndex += 1
            }
            paragraphs.append(paragraph)
        }
        let sources = ["agency-wire", "daily-herald", "baltic-review", "minsk-today", "gazeta-codzienna", "vestnik"]
        let month = 1 + random.below(12), day = 1 + random.below(28)
        let date = "2021-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let (title, _) = makeSentence(vocabulary, plant: 0, maxWords: 9, end: "")
        return GeneratedDocument(
            id: "doc-\(counter)", language: language, source: sources[random.below(sources.count)], date: date,
            title: title, paragraphs: paragraphs, planted: planted)
    }

    /// One sentence of Zipf-weighted words with punctuation; plants `plant` phrases in it.
    private mutating func makeSentence(
        _ v: CorpusVocabulary, plant: Int, maxWords: Int = 24, end: String? = nil
    ) -> (String, Int) {
        let length = 6 + random.below(max(1, maxWords - 5))
        var parts: [String] = []
        var planted = 0
        let plantPositions = (0..<plant).map { _ in random.below(length) }
        var k = 0
        while k < length {
            if plantPositions.contains(k), let (phrase, whole) = phraseToPlant(v.language) {
                parts.append(phrase)
                if whole { planted += 1 }
                k += 1
                continue
            }
            let r = random.unit()
            var word: String
            if r < 0.06 {
                word = v.names[random.below(v.names.count)]
            } else if r < 0.09 {
                word = String(random.below(r < 0.075 ? 100 : 100_000))
                if random.chance(0.2) { word += "%" }
            } else {
                word = v.words[random.zipfIndex(v.words.count)]
            }
            if random.chance(0.03) {
                let q = v.quotes[random.below(v.quotes.count)]
                word = q.0 + word + " " + v.words[random.zipfIndex(v.words.count)] + q.1
            } else if random.chance(0.01) {
                word = "(" + word + ")"
            }
            if k < length - 1 && random.chance(0.08) { word += "," }
            parts.append(word)
            k += 1
        }
        var sentence = parts.joined(separator: " ")
        if let first = sentence.first, first.isLowercase { sentence = first.uppercased() + sentence.dropFirst() }
        let punctuation = end ?? (random.chance(0.9) ? "." : random.chance(0.5) ? "?" : "!")
        return (sentence + punctuation, planted)
    }

    /// A lexicon phrase rendered as text, and whether it should match (false for a near miss).
    private mutating func phraseToPlant(_ language: CorpusLanguage) -> (String, Bool)? {
        var pool = phrases[language] ?? []
        if random.chance(0.06) || pool.isEmpty {
            let other = CorpusLanguage.allCases[random.below(3)]
            pool = (other == language || phrases[other] == nil) ? foreign : phrases[other]!
        }
        if pool.isEmpty { return nil }
        let words = pool[random.below(pool.count)]
        let suffixes = ["s", "ing", "ами", "ов", "ami", "ów", "y"]
        var rendered: [String] = words.map { word in
            let text = String(decoding: word.bytes, as: UTF8.self)
            return word.isPrefix ? text + ["", "s", "а", "ow", "ation", "ий", "ych"][random.below(7)] : text
        }
        let nearMiss = random.chance(0.15)
        if nearMiss { rendered[rendered.count - 1] += suffixes[random.below(suffixes.count)] }
        let caseRoll = random.unit()
        if caseRoll >= 0.95 {
            rendered = rendered.map { $0.uppercased() }
        } else if caseRoll >= 0.87 {
            rendered = rendered.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        } else if caseRoll >= 0.75 {
            rendered[0] = rendered[0].prefix(1).uppercased() + rendered[0].dropFirst()
        }
        var text = rendered[0]
        for w in rendered.dropFirst() { text += (random.chance(0.03) ? "-" : " ") + w }
        return (text, !nearMiss)
    }
}

/// Writes generated documents as JSONL and as plain text (one document per line).
struct CorpusWriter {
    /// Generates documents until the JSONL output reaches `megabytes` × 10^6 bytes; writes
    /// `base.jsonl` and `base.txt`. Returns the number of documents.
    static func write(lexicons: LexiconSet, seed: UInt64, megabytes: Double, base: String) throws -> Int {
        var generator = CorpusGenerator(lexicons: lexicons, seed: seed)
        let jsonl = try BufferedFile(path: base + ".jsonl")
        let text = try BufferedFile(path: base + ".txt")
        let limit = Int(megabytes * 1e6)
        var documents = 0
        while jsonl.written < limit {
            let d = generator.next()
            jsonl.append(jsonLine(d))
            text.append(Array(d.paragraphs.joined(separator: " ").utf8) + [0x0A])
            documents += 1
        }
        jsonl.close()
        text.close()
        return documents
    }

    /// One JSONL record: {"id","source","date","lang","title","text"}.
    static func jsonLine(_ d: GeneratedDocument) -> [UInt8] {
        var w = JSONWriter()
        w.member("{\"id\":", d.id)
        w.member(",\"source\":", d.source)
        w.member(",\"date\":", d.date)
        w.member(",\"lang\":", d.language.rawValue)
        w.member(",\"title\":", d.title)
        w.member(",\"text\":", d.paragraphs.joined(separator: "\n\n"))
        w.raw("}\n")
        return w.bytes
    }
}

#if canImport(Glibc)
import Glibc
#endif
