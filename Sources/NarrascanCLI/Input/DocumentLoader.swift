// Reads whole collections into memory for the commands that need every document at once (eval,
// lexicon suggest): small, labelled sets, not dumps. `score` and `stream` never use it. Every
// format `DocumentSource` reads is read here too.

import NarrascanCore

/// Loads documents from PATHs (files and directories, as `score` reads them).
struct DocumentLoader {
    let parser: JSONRecordParser
    let maxLineBytes: Int
    /// `--input-format`, when given.
    var format: DocumentFormat? = nil
    var identifyLanguage = LanguageIdentification.newFormats

    /// The documents, the inputs and records that failed, and the files a walk did not score.
    func load(_ paths: [String], stdin: ByteInput) throws(UsageError) -> (documents: [DocumentRecord], failures: [InputError], notScored: [NotScoredFile]) {
        var documents: [DocumentRecord] = []
        var failures: [InputError] = []
        let (items, walked) = try InputCollector().collectAccounting(paths)
        var notScored = walked
        let source = DocumentSource(
            format: format, textField: parser.textField, idField: parser.idField, maxLineBytes: maxLineBytes,
            identifyLanguage: identifyLanguage, stdin: stdin)
        for item in items {
            switch item {
            case .failure(let error): failures.append(error)
            case .success(let input):
                source.read(input) { event in
                    switch event {
                    case .document(let d): documents.append(d)
                    case .failure(let error): failures.append(error)
                    case .notScored(let reason): notScored.append(NotScoredFile(path: input.path, reason: reason))
                    case .line(let line, let number):
                        do { documents.append(source.withLanguage(try parser.parse(line, fallbackID: "\(input.path):\(number)"), plain: true)) } catch {
                            failures.append(InputError(path: input.path, line: number, reason: "invalid record: \(error)"))
                        }
                    }
                    return true
                }
            }
        }
        return (documents, failures, notScored)
    }
}
