// Precision, recall and F1 of predicted labels against gold labels: per narrative, micro and macro
// over narratives, per language, and a threshold sweep. Pure computation over scored documents.

import NarrascanCore

/// A document with its scores and its gold labels.
public struct EvaluatedDocument: Sendable {
    public var id: String
    public var lang: String
    public var gold: Set<String>
    public var score: DocumentScore
}

/// Counts and rates for one narrative (or a pool of them).
public struct ClassificationCounts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    public var support: Int { truePositives + falseNegatives }
    public var precision: Double { truePositives + falsePositives == 0 ? (support == 0 ? 1 : 0) : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { support == 0 ? 1 : Double(truePositives) / Double(support) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
    public static func + (a: Self, b: Self) -> Self {
        var c = a
        c.truePositives += b.truePositives
        c.falsePositives += b.falsePositives
        c.falseNegatives += b.falseNegatives
        return c
    }
}

/// The evaluation of a set of documents.
public struct EvaluationReport: Sendable {
    public var narratives: [String]
    public var perNarrative: [String: ClassificationCounts]
    public var perLanguage: [String: (documents: Int, counts: ClassificationCounts, macroF1: Double)]
    public var documents: Int

    /// Micro-F1: all narratives' decisions pooled.
    public var micro: ClassificationCounts { narratives.reduce(ClassificationCounts()) { $0 + perNarrative[$1]! } }
    /// Macro-F1: the mean of the narratives' F1.
    public var macroF1: Double { narratives.isEmpty ? 0 : narratives.map { perNarrative[$0]!.f1 }.reduce(0, +) / Double(narratives.count) }

    /// Evaluates `documents`, optionally deciding with `thresholds` instead of each lexicon's own.
    public init(_ documents: [EvaluatedDocument], narratives: [String], thresholds: [String: Double]? = nil) {
        self.narratives = narratives
        self.documents = documents.count
        func predicted(_ d: EvaluatedDocument, _ n: NarrativeScore) -> Bool {
            if let t = thresholds?[n.narrative] { return n.score >= t }
            return n.labelled
        }
        func counts(_ docs: [EvaluatedDocument], _ narrative: String) -> ClassificationCounts {
            var c = ClassificationCounts()
            for d in docs {
                guard let n = d.score.narratives.first(where: { $0.narrative == narrative }) else { continue }
                let p = predicted(d, n), g = d.gold.contains(narrative)
                if p && g { c.truePositives += 1 } else if p { c.falsePositives += 1 } else if g { c.falseNegatives += 1 }
            }
            return c
        }
        var perNarrative: [String: ClassificationCounts] = [:]
        for n in narratives { perNarrative[n] = counts(documents, n) }
        self.perNarrative = perNarrative
        var perLanguage: [String: (Int, ClassificationCounts, Double)] = [:]
        for lang in Set(documents.map(\.lang)) {
            let docs = documents.filter { $0.lang == lang }
            let each = narratives.map { counts(docs, $0) }
            let pooled = each.reduce(ClassificationCounts(), +)
            let macro = each.map(\.f1).reduce(0, +) / Double(max(1, each.count))
            perLanguage[lang] = (docs.count, pooled, macro)
        }
        self.perLanguage = perLanguage
    }
}
