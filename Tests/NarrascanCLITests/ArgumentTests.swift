// The command line: parsing, help, version, errors and their exit codes.

import Testing
@testable import NarrascanCLI

@Suite struct ArgumentTests {
    @Test func parsesOptionsFlagsAndPositionals() throws {
        let a = try parseArguments(["--format", "csv", "--evidence", "a", "--narrative=x", "--narrative", "y", "-", "--", "--z"], spec: ScoreCommand.spec)
        #expect(a.value("--format") == "csv")
        #expect(a.flag("--evidence"))
        #expect(a.allValues("--narrative") == ["x", "y"])
        #expect(a.positionals == ["a", "-", "--z"])
    }

    @Test(arguments: [
        (["--bogus"], "unknown option '--bogus' for 'narrascan score'; see 'narrascan score --help'"),
        (["--format"], "--format needs a value (FORMAT)"),
        (["--format", "a", "--format", "b"], "--format is given twice; give it once"),
        (["--evidence=yes"], "--evidence takes no value"),
    ])
    func rejectsBadCommandLines(arguments: [String], message: String) {
        #expect(throws: UsageError(message)) { try parseArguments(arguments, spec: ScoreCommand.spec) }
    }

    @Test func everyCommandHasHelpWithExamplesAndExitCodes() {
        for command in ["score", "stream", "explain", "lexicon", "eval", "trend", "report"] {
            let r = run([command, "--help"])
            #expect(r.code == 0, "\(command)")
            #expect(r.stdout.contains("USAGE: narrascan \(command)"), "\(command)")
            #expect(r.stdout.contains("EXAMPLES:"), "\(command)")
            #expect(r.stdout.contains("130  interrupted"), "\(command)")
            #expect(r.stderr.isEmpty)
        }
        #expect(run(["--help"]).stdout.contains("COMMANDS:"))
    }

    @Test func versionPrintsOneLine() {
        let r = run(["--version"])
        #expect(r.code == 0 && r.stdout == "narrascan \(NarrascanCommand.version)\n")
    }

    @Test(arguments: [
        (["frobnicate"], "narrascan: unknown command 'frobnicate'; commands: score, stream, explain, lexicon, eval, trend, report\n"),
        (["score", "--jobs", "0"], "narrascan: --jobs takes a whole number from 1 to 256, not '0'\n"),
        (["score", "/no/such/file.txt"], "narrascan: /no/such/file.txt: no such file or directory\n"),
        (["score", "--format", "xml"], "narrascan: --format must be one of jsonl, csv, table, not 'xml'\n"),
        (["score", "--narrative", "nope"], "narrascan: unknown narrative 'nope'; known: hybrid-attack, migrants-as-victims\n"),
        (["score", "--lexicons", "/no/such/dir"], "narrascan: /no/such/dir: no such lexicon file or directory\n"),
        (["explain"], "narrascan: explain needs a FILE (or '-' for standard input)\n"),
        (["eval"], "narrascan: eval needs --gold FILE\n"),
        (["lexicon", "frob"], "narrascan: unknown lexicon subcommand 'frob'; expected check, list, export, test or suggest\n"),
    ])
    func usageErrorsAreOneLineAndExitTwo(arguments: [String], message: String) {
        let r = run(arguments)
        #expect(r.code == 2)
        #expect(r.stderr == message)
        #expect(r.stdout.isEmpty)
    }

    @Test func noArgumentsPrintsTheOverviewAndExitsTwo() {
        let r = run([])
        #expect(r.code == 2 && r.stderr.contains("COMMANDS:"))
    }
}
