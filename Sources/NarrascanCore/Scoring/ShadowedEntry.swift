// Entries that lower a score by matching. Within a narrative a match that lies inside another
// match does not count (Scorer's overlap rules), so a longer entry with a smaller weight than a
// shorter entry inside it *replaces* the heavier evidence wherever both match: adding
// "convenient scapegoat" at 1.5 to a lexicon with "scapegoat*" at 2 makes every "convenient
// scapegoat" count less than before. `lexicon check` warns about each such pair.

/// A positive entry that, wherever it matches, hides a heavier entry of its own narrative lying
/// inside it, so that its own match lowers the text's score instead of raising it.
///
/// Found by reading each entry's words as a text (a wildcard word as its prefix) and asking which
/// other entries of the narrative match inside that text and lose the overlap to it by the
/// scorer's rules: a match inside a longer one is subsumed; of two matches over the same words the
/// one with more exact words wins, then the one earlier in the file. Counter-evidence (a negative
/// longer entry such as "so-called hybrid attack" over "hybrid attack") is meant to replace what it
/// contains and is never reported.
public struct ShadowedEntry: Sendable, Equatable {
    /// Index, in the lexicon's entries, of the longer (or more specific) entry that wins.
    public var shadowing: Int
    /// Index of the heavier entry it hides.
    public var hidden: Int

    /// Creates a finding.
    public init(shadowing: Int, hidden: Int) {
        self.shadowing = shadowing
        self.hidden = hidden
    }

    /// Every positive entry of `lexicon` that hides a heavier positive entry of it, each reported
    /// once with the heaviest entry it hides (the first in file order among equals), in file order.
    ///
    /// - Complexity: for each entry, each of its word positions is looked up in an index of the
    ///   entries by first word (exact words by their bytes, wildcard words by each prefix length),
    ///   so the cost grows with the entries times their words, not with the square of the entries.
    public static func find(in lexicon: Lexicon) -> [ShadowedEntry] {
        let entries = lexicon.entries
        var byExactFirst: [[UInt8]: [Int]] = [:]
        var byPrefixFirst: [[UInt8]: [Int]] = [:]
        for (index, entry) in entries.enumerated() where entry.weight > 0 {
            guard let first = entry.words.first else { continue }
            switch first {
            case .exact(let bytes): byExactFirst[bytes, default: []].append(index)
            case .prefix(let bytes): byPrefixFirst[bytes, default: []].append(index)
            }
        }
        var findings: [ShadowedEntry] = []
        for (index, entry) in entries.enumerated() where entry.weight > 0 {
            let text = entry.words.map(\.bytes)
            var heaviest: Int? = nil
            for start in text.indices {
                var starters = byExactFirst[text[start]] ?? []
                let word = text[start]
                if !byPrefixFirst.isEmpty {
                    for length in stride(from: min(word.count, 64), through: 1, by: -1) {
                        if let found = byPrefixFirst[Array(word.prefix(length))] { starters += found }
                    }
                }
                for other in starters where other != index && entries[other].weight > entry.weight {
                    let words = entries[other].words
                    guard start + words.count <= text.count else { continue }
                    var matches = true
                    for (offset, phraseWord) in words.enumerated() where !phraseWord.matches(text[start + offset]) {
                        matches = false
                        break
                    }
                    guard matches else { continue }
                    if words.count == text.count {
                        // The same words: the overlap goes to more exact words, then to file order.
                        let mine = entry.exactWordCount, theirs = entries[other].exactWordCount
                        guard mine > theirs || (mine == theirs && index < other) else { continue }
                    }
                    if let current = heaviest {
                        let a = entries[other].weight, b = entries[current].weight
                        if a > b || (a == b && other < current) { heaviest = other }
                    } else {
                        heaviest = other
                    }
                }
            }
            if let hidden = heaviest { findings.append(ShadowedEntry(shadowing: index, hidden: hidden)) }
        }
        return findings
    }
}
