// The benchmark's command line: a command word, `--name value` options and positionals. Kept
// minimal on purpose; the product's argument table lives in NarrascanCLI.

/// Parsed benchmark arguments.
struct BenchArguments {
    let command: String
    private var options: [String: String] = [:]
    private var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Options that take no value.
    static let flagNames: Set<String> = ["--lines", "--keep"]

    init(_ args: [String]) {
        command = args.first ?? "all"
        var k = 1
        while k < args.count {
            let a = args[k]
            if Self.flagNames.contains(a) {
                flags.insert(a)
            } else if a.hasPrefix("--") && k + 1 < args.count {
                options[a] = args[k + 1]
                k += 1
            } else {
                positionals.append(a)
            }
            k += 1
        }
    }

    func value(_ name: String) -> String? { options[name] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
    func integer(_ name: String, _ fallback: Int) -> Int { options[name].flatMap { Int($0) } ?? fallback }
    func double(_ name: String, _ fallback: Double) -> Double { options[name].flatMap { Double($0) } ?? fallback }
}
