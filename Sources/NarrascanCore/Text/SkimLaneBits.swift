// Gathering the top bits of 16 byte lanes into an integer: the one step of the skimmer's block
// classification that Swift's SIMD types do not offer.
//
// x86-64 has it as one instruction (SSE2 `pmovmskb`), which Swift reaches through the compiler's
// own intrinsic headers (the `_Builtin_intrinsics` module that ships with the toolchain, not a
// package). Elsewhere, and as the reference the tests compare against, two multiplies do it.

#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel
#endif

/// Gathers the top bit of each of 16 byte lanes into a 16-bit mask (bit k is lane k).
@inline(__always) @usableFromInline
func skimMoveMask(_ m: SIMD16<UInt8>) -> UInt64 {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
    UInt64(truncatingIfNeeded: UInt16(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(m, to: __m128i.self))))
    #else
    skimMoveMaskPortable(m)
    #endif
}

/// Whether any of 16 byte lanes has its top bit set (for masks: whether any lane is set).
@inline(__always) @usableFromInline
func skimAnyTopBit(_ m: SIMD16<UInt8>) -> Bool {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
    _mm_movemask_epi8(unsafeBitCast(m, to: __m128i.self)) != 0
    #else
    let halves = unsafeBitCast(m, to: SIMD2<UInt64>.self)
    return (halves[0] | halves[1]) & 0x8080_8080_8080_8080 != 0
    #endif
}

/// `skimMoveMask` without the instruction: each half's top bits are masked and multiplied so that
/// bit 8j + 7 lands on bit 56 + j.
@inline(__always) @usableFromInline
func skimMoveMaskPortable(_ m: SIMD16<UInt8>) -> UInt64 {
    let halves = unsafeBitCast(m, to: SIMD2<UInt64>.self)
    let gather: UInt64 = 0x0002_0408_1020_4081
    let lo = ((halves[0] & 0x8080_8080_8080_8080) &* gather) &>> 56
    let hi = ((halves[1] & 0x8080_8080_8080_8080) &* gather) &>> 56
    return lo | hi &<< 8
}
