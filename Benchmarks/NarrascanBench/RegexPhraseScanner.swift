// Reference 2: one `NSRegularExpression` alternation of every phrase, case-insensitive, with
// look-around word boundaries, words joined by one or more soft separators, and `prefix*` as
// `prefix[\p{L}\p{N}\p{M}]*`. A regex engine reports non-overlapping leftmost matches, so this
// counts narrascan's matches reduced to the "N" semantics of ../shared/bench (at each start the
// phrase with the most words, then the next start after its end): alternatives are ordered by
// word count, longest first, to make the engine pick that one. Slow (ICU tries the alternatives
// one by one at every position): run it on a prefix of the corpus only.

import Foundation
import NarrascanCore

/// Counts non-overlapping phrase occurrences with one regular expression.
struct RegexPhraseScanner {
    let regex: NSRegularExpression

    /// - Parameter entries: the phrases as lexicon entries.
    init(entries: [LexiconEntry]) throws {
        let word = "[\\p{L}\\p{N}\\p{M}]"
        let soft = "[\\s\\-_'\"`«»„“”‘’‚‹›\\u00A0\\u2010-\\u2015\\u2039\\u203A]+"
        let ordered = entries.sorted {
            ($0.words.count, $0.normalized.utf8.count) > ($1.words.count, $1.normalized.utf8.count)
        }
        let alternatives = ordered.map { entry in
            entry.words.map { w in
                NSRegularExpression.escapedPattern(for: String(decoding: w.bytes, as: UTF8.self))
                    + (w.isPrefix ? "\(word)*" : "")
            }.joined(separator: soft)
        }
        let pattern = "(?<!\(word))(?:\(alternatives.joined(separator: "|")))(?!\(word))"
        regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    /// The number of non-overlapping matches in `text`.
    func count(_ text: String) -> Int {
        regex.numberOfMatches(in: text, options: [], range: NSRange(text.startIndex..., in: text))
    }
}

/// Reduces O matches to N: sorted by first word, longest first, each taken when it starts after the
/// last taken one ends.
func leftmostLongestCount(_ matches: [PhraseMatch]) -> Int {
    let ordered = matches.sorted { ($0.firstWord, -$0.lastWord) < ($1.firstWord, -$1.lastWord) }
    var count = 0
    var lastEnd = -1
    for m in ordered where m.firstWord > lastEnd {
        count += 1
        lastEnd = m.lastWord
    }
    return count
}
