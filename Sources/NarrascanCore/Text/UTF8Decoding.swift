// A validating UTF-8 decoder for one scalar at a time, used by the tokenizer's slow path.
// It accepts exactly the well-formed sequences of the Unicode standard (table 3-7): no overlongs,
// no encoded surrogates, nothing above U+10FFFF, no truncated sequences. Anything else is reported
// as invalid so that the caller can treat that one byte as a separator and count it.

/// Decodes the scalar whose lead byte is at `i`.
///
/// - Returns: the scalar value and its length in bytes, or length 0 when the bytes at `i` do not
///   begin a well-formed sequence (the caller then skips exactly one byte).
/// - Complexity: O(1).
@inline(__always) @usableFromInline
func decodeScalar(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (scalar: UInt32, length: Int) {
    let b0 = UInt32(base[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xC2 { return (0, 0) }
    if b0 < 0xE0 {
        guard i + 1 < n else { return (0, 0) }
        let b1 = UInt32(base[i + 1])
        guard b1 & 0xC0 == 0x80 else { return (0, 0) }
        return ((b0 & 0x1F) << 6 | (b1 & 0x3F), 2)
    }
    if b0 < 0xF0 {
        guard i + 2 < n else { return (0, 0) }
        let b1 = UInt32(base[i + 1]), b2 = UInt32(base[i + 2])
        let lo: UInt32 = b0 == 0xE0 ? 0xA0 : 0x80
        let hi: UInt32 = b0 == 0xED ? 0x9F : 0xBF
        guard b1 >= lo, b1 <= hi, b2 & 0xC0 == 0x80 else { return (0, 0) }
        return ((b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | (b2 & 0x3F), 3)
    }
    if b0 < 0xF5 {
        guard i + 3 < n else { return (0, 0) }
        let b1 = UInt32(base[i + 1]), b2 = UInt32(base[i + 2]), b3 = UInt32(base[i + 3])
        let lo: UInt32 = b0 == 0xF0 ? 0x90 : 0x80
        let hi: UInt32 = b0 == 0xF4 ? 0x8F : 0xBF
        guard b1 >= lo, b1 <= hi, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return (0, 0) }
        return ((b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | (b3 & 0x3F), 4)
    }
    return (0, 0)
}

/// The UTF-8 encoding of `scalar`, first byte in the low bits and zeros after it, and its length
/// in bytes (1...4).
@inline(__always) @usableFromInline
func utf8Bytes(_ scalar: UInt32) -> (bytes: UInt32, length: Int) {
    if scalar < 0x80 { return (scalar, 1) }
    if scalar < 0x800 { return ((0xC0 | scalar >> 6) | (0x80 | scalar & 0x3F) << 8, 2) }
    if scalar < 0x10000 {
        return ((0xE0 | scalar >> 12) | (0x80 | (scalar >> 6) & 0x3F) << 8 | (0x80 | scalar & 0x3F) << 16, 3)
    }
    return (
        (0xF0 | scalar >> 18) | (0x80 | (scalar >> 12) & 0x3F) << 8 | (0x80 | (scalar >> 6) & 0x3F) << 16
            | (0x80 | scalar & 0x3F) << 24, 4)
}
