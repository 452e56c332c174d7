// Lexicon errors as typed values. Every problem carries its file, line and column and a message
// an analyst can act on; the parser collects all of them before it gives up.

/// One problem found in a lexicon file.
public struct LexiconDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Problem: Error, Sendable, Equatable {
        case invalidUTF8
        case unknownDirective(String)
        case missingDirective(String)
        case repeatedDirective(String, firstLine: Int)
        case emptyDirectiveValue(String)
        case badNarrativeName(String)
        case badThreshold(String)
        case missingWeight
        case badWeight(String)
        case zeroWeight
        case weightOutOfRange(String)
        case emptyPhrase
        case duplicateEntry(String, firstLine: Int)
        case phraseTooLong(words: Int)
        case wordTooLong
        case wildcardTooShort(String)
        case misplacedWildcard(String)
        case phraseBreakingPunctuation(String)
        case duplicateNarrative(String, otherSource: String)
        case noLexicons
        case unreadable
        case tooManyEntries
        case tooComplex(String)
    }

    /// The file (or other source name) the problem is in.
    public var source: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based column in characters; 0 when the problem concerns the whole line or file.
    public var column: Int
    /// What is wrong.
    public var problem: Problem

    public init(source: String, line: Int, column: Int, problem: Problem) {
        self.source = source
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// The message without location.
    public var message: String {
        switch problem {
        case .invalidUTF8: return "invalid UTF-8 byte; save the file as UTF-8"
        case .unknownDirective(let d):
            return "unknown directive '@\(d)'; expected one of @narrative @title @description @threshold @lang @must-match @must-not-match"
        case .missingDirective(let d): return "missing required directive '@\(d)'"
        case .repeatedDirective(let d, let first): return "'@\(d)' is given again (first on line \(first)); keep one"
        case .emptyDirectiveValue(let d): return "'@\(d)' needs a value"
        case .badNarrativeName(let n):
            return "narrative name '\(n)' must be lower-case letters, digits and '-', starting with a letter"
        case .badThreshold(let t): return "threshold '\(t)' must be a number between 0 and 1 (exclusive)"
        case .missingWeight: return "an entry starts with its weight: 'WEIGHT PHRASE', e.g. '2.5 hybrid attack'"
        case .badWeight(let w): return "weight '\(w)' is not a number"
        case .zeroWeight: return "weight 0 has no effect; remove the entry or give it a weight"
        case .weightOutOfRange(let w): return "weight \(w) is out of range; use -10 to 10"
        case .emptyPhrase: return "the entry has a weight but no phrase"
        case .duplicateEntry(let p, let first): return "duplicate entry '\(p)' (first on line \(first))"
        case .phraseTooLong(let n): return "phrase has \(n) words; at most \(LexiconParser.maxPhraseWords) are allowed"
        case .wordTooLong: return "a word of the phrase is longer than \(LexiconParser.maxWordBytes) bytes"
        case .wildcardTooShort(let w):
            return "wildcard '\(w)' is too short: a prefix needs at least \(LexiconParser.minPrefixCharacters) letters"
        case .misplacedWildcard(let w): return "'*' may only end a word (as in 'migra*'), not stand in '\(w)'"
        case .phraseBreakingPunctuation(let w):
            return "'\(w)' holds punctuation that breaks a phrase, so the entry could never match; write the words without it"
        case .duplicateNarrative(let n, let other): return "narrative '\(n)' is also defined in \(other)"
        case .noLexicons: return "no lexicon (*.lex) found"
        case .unreadable: return "cannot read the file"
        case .tooManyEntries: return "more than \(LexiconParser.maxEntries) entries in one file; split the narrative or prune it (reading stopped here)"
        case .tooComplex(let why): return "lexicons too complex to compile: \(why)"
        }
    }

    /// `file:line:column: error: message`, the form editors and CI logs understand.
    public var description: String {
        var location = source
        if line > 0 { location += ":\(line)" }
        if line > 0 && column > 0 { location += ":\(column)" }
        return "\(location): error: \(message)"
    }
}

/// All problems found while loading lexicons. Loading is all-or-nothing: when this is thrown,
/// nothing was loaded.
public struct LexiconErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// Every problem, in file and line order.
    public var diagnostics: [LexiconDiagnostic]

    public init(_ diagnostics: [LexiconDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
