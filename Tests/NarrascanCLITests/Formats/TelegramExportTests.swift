// The Telegram Desktop export: text as a string or as an array of strings and entities, service
// messages and empty messages skipped, the channel name as source.

import Testing
@testable import NarrascanCLI

@Suite struct TelegramExportTests {
    static let export = """
        {
         "name": "Пул Первого",
         "type": "public_channel",
         "id": 1234567890,
         "messages": [
          {
           "id": 1,
           "type": "service",
           "date": "2021-11-08T09:00:00",
           "action": "create_channel",
           "text": ""
          },
          {
           "id": 2,
           "type": "message",
           "date": "2021-11-08T13:44:12",
           "date_unixtime": "1636368252",
           "from": "Пул Первого",
           "text": "Польские силовики применяют \\"гибридные\\" методы",
           "text_entities": [{"type": "plain", "text": "ignored here"}]
          },
          {
           "id": 3,
           "type": "message",
           "date": "2021-11-09T08:01:00",
           "text": [
            {"type": "bold", "text": "Срочно:"},
            " мигранты у границы",
            {"type": "link", "text": "https://t.me/x"},
            "\\nвторая строка"
           ]
          },
          {"id": 4, "type": "message", "date": "2021-11-09T08:02:00", "photo": "photos/1.jpg", "text": ""}
         ]
        }
        """

    @Test func readsMessagesWithTheirIdDateSourceAndText() throws {
        let docs = try TelegramExport.documents(Array(Self.export.utf8))
        #expect(docs.map(\.id) == ["2", "3"])
        #expect(docs.map(\.date) == ["2021-11-08T13:44:12", "2021-11-09T08:01:00"])
        #expect(docs.allSatisfy { $0.source == "Пул Первого" })
        #expect(String(decoding: docs[0].text, as: UTF8.self) == "Польские силовики применяют \"гибридные\" методы")
        #expect(String(decoding: docs[1].text, as: UTF8.self) == "Срочно: мигранты у границыhttps://t.me/x\nвторая строка")
    }

    @Test func sniffsAnExportButNotAJSONLRecord() {
        #expect(Array(Self.export.utf8).withUnsafeBufferPointer { DocumentFormat.sniff($0) } == .telegram)
        let record = #"{"id":"1","text":"the messages member is not enough","messages":[]}"#
        #expect(Array(record.utf8).withUnsafeBufferPointer { DocumentFormat.sniff($0) } == .jsonl)
    }

    @Test func aFileThatIsNotAnExportIsAnErrorWithItsColumn() {
        #expect(throws: JSONRecordError.self) { try TelegramExport.documents(Array("{\"name\": \"x\"}".utf8)) }
        #expect(throws: JSONRecordError.self) { try TelegramExport.documents(Array("{\"messages\": [ {\"id\": 1,, } ]}".utf8)) }
    }
}
