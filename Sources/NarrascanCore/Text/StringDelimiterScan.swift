// Finding where a run of plain JSON string bytes ends, 16 bytes at a time.
//
// A JSON string's bytes are nearly all plain: its end is the first quote, backslash or control byte.
// The record parser spent most of its time looking for that byte; with the skimmer's SIMD compares
// and lane mask (`skimMoveMask`: one SSE2 instruction on x86-64) each 16 bytes cost a handful of
// instructions instead of a SWAR test per 8.

/// The offset of the first byte at or after `from` that is a quote (`"`), a backslash or a control
/// byte (below 0x20), or `count` when there is none.
///
/// - Parameters:
///   - bytes: the text.
///   - from: where to start, `0...count`.
///   - count: the number of bytes at `bytes`.
/// - Complexity: O(n) in the bytes passed over; no allocation.
@inlinable
public func jsonStringDelimiter(in bytes: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
    var k = from
    while k &+ 16 <= count {
        let v = UnsafeRawPointer(bytes + k).loadUnaligned(as: SIMD16<UInt8>.self)
        let hits = skimMoveMask(skimEqual(v, 0x22) | skimEqual(v, 0x5C) | skimInRange(v, 0, 0x20))
        if hits != 0 { return k &+ hits.trailingZeroBitCount }
        k &+= 16
    }
    while k < count {
        let c = bytes[k]
        if c == 0x22 || c == 0x5C || c < 0x20 { return k }
        k &+= 1
    }
    return count
}
