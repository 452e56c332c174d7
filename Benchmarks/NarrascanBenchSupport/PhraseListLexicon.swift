// A plain phrase list such as ../shared/bench/phrases.txt (one lower-case phrase per line, `*`
// wildcards) as a lexicon, every phrase weight 1. The list is turned into lexicon-file text and
// parsed by the real `LexiconParser`, so its phrases are folded exactly as a hand-written
// lexicon's would be.

import NarrascanCore

/// Builds lexicons from plain phrase lists.
package enum PhraseListLexicon {
    /// A lexicon of the phrases in `lines` (blank lines and duplicates after folding are skipped),
    /// weight 1 each, as narrative `name`.
    package static func make(_ lines: [String], name: String = "phrases") throws -> Lexicon {
        try make(lines.map { Array($0.utf8)[...] }, name: name)
    }

    /// `make(_:name:)` for lines as bytes.
    package static func make(_ lines: [ArraySlice<UInt8>], name: String = "phrases") throws -> Lexicon {
        // Built as bytes: with Foundation's trimming and replacing per line, reading the 603-phrase
        // peers list took more instructions than scanning 5 MB of text.
        var text = Array("@narrative \(name)\n@title Phrase list\n@description Benchmark phrase list.\n@threshold 0.5\n".utf8)
        var seen = Set<ArraySlice<UInt8>>()
        for bytes in lines {
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
    package static func read(_ path: String) throws -> Lexicon {
        let bytes = try readEntireFile(path)
        return try make(bytes.split(separator: 0x0A))
    }
}
