// The tokenizer: one left-to-right pass over UTF-8 bytes that hands each word to a sink with its
// byte range and its folded (lower-cased, normalised) bytes, without allocating.
//
// A word is a maximal run of letters and digits (see `ScalarFolding` for which scalars count).
// Hyphens and apostrophes are soft separators: "anti-migrant" is the two words `anti migrant`, and
// "EU's" is `eu s`, in the text and in lexicon phrases alike, so both spell the same phrase.
// Between two words the tokenizer remembers whether a *hard* separator (sentence punctuation,
// a symbol, an invalid byte) occurred: a phrase never matches across one.
//
// ASCII bytes take a table-driven fast path; other scalars are decoded and classified one at a time.
// Invalid UTF-8 is never fatal: each offending byte is a hard separator and is counted.

/// Receives the words of a text from `Tokenizer.tokenize(_:into:)`.
public protocol TokenSink {
    /// Called once per word, in text order.
    ///
    /// - Parameters:
    ///   - start: byte offset of the word's first byte in the text.
    ///   - end: byte offset one past the word's last byte.
    ///   - folded: the word's folded UTF-8 bytes, followed by at least 8 zero bytes of padding.
    ///     Valid only during the call. At most `Tokenizer.maxFoldedBytes` long: longer words are
    ///     cut there (`truncated` is then true).
    ///   - count: the number of folded bytes.
    ///   - hash: `wordHash` of the folded bytes, computed while folding (unspecified when
    ///     `truncated`).
    ///   - truncated: true when the word was longer than `Tokenizer.maxFoldedBytes` folded bytes.
    ///   - hardBreakBefore: true when a hard separator lies between this word and the previous one.
    mutating func word(
        start: Int, end: Int, folded: UnsafePointer<UInt8>, count: Int, hash: UInt64, truncated: Bool,
        hardBreakBefore: Bool)

    /// True when the sink would ignore any word that cannot start a phrase (a matcher in its
    /// start state). Only consulted when the tokenizer is given skim tables.
    var isAtStart: Bool { get }

    /// Called instead of `word` for `count` words the tokenizer passed over while `isAtStart`
    /// (words that cannot start a phrase), before the next `word` call.
    mutating func skip(words count: Int)
}

extension TokenSink {
    /// Sinks that see every word are never at a start state.
    public var isAtStart: Bool { false }
    /// Never called for sinks whose `isAtStart` is false.
    public mutating func skip(words count: Int) {}
}

/// Counts of one tokenization pass.
public struct TokenizationStats: Sendable, Equatable {
    /// Number of words.
    public var words: Int = 0
    /// Number of bytes that were not well-formed UTF-8 (each treated as a hard separator).
    public var invalidBytes: Int = 0
    public init() {}
}

/// Splits UTF-8 text into words with byte offsets and folded forms.
///
/// A `Tokenizer` is an immutable value that uses the process's shared lookup tables; it is `Sendable` and cheap to
/// copy. Each call to `tokenize` needs a `FoldBuffer` that the caller owns (one per thread).
public struct Tokenizer: Sendable {
    /// The longest folded word that is kept whole; a longer word is cut to this many bytes and
    /// flagged as truncated (no lexicon word may be this long, so it never matches exactly).
    public static let maxFoldedBytes = 252

    /// Creates a tokenizer. Its byte tables are built once per process and shared.
    public init() {}

    /// Tokenizes `text`, calling `sink.word` for every word in order.
    ///
    /// The loop classifies one byte (or one two-byte scalar) at a time between words. Inside a
    /// word, ASCII letters and digits are taken 8 at a time (`asciiWordPrefix`: classify, fold and
    /// store 8 bytes without a branch per byte), two-byte scalars through `ByteTables.twoByte`, and
    /// longer scalars through `decodeScalar` + `classifyScalar`.
    ///
    /// - Parameters:
    ///   - text: UTF-8 bytes; any bytes are accepted.
    ///   - buffer: scratch space for folded words, owned by the caller.
    ///   - sink: receives the words.
    /// - Returns: the number of words and of invalid bytes.
    /// - Complexity: O(n) in the number of bytes; no allocation.
    @inlinable
    public func tokenize<Sink: TokenSink>(
        _ text: UnsafeBufferPointer<UInt8>, buffer: FoldBuffer, into sink: inout Sink
    ) -> TokenizationStats {
        tokenize(text, buffer: buffer, into: &sink, skimming: nil)
    }

    /// `tokenize(_:buffer:into:)`, passing over the words that `skim` says cannot start a phrase
    /// whenever `sink.isAtStart` (see `WordSkimmer`): those reach the sink only as a count.
    @inlinable
    func tokenize<Sink: TokenSink>(
        _ text: UnsafeBufferPointer<UInt8>, buffer: FoldBuffer, into sink: inout Sink,
        skimming skim: UnsafePointer<SkimTables>?
    ) -> TokenizationStats {
        var stats = TokenizationStats()
        guard let base = text.baseAddress, text.count > 0 else { return stats }
        let n = text.count
        let fold = buffer.bytes
        let cap = Tokenizer.maxFoldedBytes
        let tables = ByteTables.shared
        let classes = tables.classes
        let lower = tables.lower
        let twoByte = tables.twoByte
        let asciiWord = ByteClass.asciiWord.rawValue
        let multiByteLead = ByteClass.multiByteLead.rawValue
        var i = 0
        var hardBreak = false
        var skimmer = skim.map { WordSkimmer(text: base, count: n, tables: $0, folded: buffer.skimBytes) }
        while i < n {
            let b = base[i]
            if b == 0x20 {  // the commonest separator, ahead of the table
                i &+= 1
                continue
            }
            let cls = classes[Int(b)]
            if cls != asciiWord {
                if cls == ByteClass.softSeparator.rawValue {
                    i &+= 1
                    continue
                }
                if cls == ByteClass.hardSeparator.rawValue {
                    hardBreak = true
                    i &+= 1
                    continue
                }
                if cls == multiByteLead {
                    if b < 0xE0 && i &+ 1 < n && base[i &+ 1] & 0xC0 == 0x80 {
                        let entry = twoByte[Int(UInt32(b & 0x1F) << 6 | UInt32(base[i &+ 1] & 0x3F))]
                        let role = entry >> 24
                        if role != TwoByteRole.word {
                            if role == TwoByteRole.hardSeparator { hardBreak = true }
                            i &+= 2
                            continue
                        }
                    } else {
                        let (scalar, length) = decodeScalar(base, i, n)
                        if length == 0 {
                            stats.invalidBytes &+= 1
                            hardBreak = true
                            i &+= 1
                            continue
                        }
                        switch classifyScalar(scalar) {
                        case .word: break
                        case .ignorable, .softSeparator:
                            i &+= length
                            continue
                        case .hardSeparator:
                            hardBreak = true
                            i &+= length
                            continue
                        }
                    }
                } else {
                    stats.invalidBytes &+= 1
                    hardBreak = true
                    i &+= 1
                    continue
                }
            }
            // A word starts at i. Consume letters, digits and ignorables.
            let start = i
            var count = 0
            var truncated = false
            var hasher = FoldedWordHasher()
            scan: while i < n {
                let c = base[i]
                let k = classes[Int(c)]
                if k == asciiWord {
                    if i &+ 8 <= n && count &+ 8 <= cap {
                        let (folded, length) = asciiWordPrefix(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        UnsafeMutableRawPointer(fold + count).storeBytes(of: folded, as: UInt64.self)
                        hasher.append(folded, length: length, count: count)
                        count &+= length
                        i &+= length
                        // A run shorter than 8 stopped at a byte that is no ASCII letter or digit;
                        // when that byte is ASCII it ends the word (i < n: the 8 bytes were there).
                        if length < 8 && base[i] < 0x80 { break scan }
                    } else {
                        if count < cap {
                            fold[count] = lower[Int(c)]
                            hasher.append(UInt64(lower[Int(c)]), length: 1, count: count)
                            count &+= 1
                        } else {
                            truncated = true
                        }
                        i &+= 1
                    }
                } else if k == multiByteLead {
                    // Russian and Belarusian letters: up to four at a time (cyrillicWordPrefix).
                    if c & 0xFE == 0xD0 && i &+ 8 <= n && count &+ 8 <= cap {
                        let (folded, letters) = cyrillicWordPrefix(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                        if letters > 0 {
                            UnsafeMutableRawPointer(fold + count).storeBytes(of: folded, as: UInt64.self)
                            hasher.append(folded, length: letters &<< 1, count: count)
                            count &+= letters &<< 1
                            i &+= letters &<< 1
                            continue
                        }
                    }
                    if c < 0xE0 && i &+ 1 < n && base[i &+ 1] & 0xC0 == 0x80 {
                        let entry = twoByte[Int(UInt32(c & 0x1F) << 6 | UInt32(base[i &+ 1] & 0x3F))]
                        let role = entry >> 24
                        if role == TwoByteRole.word {
                            if count &+ 4 <= cap {
                                UnsafeMutableRawPointer(fold + count).storeBytes(
                                    of: UInt16(truncatingIfNeeded: entry), as: UInt16.self)
                                let length = Int((entry >> 16) & 3)
                                hasher.append(UInt64(entry & 0xFFFF), length: length, count: count)
                                count &+= length
                            } else {
                                truncated = true
                            }
                        } else if role != TwoByteRole.ignorable {
                            break scan
                        }
                        i &+= 2
                        continue
                    }
                    let (scalar, length) = decodeScalar(base, i, n)
                    if length == 0 { break scan }
                    switch classifyScalar(scalar) {
                    case .word(let folded):
                        if count &+ 4 <= cap {
                            let (bytes, length) = utf8Bytes(folded)
                            UnsafeMutableRawPointer(fold + count).storeBytes(of: bytes, as: UInt32.self)
                            hasher.append(UInt64(bytes), length: length, count: count)
                            count &+= length
                        } else {
                            truncated = true
                        }
                        i &+= length
                    case .ignorable:
                        i &+= length
                    case .softSeparator, .hardSeparator:
                        break scan
                    }
                } else {
                    break scan
                }
            }
            UnsafeMutableRawPointer(fold + count).storeBytes(of: 0, as: UInt64.self)
            stats.words &+= 1
            sink.word(
                start: start, end: i, folded: UnsafePointer(fold), count: count,
                hash: hasher.finish(count: count), truncated: truncated, hardBreakBefore: hardBreak)
            hardBreak = false
            // After a word that ends at an ASCII byte, in the start state: skim.
            if skimmer != nil && i < n && base[i] < 0x80 && sink.isAtStart {
                let (position, words) = skimmer!.skim(from: i)
                if words > 0 {
                    stats.words &+= words
                    sink.skip(words: words)
                }
                i = position
            }
        }
        return stats
    }
}

/// Classifies and folds 8 bytes of text at once (SWAR: no branch per byte).
///
/// - Parameter w: 8 text bytes loaded little-endian (the first byte in the low bits).
/// - Returns: the leading run of ASCII letters and digits, lower-cased, with the bytes after it
///   zero; and the run's length (0...8).
/// - Complexity: O(1), about 20 instructions.
@inline(__always) @usableFromInline
func asciiWordPrefix(_ w: UInt64) -> (folded: UInt64, length: Int) {
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    let ascii = ~w & high  // high bit set where the byte is ASCII
    let x = w & ~high  // 7-bit values: adding a constant below 0x80 never carries into the next byte
    let lowered = x | (0x20 &* ones)
    let letter = (lowered &+ (0x80 - 0x61) &* ones) & ~(lowered &+ (0x7F - 0x7A) &* ones)
    let digit = (x &+ (0x80 - 0x30) &* ones) & ~(x &+ (0x7F - 0x39) &* ones)
    let nonWord = ~((letter | digit) & ascii) & high
    let length = nonWord == 0 ? 8 : nonWord.trailingZeroBitCount &>> 3
    let run = ((nonWord & (0 &- nonWord)) &>> 7) &- 1  // the bytes before the first non-word byte
    // Within the run, setting 0x20 lower-cases A–Z and leaves a–z and 0–9 (0x30–0x39) as they are.
    return ((w | 0x20 &* ones) & run, length)
}

/// Classifies and folds up to four two-byte Cyrillic letters at once (SWAR over 16-bit lanes).
///
/// Only the basic alphabet is handled here: А–Я (U+0410–042F, lower-cased by adding 0x20, which
/// moves Р–Я from lead byte D0 to D1) and а–я (U+0430–044F, unchanged). Anything else — ё, і, ў,
/// other scripts, separators — ends the run and is left to the per-scalar path, so the result is
/// always what `ByteTables.twoByte` gives letter by letter.
///
/// - Parameter w: 8 text bytes loaded little-endian, starting at a lead byte.
/// - Returns: the leading run of basic Cyrillic letters, folded, with the bytes after it zero; and
///   how many letters the run has (0...4).
/// - Complexity: O(1), about 30 instructions.
@inline(__always) @usableFromInline
func cyrillicWordPrefix(_ w: UInt64) -> (folded: UInt64, letters: Int) {
    let low: UInt64 = 0x00FF_00FF_00FF_00FF
    let lanes: UInt64 = 0x0001_0001_0001_0001
    let flags: UInt64 = 0x8000_8000_8000_8000
    let lead = w & low
    let cont = (w >> 8) & low
    // Each lane holds a value below 0x100: adding 0x7FFF sets bit 15 exactly when it is non-zero.
    @inline(__always) func isZero(_ x: UInt64) -> UInt64 { ~(x &+ 0x7FFF &* lanes) & flags }
    @inline(__always) func atLeast(_ x: UInt64, _ t: UInt64) -> UInt64 { ((x &+ (0x100 - t) &* lanes) << 7) & flags }
    let isD0 = isZero(lead ^ (0xD0 &* lanes))
    let isD1 = isZero(lead ^ (0xD1 &* lanes))
    let continuation = isZero((cont & (0xC0 &* lanes)) ^ (0x80 &* lanes))
    let from90 = atLeast(cont, 0x90), fromA0 = atLeast(cont, 0xA0), fromB0 = atLeast(cont, 0xB0)
    let valid = continuation & ((isD0 & from90) | (isD1 & ~from90))
    let invalid = ~valid & flags
    let letters = invalid == 0 ? 4 : invalid.trailingZeroBitCount &>> 4
    let upperLow = (isD0 & from90 & ~fromA0) >> 15  // А–П: continuation + 0x20
    let upperHigh = (isD0 & fromA0 & ~fromB0) >> 15  // Р–Я: lead + 1, continuation − 0x20
    let folded = w &+ upperLow &* 0x2000 &+ upperHigh &* 0x0001 &- upperHigh &* 0x2000
    let run = ((invalid & (0 &- invalid)) &>> 15) &- 1  // the lanes before the first non-letter
    return (folded & run, letters)
}

/// Scratch space for one thread's folded words: `Tokenizer.maxFoldedBytes` plus padding.
/// Not shareable between threads; create one per worker and reuse it for every document.
public final class FoldBuffer {
    /// The buffer's bytes (capacity `Tokenizer.maxFoldedBytes + 16`).
    public let bytes: UnsafeMutablePointer<UInt8>
    /// The skimmer's folded blocks and scratch space (224 bytes; see `WordSkimmer`).
    @usableFromInline let skimBytes: UnsafeMutablePointer<UInt8>

    /// Allocates the buffer.
    public init() {
        bytes = .allocate(capacity: Tokenizer.maxFoldedBytes + 16)
        bytes.initialize(repeating: 0, count: Tokenizer.maxFoldedBytes + 16)
        skimBytes = .allocate(capacity: 224)
        skimBytes.initialize(repeating: 0, count: 224)
    }

    deinit {
        bytes.deallocate()
        skimBytes.deallocate()
    }
}
