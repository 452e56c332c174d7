// A tolerant tokenizer for the markup of web pages and feeds: start tags with their attributes, end
// tags, text and CDATA, with comments, doctypes and processing instructions skipped. It never fails:
// like a browser or a feed reader it reads a `<` that opens no tag as text, an unclosed comment or
// tag as running to the end, and the content of `script`/`style`-like elements as raw text up to
// their end tag. Names are lower-cased; text comes out raw (character references not yet decoded),
// attribute values decoded.

/// One token of a markup document.
enum MarkupToken: Equatable {
    case start(name: String, attributes: [String: String], selfClosing: Bool)
    case end(name: String)
    /// Text between tags, references not decoded.
    case text(Range<Int>)
    /// The content of a `<![CDATA[...]]>` section, taken literally.
    case cdata(Range<Int>)
}

/// Splits markup bytes into tokens.
struct MarkupScanner {
    let bytes: [UInt8]
    /// Elements whose content is raw text up to their end tag (HTML: script, style, ...).
    let rawTextElements: Set<String>
    /// The offset of the next unread byte.
    private(set) var position = 0
    private var rawTextUntil: String?

    init(_ bytes: [UInt8], rawTextElements: Set<String> = []) {
        self.bytes = bytes
        self.rawTextElements = rawTextElements
    }

    /// The elements HTML reads as raw text.
    static let htmlRawText: Set<String> = ["script", "style", "textarea", "title", "noscript", "xmp", "iframe", "noembed", "noframes"]

    mutating func next() -> MarkupToken? {
        let n = bytes.count
        while position < n {
            if let raw = rawTextUntil {
                rawTextUntil = nil
                let start = position
                let close = Array("</\(raw)".utf8)
                var k = position
                while k < n {
                    if bytes[k] == UInt8(ascii: "<") && matchesIgnoringCase(close, at: k) { break }
                    k += 1
                }
                position = k
                if k > start { return .text(start..<k) }
                continue
            }
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < n && bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(start..<position)
            }
            // bytes[position] == '<'
            let next = position + 1 < n ? bytes[position + 1] : 0
            if next == UInt8(ascii: "!") {
                if matches("<!--", at: position) {
                    position = find("-->", from: position + 4).map { $0 + 3 } ?? n
                    continue
                }
                if matches("<![CDATA[", at: position) {
                    let start = position + 9
                    let end = find("]]>", from: start) ?? n
                    position = min(end + 3, n)
                    return .cdata(start..<end)
                }
                position = find(">", from: position).map { $0 + 1 } ?? n  // doctype and the like
                continue
            }
            if next == UInt8(ascii: "?") {
                position = find(">", from: position).map { $0 + 1 } ?? n
                continue
            }
            let isEnd = next == UInt8(ascii: "/")
            let nameStart = position + (isEnd ? 2 : 1)
            guard nameStart < n, isNameStart(bytes[nameStart]) else {
                // A '<' that opens no tag ("a < b") is text.
                let start = position
                position += 1
                while position < n && bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(start..<position)
            }
            var k = nameStart
            while k < n && isNameByte(bytes[k]) { k += 1 }
            let name = String(decoding: bytes[nameStart..<k], as: UTF8.self).lowercased()
            var attributes: [String: String] = [:]
            var selfClosing = false
            // Attributes up to '>'.
            while k < n {
                let c = bytes[k]
                if c == UInt8(ascii: ">") { k += 1; break }
                if c == UInt8(ascii: "/") {
                    selfClosing = k + 1 < n && bytes[k + 1] == UInt8(ascii: ">")
                    k += 1
                    continue
                }
                if isSpace(c) { k += 1; continue }
                let attrStart = k
                while k < n && !isSpace(bytes[k]) && bytes[k] != UInt8(ascii: "=") && bytes[k] != UInt8(ascii: ">")
                    && !(bytes[k] == UInt8(ascii: "/") && k + 1 < n && bytes[k + 1] == UInt8(ascii: ">"))
                {
                    k += 1
                }
                let attrName = String(decoding: bytes[attrStart..<k], as: UTF8.self).lowercased()
                while k < n && isSpace(bytes[k]) { k += 1 }
                var value = ""
                if k < n && bytes[k] == UInt8(ascii: "=") {
                    k += 1
                    while k < n && isSpace(bytes[k]) { k += 1 }
                    if k < n && (bytes[k] == UInt8(ascii: "\"") || bytes[k] == UInt8(ascii: "'")) {
                        let quote = bytes[k]
                        let vStart = k + 1
                        k = vStart
                        while k < n && bytes[k] != quote { k += 1 }
                        value = String(decoding: decodingReferences(bytes[vStart..<k]), as: UTF8.self)
                        k = min(k + 1, n)
                    } else {
                        let vStart = k
                        while k < n && !isSpace(bytes[k]) && bytes[k] != UInt8(ascii: ">") { k += 1 }
                        value = String(decoding: decodingReferences(bytes[vStart..<k]), as: UTF8.self)
                    }
                }
                if !attrName.isEmpty && attributes[attrName] == nil { attributes[attrName] = value }
            }
            position = k
            if isEnd { return .end(name: name) }
            if !selfClosing && rawTextElements.contains(name) { rawTextUntil = name }
            return .start(name: name, attributes: attributes, selfClosing: selfClosing)
        }
        return nil
    }

    private func isNameStart(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private func isNameByte(_ c: UInt8) -> Bool {
        isNameStart(c) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: ":") || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
    }
    private func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C }

    private func matches(_ s: StaticString, at k: Int) -> Bool {
        let m = s.utf8CodeUnitCount
        guard k + m <= bytes.count else { return false }
        for j in 0..<m where bytes[k + j] != s.utf8Start[j] { return false }
        return true
    }

    private func matchesIgnoringCase(_ s: [UInt8], at k: Int) -> Bool {
        guard k + s.count <= bytes.count else { return false }
        for j in 0..<s.count where bytes[k + j] | 0x20 != s[j] | 0x20 { return false }
        let after = k + s.count
        return after == bytes.count || !isNameByte(bytes[after])
    }

    private func find(_ s: StaticString, from k: Int) -> Int? {
        var j = k
        let m = s.utf8CodeUnitCount
        while j + m <= bytes.count {
            if bytes[j] == s.utf8Start[0] && matches(s, at: j) { return j }
            j += 1
        }
        return nil
    }
}
