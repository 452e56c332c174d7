// The CRC-32 that gzip stores for each member (RFC 1952 section 8; ISO 3309 / ITU-T V.42: the
// reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF). Computed
// "slicing-by-8": eight 256-entry tables, built once at start-up from the polynomial, let the loop
// take eight bytes per step instead of one (≈ 1.5 GB/s against ≈ 400 MB/s byte-wise), which keeps
// the check well under the cost of inflating the bytes it covers.

/// A running CRC-32 (gzip's).
struct CRC32 {
    /// `tables[k][b]`: the CRC of byte `b` followed by `k` zero bytes (table 0 is the classic one).
    static let tables: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 8 * 256)
        for b in 0..<256 {
            var c = UInt32(b)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            t[b] = c
        }
        for k in 1..<8 {
            for b in 0..<256 {
                let previous = t[(k - 1) * 256 + b]
                t[k * 256 + b] = (previous >> 8) ^ t[Int(previous & 0xFF)]
            }
        }
        return t
    }()

    /// The CRC register (before the final XOR).
    private var register: UInt32 = 0xFFFF_FFFF

    init() {}

    /// The CRC of the bytes so far.
    var value: UInt32 { register ^ 0xFFFF_FFFF }

    /// Adds `count` bytes at `bytes`.
    /// - Complexity: O(count), eight bytes per step.
    mutating func update(_ bytes: UnsafePointer<UInt8>, count: Int) {
        var c = register
        var p = bytes
        var n = count
        Self.tables.withUnsafeBufferPointer { t in
            let t = t.baseAddress!
            while n >= 8 {
                let lo = c ^ (UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24)
                let hi = UInt32(p[4]) | UInt32(p[5]) << 8 | UInt32(p[6]) << 16 | UInt32(p[7]) << 24
                c = t[7 * 256 + Int(lo & 0xFF)] ^ t[6 * 256 + Int((lo >> 8) & 0xFF)] ^ t[5 * 256 + Int((lo >> 16) & 0xFF)]
                    ^ t[4 * 256 + Int(lo >> 24)] ^ t[3 * 256 + Int(hi & 0xFF)] ^ t[2 * 256 + Int((hi >> 8) & 0xFF)]
                    ^ t[256 + Int((hi >> 16) & 0xFF)] ^ t[Int(hi >> 24)]
                p += 8
                n -= 8
            }
            while n > 0 {
                c = (c >> 8) ^ t[Int((c ^ UInt32(p[0])) & 0xFF)]
                p += 1
                n -= 1
            }
        }
        register = c
    }

    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        bytes.withUnsafeBufferPointer { if let base = $0.baseAddress { crc.update(base, count: $0.count) } }
        return crc.value
    }
}
