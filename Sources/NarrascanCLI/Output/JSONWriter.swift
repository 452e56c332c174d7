// Appends JSON to a byte buffer: strings escaped (invalid UTF-8 replaced by U+FFFD so the output is
// always valid JSON), numbers in a fixed, locale-free form.

/// Builds JSON text into a byte array.
public struct JSONWriter {
    /// The bytes written so far.
    public var bytes: [UInt8] = []

    public init() {}

    /// Appends JSON syntax as it is. (A `StaticString` only: a `String` overload would win for
    /// every literal and cost a UTF-8 view walk per call.)
    public mutating func raw(_ s: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends a quoted, escaped string.
    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// Appends a quoted, escaped string from UTF-8 bytes; invalid bytes become U+FFFD.
    public mutating func string(bytes text: [UInt8]) {
        text.withUnsafeBufferPointer { string(utf8: $0) }
    }

    /// Appends a quoted, escaped string from UTF-8 bytes; invalid bytes become U+FFFD. Runs of
    /// bytes that need no escaping are appended in one call each.
    public mutating func string(utf8 buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        if let base = buffer.baseAddress {
            var i = 0
            var runStart = 0
            let n = buffer.count
            while i < n {
                let b = base[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b < 0x80 {
                    i += 1
                    continue
                }
                if b >= 0x80 {
                    let (_, length) = decodeScalarForJSON(base, i, n)
                    if length > 0 {
                        i += length
                        continue
                    }
                }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                case 0x80...: bytes.append(contentsOf: [0xEF, 0xBF, 0xBD])  // not well-formed UTF-8
                default:
                    let hex: StaticString = "0123456789abcdef"
                    let digits = hex.utf8Start
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, digits[Int(b >> 4)], digits[Int(b & 15)]])
                }
                i += 1
                runStart = i
            }
            if runStart < n { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: n - runStart)) }
        }
        bytes.append(0x22)
    }

    /// Appends an integer.
    public mutating func int(_ v: Int) { appendInteger(v, to: &bytes) }

    /// Appends `prefix` — JSON syntax such as `,"key":` — then the string `value`.
    public mutating func member(_ prefix: StaticString, _ value: String) {
        raw(prefix)
        string(value)
    }

    /// Appends `prefix` and the string `value` when there is one, nothing when it is nil (the
    /// member is left out).
    public mutating func member(_ prefix: StaticString, _ value: String?) {
        guard let value else { return }
        member(prefix, value)
    }

    /// Appends `prefix` then an integer.
    public mutating func member(_ prefix: StaticString, int value: Int) {
        raw(prefix)
        int(value)
    }

    /// Appends `prefix` then a number rounded to `places` decimals (see `number`).
    public mutating func member(_ prefix: StaticString, number value: Double, places: Int = 4) {
        raw(prefix)
        number(value, places: places)
    }

    /// Appends a number rounded to `places` decimals, without trailing zeros ("0.25", "1", "-2.5").
    public mutating func number(_ v: Double, places: Int = 4) { appendDecimal(v, places: places, to: &bytes) }
}

/// Formats `v` with at most `places` decimals, no exponent, no trailing zeros, no "-0".
public func formatDecimal(_ v: Double, places: Int = 4) -> String {
    var bytes: [UInt8] = []
    appendDecimal(v, places: places, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
}

/// Appends `formatDecimal(v, places:)`'s text to `bytes` without building a String.
func appendDecimal(_ v: Double, places: Int, to bytes: inout [UInt8]) {
    guard v.isFinite else { bytes.append(0x30); return }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (v * scale).rounded()
    if scaled == 0 { bytes.append(0x30); return }
    let magnitude = Int64(abs(scaled))
    let whole = magnitude / Int64(scale)
    var fraction = magnitude % Int64(scale)
    var digits = places
    while digits > 0 && fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
    }
    if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
    appendInteger(Int(whole), to: &bytes)
    if digits > 0 {
        bytes.append(UInt8(ascii: "."))
        // `digits` decimals, zero-padded on the left.
        var divisor: Int64 = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            bytes.append(0x30 + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }
}

/// Appends the decimal digits of `v` (with a minus sign when negative).
func appendInteger(_ v: Int, to bytes: inout [UInt8]) {
    if v < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = v.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { d in
        repeat {
            d[19 - count] = 0x30 + UInt8(magnitude % 10)
            magnitude /= 10
            count += 1
        } while magnitude > 0
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(20 - count)...]))
    }
}

/// Formats with exactly `places` decimals ("0.250"), for tables.
public func formatFixed(_ v: Double, places: Int) -> String {
    let s = formatDecimal(v, places: places)
    guard places > 0 else { return s }
    if let dot = s.firstIndex(of: ".") {
        let have = s.distance(from: dot, to: s.endIndex) - 1
        return s + String(repeating: "0", count: places - have)
    }
    return s + "." + String(repeating: "0", count: places)
}

@inline(__always)
func decodeScalarForJSON(_ base: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int) {
    let b0 = UInt32(base[i])
    if b0 < 0xC2 { return (0, 0) }
    if b0 < 0xE0 {
        guard i + 1 < n, base[i + 1] & 0xC0 == 0x80 else { return (0, 0) }
        return (0, 2)
    }
    if b0 < 0xF0 {
        guard i + 2 < n else { return (0, 0) }
        let b1 = base[i + 1]
        let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
        let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
        guard b1 >= lo, b1 <= hi, base[i + 2] & 0xC0 == 0x80 else { return (0, 0) }
        return (0, 3)
    }
    if b0 < 0xF5 {
        guard i + 3 < n else { return (0, 0) }
        let b1 = base[i + 1]
        let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
        let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
        guard b1 >= lo, b1 <= hi, base[i + 2] & 0xC0 == 0x80, base[i + 3] & 0xC0 == 0x80 else { return (0, 0) }
        return (0, 4)
    }
    return (0, 0)
}
