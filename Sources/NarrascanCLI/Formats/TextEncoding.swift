// Turns the bytes of a page or feed into UTF-8 whatever it declares. Real sites get this wrong both
// ways: a feed that says windows-1251 and is UTF-8, a page that says UTF-8 and is ISO-8859-2. So
// the bytes decide first: valid UTF-8 is taken as UTF-8 whatever the declaration says; otherwise
// the declared single-byte encoding is used; and when nothing usable is declared, Windows-1251 is
// chosen for text that is mostly upper-half letters the way Cyrillic is, else Windows-1252.

/// A declared or guessed character encoding of a markup document.
struct TextEncoding {
    /// The canonical names of the encodings that can be decoded (besides UTF-8).
    static let aliases: [String: String] = [
        "cp1251": "windows-1251", "windows-1251": "windows-1251", "win-1251": "windows-1251", "x-cp1251": "windows-1251",
        "cp1250": "windows-1250", "windows-1250": "windows-1250", "x-cp1250": "windows-1250",
        "cp1252": "windows-1252", "windows-1252": "windows-1252", "iso-8859-1": "windows-1252", "latin1": "windows-1252",
        "iso8859-1": "windows-1252", "us-ascii": "windows-1252", "ascii": "windows-1252",
        "iso-8859-2": "iso-8859-2", "iso8859-2": "iso-8859-2", "latin2": "iso-8859-2",
        "iso-8859-5": "iso-8859-5", "koi8-r": "koi8-r", "koi8-u": "koi8-u",
        "iso-8859-13": "iso-8859-13", "cp1257": "windows-1257", "windows-1257": "windows-1257",
    ]

    /// The encoding a document declares: an XML declaration's `encoding`, or a `<meta charset>` /
    /// `http-equiv` content type in its first 4 KiB. Lower-cased; nil when none.
    static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        for key in ["encoding=", "charset="] {
            var search = head[...]
            while let r = search.firstRange(of: key) {
                var rest = head[r.upperBound...].drop(while: { $0 == " " })
                if rest.first == "\"" || rest.first == "'" { rest = rest.dropFirst() }
                let name = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                if !name.isEmpty { return String(name) }
                search = head[r.upperBound...]
            }
        }
        return nil
    }

    /// `bytes` as UTF-8 (a UTF-8 BOM removed). `declared` is the declared encoding, if any.
    static func utf8(_ bytes: [UInt8], declared: String?) -> [UInt8] {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let utf8 = transcodeUTF16(bytes) { return utf8 }
        if isValidUTF8(bytes) { return bytes }
        var name = declared.flatMap { aliases[$0] }
        if name == nil {
            // Undeclared or declared UTF-8 and not: guess between the two common single-byte families.
            var cyrillicLike = 0, other = 0
            for b in bytes where b >= 0x80 { if b >= 0xC0 { cyrillicLike += 1 } else { other += 1 } }
            name = cyrillicLike > 4 * other ? "windows-1251" : "windows-1252"
        }
        return decodeSingleByte(bytes, table: singleByteUpperHalves[name!]!)
    }

    /// Decodes a single-byte encoding through its upper-half table.
    static func decodeSingleByte(_ bytes: [UInt8], table: [UInt16]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            if b < 0x80 { out.append(b) } else { appendUTF8(UInt32(table[Int(b) - 0x80]), to: &out) }
        }
        return out
    }

    /// Whether `bytes` is well-formed UTF-8.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            if b & 0xE0 == 0xC0 { length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F) } else if b & 0xF0 == 0xE0 { length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F) } else if b & 0xF8 == 0xF0 { length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07) } else { return false }
            guard i + length <= n else { return false }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return false }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return false }
            i += length
        }
        return true
    }
}
