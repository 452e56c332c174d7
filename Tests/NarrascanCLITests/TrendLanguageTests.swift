// `trend --group lang`: documents grouped by their language, the given one or, for raw documents
// that do not say, the identified one.

import Testing
@testable import NarrascanCLI

@Suite struct TrendLanguageTests {
    @Test func groupsByGivenAndIdentifiedLanguage() {
        let lines = [
            #"{"id":"1","date":"2021-11-08","text":"Minsk staged a hybrid attack on the border, and the migrants were pushed back by the guards."}"#,
            #"{"id":"2","date":"2021-11-08","text":"Минск устроил гибридную атаку на границе, и мигрантов вытеснили пограничники, что было ожидаемо."}"#,
            #"{"id":"3","date":"2021-11-08","lang":"pl","text":"hybrid attack"}"#,
            #"{"id":"4","date":"2021-11-08","text":"ok"}"#,
        ]
        let r = run(["trend", "--group", "lang", "--format", "csv"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(r.code == 0, "\(r.stderr)")
        let groups = Set(r.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[3] })
        #expect(groups == ["en", "ru", "pl", "und"])
        let table = run(["trend", "--group", "lang", "--format", "table"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(table.stdout.contains("LANG ru"))
    }
}
