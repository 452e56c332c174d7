// Where the benchmark's lexicons come from: the bundled Lexicons/ folder (through the CLI's own
// loader), a plain phrase list such as ../shared/bench/phrases.txt (one lower-case phrase per
// line, `*` wildcards, every phrase weight 1), or a generated lexicon of N entries for the scaling
// mode. A phrase list is turned into lexicon-file text and parsed by the real `LexiconParser`, so
// its phrases are folded exactly as a hand-written lexicon's would be.

import NarrascanCLI
import NarrascanCore

enum BenchLexicons {
    /// The bundled lexicons: `explicit`, else NARRASCAN_LEXICONS, else a Lexicons/ folder found
    /// upwards from the working directory or the executable.
    static func bundled(_ explicit: String?) throws -> (set: LexiconSet, path: String) {
        let context = CommandContext(
            stdout: MemoryOutput(), stderr: MemoryOutput(), stdin: MemoryInput([UInt8]()),
            environment: processEnvironment(),
            executablePath: CommandLine.arguments.first.flatMap(executablePath))
        let loader = LexiconLoader(context: context)
        var path = explicit
        if path == nil, access("Lexicons", F_OK) == 0 { path = "Lexicons" }
        do {
            let resolved = try loader.resolvePath(path)
            return (try loader.load(resolved), resolved)
        } catch {
            throw BenchError("cannot load the bundled lexicons: \(error); pass --lexicons DIR")
        }
    }

    /// A lexicon of the phrases in `lines` (blank lines and duplicates after folding are skipped),
    /// weight 1 each, as narrative `name`.
    static func fromPhraseList(_ lines: [String], name: String = "phrases") throws -> Lexicon {
        // Built as bytes: with Foundation's trimming and replacing per line, reading the 603-phrase
        // peers list took more instructions than scanning 5 MB of text.
        var text = Array("@narrative \(name)\n@title Phrase list\n@description Benchmark phrase list.\n@threshold 0.5\n".utf8)
        var seen = Set<ArraySlice<UInt8>>()
        for line in lines {
            let bytes = Array(line.utf8)
            let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            guard let first = bytes.firstIndex(where: { !isBlank($0) }), let last = bytes.lastIndex(where: { !isBlank($0) }) else {
                continue
            }
            let phrase = bytes[first...last]
            if !seen.insert(phrase).inserted { continue }
            text += [0x31, 0x20] + phrase.map { $0 == 0x23 ? 0x20 : $0 } + [0x0A]  // "1 ", '#' as a space
        }
        do {
            return try LexiconParser().parse(text, source: name)
        } catch {
            // Drop the lines the parser rejects (duplicates after folding) and parse again.
            let bad = Set(error.diagnostics.map(\.line))
            let kept = text.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
                .filter { !bad.contains($0.offset + 1) || $0.offset < 4 }.map(\.element)
            if bad.isEmpty { throw BenchError("phrase list: \(error)") }
            return try LexiconParser().parse(Array(kept.joined(separator: [0x0A])), source: name)
        }
    }

    /// Reads a phrase-list file.
    static func phraseList(_ path: String) throws -> Lexicon {
        let bytes = try readEntireFile(path)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return try fromPhraseList(lines)
    }

    /// A lexicon of `count` phrases of 1–4 words: the first 100 bundled phrases (the same at every
    /// size, so the matches they produce stay constant), then generated ones. With `realWords` false, a generated phrase starts with a pseudo-word that
    /// never occurs in the corpus and its later words come half from the corpus vocabularies, half
    /// from pseudo-words: the vocabulary grows (and text words hit it) but the match count stays
    /// that of the bundled phrases, so only the cost of the bigger tables shows. With `realWords`
    /// true, every word is drawn half from the corpus, so phrases match far more often, as an
    /// extreme. 5% end in a wildcard. Deterministic for a seed.
    static func generated(count: Int, base: LexiconSet, seed: UInt64, realWords: Bool = false) throws -> LexiconSet {
        var random = SeededRandom(seed: seed ^ 0x5CA1E)
        var phrases = base.lexicons.flatMap(\.entries).map(\.normalized)
        let vocab = CorpusLanguage.allCases.flatMap { CorpusVocabulary($0, seed: seed).words }
        let letters = Array("abcdefghijklmnopqrstuvwxyzабвгдежзиклмнопрстуфхцчшщыэюяąćęłńóśźż")
        phrases = Array(phrases.prefix(min(count, 100)))
        var seen = Set(phrases)
        while phrases.count < count {
            let n = 1 + random.below(4)
            var words: [String] = []
            for k in 0..<n {
                if (realWords || k > 0) && random.chance(0.5) {
                    words.append(vocab[random.below(vocab.count)].lowercased())
                } else {
                    let length = 4 + random.below(8)
                    words.append(String((0..<length).map { _ in letters[random.below(letters.count)] }))
                }
            }
            if n > 1 && random.chance(0.05) { words[n - 1] = String(words[n - 1].prefix(4)) + "*" }
            let phrase = words.joined(separator: " ")
            if seen.insert(phrase).inserted { phrases.append(phrase) }
        }
        return try LexiconSet([fromPhraseList(phrases, name: "generated")])
    }
}

import Foundation
