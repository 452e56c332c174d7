// Finding where a run of plain JSON string bytes ends, 16 bytes at a time.
//
// A JSON string's bytes are nearly all plain: its end is the first quote, backslash or control byte.
// The record parser spent most of its time looking for that byte. Here each 16 bytes cost three
// compares and one lane mask (`stringDelimiterLanes`: one SSE2 instruction on x86-64) instead of a
// SWAR test per 8 bytes.
//
// It lives in this module, not beside the skimmer in NarrascanCore, on purpose: any SIMD compare
// in a second place of that module changed how the compiler treated the skimmer's loop (the
// generic SIMD operators get one specialization per module, inlined only while they have one
// caller, as far as measured), and the matcher ran 70% slower (0.26 s → 0.44 s on the peers
// corpus).

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif

/// The offset of the first byte at or after `from` that is a quote (`"`), a backslash or a control
/// byte (below 0x20), or `count` when there is none.
///
/// - Parameters:
///   - bytes: the text.
///   - from: where to start, `0...count`.
///   - count: the number of bytes at `bytes`.
/// - Complexity: O(n) in the bytes passed over; no allocation.
func jsonStringDelimiter(in bytes: UnsafePointer<UInt8>, from: Int, count: Int) -> Int {
    var k = from
    let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C)
    // SSE2 compares signed bytes only: adding 0x80 maps 0x00...0x1F to -128...-97.
    let shift = SIMD16<UInt8>(repeating: 0x80), limit = SIMD16<Int8>(repeating: -96)
    while k &+ 16 <= count {
        let v = UnsafeRawPointer(bytes + k).loadUnaligned(as: SIMD16<UInt8>.self)
        let control = SIMD16<Int8>(truncatingIfNeeded: v &+ shift) .< limit
        let hits = stringDelimiterLanes(
            SIMD16<UInt8>(truncatingIfNeeded: (v .== quote)._storage) | SIMD16<UInt8>(truncatingIfNeeded: (v .== backslash)._storage)
                | SIMD16<UInt8>(truncatingIfNeeded: control._storage))
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

/// The top bits of 16 byte lanes as a 16-bit mask (bit k is lane k).
@inline(__always)
private func stringDelimiterLanes(_ m: SIMD16<UInt8>) -> Int {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
    Int(UInt16(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(m, to: __m128i.self))))
    #else
    var mask = 0
    for k in 0..<16 where m[k] & 0x80 != 0 { mask |= 1 << k }
    return mask
    #endif
}
