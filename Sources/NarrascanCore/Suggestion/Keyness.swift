// The statistic behind `lexicon suggest`: how strongly the presence of a phrase separates one group
// of documents (a narrative's positives) from the others, in a form that stays sane on small counts.
//
// It is the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008,
// "Fightin' Words"), taken over documents rather than tokens: a phrase is present in a document or
// not, so the Dirichlet over the vocabulary becomes a Beta prior over one presence rate. The prior
// is centred on the phrase's rate in all documents and worth `priorStrength` documents, so a
// phrase seen in 2 of 2 positives and 0 others is pulled hard towards "no difference", while one
// seen in 30 of 100 positives and 3 of 400 others keeps most of its difference. Dividing the
// log-odds by its approximate standard deviation gives a z-score to rank by.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The keyness of one phrase for one group of documents against the rest.
public struct Keyness: Sendable, Equatable {
    /// The smoothed log-odds ratio of presence (group against the rest); positive when the phrase
    /// is more common in the group.
    public var logOdds: Double
    /// `logOdds` divided by its approximate standard deviation.
    public var z: Double

    /// Computes the keyness of a phrase present in `inGroup` of `groupSize` documents and in
    /// `outside` of `othersSize` other documents.
    ///
    /// - Parameter priorStrength: how many documents the prior is worth (default 10).
    public init(inGroup: Int, groupSize: Int, outside: Int, othersSize: Int, priorStrength: Double = 10) {
        let y1 = Double(inGroup), n1 = Double(groupSize)
        let y0 = Double(outside), n0 = Double(othersSize)
        // The phrase's overall presence rate, kept off 0 and 1.
        let rate = (y1 + y0 + 0.5) / (n1 + n0 + 1)
        let a = priorStrength * rate
        let b = priorStrength * (1 - rate)
        let present1 = y1 + a, absent1 = max(0, n1 - y1) + b
        let present0 = y0 + a, absent0 = max(0, n0 - y0) + b
        logOdds = (log(present1) - log(absent1)) - (log(present0) - log(absent0))
        let variance = 1 / present1 + 1 / absent1 + 1 / present0 + 1 / absent0
        z = logOdds / variance.squareRoot()
    }
}
