// Finds and loads lexicon files for the CLI: a directory of *.lex files or one file. Without
// --lexicons: NARRASCAN_LEXICONS, then a Lexicons/ folder found by walking up from the executable
// (a checkout), then PREFIX/share/narrascan/Lexicons (an install), then the lexicons compiled into
// the program (`BundledLexicons.swift`), so a copied binary scores with nothing beside it.
// All-or-nothing: any problem in any file means no lexicon set.

#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import NarrascanCore

/// Loads lexicon sets from files.
public struct LexiconLoader {
    let context: CommandContext
    /// Files are parsed on up to this many threads (`score --jobs N`: start-up is the batch's
    /// serial part), and with more than one the matcher is compiled on two. The lexicons,
    /// diagnostics and matcher are the same whatever it is.
    public var jobs = 1

    public init(context: CommandContext) { self.context = context }

    /// The lexicon path to use: `explicit`, else the environment, else the bundled folder.
    public func resolvePath(_ explicit: String?) throws(CLIError) -> String {
        if let explicit { return explicit }
        if let env = context.environment["NARRASCAN_LEXICONS"], !env.isEmpty { return env }
        if let exe = context.executablePath {
            var dir = parentDirectory(realPath(exe) ?? exe)
            for _ in 0..<6 {
                let candidate = dir + "/Lexicons"
                if isDirectory(candidate) && !lexiconFiles(in: candidate).isEmpty { return candidate }
                let share = dir + "/share/narrascan/Lexicons"
                if isDirectory(share) { return share }
                let up = parentDirectory(dir)
                if up == dir { break }
                dir = up
            }
        }
        return LexiconLoader.bundledPath
    }

    /// The path that names the lexicons compiled into the program.
    public static let bundledPath = "(bundled)"

    /// The *.lex files at `path` (a directory, sorted) or `path` itself.
    public func files(at path: String) throws(CLIError) -> [String] {
        if path == LexiconLoader.bundledPath { return bundledLexiconFiles.map { path + "/" + $0.name } }
        if isDirectory(path) {
            let files = lexiconFiles(in: path)
            if files.isEmpty { throw .usage(UsageError("\(path): no *.lex lexicon files in this directory")) }
            return files
        }
        guard fileExists(path) else { throw .usage(UsageError("\(path): no such lexicon file or directory")) }
        return [path]
    }

    /// Parses every file; returns the lexicons or every diagnostic of every file.
    public func parseAll(_ files: [String]) -> Result<[Lexicon], LexiconErrors> {
        let parsed = ParsedLexicons(count: files.count)
        if jobs > 1 && files.count > 1 {
            DispatchQueue.concurrentPerform(iterations: files.count) { k in parsed.store(LexiconLoader.parse(files[k]), at: k) }
        } else {
            for (k, file) in files.enumerated() { parsed.store(LexiconLoader.parse(file), at: k) }
        }
        var lexicons: [Lexicon] = []
        var diagnostics: [LexiconDiagnostic] = []
        for k in files.indices {
            switch parsed.take(k) {
            case .success(let lexicon): lexicons.append(lexicon)
            case .failure(let errors): diagnostics += errors.diagnostics
            }
        }
        if !diagnostics.isEmpty { return .failure(LexiconErrors(diagnostics)) }
        return .success(lexicons)
    }

    /// Reads and parses one file (a bundled one by its name).
    static func parse(_ file: String) -> Result<Lexicon, LexiconErrors> {
        let bundled = bundledLexiconFiles.first { LexiconLoader.bundledPath + "/" + $0.name == file }
        guard let bytes = bundled.map({ Array($0.text.utf8) }) ?? readWholeFile(file) else {
            return .failure(LexiconErrors([LexiconDiagnostic(source: file, line: 0, column: 0, problem: .unreadable)]))
        }
        do { return .success(try LexiconParser().parse(bytes, source: file)) } catch { return .failure(error) }
    }

    /// Loads, validates and optionally restricts a lexicon set.
    public func load(_ explicit: String?, narratives: [String] = []) throws(CLIError) -> LexiconSet {
        let path = try resolvePath(explicit)
        let files = try files(at: path)
        let set: LexiconSet
        switch parseAll(files) {
        case .failure(let errors): throw .lexicon(errors)
        case .success(let lexicons):
            do { set = try LexiconSet(lexicons) } catch { throw .lexicon(error) }
        }
        if narratives.isEmpty { return set }
        guard let restricted = set.restricted(to: narratives) else {
            let unknown = narratives.filter { !set.names.contains($0) }
            throw .usage(UsageError("unknown narrative '\(unknown.first ?? "")'; known: \(set.names.joined(separator: ", "))"))
        }
        return restricted
    }

    /// Loads and compiles.
    public func classifier(_ explicit: String?, narratives: [String] = []) throws(CLIError) -> NarrativeClassifier {
        let set = try load(explicit, narratives: narratives)
        do { return try NarrativeClassifier(lexicons: set, compileInParallel: jobs > 1) } catch { throw .lexicon(error) }
    }

    func lexiconFiles(in directory: String) -> [String] {
        listDirectory(directory).filter { $0.hasSuffix(".lex") }.sorted().map { directory + "/" + $0 }
    }
}

/// Each file's parse result, written by concurrent parsers, each to its own slot (as
/// `SliceResults` does for a window's slices); read after they have all returned.
final class ParsedLexicons: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Result<Lexicon, LexiconErrors>?>
    private let count: Int
    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }
    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    func store(_ result: Result<Lexicon, LexiconErrors>, at slot: Int) {
        precondition(slot >= 0 && slot < count)
        slots[slot] = result
    }
    func take(_ slot: Int) -> Result<Lexicon, LexiconErrors> { slots[slot]! }
}
