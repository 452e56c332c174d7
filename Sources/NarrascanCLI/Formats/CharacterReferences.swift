// Decodes character references the way browsers and feed readers do, not the way a strict XML
// parser does: every HTML5 named reference (`&nbsp;`, `&mdash;` in an RSS feed that never declared
// them), decimal and hex references, and the Latin-1 names even without their ';'. An `&` that
// starts no known reference (a stray `&` in "Tom & Jerry" or a query string) stays as it is.

/// The HTML5 named references, parsed once from the generated table.
let htmlEntities: [String: [UInt32]] = {
    var map: [String: [UInt32]] = [:]
    map.reserveCapacity(2300)
    for line in htmlEntityTable.split(separator: "\n") {
        let parts = line.split(separator: " ")
        guard parts.count >= 2 else { continue }
        map[String(parts[0])] = parts.dropFirst().compactMap { UInt32($0, radix: 16) }
    }
    return map
}()

/// Appends `bytes` to `out` with every character reference decoded.
func appendDecodingReferences<C: Collection>(_ bytes: C, to out: inout [UInt8]) where C.Element == UInt8, C.Index == Int {
    var i = bytes.startIndex
    let end = bytes.endIndex
    while i < end {
        let b = bytes[i]
        guard b == UInt8(ascii: "&") else {
            out.append(b)
            i += 1
            continue
        }
        if let (scalars, next) = decodeReference(bytes, at: i) {
            for s in scalars { appendUTF8(s, to: &out) }
            i = next
        } else {
            out.append(b)
            i += 1
        }
    }
}

/// `bytes` with every character reference decoded.
func decodingReferences<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8, C.Index == Int {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    appendDecodingReferences(bytes, to: &out)
    return out
}

/// The reference starting at `start` (an '&'): its scalars and the index after it; nil when none.
private func decodeReference<C: Collection>(_ bytes: C, at start: Int) -> ([UInt32], Int)? where C.Element == UInt8, C.Index == Int {
    var i = start + 1
    let end = bytes.endIndex
    guard i < end else { return nil }
    if bytes[i] == UInt8(ascii: "#") {
        i += 1
        var hex = false
        if i < end && (bytes[i] | 0x20) == UInt8(ascii: "x") {
            hex = true
            i += 1
        }
        var value: UInt32 = 0
        var digits = 0
        while i < end, digits < 8 {
            let c = bytes[i]
            let d: UInt32
            if c >= 0x30 && c <= 0x39 { d = UInt32(c - 0x30) } else if hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 { d = UInt32((c | 0x20) - 0x61 + 10) } else { break }
            value = value * (hex ? 16 : 10) + d
            digits += 1
            i += 1
        }
        guard digits > 0 else { return nil }
        if i < end && bytes[i] == UInt8(ascii: ";") { i += 1 }
        if value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) { value = 0xFFFD }
        if value >= 0x80 && value <= 0x9F, let mapped = singleByteUpperHalves["windows-1252"]?[Int(value - 0x80)], mapped != 0xFFFD {
            value = UInt32(mapped)  // &#150; means what Windows-1252 puts there, as browsers read it
        }
        return ([value], i)
    }
    var name: [UInt8] = []
    while i < end, name.count < 32 {
        let c = bytes[i]
        let isAlnum = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39)
        guard isAlnum else { break }
        name.append(c)
        i += 1
    }
    guard !name.isEmpty else { return nil }
    let key = String(decoding: name, as: UTF8.self)
    if i < end && bytes[i] == UInt8(ascii: ";"), let scalars = htmlEntities[key] { return (scalars, i + 1) }
    // Without ';': the longest legacy name that prefixes the run ("&copy2021", "&amp" in a URL).
    var length = name.count
    while length >= 2 {
        let prefix = String(decoding: name[0..<length], as: UTF8.self)
        if htmlLegacyEntityNames.contains(prefix), let scalars = htmlEntities[prefix] { return (scalars, start + 1 + length) }
        length -= 1
    }
    return nil
}
