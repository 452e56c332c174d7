// Per-slice results of concurrent workers.

/// Accumulates per-slice results from concurrent workers (each writes only its own slot).
package final class SliceTotals: @unchecked Sendable {
    private var values: [Int]
    package init(count: Int) { values = Array(repeating: 0, count: count) }
    package func store(_ value: Int, at slot: Int) { values.withUnsafeMutableBufferPointer { $0[slot] = value } }
    package var total: Int { values.reduce(0, +) }
}
