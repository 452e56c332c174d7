// `narrascan lexicon check|list|export|test|suggest`: the analyst's tools for lexicon files.

import NarrascanCore

/// The `lexicon` command group.
public enum LexiconCommand {
    public static let spec = CommandSpec(
        name: "lexicon",
        abstract: "Check, list, export, test and grow lexicons.",
        usage: "narrascan lexicon check [PATH] | list | export --phrases | test | suggest --gold FILE [PATH ...] [OPTIONS]",
        discussion: """
            check [PATH]     list every problem of every lexicon file as file:line:column (exit 1 if any),
                             and warn about each entry that lowers a score where it matches (a longer
                             entry lighter than an entry of its narrative inside it)
            list             narratives with their entry counts per language and script
            export --phrases one phrase per line, folded to lower case, wildcards kept as '*'
            test             check every @must-match / @must-not-match example (exit 1 on a failure)
            suggest          rank, per narrative of a gold file, the words and 2-4-word phrases (folded,
                             with prefix-wildcard forms) that separate its positive documents from the
                             others: keyness z (log-odds ratio with an informative prior), counts in
                             positives and others, the entry that already covers it, example contexts.
                             Documents are read as eval reads them (default: the gold file's folder).
                             Candidates for a person to judge; no lexicon is changed.
            """,
        options: lexiconOptions + [
            OptionSpec("--phrases", help: "With export: print the phrases."),
        ] + suggestOptions,
        examples: [
            "narrascan lexicon check Lexicons/",
            "narrascan lexicon list",
            "narrascan lexicon export --phrases > phrases.txt",
            "narrascan lexicon test --lexicons my-lexicons/",
            "narrascan lexicon suggest --gold Samples/dev/gold.tsv --narrative blame-the-eu --top 20",
            "narrascan lexicon suggest --gold Samples/real/manifest.tsv --split dev --format tsv .real/texts.jsonl",
        ])

    public static func run(_ arguments: [String], context: CommandContext) throws(CLIError) -> ExitCode {
        let args: ParsedArguments
        do { args = try parseArguments(arguments, spec: spec) } catch { throw .usage(error) }
        if args.helpRequested || args.positionals.isEmpty {
            if !args.helpRequested && args.positionals.isEmpty {
                throw .usage(UsageError("lexicon needs a subcommand: check, list, export, test or suggest; see 'narrascan lexicon --help'"))
            }
            do { try context.stdout.write(spec.helpText); try context.stdout.flush() } catch { throw .outputClosed }
            return .success
        }
        let loader = LexiconLoader(context: context)
        let sub = args.positionals[0]
        if sub == "suggest" { return try LexiconSuggest.run(args, loader: loader, context: context) }
        if sub == "check" && args.positionals.count > 2 {
            throw .usage(UsageError("'lexicon check' takes at most one PATH"))
        }
        if sub != "check" && args.positionals.count > 1 {
            throw .usage(UsageError("'lexicon \(sub)' takes no argument; use --lexicons PATH"))
        }
        do {
            switch sub {
            case "check": return try check(args, loader: loader, context: context)
            case "list": try list(try loader.load(args.value("--lexicons"), narratives: args.allValues("--narrative")), context: context)
            case "export":
                guard args.flag("--phrases") else { throw CLIError.usage(UsageError("lexicon export needs --phrases")) }
                let set = try loader.load(args.value("--lexicons"), narratives: args.allValues("--narrative"))
                var seen: Set<String> = []
                for lexicon in set.lexicons {
                    for entry in lexicon.entries where seen.insert(entry.normalized).inserted {
                        try context.stdout.write(entry.normalized + "\n")
                    }
                }
            case "test": return try test(args, loader: loader, context: context)
            default:
                throw CLIError.usage(UsageError("unknown lexicon subcommand '\(sub)'; expected check, list, export, test or suggest"))
            }
            try context.stdout.flush()
        } catch let error as CLIError {
            throw error
        } catch {
            throw .outputClosed
        }
        return .success
    }

    static func check(_ args: ParsedArguments, loader: LexiconLoader, context: CommandContext) throws -> ExitCode {
        let path = try loader.resolvePath(args.positionals.count > 1 ? args.positionals[1] : args.value("--lexicons"))
        let files = try loader.files(at: path)
        var diagnostics: [LexiconDiagnostic] = []
        var warnings: [String] = []
        var entries = 0
        var count = 0
        switch loader.parseAll(files) {
        case .failure(let errors): diagnostics = errors.diagnostics
        case .success(let lexicons):
            do {
                let set = try LexiconSet(lexicons)
                _ = try PhraseMatcher(lexicons: set)
                entries = lexicons.reduce(0) { $0 + $1.entries.count }
                count = lexicons.count
                for lexicon in lexicons { warnings += shadowingWarnings(lexicon) }
            } catch { diagnostics = error.diagnostics }
        }
        for d in diagnostics { try context.stdout.write(d.description + "\n") }
        for w in warnings { try context.stdout.write(w + "\n") }
        if diagnostics.isEmpty {
            let warned = warnings.isEmpty ? "" : "; \(warnings.count) warning(s)"
            try context.stdout.write("ok: \(count) lexicons, \(entries) entries in \(files.count) file(s)\(warned)\n")
        } else {
            try context.stdout.write("\(diagnostics.count) error(s) in \(Set(diagnostics.map(\.source)).count) file(s)\n")
        }
        try context.stdout.flush()
        return diagnostics.isEmpty ? .success : .failure
    }

    /// `file:line: warning: …` for each entry that lowers its narrative's score where it matches
    /// (`ShadowedEntry`): a warning, not an error, since the lexicon still works as written.
    static func shadowingWarnings(_ lexicon: Lexicon) -> [String] {
        ShadowedEntry.find(in: lexicon).map { finding in
            let entry = lexicon.entries[finding.shadowing], hidden = lexicon.entries[finding.hidden]
            return "\(lexicon.source):\(entry.line): warning: '\(entry.phrase)' (\(formatDecimal(entry.weight))) "
                + "hides '\(hidden.phrase)' (line \(hidden.line), \(formatDecimal(hidden.weight))) wherever both match: "
                + "the longer match replaces the heavier one and lowers the score; "
                + "give it at least \(formatDecimal(hidden.weight)) or remove it"
        }
    }

    static func list(_ set: LexiconSet, context: CommandContext) throws {
        for lexicon in set.lexicons {
            var languages: [String: Int] = [:]
            var scripts: [String: Int] = [:]
            for entry in lexicon.entries {
                languages[entry.language, default: 0] += 1
                scripts[scriptName(entry.phrase), default: 0] += 1
            }
            let negative = lexicon.entries.filter { $0.weight < 0 }.count
            let wildcards = lexicon.entries.filter { $0.words.contains(where: \.isPrefix) }.count
            try context.stdout.write("\(lexicon.name) — \(lexicon.title)\n")
            try context.stdout.write("  \(lexicon.description)\n")
            try context.stdout.write("  threshold \(formatDecimal(lexicon.threshold)), \(lexicon.entries.count) entries (\(negative) negative, \(wildcards) with wildcards), \(lexicon.examples.count) examples\n")
            try context.stdout.write("  languages: " + languages.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n")
            try context.stdout.write("  scripts:   " + scripts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n")
            try context.stdout.write("  file:      \(lexicon.source)\n\n")
        }
    }

    static func test(_ args: ParsedArguments, loader: LexiconLoader, context: CommandContext) throws -> ExitCode {
        let set = try loader.load(args.value("--lexicons"), narratives: args.allValues("--narrative"))
        var failures = 0
        var total = 0
        for lexicon in set.lexicons {
            let single: NarrativeClassifier
            do { single = try NarrativeClassifier(lexicons: try LexiconSet([lexicon])) } catch { throw CLIError.lexicon(error) }
            for example in lexicon.examples {
                total += 1
                let result = single.classify(example.text).narratives[0]
                if result.labelled != example.mustMatch {
                    failures += 1
                    let what = example.mustMatch ? "must-match example is not labelled" : "must-not-match example is labelled"
                    let phrases = result.evidence.map(\.phrase)
                    try context.stdout.write(
                        "\(lexicon.source):\(example.line): \(what) (score \(formatFixed(result.score, places: 3)), threshold \(formatDecimal(lexicon.threshold)); matched: \(phrases.isEmpty ? "nothing" : phrases.joined(separator: ", ")))\n")
                }
            }
        }
        try context.stdout.write("\(total - failures) passed, \(failures) failed\n")
        try context.stdout.flush()
        return failures == 0 ? .success : .failure
    }
}

/// The main script of a phrase: Latin, Cyrillic, Arabic, Greek or Other.
func scriptName(_ phrase: String) -> String {
    for scalar in phrase.unicodeScalars where scalar.properties.isAlphabetic {
        switch scalar.value {
        case 0x0041...0x024F, 0x1E00...0x1EFF: return "Latin"
        case 0x0370...0x03FF: return "Greek"
        case 0x0400...0x052F: return "Cyrillic"
        case 0x0600...0x06FF: return "Arabic"
        default: return "Other"
        }
    }
    return "Other"
}
