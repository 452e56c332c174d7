// Helpers shared by the core tests: inline offset markers and small lexicon builders.

import NarrascanCore

/// Parses a fixture written with `⟦…⟧` (nestable) around expected spans: returns the text without markers and
/// the byte ranges the markers enclosed, so offsets are never counted by hand.
func marked(_ fixture: String) -> (text: [UInt8], spans: [Range<Int>]) {
    var text: [UInt8] = []
    var spans: [Range<Int>] = []
    var open: [Int] = []
    for scalar in fixture.unicodeScalars {
        if scalar == "⟦" {
            open.append(text.count)
        } else if scalar == "⟧" {
            spans.append(open.removeLast()..<text.count)
        } else {
            text.append(contentsOf: String(scalar).utf8)
        }
    }
    return (text, spans)
}

/// A lexicon parsed from text, or a test failure.
func lexicon(named name: String = "n", threshold: Double = 0.5, _ entries: String) throws -> Lexicon {
    let text = "@narrative \(name)\n@title T\n@description D\n@threshold \(threshold)\n" + entries
    return try LexiconParser().parse(Array(text.utf8), source: "\(name).lex")
}

func set(_ lexicons: Lexicon...) throws -> LexiconSet { try LexiconSet(lexicons) }

func words(_ text: String) -> [String] { Tokenizer().tokens(in: text).map(\.folded) }
