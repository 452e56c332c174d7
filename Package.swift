// swift-tools-version:6.0
// narrascan: a fast, explainable classifier of disinformation narratives in news text.
// No package dependencies: the Swift toolchain only (stdlib, Foundation, Dispatch, Testing).
import PackageDescription

let package = Package(
    name: "narrascan",
    products: [
        .executable(name: "narrascan", targets: ["narrascan"]),
        .library(name: "NarrascanCore", targets: ["NarrascanCore"]),
        .library(name: "NarrascanMonitoring", targets: ["NarrascanMonitoring"]),
    ],
    targets: [
        // Pure library: tokenizer, lexicons, matcher, scorer. No I/O, no global mutable state.
        .target(name: "NarrascanCore"),
        // Monitoring statistics: time buckets, aggregation, spike detection. No I/O, like the core.
        .target(name: "NarrascanMonitoring", dependencies: ["NarrascanCore"]),
        // The command line as a library: arguments, formats, readers, writers, commands (tested in-process).
        .target(name: "NarrascanCLI", dependencies: ["NarrascanCore", "NarrascanMonitoring"]),
        // A few lines: run the CLI, map errors to exit codes.
        .executableTarget(name: "narrascan", dependencies: ["NarrascanCLI"]),
        // Throughput benchmark and corpus generator; release builds only.
        .executableTarget(
            name: "narrascan-bench", dependencies: ["NarrascanCore", "NarrascanCLI", "NarrascanBenchSupport"],
            path: "Benchmarks/NarrascanBench"),
        // The tool under test for ../shared/bench (no Foundation, like the CLI); release builds only.
        .executableTarget(
            name: "narrascan-peer", dependencies: ["NarrascanBenchSupport"], path: "Benchmarks/NarrascanPeer"),
        // What both benchmark programs share: phrase lists as lexicons, the peers scan, file reading.
        .target(name: "NarrascanBenchSupport", dependencies: ["NarrascanCore"], path: "Benchmarks/NarrascanBenchSupport"),
        // The properties scripts/fuzz.sh fuzzes with libFuzzer (Fuzz/Entry, built by the script, links
        // them with -sanitize=fuzzer,address); FuzzRegressionTests replays saved inputs through them.
        .target(name: "NarrascanFuzzTargets", dependencies: ["NarrascanCore", "NarrascanCLI"], path: "Fuzz/Targets"),
        .testTarget(name: "NarrascanCoreTests", dependencies: ["NarrascanCore"]),
        .testTarget(name: "NarrascanCLITests", dependencies: ["NarrascanCLI", "NarrascanCore", "NarrascanMonitoring"]),
        .testTarget(name: "EndToEndTests", dependencies: ["NarrascanCLI"], exclude: ["Golden"]),
        // Seeded random inputs checked against invariants (a few thousand cases per run).
        .testTarget(name: "NarrascanPropertyTests", dependencies: ["NarrascanCLI", "NarrascanCore"]),
        // Every input a fuzz target ever failed on (and a few chosen edge cases), replayed.
        .testTarget(name: "FuzzRegressionTests", dependencies: ["NarrascanFuzzTargets", "NarrascanCLI"], exclude: ["Inputs"]),
    ],
    swiftLanguageModes: [.v6]
)
