// The top of the command line: picks the subcommand, prints the overview and the version, and is
// the one place that turns errors into stderr lines and exit codes.

import NarrascanCore

/// The `narrascan` program.
public enum NarrascanCommand {
    /// The version printed by `--version`.
    public static let version = "0.1.0"

    static let commands: [(spec: CommandSpec, run: @Sendable ([String], CommandContext) throws(CLIError) -> ExitCode)] = [
        (ScoreCommand.spec, ScoreCommand.run),
        (StreamCommand.spec, StreamCommand.run),
        (ExplainCommand.spec, ExplainCommand.run),
        (LexiconCommand.spec, LexiconCommand.run),
        (EvalCommand.spec, EvalCommand.run),
        (TrendCommand.spec, TrendCommand.run),
        (ReportCommand.spec, ReportCommand.run),
    ]

    /// The overview printed by `narrascan --help`.
    public static var overview: String {
        var s = """
            narrascan \(version) — find disinformation narratives in news text, and say why.

            USAGE: narrascan COMMAND [OPTIONS] [ARGUMENTS]

            COMMANDS:

            """
        for c in commands { s += "  " + pad(c.spec.name, 10) + c.spec.abstract + "\n" }
        s += """

            Run 'narrascan COMMAND --help' for a command's options and examples.

            EXAMPLES:
              narrascan score Samples/dev Samples/test
              narrascan explain Samples/dev/ru-001-belta-gpk-izbitye-migranty.txt
              tail -f feed.jsonl | narrascan stream

            """
        return s + "\n" + exitCodeHelp
    }

    /// Runs the command line `arguments` (without the program name) and returns the exit code.
    /// Errors are written to `context.stderr` as one line each (lexicon errors: one per problem).
    public static func main(_ arguments: [String], context: CommandContext) -> Int32 {
        do {
            return try dispatch(arguments, context: context).rawValue
        } catch {
            switch error {
            case .outputClosed: return ExitCode.success.rawValue
            case .lexicon(let errors):
                for d in errors.diagnostics { try? context.stderr.write("narrascan: \(d)\n") }
                try? context.stderr.flush()
            default:
                context.warn("narrascan: \(error)")
            }
            return error.exitCode.rawValue
        }
    }

    static func dispatch(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        guard let first = arguments.first else {
            do { try context.stderr.write(overview); try context.stderr.flush() } catch { throw .outputClosed }
            return .usage
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1, let c = commands.first(where: { $0.spec.name == arguments[1] }) {
                do { try context.stdout.write(c.spec.helpText) } catch { throw .outputClosed }
            } else {
                do { try context.stdout.write(overview) } catch { throw .outputClosed }
            }
            do { try context.stdout.flush() } catch { throw .outputClosed }
            return .success
        case "--version", "version":
            do { try context.stdout.write("narrascan \(version)\n"); try context.stdout.flush() } catch { throw .outputClosed }
            return .success
        default:
            guard let command = commands.first(where: { $0.spec.name == first }) else {
                throw .usage(UsageError("unknown command '\(first)'; commands: \(commands.map(\.spec.name).joined(separator: ", "))"))
            }
            return try command.run(Array(arguments.dropFirst()), context)
        }
    }
}
