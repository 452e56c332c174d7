// Where the benchmark's lexicons come from: the bundled Lexicons/ folder (through the CLI's own
// loader), or a generated lexicon of N entries for the scaling mode, built as a phrase list
// (`PhraseListLexicon`, shared with narrascan-peer).

import NarrascanBenchSupport
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
        return try LexiconSet([PhraseListLexicon.make(phrases, name: "generated")])
    }
}

import Foundation
