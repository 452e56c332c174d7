// Clocks, CPU time and peak memory for the benchmark, and the median-of-runs protocol.
//
// Wall time comes from CLOCK_MONOTONIC; CPU time (user + system, all threads) from getrusage, so a
// parallel run's overhead shows even when the shared 2-core machine makes wall time noisy. Peak
// RSS is the kernel's VmHWM, reset before each workload by writing "5" to /proc/self/clear_refs,
// so every workload reports its own peak rather than the process's whole-life maximum.

#if canImport(Glibc)
import Glibc
#endif

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// User + system CPU seconds of this process (all threads).
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) * 1e-6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) * 1e-6
}

/// Peak resident memory of this process since the last `resetPeakMemory()`, in MB (10^6 bytes).
func peakMemoryMB() -> Double {
    guard let file = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
        let length = line.firstIndex(of: 0) ?? line.count
        let text = String(decoding: line[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            let digits = text.filter(\.isNumber)
            return (Double(digits) ?? 0) * 1024 / 1e6
        }
    }
    return 0
}

/// Resets the kernel's peak-RSS mark to the current RSS (Linux ≥ 4.0; a no-op elsewhere).
func resetPeakMemory() {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return }
    fputs("5", file)
    fclose(file)
}

/// One timed run: wall seconds, CPU seconds, and a result that must not be optimised away.
struct RunSample {
    var wall: Double
    var cpu: Double
    var check: Int
}

/// The figures of one workload: medians over the timed runs after a warm-up.
struct Measurement {
    var name: String
    var jobs: Int
    var bytes: Int
    var documents: Int
    var samples: [RunSample]
    var peakMB: Double
    /// The result every run agreed on (a match or word count).
    var check: Int

    var medianWall: Double { median(samples.map(\.wall)) }
    var medianCPU: Double { median(samples.map(\.cpu)) }
    var bestWall: Double { samples.map(\.wall).min() ?? 0 }
    /// MB (10^6 bytes) per second of the median run.
    var mbPerSecond: Double { Double(bytes) / 1e6 / medianWall }
    var documentsPerSecond: Double { Double(documents) / medianWall }
    /// (max − min) / median of the wall times: how noisy the machine was.
    var spread: Double {
        let w = samples.map(\.wall)
        return ((w.max() ?? 0) - (w.min() ?? 0)) / max(medianWall, 1e-12)
    }
}

/// The median of `values` (the mean of the middle two for an even count).
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Runs `body` once to warm up, then `runs` times, and reports medians and the peak RSS.
///
/// - Parameters:
///   - body: one complete run; returns a check value (match count) that every run must repeat.
/// - Complexity: `runs + 1` calls of `body`.
func measure(
    _ name: String, jobs: Int, bytes: Int, documents: Int, runs: Int, _ body: () -> Int
) -> Measurement {
    resetPeakMemory()
    let expected = body()
    var samples: [RunSample] = []
    for _ in 0..<max(1, runs) {
        let c0 = processCPUSeconds()
        let t0 = monotonicSeconds()
        let check = body()
        let t1 = monotonicSeconds()
        let c1 = processCPUSeconds()
        if check != expected {
            fatalError("\(name): run gave \(check), warm-up gave \(expected): nondeterministic result")
        }
        samples.append(RunSample(wall: t1 - t0, cpu: c1 - c0, check: check))
    }
    return Measurement(
        name: name, jobs: jobs, bytes: bytes, documents: documents, samples: samples, peakMB: peakMemoryMB(),
        check: expected)
}
