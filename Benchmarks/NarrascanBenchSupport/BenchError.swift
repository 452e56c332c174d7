// The benchmarks' own errors (files they cannot open, bad arguments).

/// An error of the benchmark programs, with the line they print.
package struct BenchError: Error, CustomStringConvertible {
    package var description: String
    package init(_ description: String) { self.description = description }
}
