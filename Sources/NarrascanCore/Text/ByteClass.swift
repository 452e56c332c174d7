// The tokenizer's fast path looks at one byte at a time through a 256-entry table, so ASCII text
// (most of every article's bytes: spaces, punctuation, digits, Latin letters) never decodes a scalar.
// Bytes >= 0x80 are sent to the scalar slow path (`ScalarFolding`).

/// What one byte means to the tokenizer's fast path.
@usableFromInline
enum ByteClass: UInt8 {
    /// White space, hyphen, apostrophe, quotation mark: separates words, keeps a phrase together.
    case softSeparator = 0
    /// Sentence punctuation and symbols: separates words and breaks phrases.
    case hardSeparator = 1
    /// An ASCII letter or digit.
    case asciiWord = 2
    /// The lead byte of a multi-byte UTF-8 sequence: decode and classify the scalar.
    case multiByteLead = 3
    /// A byte that cannot start a UTF-8 sequence (stray continuation, 0xC0, 0xC1, 0xF5...0xFF).
    case invalid = 4
}

/// The 256-entry tables of the fast path: a class and an ASCII-lowercase value per byte.
/// Built once; immutable and shared by every tokenizer.
@usableFromInline
struct ByteTables: Sendable {
    @usableFromInline let classes: [UInt8]
    @usableFromInline let lower: [UInt8]

    @usableFromInline
    init() {
        var classes = [UInt8](repeating: ByteClass.hardSeparator.rawValue, count: 256)
        var lower = [UInt8](repeating: 0, count: 256)
        for b in 0..<256 { lower[b] = UInt8(b) }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { classes[Int(b)] = ByteClass.asciiWord.rawValue }
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { classes[Int(b)] = ByteClass.asciiWord.rawValue }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            classes[Int(b)] = ByteClass.asciiWord.rawValue
            lower[Int(b)] = b + 32
        }
        // Soft separators: white space, hyphen, apostrophe, straight and back quotes, underscore.
        for b in [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x2D, 0x27, 0x22, 0x60, 0x5F] {
            classes[b] = ByteClass.softSeparator.rawValue
        }
        for b in 0x80..<0xC2 { classes[b] = ByteClass.invalid.rawValue }
        for b in 0xC2..<0xF5 { classes[b] = ByteClass.multiByteLead.rawValue }
        for b in 0xF5..<0x100 { classes[b] = ByteClass.invalid.rawValue }
        self.classes = classes
        self.lower = lower
    }
}
