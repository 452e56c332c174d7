// The constants of the scoring formula, in one place (README.md, "How a score is computed").
// exp and pow come from the C math library (no Foundation: linking it would load Foundation and
// its ICU data at every start of the CLI, several milliseconds); the core does no I/O.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parameters of the score formula. The defaults are what narrascan ships with.
///
///     contribution(entry) = weight × (1 + d + d² + … + d^(n−1))     n occurrences, d = repeatDecay
///     raw                 = Σ contributions  (after overlap resolution)
///     normalized          = raw / sqrt(max(1, words / lengthUnit))
///     score               = 1 − exp(−max(0, normalized) / scale)            in 0 ..< 1
///     labelled            = score ≥ threshold of the narrative's lexicon
public struct ScoringModel: Sendable, Equatable {
    /// Each further occurrence of the same entry counts this fraction of the previous one.
    public var repeatDecay: Double = 0.5
    /// Texts up to this many words are not scaled down for length.
    public var lengthUnit: Double = 100
    /// The normalized evidence that maps to a score of 1 − 1/e ≈ 0.63.
    public var scale: Double = 3

    /// The shipped parameters.
    public init() {}

    /// The contribution of an entry of weight `weight` seen `count` times.
    public func contribution(weight: Double, count: Int) -> Double {
        guard count > 0 else { return 0 }
        return weight * (1 - pow(repeatDecay, Double(count))) / (1 - repeatDecay)
    }

    /// Maps raw evidence in a text of `words` words to a score in 0...1.
    public func score(raw: Double, words: Int) -> Double {
        let normalized = raw / max(1, Double(words) / lengthUnit).squareRoot()
        return normalized <= 0 ? 0 : 1 - exp(-normalized / scale)
    }
}

