// Language identification for documents that do not say their language: first the script (Arabic,
// Cyrillic, Latin), then, among the languages of that script, the one whose function words and
// own letters the text uses most, less the letters it uses that the language lacks (`LanguageProfiles`). It answers an ISO 639-1 code, or `und` when
// the text is too short, in a script it does not know, or not clearly one language. It looks at
// the first 16 KiB only, so its cost does not grow with long documents. Pure: no state, no I/O.

/// Identifies the language of a text.
public struct LanguageIdentifier: Sendable {
    /// The least letters a text needs for an answer other than `und`.
    public var minimumLetters = 20
    /// The bytes read from the start of a text.
    public var window = 16 << 10

    public init() {}

    /// The codes this identifier can answer (besides `und`), sorted.
    public static var languages: [String] { (languageProfiles.map(\.code) + ["ar"]).sorted() }

    /// The ISO 639-1 code of the language of `text` (UTF-8), or "und" when unsure.
    public func identify(_ text: UnsafeBufferPointer<UInt8>) -> String {
        let prefix = UnsafeBufferPointer(rebasing: text.prefix(window))
        var scripts: [Script: Int] = [:]
        var markerCounts: [String: Int] = [:]
        var foreignCounts: [String: Int] = [:]
        var wordHits: [String: Int] = [:]
        var word: [UInt32] = []
        var letters = 0

        func endWord() {
            guard !word.isEmpty else { return }
            var s = String.UnicodeScalarView()
            for v in word { if let u = Unicode.Scalar(v) { s.append(u) } }
            let w = String(s)
            for p in languageProfiles where p.functionWords.contains(w) { wordHits[p.code, default: 0] += 1 }
            word.removeAll(keepingCapacity: true)
        }

        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            let script = scriptOf(v)
            if script == nil {
                endWord()
                continue
            }
            let folded = fold(v)
            letters += 1
            scripts[script!, default: 0] += 1
            for p in languageProfiles {
                if p.markers.contains(folded) { markerCounts[p.code, default: 0] += 1 }
                if p.foreign.contains(folded) { foreignCounts[p.code, default: 0] += 1 }
            }
            word.append(folded)
        }
        endWord()
        guard letters >= minimumLetters, let (script, count) = scripts.max(by: { $0.value < $1.value }), count * 2 > letters else { return "und" }
        switch script {
        case .arabic: return "ar"
        case .greek, .other: return "und"
        case .latin, .cyrillic: break
        }
        var scores: [(code: String, score: Double)] = []
        for p in languageProfiles where p.script == script {
            let score = Double(wordHits[p.code] ?? 0) + 0.5 * Double(markerCounts[p.code] ?? 0) - 0.5 * Double(foreignCounts[p.code] ?? 0)
            scores.append((p.code, score))
        }
        scores.sort { $0.score != $1.score ? $0.score > $1.score : $0.code < $1.code }
        guard let best = scores.first, best.score >= 2 else { return "und" }
        let second = scores.count > 1 ? scores[1].score : 0
        if best.score < 1.25 * second && best.score - second < 3 { return "und" }
        return best.code
    }

    /// The ISO 639-1 code of `text`, or "und".
    public func identify(_ text: [UInt8]) -> String { text.withUnsafeBufferPointer { identify($0) } }

    /// The script of a letter, or nil for what is not a letter.
    func scriptOf(_ v: UInt32) -> Script? {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return .latin
        case 0xAA, 0xBA: return .latin
        case 0xBF, 0xA1: return nil
        case 0x400...0x52F: return .cyrillic
        case 0x620...0x64A, 0x66E...0x6D3, 0x6FA...0x6FF, 0x750...0x77F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x370...0x3FF, 0x1F00...0x1FFF: return .greek
        case 0...0x7F: return nil
        default:
            guard let s = Unicode.Scalar(v), s.properties.isAlphabetic else { return nil }
            return .other
        }
    }

    /// Lower-cases the letters of the scripts the profiles use (ASCII, Latin-1, Latin Extended-A,
    /// Cyrillic); other scalars are returned as they are.
    func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return v + 0x20
        case 0x100...0x137, 0x14A...0x177: return v | 1
        case 0x139...0x148, 0x179...0x17E: return v & 1 == 1 ? v + 1 : v
        case 0x410...0x42F: return v + 0x20
        case 0x400...0x40F: return v + 0x50
        case 0x490, 0x4AE, 0x4B0: return v + 1
        default: return v
        }
    }
}
