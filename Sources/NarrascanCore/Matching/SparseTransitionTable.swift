// The sparse transition table of the non-start states: memory the builder fills and the matcher reads.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sparse transition table of the non-start states: open addressing with linear probing,
/// key = state << 32 | class (0: empty slot; a key's class is never 0), and the target state
/// beside it. It lives in memory it owns so that the builder fills it in place and the matcher
/// reads it through the same pointers for as long as it holds this object: the table is the
/// largest one (12 bytes a slot, 6 MB with the round-12 lexicons), and copying it into the matcher
/// cost a copy and a second set of page faults on every start-up.
final class SparseTransitionTable: @unchecked Sendable {
    /// Slot keys, `capacity` of them (a power of two).
    let keys: UnsafeMutablePointer<UInt64>
    /// Slot targets, beside `keys`.
    let targets: UnsafeMutablePointer<Int32>
    let capacity: Int

    /// An empty table of `capacity` slots (a power of two). The slots come zeroed from `calloc`:
    /// a table this large is mapped fresh, its pages are zeroed by the kernel when the fill first
    /// touches them, and zeroing it in advance was a 6 MB pass that left the table out of the
    /// cache for the fill.
    init(capacity: Int) {
        self.capacity = capacity
        guard let k = calloc(capacity, MemoryLayout<UInt64>.stride), let t = calloc(capacity, MemoryLayout<Int32>.stride) else {
            fatalError("out of memory for a \(capacity)-slot transition table")
        }
        keys = k.bindMemory(to: UInt64.self, capacity: capacity)
        targets = t.bindMemory(to: Int32.self, capacity: capacity)
    }

    deinit {
        free(keys)
        free(targets)
    }
}
