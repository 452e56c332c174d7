// The libFuzzer entry points, compiled only by `scripts/fuzz.sh` (with `-sanitize=fuzzer,address`
// and `-parse-as-library`, so libFuzzer supplies `main`); SwiftPM never builds this folder.
// One binary holds every target: `NARRASCAN_FUZZ_TARGET` names the one to run, and
// `NARRASCAN_FUZZ_LIST=1` prints the registry (name, seed glob, seed unit, max length) and exits.

import NarrascanFuzzTargets

#if canImport(Glibc)
import Glibc
#endif

/// The target chosen at start-up; written once in `LLVMFuzzerInitialize`, before any input runs.
nonisolated(unsafe) var selectedTarget: (any FuzzTarget)?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<Int32>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?
) -> Int32 {
    if getenv("NARRASCAN_FUZZ_LIST") != nil {
        for t in allFuzzTargets { print("\(t.name)\t\(t.seeds.glob)\t\(t.seeds.unit.rawValue)\t\(t.maxInputBytes)") }
        exit(0)
    }
    let name = getenv("NARRASCAN_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = fuzzTarget(named: name) else {
        printToStderr("narrascan-fuzz: set NARRASCAN_FUZZ_TARGET to one of: \(allFuzzTargets.map(\.name).joined(separator: " "))")
        exit(2)
    }
    selectedTarget = target
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    do {
        try selectedTarget!.check(UnsafeBufferPointer(start: data, count: size))
    } catch {
        printToStderr("narrascan-fuzz: property failed: \(error)")
        abort()  // libFuzzer saves the input as a crash
    }
    return 0
}

/// Writes one line to file descriptor 2 (libFuzzer's log).
func printToStderr(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}
