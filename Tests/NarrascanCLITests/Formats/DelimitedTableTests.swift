// CSV and TSV: RFC 4180 quoting with separators, doubled quotes and newlines inside fields, a BOM,
// CRLF rows, short rows, and the columns that pass through.

import Testing
@testable import NarrascanCLI

@Suite struct DelimitedTableTests {
    func rows(_ text: String, separator: UInt8 = UInt8(ascii: ","), chunk: Int = .max) throws -> (columns: [String], rows: [[String]]) {
        let table = DelimitedTable(reader: LineReader(input: MemoryInput(Array(text.utf8), chunk: chunk), bufferSize: 16), separator: separator)
        _ = try table.readHeader()
        var rows: [[String]] = []
        while let row = try table.nextRow() { rows.append(row.map { String(decoding: $0, as: UTF8.self) }) }
        return (table.columns, rows)
    }

    @Test(arguments: [1, 3, 1 << 16])
    func readsQuotedFieldsWithNewlinesAndQuotes(chunk: Int) throws {
        let csv = "\u{FEFF}id,text,date\r\n1,\"a, b\",2021-11-09\r\n2,\"she said \"\"no\"\"\nand left\",\n\n3,plain\n"
        let (columns, rows) = try rows(csv, chunk: chunk)
        #expect(columns == ["id", "text", "date"])
        #expect(rows == [["1", "a, b", "2021-11-09"], ["2", "she said \"no\"\nand left", ""], ["3", "plain"]])
    }

    @Test func readsTSVAndKeepsALoneQuoteInsideAField() throws {
        let (columns, rows) = try rows("id\ttext\n7\tit's 5\" tall\n", separator: 0x09)
        #expect(columns == ["id", "text"])
        #expect(rows == [["7", "it's 5\" tall"]])
    }

    @Test func choosesColumnsByNameAndPassesMetadataThrough() throws {
        let table = DelimitedTable(reader: LineReader(input: MemoryInput("Body,Key,Source,lang,extra\nhello,k1,belta,ru,x\nshort\n")), separator: UInt8(ascii: ","))
        _ = try table.readHeader()
        let columns = try #require(DelimitedColumns(table, textField: "body", idField: "key"))
        let first = columns.record(try #require(try table.nextRow()), fallbackID: "f:2")
        #expect(first == DocumentRecord(id: "k1", text: Array("hello".utf8), source: "belta", lang: "ru"))
        let second = columns.record(try #require(try table.nextRow()), fallbackID: "f:\(table.rowLine)")
        #expect(second == DocumentRecord(id: "f:3", text: Array("short".utf8)))
        #expect(DelimitedColumns(table, textField: "text", idField: "id") == nil)
    }
}
