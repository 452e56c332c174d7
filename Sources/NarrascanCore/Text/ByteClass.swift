// The tokenizer's lookup tables, built once per process and shared (immutable) by every tokenizer.
//
// ASCII bytes are classified through a 256-entry table; runs of ASCII letters and digits are also
// recognised 8 bytes at a time (see `Tokenizer`), so English text never decodes a scalar. Two-byte
// UTF-8 sequences (U+0080...U+07FF: Latin-1, Latin Extended, Greek, Cyrillic, Arabic, ...) are
// classified and folded through a 2,048-entry table precomputed from `classifyScalar`, so Polish
// and Russian letters cost one load each. Longer sequences take the scalar slow path
// (`ScalarFolding`).

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

/// The role of a two-byte scalar in a `ByteTables.twoByte` entry (bits 24...25).
@usableFromInline
enum TwoByteRole {
    @usableFromInline static let word: UInt32 = 0
    @usableFromInline static let ignorable: UInt32 = 1
    @usableFromInline static let softSeparator: UInt32 = 2
    @usableFromInline static let hardSeparator: UInt32 = 3
}

/// The lookup tables of the fast path.
///
/// `twoByte[s]` for a scalar `s` in 0x80...0x7FF packs: bits 0...15 the folded form's UTF-8 bytes
/// in memory order (the folded form of a two-byte scalar is always one or two bytes), bits 16...17
/// its length, bits 24...25 its `TwoByteRole`.
@usableFromInline
final class ByteTables: @unchecked Sendable {
    /// The tables of this process (built on first use, never written again).
    @usableFromInline static let shared = ByteTables()

    @usableFromInline let classes: UnsafeMutablePointer<UInt8>
    @usableFromInline let lower: UnsafeMutablePointer<UInt8>
    @usableFromInline let twoByte: UnsafeMutablePointer<UInt32>

    private init() {
        classes = .allocate(capacity: 256)
        lower = .allocate(capacity: 256)
        twoByte = .allocate(capacity: 0x800)
        classes.initialize(repeating: ByteClass.hardSeparator.rawValue, count: 256)
        for b in 0..<256 { (lower + b).initialize(to: UInt8(b)) }
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

        twoByte.initialize(repeating: TwoByteRole.hardSeparator << 24, count: 0x800)
        for s in UInt32(0x80)..<0x800 {
            switch classifyScalar(s) {
            case .word(let folded):
                let (bytes, length) = utf8Bytes(folded)
                precondition(length <= 2, "a two-byte scalar folds to at most two bytes")
                twoByte[Int(s)] = TwoByteRole.word << 24 | UInt32(length) << 16 | bytes
            case .ignorable: twoByte[Int(s)] = TwoByteRole.ignorable << 24
            case .softSeparator: twoByte[Int(s)] = TwoByteRole.softSeparator << 24
            case .hardSeparator: twoByte[Int(s)] = TwoByteRole.hardSeparator << 24
            }
        }
    }
}
