// A validated collection of lexicons: the unit that compiles into a matcher. Order is by narrative
// name, so output never depends on the order files were listed or found in.

/// The lexicons of one run, one per narrative, sorted by name, with unique names.
public struct LexiconSet: Sendable, Equatable {
    /// The lexicons, sorted by narrative name.
    public let lexicons: [Lexicon]

    /// Validates and sorts `lexicons`.
    /// - Throws: `LexiconErrors` when there is none, or when two define the same narrative.
    public init(_ lexicons: [Lexicon]) throws(LexiconErrors) {
        guard !lexicons.isEmpty else {
            throw LexiconErrors([LexiconDiagnostic(source: "lexicons", line: 0, column: 0, problem: .noLexicons)])
        }
        var firstSource: [String: String] = [:]
        var diagnostics: [LexiconDiagnostic] = []
        for lexicon in lexicons {
            if let other = firstSource[lexicon.name] {
                diagnostics.append(
                    LexiconDiagnostic(
                        source: lexicon.source, line: 0, column: 0,
                        problem: .duplicateNarrative(lexicon.name, otherSource: other)))
            } else {
                firstSource[lexicon.name] = lexicon.source
            }
        }
        if !diagnostics.isEmpty { throw LexiconErrors(diagnostics) }
        self.lexicons = lexicons.sorted { $0.name < $1.name }
    }

    /// The narrative names, in order.
    public var names: [String] { lexicons.map(\.name) }

    /// Keeps only the named narratives.
    /// - Returns: nil when a name is not defined (the caller reports it).
    public func restricted(to names: [String]) -> LexiconSet? {
        guard names.allSatisfy({ n in lexicons.contains { $0.name == n } }) else { return nil }
        return try? LexiconSet(lexicons.filter { names.contains($0.name) })
    }
}
