// Commands declare their options, arguments, help and examples in one value, and the parser and the
// help printer both read that value, so `--help` cannot drift from what is accepted.

/// One option of a command.
public struct OptionSpec: Sendable {
    /// The long name with dashes, e.g. `--format`.
    public var name: String
    /// The value's placeholder (`FORMAT`), or nil for a flag.
    public var valueName: String?
    /// May be given several times.
    public var repeatable: Bool
    /// One line of help.
    public var help: String
    /// A one-letter alias such as `-o`, or nil.
    public var short: String?

    public init(_ name: String, short: String? = nil, value: String? = nil, repeatable: Bool = false, help: String) {
        self.name = name
        self.short = short
        self.valueName = value
        self.repeatable = repeatable
        self.help = help
    }
}

/// A command's interface: name, synopsis, options, examples.
public struct CommandSpec: Sendable {
    public var name: String
    public var abstract: String
    public var usage: String
    public var discussion: String
    public var options: [OptionSpec]
    public var examples: [String]
    /// Most positional arguments accepted (nil: any number).
    public var maxPositionals: Int?

    public init(
        name: String, abstract: String, usage: String, discussion: String = "", options: [OptionSpec],
        examples: [String], maxPositionals: Int? = nil
    ) {
        self.name = name
        self.abstract = abstract
        self.usage = usage
        self.discussion = discussion
        self.options = options
        self.examples = examples
        self.maxPositionals = maxPositionals
    }

    /// The help text.
    public var helpText: String {
        var s = "\(abstract)\n\nUSAGE: \(usage)\n"
        if !discussion.isEmpty { s += "\n\(discussion)\n" }
        s += "\nOPTIONS:\n"
        let all = options + [OptionSpec("--help", help: "Show this help.")]
        let labels = all.map { o in (o.short.map { "\($0), " } ?? "") + o.name + (o.valueName.map { " \($0)" } ?? "") }
        let width = min(30, (labels.map(\.count).max() ?? 0) + 2)
        for (o, label) in zip(all, labels) {
            let padded = label.count < width ? label + String(repeating: " ", count: width - label.count) : label + "  "
            s += "  \(padded)\(o.help)\(o.repeatable ? " (repeatable)" : "")\n"
        }
        s += "\nEXAMPLES:\n"
        for e in examples { s += "  \(e)\n" }
        s += "\n" + exitCodeHelp
        return s
    }
}

extension CommandSpec {
    /// Parses a command's arguments; prints the help and returns nil when `--help` was given.
    /// - Throws: `CLIError.usage` for a bad command line.
    public func parse(_ arguments: [String], context: CommandContext) throws(CLIError) -> ParsedArguments? {
        let args: ParsedArguments
        do { args = try parseArguments(arguments, spec: self) } catch { throw .usage(error) }
        guard args.helpRequested else { return args }
        do {
            try context.stdout.write(helpText)
            try context.stdout.flush()
        } catch { throw .outputClosed }
        return nil
    }
}

/// The exit-code contract, printed in every help.
public let exitCodeHelp = """
    EXIT CODES:
      0    success
      1    the run finished but some input failed (reported on stderr), or a check found problems
      2    the run could not start: unknown option, missing file, lexicon errors
      130  interrupted (SIGINT) after finishing and flushing the record in hand
      143  terminated (SIGTERM) after finishing and flushing the record in hand

    """

/// The parsed command line of one command.
public struct ParsedArguments: Sendable {
    public var values: [String: [String]] = [:]
    public var flags: Set<String> = []
    public var positionals: [String] = []
    public var helpRequested = false

    public func value(_ name: String) -> String? { values[name]?.last }
    public func allValues(_ name: String) -> [String] { values[name] ?? [] }
    public func flag(_ name: String) -> Bool { flags.contains(name) }

    /// An integer option within `range`.
    public func integer(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws(UsageError) -> Int {
        guard let text = value(name) else { return fallback }
        guard let v = Int(text), range.contains(v) else {
            throw UsageError("\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
        }
        return v
    }

    /// An option whose value must be one of `choices`.
    public func choice(_ name: String, _ choices: [String]) throws(UsageError) -> String? {
        guard let v = value(name) else { return nil }
        guard choices.contains(v) else {
            throw UsageError("\(name) must be one of \(choices.joined(separator: ", ")), not '\(v)'")
        }
        return v
    }
}

/// Parses `arguments` against `spec`.
/// - Throws: `UsageError` for an unknown option, a missing value, a repeated single option, or
///   too many arguments.
public func parseArguments(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
    var parsed = ParsedArguments()
    var i = 0
    var optionsEnded = false
    while i < arguments.count {
        let arg = arguments[i]
        i += 1
        if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
            parsed.positionals.append(arg)
            continue
        }
        if arg == "--" {
            optionsEnded = true
            continue
        }
        if arg == "--help" || arg == "-h" {
            parsed.helpRequested = true
            continue
        }
        var name = arg
        var inlineValue: String?
        if let eq = arg.firstIndex(of: "=") {
            name = String(arg[..<eq])
            inlineValue = String(arg[arg.index(after: eq)...])
        }
        guard let option = spec.options.first(where: { $0.name == name || $0.short == name }) else {
            throw UsageError("unknown option '\(name)' for 'narrascan \(spec.name)'; see 'narrascan \(spec.name) --help'")
        }
        name = option.name
        if option.valueName == nil {
            if inlineValue != nil { throw UsageError("\(name) takes no value") }
            parsed.flags.insert(name)
            continue
        }
        let value: String
        if let inlineValue {
            value = inlineValue
        } else {
            guard i < arguments.count else { throw UsageError("\(name) needs a value (\(option.valueName!))") }
            value = arguments[i]
            i += 1
        }
        if !option.repeatable && parsed.values[name] != nil {
            throw UsageError("\(name) is given twice; give it once")
        }
        parsed.values[name, default: []].append(value)
    }
    if let maxPositionals = spec.maxPositionals, parsed.positionals.count > maxPositionals, !parsed.helpRequested {
        throw UsageError("'narrascan \(spec.name)' takes at most \(maxPositionals) argument(s); got \(parsed.positionals.count)")
    }
    return parsed
}
