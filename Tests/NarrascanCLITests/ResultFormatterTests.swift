// The JSONL line of a scored document: the formatter writes the narrative names it prepared once,
// and still escapes a name of its own when a score's narratives are not the ones it was made for.

import NarrascanCore
import Testing
@testable import NarrascanCLI

@Suite struct ResultFormatterTests {
    func score(_ names: [String], labelled: Set<String>) -> DocumentScore {
        DocumentScore(
            words: 7, invalidBytes: 0,
            narratives: names.enumerated().map { k, n in
                NarrativeScore(narrative: n, score: 0.25 * Double(k), raw: 0, labelled: labelled.contains(n), evidence: [])
            })
    }

    func line(_ formatter: ResultFormatter, _ score: DocumentScore) -> String {
        var out: [UInt8] = []
        formatter.append(DocumentRecord(id: "d1", text: []), score, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func preparedNamesReadAsEscapedNames() {
        let names = ["blame-the-eu", "q\"uote", "back\\slash"]
        let formatter = ResultFormatter(format: .jsonl, narratives: names, includeEvidence: false)
        #expect(
            line(formatter, score(names, labelled: ["q\"uote"]))
                == "{\"id\":\"d1\",\"labels\":[\"q\\\"uote\"],\"scores\":{\"blame-the-eu\":0,\"q\\\"uote\":0.25,\"back\\\\slash\":0.5},\"tokens\":7}\n")
    }

    @Test(arguments: [["other"], ["blame-the-eu", "x\"y", "z"], ["a", "b", "c", "d"], []])
    func namesTheFormatterWasNotMadeForAreEscapedAnew(names: [String]) {
        let formatter = ResultFormatter(format: .jsonl, narratives: ["blame-the-eu", "hybrid-attack", "z"], includeEvidence: false)
        let fresh = ResultFormatter(format: .jsonl, narratives: names, includeEvidence: false)
        let s = score(names, labelled: Set(names))
        #expect(line(formatter, s) == line(fresh, s))
        let escaped = names.map { n in "\"" + n.map { $0 == "\"" ? "\\\"" : String($0) }.joined() + "\"" }
        #expect(line(formatter, s).contains("\"labels\":[" + escaped.joined(separator: ",") + "]"))
    }
}
