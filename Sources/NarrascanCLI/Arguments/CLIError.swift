// The CLI's typed errors, each carrying the one line the user sees, and the exit-code contract.
// `NarrascanCommand.main` is the one place that turns them into stderr lines and exit codes.

import NarrascanCore

/// The exit codes of every command (also listed in `--help`).
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// The run finished but some input failed (a bad file or record), or a check found problems.
    case failure = 1
    /// The run could not start: bad usage, a missing file, lexicons with errors.
    case usage = 2
    /// Interrupted by SIGINT after finishing the record in hand.
    case interrupted = 130
    /// Terminated by SIGTERM after finishing the record in hand.
    case terminated = 143
}

/// A problem with the command line: unknown option, missing value, bad value, missing file.
public struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A problem with one input: a file that cannot be read, a record that cannot be parsed.
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file (or `-` for standard input).
    public var path: String
    /// 1-based line of the record, when the problem is in one record.
    public var line: Int?
    /// What is wrong.
    public var reason: String

    public init(path: String, line: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String {
        if let line { return "\(path):\(line): \(reason)" }
        return "\(path): \(reason)"
    }
}

/// Any error a command can end with.
public enum CLIError: Error, CustomStringConvertible {
    case usage(UsageError)
    case lexicon(LexiconErrors)
    case input(InputError)
    case outputClosed

    public var description: String {
        switch self {
        case .usage(let e): return e.message
        case .lexicon(let e): return e.description
        case .input(let e): return e.description
        case .outputClosed: return "output closed"
        }
    }

    /// The exit code this error ends the process with.
    public var exitCode: ExitCode {
        switch self {
        case .usage, .lexicon: return .usage
        case .input: return .failure
        case .outputClosed: return .success
        }
    }
}
