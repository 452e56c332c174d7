// The benchmark's only source of randomness: SplitMix64 from a fixed seed, so the same seed and size
// give byte-identical corpora and lexicons on every machine and every run (Swift's
// `SystemRandomNumberGenerator` and hashing are seeded per process and cannot be used here).

import NarrascanCore

/// A deterministic 64-bit generator (the package's `SplitMix64`, seeded through a mix) with the
/// draws the corpus generator needs.
struct SeededRandom: RandomNumberGenerator {
    private var generator: SplitMix64

    /// Creates a generator; equal seeds give equal sequences.
    init(seed: UInt64) { generator = SplitMix64(state: seed &* 0x9E37_79B9_7F4A_7C15 ^ 0xD1B5_4A32_D192_ED03) }

    mutating func next() -> UInt64 { generator.next() }

    /// A uniform integer in `0..<bound` (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A uniform double in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// An index in `0..<count` drawn with Zipf-like weights 1/(rank + 1.5): the first items are
    /// common, the tail is long. O(1) by inverting the continuous approximation.
    mutating func zipfIndex(_ count: Int) -> Int {
        let u = unit()
        let hi = Double(count) + 1.5
        let x = 1.5 * pow(hi / 1.5, u) - 1.5
        return min(count - 1, max(0, Int(x)))
    }
}

#if canImport(Glibc)
import Glibc
#endif
