// `narrascan lexicon suggest` and `--split` in-process: gold files with a split column, the three
// output formats, and the errors a user meets.

import Testing
@testable import NarrascanCLI
import NarrascanCore

@Suite struct LexiconSuggestTests {
    /// A gold TSV with extra columns (as Samples/real/manifest.tsv has) and the JSONL it labels:
    /// six dev positives say "weaponised migrants", six dev others use both words but not the pair;
    /// two validation rows would change the counts if they were read.
    static let folder: String = {
        let dir = makeTemporaryDirectory("suggest")
        var gold = "id\tlang\turl\tlabels\tsplit\n"
        var docs = ""
        for k in 0..<6 {
            gold += "p\(k)\ten\thttps://example.org/p\(k)\thybrid-attack\tdev\n"
            gold += "n\(k)\ten\thttps://example.org/n\(k)\t-\tdev\n"
            docs += "{\"id\":\"p\(k)\",\"text\":\"Minsk weaponised migrants at the border, day \(k).\"}\n"
            docs += "{\"id\":\"n\(k)\",\"text\":\"Minsk hosted migrants at a chess match and weaponised the rules at the border, day \(k).\"}\n"
        }
        for k in 0..<2 {
            gold += "v\(k)\ten\thttps://example.org/v\(k)\t-\tvalidation\n"
            docs += "{\"id\":\"v\(k)\",\"text\":\"Minsk weaponised migrants, a validation text.\"}\n"
        }
        docs += "{\"id\":\"stray\",\"text\":\"no gold row\"}\n"
        writeFile(dir + "/gold.tsv", gold)
        writeFile(dir + "/docs.jsonl", docs)
        return dir
    }()

    @Test func tableRanksTheSeparatingPhraseAndSaysWhatCoversIt() {
        let r = run(["lexicon", "suggest", "--gold", Self.folder + "/gold.tsv", "--split", "dev", "--stem", "0", Self.folder + "/docs.jsonl"])
        #expect(r.code == 0)
        #expect(r.stdout.hasPrefix("hybrid-attack: 6 positive and 6 other documents\n"))
        let rows = r.stdout.split(separator: "\n").dropFirst(2)
        let top = rows.first?.split(separator: " ", omittingEmptySubsequences: true) ?? []
        #expect(top.count > 5 && top[0] == "1")
        let phrases = rows.map { row in
            let rest = row.dropFirst(8)
            return String(rest[..<(rest.firstRange(of: "  ")?.lowerBound ?? rest.endIndex)])
        }
        #expect(phrases == ["migrants at the", "minsk weaponised", "weaponised migrants"])  // not "minsk": it is everywhere
        // The test lexicon has "weaponi* migra*": the pair is covered, and says so.
        #expect(rows.contains { $0.contains("weaponised migrants") && $0.contains("weaponi* migra* (2)") })
        #expect(r.stderr == "narrascan: lexicon suggest: 12 labelled documents, 3 without a gold row (ignored)\n")
    }

    @Test func tsvAndJSONLCarryTheCounts() throws {
        let base = ["lexicon", "suggest", "--gold", Self.folder + "/gold.tsv", "--split", "dev", "--stem", "0", "--top", "3"]
        let tsv = run(base + ["--format", "tsv", Self.folder + "/docs.jsonl"])
        let lines = tsv.stdout.split(separator: "\n")
        #expect(lines.first == "narrative\trank\tphrase\twords\tpositive_docs\tother_docs\tz\tlog_odds\tcovered_by\texample")
        #expect(lines.count == 4)
        let first = lines[1].split(separator: "\t", omittingEmptySubsequences: false)
        #expect(first.count == 10 && first[0] == "hybrid-attack" && first[1] == "1" && first[4] == "6" && first[5] == "0")
        let jsonl = run(base + ["--format", "jsonl", Self.folder + "/docs.jsonl"])
        let records = jsonl.stdout.split(separator: "\n")
        #expect(records.count == 3)
        #expect(records[0].hasPrefix("{\"narrative\":\"hybrid-attack\",\"rank\":1,\"phrase\":\""))
        #expect(records[0].contains("\"positiveDocuments\":6,\"otherDocuments\":0,\"positives\":6,\"others\":6"))
        let all = run(base.dropLast(2) + ["--format", "jsonl", Self.folder + "/docs.jsonl"]).stdout.split(separator: "\n")
        let pair = try #require(all.first { $0.contains("\"phrase\":\"weaponised migrants\"") })
        #expect(pair.contains("\"coveredBy\":{\"phrase\":\"weaponi* migra*\",\"weight\":2}"))
        #expect(pair.contains("\"examples\":[\"Minsk [weaponised migrants] at the border, day 0\",\"Minsk [weaponised migrants] at the border, day 1\"]"))
    }

    @Test func withoutTheSplitTheValidationRowsCount() {
        let r = run(["lexicon", "suggest", "--gold", Self.folder + "/gold.tsv", Self.folder + "/docs.jsonl"])
        #expect(r.stdout.hasPrefix("hybrid-attack: 6 positive and 8 other documents\n"))
    }

    @Test func errorsNameTheProblem() {
        let noGold = run(["lexicon", "suggest", Self.folder + "/docs.jsonl"])
        #expect(noGold.code == 2 && noGold.stderr.contains("lexicon suggest needs --gold FILE"))
        let badSplit = run(["lexicon", "suggest", "--gold", Self.folder + "/gold.tsv", "--split", "test", Self.folder + "/docs.jsonl"])
        #expect(badSplit.code == 2 && badSplit.stderr.contains("no gold row has split 'test'; the gold file's splits: dev, validation"))
        let badFormat = run(["lexicon", "suggest", "--gold", Self.folder + "/gold.tsv", "--format", "xml"])
        #expect(badFormat.code == 2 && badFormat.stderr.contains("--format must be one of table, tsv, jsonl"))
        let badTop = run(["lexicon", "suggest", "--gold", Self.folder + "/gold.tsv", "--top", "0"])
        #expect(badTop.code == 2 && badTop.stderr.contains("--top takes a whole number from 1"))
    }

    @Test func evalKeepsOneSplit() {
        let dev = run(["eval", "--gold", Self.folder + "/gold.tsv", "--split", "dev", Self.folder + "/docs.jsonl"])
        #expect(dev.code == 0)
        #expect(dev.stdout.contains("en        12"))
        let validation = run(["eval", "--gold", Self.folder + "/gold.tsv", "--split", "validation", Self.folder + "/docs.jsonl"])
        #expect(validation.stdout.contains("en        2 "))
    }

    @Test func goldReaderReadsTheSplitColumnAndKey() throws {
        let tsv = try GoldLabelReader.parse(Array("id\tlabels\tsplit\na\t-\tdev\n".utf8), path: "g.tsv")
        #expect(tsv == [GoldLabel(id: "a", labels: [], lang: nil, split: "dev")])
        let jsonl = try GoldLabelReader.parse(Array("{\"id\":\"a\",\"labels\":[\"x\"],\"split\":\"validation\"}\n".utf8), path: "g.jsonl")
        #expect(jsonl == [GoldLabel(id: "a", labels: ["x"], lang: nil, split: "validation")])
    }
}
