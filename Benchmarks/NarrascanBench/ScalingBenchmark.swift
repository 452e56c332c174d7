// placeholder
struct ScalingBenchmark { init(_ a: BenchArguments) {}; func run() throws {} }
struct ProcessBenchmark { init(_ a: BenchArguments) {}; func run() throws {} }
