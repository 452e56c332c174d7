// The package's one deterministic random generator, for the benchmark's corpus and lexicons and
// for the seeded tests: the same seed gives the same sequence on every machine and every run
// (Swift's `SystemRandomNumberGenerator` and hashing are seeded per process). Package access: the
// product itself draws no random numbers, so this is not part of the library's public API.

/// SplitMix64: a small, fast 64-bit generator; equal states give equal sequences.
package struct SplitMix64: RandomNumberGenerator {
    package var state: UInt64

    /// Starts the sequence at `state` (used as given; callers mix their seeds as they see fit).
    package init(state: UInt64) { self.state = state }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
