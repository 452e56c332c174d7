// Classification and case folding of non-ASCII scalars: the tokenizer's slow path.
//
// Explicit rules cover the scripts narrascan's users write in: Latin-1 and Latin Extended-A
// (Polish, Lithuanian, Latvian, German, ...), Latin Extended Additional, Greek, Cyrillic (Russian,
// Belarusian і, Ukrainian; ё folds to е, and Belarusian ў to у, since which of the two a word
// starts with depends only on the word before it) and Arabic (diacritics and tatweel are ignored, alef
// forms unify to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII digits). Other scripts use the
// standard library's Unicode properties: alphabetic and numeric scalars are word characters, kept
// as they are (no case folding), white space separates softly, anything else hard.

/// What a non-ASCII scalar means to the tokenizer.
@usableFromInline
enum ScalarRole {
    /// A letter or digit; the payload is its folded form.
    case word(UInt32)
    /// Part of a word but left out of the folded form (Arabic diacritics, tatweel, soft hyphen,
    /// zero-width joiners). Outside a word it separates softly.
    case ignorable
    /// Separates words but keeps a phrase together (spaces, dashes, quotation marks).
    case softSeparator
    /// Separates words and breaks phrases (punctuation, symbols).
    case hardSeparator
}

/// Classifies and folds one non-ASCII scalar (`scalar >= 0x80`).
/// - Complexity: O(1); no allocation.
@usableFromInline
func classifyScalar(_ s: UInt32) -> ScalarRole {
    switch s {
    case 0x00A0: return .softSeparator  // no-break space
    case 0x00AB, 0x00BB: return .softSeparator  // « »
    case 0x00AD: return .ignorable  // soft hyphen
    case 0x00AA, 0x00B5, 0x00BA: return .word(s)
    case 0x00C0...0x00DE:
        return s == 0x00D7 ? .hardSeparator : .word(s + 0x20)
    case 0x00DF...0x00FF:
        return s == 0x00F7 ? .hardSeparator : .word(s)
    case 0x0100...0x017F: return .word(foldLatinExtendedA(s))
    case 0x0180...0x024F: return .word(s)
    case 0x02BC: return .softSeparator  // modifier letter apostrophe (Ukrainian): an apostrophe
    case 0x0300...0x036F: return .word(s)  // combining marks stay inside the word
    case 0x0386: return .word(0x03AC)
    case 0x0388...0x038A: return .word(s + 0x25)
    case 0x038C: return .word(0x03CC)
    case 0x038E, 0x038F: return .word(s + 0x3F)
    case 0x0391...0x03AB: return s == 0x03A2 ? .word(s) : .word(s + 0x20)
    case 0x03C2: return .word(0x03C3)  // final sigma
    case 0x037E, 0x0387: return .hardSeparator
    case 0x0370...0x03FF: return .word(s)
    case 0x0401: return .word(0x0435)  // Ё -> е
    case 0x0451: return .word(0x0435)  // ё -> е
    case 0x040E, 0x045E: return .word(0x0443)  // Ў, ў -> у
    case 0x0400...0x040F: return .word(s + 0x50)
    case 0x0410...0x042F: return .word(s + 0x20)
    case 0x0430...0x045F: return .word(s)
    case 0x0460...0x0481, 0x048A...0x04BF, 0x04D0...0x052F:
        return .word(s & 1 == 0 ? s + 1 : s)
    case 0x0482: return .hardSeparator
    case 0x0483...0x0489: return .ignorable
    case 0x04C0: return .word(0x04CF)
    case 0x04C1...0x04CE: return .word(s & 1 == 1 ? s + 1 : s)
    case 0x04CF: return .word(s)
    case 0x0622, 0x0623, 0x0625, 0x0671: return .word(0x0627)  // alef forms -> ا
    case 0x0649: return .word(0x064A)  // alef maqsura -> ya
    case 0x0629: return .word(0x0647)  // ta marbuta -> ha
    case 0x0640, 0x064B...0x065F, 0x0670: return .ignorable  // tatweel, harakat
    case 0x0660...0x0669: return .word(s - 0x0660 + 0x30)
    case 0x06F0...0x06F9: return .word(s - 0x06F0 + 0x30)
    case 0x060C, 0x061B, 0x061F, 0x066A...0x066D, 0x06D4: return .hardSeparator
    case 0x0620...0x06D3: return .word(s)
    case 0x1E00...0x1E95, 0x1EA0...0x1EFF: return .word(s & 1 == 0 ? s + 1 : s)
    case 0x1E9E: return .word(0x00DF)  // capital sharp s
    case 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .softSeparator
    case 0x200C, 0x200D, 0x2060: return .ignorable
    case 0x2010...0x2015: return .softSeparator  // hyphens and dashes
    case 0x2018...0x201F, 0x2039, 0x203A: return .softSeparator  // quotation marks
    case 0x2028, 0x2029: return .softSeparator  // line and paragraph separators
    case 0x2016, 0x2017, 0x2020...0x2027, 0x2030...0x2038, 0x203B...0x205E: return .hardSeparator
    default:
        guard let scalar = Unicode.Scalar(s) else { return .hardSeparator }
        let p = scalar.properties
        if p.isAlphabetic { return .word(s) }
        switch p.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return .word(s)
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .softSeparator
        default: return .hardSeparator
        }
    }
}

/// Lower-cases Latin Extended-A (U+0100...U+017F), where upper and lower case alternate.
@inline(__always) @usableFromInline
func foldLatinExtendedA(_ s: UInt32) -> UInt32 {
    switch s {
    case 0x0130: return 0x0069  // İ -> i
    case 0x0131, 0x0138, 0x0149, 0x017F: return s
    case 0x0178: return 0x00FF  // Ÿ -> ÿ
    case 0x0139...0x0148, 0x0179...0x017E: return s & 1 == 1 ? s + 1 : s
    default: return s & 1 == 0 ? s + 1 : s
    }
}
